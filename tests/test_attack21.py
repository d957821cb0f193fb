"""Cases an attacker built against the session's first rules (kept in tests/vaults/attack21/):
the day a note was begun (`created`, a Zettelkasten's timestamp id) dates none of its lines,
which may be backfilled or written years later, so they are read up to today; a process whose
note or recruiter spoke within the year is not cold; "Mei" and "MRT" are no months."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import due_in_kept_case

TODAY = date(2026, 12, 6)
KEPT = Path(__file__).parent / "vaults" / "attack21"
RO, FU = "reach_out", "follow_up"

CASES: dict[str, set[tuple[str, str, date]]] = {
    # a final round in May with word from HR on 25 Nov, in a daily note or the note's own log,
    # and a process note dated by the day applied whose final was on 18 Nov: still chased
    "cold_daily_word": {
        (FU, "Interviews/2026-05-20 Rijksdata - final round.md", date(2026, 5, 25))
    },
    "cold_recent_word": {
        (FU, "Interviews/2026-05-20 Rijksdata - final round.md", date(2026, 5, 25))
    },
    "cold_stale_date": {(FU, "Interviews/Acme - Product Designer.md", date(2026, 5, 15))},
    # `created: 2024-02-10` over "20.11 coffee", "03.12 call" written this autumn: 2026's
    "created_2024_recent_lines": set(),
    # lines backfilled before the note was begun stay in the year they happened
    "created_backfill": {(RO, "Anna Petrova", date(2026, 9, 13))},
    "created_backfill_application": {
        ("first_touch", "Esther Bakker", TODAY),  # a timeline line naming her is no talk yet
        (FU, "Esther Bakker", date(2026, 9, 2)),
    },
    "created_backfill_fake_recent": {(RO, "Lars Jensen", date(2026, 6, 1))},
    "zettel_backfill_contact": {(RO, "Ruben", date(2026, 12, 31))},
    "zettel_backfill_fake_recent": {(RO, "Lars Jensen", date(2026, 6, 1))},
    "zettel_backfill_hides_round": {
        (FU, "Zettel/202610301100 Stroomlijn - 1st interview Henk.md", date(2026, 11, 4))
    },
    # a contact note begun in 2024 or 2025 whose log runs on to last week
    "zettel_log_over_a_year": set(),
    "zettel_old_contact": set(),
    # "- Mei 12 yrs at Adyen … [[Mei Lin]]": a name, not 12 May
    "mei_team_list": {("first_touch", "Mei Lin", TODAY)},
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_what_is_due(tmp_path: Path, case: str) -> None:
    assert due_in_kept_case(KEPT / case, tmp_path, TODAY) == CASES[case]
