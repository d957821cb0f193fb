"""The tenth stranger's vault (tests/vaults/jordan): a data engineer's search from Manchester,
in English, kept by a helper who had never seen vaultkit (its answer key:
tests/vaults/jordan.expected.md) the way a "properties person" keeps a CRM in Obsidian: every
fact in frontmatter under names of their own (`next_action`, `next_action_date`, `org`,
`relationship`, `touchpoints`), Bases views, prose journals. Each test holds a verdict the
first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "jordan")


def _promises(built: Build) -> dict[str, list[tuple[str, date | None]]]:
    found: dict[str, list[tuple[str, date | None]]] = {}
    for item in registry.due_report(built.facts(TODAY)).items:
        if item.promise is not None and item.contact is not None:
            found.setdefault(item.contact.name, []).append((item.promise.text, item.due_on))
    return found


def test_the_next_steps_kept_in_properties_are_due_on_their_days(built: Build) -> None:
    promised = _promises(built)
    assert promised["Marcus Lee"] == [
        ("send code sample!! (promised by Fri 4th)", date(2026, 12, 4))
    ]
    assert [day for _, day in promised["Helen Marsh"]] == [date(2026, 12, 8)]
    assert [day for _, day in promised["Nadia Choudhury"]] == [date(2026, 12, 9)]
    assert len(promised["Daniel Kovacs"]) == 1  # the thank-you, said as a task and a next step


def test_no_step_that_is_none_is_listed_nor_chased(built: Build) -> None:
    due = {
        item.contact.name for item in registry.due_report(built.facts(TODAY)).items if item.contact
    }
    # Hannah: "nothing - she said end of next week"; Mark: "leave him be till January";
    # Liam (THG): "chase again?: no"; Owen: "maybe ask him …?"
    assert not due & {"Hannah Corbett", "Mark Dunne", "Liam Fraser", "Owen Pritchard"}


def test_lines_that_say_there_is_nothing_are_no_feedback(built: Build) -> None:
    texts = [item.text for item in built.facts(TODAY).feedback()]
    assert "Nothing beyond the comment above." not in texts
    assert not [text for text in texts if text.startswith("Offer call with Nadia")]  # a lead-in
    assert any(
        text.startswith("the strongest system design session")
        or "strongest system design session" in text
        for text in texts
    )


def test_a_move_told_in_the_contacts_prose_with_its_day_is_congratulated(built: Build) -> None:
    # "Moved to [[Wise]] in November - saw it on LinkedIn on 17 Nov … Haven't said anything
    # yet.": nothing logged with Ben since, so the congratulation waits past two weeks
    moved = [
        (item.contact.name, item.due_on)
        for item in registry.due_report(built.facts(TODAY)).items
        if item.kind == "special_date" and item.contact is not None
    ]
    assert ("Ben Adeyemi", date(2026, 11, 17)) in moved
