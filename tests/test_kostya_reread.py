"""Kostya's vault (tests/vaults/kostya, answer key kostya.expected.md) read again: his
processes are kept in company notes with inline fields (`Статус:: оффер`, `Рекрутер::`,
`Позиция::`) over a dated history and no `applied` day; Avito's rejection is an e-mail pasted
into a day's note; his people are called by short names ("Дима", "Серёга") and glossed with
their company ("Анастасия (Озон) позвонила"). Each test holds a verdict the first reading got
wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def kostya(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "kostya")


def test_a_company_note_with_a_status_a_role_and_a_history_is_the_process(kostya: Build) -> None:
    found = {i.path: i for i in kostya.facts(TODAY).interviews()}
    assert {"Компании/Контур.md", "Компании/Т-Банк.md", "Компании/Яндекс.md"} <= set(found)
    assert found["Компании/Контур.md"].result == "offer"
    assert found["Компании/ГеоМаркет.md"].result == "withdrawn"
    assert found["Компании/Яндекс.md"].on == date(2026, 12, 1)  # "01.12 — алгосекция 2"
    assert found["Компании/Авито.md"].on == date(2026, 11, 25)  # "25.11 — техсек: Go, базы…"


def test_a_rejection_pasted_into_a_days_note_closes_the_process(kostya: Build) -> None:
    # "Авито — пришло на hh:" over "…мы не готовы пригласить вас на следующий этап. Мы
    # сохраним ваше резюме…, если появится подходящая вакансия."
    due = registry.due_report(kostya.facts(TODAY)).items
    assert not [i for i in due if i.interview and "Авито" in i.interview.path]


def test_an_offer_talked_over_since_is_thanked(kostya: Build) -> None:
    # the offer came 25.11; "02.12 — дедлайн не двигают" with Ольга since
    due = registry.due_report(kostya.facts(TODAY)).items
    assert not [i for i in due if i.kind == "thank_you"]


def test_people_called_by_short_names_and_glossed_are_found(kostya: Build) -> None:
    last = {
        c.name: c.last_interaction.on for c in kostya.facts(TODAY).contacts() if c.last_interaction
    }
    assert last["Дмитрий Захаров"] == date(2026, 12, 3)  # "Дима звонил" (# Дима Захаров)
    assert last["Сергей Миронов"] == date(2026, 11, 18)  # "переписывались с Серёгой Мироновым"
    assert last["Анастасия Ли"] == date(2026, 12, 4)  # "Анастасия (Озон) позвонила"
    assert last["Марина Волкова"] == date(2026, 12, 4)  # "Марина (Яндекс) в телеге: …"


def test_a_promise_to_dima_is_owed_by_friday(kostya: Build) -> None:
    due = registry.due_report(kostya.facts(TODAY)).items
    owed = {(i.contact.name, i.due_on) for i in due if i.kind == "promise" and i.contact}
    assert ("Дмитрий Захаров", date(2026, 12, 4)) in owed  # "Обещал Диме скинуть … до пятницы"


def test_a_chase_is_a_follow_up(kostya: Build) -> None:
    found = {i.path: i for i in kostya.facts(TODAY).interviews()}
    assert found["Компании/Пэймо.md"].followed_up == date(2026, 11, 24)  # "пнул Игоря, тишина"
