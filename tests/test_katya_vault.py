"""The sixth stranger's vault (tests/vaults/katya): a QA engineer's bilingual job search from
Belgrade, kept by a helper who had never seen vaultkit (its answer key:
tests/vaults/katya.expected.md): people found by tags, property names of her own, daily notes by
the hour in Journal/YYYY/MM/, slashed dates (15/10, др: 14/12), a tracker table and a Kanban
board, feedback told in her daily log. Each test holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault, due_kinds_and_names

from vaultkit.app.build import Build

TODAY = date(2026, 12, 5)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "katya")


def _due(built: Build) -> list[tuple[str, str]]:
    return due_kinds_and_names(built, TODAY)


def test_no_any_news_to_a_process_that_is_on_hold_or_went_on(built: Build) -> None:
    # Verdant froze hiring until February (its note and Stefan's call); Nordlight invited her to
    # the final in a daily note's line ("Nordlight зовет на final!!"); the first reading drafted
    # "is there any news?" to both
    assert not [kind for kind, _ in _due(built) if kind == "follow_up"]


def test_an_interview_takes_its_company_from_the_recruiter_it_links(built: Build) -> None:
    interviews = {i.title: i for i in built.facts(TODAY).interviews()}
    verdant = interviews["Verdant — HR screen"]  # "w/ [[Stefan Ilić]]", company:: [[Verdant Bank]]
    assert (verdant.company, verdant.result) == ("Companies/Verdant Bank.md", "on_hold")
    assert verdant.recruiter == "People/Stefan Ilić.md"


def test_her_promises_and_a_slashed_birthday(built: Build) -> None:
    due = _due(built)
    assert ("special_date", "Даша Смирнова") in due  # др: 14/12
    promised = {name for kind, name in due if kind == "promise"}
    assert {"Pavel Sorokin", "Даша Смирнова", "Ana Jovanović", "Irina Volkova"} <= promised


def test_feedback_told_in_her_daily_log(built: Build) -> None:
    items = built.facts(TODAY).feedback()
    said = {(item.company_name, item.polarity, item.text[:20]) for item in items}
    # 12 Nov: "фидбек по Nordlight tech 1: Милан сказал что по автоматизации всё супер, но
    # system design слабоват"; 27 Nov: Ana's pasted offer e-mail
    assert {
        ("Nordlight", "strength", "Милан сказал что по "),
        ("Nordlight", "improvement", "system design слабов"),
        ("Frameloop", "strength", "The team was impresse"[:20]),
        ("Frameloop", "improvement", "Rui also mentioned y"),
    } <= said
    assert not [item for item in items if "подумаю" in item.text]  # her words to Olga


def test_talks_logged_by_first_name_are_contacts(built: Build) -> None:
    # "- 17:00 созвон с Milan: …" and "- 11:00 кофе с Дашей": no links, her own way; Milan's
    # `last talk: 2026-11-12` is stale
    contacts = {c.name: c for c in built.facts(TODAY).contacts()}
    milan = contacts["Milan Petrović"].last_interaction
    dasha = contacts["Даша Смирнова"].last_interaction
    assert milan is not None and milan.on == date(2026, 12, 3)
    assert dasha is not None and dasha.on == date(2026, 11, 28)  # 4 Dec: "Даше не дозвонилась"


def test_the_final_told_in_her_log_is_prepared_for(built: Build) -> None:
    # "Nordlight зовет на final!! 10 декабря 15:00" (a daily line; the company note's list and
    # the tracker say so too): the brief for it from three days before, with Milan, the agency
    # recruiter who runs the process
    assert ("prepare", "Milan Petrović") in due_kinds_and_names(built, date(2026, 12, 7))
    assert ("prepare", "Milan Petrović") not in _due(built)  # on the 5th it is too early
    # Mosaic's screen of 8 Dec, kept in its company note only (no interview note)
    assert ("prepare", "Mosaic Labs") in due_kinds_and_names(built, date(2026, 12, 6))


def test_an_interview_note_that_opens_with_its_day(built: Build) -> None:
    interviews = {i.title: i for i in built.facts(TODAY).interviews()}
    assert interviews["Frameloop — final (Rui)"].on == date(2026, 11, 24)  # "24 ноя, 16:00, …"
