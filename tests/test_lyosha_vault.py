"""The vault of Лёша (tests/vaults/lyosha, answer key lyosha.expected.md), a head of analytics
in Moscow who keeps every company as a section of one note («Поиск работы 2026», no note per
company) and pastes Gmail replies and Telegram chats into his days: recruiters' feedback in
running prose, a recruiter on vacation ("я в отпуске до 14 декабря"). A helper who had never
seen vaultkit wrote it and its key. Each test holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)
LAVKA = "Поиск работы 2026.md#Лавка Плюс"


@pytest.fixture(scope="module")
def lyosha(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "lyosha")


def test_a_recruiter_on_vacation_is_chased_when_she_is_back(lyosha: Build) -> None:
    # Анна Белова, 27.11: "я в отпуске до 14 декабря"; the key: do not write before the 14th
    days = [
        item.due_on
        for item in registry.due_report(lyosha.facts(TODAY)).items
        if item.contact is not None and item.contact.name == "Анна Белова"
    ]
    assert days and min(days) >= date(2026, 12, 14)


def test_feedback_in_a_pasted_reply_is_read_for_the_companys_section(lyosha: Build) -> None:
    # Дни/14.10.2026: "Лавка — отказ." over Дарья Осипова's Gmail reply: "Команде очень
    # понравилось, как вы структурировали кейс … Но по части продуктового мышления не хватило
    # глубины … Единственное, что ещё смутило, — ваши ожидания по вознаграждению …"
    said = {
        (item.text[:24], item.polarity)
        for item in lyosha.facts(TODAY).feedback()
        if item.company == LAVKA
    }
    assert ("Команде очень понравилос", "strength") in said
    assert ("Но по части продуктового", "improvement") in said
    assert ("Единственное, что ещё см", "improvement") in said
