"""The vault of Stas (tests/vaults/stas, answer key stas.expected.md), an iOS developer in
Tbilisi who pastes Telegram chats into a note a week ("Неделя 2026-11-30", "Анна Ким,
[05.12.2026 14:22]" over each message, "Вы, [...]" over his own), keeps people as "Фамилия
Имя" with Russian keys, and strikes through what he has done. A helper who had never seen
vaultkit wrote it and its key. Each test holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.domain.name_forms import named_in
from vaultkit.domain.named_tasks import names_index
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def stas(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "stas")


def _due(stas: Build) -> list[tuple[str, str]]:
    items = registry.due_report(stas.facts(TODAY)).items
    return [(i.kind, i.contact.name if i.contact else "") for i in items]


def test_a_rejection_told_only_in_a_pasted_chat_is_not_chased(stas: Build) -> None:
    # "Полина Жукова, [13.10.2026 12:30] ¶ … мы приняли решение продолжить с другим кандидатом"
    # in Неделя 2026-10-12; Tasko's note still says "жду фидбек"
    assert ("follow_up", "Жукова Полина") not in _due(stas)
    decided = stas.facts(TODAY).decided()
    assert (date(2026, 10, 13), "rejected") in {
        (on, r) for on, r, _ in decided["Компании/Tasko.md"]
    }


def test_a_freeze_and_a_rejection_told_by_the_agency_recruiter_are_read(stas: Build) -> None:
    # Ксения (agency) pastes: Lumen on hiring freeze till January; Orbita's "к сожалению, отказ"
    assert ("follow_up", "Мельник Ксения") not in _due(stas)
    found = {i.path: i for i in stas.facts(TODAY).interviews()}
    orbita = found["Собесы/2026-11-10 Orbita тех.md"]
    assert (orbita.company_result, orbita.company_result_on) == ("rejected", date(2026, 11, 13))


def test_the_offer_pasted_from_a_chat_is_an_offer(stas: Build) -> None:
    decided = stas.facts(TODAY).decided()
    assert (date(2026, 12, 4), "offer") in {
        (on, r) for on, r, _ in decided["Компании/Nexta Pay.md"]
    }


def test_a_friends_own_offer_in_a_chat_is_not_the_owners(stas: Build) -> None:
    # Димон: "прикинь, я оффер от Маркетлайна принял!"; Маркетлайн is still waiting on Стас
    decided = stas.facts(TODAY).decided()
    assert all(r != "offer" for _, r, _ in decided.get("Компании/Маркетлайн.md", ()))
    assert ("follow_up", "Ким Анна") in _due(stas)


def test_who_wrote_last_is_read_from_the_chat_headers(stas: Build) -> None:
    contacts = {c.name: c for c in stas.facts(TODAY).contacts()}
    olga = contacts["Дёмина Ольга"]  # she wrote on 03.12, he has not answered
    assert olga.last_interaction is not None
    assert olga.last_interaction.on == date(2026, 12, 3)
    assert olga.last_interaction.turn.by == "them"
    assert ("first_touch", "Дёмина Ольга") not in _due(stas)


def test_an_interviewer_listed_in_plain_text_was_met(stas: Build) -> None:
    # "с кем: Роман Ершов, в начале Анна Ким" in the team-lead round of 02.12
    assert ("first_touch", "Ершов Роман") not in _due(stas)


def test_a_task_carried_through_the_weeks_is_one_promise(stas: Build) -> None:
    # "скинуть Тёме CV" (Bolt), "Тёме CV", "Тёме CV (да блин)", "Тёме CV!!!" in week plans
    cv = [k for k, name in _due(stas) if k == "promise" and name == "Тёма"]
    items = registry.due_report(stas.facts(TODAY)).items
    texts = [i.promise.text for i in items if i.promise and i.contact and i.contact.name == "Тёма"]
    assert sum("CV" in text for text in texts) == 1, texts
    assert cv


def test_a_friends_new_job_told_in_her_own_message_is_congratulated(stas: Build) -> None:
    # Вика, [04.12]: "мне дали оффер в Юнит!!! выхожу 14 декабря!"; he answered with a sticker
    items = registry.due_report(stas.facts(TODAY)).items
    moved = [i for i in items if i.kind == "special_date" and i.contact and i.special]
    assert [(i.contact.name, i.special.key) for i in moved if i.special.key == "new_role"] == [
        ("Сорокина Вика", "new_role")
    ]


def test_people_filed_surname_first_are_greeted_by_their_given_name(stas: Build) -> None:
    contacts = {c.name: c for c in stas.facts(TODAY).contacts()}
    assert contacts["Сорокина Вика"].addressed_as == "Вика"
    assert contacts["Гусев Дмитрий"].addressed_as == "Дмитрий"


def test_given_names_find_people_filed_surname_first(stas: Build) -> None:
    # "Лебедева Аня.md", "Сорокина Вика.md": lines say "Аня Лебедева", "Вике", "Нино"
    index = names_index(stas.graph, list(stas.facts(TODAY).contacts()))
    for said, path in [
        ("Аня Лебедева узнала у себя", "Люди/Лебедева Аня.md"),
        ("написал Вике", "Люди/Сорокина Вика.md"),
        ("Нино прислала оффер", "Люди/Беридзе Нино.md"),
    ]:
        assert {contact for _, contact in named_in(index, said)} == {path}
