"""Names as people write them in passing: short Russian forms ("Дима", "Серёга"), a name in
small letters in a dictated line, three-letter names in their cases ("Олей"), every word of
a full name declined ("с Серёгой Мироновым"), Latin names as Russian spells them ("Кася",
"София", "Эрик"), and timeline days of one digit ("- 1.10 скрининг")."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import MakeVault

from vaultkit.app import pipeline
from vaultkit.domain.name_forms import (
    capitalised_keys,
    cyrillic_spellings,
    name_index,
    named_in,
)
from vaultkit.domain.short_names import short_forms
from vaultkit.parse.note_parser import loads

INDEX = name_index(
    [("Оля", "olya"), ("Кася", "kasia"), ("Роман", "roman"), ("Серёга Миронов", "sergey")]
)


def _found(text: str) -> set[str]:
    return {owner for _, owner in named_in(INDEX, text, capitalised_keys(text))}


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("созвонились с олей почти час", {"olya"}),  # dictated: small letters
        ("второй раз пнула касю. тишина", {"kasia"}),
        ("Созвон с Олей", {"olya"}),  # a three-letter name in its case
        ("Вечером переписывались с Серёгой Мироновым", {"sergey"}),
        ("читаю роман про войну", set()),  # a name that is a word too
        ("Пишу олей и Маше", set()),  # capitals elsewhere: not dictated
    ],
)
def test_names_found_as_written(text: str, who: set[str]) -> None:
    assert _found(text) == who


def test_short_forms_and_spellings() -> None:
    assert "Дима" in short_forms("Дмитрий") and "Серёга" in short_forms("Сергей")
    assert short_forms("Дима") == ()
    assert {"Кася"} <= cyrillic_spellings("Kasia")
    assert "Анастася" not in cyrillic_spellings("Anastasia")
    assert "Эрик" in cyrillic_spellings("Erik")
    assert "Елена" in cyrillic_spellings("Jelena")


def test_a_timeline_day_of_one_digit_is_a_day_and_a_number_is_not() -> None:
    text = "# T\n- 1.10 отказ\n- 3.11 тех\n- 13.11 финал\n- 1.5 часа готовилась\n"
    log = loads(text, "T.md").log_as_of(date(2026, 12, 6))
    assert [entry.on for entry in log] == [date(2026, 10, 1), date(2026, 11, 3), date(2026, 11, 13)]


def test_a_womans_verb_after_a_shared_name_is_someone_else_not_after_a_dative(
    make_vault: MakeVault,
) -> None:
    contact = "---\ntype: contact\n---\n"
    root = make_vault(
        {
            "People/Сергей Пахомов.md": contact,
            "People/Александр Петров.md": contact,
            "Daily/2026-11-20.md": "- 18:00 Сергею написала, созвон в субботу\n",
            "Daily/2026-11-21.md": "- Саша позвонила, поболтали час — у неё родился второй\n",
        }
    )
    facts = pipeline.build(root, use_cache=False).facts(date(2026, 11, 22))
    last = {c.name: c.last_interaction for c in facts.contacts()}
    sergey = last["Сергей Пахомов"]
    assert sergey is not None and sergey.on == date(2026, 11, 20)  # the owner wrote to him
    assert last["Александр Петров"] is None  # "Саша позвонила": a woman
