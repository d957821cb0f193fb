"""The vault of Gleb (tests/vaults/gleb, answer key gleb.expected.md), an iOS developer in
Tbilisi who pastes his Telegram and WhatsApp chats into his notes, keeps a person's debts as
tasks under "## Должен" beside his log of them, plans his own follow-ups as tasks with the
Tasks plugin's dates, and writes his own remarks under the feedback he quotes. A helper who
had never seen vaultkit wrote it and its key. Each test holds a verdict the first reading got
wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def gleb(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "gleb")


def _due(gleb: Build, name: str) -> list[tuple[str, date]]:
    items = registry.due_report(gleb.facts(TODAY)).items
    return sorted((i.kind, i.due_on) for i in items if i.contact and i.contact.name == name)


def test_a_question_he_answered_in_the_same_line_wants_no_reply(gleb: Build) -> None:
    # "- 02.12 спросила «решился?» — сказал, что скажу в среду (9.12)": his verb, hers asked
    # (the task "- [ ] сказать Кате решение по Orbita 📅 2026-12-09" and the promise told in her
    # log are both listed since the log's lines without a year are read for promises)
    assert set(_due(gleb, "Катя Белова")) == {("promise", date(2026, 12, 9))}


def test_his_own_planned_follow_up_is_the_follow_up_on_his_day(gleb: Build) -> None:
    # "- [ ] follow-up: спросить статус + сказать что у меня оффер … 📅 2026-12-07" in her note,
    # the Bankly answer promised by 27.11 never came: one follow-up, on the day he chose
    assert _due(gleb, "Anna Kowalska") == [("follow_up", date(2026, 12, 7))]


def test_a_task_to_keep_a_persons_note_owes_them_nothing(gleb: Build) -> None:
    # "- [ ] обновить [[Дима Ковалёв]] (где работает)" (5 Oct); the interns question is owed
    assert _due(gleb, "Дима Ковалёв") == [("promise", date(2026, 11, 27))]


def test_his_own_remarks_under_quoted_feedback_are_no_feedback(gleb: Build) -> None:
    texts = {item.text: item for item in gleb.facts(TODAY).feedback()}
    assert not [t for t in texts if "snapshot-тесты, хоть" in t or "оффер дали" in t]
    # "Some answers about CI/CD were a bit general, but it's ok": one remark, a criticism
    (ci,) = [item for text, item in texts.items() if "CI/CD" in text]
    assert ci.polarity == "improvement"


def test_the_next_round_told_in_his_day_note_is_prepared_for(gleb: Build) -> None:
    # "- [ ] Iveria — раунд с Levan 📅 2026-12-10", "раунд с Levan (Head of Mobile) в четверг"
    items = registry.due_report(gleb.facts(date(2026, 12, 8))).items
    prepared = [i for i in items if i.kind == "prepare" and i.interview]
    assert [(i.interview.company_name, i.latest_on) for i in prepared if i.interview] == [
        ("Iveria Bank", date(2026, 12, 10))
    ]
