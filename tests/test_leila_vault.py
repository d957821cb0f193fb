"""The thirty-second session's second stranger's vault, kept by a helper who had never seen
vaultkit (answer key: tests/vaults/leila.expected.md): Leila, a data scientist in London, with
daily notes in Journal/YYYY/MM/, a meeting note per call from her own template (`attendees:`,
`company:`, `stage:`), people tagged `person/recruiter`, and outcomes told only in the daily
notes' sentences and pasted e-mails. Each test holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.domain.feedback_in_passing import remarks
from vaultkit.domain.hold import resume_date
from vaultkit.domain.led_letters import led_letters
from vaultkit.notes import registry

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def leila(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "leila")


def test_a_meeting_whose_stage_names_a_round_is_a_round_of_the_process(leila: Build) -> None:
    # "Meetings/2026-11-27 Meeting - Deliveroo - Final panel.md" (`tags: [meeting, jobhunt]`,
    # `company: "[[Deliveroo]]"`, `stage: final`); not the agency's "intro call"
    facts = leila.facts(TODAY)
    rounds = {i.title: i for i in facts.interviews()}
    final = rounds["2026-11-27 Meeting - Deliveroo - Final panel"]
    assert final.on == date(2026, 11, 27) and final.is_final
    assert "2026-10-28 Meeting - Burnside Talent - Marcus Webb" not in rounds
    # its attendees list the hiring manager first: the recruiter is whom to write to
    assert final.recruiter == "People/Sophie Lambert.md"


def test_an_offer_told_in_a_daily_note_is_answered_by_the_day_it_gives(leila: Build) -> None:
    # Journal/2026/12/2026-12-03: "!!!!!! DELIVEROO OFFER !!!!!! … she said fine, answer by
    # **Fri 11 Dec**"; the company's note still says `status: final done`
    due = registry.due_report(leila.facts(TODAY)).items
    [answer] = [i for i in due if i.kind == "answer_offer"]
    assert answer.due_on == date(2026, 12, 11)
    assert answer.contact is not None and answer.contact.name == "Sophie Lambert"


def test_a_promised_answer_in_the_recruiters_words_is_waited_for(leila: Build) -> None:
    # 2026-12-02: "thank you to [[Aisha Bello]] …, she replied "… we'll be in touch by end of
    # next week at the latest."": no chasing before that week is out
    due = registry.due_report(leila.facts(TODAY)).items
    [chase] = [i for i in due if i.kind == "follow_up" and i.contact and "Aisha" in i.contact.name]
    assert chase.due_on > date(2026, 12, 11)


def test_a_hold_until_the_recruiter_is_back_in_january_is_not_chased(leila: Build) -> None:
    # Zoe: "Daniel back in Jan."; Daniel's log: "he answered, will reach out 1st wk of Jan"
    due = registry.due_report(leila.facts(TODAY)).items
    assert not [i for i in due if i.contact and i.contact.name == "Daniel Reyes"]
    held = date(2026, 11, 24)
    assert resume_date("he answered, will reach out 1st wk of Jan", held) == date(2027, 1, 1)
    assert resume_date("frozen as of November", held) is None


def test_the_owners_own_message_pasted_is_no_feedback(leila: Build) -> None:
    # "> [!quote] me → Hannah ¶ > … After a lot of thought I've decided to withdraw …"
    texts = [item.text for item in leila.facts(TODAY).feedback()]
    assert not [t for t in texts if "decided to withdraw" in t]
    assert remarks("> [!quote] me → Hannah\n> The team said my SQL was great.") == []
    assert remarks("After a lot of thought I've decided to withdraw.") == []


def test_what_an_agency_recruiter_relays_is_the_clients(leila: Build) -> None:
    # "[[Marcus Webb]] rang at lunch re Octopus 1st rnd. fb: ¶ \t- they liked my stakeholder
    # stories a lot …" (Marcus works at Burnside Talent, `tags: [company, agency]`); and
    # "- her fb from the panel: ¶ \t- panel loved …" under the line of Deliveroo's offer
    items = leila.facts(TODAY).feedback()
    by_company = {(item.company_name, item.text[:24]) for item in items}
    assert ("Octopus Energy", "they liked my stakeholde") in by_company
    assert ("Deliveroo", "panel loved the marketpl") in by_company
    assert not [item for item in items if item.company_name == "Burnside Talent"]
    # a recruiter's pitch and a hold's news pasted in are no feedback
    assert not [item for item in items if "exclusive" in item.text or "on hold" in item.text]


def test_a_letters_news_is_no_feedback_but_a_reason_after_it_is() -> None:
    held = (
        "email from Daniel:\n> Hi Leila,\n> I wanted to let you know the role has been put on hold."
    )
    assert led_letters(held, logged=True) == []
    turned = (
        "email from Daniel:\n> The role has been put on hold, but the hiring manager loved your"
        " background in health data."
    )
    assert led_letters(turned, logged=True)
