"""An attacker's cases against the month-first dates, application notes, statuses, next steps
and "better than most" of the thirteenth session, each held to what a careful reader says."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import MakeVault

from vaultkit.app import pipeline
from vaultkit.domain.feedback_classifier import classify
from vaultkit.domain.outcomes import read_outcome
from vaultkit.notes import registry
from vaultkit.parse.note_parser import loads

TODAY = date(2026, 12, 6)
BEA = "---\ncompany: Acme\ntitle: Recruiter\n---\n# Bea Cole\n"


def test_a_month_first_notes_tasks_and_callouts_read_month_first() -> None:
    note = loads(
        "- 11/23/2026 — Coffee.\n- [ ] Send Bea my CV 📅 12/08/2026\n"
        "> [!failure] Rejected — 12/02/2026\n",
        "People/Bea Cole.md",
    )
    assert note.tasks[0].text.endswith("📅 2026-12-08")
    assert "2026-12-02" in note.sections[0].content


@pytest.mark.parametrize(
    "other",
    [
        '  > On 11/30/2026, Hiring Team <jobs@globex.example> wrote: "Platform EM"\n',
        "LeetCode tally (easy/medium/hard): 5/17/40\n",
    ],
)
def test_a_day_first_note_is_not_turned_by_a_quote_or_a_tally(other: str) -> None:
    note = loads("- 04/12/2026 — Sent Carl my CV.\n" + other, "People/Carl Diaz.md")
    assert [entry.on for entry in note.entries] == [date(2026, 12, 4)]


def test_a_person_with_an_applied_key_stays_a_person(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "CRM/Bea Cole.md": "---\ncompany: Acme\ntitle: EM\nemail: bea@acme.example\n"
            "applied: no\n---\n",
            "CRM/Carl Diaz.md": "---\ncompany: Globex\nposition: Recruiter\n"
            "linkedin: https://linkedin.com/in/carl\napplied: 2026-10-01\n---\n",
        }
    )
    kinds = pipeline.build(root, use_cache=False).graph.kinds
    assert (kinds["CRM/Bea Cole.md"], kinds["CRM/Carl Diaz.md"]) == ("contact", "contact")


@pytest.mark.parametrize(
    ("said", "result"),
    [
        ("They offered me the role! 185k base.", "offer"),
        ("Got offered the Senior EM position.", "offer"),
        ("Offered", "offer"),
        ("Lina's offer to refer me still stands.", None),
        ("Bea offers to help with relocation questions.", None),
    ],
)
def test_an_offer_is_one_of_a_job(said: str, result: str | None) -> None:
    assert read_outcome(said).result == result


def _application(make_vault: MakeVault, extra: str) -> list[tuple[str, str | None]]:
    root = make_vault(
        {
            "People/Bea Cole.md": BEA + "- 2026-11-20 — Onsite for Acme.\n",
            "Job Search/Acme — EM.md": "---\ncompany: Acme\nrole: EM\napplied: 2026-11-02\n"
            f'recruiter: "[[Bea Cole]]"\n{extra}---\n## Timeline\n- 2026-11-20 — Onsite.\n',
        }
    )
    facts = pipeline.build(root, use_cache=False).facts(TODAY)
    return [
        (item.kind, item.interview.result if item.interview else None)
        for item in registry.due_report(facts).items
        if item.interview
    ]


@pytest.mark.parametrize(
    ("status", "chased"),
    [
        ("Offer declined", False),
        ("Turned them down", False),
        ("Position filled", False),
        ("Interviewing (rejected for Staff, moved to Senior)", True),
        ("Pre-offer", True),
    ],
)
def test_a_status_says_who_closed_it_or_that_it_is_open(
    make_vault: MakeVault, status: str, chased: bool
) -> None:
    due = _application(make_vault, f"status: {status}\n")
    assert (("follow_up", None) in due) is chased


@pytest.mark.parametrize(
    ("step", "booked"),
    [
        ("Onsite (4 sessions)", True),
        ("Final answer to Devika", False),
        ("Interview prep with Kwame", False),
        ("Onsite cancelled", False),
        ("Screen the JD again", False),
    ],
)
def test_a_next_step_books_a_round_only_when_it_is_one(
    make_vault: MakeVault, step: str, booked: bool
) -> None:
    due = _application(make_vault, f"next_step: {step}\nnext_step_date: 2026-12-09\n")
    assert (("prepare", None) in due) is booked


def test_a_promise_about_something_else_holds_no_follow_up(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Bea Cole.md": BEA + "- 2026-11-20 — Onsite for Acme.\n"
            "- [ ] Reply to Bea's birthday party invite 📅 2026-12-08\n"
            "- [ ] Send Bea the sample of the sourdough starter 📅 2026-12-09\n",
            "Interviews/Acme onsite.md": "---\ntype: interview\ndate: 2026-11-20\n"
            'company: Acme\nrecruiter: "[[Bea Cole]]"\n---\n',
        }
    )
    facts = pipeline.build(root, use_cache=False).facts(TODAY)
    assert "follow_up" in {item.kind for item in registry.due_report(facts).items}


@pytest.mark.parametrize(
    "line",
    [
        "Your system design was no better than most candidates we see.",
        "We expected a stronger design than most candidates produce at director level.",
        "The other finalist was stronger than most candidates we see.",
        "We'd like to see answers sharper than most candidates give.",
    ],
)
def test_better_than_most_denied_expected_or_of_another_is_no_praise(line: str) -> None:
    assert classify(line).polarity != "strength"
