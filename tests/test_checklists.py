"""Processes and promises kept as checklists: a done task that writes its day is a step of
the timeline (not its ✅ day, not a mock), an open task is done where the item nested under it
is, and a task of the owner's own reading or said done in brackets owes no one."""

from __future__ import annotations

from datetime import date

import pytest

from vaultkit.domain.owed_words import not_owed
from vaultkit.domain.rounds import latest_round, ticked_steps
from vaultkit.domain.task_addressee import addressed
from vaultkit.parse.note_parser import loads

TODAY = date(2026, 12, 6)


def test_done_tasks_that_write_their_day_are_the_timeline() -> None:
    note = loads(
        "---\ntype: company\n---\n- rounds\n\t- DONE screen - [[Oct 6th, 2026]]\n"
        "\t- DONE system design - 28 Oct - ledger\n"
        "- [x] Mock system design call with Ruth ✅ 2026-12-02\n"
        "- [x] sent thank-you ✅ 2026-10-29\n",
        "Co.md",
    )
    steps = ticked_steps(note, TODAY)
    assert [step.on for step in steps] == [date(2026, 10, 6), date(2026, 10, 28)]
    assert latest_round(note, None, TODAY)[1] == date(2026, 10, 28)  # not the mock's ✅


def test_an_open_task_with_a_done_item_nested_under_it_is_done() -> None:
    note = loads("- TODO send Priya the CV\n\t- DONE sent same evening\n- TODO call Anna\n", "d.md")
    assert [(task.text[:12], task.done) for task in note.tasks] == [
        ("send Priya t", True),
        ("sent same ev", True),
        ("call Anna", False),
    ]


@pytest.mark.parametrize(
    ("text", "owed"),
    [
        ("read his blog post on saga orchestration at Zalando", False),
        ("LATER прочитать её статью про k8s", False),
        ("Atlassian - ask Karthik?? (asked, see [[Atlassian]])", False),
        ("read her CV and send feedback", True),
        ("send Priya the updated CV", True),
        ("ask Meera strike price", True),
        ("read Aisha's talk draft", True),  # a draft of hers: a review owed to her
        ("прочитать черновик закона, который она скидывала", False),  # her own reading
    ],
)
def test_what_a_task_owes(text: str, owed: bool) -> None:
    assert not_owed(text) is not owed


@pytest.mark.parametrize(
    ("text", "name", "to_them"),
    [
        ("read Aisha's talk draft", "Aisha", True),
        ("Aisha's draft — CFP closes Fri", "Aisha", True),
        ("review Oleg's CV", "Oleg", True),
        ("let JW know how stage 2 goes", "JW", True),
        ("let Anna decide", "Anna", False),
        ("send Priya's CV to Anna", "Priya", False),
        ("Priya's CV — send to Tom", "Priya", False),
        ("read Anna's feedback again", "Anna", False),
        ("Tom's card", "Tom", False),
    ],
)
def test_whom_a_task_with_a_possessive_is_to(text: str, name: str, to_them: bool) -> None:
    at = text.index(name)
    assert addressed(text, at, at + len(name)) is to_them
