"""The rounds an application note's timeline names: one note per application, its dated entries
saying "screen", "техническое", "onsite"."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from vaultkit.domain.moved_rounds import held_on
from vaultkit.domain.outcomes import DECISIONS, Reading, read_outcome
from vaultkit.domain.rounds_ahead import CALLED_OFF
from vaultkit.model import DatedEntry, Note, latest_day_by
from vaultkit.parse.dates import as_date, dates_by, dates_in, day_first
from vaultkit.parse.markdown import LIST_ITEM

ROUND = re.compile(
    r"\b(?:screen\w*|скрин\w*|tech\w*|техническ\w*|system design|coding|take-home"
    r"|onsite|on-site|final\w*|финал\w*|hm call|hiring manager|интервью|собеседовани\w*"
    r"|собес\w*|техсобес\w*|тех|техинтервью|техничк\w*|техсек\w*|алгосекци\w*|алгоинтервью|сисдиз\w*|лайвкодинг"
    r"|screening|тестов\w*|test task|r[1-9]|dsa|lld|hld|pairing|vo|superday|super day"
    r"|stage [1-9])\b",
    re.IGNORECASE,
)


_STAMPS = re.compile(r"[✅📅⏳🛫➕]\ufe0f?\s*\d{4}-\d{2}-\d{2}")
_PRACTICE = re.compile(
    r"(?<![^\W\d_])(?:mock\w*|practice|мок\w*|пробн\w*)|^\W*(?:prep\w*|подготов\w*)", re.I
)
"""A round rehearsed, not held ("Mock system design call with Ruth")."""


_STEP_FIRST = re.compile(
    r"\W*(?:(?:DONE|TODO|LATER|NOW)\s+)?(?:\S+\s+){0,3}?" + ROUND.pattern, re.IGNORECASE
)
"""A checklist's line that opens with its round ("DONE R2 LLD - 7 Oct", "final round - 20 Oct")."""


def ticked_steps(note: Note, today: date) -> list[DatedEntry]:
    """A timeline kept as a checklist: the done tasks that write their day among their words
    ("- DONE system design - 28 Oct", "- [x] screen w/ Priya [[Oct 6th, 2026]]"), each on that
    day (a day without its year the latest up to a month after `today`), where it has come."""
    dated = {entry.line for entry in note.entries}
    applied = as_date(note.get("applied"))  # a checklist of last year's process is last year's
    anchor = min(today, applied + timedelta(days=330)) if applied else today
    steps = []
    for task in note.tasks:
        if not task.done or task.line in dated:
            continue
        said = _STAMPS.sub(" ", task.text)  # the ✅ day is when it was ticked, not held
        if not _STEP_FIRST.match(said):
            continue  # "re-read DDIA … before the system design — done 28 Nov": no round
        days = [day for day in dates_by(said, anchor) if day <= today]
        if days:
            steps.append(DatedEntry(days[0], task.text, task.line))
    return steps


def ticked_decisions(note: Note, today: date | None) -> list[tuple[Reading, DatedEntry]]:
    """A checklist's ticked step that opens with its decision ("- [x] **rej Fri 10/30** — Sam
    called", "- [x] offer 11/20"), on the day it writes (else the day it was ticked)."""
    found = []
    for task in note.tasks:
        if not task.done:
            continue
        said = _STAMPS.sub(" ", task.text)
        first = _FIRST_WORD.match(said)
        reading = read_outcome(first.group(1)) if first else None
        if reading is None or reading.result not in DECISIONS:
            continue
        if _ABOUT_IT.match(said, first.end()):  # type: ignore[union-attr]
            continue  # "- [x] offer range asked on the HR call": a step about it
        days = [day for day in dates_by(said, today) if day <= today] if today else []
        on = days[0] if days else task.done_on
        if on is not None:
            found.append((reading, DatedEntry(on, task.text, task.line)))
    return found


_FIRST_WORD = re.compile(r"[\W_]*([^\W\d_]+(?:'\w+)?)")
_ABOUT_IT = re.compile(
    r"\W*(?:range|band|expectations?|details|questions?|process|stage|structure|asked|call prep"
    r"|вилк\w*|ожидани\w*|вопрос\w*|детал\w*)(?![^\W\d_])",
    re.IGNORECASE,
)


def latest_round(
    note: Note, on: date | None, today: date | None = None
) -> tuple[str | None, date | None]:
    """The latest round an application note's dated entries (its timeline, read up to `today`
    where it is written without a year: Note.log_as_of, and a year on where that puts a round
    before the day applied: "10 Dec — final onsite" is booked ahead) name, and its day (the
    note's own date, when it has one, stays)."""
    log = [*note.log_as_of(today), *ticked_steps(note, today)] if today else note.entries
    applied = as_date(note.get("applied"))  # nothing of the process comes before it
    dated = {entry.line for entry in note.entries}  # written with their year
    log = [replace(e, on=day) for e in log if (day := held_on(e.text, e.on))]  # "moved to …"
    rounds = [
        replace(entry, on=latest_day_by(entry.on, entry.on + timedelta(days=366)))
        if applied is not None and entry.on < applied and entry.line not in dated
        else entry
        for entry in log
        if ROUND.search(entry.text)
        and not _PRACTICE.search(entry.text)
        and (today is None or entry.on <= today or entry.line in dated)
    ]
    if not rounds:
        return None, on
    latest = max(rounds, key=lambda entry: entry.on)
    return latest.text, on or latest.on


