"""The twenty-second stranger's vault, kept by a helper who had never seen vaultkit (answer
key: tests/vaults/lev.expected.md): Lev, a QA engineer in Belgrade, in Russian, with a bullet
journal's rapid log instead of checkboxes (`•` to do, `×` done, `>` migrated) and tasks that
name whom they are to in the dative alone ("рекомендатели Елене — до вт 08.12"). Each test
holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry
from vaultkit.parse.note_parser import loads

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def lev(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "lev")


def _owed(lev: Build) -> dict[str, list[tuple[date, str]]]:
    owed: dict[str, list[tuple[date, str]]] = {}
    for item in registry.due_report(lev.facts(TODAY)).items:
        if item.promise is not None and item.contact is not None:
            owed.setdefault(item.contact.name, []).append((item.due_on, item.promise.text))
    return owed


def test_a_rapid_logs_tasks_are_his_promises(lev: Build) -> None:
    owed = _owed(lev)
    assert [d for d, _ in owed["Елена Маркович"]].count(date(2026, 12, 8)) == 1  # references
    assert [d for d, _ in owed["Стефан Николич"]] == [date(2026, 12, 8)]  # the GitHub link
    assert any("пиво" in text for _, text in owed["Петя Лазарев"])  # owed since 26 Nov


def test_a_task_ticked_later_in_other_words_is_kept(lev: Build) -> None:
    owed = _owed(lev)
    # "• скинуть Пете CV (англ, v3)" on 1 Oct, "× CV Пете" on 2 Oct; "• Кириллу — про
    # Меридиан" on 14 Oct, "× написал Кириллу … — про Меридиан" on 19 Oct
    assert not [t for _, t in owed.get("Петя Лазарев", []) if "CV" in t]
    assert not [t for _, t in owed.get("Кирилл Зуев", []) if "Меридиан" in t]


def test_a_bullet_journals_signifiers_are_tasks() -> None:
    note = loads(
        "• Диме вопросы\n* • рекомендатели Елене\n× CV Пете\n> Роме написать\n– заметка\n",
        "BuJo/2026-12/2026-12-04 пт.md",
    )
    assert [(t.text, t.done) for t in note.tasks] == [
        ("Диме вопросы", False),
        ("рекомендатели Елене", False),
        ("CV Пете", True),
    ]  # "> …" was moved to another day's log: its copy there is the task
