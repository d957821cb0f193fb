"""Tasks and days as people write them: a to-do callout is a task noted, never ticked; a
month's journal may carry a word of its own beside its month; a deadline may name the day of
the month alone."""

from __future__ import annotations

from datetime import date

import pytest

from vaultkit.domain.promise_words import due_of, noted_long_ago
from vaultkit.parse.names import monthly_name
from vaultkit.parse.task_lines import checkbox_task, line_task


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("> [!todo] CV Ренаты!!! обещала до 30.11", "CV Ренаты!!! обещала до 30.11"),
        ("> [!todo]- Написать Ксюше до пятницы", "Написать Ксюше до пятницы"),
        ("> [!todo]", None),
        ("> [!note] todo later", None),
    ],
)
def test_a_todo_callout_is_a_task_noted(line: str, text: str | None) -> None:
    task = line_task([line], 0, 1)
    assert (task.text if task else None) == text
    assert task is None or (task.noted and task.open)


def test_a_noted_task_is_owed_for_a_fortnight_past_its_day() -> None:
    today = date(2026, 12, 6)
    assert noted_long_ago(True, date(2026, 8, 31), today)
    assert not noted_long_ago(True, date(2026, 11, 30), today)
    assert not noted_long_ago(False, date(2026, 8, 31), today)  # a checkbox is ticked when done


@pytest.mark.parametrize(
    ("title", "month"),
    [
        ("2026-11", True),
        ("Журнал 2026-11", True),
        ("2026-11 Log", True),
        ("2026-13", False),
        ("Lumen 2026-11", False),  # an interview note named by its month
    ],
)
def test_a_months_journal_may_say_what_it_is(title: str, month: bool) -> None:
    assert monthly_name(title) is month


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Обещала сказать, что решу с оффером — до 10-го.", date(2026, 12, 10)),
        ("до 10 числа", date(2026, 12, 10)),
        ("send her the deck by the 2nd", date(2027, 1, 2)),
        ("до 10 декабря", date(2026, 12, 10)),
    ],
)
def test_a_deadline_by_the_day_of_the_month(text: str, due: date) -> None:
    assert due_of(text, date(2026, 12, 3)) == due


@pytest.mark.parametrize(
    ("line", "text", "cancelled"),
    [
        ("- [ ] ~~ping Jess again re Orbital~~ she's gone — wait", "she's gone — wait", False),
        ("- [ ] ~~написать Ане про тестовое~~", "~~написать Ане про тестовое~~", True),
        ("- [ ] ~~Tue~~ Wed: call Anna", "~~Tue~~ Wed: call Anna", False),
        ("- [ ] ~~12.12~~ 14.12 отправить тестовое", "~~12.12~~ 14.12 отправить тестовое", False),
    ],
)
def test_an_open_task_struck_at_its_start_gives_up_the_struck_action(
    line: str, text: str, cancelled: bool
) -> None:
    task = checkbox_task(line, 1)
    assert task is not None
    assert (task.text, task.cancelled, task.done) == (text, cancelled, False)


@pytest.mark.parametrize(
    ("line", "done"),
    [
        ("- [ ] LI rec for Dan — did this Sun actually ✔", True),  # tests/vaults/owen
        ("- [ ] скинуть CV Лёше — сделано", True),
        ("- [ ] ping Jess (done)", True),
        ("- [ ] send the deck ✅", True),
        ("- [ ] ping Jess", False),
        ("- [ ] check how done-ness of the PR is tracked", False),
        ("- [ ] ✔ the list with Anna", False),  # a mark that opens the words says nothing
        ("- [ ] let Leah know my counter-proposal is half-done", False),  # tests/vaults/attack65
        ("- [ ] send Leah my references (done by Friday)", False),
        ("- [ ] reply to Leah re: start date — done?", False),
    ],
)
def test_an_open_box_whose_words_end_by_saying_done_is_done(line: str, done: bool) -> None:
    task = checkbox_task(line, 1)
    assert task is not None and task.done is done
