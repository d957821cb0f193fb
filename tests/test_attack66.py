"""Cases an attacker built against the thirtieth session's change (kept in
tests/vaults/attack66/, each a copy of one small vault; Hannah's Kestrel Pay process open
through Marcus Hale): company notes that are no process, outcome words of something else,
messages quoted as callouts, lists that are not feedback relayed to the owner. Each case holds
what Due contacts lists and the feedback read."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import cases_held_or_named, due_in_kept_case, feedback_of_case

KEPT = Path(__file__).parent / "vaults" / "attack66"
TODAY = date(2026, 12, 7)
TODAYS = {"24": date(2026, 12, 12)}  # the line is read after the day the round was hoped for

DUE: dict[str, set[tuple[str, str, date]]] = {
    # a former employer's log ("- 18/9 submitted my laptop + badge") is no process
    "01": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
    },
    # a company only researched ("- 5/11 submitted a CFP to their Go meetup") is no process
    "02": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
    },
    # a friend's WhatsApp callout about her own Kestrel offer ("they made me an offer!!!")
    "04": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
    },
    # a callout of Jonny's own transfer "on hold", naming Kestrel later
    "05": {("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2))},
    # a callout titled for Kestrel whose words reject at Northloop: two companies, none
    "06": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
    },
    # "they went with internal tooling", "the EM role on his team was filled internally"
    "07": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("first_touch", "Tom Castellano", date(2026, 12, 7)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
        ("follow_up", "Tom Castellano", date(2026, 12, 1)),
    },
    # "the EM role on his team was filled internally" alone
    "07b": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("first_touch", "Tom Castellano", date(2026, 12, 7)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
        ("follow_up", "Tom Castellano", date(2026, 12, 1)),
    },
    # "for the ledger EM job they went with someone more senior …, she'd be my manager if I get
    # in": another's hire, Hannah's process still open
    "08": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
    },
    # "финал хотели на 8.12, но решили выбрать другую дату": a new date, no rejection
    "09": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
        ("follow_up", "Собесы/2026-11-27 Тинькофф тех.md", date(2026, 12, 2)),
    },
    # "Chris read my CV… His feedback:" and his tips: no company's feedback
    "12": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
    },
    # "Things I want out of the feedback session with Felix on Friday:" her own questions
    "13": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("prepare", "Orgs/Kestrel Pay.md", date(2026, 12, 7)),
    },
    # "Glassdoor review I'm drafting… feedback in short:" her review of them
    "14": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
    },
    # "Feedback I'm still waiting on:" her list
    "15": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
    },
    # "27.11 Marcus по телефону: фидбек по Насте отличный" is about her friend
    "17": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Marcus Hale", date(2026, 12, 4)),
    },
    # a rejection letter's template praise ("a really high number of applications")
    "18": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
    },
    # interview notes named "2026-11-25 Wed.md" with `type: interview` are no daily notes
    "22": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("prepare", "Marcus Hale", date(2026, 12, 7)),
    },
    # the alias "Octopus" of Octopus Energy does not stand for Octopus Deploy
    "23": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
        ("follow_up", "Orgs/Octopus Energy.md", date(2026, 12, 1)),
    },
    # "15/12 Dev back from paternity leave — they'll schedule the final after that"
    "24": {
        ("first_touch", "Jonny Webb", date(2026, 12, 12)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
        ("follow_up", "Sarah Okafor", date(2026, 11, 27)),
    },
    # "Zusage für das Onsite", "Absage des Termins": an appointment, not the process
    "25": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
        ("follow_up", "Собесы/2026-11-26 Heimwerk техсобес.md", date(2026, 12, 1)),
    },
    # "- 12.10 подала Лену в реферальную программу" at a former employer: no process
    "26": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
    },
    # a recruiter's InMail of another role "that was on hold over the summer"
    "27": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
    },
    # "The feedback she got:" from Nadia's own interview
    "31": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
    },
    # "feedback from the big merchants on the new ledger API", "from ex-employees"
    "33": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Marcus Hale", date(2026, 12, 4)),
    },
    # the sign-off "Best of luck, Kestrel Talent" is no praise
    "35": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
    },
    # Лена's own move "на паузе", "вашего бэкенд-направления это не касается"
    "36": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
        ("follow_up", "Собесы/2026-11-30 Авито финал.md", date(2026, 12, 3)),
    },
    # a quoted blog post "[!quote] Kestrel Pay engineering blog": "on hold" is no hold
    "37": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
    },
    # "Patterns in the feedback so far, across everyone:" her own summary
    "39": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
    },
    # a spring attempt that went quiet ("- 12/3 applied", "- 20/3 phone screen")
    "42": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
    },
}
FEEDBACK: dict[str, set[tuple[str, str]]] = {
    "01": set(),
    "02": set(),
    "04": set(),
    "05": set(),
    "06": set(),
    "07": set(),
    "07b": set(),
    "08": set(),
    "09": set(),
    "12": set(),
    "13": set(),
    "14": set(),
    "15": set(),
    "17": set(),
    "18": {("strength", "This was a really difficult decision and")},
    "22": set(),
    "23": set(),
    "24": set(),
    "25": set(),
    "26": set(),
    "27": set(),
    "31": set(),
    "33": set(),
    "35": {("improvement", "Unfortunately we've decided not to progr")},
    "36": set(),
    "37": set(),
    "39": {
        ("improvement", "he'd have liked more on observability — "),
        ("strength", "Felix was impressed with my Postgres dep"),
    },
    "42": set(),
}
KNOWN_WRONG: set[str] = set()


@pytest.mark.parametrize("case", sorted(DUE))
def test_what_is_due(tmp_path: Path, case: str) -> None:
    assert due_in_kept_case(KEPT / case, tmp_path, TODAYS.get(case, TODAY)) == DUE[case]


@pytest.mark.parametrize("case", sorted(FEEDBACK))
def test_the_feedback_read(tmp_path: Path, case: str) -> None:
    assert feedback_of_case(tmp_path, KEPT / case, TODAYS.get(case, TODAY)) == FEEDBACK[case]


def test_every_kept_case_is_held_or_named() -> None:
    assert cases_held_or_named(KEPT, DUE, KNOWN_WRONG)
