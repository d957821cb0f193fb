"""The twenty-first stranger's vault, kept by a helper who had never seen vaultkit (answer
key: tests/vaults/nadia.expected.md): Nadia, an analytics engineer in Lisbon writing Russian
and English, with monthly notes instead of daily ones (`Journal/2026-11.md`), her interviews
as Full Calendar events, people tagged inline (`#people/ines #рекрутер`) and named in
Cyrillic ("Руи", "Инес"). Each test holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def nadia(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "nadia")


def test_a_months_note_and_a_calendar_event_are_no_ones_note(nadia: Build) -> None:
    kinds = nadia.facts(TODAY).graph.kinds
    assert kinds["Journal/2026-09.md"] == "other"  # "#рекрутер" inline made it a contact
    assert kinds["Calendar/2026-09-22 Call Inês intro.md"] == "meeting"
    assert kinds["Calendar/2026-11-18 Interview Farfetch.md"] == "interview"
    assert kinds["Calendar/2026-10-07 Mock с Руи.md"] == "meeting"  # a rehearsal
    assert kinds["Calendar/Португальский (вт).md"] == "other"  # a weekly class


def test_her_interviews_are_her_calendars_with_their_companies(nadia: Build) -> None:
    interviews = {i.path: i for i in nadia.facts(TODAY).interviews()}
    screen = interviews["Calendar/2026-10-22 Delivery Hero HR screen.md"]
    assert screen.company == "Companies/Delivery Hero.md"  # named in its title only


def test_a_company_that_wrote_no_is_not_chased(nadia: Build) -> None:
    # "### 27.11 ¶ Письмо от Farfetch: ¶ > … we have decided to move forward with candidates
    # whose experience more closely matches our current needs."
    due = registry.due_report(nadia.facts(TODAY)).items
    assert not [i for i in due if i.interview and "Farfetch" in i.interview.path]


def test_the_last_talk_is_read_from_the_months_note_by_any_spelling(nadia: Build) -> None:
    last = {
        c.name: c.last_interaction.on for c in nadia.facts(TODAY).contacts() if c.last_interaction
    }
    assert last["Inês Carvalho"] == date(2026, 12, 2)  # "**2 дек** — Инес позвонила сама"
    assert last["Rui Tavares"] == date(2026, 12, 2)  # "Вечером написала Руи"
    assert last["Маша Кузнецова"] == date(2026, 12, 1)  # 'Маша написала вечером "ну что??"'


def test_what_she_owes_and_when(nadia: Build) -> None:
    owed = {
        (i.contact.name, i.due_on)
        for i in registry.due_report(nadia.facts(TODAY)).items
        if i.promise is not None and i.contact is not None
    }
    assert ("Rui Tavares", TODAY) in owed  # "- [ ] Руи — скинуть детали оффера" under 6 дек
    assert ("Inês Carvalho", date(2026, 12, 7)) in owed  # "ответить Инес про bcp — пн 7.12"
    assert not [d for name, d in owed if name == "Inês Carvalho" and d < TODAY]  # CV sent 23.09


def test_feedback_told_in_the_months_note_is_read(nadia: Build) -> None:
    farfetch = [i for i in nadia.facts(TODAY).feedback() if i.company_name == "Farfetch"]
    assert {item.polarity for item in farfetch} == {"strength", "improvement"}
    assert any(item.text.startswith("Daniel said your SQL") for item in farfetch)
