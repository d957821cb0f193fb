"""The third stranger's vault (tests/vaults/anya): a QA engineer's bilingual job search, kept by a
helper who had never seen vaultkit, in her own conventions (dd.mm.yy stamps, timelines without
years, reasons for a rejection listed under "## Итог", a woman's diary). Each test holds one
verdict that the first reading of it got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.domain.owner_voice import owner_voice
from vaultkit.notes import registry

TODAY = date(2026, 12, 1)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "anya")


def test_timelines_without_a_year_are_named_and_draft_no_first_touch(built: Build) -> None:
    facts = built.facts(TODAY)
    found = facts.contact_diagnostics()
    warned = {d.path: d.line for d in found if "without a year" in d.message}
    assert warned["People/Julia Hartmann.md"] == 10  # "- 23 Oct — Lena introduced us ..."
    assert len(warned) == 5
    due = registry.due_report(facts).items
    assert not [item for item in due if item.kind == "first_touch"]  # was six, Julia among them


def test_dd_mm_yy_stamps_are_contacts(built: Build) -> None:
    contacts = {contact.path: contact for contact in built.facts(TODAY).contacts()}
    kira = contacts["People/Кира Петрович.md"]
    assert kira.last_interaction is not None
    assert kira.last_interaction.on == date(2026, 9, 14)  # "- 14.09.26 написала: открыли ..."


def test_reasons_under_the_outcome_are_feedback_and_not_asked_for(built: Build) -> None:
    facts = built.facts(TODAY)
    tabula = "Interviews/2026-07-21 Tabula Games.md"
    assert {i.path: i for i in facts.interviews()}[tabula].feedback_received
    assert not [i for i in registry.due_report(facts).items if i.kind == "request_feedback"]
    quoted = {item.text for item in facts.feedback() if item.path == tabula}
    assert "взяли кандидата с опытом Unity Test Framework и C#" in quoted


def test_her_diary_reads_what_he_sent_her(built: Build) -> None:
    assert owner_voice(built.graph) == "f"
    report = registry.network_report(built.facts(TODAY))
    dima = {r.contact.path: r for r in report.relationships}["People/Дима Орлов.md"]
    assert dict(dima.received)["market_info"] == 2  # "Скинул табличку", "скинул пост из чата"
