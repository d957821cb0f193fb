"""The vault of Вика (tests/vaults/vika, answer key vika.expected.md), a systems analyst in
Novosibirsk who applies through hh.ru and pastes its notices into a note per vacancy
("hh — Системный аналитик — Точка.md", with properties she made up: `статус`, `вилка`), and
keeps her days in "Дневник/06.12.2026.md" as paragraphs of prose, not lists. A helper who had
never seen vaultkit wrote it and its key. Each test holds a verdict the first reading got
wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def vika(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "vika")


def _due(vika: Build) -> list[tuple[str, str, date]]:
    items = registry.due_report(vika.facts(TODAY)).items
    return sorted(
        (i.kind, i.contact.name if i.contact else i.interview.path if i.interview else "", i.due_on)
        for i in items
    )


def test_what_she_said_she_would_do_is_owed(vika: Build) -> None:
    # In Саша's note: "Обещала ответить до понедельника." (a man's note, her verb); in Макс's:
    # "написал, попросил посмотреть его резюме. Сказала: «посмотрю на выходных»"
    due = _due(vika)
    assert ("promise", "Саша Гончаров", date(2026, 12, 7)) in due
    assert ("promise", "Макс Зуев", date(2026, 10, 18)) in due  # the Sunday of that weekend


def test_the_offer_is_answered_by_its_day_to_the_hr_her_note_names(vika: Build) -> None:
    # `hr: Женя Ким` in plain text; "02.12 — оффер" and "ответ до 09.12" in the vacancy's note:
    # the answer, by Wednesday, to Женя (and no separate thank-you: the answer thanks her)
    due = _due(vika)
    assert ("answer_offer", "Женя Ким", date(2026, 12, 9)) in due
    assert not [item for item in due if item[0] == "thank_you"]
