"""Cases an attacker built against the session's readers of plans, take-homes, birthday lists
and ideas set aside (kept in tests/vaults/attack23/): a hiring stage is no networking or
funding stage; a take-home is told by its name or tags and is done once handed in; a list's
birthdays are no sister's, daughter's or work anniversary; "later today", "one day late" and
"? No." set nothing aside; "Fri 11:00" is an hour, not the 11th; a decision the company's log
goes on after calls no round off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import due_in_kept_case

TODAY = date(2026, 12, 6)
KEPT = Path(__file__).parent / "vaults" / "attack23"
FU, PR, FT = "follow_up", "promise", "first_touch"

CASES: dict[str, set[tuple[str, str, date]]] = {
    "birthday_list_anniversaries_section": set(),
    "birthday_list_family_namesake": set(),
    "birthday_list_relative_of_contact": set(),
    "company_rejection_before_new_role_round": {(FU, "Lena Vos", date(2026, 12, 4))},
    "crm_person_with_networking_stage": {(PR, "Anna Keller", TODAY)},
    "interview_prep_note_up_interviews_moc": set(),
    # "#people" on a note on managing people is no contact; Peter Drucker, whose note sits
    # under the people map, still is one (a weakness left)
    "people_tag_on_topic_note": {(FT, "Peter Drucker", TODAY)},
    "plan_marker_is_a_time": {(PR, "Tom Berg", date(2026, 11, 30))},
    "ru_colleague_from_next_project": {(PR, "Дима Соколов", date(2026, 12, 3))},
    "ru_takehome_stage_process_in_progress": {(FU, "Процессы/Kaspi.md", date(2026, 11, 23))},
    "setaside_later_today": {
        (FT, "Anna Weiss", TODAY),
        (FT, "Tom Berg", TODAY),
        (FT, "Дима Соколов", TODAY),
        (PR, "Anna Weiss", date(2026, 12, 3)),
        (PR, "Tom Berg", date(2026, 12, 3)),
        (PR, "Дима Соколов", date(2026, 12, 3)),
    },
    "setaside_later_when": {(PR, "Tom Berg", date(2026, 11, 28))},
    "setaside_no_answer": {
        (FT, "Tom Berg", TODAY),
        (PR, "Anna Weiss", date(2026, 12, 1)),
        (PR, "Tom Berg", date(2026, 12, 1)),
    },
    "setaside_one_day": {(FT, "Lisa Moreau", TODAY), (PR, "Lisa Moreau", date(2026, 12, 2))},
    # "show Tom Berg's feedback to Lena Vos" is Lena's; Tom is still owed it too (a weakness)
    "show_possessive_owed_to_owner": {
        (PR, "Lena Vos", date(2026, 12, 3)),
        (PR, "Tom Berg", date(2026, 12, 3)),
    },
    "takehome_application_status_in_progress": {(FU, "Applications/Bunq.md", date(2026, 11, 17))},
    "takehome_status_they_are_doing": {
        (FT, "Lena Vos", TODAY),
        (FU, "Lena Vos", date(2026, 11, 26)),
    },
    "takehome_submitted_early_due_later": {(FU, "Lena Vos", date(2026, 11, 27))},
    "takehome_submitted_leftover_task": {(FU, "Lena Vos", date(2026, 11, 24))},
    "target_company_funding_stage": set(),
    "withdrew_other_role_then_round": {
        (FU, "Interviews/2026-11-27 Booking ML tech interview.md", date(2026, 12, 2))
    },
    "yearless_booked_final_read_last_year": set(),  # "10 Dec — final onsite": still ahead
    "zettel_id_old_note_new_task": {
        (PR, "Anna Weiss", TODAY),  # asking her about the referral is the check-in too
    },
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_what_is_due(tmp_path: Path, case: str) -> None:
    assert due_in_kept_case(KEPT / case, tmp_path, TODAY) == CASES[case]
