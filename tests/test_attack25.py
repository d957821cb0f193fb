"""Cases a fifth attacker built against the session's last fixes (kept in
tests/vaults/attack25/): a congratulation task hides the move only when it is on the move (a
new role, the company it names), not on a baby, a birthday or someone else's wedding; a word
in bold after "joined" is a company only as two words or more ("**Kelpie Robotics**", not
"**Berlin**", "**9am**"); a vow is read a few words on ("Promised Tom that I would never…");
two lines of a log are read forward; "Booking.com" is Booking's process."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import due_in_kept_case

TODAY = date(2026, 12, 6)
KEPT = Path(__file__).parent / "vaults" / "attack25"
SD = "special_date"

CASES: dict[str, set[tuple[str, str, date]]] = {
    "bold_city": set(),
    "bold_ru": set(),
    "bold_time": set(),
    "bold_us": set(),
    "italic_emph": set(),
    "co_dotcom": {("follow_up", "Interviews/2026-11-10 Booking onsite.md", date(2026, 11, 13))},
    # "Яндекс" and "Yandex" are one process, the interview's
    "co_script": {("follow_up", "Interviews/2026-11-10 Yandex onsite.md", date(2026, 11, 13))},
    "co_script_latin_note": {
        ("follow_up", "Interviews/2026-11-10 Яндекс онсайт.md", date(2026, 11, 13))
    },
    "congrat_birthday": {(SD, "Finn Lowe", date(2026, 12, 1))},
    "congrat_old": {
        ("promise", "Hal Berg", date(2026, 4, 10)),
        (SD, "Hal Berg", date(2026, 12, 1)),
    },
    "congrat_other_person": {
        ("promise", "Gina Park", date(2026, 12, 20)),
        (SD, "Gina Park", date(2026, 12, 1)),
    },
    "congrat_ru": {(SD, "Ира Лис", date(2026, 12, 1))},
    "log2_newyear": {("reach_out", "Lena Fox", date(2026, 4, 10))},
    # 28 Feb, 10 Jan, 12 Dec, 3 Nov: newest first across New Year, or forward over years? Two
    # back-steps to one: read forward, as before the session (the attacker reads it newest
    # first; no year is written to tell)
    "log_nf_newyear": {("reach_out", "Mia Kent", date(2027, 1, 2))},
    "vow_fullname": set(),
    "vow_that": set(),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_what_is_due(tmp_path: Path, case: str) -> None:
    assert due_in_kept_case(KEPT / case, tmp_path, TODAY) == CASES[case]
