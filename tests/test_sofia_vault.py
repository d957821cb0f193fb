"""The vault of Sofia (tests/vaults/sofia, answer key sofia.expected.md), a QA engineer in
Dublin who plans each day with the Day Planner plugin ("- [x] 10:00 - 10:30 Call with Aoife"),
sets reminders with the Reminder plugin's "(@2026-12-08 09:00)", and keeps a note per process
that opens with a bold status line she updates by hand ("**Status:** rejected (1/10)") over a
day-first history. A helper who had never seen vaultkit wrote it and its key. Each test holds a
verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def sofia(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "sofia")


def _due(sofia: Build) -> list[tuple[str, str, date]]:
    items = registry.due_report(sofia.facts(TODAY)).items
    return sorted(
        (i.kind, i.contact.name if i.contact else i.interview.path if i.interview else "", i.due_on)
        for i in items
    )


def test_a_note_opening_with_a_bold_status_is_a_process(sofia: Build) -> None:
    found = {i.path.removeprefix("Jobs/"): i for i in sofia.facts(TODAY).interviews()}
    assert (found["AIB - Test Automation contract.md"].result,) == ("rejected",)
    assert found["AIB - Test Automation contract.md"].result_date == date(2026, 10, 1)
    assert found["Zendesk - Senior QA Engineer.md"].result == "on_hold"  # "frozen — hiring freeze"
    assert found["Personio - QA Engineer.md"].result == "withdrawn"
    assert "Wayflyer - QA Lead.md" not in found  # "**Status:** not open yet — Declan says January"


def test_a_round_in_the_status_line_is_prepared_for(sofia: Build) -> None:
    # "**Status:** tech interview Wed 9/12, 14:00"
    assert ("prepare", "Jobs/HubSpot - SDET II.md", TODAY) in _due(sofia)


def test_a_reminder_sets_the_day_and_a_past_days_blocks_owe_nothing(sofia: Build) -> None:
    # "- [ ] ping Ciarán about the referral (@2026-12-08 09:00)"; Conor's unticked blocks "- [ ]
    # 16:00 - 17:00 CV v3 for Conor (AGAIN)" of 14 Oct and 10 Nov were those days' plans
    due = _due(sofia)
    assert ("promise", "Ciarán Walsh", date(2026, 12, 8)) in due
    conor = [day for kind, name, day in due if name == "Conor Byrne" and kind == "promise"]
    assert date(2026, 10, 14) not in conor and date(2026, 11, 10) not in conor
    assert date(2026, 10, 7) in conor  # "send Conor CV v3 (@2026-10-07 10:00)", never done
