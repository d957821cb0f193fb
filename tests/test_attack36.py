"""Cases a sixteenth attacker built against the session's readings of pasted threads, offers'
answers and promises kept (kept in tests/vaults/attack36/): the owner's own e-mail that says
"Should you decide to go with another candidate", Notion's From/Date fields, a legal footer's
"declined"; a recruiter's Telegram message of two finalists, of another candidate, of another
role frozen, a question ("четверг вам не подходит?"), a sister's or a friend's own news; an
unrecognised reply on top of a thread, a newsletter from a contact; struck tasks that move on
("~~ping Jess~~ on leave till 10.12, ping then"); a friend's signed offer, "Improved offer", a
deadline's "tomorrow" that is a talk's; "sent the calendar invite", a call still to come;
weeks named by a Sunday or a Wednesday; an interviewer of one first name at another company,
one who cancelled; a company's first word that is a word ("Smart move"); a rejection of the
past. Each is what Due contacts lists now, checked against the attacker's key."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import due_in_kept_case

TODAY = date(2026, 12, 6)
KEPT = Path(__file__).parent / "vaults" / "attack36"

CASES: dict[str, set[tuple[str, str, date]]] = {
    "01_owner_email_should_you_go_with_another": {
        ("follow_up", "Dana Kowalski", date(2026, 11, 27))
    },
    "04_notion_fields_from_date_interview": {("follow_up", "Jess Morales", date(2026, 11, 25))},
    "06_us_outlook_sent_date": {("request_feedback", "Megan Price", date(2026, 12, 4))},
    "08_tg_recruiter_two_finalists": {("follow_up", "Анна Ковалёва", date(2026, 12, 7))},
    "09_tg_friend_at_company_someone_else_rejected": {
        ("follow_up", "Ира Белова", date(2026, 12, 1))
    },
    "10_tg_sister_same_first_name_as_recruiter": {("follow_up", "Олег Ким", date(2026, 11, 30))},
    "11_tg_recruiter_asks_if_thursday_works": {("follow_up", "Анна Ковалёва", date(2026, 12, 4))},
    "12_tg_agency_recruiter_other_candidate": {("follow_up", "Ира Белова", date(2026, 12, 7))},
    "14_tg_positive_recruiter_rejection_weekly": set(),
    "15_owner_reply_on_top_unrecognised": set(),
    "16_imported_newsletter_from_contact": {("reach_out", "Dana Kowalski", date(2026, 11, 14))},
    "19_struck_ping_then_later": {("promise", "Jess Morales", date(2026, 12, 10))},
    "20_struck_no_need_but_send_other": {("promise", "Tom Becker", date(2026, 12, 8))},
    "22_struck_reassigned_positive": {("promise", "Катя Смирнова", date(2026, 12, 4))},
    "24_offer_friend_signed_at_same_company": {("answer_offer", "Катя Лаптева", date(2026, 12, 9))},
    "25_offer_deadline_friday_call_tomorrow": {("answer_offer", "Priya Shah", date(2026, 12, 4))},
    "26_offer_deadline_unknown_ask_tomorrow": {("thank_you", "Катя Лаптева", date(2026, 12, 5))},
    "27_offer_improved_deadline_en": {("answer_offer", "Priya Shah", date(2026, 12, 10))},
    "28_offer_final_offer_deadline_ru": {("answer_offer", "Катя Лаптева", date(2026, 12, 10))},
    "29_offer_other_company_deadline_positive": {
        ("answer_offer", "Катя Лаптева", date(2026, 12, 11))
    },
    "30_offer_expires_48h_positive": {("answer_offer", "Kat Nguyen", date(2026, 12, 6))},
    "31_offer_signed_positive": set(),
    "32_sent_the_invite_keeps_notes_promise": {("promise", "Jamie Fox", date(2026, 12, 3))},
    "33_call_task_future_call_mentioned": {("promise", "Anna Ivanova", date(2026, 12, 4))},
    "34_call_task_rescheduled_ru": {("promise", "Рома Ершов", date(2026, 12, 3))},
    "35_name_referral_check_portal": set(),
    "37_niamh_oc_positive": {("promise", "Niamh O'Connor", date(2026, 12, 10))},
    "38_short_weekly_task_merged_with_other": {
        ("promise", "Тёма Волков", date(2026, 12, 2)),
        ("promise", "Тёма Волков", date(2026, 12, 9)),
    },
    "39_week_of_sunday_us": {("reach_out", "Priya Shah", date(2027, 1, 2))},
    "40_nedelya_positive": {("reach_out", "Оля Кузнецова", date(2027, 1, 1))},
    "41_sprint_note_named_week_of_wednesday": {("reach_out", "Priya Shah", date(2026, 10, 31))},
    "42_with_first_name_other_company": {
        ("follow_up", "Sam Ortiz", date(2026, 11, 30)),
        ("reach_out", "Anna Ivanova", date(2026, 11, 19)),
    },
    "43_s_kem_positive": {
        ("follow_up", "Катя Смирнова", date(2026, 12, 1)),
        ("reach_out", "Роман Ершов", date(2026, 12, 26)),
    },
    "44_interviewer_cancelled": {
        ("follow_up", "Leo Brandt", date(2026, 12, 3)),
        ("reach_out", "Kat Nguyen", date(2026, 11, 24)),
    },
    "45_smart_first_word": {("follow_up", "Olga Sim", date(2026, 12, 2))},
    "46_alfa_two_companies": {("follow_up", "Вера Гончар", date(2026, 12, 2))},
    "47_lumen_positive": set(),
    "48_past_other_candidate_reopened": {("follow_up", "Вера Гончар", date(2026, 12, 1))},
    "49_mne_podhodit_positive": {("follow_up", "Вера Гончар", date(2026, 12, 1))},
    "50_interview_line_chose_my_candidacy": {("thank_you", "Вера Гончар", date(2026, 12, 3))},
    "51_owner_email_thread_declines_other_company": {
        ("follow_up", "Dana Kowalski", date(2026, 11, 30))
    },
    "52_signature_disclaimer_declined": {("follow_up", "Lena Weiss", date(2026, 12, 8))},
    "53_tg_recruiter_offer_question": {
        ("follow_up", "Дина Сафина", date(2026, 12, 2)),
        ("reply", "Ира Белова", date(2026, 12, 4)),
    },
    "55_tg_agency_recruiter_other_role_frozen": {("follow_up", "Оля Кузнецова", date(2026, 12, 1))},
    "56_tg_friend_internal_transfer_rejected_en": {("follow_up", "Priya Shah", date(2026, 12, 1))},
    "57_offer_undated_relative_drifts": {("answer_offer", "Priya Shah", date(2026, 12, 8))},
    "58_offer_im_in_london": {("answer_offer", "Priya Shah", date(2026, 12, 10))},
    "58b_offer_soglasna_na_sozvon": {
        ("answer_offer", "Катя Лаптева", date(2026, 12, 10)),
        ("reply", "Катя Лаптева", date(2026, 12, 4)),
    },
    "60_tg_recruiter_offer_first_person": set(),
    "61_frequent_friend_taken_for_owner": {("reply", "Ольга Дёмина", date(2026, 12, 4))},
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_what_is_due(tmp_path: Path, case: str) -> None:
    assert due_in_kept_case(KEPT / case, tmp_path, TODAY) == CASES[case]
