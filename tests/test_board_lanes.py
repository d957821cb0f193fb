"""A Kanban board of applications: the lane a company's card stands in, where its name is a
decision, settles the process (no "any news?" to a company filed under "Rejected")."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import MakeVault

from vaultkit.app import pipeline
from vaultkit.domain.board_lanes import lane_decisions, lane_result
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)
BOARD = (
    "---\n\nkanban-plugin: board\n\n---\n\n## Applied 📨\n\n- [ ] [[Pipedrive]] @{2026-12-01}\n\n"
    "## Интервью 🎤\n\n- [ ] [[Allegro]] — ФИНАЛ @{2026-12-09}\n\n{lane}\n\n"
    "- [ ] [[Nordlight]] — tech @{2026-11-06}\n\n***\n\n## Archive\n\n- [ ] [[Kontor]] — old\n\n"
    '%% kanban:settings\n```\n{"kanban-plugin":"board"}\n```\n%%\n'
)


PROCESSES = {
    "Companies/Nordlight.md": "---\ntype: company\n---\n",
    "Companies/Allegro.md": "---\ntype: company\n---\n",
    "Companies/Kontor.md": "---\ntype: company\n---\n",
    "People/Lena.md": "---\ntype: contact\ncompany: '[[Nordlight]]'\ntags: [recruiter]\n---\n",
    "Interviews/Nordlight tech.md": "---\ntype: interview\ncompany: '[[Nordlight]]'\n"
    "recruiter: '[[Lena]]'\ndate: 2026-11-06\nstage: tech\n---\n",
    "Interviews/Kontor screen.md": "---\ntype: interview\ncompany: '[[Kontor]]'\n"
    "recruiter: '[[Lena]]'\ndate: 2026-11-20\nstage: screen\n---\n",
}
"""Two processes, each silent since its round: Nordlight's and Kontor's."""


def _items(make_vault: MakeVault, path: str, text: str) -> dict[str, str]:
    """Each interview's due item, with `text` kept at `path` beside PROCESSES."""
    facts = pipeline.build(make_vault({**PROCESSES, path: text}), use_cache=False).facts(TODAY)
    return {
        item.interview.title: item.kind
        for item in registry.due_report(facts).items
        if item.interview is not None
    }


def _vault(make_vault: MakeVault, lane: str) -> dict[str, str]:
    return _items(make_vault, "Доска.md", BOARD.replace("{lane}", lane))


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
        ("Молчат 🤐 (пнуть)", None),  # a lane to chase
        ("Отклик без ответа", None),
        ("Offer call scheduled", None),
        ("Tech (rejected once, retry)", None),
        ("To reject", None),
        ("HR screen ☎️", None),
        ("Archive", None),
    ],
)
def test_lane_names(heading: str, result: str | None) -> None:
    assert lane_result(heading) == result


TABLE = (
    "# Job search 2026\n\n| Company | Applied | Status | Next |\n|---|---|---|---|\n"
    "| [[Nordlight]] | 05.11 | {status} | — |\n| Allegro | 12.11 | tech 10.12 | prep |\n\n"
    "## Salaries\n\n| Company | Offer |\n|---|---|\n| Kontor | Rejected 90k |\n"
)


def _table_vault(make_vault: MakeVault, status: str, table: str = TABLE) -> dict[str, str]:
    return _items(make_vault, "Job search.md", table.replace("{status}", status))


@pytest.mark.parametrize("status", ["Rejected ❌", "отказ", "Offer!", "withdrew myself"])
def test_a_tracker_tables_status_cell_settles_its_row(make_vault: MakeVault, status: str) -> None:
    items = _table_vault(make_vault, status)
    assert "Nordlight tech" not in items
    assert "Kontor screen" in items  # a table with no status column tells nothing


@pytest.mark.parametrize("status", ["tech interview", "waiting for offer", ""])
def test_a_status_of_steps_or_doubt_settles_nothing(make_vault: MakeVault, status: str) -> None:
    assert _table_vault(make_vault, status).get("Nordlight tech") == "follow_up"


def test_a_row_naming_its_company_without_a_link(make_vault: MakeVault) -> None:
    unlinked = TABLE.replace("[[Nordlight]]", "**Nordlight**")
    assert "Nordlight tech" not in _table_vault(make_vault, "Rejected", unlinked)


def test_a_card_is_its_first_companys_and_a_live_lane_wins(make_vault: MakeVault) -> None:
    companies = {f"Companies/{name}.md": "---\ntype: company\n---\n" for name in ("A", "B")}
    head = "---\nkanban-plugin: board\n---\n\n"
    mention = head + "## Offer 🎉\n\n- [ ] [[A]] — 17k, меньше чем жду от [[B]]\n"
    graph = pipeline.build(make_vault({**companies, "Board.md": mention}), use_cache=False).graph
    assert set(lane_decisions(graph, TODAY)) == {"Companies/A.md"}  # not B, only mentioned
    two = head + "## Rejected ❌\n\n- [ ] [[A]] — весной\n\n## Tech\n\n- [ ] [[A]] — PA\n"
    graph = pipeline.build(make_vault({**companies, "Board.md": two}), use_cache=False).graph
    assert lane_decisions(graph, TODAY) == {}  # a live card beside an old rejection
