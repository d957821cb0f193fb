"""A Latin name as Russian writes it ("Руи" for Rui, "Инес" for Inês), a company's decision
sent by e-mail and pasted as a quote, and a task's day written after a dash at its end."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import MakeVault, promises_owed
from hypothesis import given
from hypothesis import strategies as st

from vaultkit.domain.name_forms import cyrillic_spellings, dative_forms
from vaultkit.domain.outcomes import read_outcome
from vaultkit.domain.promise_words import due_of


@pytest.mark.parametrize(
    ("name", "spelled"),
    [
        ("Rui", {"Руи"}),
        ("Inês", {"Инес"}),
        ("Joana", {"Жоана", "Джоана"}),
        ("Priya", {"Прия"}),
        ("Maria", {"Мария"}),
        ("Sarah", {"Сара"}),
        ("Tiago", {"Тиаго"}),
        ("Анна", set()),  # already Cyrillic
        ("O'Neil", set()),  # not a plain name
    ],
)
def test_a_latin_first_name_is_spelled_as_russian_writes_it(name: str, spelled: set[str]) -> None:
    assert cyrillic_spellings(name) == spelled


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzéêãçñ", min_size=1, max_size=12))
def test_every_spelling_is_cyrillic_and_capitalised(name: str) -> None:
    for spelled in cyrillic_spellings(name.capitalize()):
        assert spelled[:1].isupper()
        assert all("а" <= c <= "я" or c == "ё" for c in spelled.casefold())


@pytest.mark.parametrize(
    ("said", "result"),
    [
        (
            "after careful consideration we have decided to move forward with candidates whose "
            "experience more closely matches our current needs",
            "rejected",
        ),
        ("we are moving forward with your application", None),
        ("We will move forward with candidates for the final next week", None),
    ],
)
def test_moving_forward_with_other_candidates_is_a_no(said: str, result: str | None) -> None:
    assert read_outcome(said).result == result


def test_a_day_after_a_dash_at_a_tasks_end_is_its_day() -> None:
    made = date(2026, 12, 6)
    assert due_of("ответить Инес про bcp — пн 7.12", made) == date(2026, 12, 7)
    assert due_of("reply to Gemma - Tue 8/12", made) == date(2026, 12, 8)
    assert due_of("ответить Инес про bcp — пн 7.12", None) is None  # not read near today
    assert due_of("созвон 7.12 — обсудить", made) is None  # not at its end


@pytest.mark.parametrize(
    ("name", "dative"),
    [("Павел", "павлу"), ("Лев", "льву"), ("Пётр", "петру"), ("Стефан", "стефану")],
)
def test_a_name_whose_vowel_drops_is_found_in_the_dative(name: str, dative: str) -> None:
    assert dative_forms(name) == {dative}


def test_a_task_to_pavel_lev_or_pyotr_is_theirs(make_vault: MakeVault) -> None:
    tasks = (
        "- [ ] скинуть Павлу резюме\n- [ ] Льву ссылку на вакансию\n- [ ] отправить Петру фидбек\n"
    )
    owed = promises_owed(
        make_vault,
        ("Павел Орлов", "Лев Гуров", "Пётр Ким"),
        {"Daily/2026-12-04.md": tasks},
        date(2026, 12, 6),
    )
    assert {name for name, _ in owed} == {"Павел Орлов", "Лев Гуров", "Пётр Ким"}
