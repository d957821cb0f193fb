"""Cases an attacker built against the session's last rules (kept in tests/vaults/attack24/):
a log that runs forward over years stays forward (only one whose lines come before the line
above them far more often is newest first); a promise is a vow only where "never" or "not to"
is its deed, not a word later in its sentence ("so he won't have to chase"); a company's note
is no second process of the company its rounds name shorter ("Tessellate")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import due_in_kept_case

TODAY = date(2026, 12, 6)
KEPT = Path(__file__).parent / "vaults" / "attack24"
PR = "promise"

CASES: dict[str, set[tuple[str, str, date]]] = {
    # "they'll decide next week" (20.11): chased once that week has passed
    "co_dup_spelling": {("follow_up", "Jamie Docherty", date(2026, 11, 30))},
    "fwd3_cadence": set(),
    "fwd3_timeline": {
        ("first_touch", "Morag Kerr", TODAY),
        ("follow_up", "Morag Kerr", date(2026, 11, 30)),
    },
    "fwd4_two_years": set(),
    "never_en": {
        (PR, "Dev Kapoor", date(2026, 12, 4)),
        (PR, "Jon Ferris", date(2026, 12, 4)),
        (PR, "Kasia Nowak", date(2026, 12, 4)),
        (PR, "Maya Lind", date(2026, 12, 2)),
        (PR, "Sarah Cole", date(2026, 12, 3)),
        (PR, "Tom Reed", date(2026, 12, 3)),
    },
    "never_ru": {
        (PR, "Аня Белова", date(2026, 12, 3)),
        (PR, "Дима Орлов", date(2026, 12, 4)),
        (PR, "Ксения Ли", date(2026, 12, 2)),
        (PR, "Олег Панин", date(2026, 12, 4)),
    },
    # "обещала Петре скинуть фото" is to Petra, a friend, not to Пётр Смирнов: a weakness left
    "petra_not_pyotr": {(PR, "Пётр Смирнов", date(2026, 12, 4))},
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_what_is_due(tmp_path: Path, case: str) -> None:
    assert due_in_kept_case(KEPT / case, tmp_path, TODAY) == CASES[case]
