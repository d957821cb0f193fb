"""Who did what in an interaction, held to a table of the ways people write it."""

from __future__ import annotations

import pytest

from vaultkit.domain.interactions import Interaction
from vaultkit.domain.who_did import read_turn

CASES = [
    # (text, source, by, answered)
    ("Wrote to Anna on LinkedIn about the Ozon role, no reply yet", "entry", "me", False),
    ("Анна сама написала, прислала вакансию", "entry", "them", None),
    ("созвонились, обсудили рынок", "entry", "both", None),
    ("Sent [[Boris]] my CV", "daily", "me", None),
    (
        "Pinged [[Sarah Miller (Stripe)]] about the status of the onsite, no reply yet",
        "daily",
        "me",
        False,
    ),
    ("Написала Анне про статус", "entry", "me", None),
    ("Позвонили из Яндекса, пригласили на финал", "entry", "them", None),
    ("She wrote back, I haven't replied yet", "entry", "me", True),
    ("Got an email from Boris about a role", "entry", "them", None),
    ("Called and emailed her", "entry", "me", None),
    ("[[Anna]] replied the same day", "entry", "me", True),
    ("I wrote to her, she replied within an hour", "entry", "me", True),
    ("Получила письмо от HR, надо ответить", "entry", "them", False),
    ("молчит уже неделю после моего письма", "entry", "me", False),
    ("Coffee with Anna", "entry", "both", None),
    ("Follow up", "task", "me", None),
    ("Напомнила о себе", "entry", "me", None),
    ("HR написала, что решение в пятницу", "entry", "them", None),
    ("Она ответила на моё письмо", "entry", "me", True),
    ("Я ей написал в телеграм, тишина", "entry", "me", False),
    ("Had a call with the hiring manager", "entry", "both", None),
    ("Обсудили вилку", "daily", "both", None),
    ("Heard back from Stripe: next round on Monday", "entry", "them", None),
    ("Reminder #by-them", "entry", "them", None),
    ("Interview", "interview", "both", None),
    ("", "property", None, None),
    ("Notes on the market", "entry", None, None),
    ("Replied to Priya: happy to chat", "entry", "them", True),
    ("Марина так и не перезвонила", "entry", "me", False),
    ("Я так и не ответила Анне", "entry", "them", False),
    ("They ghosted me after the final round", "entry", "me", False),
    ("Позвонила Кате, она рассказала про вилки", "entry", "me", True),
    ("ответа пока нет", "entry", "me", False),
    ("Андрей попросил совета — расписал ему план", "entry", "them", True),
]


@pytest.mark.parametrize(("text", "source", "by", "answered"), CASES)
def test_who_acted_and_whether_answered(
    text: str, source: str, by: str | None, answered: bool | None
) -> None:
    turn = read_turn(text, source, None)
    assert (turn.by, turn.answered) == (by, answered)


def test_a_call_is_a_conversation_whatever_its_words() -> None:
    assert read_turn("Re: the Ozon role", "entry", "call").by == "both"


def test_the_model_carries_the_turn() -> None:
    from datetime import date

    line = Interaction(
        date(2026, 12, 1),
        "daily",
        "Daily/2026-12-01.md",
        None,
        "Pinged [[Sarah]] about the status, no reply yet",
    )
    assert (line.turn.by, line.turn.answered) == ("me", False)


def test_the_labelled_lines_stay_read_as_well_as_they_are() -> None:
    """A floor under the accuracy on the helpers' labelled lines (bench/bench_who_did.py prints
    it): a change that reads them worse fails."""
    from bench.bench_who_did import DATA, evaluate

    scores = evaluate(DATA / "interactions_train.jsonl")
    assert scores.items >= 300
    assert scores.starter >= 0.90 and scores.starter_and_answer >= 0.84