def opening_day(note: Note, today: date | None) -> date | None:
    """The day an interview note opens with, where it gives no date otherwise: its first line
    of text, before any heading but its title, is a line of prose opening with a day ("24 ноя,
    16:00, офис Frameloop"; a day without its year is the latest such day up to a month after
    `today`), or the later day it books ("12.11 пришло приглашение, собес назначен на 24.11"),
    or one labelled a day ("Дата: 25.11, 11:00"), after a line of tags and links alone."""
    first = next((section for section in note.sections if section.content.strip()), None)
    if first is None or (first.heading and first.level > 1):
        return None
    lines = first.content.split("\n")
    at = next((n for n, ln in enumerate(lines) if ln.strip() and not _TAGS_LINKS.match(ln)), -1)
    if at < 0 or LIST_ITEM.match(lines[at]):
        return None  # a timeline's first entry: latest_round reads it
    labelled = _DAY_LABEL.match(lines[at])
    if labelled is not None:
        rest = day_first(lines[at][labelled.end() :])  # "Дата: 3.12, 11:00"
        days = dates_by(rest, today) if today else dates_in(rest, date.max)
        return days[-1] if days else None  # "перенесли с 25.11 на 2.12": the day it moved to
    opening = first.line + 1 + at
    entry = next((entry for entry in note.entries if entry.line == opening), None)
    day = entry.on if entry else None
    if entry is None and today is not None:
        ahead = today + timedelta(days=31)  # a note written for an interview still to come
        entry = next((e for e in note.yearless if e.line == opening), None)
        day = latest_day_by(entry.on, ahead) if entry else None
    if entry is None or day is None:
        return None
    booked = [d for d in dates_in(entry.text, day) if 0 < (d - day).days <= 45]
    return max(booked, default=day)  # "12.11 пришло приглашение, собес назначен на 24.11"


_TAGS_LINKS = re.compile(r"(?:\s*(?:#[^\s#]+|\[\[[^\]]*\]\]))+\s*$")
"""A line of tags and links alone ("#interview [[Docplanner]]"): no prose to open with."""
_DAY_LABEL = re.compile(
    r"\s*(?:\*\*|__)?(?:дата|date|when|когда|день)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*", re.IGNORECASE
)
"""A label that says the day follows ("Дата: 25.11, 11:00", "**When:** Tue 24 Nov")."""


_ROUND_HEADING = re.compile(r"\b(?:round|раунд|этап|stage|step|panel|панель)\b", re.IGNORECASE)


_DEADLINE = re.compile(r"deadline|дедлайн|decision|решени|до \d|by \d", re.IGNORECASE)


def rounds_by_heading(note: Note, today: date | None) -> tuple[date | None, date | None]:
    """The latest round held and the next still ahead that a note kept as one section a round
    dates in its headings ("## Round 3 - System design (17 Nov)", "## Round 4 - Final (Thu 10
    Dec 2026, 14:00)"); a day without its year is the latest such day up to a month after
    `today`."""
    if today is None:
        return None, None
    days = []
    for section in note.sections:
        heading = section.heading
        if not is_round_heading(heading):
            continue
        if CALLED_OFF.search(heading) or _DEADLINE.search(heading):
            continue  # "Final (10 Dec) — CANCELLED", "offer decision (deadline 15 Dec)"
        days.extend(dates_by(heading, today)[-1:])  # "(sent 13 Oct, submitted 20 Oct)"
    held = [day for day in days if day <= today]
    ahead = [day for day in days if day > today]
    return max(held, default=None), min(ahead, default=None)


def is_round_heading(heading: str) -> bool:
    """Whether a heading names a round ("Round 2 - Technical (20 Oct)", "Panel — Tue 3 Nov")."""
    return bool(ROUND.search(heading) or _ROUND_HEADING.search(heading))


def last_logged(note: Note, today: date | None) -> date | None:
    """The latest day up to `today` a line of the note is dated with (read by today where its
    log is written without a year)."""
    if today is None:
        return max((entry.on for entry in note.entries), default=None)
    return max((entry.on for entry in note.log_as_of(today) if entry.on <= today), default=None)


def logged_after(note: Note | None, day: date | None, today: date | None) -> bool:
    """Whether the note logs something after `day` (up to `today`)."""
    if note is None or day is None:
        return False
    log = note.log_as_of(today) if today else note.entries
    return any(day < entry.on <= (today or entry.on) for entry in log)
