"""The vault of Grace (tests/vaults/grace, answer key grace.expected.md), a data analyst in
Dublin who imports her e-mails as notes ("Mail/2026-12-03 Tines - next steps.md" with `from:`,
`to:`, `date:`, the thread quoted below), keeps day-first logs in people notes and a table of
applications she updates now and then. A helper who had never seen vaultkit wrote it and its
key. Each test holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def grace(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "grace")


def _owed(grace: Build) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for item in registry.due_report(grace.facts(TODAY)).items:
        if item.contact is not None:
            found.setdefault(item.contact.name, []).append(item.kind)
    return found


def test_a_promise_her_contacts_log_says_was_kept_is_not_owed(grace: Build) -> None:
    # "send Jamie my SQL prep notes 📅 2026-10-11", then in his note "Tue 20/10 — finally sent
    # them"; "Said I'd send him my portfolio", then in Tom's "Fri 23/10 — sent it."
    owed = _owed(grace)
    assert "Jamie Lynch" not in owed
    assert "Tom Gallagher" not in owed


def test_a_call_task_kept_by_the_call(grace: Build) -> None:
    # "call Declan tmrw 19:30 — ask re reference" (18/11); the call was on Mon 23/11
    items = registry.due_report(grace.facts(TODAY)).items
    texts = [i.promise.text for i in items if i.promise and "Declan" in i.promise.text]
    assert not any(text.startswith("call Declan") for text in texts)
    assert any("tell Declan" in text for text in texts)  # her promise of 23/11 is still owed


def test_tasks_as_she_writes_them_are_owed(grace: Build) -> None:
    # "Oisín CV 📅 2026-11-29" (carried through five days' notes), "book dinner for Niamh O'C"
    # (two Niamhs), "chase Dave re HubSpot 📅 2026-12-07"
    owed = _owed(grace)
    assert owed.get("Oisín Daly") == ["promise"]
    assert "promise" in owed.get("Niamh O'Connor", [])
    assert "promise" not in owed.get("Niamh Quinn", [])  # the dinner is O'Connor's alone
    assert "promise" in owed.get("Dave Murphy", [])


def test_an_imported_email_is_a_talk_with_its_sender(grace: Build) -> None:
    contacts = {c.name: c for c in grace.facts(TODAY).contacts()}
    aoife = contacts["Aoife Kelly"].last_interaction
    assert aoife is not None and aoife.on == date(2026, 12, 4)
    assert "reply" in _owed(grace).get("Rachel Doyle", [])  # her 3 Dec e-mail, unanswered
    assert "answer_offer" in _owed(grace).get("Aoife Kelly", [])


def test_feedback_in_a_long_paragraph_of_an_imported_email_is_read(grace: Build) -> None:
    # A message's long lines are kept by the parser (the lead of other notes drops its prose):
    # "Ben was really impressed with your SQL – …", "Ultimately, we felt you were not quite there
    # yet on product sense …", "The one area of mixed feedback was experimentation – …".
    said = {(item.company, item.text[:40], item.polarity) for item in grace.facts(TODAY).feedback()}
    assert ("Companies/Stripe.md", "Ben was really impressed with your SQL –", "strength") in said
    assert (
        "Companies/Intercom.md",
        "Ultimately, we felt you were not quite t",
        "improvement",
    ) in said
    assert (
        "Companies/Stripe.md",
        "The one area of mixed feedback was exper",
        "improvement",
    ) in said


def test_a_call_s_words_listed_under_a_lead_in_are_read_and_her_promise_is_not(
    grace: Build,
) -> None:
    # Daily/2026-11-13.md: "Feedback call w/ [[Ciara Byrne]] today, 15 min. Her words as best I
    # got them:" and six items; the last ("she'll flag me if …") is what she will do
    items = [i for i in grace.facts(TODAY).feedback() if i.path == "Daily/2026-11-13.md"]
    said = {(item.polarity, item.text[:30]) for item in items}
    assert ("improvement", "in the product case you waited") in said
    assert ("strength", "the stakeholder interview was ") in said
    assert not [item for item in items if item.text.startswith("she'll flag me")]
    assert {item.company_name for item in items} == {"Intercom"}
