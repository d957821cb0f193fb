"""Tasks as people write them: a checkbox item (`- [ ] …`, `- [x] … ✅ 2026-11-20`), a line
that says TODO, the markers of a Logseq graph moved into Obsidian (`- LATER …`, `- DONE …`,
with its `SCHEDULED: <2026-12-08 Tue>` or `DEADLINE:` on the line under it), and a bullet
journal's signifiers (`• …` to do, `× …` done)."""

from __future__ import annotations

import re

from vaultkit.model import Task
from vaultkit.parse.dates import parse_written_date

_TODO = re.compile(
    r"^[ \t>]*(?:[-*+][ \t]+)?(?:\[!todo\][+-]?|(?:\*\*)?todo(?:\*\*)?\b)[ \t]*[:\-–—]?[ \t]*"
    r"(?P<text>\S.*)$",
    re.IGNORECASE,
)
"""A line that says what is left to do ("TODO: сказать что я уже всё", "- todo reply Anna", a
to-do callout's title "> [!todo] Написать Ксюше до пятницы")."""
_CALLOUT_HOLDS_TASKS = re.compile(r"[ \t]*>[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[.\]")
"""A callout's next line a task of its own: the callout's title is their heading."""
_TASK = re.compile(r"^[ \t>]*(?:[-*+]|\d+[.)])[ \t]+\[(?P<status>[^\]])\][ \t]+(?P<text>.*)$")
_DONE_ON = re.compile(
    r"✅\ufe0f?\s*(?P<emoji>\d{4}-\d{2}-\d{2})"
    r"|[\[(]\s*completion::\s*(?P<field>\d{4}-\d{2}-\d{2})"
)
"""A done task's date as the Tasks plugin writes it (`✅ 2026-11-20`, or in its Dataview
format `[completion:: 2026-11-20]`, which Dataview's own task completion writes too; Tasks
reads it in () as well)."""

_LOGSEQ_TASK = re.compile(
    r"^[ \t>]*[-*+][ \t]+(?P<marker>LATER|NOW|DOING|DONE|CANCELED|CANCELLED)[ \t]+(?P<text>\S.*)$"
)
"""A task as Logseq marks it (`- LATER спросить про команду`, `- DONE отправил тестовое`; its
TODO is _TODO's). WAITING is someone else's move, no task of the owner's."""
_LOGSEQ_GIVEN_UP = ("CANCELED", "CANCELLED")
_BULLET_JOURNAL = re.compile(r"^[ \t]*(?:[*!][ \t]*)?(?P<sign>[•×])[ \t]+(?P<text>\S.*)$")
"""A task in a bullet journal's rapid log: "• …" to do (after "*" for priority), "× …" done;
a task migrated ("> …") or scheduled ("< …") is the copy it was moved to."""
_PLANNED = re.compile(r"^[ \t>]*(?P<kind>SCHEDULED|DEADLINE):[ \t]*<(?P<day>\d{4}-\d{2}-\d{2})")
"""Logseq's day for a task, on the line under it (`SCHEDULED: <2026-12-08 Tue>`)."""


def _planned_day(body_lines: list[str], number: int) -> str:
    """The Logseq day written under the task on line `number` (its DEADLINE before its
    SCHEDULED day, when it has both), as the Tasks plugin writes a due day (" 📅 2026-12-08"),
    or ""."""
    days = {}
    for after in body_lines[number + 1 : number + 3]:
        found = _PLANNED.match(after) if "ED:" in after or "NE:" in after else None
        if found is None:
            break
        days[found.group("kind")] = found.group("day")
    day = days.get("DEADLINE") or days.get("SCHEDULED")
    return f" 📅 {day}" if day else ""


def line_task(
    body_lines: list[str], number: int, line: int, rapid_log: bool = False
) -> Task | None:
    """The task on line `number` of the body (at note line `line`), however it is written, or
    None; a bullet journal's signifiers only in a `rapid_log` (rapid_log)."""
    written = written_task(body_lines, number, line, rapid_log)
    if written is None and "[" in body_lines[number]:
        return checkbox_task(body_lines[number], line)
    return written


