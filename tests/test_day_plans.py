"""A week planned day by day in a day's note: the tasks under "**di 8**", "## Mon 7th" or
"пт 11:" are due that day, the first of that number (and weekday) from the note's day on."""

from __future__ import annotations

from datetime import date

from conftest import MakeVault, promises_owed

from vaultkit.parse.day_plans import planned_days
from vaultkit.parse.note_parser import loads

PLAN = (
    "Sunday. the week:\n\n**ma 7**\n- [ ] send [[Noor]] some evenings\n\n## Tue 8th\n"
    "- [ ] deck to [[Yusuf]]\nSome thoughts, no day.\n- [ ] buy gin\n\nпт 11:\n- [ ] ответить Басу\n"
    "**Mon 3** — a Monday the 3rd is no day near\n- [ ] nothing\n"
)


def test_lines_under_a_planned_day_take_it() -> None:
    note = loads(PLAN, "Daily/2026-12-06.md")
    days = planned_days(note, date(2026, 12, 6))
    lines = PLAN.split("\n")
    by_text = {lines[number - 1]: day for number, day in days.items() if lines[number - 1]}
    assert by_text["- [ ] send [[Noor]] some evenings"] == date(2026, 12, 7)
    assert by_text["- [ ] deck to [[Yusuf]]"] == date(2026, 12, 8)
    assert "- [ ] buy gin" not in by_text  # a paragraph of no day ended Tuesday's plan
    assert by_text["- [ ] ответить Басу"] == date(2026, 12, 11)
    assert "- [ ] nothing" not in by_text  # no Monday the 3rd within weeks: no day


def test_a_task_planned_for_a_day_is_due_that_day(make_vault: MakeVault) -> None:
    plan = "**ma 7**\n- [ ] send Noor some evenings\n\n**di 8**\n- [ ] deck to Yusuf by 13:00\n"
    owed = promises_owed(
        make_vault,
        ("Noor", "Yusuf"),
        {"Zettel/202612060945.md": "---\ntype: fleeting\n---\n" + plan},
        date(2026, 12, 6),
    )
    assert owed == {("Noor", date(2026, 12, 7)), ("Yusuf", date(2026, 12, 8))}
