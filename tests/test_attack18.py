"""Cases an attacker built against the fifteenth session's rules (kept in
tests/vaults/attack18/, each a small vault): what Due contacts says on 6 Dec 2026 once mended.
Each case names the rule it broke and what a careful reader owes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import due_in_kept_case

KEPT = Path(__file__).parent / "vaults" / "attack18"

TODAY = date(2026, 12, 6)
FU, PR, RO = "follow_up", "promise", "reach_out"

CASES = {
    # an interview tagged meeting and interview in Meetings/ is an interview
    "c01": {(FU, "Rachel Osei", date(2026, 11, 10))},
    # a tag nested under company names which company, not what the note is
    "c02": {(FU, "Companies/Kestrel/2026-10-13 Tech interview.md", date(2026, 10, 16))},
    # an archived contact met again this week is to be written to
    "c03": {(PR, "Steve Carver", date(2026, 12, 3))},
    # a recommendation to write and an NDA to send are no word only: a call keeps neither
    "c04": {(PR, "Ольга Смирнова", date(2026, 11, 27))},
    "c04b": {(PR, "Helen Ashworth", date(2026, 11, 25))},
    # a CV sent to a company the contact found is no portfolio sent to her
    "c06": {(PR, "Inês Carvalho", date(2026, 12, 4))},
    # sent before the promise, or her post shared: still owed
    "c07": {(PR, "Sarah Mensah", date(2026, 12, 4))},
    "c07b": {(PR, "Sarah Mensah", date(2026, 12, 4))},
    # a promise to a son, to Leo: no one's of the vault
    "c08": set(),
    "c08b": set(),
    # an undated question does not take the due day of another promise
    "c09": {(PR, "Rui Tavares", date(2026, 11, 27))},
    # "после выходных" is due the Monday after
    "c10": {
        (PR, "Dana Lee", date(2026, 11, 20)),
        (PR, "Tom Hartley", date(2026, 11, 20)),
        (PR, "Ольга Смирнова", date(2026, 11, 23)),
        ("first_touch", "Dana Lee", TODAY),
        ("first_touch", "Tom Hartley", TODAY),
        ("first_touch", "Ольга Смирнова", TODAY),
    },
    # "Марии" is Мария Иванова's, not Maria Santos's
    "c11": {(PR, "Мария Иванова", date(2026, 12, 4))},
    # "Кате" is Катя's, never Kate's
    "c12": {("first_touch", "Kate Morris", TODAY)},
    "c12b": {
        (PR, "Катя Смирнова", date(2026, 12, 2)),
        ("first_touch", "Kate Morris", TODAY),
        ("first_touch", "Катя Смирнова", TODAY),
    },
    # an interview note with a start time is still an interview
    "c13": {
        (FU, "Interviews/2026-11-18 Kestrel Pay - Ravi Menon.md", date(2026, 11, 23)),
        ("first_touch", "Ravi Menon", TODAY),
    },
    # "Bolt final on Zoom" is no Zoom process
    "c15": {(FU, "Interviews/2026-11-20 Bolt final on Zoom.md", date(2026, 11, 25))},
    # Rui's forwarded rejection is his
    "c16": {(FU, "Interviews/2026-11-18 Farfetch final.md", date(2026, 11, 23))},
    "c17": set(),
    # a plan line "- 18.12 — финал" does not date the items after it
    "c18": {(PR, "Rui Tavares", date(2026, 12, 2)), (RO, "Rui Tavares", date(2026, 12, 16))},
    # a panel at a conference, a film screening: no rounds
    "c19": set(),
    # a call no one took keeps no promise
    "c20": {
        (PR, "Martin Greaves", date(2026, 11, 20)),
        (PR, "Ольга Смирнова", date(2026, 11, 20)),
    },
    # a talk before the promised day keeps nothing
    "c21": {(PR, "Tom Hartley", date(2026, 12, 3))},
    "c22": {(FU, "Interviews/2026-11-18 Brightwell technical.md", date(2026, 11, 23))},
    # an auto-reply's "if you have not been selected" is no decision
    "c23": {(FU, "Interviews/2026-11-30 Wolt recruiter screen.md", date(2026, 12, 3))},
    # "## Цели на декабрь" plans, it tells no talk
    "c26": {(RO, "Inês Carvalho", date(2026, 11, 13))},
    # a yearly note's milestones date no task
    "c28": {(PR, "Ольга Смирнова", date(2026, 12, 7))},
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_what_is_due(tmp_path: Path, case: str) -> None:
    assert due_in_kept_case(KEPT / case, tmp_path, TODAY) == CASES[case]
