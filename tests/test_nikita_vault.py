"""The thirty-first session's third stranger's vault, kept by a helper who had never seen
vaultkit (answer key: tests/vaults/nikita.expected.md): Никита, an engineering manager in
Amsterdam, with a PARA vault: a note per application named "Company — Role" with `company:` and
`role:`, people in `2 Areas/Network/` with a template's properties, Russian and English mixed.
Each test holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def nikita(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "nikita")


def test_a_note_named_company_and_role_is_an_application_not_a_person(nikita: Build) -> None:
    # "Brightloop — Engineering Manager.md" (`company: Brightloop`, `role: Engineering Manager`)
    # was read as a person, and "- 2026-11-06 I pulled out, the role is really IC." not at all
    facts = nikita.facts(TODAY)
    assert "Brightloop — Engineering Manager" not in {c.name for c in facts.contacts()}
    results = {i.company_name: i.result for i in facts.interviews()}
    assert results["Brightloop"] == "withdrawn"
    assert results["Kestrel Payments"] == "offer"


def test_the_offer_is_answered_to_the_recruiter_its_note_labels(nikita: Build) -> None:
    # Kestrel's note: "Recruiter: [[Mark de Vries]]" in its body, no property naming him
    due = registry.due_report(nikita.facts(TODAY)).items
    [answer] = [i for i in due if i.kind == "answer_offer"]
    assert answer.contact is not None and answer.contact.name == "Mark de Vries"
    assert answer.due_on == date(2026, 12, 11)
