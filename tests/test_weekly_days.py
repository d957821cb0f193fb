"""A weekly note (`2026-W49.md`) that heads each day ("### Wed 2 Dec", "## Пятница") dates the
list items under it on that day of its week; a task under it is not one of them. A glance
across a feed ("viewed my LinkedIn", "Saw her post", "лайкнул пост") is no contact."""

from __future__ import annotations

from datetime import date

import pytest

from vaultkit.domain.interactions import one_way_signal
from vaultkit.parse.note_parser import loads

WEEK = """# Week 49

### Mon 30 Nov
- Worked on the blog post.

### Wed 2 Dec
- Mock system design with Ruth over Zoom.
- [ ] Thank Ruth for the mock

## Пятница
- созвон с Ниной

## Tasks
- Reply to Tom
"""


def test_the_days_of_a_weekly_note_date_their_items() -> None:
    note = loads(WEEK, "Journal/2026-W49.md")
    assert [(e.on, e.text) for e in note.entries] == [
        (date(2026, 11, 30), "Worked on the blog post."),
        (date(2026, 12, 2), "Mock system design with Ruth over Zoom."),
        (date(2026, 12, 4), "созвон с Ниной"),
    ]  # the task is a plan; "## Tasks" is no day


def test_only_a_weekly_note_reads_day_headings() -> None:
    assert loads(WEEK, "Journal/Retro.md").entries == ()


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("Marcus viewed my LinkedIn 👀", True),
        ("LinkedIn post Saw her post: hiring 3 seniors. Liked it. That's it.", True),
        ("He viewed my profile. (not contact, just noting)", True),
        ("лайкнул его пост про найм", True),
        ("Saw her post and messaged her to congratulate", False),  # a word between them
        ("call with Marcus about the final", False),
    ],
)
def test_a_glance_across_a_feed_is_no_contact(text: str, signal: bool) -> None:
    assert one_way_signal(text) is signal
