"""Outcomes in words: what happened at an interview, read from sentences in both languages,
negation understood, and weighed across the places a note says it."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import MakeVault

from vaultkit.app import pipeline
from vaultkit.domain.outcomes import Fact, Reading, decide, read_outcome
from vaultkit.notes import registry

TODAY = date(2026, 11, 24)


@pytest.mark.parametrize(
    ("text", "result"),
    [
        ("Получила отказ, сказали что не хватает опыта в system design", "rejected"),
        ("мне отказали после финала", "rejected"),
        ("не прошла техническое", "rejected"),
        ("Unfortunately they decided not to proceed", "rejected"),
        ("We won't be moving forward with your application", "rejected"),
        ("didn't pass the onsite", "rejected"),
        ("устный оффер, ждём письменный", "offer"),
        ("verbal offer, waiting for the written one", "offer"),
        ("Offer!", "offer"),
        ("got hired", "offer"),
        ("I withdrew from the process", "withdrawn"),
        ("I declined the offer", "withdrawn"),
        ("я отказалась", "withdrawn"),
        ("отказалась от оффера", "withdrawn"),
        ("сняла кандидатуру", "withdrawn"),
        ("the role is on hold", "on_hold"),
        ("вакансию заморозили", "on_hold"),
        ("поставили на паузу до января", "on_hold"),
        ("ghosted after the onsite", "no_response"),
        ("тишина две недели", "no_response"),
        ("прошла скрининг", "passed"),
        ("пригласили на финал", "passed"),
        ("moved me to the next round", "passed"),
        ("ждём решения", "pending"),
        ("no offer yet", "pending"),  # negated, but a wait
        ("they will send an offer on Monday", "pending"),  # not yet a decision
        ("не отказ", None),
        ("no rejection", None),
        ("talked about the team and the stack", None),
        ("прошлый раз было лучше", None),  # "прошлый" is no "прошла"
        # an offer the owner tells someone of is another process's (tests/vaults/maya)
        ("Graham call. Told him about the CL offer + 12/11 deadline", None),
        ("рассказала ей про оффер Купера", None),
        ("Leah told me about the offer: 88k", "offer"),
        ("Алина написала мне про оффер: 270", "offer"),
        ("позвонила, сказала про оффер", "offer"),
        ("Ира рассказала подробно про оффер: 250к", "offer"),  # tests/vaults/attack65
        ("Рекрутер написала вчера в телеге об оффере — 230к", "offer"),
        ("Jo let me know about the offer by email — 170k", "offer"),
        ("Рассказала Кате (рекрутер) про оффер Озона", None),
        ("- 2026-12-04 told Priya about the Точка offer (their deadline 09.12)", None),
    ],
)
def test_an_outcome_is_read_from_a_sentence(text: str, result: str | None) -> None:
    assert read_outcome(text).result == result


def test_disagreeing_decisions_in_one_text_cannot_be_read() -> None:
    reading = read_outcome("got an offer, then a rejection")
    assert reading.result is None and reading.conflicting


def _fact(result: str | None, on: date | None, line: int = 1) -> Fact:
    return Fact(Reading(result), on, line)  # type: ignore[arg-type]


def test_the_latest_dated_fact_wins_and_a_day_that_disagrees_is_unreadable() -> None:
    later = decide(
        [
            _fact("pending", None),
            _fact("passed", date(2026, 11, 2)),
            _fact("rejected", date(2026, 11, 9)),
        ]
    )
    assert (later.result, later.on) == ("rejected", date(2026, 11, 9))
    same_day = decide(
        [_fact("offer", date(2026, 11, 9), 3), _fact("rejected", date(2026, 11, 9), 4)]
    )
    assert same_day.result is None and [f.line for f in same_day.unreadable] == [3, 4]
    # a decision written without a date outweighs a later step that decides nothing
    stale_step = decide([_fact("rejected", None), _fact("passed", date(2026, 11, 2))])
    assert stale_step.result == "rejected"
    # but a later dated decision wins over a stale undated one
    assert decide([_fact("pending", None), _fact("offer", date(2026, 11, 2))]).result == "offer"


def _vault(make_vault: MakeVault, interview: str) -> pipeline.Build:
    root = make_vault(
        {
            "People/Sarah Miller.md": "---\ntype: contact\ntier: key\nlast_contact: 2026-11-06\n---\n",
            "Interviews/Stripe onsite.md": interview,
        }
    )
    return pipeline.build(root, use_cache=False)


@pytest.mark.parametrize(
    "interview",
    [
        "---\ntype: interview\nrecruiter: '[[Sarah Miller]]'\nstage: final\ndate: 2026-11-02\n"
        "result: Получила отказ, сказали что не хватает опыта в system design\n---\n",
        "---\ntype: interview\nrecruiter: '[[Sarah Miller]]'\nstage: финал\ndate: 2026-11-02\n---\n"
        "## Итог\nОтказ. Сказали, что не хватает глубины.\n",
        "---\ntype: interview\nrecruiter: '[[Sarah Miller]]'\nstage: final\ndate: 2026-11-02\n"
        "status: waiting\n---\n## Timeline\n- 2026-11-02 — Onsite (4 rounds)\n"
        "- 2026-11-06 — Rejected. Feedback: more depth in system design\n",
        "---\ntype: interview\nstage: final\ndate: 2026-11-02\n---\n"
        "Recruiter:: [[Sarah Miller]]\nResult:: rejected\n",
    ],
)
def test_no_any_news_to_a_company_that_said_no(make_vault: MakeVault, interview: str) -> None:
    facts = _vault(make_vault, interview).facts(TODAY)
    [read] = facts.interviews()
    assert read.result == "rejected"
    kinds = {item.kind for item in registry.due_report(facts).items if item.interview}
    assert "follow_up" not in kinds


def test_an_outcome_that_cannot_be_settled_sends_nothing(make_vault: MakeVault) -> None:
    facts = _vault(
        make_vault,
        "---\ntype: interview\nrecruiter: '[[Sarah Miller]]'\nstage: final\ndate: 2026-11-02\n"
        "---\n- 2026-11-06 offer call\n- 2026-11-06 rejection email\n",
    ).facts(TODAY)
    [read] = facts.interviews()
    assert read.result is None and read.outcome_unreadable
    assert not [item for item in registry.due_report(facts).items if item.interview]
    [problem] = [d for d in facts.problems() if d.path == "Interviews/Stripe onsite.md"]
    assert "cannot be read" in problem.message and "7, 8" in problem.message
