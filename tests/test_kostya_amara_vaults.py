"""The eighteenth and nineteenth strangers' vaults, kept by helpers who had never seen
vaultkit (answer keys: tests/vaults/kostya.expected.md, amara.expected.md): Kostya, a Go team
lead in Yekaterinburg, in Russian, with a Kanban board, inline fields and daily notes named
`06.12.2026.md`; Amara, a product manager in Dublin, with her whole search in one note and
promises told in prose. Each test holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def kostya(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "kostya")


@pytest.fixture(scope="module")
def amara(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "amara")


def _promised(built: Build) -> dict[str, list[date | None]]:
    found: dict[str, list[date | None]] = {}
    for item in registry.due_report(built.facts(TODAY)).items:
        if item.promise is not None and item.contact is not None:
            found.setdefault(item.contact.name, []).append(item.due_on)
    return found


def test_an_offer_to_answer_by_wednesday_is_due_wednesday(kostya: Build) -> None:
    # "- [ ] ответить Ольге по офферу до среды" in the note of Thursday 3 Dec
    assert _promised(kostya)["Ольга Кузнецова"] == [date(2026, 12, 9)]


def test_someone_elses_promise_is_none_of_his(kostya: Build) -> None:
    promised = _promised(kostya)
    assert promised["Рустам (автосервис)"] == [date(2026, 12, 8)]  # not "Рустам обещал позвонить"
    assert "Ксения Павлова" not in promised  # promised 10.11, sent 11.11


def test_one_meeting_written_without_its_year_is_his_last_talk(kostya: Build) -> None:
    sergey = next(c for c in kostya.facts(TODAY).contacts() if c.name == "Сергей Миронов")
    # "- 22.08 — виделись на гоферской сходке", then "переписывались с Серёгой Мироновым" (18.11)
    assert date(2026, 8, 22) in {i.on for i in sergey.interactions}


def test_a_promise_told_in_a_days_note_is_owed_by_its_day(amara: Build) -> None:
    # "- told Ciara I'd send the case study by Wednesday" on Thursday 3 Dec: no task
    assert date(2026, 12, 9) in _promised(amara)["Ciara Byrne"]


def test_feedback_written_os_and_told_without_you_is_read(kostya: Build) -> None:
    items = kostya.facts(TODAY).feedback()
    said = {(i.company_name, i.polarity, i.text[:24]) for i in items}
    # "HR-ка сказала, что по сисдизу слабовато, а по Go всё отлично": two remarks, no "ты"
    assert ("Контур", "improvement", "HR-ка сказала, что по си") in said
    assert ("Контур", "strength", "по Go всё отлично") in said
    # `ОС:: (20.11, алгосекция 1) вторая задача решена неоптимально…` in Яндекс's note
    assert [i.polarity for i in items if i.company_name == "Яндекс"] == ["improvement"]


def test_a_remark_that_opens_with_its_day_in_brackets_is_of_that_day(kostya: Build) -> None:
    items = {
        (i.company_name, i.on, i.polarity, i.text[:20])
        for i in kostya.facts(TODAY).feedback()
        if i.path.startswith("Компании/")
    }
    # `ОС:: (20.11, алгосекция 1) вторая задача решена неоптимально…` in Яндекс's note
    assert ("Яндекс", date(2026, 11, 20), "improvement", "вторая задача решена") in items
    # `ОС:: (05.11, финал, Михаил) с лидерским опытом у тебя всё круто, такие нам и нужны`
    assert ("Контур", date(2026, 11, 5), "strength", "с лидерским опытом у") in items