def written_task(
    body_lines: list[str], number: int, line: int, rapid_log: bool = False
) -> Task | None:
    """The task line `number` of the body writes with a word rather than a checkbox ("TODO:
    сказать Сергею, что я всё", Logseq's "- LATER …" and "- DONE …"), at note line `line`, its
    Logseq day read as a due day; or None."""
    text = body_lines[number]
    if ("odo" in text or "ODO" in text) and (todo := _TODO.match(text)) is not None:
        noted = "[!" in text[:12]
        if noted and _CALLOUT_HOLDS_TASKS.match(
            body_lines[number + 1] if number + 1 < len(body_lines) else ""
        ):
            return None  # "> [!todo] Что обещала Ксюше" over its own ticked items: a heading
        words = todo.group("text").strip() + _planned_day(body_lines, number)
        struck = words.startswith("~~") and "~~" in words[2:]
        return Task(line, struck, None, words, noted=noted)
    if rapid_log and ("•" in text or "×" in text):
        signed = _BULLET_JOURNAL.match(text)
        if signed is not None:  # "• Диме вопросы: …", "× отправил тестовое"
            return Task(line, signed.group("sign") == "×", None, signed.group("text").strip())
    marked = _LOGSEQ_TASK.match(text) if "E" in text or "N" in text else None
    if marked is None:
        return None
    words = marked.group("text").strip() + _planned_day(body_lines, number)
    marker = marked.group("marker")
    return Task(line, marker == "DONE", None, words, marker in _LOGSEQ_GIVEN_UP)


def checkbox_task(text: str, line: int) -> Task | None:
    """The checkbox item on `text`, with its ✅ day when done, or None."""
    task = _TASK.match(text)
    if task is None:
        return None
    stamp = _DONE_ON.search(task.group("text"))
    done_on = parse_written_date(stamp["emoji"] or stamp["field"]) if stamp else None
    status = task.group("status")
    words = task.group("text").strip()
    struck = _STRUCK_ACTION.match(words) if words.startswith("~~") and status == " " else None
    if struck is not None:  # "- [ ] ~~ping Jess again~~ she's gone — wait for Sarah"
        left = words[struck.end() :].lstrip(" \t—–-:;,.→>")
        acts = _ACTION.search(left)
        if not left:
            return Task(line, False, None, words, True)  # the whole task struck: given up
        if acts is None and _GIVEN_UP.search(left):
            return Task(line, False, None, left)  # "she's gone — wait for Sarah": no task left
        if acts is not None and _NAMED_NEXT.match(left, acts.end()):
            return Task(line, False, None, left)  # "→ Дима уволился, скинуть Кате": to Катя
        # "~~ping Jess~~ on leave till 10.12, ping then": still to the one struck; as written
    done = status in "xX" or (status == " " and _SAID_DONE.search(words) is not None)
    return Task(line, done, done_on, words, status == "-")


_SAID_DONE = re.compile(
    r"(?:[✔✓☑✅]\ufe0f?|\s[—–-]\s*(?:done|сделано|готово)|\((?:done|сделано|готово)\))[\s.!]*$",
    re.IGNORECASE,
)
"""An open box whose words end by saying it was done ("- [ ] LI rec for Dan — did this Sun
actually ✔", "- [ ] скинуть CV — сделано"): ticked in words, not in the box."""
_ACTION = re.compile(
    r"(?<![^\W\d_])(?:send|ping|write|email|e-mail|call|message|text|ask|reply|answer|chase"
    r"|follow up|share|forward|intro\w*|скинуть|отправить|написать|позвонить|спросить|ответить"
    r"|переслать|напомнить|пингануть|поблагодарить|поздравить)(?![^\W\d_])",
    re.IGNORECASE,
)
_GIVEN_UP = re.compile(
    r"(?<![^\W\d_])(?:gone|left(?! (?:a|an|the|you|him|her|them|me|message|voicemail|vm)\b)"
    r"|no need|not needed|cancel\w*|moot|отбой|не нужно|не надо|уволил\w*|отмен\w*"
    r"|неактуально|не актуально)(?![^\W\d_])",
    re.IGNORECASE,
)
_NAMED_NEXT = re.compile(r"\s+(?:to\s+|для\s+)?[A-ZА-ЯЁ][\w'-]+")
"""A name just after the action left unstruck: the task goes to someone else now."""
_STRUCK_ACTION = re.compile(r"~~(?=[^~\n]*?[^\W\d_]{2}[^~\n]*?\s[^~\n]*?[^\W\d_]{2})[^~\n]+~~")
"""An open task's words struck through at its start, two words or more: the action given up
("~~ping Jess again re Orbital~~ she's gone"), not a day moved ("~~Tue~~ Wed: call Anna")."""


_SIGNIFIED = re.compile(r"^[ \t]*[×○][ \t]+\S", re.MULTILINE)
_NOTED = re.compile(r"^[ \t]*–[ \t]+\S", re.MULTILINE)


def rapid_log(text: str) -> bool:
    """Whether a note is a bullet journal's rapid log: some line opens with a signifier no
    other list uses ("× done", "○ event"), or its "•" tasks stand beside "–" notes; "•" alone
    is how pasted lists come."""
    if ("×" in text or "○" in text) and _SIGNIFIED.search(text) is not None:
        return True
    return "•" in text and "–" in text and _NOTED.search(text) is not None
