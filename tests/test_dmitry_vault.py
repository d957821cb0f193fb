"""The fifth stranger's vault (tests/vaults/dmitry): a data analyst's Russian job search, kept
by a helper who had never seen vaultkit (its answer key: tests/vaults/dmitry.expected.md): a
folder per company with its interviews inside, property names of his own, logs without years,
daily notes renamed midway, names declined and unlinked, TODO lines, pasted e-mails. Each test
holds a verdict the first reading of it got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault, due_kinds_and_names

from vaultkit.app.build import Build

TODAY = date(2026, 12, 5)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "dmitry")


def _due(built: Build) -> list[tuple[str, str]]:
    return due_kinds_and_names(built, TODAY)


def test_a_company_folder_holds_its_interviews(built: Build) -> None:
    kinds = built.graph.kinds
    assert kinds["Компании/Кредо Банк/Кредо Банк.md"] == "company"
    assert kinds["Компании/Кредо Банк/Кредо - техсобес.md"] == "interview"
    assert kinds["Компании/Ритм/Ритм финал.md"] == "interview"
    by_path = {i.path: i for i in built.facts(TODAY).interviews()}
    tech = by_path["Компании/Ритм/Ритм техинтервью.md"]
    assert (tech.company_name, tech.recruiter) == ("Ритм", "Люди/Максим Данилов.md")
    assert by_path["Компании/Nordlys/Nordlys tech interview.md"].result == "on_hold"


def test_his_friends_are_no_strangers(built: Build) -> None:
    # at the first reading Паша, Сергей and Елена got "Мы ещё не знакомы" drafts: their logs
    # are written "10.09 …", "## 03.09 созвон", with no year anywhere in the note
    facts = built.facts(TODAY)
    pasha = next(c for c in facts.contacts() if c.name == "Паша Ким")
    assert [i.on.isoformat() for i in pasha.interactions] == ["2026-09-10", "2026-11-27"]
    firsts = [who for kind, who in _due(built) if kind == "first_touch"]
    assert not {"Паша Ким", "Сергей Ткаченко", "Елена Зайцева"} & set(firsts)
    # Виктория's note is an empty template, but his daily notes name her ("скан Виктории")
    assert firsts == []


def test_what_he_owes_and_no_any_news(built: Build) -> None:
    due = _due(built)
    assert ("reply", "Ольга Смирнова") in due  # "снова написала … **НЕ ОТВЕТИЛ ЕЩЕ**"
    assert ("reply", "Максим Данилов") not in due  # "…Есть новости? — прочитал, не ответил": his
    assert ("promise", "Сергей Ткаченко") in due  # "TODO: сказать что я уже всё"
    assert ("promise", "Елена Зайцева") in due
    assert ("special_date", "Паша Ким") in due  # др: 14 декабря
    assert not [kind for kind, _ in due if kind == "follow_up"]  # Ритм pinged, Nordlys frozen


def test_the_pasted_rejection_is_feedback_with_its_sides(built: Build) -> None:
    items = built.facts(TODAY).feedback()
    credo = sorted(item.polarity for item in items if item.company_name == "Кредо Банк")
    assert credo == ["improvement", "improvement", "strength", "strength", "strength"]
    assert not [item for item in items if "тестовое честно" in item.text]  # his, to them
