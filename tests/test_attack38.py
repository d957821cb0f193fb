"""Cases an eighteenth attacker built against the reading of absences (kept in
tests/vaults/attack38/): auto-replies as Outlook, Gmail and Russian mail clients write them, in
one long line or past a message's gist; ranges ("с 01.12.2026 по 13.12.2026", "from Wednesday,
December 2 through Friday, December 11, returning Monday, December 14"), "till the 3rd" across
a month, "Jan 4th" across a year, "до конца года", "12/14"; and what is no absence of the
contact's: "Officially … until", "off the record", "OOO «Акме Рус»", "до 12.10" as a time, the
owner's own leave or "вернусь 14.12" in her log, a hiring manager in brackets or after a
pronoun, a team that is "back on the 14th", "вернусь 14.12 с ответом", a question, an absence
still ahead, one she wrote during, one long over, an office closed at Christmas. A reply owed,
a promise, a birthday and an offer's answer stay on their days. Each is what Due contacts
lists now, checked against the attacker's key."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import due_in_kept_case

TODAY = date(2026, 12, 6)
KEPT = Path(__file__).parent / "vaults" / "attack38"

CASES: dict[str, set[tuple[str, str, date]]] = {
    "01_tp_tg_ru_ushla_v_otpusk": {
        ("follow_up", "Анна Иванова", date(2026, 12, 14)),
    },
    "02_miss_outlook_one_long_paragraph": {
        ("follow_up", "Kate Moss", date(2026, 12, 14)),
    },
    "03_tp_tg_en_on_leave_until_monday_date": {
        ("follow_up", "Kate Moss", date(2026, 12, 14)),
    },
    "04_tp_outlook_will_return_on": {
        ("follow_up", "Kate Moss", date(2026, 12, 14)),
    },
    "05_tp_ru_s_po_range": {
        ("follow_up", "Анна Иванова", date(2026, 12, 14)),
    },
    "06_tp_year_boundary_jan_4th": {
        ("follow_up", "Kate Moss", date(2027, 1, 4)),
    },
    "08_tp_reach_out_cadence_friend": set(),
    "10_miss_outlook_limited_access_to_email_until": {
        ("follow_up", "Kate Moss", date(2026, 12, 14)),
    },
    "11_miss_ru_outlook_nahozhus_v_otpuske": {
        ("follow_up", "Анна Иванова", date(2026, 12, 14)),
    },
    "13_miss_ru_esli_chto": {
        ("follow_up", "Анна Иванова", date(2026, 12, 14)),
    },
    "15_miss_en_im_out_until": {
        ("follow_up", "Kate Moss", date(2026, 12, 14)),
    },
    "16_miss_question_in_same_sentence": {
        ("follow_up", "Kate Moss", date(2026, 12, 14)),
    },
    "17_miss_ru_po_semeinym": {
        ("follow_up", "Анна Иванова", date(2026, 12, 14)),
    },
    "19_miss_gist_truncated_long_message": {
        ("follow_up", "Анна Иванова", date(2026, 12, 14)),
    },
    "20_miss_until_end_of_year": {
        ("follow_up", "Анна Иванова", date(2027, 1, 1)),
    },
    "24_wrong_future_absence_s_14_po_25": {
        ("follow_up", "Анна Иванова", date(2026, 12, 4)),
    },
    "25_wrong_time_12_10_as_october": {
        ("follow_up", "Анна Иванова", date(2026, 12, 8)),
    },
    "26_wrong_offer_prefix_officially": {
        ("follow_up", "Kate Moss", date(2026, 12, 4)),
    },
    "27_wrong_off_the_record_daily": {
        ("follow_up", "Kate Moss", date(2026, 12, 4)),
    },
    "28_wrong_hm_parenthetical_ru_own_msg": {
        ("follow_up", "Анна Иванова", date(2026, 12, 4)),
    },
    "29_wrong_colleague_shes_back_en_own_msg": {
        ("follow_up", "Kate Moss", date(2026, 12, 4)),
    },
    "30_wrong_about_he_daily_ru": {
        ("follow_up", "Анна Иванова", date(2026, 12, 4)),
    },
    "32_wrong_owner_elliptical_daily_ru": {
        ("follow_up", "Анна Иванова", date(2026, 12, 4)),
    },
    "33_wrong_owner_vernus_in_her_log": {
        ("follow_up", "Анна Иванова", date(2026, 12, 4)),
    },
    "35_wrong_owner_vyhozhu_new_job": {
        ("reach_out", "Анна Иванова", date(2027, 1, 1)),
    },
    "36_wrong_question_with_dotted_date": {
        ("follow_up", "Анна Иванова", date(2026, 12, 4)),
    },
    "37_wrong_ooo_latin_company_form": {
        ("follow_up", "Анна Иванова", date(2026, 12, 4)),
    },
    "39_wrong_vernus_s_otvetom_ru": {
        ("follow_up", "Анна Иванова", date(2026, 12, 4)),
    },
    "41_wrong_weekday_then_ordinal": {
        ("follow_up", "Kate Moss", date(2026, 12, 14)),
    },
    "44_wrong_sick_today_deadline_ru": {
        ("follow_up", "Анна Иванова", date(2026, 12, 4)),
    },
    "46_reply_owed_not_moved": {
        ("reply", "Анна Иванова", date(2026, 12, 4)),
    },
    "47_promise_and_birthday_not_moved": {
        ("promise", "Анна Иванова", date(2026, 12, 9)),
        ("special_date", "Анна Иванова", date(2026, 12, 10)),
    },
    "48_other_recruiter_same_company": {
        ("follow_up", "Анна Иванова", date(2026, 12, 14)),
        ("follow_up", "Мария Коваль", date(2026, 12, 2)),
    },
    "50_same_first_name_two_annas": {
        ("follow_up", "Анна Иванова", date(2026, 12, 2)),
        ("reach_out", "Анна Смирнова", date(2026, 12, 15)),
    },
    "51_absence_ended_wrote_again": {
        ("follow_up", "Анна Иванова", date(2026, 12, 8)),
    },
    "52_old_absence_months_ago": {
        ("reach_out", "Kate Moss", date(2026, 7, 20)),
    },
    "53_two_absences_latest_wins": {
        ("follow_up", "Kate Moss", date(2026, 12, 18)),
    },
    "54_quoted_owner_autoreply_in_her_mail": {
        ("follow_up", "Kate Moss", date(2026, 12, 7)),
    },
    "55_owner_absence_said_to_her": {  # "решение будет после" her colleague's 16.12: then
        ("follow_up", "Анна Иванова", date(2026, 12, 17)),
    },
    "57_condition_if_final_slips": {
        ("follow_up", "Анна Иванова", date(2026, 12, 4)),
    },
    "59_tp_back_the_3rd_across_month": {
        ("follow_up", "Kate Moss", date(2027, 1, 3)),
    },
    "61_miss_outlook_out_and_will_return": {
        ("follow_up", "Kate Moss", date(2026, 12, 14)),
    },
    "62_office_closed_future": {
        ("follow_up", "Kate Moss", date(2026, 12, 4)),
    },
    "63_tp_request_feedback_moved": {
        ("request_feedback", "Анна Иванова", date(2026, 12, 14)),
    },
    "65_answer_offer_not_moved": {
        ("answer_offer", "Анна Иванова", date(2026, 12, 10)),
    },
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_what_is_due(tmp_path: Path, case: str) -> None:
    assert due_in_kept_case(KEPT / case, tmp_path, TODAY) == CASES[case]
