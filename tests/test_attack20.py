"""Cases a third attacker built against the session's last rules (kept in
tests/vaults/attack20/): a glance across LinkedIn is no talk, but a talk that also connects is
one; two companies of one name are two processes, and a company named by an ordinary word
("Remote") takes no round whose title has the word; a note named by its time alone is a day's
log only when it is a fleeting note with no title of its own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import due_in_kept_case

TODAY = date(2026, 12, 6)
KEPT = Path(__file__).parent / "vaults" / "attack20"
RO = "reach_out"

CASES: dict[str, set[tuple[str, str, date]]] = {
    # a permanent note named "202612051000" is about September, not a talk of 5 Dec
    "c01_fleeting_permanent": {(RO, "Lotte Jansen", date(2026, 12, 16))},
    # the bank Mercury's rejection does not answer the agency Mercury's review
    "c05_same_name_companies": {
        ("follow_up", "Zettel/202611251400 Mercury - portfolio review.md", date(2026, 11, 30)),
        ("request_feedback", "Zettel/202611200900 Mercury - final.md", date(2026, 11, 27)),
    },
    # "Fully remote role - design screen" is no round of Remote's
    "c06_remote_word": {
        (
            "follow_up",
            "Interviews/2026-11-24 Fully remote role - design screen.md",
            date(2026, 11, 27),
        ),
        ("request_feedback", "Interviews/Remote - hiring manager.md", date(2026, 11, 28)),
    },
    # "accepted my request to be a reference… sent her mobile", "принял заявку…, обсудили": talks
    "c07_glance_false": set(),
    "c08_glance_ru": set(),
    # "connected with me on LinkedIn", "приняла мою заявку в линкедине": glances
    "c14_glance_missed": {
        (RO, "Lotte Jansen", date(2026, 10, 30)),
        (RO, "Noor Hassan", date(2026, 11, 1)),
        (RO, "Анна Козлова", date(2026, 11, 3)),
        (RO, "Мария Петрова", date(2026, 11, 2)),
    },
    # Hilde's note named by its id is hers, not a log of 2 Dec crediting Mark with a talk, and
    # she is called by her alias
    "c15_person_note_by_id_body": {
        (RO, "Hilde", date(2026, 11, 8)),
        (RO, "Mark Visser", date(2026, 12, 14)),
    },
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_what_is_due(tmp_path: Path, case: str) -> None:
    assert due_in_kept_case(KEPT / case, tmp_path, TODAY) == CASES[case]
