"""The twenty-ninth session's second stranger's vault, kept by a helper who had never seen
vaultkit (answer key: tests/vaults/owen.expected.md): Owen, a data scientist in Manchester, with
one hub note for the whole search, properties of his own (`org`, `when`, `vibe`), Dataview
fields of his own (`fb::`, `outcome::`) and his own take written under what he was told. Each
test holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def owen(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "owen")


def test_a_feedback_field_is_an_item_and_his_own_take_none(owen: Build) -> None:
    # "fb:: stats solid, product sense meh" ran into "Email that followed is pasted in the
    # hub."; "My take: fair. I did go round the houses on the case." was read as feedback
    texts = [
        item.text
        for item in owen.facts(TODAY).feedback()
        if item.path.endswith("2026-10-20 Monzo final.md")
    ]
    assert "stats solid, product sense meh" in texts
    assert not [text for text in texts if "My take" in text or "round the houses" in text]
    assert not [text for text in texts if "headline first" in text]


def test_a_note_of_an_offer_is_no_contact(owen: Build) -> None:
    # "AT offer.md": `org: Auto Trader`, `role: Lead Data Scientist`, `base: 88000`,
    # `offer_date: …` was read as a person (an org and a role)
    assert "AT offer" not in {contact.name for contact in owen.facts(TODAY).contacts()}


def test_a_task_ticked_in_words_is_no_promise_owed(owen: Build) -> None:
    # "- [ ] LI rec for Dan — did this Sun actually ✔" (Daily/2026-11-27) stayed a promise
    due = registry.due_report(owen.facts(TODAY)).items
    assert not [item for item in due if item.contact and item.contact.name == "Dan Okafor"]


def test_a_coffee_asked_of_one_contact_is_no_promise_to_the_other(owen: Build) -> None:
    # Daily/2026-11-17: "- [ ] ask Leah for coffee w/ Tom before deciding": Leah's to ask, not
    # Tom's (the key: write to Tom only after a decision)
    due = registry.due_report(owen.facts(TODAY)).items
    assert not [item for item in due if item.contact and item.contact.name == "Tom Fairclough"]


def test_a_tracker_section_chased_twice_after_its_interview_is_not_chased_again(
    owen: Build,
) -> None:
    # Job hunt 2026.md, "## Matillion": "- 22/10 formal interview …", "- 30/10 chased Kofi.
    # nothing", "- 12/11 chased again. nothing", "- 26/11 emailed careers inbox": the interview is
    # the round (not the last line), and the chases after it are the follow-ups made
    due = registry.due_report(owen.facts(TODAY)).items
    assert not [i for i in due if i.interview and i.interview.company_name == "Matillion"]
