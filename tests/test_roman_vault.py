"""The thirtieth session's fourth stranger's vault, kept by a helper who had never seen
vaultkit (answer key: tests/vaults/roman.expected.md): Роман, a product manager in Limassol,
with a note per vacancy in `Вакансии/` (its "## Этапы", "## Фидбек" and "## Дальше"), his own
property names, and Telegram and WhatsApp threads pasted into contacts' notes. Each test holds a
verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def roman(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "roman")


def test_a_note_per_vacancy_is_its_process(roman: Build) -> None:
    # Вакансии/Finvera.md (`компания: Finvera`, `роль: …`) was read as a person
    results = {i.title: i.result for i in roman.facts(TODAY).interviews()}
    assert results["Finvera"] == "offer"
    assert results["Monetto"] == "on_hold"
    assert results["NordLedger"] == "rejected"
    assert results["Zentra Pay"] == "withdrawn"
    assert "Finvera" not in {c.name for c in roman.facts(TODAY).contacts()}


def test_a_final_booked_ahead_is_prepared_for(roman: Build) -> None:
    # Вакансии/Quanto.md: "- **10.12 (чт) 11:00 — финал с CEO**" closes "## Процесс", and
    # "## Фидбек" below it has "- 01.12 Марк на презентации: …": the final is this year's
    [quanto] = [i for i in roman.facts(TODAY).interviews() if i.title == "Quanto"]
    assert quanto.next_on == date(2026, 12, 10)
    due = registry.due_report(roman.facts(TODAY)).items
    assert [i.kind for i in due if i.interview and i.interview.title == "Quanto"] == ["prepare"]


def test_two_ticked_pings_end_the_chase(roman: Build) -> None:
    # Вакансии/Aurex (Harbour Talent).md: "- [x] пинг Джеймсу ✅ 2026-11-20", "- [x] пинг №2 ✅
    # 2026-12-01", "04.12 — всё, считаю гост."
    due = registry.due_report(roman.facts(TODAY)).items
    assert not [i for i in due if i.kind == "follow_up"]


def test_a_template_letters_wishes_are_no_feedback(roman: Build) -> None:
    texts = [i.text for i in roman.facts(TODAY).feedback()]
    assert not [t for t in texts if t.startswith("Best of luck")]
