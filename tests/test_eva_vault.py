"""The twenty-fifth stranger's vault, kept by a helper who had never seen vaultkit (answer
key: tests/vaults/eva.expected.md): Eva, a product analyst in Yerevan who keeps a running
inbox a month, processes in "Работа/Процессы/" with Russian keys (`этап`, `статус`,
`дата отклика`) and birthdays in a list of their own. Each test holds a verdict the first
reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def eva(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "eva")


def test_her_process_notes_are_applications(eva: Build) -> None:
    results = {i.title: i.result for i in eva.facts(TODAY).interviews()}
    assert set(results) >= {"Brightline", "Lumen Health", "Mosaic Play", "Paylane", "Ridely"}
    assert results["Brightline"] == "rejected"
    assert results["Mosaic Play"] == "withdrawn"  # `статус: снялась`
    assert results["Tabula"] == "offer"


def test_a_withdrawn_process_is_not_chased(eva: Build) -> None:
    due = registry.due_report(eva.facts(TODAY)).items
    assert not [i for i in due if i.interview and i.interview.title == "Mosaic Play"]


def test_a_birthday_in_a_list_of_them_is_remembered(eva: Build) -> None:
    # "- Алексей (ментор) — 7.12 (увидела в LinkedIn)" in "Личное/Дни рождения.md"; his own
    # note leaves `др` blank
    due = registry.due_report(eva.facts(TODAY)).items
    days = {(i.contact.name, i.due_on) for i in due if i.kind == "special_date" and i.contact}
    assert ("Алексей Ким", date(2026, 12, 7)) in days


def test_a_promise_to_tell_how_it_went_is_kept_by_the_next_talk(eva: Build) -> None:
    # "Обещала Дине рассказать как прошло." (26 Nov); they talked on 28 Nov
    due = registry.due_report(eva.facts(TODAY)).items
    assert not [
        i for i in due if i.kind == "promise" and i.contact and i.contact.name == "Дина Лаврова"
    ]


def test_a_request_put_off_to_a_later_round_is_not_due_today(eva: Build) -> None:
    # "- [ ] Гаянэ — референс? (позже, когда будет финал)"
    due = registry.due_report(eva.facts(TODAY)).items
    assert not [i for i in due if i.promise and "позже" in i.promise.text]
