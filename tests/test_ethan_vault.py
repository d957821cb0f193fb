"""The vault of Ethan (tests/vaults/ethan, answer key ethan.expected.md), an engineering manager
in Chicago who keeps a note per process in "Pipeline/" (`type: process`, `contacts: [Kevin Shah,
Anita Rao, Dave Lindqvist]` in plain text) beside interview notes in "Interviews/", pastes whole
e-mail threads newest first, and writes his days with relative dates. A helper who had never
seen vaultkit wrote it and its key. Each test holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def ethan(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "ethan")


def _chased(ethan: Build) -> list[str]:
    items = registry.due_report(ethan.facts(TODAY)).items
    return [i.interview.path for i in items if i.kind == "follow_up" and i.interview]


def test_a_round_of_a_process_on_hold_is_not_chased(ethan: Build) -> None:
    # "Pipeline/Quillpoint - Head of Eng.md": on hold since 10-28, beside the CEO round's note
    assert "Interviews/2026-09-29 Quillpoint - Marcus (CEO).md" not in _chased(ethan)


def test_a_follow_up_logged_in_the_process_note_is_the_rounds(ethan: Build) -> None:
    # "11/30 — follow-up (nothing since the 18th) — no answer" in Pipeline/Orbital: one is enough
    assert "Interviews/2026-11-17 Orbital - Greg Tan (HM).md" not in _chased(ethan)


def test_the_recruiter_named_in_plain_text_owes_first(ethan: Build) -> None:
    # `contacts: [Kevin Shah, Anita Rao, Dave Lindqvist]`: Kevin, tagged recruiter, whose e-mail
    # of Dec 2 is unanswered ("answer the Dec 2 email!!"): no "any news?" to Lumen
    assert "Pipeline/Lumen Payments - EM Payments Risk.md" not in _chased(ethan)
    items = registry.due_report(ethan.facts(TODAY)).items
    assert any(i.kind == "promise" and i.contact and i.contact.name == "Kevin Shah" for i in items)


def test_a_rejection_told_only_in_a_quoted_email_is_read(ethan: Build) -> None:
    # Pipeline/Fieldstone: the rejection of Nov 19 is quoted (">>") under Ethan's reply asking
    # for feedback, under Dana's later e-mail; its status says "waiting on decision"
    interviews = {i.path: i for i in ethan.facts(TODAY).interviews()}
    fieldstone = interviews["Pipeline/Fieldstone - Sr EM Routing.md"]
    assert (fieldstone.result, fieldstone.result_date) == ("rejected", date(2026, 11, 19))
    assert "Pipeline/Fieldstone - Sr EM Routing.md" not in _chased(ethan)


def test_an_open_task_struck_through_is_not_owed(ethan: Build) -> None:
    # Daily/2026-12-06: "- [ ] ~~ping Jess again re Orbital~~ she's gone — wait for Sarah"
    items = registry.due_report(ethan.facts(TODAY)).items
    owed = {i.contact.name for i in items if i.kind == "promise" and i.contact}
    assert "Jess Morales" not in owed
    assert "Sarah Chen" not in owed
