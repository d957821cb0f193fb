"""Cases a ninth attacker built against the eighth's fixes (kept in tests/vaults/attack29/): a
heading with a year beside a word ("## PyCon 2024") or a year's part above another part, last
year's rejection above this year's process, "Metalab" beside "Meta", a step under a task that
opens with a word of doing ("написала README", "sent Tom a heads-up …"), "пока не можем
пригласить вас на следующий этап" and "на финальный этап" (rejections), a follow-up sent with
a template, a status "offer, exploring relocation", a bracket where a person could not come.
Each is what Due contacts lists now, checked against the attacker's key."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import due_in_kept_case

TODAY = date(2026, 12, 6)
KEPT = Path(__file__).parent / "vaults" / "attack29"

CASES: dict[str, set[tuple[str, str, date]]] = {
    "followup_by_template": set(),
    "gloss_could_not_make_it": {
        ("reach_out", "Priya Raman", date(2026, 11, 30)),
        ("reach_out", "Даша Белова", date(2026, 11, 30)),
    },
    "meta_metalab": {
        ("follow_up", "Companies/Metalab.md", date(2026, 11, 30)),
        ("follow_up", "Interviews/2026-11-18 Meta E5 screen.md", date(2026, 11, 23)),
    },
    "ne_gotovy_final_etap": {("request_feedback", "Ксения Павлова", date(2026, 11, 27))},
    "nested_step_napisala": {("promise", "Дмитрий Захаров", date(2026, 11, 30))},
    "nested_step_sent_heads_up": {("promise", "Tom Brecken", date(2026, 11, 30))},
    "poka_ne_mozhem_priglasit": {("request_feedback", "Ксения Павлова", date(2026, 11, 27))},
    "status_networking_referral": {("follow_up", "Companies/Nordlys.md", date(2026, 11, 24))},
    # "Ingrid called with an offer! Need to answer by 11 Dec": the answer, by then, thanks her
    # too (the nineteenth session; it was a thank-you due 1 Dec)
    "status_offer_exploring": {("answer_offer", "Ingrid Solberg", date(2026, 12, 11))},
    "year_heading_conf": set(),
    "year_heading_then_process": {("follow_up", "Ingrid Solberg", date(2026, 11, 27))},
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_what_is_due(tmp_path: Path, case: str) -> None:
    assert due_in_kept_case(KEPT / case, tmp_path, TODAY) == CASES[case]
