"""A contact who is away: the day they are back, read from their own words or from a line about
them, and the chases and check-ins that wait for it (domain/away.py, rules/away_items.py)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from conftest import MakeVault, run_cli
from hypothesis import given
from hypothesis import strategies as st

from vaultkit.app import pipeline
from vaultkit.domain.away import return_day
from vaultkit.domain.owed_words import not_owed
from vaultkit.domain.promise_words import due_of
from vaultkit.notes import registry

SAID = date(2026, 12, 1)  # a Tuesday
NAMES = frozenset({"анна", "иванова", "kate", "moss"})

THEIR_OWN = [
    ("Иван, я ушла в отпуск до 14 декабря, по финалу вернусь к вам после.", date(2026, 12, 14)),
    (
        "Thank you for your email. I am currently out of the office until Monday, 14 December "
        "with limited access to email.",
        date(2026, 12, 14),
    ),
    ("OOO till Mon", date(2026, 12, 7)),
    ("I'm away from 2 to 14 December", date(2026, 12, 15)),
    ("в отпуске с 2 по 13 декабря, пишите Марине", date(2026, 12, 14)),
    ("Back on the 14th!", date(2026, 12, 14)),
    ("вернусь 14.12", date(2026, 12, 14)),
    ("в отпуске до января", date(2027, 1, 1)),
    ("на больничном до конца декабря", date(2027, 1, 1)),
    ("не на связи до понедельника", date(2026, 12, 7)),
    ("on vacation until next week", date(2026, 12, 7)),
    ("I'm on parental leave until June 2027", date(2027, 6, 1)),
    # no absence of the writer's now
    ("Роман в отпуске до 16.12, поэтому финал сдвинули", None),
    ("my colleague is on leave until 14 Dec", None),
    ("Ты в отпуске до 14.12?", None),
    ("Если буду в отпуске до 14.12, напишу заранее", None),
    ("была в отпуске до 14.12, только вернулась", None),
    ("вернусь к вам с ответом 14.12", None),
    ("I'll get back to you on Monday", None),
    ("I'm off to Berlin on the 14th", None),
    ("в отпуске до 14:00", None),
]

ABOUT_THEM = [
    ("она в отпуске до 14.12", date(2026, 12, 14)),
    ("[[Kate Moss]] — on leave until the 14th", date(2026, 12, 14)),
    ("Kate is OOO till Monday", date(2026, 12, 7)),
    ("Анна вернётся из отпуска 14.12", date(2026, 12, 14)),
    # someone else's, or the owner's
    ("я в отпуске до 14.12, написала ей", None),
    ("I'm on holiday until the 14th, pinged Kate", None),
    ("ответил [[Анна Иванова]], что в отпуске до 14.12", None),
    ("её тимлид в отпуске до 14.12", None),
    ("Роман в отпуске до 16.12", None),
]


@pytest.mark.parametrize(("text", "back"), THEIR_OWN)
def test_their_own_words_say_when_they_are_back(text: str, back: date | None) -> None:
    assert return_day(text, SAID, own=True) == back


@pytest.mark.parametrize(("text", "back"), ABOUT_THEM)
def test_a_line_about_them_says_when_they_are_back(text: str, back: date | None) -> None:
    assert return_day(text, SAID, own=False, names=NAMES) == back


@given(st.text(max_size=120), st.booleans())
def test_any_words_give_a_day_after_they_were_said_or_none(text: str, own: bool) -> None:
    back = return_day(text, SAID, own=own, names=NAMES)
    assert back is None or SAID < back <= SAID + timedelta(days=400)


COMPANY = "---\ntype: company\n---\n# Acme\n"
INTERVIEW = (
    '---\ntype: interview\ndate: 2026-11-20\ncompany: "[[Acme]]"\nrecruiter: "[[Kate Moss]]"\n'
    "---\n# Acme tech\n\nAlgorithms.\n"
)
KATE = '---\ntype: contact\ncompany: "[[Acme]]"\ntags: [recruiter]\n---\n# Kate Moss\n\n## Log\n'


def _due(root: object, today: date) -> set[tuple[str, str, date]]:
    built = pipeline.build(root, use_cache=False)  # type: ignore[arg-type]
    return {
        (item.kind, item.contact.name if item.contact else "", item.due_on)
        for item in registry.due_report(built.facts(today)).items
    }


def test_an_auto_reply_moves_the_chase_to_the_day_she_is_back(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Companies/Acme.md": COMPANY,
            "Interviews/2026-11-20 Acme tech.md": INTERVIEW,
            "People/Kate Moss.md": KATE + "- 2026-11-10 — intro call about the backend role\n",
            "Mail/2026-12-02 Automatic reply.md": (
                '---\nfrom: "Kate Moss <kate@acme.io>"\nsubject: "Automatic reply: checking in"\n'
                "date: 2026-12-02T09:00:00+00:00\n---\nThank you for your message. I am out of "
                "the office until Monday 14 December and will reply when I am back.\n"
            ),
        }
    )
    assert ("follow_up", "Kate Moss", date(2026, 12, 14)) in _due(root, date(2026, 12, 6))
    told = run_cli("explain", root, "Kate Moss", "--today", "2026-12-06", check=True).stdout
    assert "away until 2026-12-14 (Mail/2026-12-02 Automatic reply.md:" in told


def test_a_log_line_about_her_moves_the_chase_and_the_draft_welcomes_her_back(
    make_vault: MakeVault,
) -> None:
    root = make_vault(
        {
            "Companies/Acme.md": COMPANY,
            "Interviews/2026-11-20 Acme tech.md": INTERVIEW,
            "People/Kate Moss.md": KATE
            + "- 2026-11-10 — intro call about the backend role\n"
            + "- 2026-12-01 — emailed, she is on leave until the 14th\n",
        }
    )
    assert ("follow_up", "Kate Moss", date(2026, 12, 14)) in _due(root, date(2026, 12, 6))
    run_cli("rebuild", root, "--today", "2026-12-06", check=True)
    note = (root / "vaultkit" / "Due contacts.md").read_text(encoding="utf-8")
    task = next(line for line in note.splitlines() if "Follow up with [[People/Kate Moss" in line)
    assert "away until 14\xa0Dec ([[People/Kate Moss]], 1\xa0Dec)" in task
    assert "📅 2026-12-14" in task
    assert "Welcome back! " in note


def test_what_she_is_owed_does_not_wait(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Kate Moss.md": KATE
            + "- 2026-09-01 — coffee, she asked for my CV\n"
            + "- 2026-12-01 — she is on leave until the 14th\n",
            "Daily/2026-12-02.md": "- [ ] send [[Kate Moss]] my CV\n",
        }
    )
    due = _due(root, date(2026, 12, 6))
    assert ("promise", "Kate Moss", date(2026, 12, 2)) in due


def test_the_owners_own_leave_moves_nothing(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Companies/Acme.md": COMPANY,
            "Interviews/2026-11-20 Acme tech.md": INTERVIEW,
            "People/Kate Moss.md": KATE + "- 2026-11-10 — intro call about the backend role\n",
            "Daily/2026-12-01.md": "- I'm on holiday until the 14th, told [[Kate Moss]]\n",
        }
    )
    follow_ups = {i for i in _due(root, date(2026, 12, 6)) if i[0] == "follow_up"}
    assert follow_ups and all(day < date(2026, 12, 14) for _, _, day in follow_ups)


def test_a_task_that_waits_for_a_day_of_the_month_is_due_the_day_after() -> None:
    # "Femke's on holiday till the 15th, chase after": the task says so itself
    assert due_of("Femke — after the 15th, not this week", SAID) == date(2026, 12, 16)
    assert due_of("написать Ане после 15-го", SAID) == date(2026, 12, 16)


def test_a_promise_with_its_keeping_after_an_arrow_is_not_owed() -> None:
    assert not_owed("I said I'd send her portfolio to Ruben at Groenhuis → sent 10-09")
    assert not_owed("told him I'd pass his name to Tom (Pinnacle) -> done 10-21")
    assert not not_owed("send her my portfolio → Ruben at Groenhuis")
