"""The eleventh stranger's vault (tests/vaults/ilya): a platform engineer's search from Almaty,
in Russian with English quotes, kept by a helper who had never seen vaultkit (its answer key:
tests/vaults/ilya.expected.md) as a Logseq graph moved into Obsidian: journals named
`journals/2026_11_20.md` and written as outlines, pages whose properties are `key:: value`
lines in their first bullet (`type:: mentor`, `alias:: Марат`), namespaced file names
(`companies___Kaspi.md`, `people%2FМарат.md`), TODO / LATER / DONE markers with `SCHEDULED:`
under them, and Logseq's own backup copies in `logseq/bak/`. Each test holds a verdict the
first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.domain.contacts import Contact
from vaultkit.notes import registry
from vaultkit.parse.note_parser import loads

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "ilya")


def _contacts(built: Build) -> dict[str, Contact]:
    return {contact.name: contact for contact in built.facts(TODAY).contacts()}


def test_the_journals_are_daily_notes_and_their_links_are_contact(built: Build) -> None:
    assert built.graph.daily_dates["journals/2026_11_30.md"] == date(2026, 11, 30)
    contacts = _contacts(built)
    # "[[Тимур]] позвонил спросить как Wolt" on 30 Nov; [[Марат]] through `alias:: Марат`
    assert contacts["Тимур Ахметов"].last_interaction.on == date(2026, 11, 30)  # type: ignore[union-attr]
    assert contacts["Марат"].interactions  # people%2FМарат.md, called by its last part
    first = [i for i in registry.due_report(built.facts(TODAY)).items if i.kind == "first_touch"]
    assert not {i.contact.name for i in first if i.contact} & {"Тимур Ахметов", "Марат"}


def test_logseqs_backups_are_no_notes(built: Build) -> None:
    assert not [path for path in built.graph.notes if path.startswith("logseq/")]


def test_people_typed_by_what_they_are_to_him_are_contacts(built: Build) -> None:
    contacts = _contacts(built)
    assert {"Анна Белова", "Дамир", "Гульнара Сапарова", "Pieter de Vries"} <= set(contacts)


def test_logseq_tasks_are_promises_due_on_their_scheduled_day(built: Build) -> None:
    promised = {
        (item.contact.name, item.due_on)
        for item in registry.due_report(built.facts(TODAY)).items
        if item.promise is not None and item.contact is not None
    }
    # "- TODO скинуть [[Анна Белова]] разбор …" (13 Nov), "- TODO поздравить [[Дамир]]"
    assert ("Анна Белова", date(2026, 11, 13)) in promised
    assert ("Дамир", date(2026, 11, 24)) in promised
    # "- TODO написать [[Айгерим]] про оффер …" / "SCHEDULED: <2026-12-04 Fri>", once with its
    # copies in the daily notes
    assert [who for who, _ in promised].count("Айгерим Нурланова") == 1


def test_a_done_marker_closes_its_task() -> None:
    note = loads(
        "- DONE отправил тестовое [[JetBrains]]\n- LATER спросить про платформу\n"
        "- TODO сделать тестовое [[Bolt]]\n  DEADLINE: <2026-12-09 Thu>\n- WAITING ответ\n",
        "journals/2026_12_03.md",
    )
    assert [(task.line, task.done, task.text) for task in note.tasks] == [
        (1, True, "отправил тестовое [[JetBrains]]"),
        (2, False, "спросить про платформу"),
        (3, False, "сделать тестовое [[Bolt]] 📅 2026-12-09"),
    ]


def test_a_round_written_as_a_task_is_prepared_for_not_promised(built: Build) -> None:
    # "- TODO техсобес [[Kaspi]] с [[Ержан]], 11:00" / "SCHEDULED: <2026-12-08 Tue>"
    items = registry.due_report(built.facts(TODAY)).items
    assert [(i.kind, i.due_on) for i in items if i.interview and "Kaspi" in i.interview.title] == [
        ("prepare", date(2026, 12, 5))
    ]
    assert not [i for i in items if i.promise is not None and "техсобес" in i.promise.text]


def test_a_weeks_plan_naming_someone_is_no_talk_with_them(built: Build) -> None:
    # Daily/2026-12-05: "- пн 07.12 — follow-up [[Jonas Weber]] (Miro)": planned, not done
    jonas = _contacts(built)["Jonas Weber"].last_interaction
    assert jonas is not None and jonas.on == date(2026, 11, 24)


def test_an_outline_pages_items_are_read(built: Build) -> None:
    # pages/Wolt.md, all bullets: "- скрин 02.11 → tech 27.11 → финал 10.12"
    rounds = built.facts(TODAY).rounds()
    assert [day for day, _, _ in rounds["pages/Wolt.md"]] == [date(2026, 12, 10)]


def test_a_task_that_says_whom_it_writes_to_is_theirs(built: Build) -> None:
    # Daily/2026-12-04: "- [ ] если до понедельника ничего — пишу Jonas"
    items = registry.due_report(built.facts(TODAY)).items
    assert [i.kind for i in items if i.contact and i.contact.name == "Jonas Weber"] == ["promise"]
