"""The thirtieth session's second stranger's vault, kept by a helper who had never seen
vaultkit (answer key: tests/vaults/hannah.expected.md): Hannah, a backend engineer in
Manchester, who keeps nearly everything in daily notes named the Periodic Notes way
("2026-11-23 Mon"), pastes e-mails and messages as callouts, and keeps each company's timeline
in a few lines. Each test holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def hannah(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "hannah")


def test_daily_notes_named_with_their_weekday_are_daily_notes(hannah: Build) -> None:
    days = hannah.graph.daily_dates
    assert days["Journal/2026/11/2026-11-23 Mon.md"] == date(2026, 11, 23)
    assert days["Journal/2026/12/2026-12-04 Fri.md"] == date(2026, 12, 4)
    assert len([path for path in days if path.startswith("Journal/2026/")]) == 34


def test_an_offer_pasted_as_a_callout_is_not_chased(hannah: Build) -> None:
    # Journal/2026/12/2026-12-04 Fri.md: "> [!quote] Email from Sarah Okafor — "Your offer from
    # Fernbrook Energy"" and "… we'd like to offer you the role …"
    due = registry.due_report(hannah.facts(TODAY)).items
    assert not [i for i in due if i.kind == "follow_up" and i.contact and "Sarah" in i.contact.name]
    assert not [i for i in due if i.kind == "follow_up" and i.interview]


def test_the_next_stage_in_a_company_timeline_is_prepared_for(hannah: Build) -> None:
    # Orgs/Kestrel Pay.md: "- 27/11 feedback good → stage 2", "- 10/12 stage 2 — design + EM"
    [kestrel] = [i for i in hannah.facts(TODAY).interviews() if i.company_name == "Kestrel Pay"]
    assert kestrel.next_on == date(2026, 12, 10)
    due = registry.due_report(hannah.facts(TODAY)).items
    assert [i.kind for i in due if i.interview and i.interview.path == kestrel.path] == ["prepare"]


def test_a_list_led_in_as_feedback_in_a_daily_note_is_read_whole(hannah: Build) -> None:
    # Journal/2026/11/2026-11-27 Fri.md: "Marcus rang — Kestrel feedback from stage 1:" and
    # three items; Journal/2026/11/2026-11-13 Fri.md: "Marcus rang re [[Northloop]]. …" then
    # "His paraphrase of the HM's feedback:" and its list
    said = {(i.company_name, i.polarity, i.text[:24]) for i in hannah.facts(TODAY).feedback()}
    assert {
        ("Kestrel Pay", "strength", "Felix was impressed with"),
        ("Kestrel Pay", "improvement", "he'd have liked more on "),
        ("Kestrel Pay", "improvement", "a bit quick to jump into"),
        ("Northloop", "strength", "really strong on the Pos"),
        ("Northloop", "improvement", "but felt I was light on "),
    } <= said


def test_a_draft_of_hers_to_read_is_owed_to_her(hannah: Build) -> None:
    # Journal/2026/11/2026-11-15 Sun.md: "- [ ] read Aisha's talk draft" (her CFP closes Fri)
    due = registry.due_report(hannah.facts(TODAY)).items
    owed = [
        i for i in due if i.kind == "promise" and i.contact and i.contact.name == "Aisha Rahman"
    ]
    assert [i.promise.text for i in owed if i.promise] == ["read Aisha's talk draft"]
