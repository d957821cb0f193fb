"""The follow-up steps an interview's notes record as done, and when: "asked for feedback",
"followed up", a ticked "- [x] follow up w/ Ravi ✅ 2026-11-13", in the interview note, its
company's note, or a line of another note that links it."""

from __future__ import annotations

import re
from datetime import date

from vaultkit.domain.interactions import TICK_PHRASES
from vaultkit.domain.pings import FOLLOW_UP_PHRASES, said_follow_up
from vaultkit.links.graph import VaultGraph
from vaultkit.model import DatedEntry, Note, Task
from vaultkit.parse.dates import dates_in, note_day

_SAID = ("ответил", "ответила", "написал", "написала", "replied", "sent")
"""Verbs a thanks is logged with ("25.11 — отказ письмом, ответил спс")."""
_LOGGED_STEPS = {
    step: tuple({TICK_PHRASES[language][step].casefold() for language in TICK_PHRASES} | extra)
    for step, extra in (
        (
            "request_feedback",
            {"asked for feedback", "попросил обратную связь", "попросила обратную связь"},
        ),
        ("follow_up", set(FOLLOW_UP_PHRASES)),
        (
            "feedback_reminder",
            {
                "reminded about feedback",
                "напомнил об обратной связи",
                "напомнила об обратной связи",
            },
        ),
        (
            "thank_you",
            {"thanked", "thank-you", "thank you note", "поблагодарил", "поблагодарила"}
            | {f"{said} {thanks}" for said in _SAID for thanks in ("спс", "спасибо", "thanks")},
        ),
        ("prepare", set()),
    )
}


def logged_steps(
    graph: VaultGraph,
    note: Note,
    *kept: Note,
    today: date | None = None,
    on: date | None = None,
    company: str = "",
) -> dict[str, date]:
    """The latest day each follow-up step was recorded as a dated list item or a task ticked
    with its day (`- [x] follow up w/ Ravi ✅ 2026-11-13`): in the interview note itself, on a
    line of another note (the interaction log) that links the interview, or, from the
    interview's day on, in the notes `kept` about it (its company's note, where one note per
    company keeps the process; its recruiter's, where their log does), their lines written
    without a year read by `today` (Note.log_as_of); `on`: the interview's day, where its
    note says it otherwise than by its date property or title (a timeline, a heading). A line
    of those notes about another `company`'s process ("- [x] follow-up по Wildberries 28.11"
    in an agency recruiter's note, for her Ozon process) is none of this one's."""
    entries = list(note.log_as_of(today) if today else note.entries)
    for source, wanted in graph.linking_lines(note.path).items():
        entries.extend(e for e in graph.notes[source].entries if e.line in wanted)
    on = on or note_day(note.get("date"), note.title)
    for other in (note, *kept):
        since = date.min if other is note else on
        if since is None:
            continue
        theirs = other is note or not company  # another note's line may be of another process
        if other is not note:
            log = other.log_as_of(today) if today else other.entries
            entries.extend(e for e in log if e.on >= since and _of(e.text, company))
        ticked = [
            DatedEntry(day, t.text, t.line)
            for t in other.tasks
            if t.done
            and (day := _done_day(t, on, today)) is not None
            and day >= since
            and (theirs or _of(t.text, company))
        ]
        entries.extend(ticked)
        for task in ticked:  # "- [x] follow up w/ Ravi": said as a plan, ticked when done
            text = task.text.casefold()
            entries.extend(
                DatedEntry(task.on, phrases[0], task.line)
                for step, plans in _TICKED_STEPS.items()
                if any(plan in text for plan in plans)
                for phrases in (_LOGGED_STEPS[step],)
            )
    found: dict[str, date] = {}
    for entry in entries:
        text = entry.text.casefold()
        for step, phrases in _LOGGED_STEPS.items():
            if any(phrase in text for phrase in phrases) or (
                step == "follow_up" and said_follow_up(entry.text)
            ):
                found[step] = max(found.get(step, entry.on), entry.on)
    return found


def _of(text: str, company: str) -> bool:
    """Whether a line of a kept note may be about `company`'s process: it names no other
    company after "по", "for", "re", "about" ("follow-up по Wildberries")."""
    named = _ABOUT.search(text)
    if named is None or not company.split():
        return True
    word, name = named.group(1).casefold(), company.split()[0].casefold()
    return word.startswith(name[:4]) or name.startswith(word[:4])  # "по Ритму" is Ритм's


_ABOUT = re.compile(
    r"(?<![^\W\d_])(?:по|про|for|re|about|regarding)\s+(?-i:([A-ZА-ЯЁ][\w.&-]{2,}))",
    re.IGNORECASE,
)


def _done_day(task: Task, on: date | None, today: date | None) -> date | None:
    """The day a ticked task was done: its ✅ date, else the date its words give, read after
    the interview's day `on` and no later than `today` ("- [x] follow-up 16.11 — нет ответа";
    not "- [x] thank-you email, follow-up 10.12 если молчат", a plan for later)."""
    if task.done_on is not None or on is None or today is None:
        return task.done_on
    return next((day for day in dates_in(task.text, on) if on <= day <= today), None)


_TICKED_STEPS = {
    "follow_up": (
        "follow up",
        "follow-up",
        "ping ",
        "nudge",
        "check in",
        "chase",
        "пингануть",
        "пингнуть",
        "пинг ",
        "уточнить статус",
        "напомнить о себе",
    ),
    "request_feedback": (
        "ask for feedback",
        "request feedback",
        "попросить обратную связь",
        "попросить фидбек",
        "запросить обратную связь",
        "запросить фидбек",
    ),
}
"""A ticked task's words for a step, as a plan is written ("follow up w/ Ravi")."""
