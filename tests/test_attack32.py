"""Cases a twelfth attacker built against the session's last rules (kept in
tests/vaults/attack32/): a bold status line on a visa, a course, a flat hunt, a bug (no
processes); the Reminder plugin's day; a day planner's past block; promises told in a meeting's
note, to one person or beside two; a stage passed where the next move is the owner's or the
company named its day; write-offs denied, about other things, or only threatened. Each is what
Due contacts lists now, checked against the attacker's key."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import due_in_kept_case

TODAY = date(2026, 12, 6)
KEPT = Path(__file__).parent / "vaults" / "attack32"

CASES: dict[str, set[tuple[str, str, date]]] = {
    "01_status_visa": {("first_touch", "Anna", date(2026, 12, 6))},
    "02_status_course": set(),
    "03_status_flat": {("first_touch", "Mark", date(2026, 12, 6))},
    "04_status_bug": {("first_touch", "Conor", date(2026, 12, 6))},
    # "**Status:** waiting for feedback", "recruiter [[Olga]]": a process; her empty note a first touch
    "05_status_real_control": {("first_touch", "Olga", date(2026, 12, 6))},
    "06_reminder": {
        ("first_touch", "Olga", date(2026, 12, 6)),
        ("promise", "Ivan", date(2026, 12, 3)),
        ("promise", "Olga", date(2026, 12, 8)),
    },
    "07_dayplanner": {
        ("first_touch", "Conor", date(2026, 12, 6)),
        ("first_touch", "Maria", date(2026, 12, 6)),
        ("promise", "Maria", date(2026, 12, 2)),
    },
    "08_meeting_promise_other": set(),
    "09_meeting_promise_ru": {("promise", "Oleg", date(2026, 12, 10))},
    "10_meeting_two_people": set(),
    "11_passed_my_turn": set(),
    # "They'll come back on 12/9 with the onsite slots", a plain line (not a log's entry): a
    # follow-up after the pass, not after 9 Dec (a weakness kept for reference)
    "12_passed_they_date": {("follow_up", "Interviews/Beta tech.md", date(2026, 11, 30))},
    "13_writeoff_negated": {("follow_up", "Interviews/Gamma final.md", date(2026, 11, 19))},
    "14_writeoff_other": {("follow_up", "Interviews/Delta onsite.md", date(2026, 11, 23))},
    "15_writeoff_conditional": {("follow_up", "Interviews/Epsilon HM.md", date(2026, 11, 25))},
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_what_is_due(tmp_path: Path, case: str) -> None:
    assert due_in_kept_case(KEPT / case, tmp_path, TODAY) == CASES[case]
