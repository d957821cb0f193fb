"""Cases a fifteenth attacker built against the session's later readings (kept in
tests/vaults/attack35/): versions and hours that are no dates; month notes of another year or
named otherwise; "Лена М." where two Lenas start with М; a company or a role in brackets in a
heading ("# Priya Shah (Google)"); an initial's dot that ends a sentence; offers told of a
company ("В Сбере дали оффер!") or by the owner ("Just got an offer!!"); someone else leaving a
process, or a withdrawal denied or supposed; a take-home's results awaited, a stale status; an
interviewer or a referrer listed in plain text; "Он" of a son; promises to share with someone,
and sendings that are theirs ("Марат мне переслал"); two roles at one company; "срочно",
"встреча" and a past Monday read as weekdays. Each is what Due contacts lists now, checked
against the attacker's key."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import due_in_kept_case

TODAY = date(2026, 12, 6)
KEPT = Path(__file__).parent / "vaults" / "attack35"

CASES: dict[str, set[tuple[str, str, date]]] = {
    "01_calver_version_in_task": {("promise", "Дима Захаров", date(2026, 12, 3))},
    "02_year_first_log_plain": {
        ("first_touch", "Вера Гончар", date(2026, 12, 6)),
        ("follow_up", "Вера Гончар", date(2026, 11, 25)),
    },
    # left: "9.10 (пн)" opening a daily note's line is an hour, as before
    "03_time_dot_weekday": {("reach_out", "Паша Ермаков", date(2026, 12, 11))},
    "04_month_heading_names_person": {("promise", "Марат Хайруллин", date(2026, 12, 7))},
    "04c_month_iso_heading_names_person": {("promise", "Марат Хайруллин", date(2026, 12, 7))},
    # left: a promise whose line opens with another sentence ("Согласилась! Обещала …"), two
    # lines under the talk, is no one's
    "05_month_promise_two_lines_down": set(),
    # left: as 05, in a note named "2026-11"
    "05c_month_iso_promise_two_lines_down": set(),
    # left: a daily note's dated heading names no one for the promise under it, as before
    "06_daily_dated_heading_names_person": {("first_touch", "Вера Гончар", date(2026, 12, 6))},
    "06b_daily_iso_heading_names_person": {("first_touch", "Вера Гончар", date(2026, 12, 6))},
    # a month's note of last year: its days are 2025's (a promise a year old is still listed,
    # as in a daily note)
    "07_last_years_month_note": {("promise", "Аня Ким", date(2025, 12, 5))},
    "07b_last_years_daily_control": {("promise", "Аня Ким", date(2025, 12, 5))},
    "08_two_lenas_same_initial": {
        ("reach_out", "Лена Мартынова", date(2026, 12, 26)),
        ("reach_out", "Лена Морозова", date(2026, 12, 10)),
    },
    "09_heading_gloss_company_ru": {("reach_out", "Андрей Волков", date(2026, 10, 15))},
    "10_heading_gloss_company_en": {("reach_out", "Priya Shah", date(2026, 10, 31))},
    "11_initial_dot_ends_sentence": {("reach_out", "Катя Лаптева", date(2027, 1, 2))},
    "11b_initial_dot_en": {("reach_out", "Dana Wolf", date(2027, 1, 2))},
    "12_lena_m_is_someone_else": {("reach_out", "Лена Ковалёва", date(2026, 12, 20))},
    "13_nickname_in_heading_ok": {
        ("first_touch", "Лена Мартынова", date(2026, 12, 6)),
        ("promise", "Лена Ковалёва", date(2026, 11, 27)),
        ("reach_out", "Лена Ковалёва", date(2026, 12, 20)),
    },
    "14_locative_company_offer_ru": {("thank_you", "Катя Лаптева", date(2026, 12, 2))},
    "15_just_got_an_offer_en": {("thank_you", "Dana Wolf", date(2026, 12, 2))},
    "16_verbally_accepted_en": {("thank_you", "Megan Price", date(2026, 12, 3))},
    "17_other_finalist_withdrew": {
        ("first_touch", "Вера Гончар", date(2026, 12, 6)),
        ("follow_up", "Вера Гончар", date(2026, 12, 3)),
    },
    # "обещал ОС до конца недели" (23.11): chased once that week has passed
    "18_not_withdrawing": {("follow_up", "Денис Воронов", date(2026, 11, 30))},
    "19_take_home_results_by": {("follow_up", "Настя Орлова", date(2026, 12, 4))},
    "20_stale_take_home_status": {("follow_up", "Рустам Нуриев", date(2026, 12, 1))},
    "21_take_home_review_by_en": {
        ("first_touch", "Kevin Shah", date(2026, 12, 6)),
        ("follow_up", "Kevin Shah", date(2026, 12, 4)),
    },
    "22_interviewers_list_beats_recruiter": {  # Greg was met at the round he is listed for
        ("first_touch", "Jess Morales", date(2026, 12, 6)),
        ("follow_up", "Jess Morales", date(2026, 11, 24)),
    },
    "23_talent_development_vs_hr": {
        ("first_touch", "Вера Гончар", date(2026, 12, 6)),
        ("follow_up", "Вера Гончар", date(2026, 11, 25)),
        ("reach_out", "Ирина Сафина", date(2027, 1, 3)),
    },
    "24_referrer_alone_in_contacts": {("follow_up", "Jess Morales", date(2026, 11, 6))},
    "25_he_is_the_son": set(),
    "26_promise_to_share_with": {
        ("promise", "Аня Ким", date(2026, 12, 4)),
        ("promise", "Марат Хайруллин", date(2026, 12, 1)),
    },
    "27_he_sent_me_keeps_my_promise": {("promise", "Марат Хайруллин", date(2026, 12, 7))},
    "28_linked_name_sent_keeps": {("promise", "Марат Хайруллин", date(2026, 12, 7))},
    "29_introduced_us_keeps": {("promise", "Дима Захаров", date(2026, 12, 4))},
    "30_introduce_kept_positive": set(),
    "31_greeting_task_merge": {
        ("promise", "Дина Сафина", date(2026, 12, 12)),
        ("special_date", "Дина Сафина", date(2026, 12, 12)),
        ("special_date", "Тико Гарсия", date(2026, 12, 10)),
    },
    "32_two_roles_one_on_hold": {("follow_up", "Оля Кузнецова", date(2026, 11, 25))},
    "33_follow_up_in_other_role_note": {("follow_up", "Оля Кузнецова", date(2026, 12, 2))},
    "34_urgent_task_not_wednesday": {("promise", "Дима Захаров", date(2026, 12, 5))},
    "35_meeting_task_not_sunday": {("promise", "Оля Кузнецова", date(2026, 12, 1))},
    "36_weekday_hour_positive": {
        ("promise", "Dmitri Volkov", date(2026, 12, 7)),
        ("promise", "Оля Кузнецова", date(2026, 12, 4)),
    },
    "37_heading_role_gloss_en": {("reach_out", "Kevin Shah", date(2026, 11, 4))},
    "38_conditional_withdraw": {
        ("first_touch", "Денис Воронов", date(2026, 12, 6)),
        ("follow_up", "Денис Воронов", date(2026, 11, 24)),
    },
    "39_weekday_with_date_task": {("promise", "Вера Гончар", date(2026, 12, 7))},
    "40_hold_lifted_stale_status": {
        ("first_touch", "Hannah Brooks", date(2026, 12, 6)),
        ("follow_up", "Hannah Brooks", date(2026, 11, 27)),
    },
    "41_rapid_log_past_weekday": {("promise", "Dave Lindqvist", date(2026, 12, 4))},
    "42_hr_none": {("follow_up", "Саша Белова", date(2026, 11, 25))},
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_what_is_due(tmp_path: Path, case: str) -> None:
    assert due_in_kept_case(KEPT / case, tmp_path, TODAY) == CASES[case]
