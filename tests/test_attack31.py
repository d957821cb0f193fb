"""Cases an eleventh attacker built against the eighteenth session's later rules (kept in
tests/vaults/attack31/): a to-do callout that is a box round ticked items, struck through,
undated or in a note named by its timestamp; a task ending in "?" that is a message; a topic
or an interview note named by its month; "still wanna see" of the owner's own; a task about a
round ("VO availability → Dana", "раунд 2 — скинуть слоты"); a line's start date or the owner's
own deadline beside the day an answer is due; "offer range asked", "rej'd the first number",
"the Cloudflare rej"; a child's or a husband's birthday nested in a contact's note; a
company's people never spoken with; a birthday list's gloss that names a relative or a sister
company; a thing sent by the person named ("кейс Стас прислал"); two promises of one day; a
coffee invitation quoted; a chase task of news, of a reminder, of another process. Each is
what Due contacts lists now, checked against the attacker's key."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import due_in_kept_case

TODAY = date(2026, 12, 6)
KEPT = Path(__file__).parent / "vaults" / "attack31"

CASES: dict[str, set[tuple[str, str, date]]] = {
    "a1_callout_container_ticked": set(),
    "a2_callout_struck_through": set(),
    "a3_callout_undated_done_in_log": set(),
    "a4_callout_zettel_friday": {("reach_out", "Илья Гарин", date(2026, 12, 16))},
    # a callout a month past, told still undone in a day's note: dropped (as before the session)
    "a5_callout_overdue_but_still_owed": set(),
    "b1_idea_question_is_message": {("promise", "Анна Соколова", date(2026, 12, 6))},
    "b2_idea_names_weekday": {("promise", "Tom Reyes", date(2026, 12, 6))},
    "b3_idea_ask_for_referral": {("promise", "Дмитрий Козлов", date(2026, 12, 6))},
    "b4_idea_still_on": {("promise", "Maya Chen", date(2026, 12, 6))},
    "c1_month_titled_question_list_flips_gender": {("reply", "Дмитрий Павлов", date(2026, 12, 3))},
    "c2_month_journal_task_merged_away": {
        ("promise", "Ксения Лебедева", date(2026, 12, 7)),
        ("promise", "Ксения Лебедева", date(2026, 12, 9)),
    },
    # "Lumen 2026-11" is an interview note, not a month's journal; its screen passed, then silence
    "c3_interview_notes_named_by_month": {
        ("follow_up", "Собесы/Lumen 2026-11.md", date(2026, 11, 17)),
        ("reply", "Дмитрий Павлов", date(2026, 12, 3)),
    },
    "d1_owner_asked_spросила_что": set(),
    "d2_wanna_see_owner_wish": set(),
    "d5_interview_question_not_ask": set(),
    "e1_round_word_task_is_promise": {
        ("first_touch", "Oracle", date(2026, 12, 6)),
        ("promise", "Dana Whitfield", date(2026, 12, 6)),
    },
    "e2_raund_task_is_promise": {("promise", "Ксения Лебедева", date(2026, 12, 8))},
    "e3_scrn_step_date_misread": {("first_touch", "Tasha Greene", date(2026, 12, 6))},
    "e4_funding_raund_in_daily": {("follow_up", "Марко Илич", date(2026, 12, 1))},
    "e4b_oa_step_date_misread_future": {("follow_up", "Tasha Greene", date(2026, 12, 7))},
    "e6_unticked_weekday_round_task_books_future": {
        ("follow_up", "Tasha Greene", date(2026, 11, 30))
    },
    # "by Fri 12/4 (if yes, start date Jan 11)": the soonest day the line gives, 12/4 read
    # either way round, and the follow-up the working day after it
    "f1_answer_by_takes_start_date": {("follow_up", "Ken Ito", date(2026, 12, 7))},
    "f2_answer_by_other_offer_deadline": {("follow_up", "Ken Ito", date(2026, 11, 27))},
    "g1_ticked_offer_range_step": set(),
    "g2_rejd_their_offer_countered": set(),
    "g3_ticked_prep_step_other_rejection": {("follow_up", "Ксения Лебедева", date(2026, 12, 8))},
    "g4_rej_of_other_company_in_app_note": {("follow_up", "Tasha Greene", date(2026, 12, 7))},
    "h1_child_bday_indented": set(),
    "h2_dr_muzha_line": set(),
    "i1_company_people_duplicates_own_note": {("reply", "Anna Kim", date(2026, 12, 2))},
    "i2_company_people_research_leadership": set(),
    "j1_birthday_gloss_mentions_relative": {
        ("first_touch", "Катя Ветрова", date(2026, 12, 6)),
        ("special_date", "Олег Ветров", date(2026, 12, 9)),
    },
    "j2_birthday_gloss_sister_company": {
        ("first_touch", "Priya Raman", date(2026, 12, 6)),
        ("special_date", "Priya Raman", date(2026, 12, 9)),
    },
    "k1_sent_thing_name_is_sender": set(),
    "k2_ссылки_name_sender": set(),
    "k3_cv_name_marked_up_en": set(),
    "l1_same_day_two_promises_share_verb": {("promise", "Ксения Лебедева", date(2026, 12, 8))},
    "l2_same_day_two_promises_en": {("promise", "Rosa Delgado", date(2026, 12, 11))},
    "m1_missed_call_quote_asks": {("reply", "Rosa Delgado", date(2026, 12, 4))},
    "m2_coffee_invite_quote": {("reply", "Sam Okafor", date(2026, 12, 3))},
    "n1_older_week_task_other_words_dropped": {("promise", "Rafa Costa", date(2026, 12, 6))},
    # two weeks' tasks to Рафаэль sharing "написать": a copy, as weekly notes were before
    "n2_week_ru_two_tasks": {("promise", "Рафаэль Гусейнов", date(2026, 12, 6))},
    "o1_news_task_taken_as_chase": {
        ("follow_up", "Ольга Смирнова", date(2026, 12, 2)),
        ("promise", "Ольга Смирнова", date(2026, 12, 28)),
    },
    "o2_napomnit_task_taken_as_chase": {
        ("follow_up", "Игорь Семёнов", date(2026, 11, 30)),
        ("promise", "Игорь Семёнов", date(2026, 12, 18)),
    },
    # "спросить статус по озону 📅 12-20", 18 days after Bankly's follow-up: kept apart
    "o3_chase_other_process_lowercase": {("promise", "Ольга Смирнова", date(2026, 12, 20))},
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_what_is_due(tmp_path: Path, case: str) -> None:
    assert due_in_kept_case(KEPT / case, tmp_path, TODAY) == CASES[case]
