"""The vault of Timur (tests/vaults/timur, answer key timur.expected.md), a data engineer in
Almaty writing Russian and English in one sentence, a note per company in `CRM/` holding
both its people (a section each, their dated lines) and its process, every line without a
year. A helper who had never seen vaultkit wrote it and its key. Each test holds a verdict
the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def timur(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "timur")


def test_a_notes_sections_are_logs_of_their_own(timur: Build) -> None:
    # People's sections and the process's each run forward: read one after another they
    # put the process two years back ("- 16.11 — ещё follow-up" in 2024)
    found = {i.path: i for i in timur.facts(TODAY).interviews()}
    ledgerly = found["CRM/Ledgerly.md"]
    assert ledgerly.result_date == date(2026, 11, 16)
    assert found["CRM/Helix Data.md"].on is not None
    assert found["CRM/Helix Data.md"].on.year == 2026


def test_a_final_booked_next_week_is_ahead_not_a_year_back(timur: Build) -> None:
    # "- **08.12 вт 10:00 CET = 14:00 Алматы** — финал с Sophie" under "- 04.12 — …"
    helix = next(i for i in timur.facts(TODAY).interviews() if i.path == "CRM/Helix Data.md")
    assert helix.on is not None and helix.on <= TODAY


def test_a_follow_up_sent_as_a_noun_is_one(timur: Build) -> None:
    # "- 28.10 — написал follow-up", "- 16.11 — ещё follow-up. тишина"
    due = registry.due_report(timur.facts(TODAY)).items
    assert not [i for i in due if i.interview and "Ledgerly" in i.interview.path]
