"""Cases a fourteenth attacker built against the offer's answer (kept in tests/vaults/attack34/):
a day in the offer's line and not someone else's (a background check's link, a relocation
package, another opening's application, a friend's offer, a take-home set before the offer);
a deadline extended or moved earlier, asked for or granted; weekdays (not "month", "среди");
answers in words ("signed with them", "I'm in", "decided to stay", "согласна!") and what is
none ("not yet signed", "signed the NDA", "согласилась на созвон", an answer of 2024); the
owner's own task about the offer, or about something else; an agency recruiter's other client.
Each is what Due contacts lists now, checked against the attacker's key; the misses left are
said where they stand."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import due_in_kept_case

TODAY = date(2026, 12, 6)
KEPT = Path(__file__).parent / "vaults" / "attack34"

CASES: dict[str, set[tuple[str, str, date]]] = {
    "01_baseline_en": {("answer_offer", "Priya Shah", date(2026, 12, 11))},
    "02_background_check_expires": set(),
    "03_start_date_by": {("answer_offer", "Priya Shah", date(2026, 12, 9))},
    "04_other_role_deadline": {("answer_offer", "Priya Shah", date(2026, 12, 9))},
    "05_declined_ru_plain": set(),
    "06_signed_with_other": set(),
    # the offer's own day; "they decide by Wed" is theirs
    "07_counter_they_decide": {("answer_offer", "Priya Shah", date(2026, 12, 7))},
    "08_extended_words": {("answer_offer", "Priya Shah", date(2026, 12, 12))},
    "09_rescinded": set(),
    "10_deadline_moved_earlier": {("answer_offer", "Priya Shah", date(2026, 12, 7))},
    "11_application_deadline_property": set(),
    "12_friend_offer_in_company_note": set(),
    "13_month_as_monday": {("answer_offer", "Priya Shah", date(2026, 12, 31))},  # end of month
    "14_среди_as_wednesday": set(),
    "15_ru_weekday_abbrev": {("answer_offer", "Катя Морозова", date(2026, 12, 7))},
    "16_not_yet_signed": {("answer_offer", "Priya Shah", date(2026, 12, 10))},
    "17_soglasilas_na_sozvon": {("answer_offer", "Катя Морозова", date(2026, 12, 10))},
    "18_signed_the_nda": {("answer_offer", "Priya Shah", date(2026, 12, 11))},
    "19_history_declined_2024": {("answer_offer", "Priya Shah", date(2026, 12, 10))},
    "20_signed_in_daily": set(),  # "подписала оффер в [[Точка]]" in a daily note
    "21_agency_thanks_other_client": {
        ("answer_offer", "Tom Reed", date(2026, 12, 10)),
        ("follow_up", "Tom Reed", date(2026, 12, 9)),
    },
    "22_friend_unrelated_answer_task": {
        ("answer_offer", "Priya Shah", date(2026, 12, 11)),
        ("first_touch", "Oleg Brandt", date(2026, 12, 6)),
        ("promise", "Oleg Brandt", date(2026, 12, 7)),
    },
    "23_recruiterless_offer": {("answer_offer", "Dana Wolf", date(2026, 12, 9))},
    "24_result_offer_property_only": {("answer_offer", "Priya Shah", date(2026, 12, 10))},
    "25_two_offers": {
        ("answer_offer", "Priya Shah", date(2026, 12, 11)),
        ("answer_offer", "Катя Морозова", date(2026, 12, 9)),
    },
    "26_said_yes_unknown_words": set(),
    "27_expires_in_48h": {("answer_offer", "Priya Shah", date(2026, 12, 7))},  # told on 12-05
    "28_daily_friend_offer": {("follow_up", "Priya Shah", date(2026, 12, 2))},
    # waiting for the equity docs after the offer: still the offer, to answer by Dec 10
    "29_waiting_for_docs": {("answer_offer", "Priya Shah", date(2026, 12, 10))},
    "30_todo_answer_recruiter_ru": set(),
    # left: a reply and a promise for one thing
    "31_get_back_to_dup": {
        ("promise", "Raj Mehta", date(2026, 12, 8)),
        ("reply", "Raj Mehta", date(2026, 12, 4)),
    },
    "32_varianty_not_a_round": set(),
    "34_hr_plain_text": {
        ("answer_offer", "Женя Ким", date(2026, 12, 11)),
        ("first_touch", "Женя Ким", date(2026, 12, 6)),
        ("first_touch", "Женя Лебедева", date(2026, 12, 6)),
    },
    "35_en_note_ru_deadline": {("answer_offer", "Priya Shah", date(2026, 12, 4))},
    "36_small_reply_task_swallows_offer": {
        ("answer_offer", "Priya Shah", date(2026, 12, 11)),
        ("promise", "Priya Shah", date(2026, 12, 7)),
    },
    "37_current_employer_counter": {
        ("answer_offer", "Катя Морозова", date(2026, 12, 10)),
        ("first_touch", "Игорь Власов", date(2026, 12, 6)),
    },
    "38_pre_offer_line_deadline": {("answer_offer", "Priya Shah", date(2026, 12, 9))},
    "39_decided_to_stay": set(),
    "40_take_home_send_back_by": {("first_touch", "Priya Shah", date(2026, 12, 6))},
    "41_decision_by_friday_before_offer": set(),
    # left: the recruiter's own note is not read for the day
    "42_deadline_in_recruiter_note": set(),
    "43_HR_answered_questions": {("answer_offer", "Priya Shah", date(2026, 12, 10))},
    "44_ask_to_move_same_line": {("answer_offer", "Катя Морозова", date(2026, 12, 10))},
    "45_katya_agreed_to_wait": {("answer_offer", "Катя Морозова", date(2026, 12, 14))},
    "46_time_of_day": {("answer_offer", "Катя Морозова", date(2026, 12, 4))},
    # left: between two women "Сказала, что пришлю" is nobody's
    "47_same_gender_said_promise": set(),
    "48_accepted_no_offer_word": set(),
    "49_answer_in_interview_note": {("thank_you", "Priya Shah", date(2026, 12, 3))},
    "50_offer_old_process_new_deadline_word": {("follow_up", "Priya Shah", date(2026, 12, 2))},
    "51_its_a_no": set(),
    "52_agency_thanks_other_client_passed": {
        ("answer_offer", "Tom Reed", date(2026, 12, 10)),
        ("thank_you", "Tom Reed", date(2026, 12, 4)),
    },
    # another company's offer told to this recruiter is that company's news, its day too
    # ("told Priya about the Точка offer (their deadline 09.12)"): Priya is to come back
    "53_other_company_deadline_told": set(),
    # left: a yearless day more than a month ahead is not read
    "54_us_date_after_holidays": set(),
    # left: another company's offer told to this recruiter is read as this company's (so before
    # too), but its deadline is Точка's alone
    "55_competing_offer_told_other_recruiter": {
        ("answer_offer", "Катя Морозова", date(2026, 12, 9))
    },
    "56_status_offer_property": {("answer_offer", "Priya Shah", date(2026, 12, 10))},
    # left: the client's note, named in plain text inside the agency's folder, is not read
    "57_agency_folder_vs_plain_company": {("follow_up", "Tom Reed", date(2026, 12, 3))},
    # left: options offered and not picked still book the round (so before too)
    "58_options_for_final": {
        ("prepare", "Priya Shah", date(2026, 12, 6)),
        ("prepare", "Priya Shah", date(2026, 12, 6)),
    },
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_what_is_due(tmp_path: Path, case: str) -> None:
    assert due_in_kept_case(KEPT / case, tmp_path, TODAY) == CASES[case]
