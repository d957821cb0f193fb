"""The twenty-ninth session's fourth stranger's vault, kept by a helper who had never seen
vaultkit (answer key: tests/vaults/maya.expected.md): Maya, an engineering manager in Austin,
with a meeting template of her own (`type: mtg`, "What I heard", "My read"), prep notes tagged
`interview`, and each company's timeline newest first. Each test holds a verdict the first
reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def maya(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "maya")


def test_her_prep_notes_are_no_processes(maya: Build) -> None:
    # `type: prep` with `tags: [interview, stories]` ("Story bank", "Questions I ask")
    titles = {interview.title for interview in maya.facts(TODAY).interviews()}
    assert not titles & {"Story bank", "Questions I ask", "System design reps"}


def test_an_offer_she_told_the_recruiter_of_is_not_this_companys(maya: Build) -> None:
    # Oakmere's timeline: "12/03 — Graham call. … Told him about the CL offer + 12/11
    # deadline" (Copperline's offer); Oakmere is still presenting her
    results: dict[str | None, set[str | None]] = {}
    for i in maya.facts(TODAY).interviews():  # her meetings with a `round` are its rounds
        results.setdefault(i.company_name, set()).add(i.result or i.company_result)
    assert "offer" not in results["Oakmere"]
    assert results["Copperline"] == {"offer"}


def test_a_debrief_kept_as_a_meeting_note_gives_what_was_said_of_her(maya: Build) -> None:
    # Meetings/2026-11-23 Priya Raman.md (`type: mtg`, `company: "[[Halden Health]]"`), under
    # "## What I heard": "System design was the weakest signal — Mei felt I went deep on the
    # data model …"; the team's size and the process beside it are no feedback
    items = [
        item
        for item in maya.facts(TODAY).feedback()
        if item.path == "Meetings/2026-11-23 Priya Raman.md"
    ]
    assert {item.company_name for item in items} == {"Halden Health"}
    assert ("improvement", "system_design") in {(i.polarity, *i.themes) for i in items}
    assert not [item for item in items if "Director reqs" in item.text]
    assert not [
        item
        for item in maya.facts(TODAY).feedback()
        if item.path == "Meetings/2026-09-29 Dana Whitfield.md"  # "3 teams, ~22 eng, …"
    ]
