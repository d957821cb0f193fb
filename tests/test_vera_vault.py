"""The sixteenth stranger's vault (tests/vaults/vera): a product designer's search from
Tbilisi, in Russian with English quotes, kept by a helper who had never seen vaultkit (its
answer key: tests/vaults/vera.expected.md): weekly notes only (`Недели/2026-W48.md`) with a
heading a day written four ways, people with Russian property names (`компания`, `последний
контакт`), interviews in `Собесы/`, chats pasted from Telegram with their stamps. Each test
holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "vera")


def test_the_last_talk_is_read_from_the_weeks_notes(built: Build) -> None:
    last = {
        contact.name: contact.last_interaction.on if contact.last_interaction else None
        for contact in built.facts(TODAY).contacts()
    }
    # their notes' `последний контакт` is older: the weeks tell of later talks
    assert last["Дмитрий Орлов"] == date(2026, 12, 2)  # "Написала Диме, что Wolt позвал. Он: …"
    assert last["Ольга Левина"] == date(2026, 12, 5)  # "Ольга написала, договорились на мок"
    assert last["Лиза Морозова"] == date(2026, 11, 29)  # "Созвонились вечером на час"
    assert last["Катя Белова"] == date(2026, 8, 20)  # a like on Instagram is no talk


def test_interviews_kept_in_sobesy_are_interviews(built: Build) -> None:
    interviews = {i.path: i for i in built.facts(TODAY).interviews()}
    nordeus = interviews["Собесы/2026-11-19 Nordeus финал.md"]
    assert (nordeus.company_name, nordeus.result) == ("Nordeus", "rejected")
    assert not [path for path in interviews if path.startswith("Недели/")]  # days, no companies


def test_feedback_told_in_the_weeks_is_read_without_her_replies(built: Build) -> None:
    items = built.facts(TODAY).feedback()
    read = {(i.company_name, i.polarity, i.text[:30]) for i in items}
    assert ("Nordeus", "improvement", "The main gap was visual craft ") in read  # Милица's e-mail
    assert ("Miro", "strength", "Остальное — очень хорошо, проц") in read  # Аня's relay of Tom
    assert not [i for i in items if "подтяну" in i.text]  # "Вера: Про метрики — справедливо…"
    # "Вот что написал Том после вчерашнего, копирую как есть:" and the quote on the next line
    assert ("Miro", "strength", "Vera showed really strong syst") in read


def test_a_task_made_on_her_silence_is_a_word_owed_to_her(built: Build) -> None:
    items = registry.due_report(built.facts(TODAY)).items
    nino = [i for i in items if i.promise is not None and i.contact.name == "Нино Беридзе"]
    assert [i.due_on for i in nino] == [date(2026, 12, 4)]  # "если Нино не ответит — написать"
