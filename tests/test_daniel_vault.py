"""The thirtieth session's third stranger's vault, kept by a helper who had never seen
vaultkit (answer key: tests/vaults/daniel.expected.md): Daniel, a data engineer in Berlin, with
recruiters' LinkedIn threads pasted into their notes, interview notes made from a template of
his own ("## Feedback", "## Next"), rejections pasted in English and German, and recruiters he
ignores on purpose (`status: ignore`). Each test holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def daniel(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "daniel")


def results(build: Build) -> dict[str, str | None]:
    return {i.title: i.result for i in build.facts(TODAY).interviews()}


def test_a_rejection_pasted_under_feedback_closes_the_round(daniel: Build) -> None:
    # "## Feedback ¶ 18.11. email: ¶ > … we have decided to move forward with other candidates
    # …"; "Absage per Email 6.11.: … dass wir uns für andere Kandidat*innen entschieden haben"
    assert results(daniel)["Zalando - System design"] == "rejected"
    assert results(daniel)["Delivery Hero - 1st interview"] == "rejected"


def test_how_things_stand_under_next_is_read(daniel: Build) -> None:
    # "## Next": "ON HOLD since 11.11. - budget 2027", "I withdrew (20.11.)", "followed up
    # 24.11. + 2.12. → nothing. 👻"
    assert results(daniel)["N26 - Screen"] == "on_hold"
    assert results(daniel)["Personio - Screen"] == "withdrawn"
    assert results(daniel)["HelloFresh - Recruiter call"] == "no_response"


def test_no_one_is_chased_who_said_no_went_quiet_or_has_no_role_yet(daniel: Build) -> None:
    due = registry.due_report(daniel.facts(TODAY)).items
    assert not [i for i in due if i.kind in ("follow_up", "request_feedback")]


def test_a_friends_mock_is_no_process_and_its_notes_no_feedback(daniel: Build) -> None:
    # Interviews/Mock - Kofi.md: `company: mock (Kofi)`, `stage: mock system design`
    facts = daniel.facts(TODAY)
    assert "Mock - Kofi" not in {i.title for i in facts.interviews()}
    assert not [i for i in facts.feedback() if i.path.endswith("Mock - Kofi.md")]


def test_a_recruiter_filed_as_ignored_is_not_written_to(daniel: Build) -> None:
    # Recruiters/Felix Bauer - Robert Half.md: `status: ignore`
    due = registry.due_report(daniel.facts(TODAY)).items
    assert not [i for i in due if i.contact and i.contact.name.startswith("Felix Bauer")]


def test_a_german_letters_disclaimer_is_no_feedback(daniel: Build) -> None:
    texts = [i.text for i in daniel.facts(TODAY).feedback()]
    assert not [t for t in texts if "keine Bewertung" in t or t.startswith("Betreff")]


def test_what_the_recruiter_relayed_after_the_letter_is_read(daniel: Build) -> None:
    # Zalando - System design.md, under "## Feedback" after the pasted letter: "asked Sophie
    # for feedback on LI → she said (19.11.): liked hands-on Spark/Airflow, sys design not
    # deep enough on data modeling at scale for senior level."
    said = {
        (i.polarity, i.text[:24])
        for i in daniel.facts(TODAY).feedback()
        if i.path == "Interviews/Zalando - System design.md"
    }
    assert ("strength", "liked hands-on Spark/Air") in said
    assert ("improvement", "sys design not deep enou") in said
