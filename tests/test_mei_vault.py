"""The thirty-first session's English stranger's vault, kept by a helper who had never seen
vaultkit (answer key: tests/vaults/mei.expected.md): Mei, a data scientist in Stockholm, with
Zettelkasten-named notes ("202610141200 Einride.md"), weekly notes, a company note per
application with her own `org:`, `pipeline:` and `outcome::`, and recruiters' e-mails pasted
under a dated line. Each test holds a verdict the first reading got wrong: it found no process
and no feedback at all."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def mei(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "mei")


def test_a_company_note_kept_with_pipeline_and_applied_is_its_process(mei: Build) -> None:
    # Klarna.md: `applied: 2026-10-03`, `pipeline: final round`, "- 26 Nov: rejection."
    results = {i.company_name: i.result for i in mei.facts(TODAY).interviews()}
    assert results["Klarna"] == "rejected"
    assert results["Einride"] == "rejected"
    assert results["Spotify"] == "offer"
    assert results["Voi"] == "on_hold"
    assert results["Tink"] == "withdrawn"
    assert results["King"] == "rejected"


def test_the_offer_is_answered_through_the_recruiter_its_note_links(mei: Build) -> None:
    # "202610211005 Spotify loop.md" links [[202611031422 Anna Berg]] (recruiter) in its body
    due = registry.due_report(mei.facts(TODAY)).items
    [answer] = [i for i in due if i.kind == "answer_offer"]
    assert answer.contact is not None and answer.contact.name == "Anna Berg"
    assert answer.due_on == date(2026, 12, 11)


def test_a_plain_org_finds_the_company_note_named_after_an_id(mei: Build) -> None:
    # "202610141140 Linnea Sjöberg.md" has `org: Einride`; the note is "202610141200 Einride.md"
    [linnea] = [c for c in mei.facts(TODAY).contacts() if c.name == "Linnea Sjöberg"]
    assert linnea.companies == ("202610141200 Einride.md",)


def test_letters_pasted_under_a_dated_line_are_read_for_feedback(mei: Build) -> None:
    # "- 2026-11-13 rejection by email: ¶ > … The panel felt your solution was very thorough but
    # over-engineered …", "- 2026-11-18 — she did!! Long mail: ¶ > Happy to share more. …"
    items = {(i.company_name, i.text) for i in mei.facts(TODAY).feedback()}
    assert (
        "Einride",
        "Your feature engineering on the telematics data was the strongest we saw in this round.",
    ) in items
    texts = {text for _, text in items}
    assert "Happy to share more." not in texts
    assert not [t for t in texts if t.startswith("We expect to open another senior role")]
    assert not [t for t in texts if t.startswith(("Hi Mei", "Best, Linnea"))]
