"""Cases a seventeenth attacker built against the mended readings of pasted threads, offers
and promises (kept in tests/vaults/attack37/): the owner's own e-mail of another company's
offer, a recruiter on when offers usually come, "What we offer:", an offer made to a candidate
for the next role; a terse rejection from an HR person with no note, or one with "но"; a
hiring manager replying all; "I'm joining in 2 min", "я ушла в отпуск", "я перехожу в зум",
"left you a voicemail"; a coach's or a friend's feedback e-mailed; struck tasks waiting for
someone back; "still haven't sent it", a missed call; "Алина Ким", "Лев Гуревич"; an
interviewer pulled away, a round cancelled; a week from Sunday; an offer line naming another
company in brackets, "the Tochka offer", "the Staff offer", "почти подписала", "countered", a
previous candidate's decline; a company called "Just Eat". Each is what Due contacts lists now,
checked against the attacker's key."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import due_in_kept_case

TODAY = date(2026, 12, 6)
KEPT = Path(__file__).parent / "vaults" / "attack37"

CASES: dict[str, set[tuple[str, str, date]]] = {
    "04_owner_mail_other_offer_in_interview": {
        ("follow_up", "Jess Taylor", date(2026, 11, 30)),
    },
    "05_recruiter_offer_timeline_in_interview": {
        ("follow_up", "Анна Иванова", date(2026, 12, 7)),
    },
    "06_ru_tg_neighbour_offer_daily": {
        ("follow_up", "Анна Иванова", date(2026, 12, 7)),
    },
    "07_same_day_reply_on_top": {
        ("follow_up", "Anna Ivanova", date(2026, 12, 8)),
    },
    "08_tg_thanks_will_come_back": {
        ("follow_up", "Анна Иванова", date(2026, 12, 7)),
    },
    "09_third_party_reply_all": {
        ("reply", "Anna Ivanova", date(2026, 12, 2)),
    },
    "14_ctl_tg_recruiter_rejection_plain": set(),
    "15_tg_noncontact_hr_terse_reject": set(),
    "16_tg_contact_terse_reject_no_feedback": set(),
    "18_tg_us_locale_dates": {("reply", "Jess Taylor", date(2026, 12, 4))},
    "19_tg_im_joining_call": set(),
    # left: a follow-up while she says she is away till 14.12
    "20_tg_ru_ushla_v_otpusk": {  # "я ушла в отпуск до 14 декабря": chased when she is back
        ("follow_up", "Анна Иванова", date(2026, 12, 14)),
    },
    "21_tg_ru_perehozhu_v_zoom": {
        ("follow_up", "Анна Иванова", date(2026, 12, 9)),
    },
    "22_mail_left_voicemail": {
        ("reply", "Jess Taylor", date(2026, 12, 4)),
    },
    "23_moved_congratulated_outside_thread": set(),
    "24_imported_out_of_office": set(),
    "25_imported_coach_feedback_subject": {
        ("follow_up", "Jess Taylor", date(2026, 11, 27)),
    },
    "26_interview_note_imported_future_date": set(),
    "27_struck_task_waiting_till_back": {
        ("follow_up", "Анна Иванова", date(2026, 11, 25)),
        ("promise", "Анна Иванова", date(2026, 12, 8)),
    },
    "28_struck_task_left_voicemail": {
        ("promise", "Jess Taylor", date(2026, 12, 3)),
    },
    "29_sent_negated_their_log": {
        ("promise", "Jess Taylor", date(2026, 12, 2)),
    },
    "30_sent_negated_ru_their_log": {
        ("follow_up", "Анна Иванова", date(2026, 12, 8)),
        ("promise", "Анна Иванова", date(2026, 12, 3)),
    },
    "31_missed_call_keeps_call_task": {
        ("promise", "Jess Taylor", date(2026, 12, 2)),
    },
    "32_cancelled_call_keeps_task": {
        ("follow_up", "Анна Иванова", date(2026, 11, 25)),
        ("promise", "Анна Иванова", date(2026, 12, 3)),
    },
    "34_alina_kim_given_first": {
        ("promise", "Алина Ким", date(2026, 12, 4)),
    },
    "35_lev_gurevich_short_form": set(),
    "36_with_absent_not_in_regex": {
        ("follow_up", "Jess Taylor", date(2026, 12, 7)),
        ("reach_out", "Mark Lee", date(2026, 11, 10)),
    },
    "37_cancelled_interview_with_people": {
        ("follow_up", "Jess Taylor", date(2026, 12, 7)),
        ("reach_out", "Mark Lee", date(2026, 11, 10)),
    },
    "38_week_of_sunday_start": {
        ("reply", "Jess Taylor", date(2026, 11, 29)),
    },
    "40_offer_line_names_other_company": {
        ("answer_offer", "Jess Taylor", date(2026, 12, 9)),
    },
    "41_offer_the_translit_name": {
        ("answer_offer", "Катя Белова", date(2026, 12, 10)),
    },
    "42_offer_staff_level_name": {
        ("answer_offer", "Jess Taylor", date(2026, 12, 9)),
    },
    "43_offer_almost_signed_ru": {
        ("answer_offer", "Jess Taylor", date(2026, 12, 9)),
    },
    "44_offer_declined_first_countered": {
        ("answer_offer", "Jess Taylor", date(2026, 12, 9)),
    },
    "45_offer_deadline_tomorrow_ill_ask": {
        ("thank_you", "Анна Иванова", date(2026, 12, 1)),
    },
    "46_short_company_word_just_offer": {
        ("follow_up", "Interviews/2026-11-10 Just Eat screen.md", date(2026, 11, 13)),
    },
    "47_short_company_lumen_control": set(),
    "48_short_company_word_just_reject": {
        ("follow_up", "Interviews/2026-11-10 Just Eat screen.md", date(2026, 11, 13)),
    },
    "49_recruiter_job_ad_we_offer_in_interview": {
        ("follow_up", "Jess Taylor", date(2026, 11, 25)),
    },
    # left: an older application's rejection pasted in the company note is its
    "50_company_note_old_rejection_mail": {
        ("follow_up", "Jess Taylor", date(2026, 11, 30)),
    },
    "51_calendar_line_looks_like_chat": {
        ("follow_up", "Анна Иванова", date(2026, 12, 8)),
    },
    "52_offer_previous_candidate_declined": {
        ("answer_offer", "Jess Taylor", date(2026, 12, 9)),
    },
    "54_imported_mock_feedback_friend_at_acme": {
        ("follow_up", "Jess Taylor", date(2026, 11, 27)),
    },
    "55_ctl_offer_relative_business_days": {
        ("answer_offer", "Jess Taylor", date(2026, 12, 8)),
    },
    "56_ctl_short_tasks_to_people": {
        ("promise", "Jess Taylor", date(2026, 12, 3)),
        ("promise", "Niamh O'Connor", date(2026, 12, 5)),
        ("promise", "Oisín Byrne", date(2026, 12, 4)),
    },
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_what_is_due(tmp_path: Path, case: str) -> None:
    assert due_in_kept_case(KEPT / case, tmp_path, TODAY) == CASES[case]
