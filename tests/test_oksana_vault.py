"""The vault of Оксана (tests/vaults/oksana, answer key oksana.expected.md), a people-analytics
lead in Kazan who keeps no daily notes but a note a month ("Дневник/2026-11 Ноябрь.md") with a
heading a day in words ("### 3 ноября, вт", "### 2.10 (пт)") and paragraphs of prose under it,
company notes with logs dated year first ("2026.11.18 — …"), and people called "Лена М." and
"Ленка" beside two Lenas. A helper who had never seen vaultkit wrote it and its key. Each test
holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def oksana(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "oksana")


def _due(oksana: Build) -> list[tuple[str, str, date]]:
    items = registry.due_report(oksana.facts(TODAY)).items
    return sorted(
        (i.kind, i.contact.name if i.contact else i.interview.path if i.interview else "", i.due_on)
        for i in items
    )


def _last(oksana: Build, name: str) -> date | None:
    (contact,) = [c for c in oksana.facts(TODAY).contacts() if c.name == name]
    return contact.last_interaction.on if contact.last_interaction else None


def test_a_year_first_log_is_read(oksana: Build) -> None:
    # "2026.09.25 — написала Игорю, что выхожу из процесса", "2026.12.02 — оффер по телефону"
    found = {i.path: i for i in oksana.facts(TODAY).interviews()}
    assert found["Компании/НефтеСервис Холдинг.md"].result == "withdrawn"
    assert found["Компании/Кристалл Банк.md"].result == "offer"
    assert found["Компании/Учи.Про.md"].result == "rejected"  # "Гуле дали оффер 🎉": hers


def test_a_month_notes_days_are_its_dates(oksana: Build) -> None:
    # "### 26 ноября, чт" in "2026-11 Ноябрь", "### 7.10 (ср)": "Скинула Ане обзор" kept a promise
    assert _last(oksana, "Лена Ковалёва") == date(2026, 11, 20)  # "созвон с Ленкой"
    assert _last(oksana, "Лена Мартынова") == date(2026, 12, 4)  # "Отправила Лене М. встречное"
    assert _last(oksana, "Костя Рябов") == date(2026, 11, 27)  # not his LinkedIn post of 1 Dec
    assert not [item for item in _due(oksana) if item[:2] == ("promise", "Аня Ким")]


def test_what_she_owes_this_week(oksana: Build) -> None:
    due = _due(oksana)
    assert ("answer_offer", "Лена Мартынова", date(2026, 12, 10)) in due  # "ответ до 10.12"
    assert ("promise", "Марат Хайруллин", date(2026, 12, 7)) in due  # "Он ведёт курс … Обещала"
    assert ("promise", "Лена Ковалёва", date(2026, 11, 27)) in due  # "Пообещала ей скинуть"
    assert ("promise", "Дина Сафина", date(2026, 10, 16)) in due  # the candidates, forgotten
    assert ("follow_up", "Вера Гончар", date(2026, 12, 3)) in due  # Скорость, silent
    assert not [i for i in due if i[1] in ("Рустам Нуриев", "Компании/Талантум.md")]  # her move
    assert not [i for i in due if i[0] == "first_touch"]  # every one of them is known
