"""The thirty-fourth session's first stranger's vault, kept by a helper who had never seen
vaultkit (answer key: tests/vaults/liza.expected.md): Лиза, a product designer in Belgrade, who
names an application's note by its status and company ("Отклики/🟡 Wildberries — продакт
дизайнер.md"), keeps each meeting in "Встречи/" linking the application it is of ("к [[🟡
Wildberries — продакт дизайнер]]") and writes what was said under "что сказали 👍" and "что
сказали 👎". There are no company notes. Each test holds a verdict the first reading got
wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def liza(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "liza")


def test_an_application_is_its_companys_and_its_meetings_are_its_rounds(liza: Build) -> None:
    named = {i.path: i.company_name for i in liza.facts(TODAY).interviews()}
    assert named["Отклики/🟡 Semrush — UX designer.md"] == "Semrush"
    assert (
        named["Встречи/2026-11-06 скрин WB.md"] == "Wildberries"
    )  # its note links the application
    assert named["Встречи/2026-10-29 Nordeus портфолио ревью.md"] == "Nordeus"  # a review: a round


def test_no_follow_up_for_processes_that_ended_went_on_or_wait(liza: Build) -> None:
    # withdrawn (Semrush), rejected (Nordeus), on hold (Playrix), a final booked (WB), ghosted
    # and given up on (inDrive): every meeting had read as a process of its own, all silent
    items = registry.due_report(liza.facts(TODAY)).items
    follow_ups = [i for i in items if i.kind == "follow_up" and i.due_on <= date(2026, 12, 13)]
    assert follow_ups == []


def test_what_was_said_under_thumbs_is_feedback_with_its_side(liza: Build) -> None:
    said = {i.text: (i.company_name, i.polarity) for i in liza.facts(TODAY).feedback()}
    assert said["понравилось что я сама вела кейс от ресерча до релиза"] == (
        "Wildberries",
        "strength",
    )
    assert said["мало про то как принимала решения, слишком много красивых картинок"] == (
        "Wildberries",
        "improvement",
    )


def test_her_own_message_unanswered_is_no_reply_she_owes(liza: Build) -> None:
    # "- 03.12 написала в LI: «Hi Jovana! …» — пока не ответила"
    items = registry.due_report(liza.facts(TODAY)).items
    assert not [i for i in items if i.contact and i.contact.name == "Jovana Nikolić"]


def test_a_friends_portfolio_to_look_at_is_a_promise(liza: Build) -> None:
    # "- [ ] посмотреть портфолио Сони до ср 09.12": she asked, Лиза promised
    items = registry.due_report(liza.facts(TODAY)).items
    assert [(i.kind, i.due_on) for i in items if i.contact and i.contact.name == "Соня Ким"] == [
        ("promise", date(2026, 12, 9))
    ]


def test_a_task_waiting_past_a_deadline_is_due_on_its_own_day(liza: Build) -> None:
    # "- [ ] если до 11.12 тишина — пингануть Jelena в пн 14.12"; "- [ ] после финала 10.12
    # написать Дмитрию спасибо": not by the 11th, not today
    items = registry.due_report(liza.facts(TODAY)).items
    promised = {(i.contact.name, i.due_on) for i in items if i.contact and i.kind == "promise"}
    assert ("Jelena Petrović", date(2026, 12, 14)) in promised
    assert ("Дмитрий Ларин", date(2026, 12, 11)) in promised
