"""Runs of list items read together: a numbered outline ("- 2.10. Данные", "- 2.11. …"), a
list of versions ("- 3.10 — match/case", "- 3.12 — …") and a day's times written with a dot
("- 8.40 вышла", "- 9.10 созвон") are no days, and an open task with a
done item nested right under it ("- TODO send Priya the CV ¶ \t- DONE sent same evening") is
done, as an outline keeps it."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from vaultkit.model import DatedEntry, Task
from vaultkit.parse.dates import CLOCK_TIME
from vaultkit.parse.names import monthly_name

_OUTLINE_NUMBER = re.compile(r"(?P<part>[1-9])\.(?P<item>[1-9]\d?)\.")
"""A section's number as an outline writes it ("2.11." after "2.10."): no leading zeros."""


def without_versions(undated: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """The yearless items but those a day of one digit dates twice with its first number
    ("- 3.10 — match/case", "- 3.12 — speed"): versions, not the 3rd of two months."""
    firsts = [written.split(".")[0] for _, written, _ in undated if _ONE_DAY.fullmatch(written)]
    twice = {first for first in firsts if firsts.count(first) > 1}
    return [item for item in undated if not (_ONE_DAY.fullmatch(item[1]) and item[1][0] in twice)]


_ONE_DAY = re.compile(r"\d\.\d{2}")


_DOTTED_CLOCK = re.compile(r"[ \t>]*[-*+][ \t]+(?:[01]?\d|2[0-3])\.(?:00|1[3-9]|[2-5]\d)\b")
"""A list item that opens with a time written with a dot that no day can be ("- 8.40 вышла")."""


def without_clock_times(
    undated: list[tuple[int, str, str]], body_lines: list[str]
) -> list[tuple[int, str, str]]:
    """The yearless items but those that open with a time, in a part of a note (between its
    headings) whose list items open with times written with a dot ("- 8.40 вышла, пробки",
    "- 9.10 созвон с Аней", "- 11.05 …"): two that no day can be ("8.40", "9.50") say the
    others of that part are the hours of their day too (a day's plan under "## План дня" says
    nothing of the log under "## Лог")."""
    parts: list[int] = []  # the part each body line is in
    part = 0
    for line in body_lines:
        part += line.startswith("#")
        parts.append(part)
    clocked = [parts[n] for n, line in enumerate(body_lines) if _DOTTED_CLOCK.match(line)]
    timed = {p for p in clocked if clocked.count(p) >= 2}  # one alone may be a price
    if not timed:
        return undated
    return [
        item for item in undated if not (parts[item[0]] in timed and CLOCK_TIME.fullmatch(item[1]))
    ]


def without_outline_numbers(undated: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """The yearless items but those numbered as an outline: a run of items whose first number
    stays while the second counts up by one ("- 2.10. Данные", "- 2.11. Архитектура"). A log's
    days run otherwise ("2.11.", "5.11.", "13.11.")."""
    numbered = [
        (_OUTLINE_NUMBER.fullmatch(written), index) for index, (_, written, _) in enumerate(undated)
    ]
    outline: set[int] = set()
    for (one, first), (other, second) in pairwise(numbered):
        if (
            one is not None
            and other is not None
            and one["part"] == other["part"]
            and int(other["item"]) == int(one["item"]) + 1
        ):
            outline.update((first, second))
    return [item for index, item in enumerate(undated) if index not in outline]


def done_below(tasks: list[Task], body_lines: list[str], offset: int) -> tuple[Task, ...]:
    """The tasks, an open one done where the items nested right under it are all done tasks
    ("- TODO send Priya the CV ¶ \t- DONE sent same evening"), as an outline keeps it."""
    by_line = {task.line: task for task in tasks}
    done = []
    for task in tasks:
        children = _nested(task.line, by_line, body_lines, offset) if task.open else []
        settled = all(child.done and not child.cancelled for child in children)
        if children and settled and (len(children) > 1 or _says_done(children[0].text, task.text)):
            task = replace(task, done=True, done_on=children[0].done_on)
        done.append(task)
    return tuple(done)


_DONE_WORDS = re.compile(
    r"\W*(?:sent|done|did|delivered|replied|called|отправил\w*|сделал\w*|сделано|готово|скинул\w*"
    r"|написал\w*|ответил\w*|позвонил\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A one item under a task that says it was done ("DONE sent same evening"), not a step of it
("strip the customer names ✅")."""


def _says_done(child: str, parent: str) -> bool:
    """Whether the one item under a task says the task was done: a few words opening with
    "done", or with the task's own verb done ("send Priya the CV" ¶ "sent same evening"; not
    "отправить Диме тестовое" ¶ "написала README", nor a step told at length)."""
    words = _MARKS.sub("", child).split()
    if not _DONE_WORDS.match(child) or len(words) > 4:
        return False
    if words[0].casefold() in ("done", "did", "сделано", "готово"):
        return True
    verb = _MARKS.sub("", parent).split()[:1]
    return bool(verb) and verb[0].casefold()[:3] == words[0].casefold()[:3]


_MARKS = re.compile(r"^\W*(?:(?:DONE|TODO|LATER|NOW)\s+)?")


def _nested(line: int, by_line: dict[int, Task], body_lines: list[str], offset: int) -> list[Task]:
    """The items nested right under the task at `line`, where they are all tasks (a note under
    it that is no task says it is not done yet)."""
    own = _indent(body_lines[line - offset - 1])
    children = []
    for number in range(line + 1, offset + len(body_lines) + 1):
        text = body_lines[number - offset - 1]
        if not text.strip():
            break
        if _indent(text) <= own:
            break
        child = by_line.get(number)
        if child is None:
            return []
        children.append(child)
    return children


def _indent(text: str) -> int:
    return len(text.expandtabs(4)) - len(text.expandtabs(4).lstrip(" "))


def in_the_month_named(
    path: str, entries: tuple[DatedEntry, ...], undated: tuple[DatedEntry, ...]
) -> tuple[tuple[DatedEntry, ...], tuple[DatedEntry, ...]]:
    """A month's note ("Дневник/2026-11 Ноябрь.md") gives its year to the days it writes
    without one ("### 3 ноября, вт"): they are its entries."""
    stem = path.rsplit("/", 1)[-1].removesuffix(".md")
    named = MONTH_NAMED.search(stem)
    if not undated or named is None or not monthly_name(stem):
        return entries, undated
    year = int(named[1])
    dated = []
    for entry in undated:
        try:
            dated.append(replace(entry, on=entry.on.replace(year=year)))
        except ValueError:  # a 29 February of no leap year
            continue
    return tuple(sorted((*entries, *dated), key=lambda entry: entry.line)), ()


MONTH_NAMED = re.compile(r"(\d{4})-(?:0[1-9]|1[0-2])")
