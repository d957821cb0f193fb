"""The vault of Marina (tests/vaults/marina, answer key marina.expected.md), a frontend
developer in Novi Sad who dictates her days in Russian on her phone: small letters, names too
("созвонились с димой", "пнула касю"), her processes in company notes under her own keys
(`статус`, `этап`, `подала`) over histories dated "1.10", "3.11", a withdrawal told under a
heading naming the company. A helper who had never seen vaultkit wrote it and its key. Each
test holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def marina(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "marina")


def test_her_company_notes_are_her_six_processes(marina: Build) -> None:
    found = {i.path.removeprefix("Компании/"): i for i in marina.facts(TODAY).interviews()}
    assert set(found) == {
        f"{name}.md"
        for name in ("Brightwave", "Nebo Labs", "Nordlys", "Quadrant Pay", "Tessera", "Wheelo")
    }
    assert (found["Nordlys.md"].result, found["Nordlys.md"].result_date) == (
        "offer",
        date(2026, 12, 3),  # "- 3.12 ОФФЕР": a day of one digit
    )
    assert found["Tessera.md"].result_date == date(2026, 10, 1)  # "- 1.10 отказ"
    assert found["Wheelo.md"].on == date(2026, 10, 22)  # "- 22.10 тех", after "- 1.10 скрининг"


def test_a_withdrawal_under_the_companys_heading_is_not_chased(marina: Build) -> None:
    # "## Wheelo — всё ¶ … Сегодня написала что снимаюсь с процесса."
    due = registry.due_report(marina.facts(TODAY)).items
    assert not [i for i in due if i.interview and "Wheelo" in i.interview.path]


def test_a_final_told_ahead_and_now_past_is_where_the_process_stands(marina: Build) -> None:
    # "Јелена из [[Nebo Labs]] написала: финал в пятницу 4.12": no follow-up on the tech round
    due = registry.due_report(marina.facts(TODAY)).items
    nebo = [i for i in due if i.interview and "Nebo" in i.interview.path]
    assert nebo and all(i.due_on > date(2026, 12, 4) for i in nebo)


def test_names_dictated_in_small_letters_are_found(marina: Build) -> None:
    last = {
        c.name: c.last_interaction.on for c in marina.facts(TODAY).contacts() if c.last_interaction
    }
    assert last["Дима Ершов"] == date(2026, 12, 4)  # "созвонились с димой минут 40"
