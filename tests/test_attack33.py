"""Cases a thirteenth attacker built against the session's first rules (kept in
tests/vaults/attack33/): "@" notes that are no people (context lists, the owner's own card); a
company named in plain text inside an agency's folder; take-homes whose prose dates other things
("Ирина в отпуске до 14.12", "Sent over by Joost after our Nov 20 screen", a window for questions);
two tasks of one day that do opposite things ("Дать Диме рекомендацию" / "Попросить Диму …");
"write a backend one-pager", "get back to Raj with the bands"; someone else's arrival ("the
Lumio contract arrived", "Пришли, пожалуйста"); slots offered and one taken, hours that are no
days, self-study tasks ("Answer the survey", "Get back into LeetCode"); a contact's own words
after "Сказала:", an answer owed to a third party ("отвечу им"), a weekday that dates the talk;
feminine verbs whose subject follows ("Написала мне Лена"). Each is what Due contacts lists
now, checked against the attacker's key."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import due_in_kept_case

TODAY = date(2026, 12, 6)
KEPT = Path(__file__).parent / "vaults" / "attack33"

CASES: dict[str, set[tuple[str, str, date]]] = {
    "01_at_person_links": {
        ("promise", "Priya Shah", date(2026, 12, 4)),
        ("reply", "Priya Shah", date(2026, 12, 2)),
        ("special_date", "Priya Shah", date(2026, 12, 9)),
    },
    "02_at_context_lists": {("reach_out", "Home", date(2026, 11, 16))},
    "03_at_plain_mention": {("promise", "Jonas Weber", date(2026, 12, 3))},
    "04_at_me_note": {
        ("first_touch", "Me", date(2026, 12, 6)),
        ("promise", "Raj Patel", date(2026, 12, 2)),
    },
    "05_company_plain_fire": {("follow_up", "Мариам Акопян", date(2026, 11, 27))},
    "06_company_agency_folder": {("follow_up", "Tom Becker", date(2026, 11, 30))},
    "07_takehome_prose_ru_fire": {("prepare", "Ержан Сулейменов", date(2026, 12, 4))},
    "08_takehome_by_agent": {("promise", "Joost de Vries", date(2026, 12, 9))},
    "08b_takehome_by_screen_done": {("follow_up", "Joost de Vries", date(2026, 12, 7))},
    "09_takehome_do_other": set(),
    "09b_takehome_do_other_done": {("follow_up", "Ирина Волкова", date(2026, 12, 4))},
    "10_takehome_came_up": set(),
    "10b_takehome_came_up_done": set(),
    "11_tasks_give_take_reco_ru": {
        ("promise", "Дмитрий Орлов", date(2026, 12, 8)),
        ("promise", "Дмитрий Орлов", date(2026, 12, 8)),
    },
    "12_tasks_ask_vs_send_feedback_en": {
        ("promise", "Raj Patel", date(2026, 12, 8)),
        ("promise", "Raj Patel", date(2026, 12, 8)),
    },
    "13_tasks_dup_should_merge": {("promise", "Tom Becker", date(2026, 12, 7))},
    "14_write_a_backend_task": {
        ("promise", "Raj Patel", date(2026, 12, 9)),
        ("reply", "Raj Patel", date(2026, 12, 3)),
    },
    "15_get_back_to_other_matter": {
        ("promise", "Raj Patel", date(2026, 12, 10)),
        ("reply", "Raj Patel", date(2026, 12, 4)),
    },
    "16_write_back_fire": {("reply", "Raj Patel", date(2026, 12, 3))},
    "17_old_reply_task": {("reply", "Михаил Зайцев", date(2026, 12, 3))},
    "18_arrived_something_else": {("reach_out", "Tom Becker", date(2026, 12, 1))},
    "19_prishli_imperative": {("reach_out", "Олег Кузнецов", date(2026, 11, 23))},
    "20_arrived_fire": set(),
    "21_slot_picked_daily": {("prepare", "Olivia Grant", date(2026, 12, 5))},
    "22_session_times_slashes": set(),
    "23_company_note_options": set(),
    "24_survey_task": {("follow_up", "Olivia Grant", date(2026, 12, 1))},
    "25_get_back_into_leetcode": {("follow_up", "Olivia Grant", date(2026, 12, 1))},
    "26_pick_slot_fire": {("promise", "Olivia Grant", date(2026, 12, 7))},
    "27_said_weekday_fire": {("promise", "Павел Смирнов", date(2026, 12, 9))},
    "28_podumayu_no_promise": set(),
    "29_said_quote_by_contact_two_women": set(),
    "30_said_about_third_party": set(),
    "31_weekday_in_the_past": {("promise", "Олег Морозов", date(2026, 12, 4))},
    "32_itogi_ya_obeshal_miss": set(),
    "33_male_prose_feminine_openers": {("promise", "Дмитрий Козлов", date(2026, 12, 9))},
    "34_female_prose_fire": {("reply", "Павел Смирнов", date(2026, 12, 2))},
    "35_said_quote_male_fire": {("promise", "Ольга Петрова", date(2026, 12, 3))},
    "36_takehome_questions_deadline_first": set(),
    "37_slots_booked_ru": {("prepare", "Ирина Волкова", date(2026, 12, 6))},
    "38_on_friday_past_en": {("promise", "Tom Becker", date(2026, 12, 6))},
    "39_takehome_deadline_fullstop_miss": {("prepare", "Алексей Гусев", date(2026, 12, 5))},
    "40_said_quote_by_contact_two_men": set(),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_what_is_due(tmp_path: Path, case: str) -> None:
    assert due_in_kept_case(KEPT / case, tmp_path, TODAY) == CASES[case]
