"""The vault of Rahul (tests/vaults/rahul, answer key rahul.expected.md), a backend engineer
in Bengaluru whose graph came from Logseq: every note an outline, his processes kept as
checklists ("- DONE system design - 28 Oct", "- DONE recruiter screen - [[Oct 6th, 2026]]"),
a task done where the item nested under it says so ("\\t- DONE sent same evening"). A helper
who had never seen vaultkit wrote it and its key. Each test holds a verdict the first reading
got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def rahul(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "rahul")


def test_a_process_kept_as_a_checklist_has_its_rounds(rahul: Build) -> None:
    found = {i.path: i for i in rahul.facts(TODAY).interviews()}
    assert "pages/Kredline.md" in found  # `status: offer` over "- DONE verbal offer - [[Nov 18th…"
    assert found["pages/Zalando SE.md"].on == date(2026, 11, 26)  # "DONE final round - …"
    assert found["pages/Swiggy.md"].on == date(2026, 10, 7)  # "- DONE R2 LLD - 7 Oct (Wed)"


def test_a_line_of_a_process_begun_in_september_is_not_a_year_back(rahul: Build) -> None:
    swiggy = next(i for i in rahul.facts(TODAY).interviews() if i.path == "pages/Swiggy.md")
    assert (swiggy.result, swiggy.result_date) == ("on_hold", date(2026, 11, 12))  # "- 12 Nov …"


def test_what_he_owes_leaves_out_what_is_done_or_his_own(rahul: Build) -> None:
    due = registry.due_report(rahul.facts(TODAY)).items
    owed = {i.promise.text for i in due if i.promise is not None}
    assert not [t for t in owed if "one-page" in t]  # "\\t- DONE sent same evening" under it
    assert not [t for t in owed if "blog post" in t]  # "read his blog post": his own reading
    assert not [t for t in owed if "(asked" in t]  # "ask Karthik?? (asked, see [[Atlassian]])"


def test_a_mock_moved_to_saturday_is_no_change_of_role(rahul: Build) -> None:
    # "- 5 Dec - had to cancel (engagement function). moved to Sat 12th. she said np"
    tanvi = next(c for c in rahul.facts(TODAY).contacts() if c.name == "Tanvi Joshi")
    assert tanvi.role_change is None
