"""The thirty-fourth session's second stranger's vault, kept by a helper who had never seen
vaultkit (answer key: tests/vaults/bogdan.expected.md): Богдан, a QA automation engineer in
Warsaw, who logs his search in daily notes as Dataview list items ("- [[Anna Kowalska]]
(type:: call) (company:: [[Vistula Pay]]) (result:: …)", what was said nested under them),
keeps people's notes with a "### 2026-11-18 — созвон" heading an exchange, and company notes
with the letters pasted in. Each test holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def bogdan(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "bogdan")


def _due(bogdan: Build) -> set[str]:
    items = registry.due_report(bogdan.facts(TODAY)).items
    return {i.contact.name for i in items if i.contact and i.due_on <= date(2026, 12, 13)}


def test_a_days_log_with_a_list_items_type_field_is_still_a_days_note(bogdan: Build) -> None:
    # "- [[Szybko]] тех с командой (type:: interview) (result:: …)" in Journal/2026/11/2026-11-18
    assert bogdan.graph.kinds["Journal/2026/11/2026-11-18.md"] == "daily"
    assert not [i for i in bogdan.facts(TODAY).interviews() if i.path.startswith("Journal/")]


def test_whom_he_writes_to_this_week_is_his_keys(bogdan: Build) -> None:
    assert _due(bogdan) == {
        "Anna Kowalska",
        "Дмитрий Коваленко",
        "Marta Zielińska",
        "Tomasz Lewandowski",
        "Julia Nowicka",  # Quantra promised feedback by 04.12: a follow-up after silence
        "Олег Савчук",
        "Ирина Бондаренко",  # "- [ ] контакт [[Michał Zając|Michała]] Ире": hers, not Michał's
        "Олександр Мельник",
    }  # not Katarzyna ("Всё, больше не пишу — [[2026-12-01]]."), nor Magdalena (her letter
    # gave its reasons: feedback received)


def test_what_was_said_on_a_logged_call_and_in_a_rejection_letter(bogdan: Build) -> None:
    said = {i.text: (i.company_name, i.polarity) for i in bogdan.facts(TODAY).feedback()}
    # nested under "- [[Anna Kowalska]] (type:: call) (company:: [[Vistula Pay]]) …"
    piotr = next(text for text in said if text.startswith("Piotr'у очень зашла архитектура"))
    assert said[piotr] == ("Vistula Pay", "strength")  # "сказал «… строил это сам»": his words
    assert not [text for text in said if text.startswith("стек:")]
    # "## Отказ 27.11 (письмо)" in Компании/Nordkapp Games.md
    noted = next(text for text in said if text.startswith("The team also noted that some"))
    assert said[noted] == ("Nordkapp Games", "improvement")
