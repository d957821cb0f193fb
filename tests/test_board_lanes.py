"""A Kanban board of applications: the lane a company's card stands in, where its name is a
decision, settles the process (no "any news?" to a company filed under "Rejected")."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import MakeVault

from vaultkit.app import pipeline
from vaultkit.domain.board_lanes import lane_result
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)
BOARD = (
    "---\n\nkanban-plugin: board\n\n---\n\n## Applied 📨\n\n- [ ] [[Pipedrive]] @{2026-12-01}\n\n"
    "## Интервью 🎤\n\n- [ ] [[Allegro]] — ФИНАЛ @{2026-12-09}\n\n{lane}\n\n"
    "- [ ] [[Nordlight]] — tech @{2026-11-06}\n\n***\n\n## Archive\n\n- [ ] [[Kontor]] — old\n\n"
    '%% kanban:settings\n```\n{"kanban-plugin":"board"}\n```\n%%\n'
)


def _vault(make_vault: MakeVault, lane: str) -> dict[str, object]:
    files = {
        "Companies/Nordlight.md": "---\ntype: company\n---\n",
        "Companies/Allegro.md": "---\ntype: company\n---\n",
        "Companies/Kontor.md": "---\ntype: company\n---\n",
        "People/Lena.md": "---\ntype: contact\ncompany: '[[Nordlight]]'\ntags: [recruiter]\n---\n",
        "Interviews/Nordlight tech.md": "---\ntype: interview\ncompany: '[[Nordlight]]'\n"
        "recruiter: '[[Lena]]'\ndate: 2026-11-06\nstage: tech\n---\n",
        "Interviews/Kontor screen.md": "---\ntype: interview\ncompany: '[[Kontor]]'\n"
        "recruiter: '[[Lena]]'\ndate: 2026-11-20\nstage: screen\n---\n",
        "Доска.md": BOARD.replace("{lane}", lane),
    }
    facts = pipeline.build(make_vault(files), use_cache=False).facts(TODAY)
    return {
        item.interview.title: item.kind
        for item in registry.due_report(facts).items
        if item.interview is not None
    }


@pytest.mark.parametrize(
    "lane", ["## Rejected ❌", "## Отказ", "## Ghosted 👻", "## Отказалась сама 🙅‍♀️", "## Offer 🎉"]
)
def test_a_company_in_a_lane_of_decisions_is_not_chased(make_vault: MakeVault, lane: str) -> None:
    items = _vault(make_vault, lane)
    assert "Nordlight tech" not in items
    assert "Kontor screen" in items  # the archive's card tells nothing


@pytest.mark.parametrize("lane", ["## Interviewing", "## Waiting for offer", "## Done"])
def test_a_lane_of_steps_or_doubt_decides_nothing(make_vault: MakeVault, lane: str) -> None:
    assert _vault(make_vault, lane).get("Nordlight tech") == "follow_up"


@pytest.mark.parametrize(
    ("heading", "result"),
    [
        ("Rejected ❌", "rejected"),
        ("Rejected by me", "withdrawn"),
        ("Отказалась сама", "withdrawn"),
        ("Отказался", "withdrawn"),
        ("Снялась", "withdrawn"),
        ("Offer 🎉", "offer"),
        ("Waiting for offer", None),
        ("Ghosted 👻", "no_response"),
        ("HR screen ☎️", None),
        ("Archive", None),
    ],
)
def test_lane_names(heading: str, result: str | None) -> None:
    assert lane_result(heading) == result
