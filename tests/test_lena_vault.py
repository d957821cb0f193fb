"""The twelfth stranger's vault (tests/vaults/lena): a product designer's search from Berlin,
in English and Russian, kept by a helper who had never seen vaultkit (its answer key:
tests/vaults/lena.expected.md) as a Notion workspace brought in with Obsidian's importer
(`Notion/Job Search/`: pages named with Notion's ids, "Mia Schulz 5be07d2c", its databases as
Markdown tables, its own column names) beside the daily notes, meetings and people notes made
since. Each test holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry
from vaultkit.rules.due import DueItem

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "lena")


def _items(built: Build) -> list[DueItem]:
    return list(registry.due_report(built.facts(TODAY)).items)


def test_a_task_dated_the_way_she_types_dates_is_due_that_day(built: Build) -> None:
    pavel = [
        item for item in _items(built) if item.contact and item.contact.name == "Pavel Sokolov"
    ]
    # "- [ ] ping Pavel again about Finlo 📅 10.12.2026"; `last talk: "27.10."` is a talk
    assert [(item.kind, item.due_on) for item in pavel] == [("promise", date(2026, 12, 10))]


def test_notions_ids_are_no_part_of_a_name(built: Build) -> None:
    names = {contact.name for contact in built.facts(TODAY).contacts()}
    assert "Mia Schulz" in names and not [name for name in names if "5be07d2c" in name]


def test_the_follow_up_she_planned_is_the_only_chase_of_quartz(built: Build) -> None:
    # "- [ ] follow up with Mia (Quartz) if nothing by Monday 📅 2026-12-07": not also a
    # follow-up with Hannah, who led the round
    quartz = [
        (item.kind, item.contact.name if item.contact else "", item.due_on)
        for item in _items(built)
        if item.kind in ("promise", "follow_up") and _of_quartz(item)
    ]
    assert quartz == [("promise", "Mia Schulz", date(2026, 12, 7))]


def _of_quartz(item: DueItem) -> bool:
    if item.interview is not None:
        return "Quartz" in item.interview.title
    return item.promise is not None and "Quartz" in item.promise.text


def test_a_round_whose_next_is_booked_in_the_application_is_not_chased(built: Build) -> None:
    # Meetings/2026-11-26 Fernweh round 1 links `company: "[[Fernweh]]"`, the application's note,
    # which books the final on 15.12 (`next:: 2026-12-15`)
    assert not [
        item
        for item in _items(built)
        if item.kind == "follow_up" and item.interview and "Fernweh" in item.interview.title
    ]


def test_the_feedback_database_is_read_row_by_row(built: Build) -> None:
    read = {
        (item.company_name, item.text, item.polarity, item.on)
        for item in built.facts(TODAY).feedback()
    }
    assert (
        "Kranich Bank",
        '"Strongest storytelling we\'ve seen this round, the returns case is great"'.strip('"'),
        "strength",
        date(2026, 9, 29),
    ) in read
    assert (
        "Kranich Bank",
        "Jumped into UI too fast, they wanted more time on problem framing",
        "improvement",
        date(2026, 10, 6),
    ) in read
    texts = {text for _, text, _, _ in read}
    assert not [text for text in texts if "Munich office" in text or text in ("fair tbh", "TBD")]


def test_praise_with_an_aside_after_a_dash_stays_praise(built: Build) -> None:
    polarities = {item.text: item.polarity for item in built.facts(TODAY).feedback()}
    assert (
        polarities["I liked that you pushed back on the brief — we need that here."] == "strength"
    )
    # Sophie: "The team liked your craft a lot — they'd love to see more numbers …": two items
    assert [p for t, p in polarities.items() if "they'd love to see more numbers" in t] == [
        "improvement"
    ]
