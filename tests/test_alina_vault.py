"""The vault of Alina (tests/vaults/alina, answer key alina.expected.md), a product analyst in
Belgrade who keeps a Zettelkasten: notes named by their timestamp, MOCs, Russian nested tags,
links with declined aliases, to-do callouts ("> [!todo] CV Ренаты!!! обещала до 30.11") that
she never ticks, a note per call with `Участники::` and `Дата::`, and a journal a month
("Журнал 2026-11") in place of daily notes. A helper who had never seen vaultkit wrote it and
its key. Each test holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def alina(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "alina")


def _due(alina: Build, name: str) -> list[tuple[str, date]]:
    items = registry.due_report(alina.facts(TODAY)).items
    return sorted((i.kind, i.due_on) for i in items if i.contact and i.contact.name == name)


def test_his_question_in_her_voice_wants_a_reply(alina: Build) -> None:
    # "- 25.11 — написал, что с 23.11 он в [[Nordstack]]! спрашивает, как у меня с Brightloop":
    # her monthly journals tell that she writes of herself in a woman's verbs
    assert _due(alina, "Никита Лаптев") == [("reply", date(2026, 11, 25))]


def test_the_tech_round_she_was_invited_to_is_not_chased(alina: Build) -> None:
    # "- 27.11 — инвайт на техничку 08.12": no "any news?"; the case she owes Ксюша by 4.12 (a
    # callout in her note, and a task in a prep note)
    assert {kind for kind, _ in _due(alina, "Ксения Лебедева")} == {"promise"}
    assert {day for _, day in _due(alina, "Ксения Лебедева")} == {date(2026, 12, 4)}


def test_a_todo_callout_is_owed_until_it_is_long_past(alina: Build) -> None:
    # "> [!todo] CV Ренаты!!! обещала до 30.11" is owed; "> [!todo] Прислать Олегу CV до 31.08"
    # (done on 30.08, never ticked: a callout cannot be) is not
    assert ("promise", date(2026, 11, 30)) in _due(alina, "Рената Хайруллина")
    assert _due(alina, "Олег Ветров") == [("promise", date(2026, 12, 10))]  # told in the call


def test_a_promise_told_in_a_call_note_is_to_the_one_met(alina: Build) -> None:
    # "Участники:: [[Олег Ветров]]" … "Обещала сказать, что решу с оффером — до 10-го."
    assert ("promise", date(2026, 12, 10)) in _due(alina, "Олег Ветров")


def test_a_counter_offer_named_for_her_is_owed_to_her(alina: Build) -> None:
    # "- [ ] контр-оффер Jelena — пт 04.12" in the call note with Олег
    assert _due(alina, "Jelena Petrović") == [("promise", date(2026, 12, 4))]
