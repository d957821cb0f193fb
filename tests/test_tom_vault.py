"""The fourth stranger's vault (tests/vaults/tom): a product manager's English job search, kept
by a helper who had never seen vaultkit (its answer key: tests/vaults/tom.expected.md), in his
own habits: Dataview fields he named himself, weekly notes with "Tue:" lines, a company note
that keeps the whole process, dates written "2.9." and "Oct 23", outcomes told in passing.
Each test holds a verdict the first reading of it got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 5)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "tom")


def _due(built: Build) -> list[tuple[str, str, str]]:
    return sorted(
        (item.kind, item.contact.name if item.contact else "", item.due_on.isoformat())
        for item in registry.due_report(built.facts(TODAY)).items
    )


def test_no_any_news_to_a_company_that_answered(built: Build) -> None:
    # Kontor said no in its own note, Voltwerk in a weekly note's "Thu:" line, Quartier's offer
    # was accepted (pipeline: accepted 🎉), Mosaik was followed up twice in its timeline, and
    # Halde is frozen until Q1: four "polite follow-ups" at the first reading, none now
    assert not [kind for kind, _, _ in _due(built) if kind == "follow_up"]


def test_what_he_owes_is_listed(built: Build) -> None:
    due = _due(built)
    assert ("reply", "Priya Raman", "2026-11-20") in due  # "← haven't replied 🙈"
    promised = {(who, on) for kind, who, on in due if kind == "promise"}
    assert {
        ("Mia Keller", "2026-12-05"),
        ("Mia Keller", "2026-12-09"),  # the reference she asked for
        ("Jana Wolff", "2026-12-07"),  # "email Jana re Ostwind screen (cancel??)"
        ("Ulrike Sommer", "2026-12-07"),
        ("Felix Kramer", "2026-12-11"),
    } <= promised
    assert ("special_date", "Ulrike Sommer", "2026-12-14") in due  # bday:: 14.12.


def test_his_weekly_notes_and_german_dates_are_dated(built: Build) -> None:
    week = built.graph.notes["Periodic/Weekly/2026-W43.md"]
    assert any(
        e.on == date(2026, 10, 22) and e.text.startswith("Heard back from Voltwerk")
        for e in week.entries
    )
    priya = built.graph.notes["People/Priya Raman.md"]
    assert [e.on.isoformat() for e in priya.entries][:2] == ["2026-09-02", "2026-09-10"]


def test_the_rejection_email_in_the_company_note_is_feedback(built: Build) -> None:
    items = built.facts(TODAY).feedback()
    kontor = [item for item in items if item.company_name == "Kontor"]
    assert len(kontor) == 4  # the panel's four points, not the e-mail's courtesies
    polarities = {item.text[:28]: item.polarity for item in kontor}
    assert polarities["The panel was really impress"] == "strength"  # "some of the strongest"
    assert not [item for item in items if "take-home way too long" in item.text]  # he gave it
    parcelly = {item.text[:20]: item.polarity for item in items if item.company_name == "Parcelly"}
    assert parcelly["they liked my energy"] == "strength"  # "What he passed on from Tobias:"
    assert parcelly["BUT in the case I ju"] == "improvement"


def test_praise_and_a_reason_after_a_dash_are_two_items(built: Build) -> None:
    # "For what it's worth, the team liked you — they just needed someone who already knows
    # the energy trading side": the praise is praise, whatever the reason is read as
    items = [item for item in built.facts(TODAY).feedback() if "the team liked you" in item.text]
    assert [item.polarity for item in items] == ["strength"]
    assert not items[0].text.endswith("energy trading side")
