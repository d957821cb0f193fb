"""The thirty-fourth session's third stranger's vault, kept by a helper who had never seen
vaultkit (answer key: tests/vaults/siobhan.expected.md): Siobhan, a data analyst in Dublin back
at work after caring for a parent, who names people's notes "Tomás Brennan (Corrib Health)",
keeps a diary in them of paragraphs opening "**3 Dec** —", pastes recruiters' e-mails in
quotes or between "---" lines, files applications with a `status` in plain words ("they said
no") and plans her week in weekly notes. Each test holds a verdict the first reading got
wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def siobhan(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "siobhan")


def test_a_name_is_the_notes_title_without_its_gloss(siobhan: Build) -> None:
    names = {c.path: c.name for c in siobhan.facts(TODAY).contacts()}
    assert names["Contacts/Tomás Brennan (Corrib Health).md"] == "Tomás Brennan"


def test_a_status_in_her_words_and_letters_pasted_in_peoples_notes(siobhan: Build) -> None:
    facts = siobhan.facts(TODAY)
    results = {i.company_name: i.result for i in facts.interviews()}
    assert results["Tessellate"] == "rejected"  # `status: they said no`
    said = {i.text: (i.company_name, i.polarity) for i in facts.feedback()}
    # Ciarán's rejection quoted in his note, signed "Ciarán"
    sql = next(text for text in said if text.startswith("The panel were very impressed"))
    assert said[sql] == ("Tessellate", "strength")
    # Declan's e-mail between "---" lines, signed "Declan"
    glms = next(text for text in said if text.startswith("She did feel your knowledge of GLMs"))
    assert said[glms][1] == "improvement"
    assert not [text for text in said if "Talent Acquisition |" in text]  # Rob's signature
    assert "Not at all, it's a fair ask." not in said


def test_her_week_plan_is_read_for_whom_to_write_to(siobhan: Build) -> None:
    items = registry.due_report(siobhan.facts(TODAY)).items
    due = {i.contact.name for i in items if i.contact and i.due_on <= date(2026, 12, 13)}
    assert {"Tomás Brennan", "Aoife Ryan"} <= due  # "ring Tomás Tues", "Aoife's CV back to her"
    assert "Mark Delaney" not in due  # "- [ ] not replying to Mark Delaney, Cork contract, no"
