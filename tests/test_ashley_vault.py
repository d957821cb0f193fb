"""The twenty-fourth stranger's vault, kept by a helper who had never seen vaultkit (answer
key: tests/vaults/ashley.expected.md): Ashley, a backend engineer in Seattle who writes every
date month first ("11/14", "Tuesday 12/1", `applied: 9/24`), keeps one note per job with her
own keys, and pastes a rejection under "## Rejection (12/1, 10:04am)". Each test holds a
verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def ashley(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "ashley")


def test_her_dates_are_read_month_first(ashley: Build) -> None:
    facts = ashley.facts(TODAY)
    contacts = {c.name: c for c in facts.contacts()}
    tyler = contacts["Tyler Brooks"].last_interaction  # "12/4": a call on 4 December
    assert tyler is not None and tyler.on == date(2026, 12, 4)
    hannah = [(s.month, s.day) for s in contacts["Hannah Kim"].special_dates]
    assert hannah == [(3, 12)]  # `birthday: 3/12` is March 12, not 3 December
    due = registry.due_report(facts).items
    assert {i.due_on for i in due if i.kind == "special_date"} == {
        date(2026, 12, 11),  # Priya's, "12/11"
        date(2026, 12, 20),  # Marcus's
    }


def test_her_job_notes_are_applications_not_people(ashley: Build) -> None:
    facts = ashley.facts(TODAY)
    names = {c.name for c in facts.contacts()}
    assert not {n for n in names if " - " in n}  # "Cascadia Pay - Senior Backend Engineer"
    titles = {i.title for i in facts.interviews()}
    assert "Cascadia Pay - Senior Backend Engineer" in titles
    assert "Ridgeline HM call 10-22" in titles  # `type: hiring manager`, dated, in Interviews/
    assert "Stripe - Billing Platform (draft)" not in titles | names  # a job not applied to


def test_a_pasted_rejection_under_its_heading_ends_amazons_process(ashley: Build) -> None:
    due = registry.due_report(ashley.facts(TODAY)).items
    chased = {i.interview.title for i in due if i.kind == "follow_up" and i.interview}
    assert not chased  # AWS (rejected 12/1, "Amazon" and "Amazon (AWS)"), Cascadia (offer)


def test_a_task_to_give_someone_something_is_owed_to_them(ashley: Build) -> None:
    due = registry.due_report(ashley.facts(TODAY)).items
    owed = {(i.contact.name, i.due_on) for i in due if i.kind == "promise" and i.contact}
    assert ("Tyler Brooks", date(2026, 12, 8)) in owed  # "give Tyler an answer 📅 2026-12-08"
    prep = [i for i in due if i.promise and i.promise.text.startswith("prep for Ethan")]
    assert not prep  # preparing for a call with him owes him nothing
