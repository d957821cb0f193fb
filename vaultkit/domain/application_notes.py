"""What a note kept for one application says in its properties (`company`, `status`,
`applied`, `next_step`, `next_step_date`), as trackers of the Projects plugin or Dataview keep
them: the decision its status names ("Closed - rejected", "Offer declined", "Position filled")
and the next round its next step books ("Onsite (4 sessions)" on its day)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from vaultkit.domain.moved_rounds import held_on
from vaultkit.domain.note_outcome import company_outcome, outcome_of, status_lines, text_of
from vaultkit.domain.outcomes import DECISIONS, Outcome, read_outcome
from vaultkit.domain.rounds_ahead import ROUND_OPENING, round_line, round_task_day
from vaultkit.domain.take_home import handed_in, take_home_due
from vaultkit.links.kinds import lead_status
from vaultkit.model import Note, Property, latest_day_by
from vaultkit.parse.dates import as_date, dates_in, day_first, slashes_swapped


def next_round(note: Note, today: date | None = None, held: date | None = None) -> date | None:
    """The day of the process's next round its note keeps (`next`, `next_round`), or its next
    step's day where that step is a round (`next_step: Onsite (4 sessions)`,
    `next_step_date: 2026-12-09`), or an open task of it that is a round still ahead ("- [ ]
    **HR scrn Tue 12/8, 2pm CT**", a "## Next" line "follow-up interview 15.12."), or a line
    of its log dated ahead that is one (not on the day `held` of the round the note is of)."""
    booked = as_date(note.get("next") or note.get("next_round") or note.get("следующий_этап"))
    step = note.get("next_step") or note.get("next_action")
    if booked is None and isinstance(step, str) and _booked_round(step):
        return as_date(note.get("next_step_date") or note.get("next_action_date"))
    if booked is None and today is not None:
        ahead = [round_task_day(t.text, today) for t in note.tasks if t.open]
        ahead.append(round_task_day(lead_status(note), today))  # "**Status:** tech Wed 9/12, 14:00"
        ahead += [round_task_day(line, today) for _, line in status_lines(note)]  # "## Next"
        ahead += [  # "- 10/12 stage 2 — design + EM" in its timeline, not the round it is of
            held_on(entry.text, entry.on)  # "15/12 stage 2 — moved to Jan 12": that day
            for entry in note.log_as_of(today)
            if entry.on != held and round_line(entry.text, own_note=True)
        ]
        booked = min((day for day in ahead if day is not None and day >= today), default=None)
    return booked


def _booked_round(step: str) -> bool:
    """Whether a next step is a round itself ("Onsite (4 sessions)"), not an answer, a
    deadline, preparation, a maybe or one called off ("Final answer to Devika", "Interview
    prep with Kwame", "Onsite cancelled")."""
    booked = ROUND_OPENING.match(step) and round_line(step, own_note=True)
    return bool(booked) and not _NOT_BOOKED.search(step)


_NOT_BOOKED = re.compile(
    r"\b(?:prep\w*|tbd|tba|again|expected|decides?|due|feedback|maybe)\b", re.IGNORECASE
)


def application_outcome(note: Note, today: date | None = None) -> Outcome:
    """What an interview's note says of its outcome (its log without a year read up to
    `today`); an application's note (it has the day applied) also by its `status` when that
    names a decision ("Closed - rejected"), as does one that writes its status as a bold label
    in its lead ("**Status:** rejected (1/10)", "**Status:** frozen — hiring freeze")."""
    read = outcome_of(note, today)
    if read.result in (None, "pending", "passed") and not read.unreadable:
        lead = _lead_status(note, today)
        if lead is not None:
            return lead
    if read.result is None and not read.unreadable and note.find("applied") is not None:
        said = text_of(note.get("status")).split("(")[0]  # "Interviewing (rejected for Staff…)"
        if _CLOSED_BY_ME.search(said):
            return Outcome("withdrawn", None)
        if _CLOSED_BY_THEM.search(text_of(note.get("status"))):  # not "… (to full remote)"
            return Outcome("rejected", None)
        if _NOT_YET.search(said):
            return read
        status = company_outcome(replace(note, properties=_plain_status(note, said)))
        return status if status.result is not None else read
    return read


def _lead_status(note: Note, today: date | None) -> Outcome | None:
    """The decision or hold a bold status in the note's lead names, on the day it writes (the
    latest such day up to `today`), or None."""
    said = lead_status(note)
    result = read_outcome(said.split("(")[0]).result if said else None
    if result not in (*DECISIONS, "on_hold"):
        return None
    days = [latest_day_by(day, today) for day in dates_in(said, today)] if today else []
    return Outcome(result, days[0] if days else None)


_CLOSED_BY_ME = re.compile(
    r"offer declined|declined (?:the |their |an )?offer|i declined|declined by me"
    r"|turned (?:them|it) down|rejected them|passed on it|accepted elsewhere"
    r"|отказал(?:ся|ась) сам|отказался|отказалась",
    re.IGNORECASE,
)
"""A status that says the owner closed the process ("Offer declined", "Rejected them")."""
_CLOSED_BY_THEM = re.compile(
    r"(?:position|role|job) filled|not offered|^\W*(?:they said no|сказали нет)\W*$", re.I
)
"""A status that says the company closed it without the owner ("Position filled")."""
_NOT_YET = re.compile(
    r"pre-?offer|before (?:the )?offer|team match|waiting|offer call", re.IGNORECASE
)
"""A status that names a decision still to come ("Pre-offer", "Offer call scheduled")."""


_APPLIED = frozenset(
    "applied submitted подано подала подал отклик откликнулась откликнулся".split()
)
_BOOKED = frozenset("scheduled booked назначено назначен запланировано".split())


def not_yet(result: str, ahead: bool) -> bool:
    """Whether a `result` says only that it is not yet (`подано`, or `итог:: назначено` of a
    round still `ahead`): there is nothing to read, and nothing to warn of. A round held with
    its result still "scheduled" is a note not brought up to date: that is warned of."""
    said = "_".join(result.casefold().split())
    return said in _APPLIED or (ahead and said in _BOOKED)


def _plain_status(note: Note, said: str) -> tuple[Property, ...]:
    """The note's properties with its status cut to what stands before a parenthesis."""
    return tuple(
        replace(prop, value=said) if prop.name == "status" else prop for prop in note.properties
    )


def named_for_its_company(note: Note) -> bool:
    """Whether an application's note is named for its company: it says when the owner applied
    ("Pipeline/Polder AI.md"), or its tags call it a company too (tags [company, interview])."""
    return note.find("applied") is not None or any(tag in _COMPANY_TAGS for tag in note.tags)


_COMPANY_TAGS = frozenset({"company", "companies", "компания", "компании"})


def application_company(title: str) -> str:
    """The company an application's note is named for: its title without a status mark before
    it and the role after a dash ("🟡 Semrush — UX designer" is Semrush's; "Polder AI" is)."""
    name = _STATUS_MARK.sub("", title)
    parts = [part.strip() for part in _ROLE_AFTER.split(name)]
    company = parts[0] if len(parts) == 2 else ""  # "hh — Аналитик — Контур": whose?
    if company and _ROLE.search(company) and not _ROLE.search(parts[1]):
        company = parts[1]  # "Data Engineer — Monzo": the role first
    return company or name or title


_ROLE = re.compile(
    r"\b(?:engineer|developer|manager|analyst|designer|qa|sdet|lead|scientist|head of|architect"
    r"|инженер|разработчик|аналитик|дизайнер|менеджер|руководитель|em|cto|cpo|vp|sre)\b",
    re.IGNORECASE,
)
"""A role's word, whole ("Data Engineer — Monzo"; not "Leadfeeder — Helsinki")."""
_STATUS_MARK = re.compile(r"^[\W_]+(?=\w)")
"""Marks before a title's words: a status emoji ("🟡 ", "⚪"), brackets, a dash."""
_ROLE_AFTER = re.compile(r"\s+[—–-]+\s+|\s*[|:]\s+")
"""What parts a company's name from the role after it ("Semrush — UX designer", "Acme | SRE")."""


ANSWER_WITHIN_DAYS = 60
"""Days after the round held that a day an answer is promised by may be (a later day on the
line is something else: a start date)."""


def answer_by_of(note: Note, held: date | None, today: date | None) -> date | None:
    """The day a line of an application's note, or an open task of it, says the answer will
    come by after the round held ("- [ ] decision — JK: "by Wed 12/9 at the latest"", "- 18.12 —
    offer decision expected")."""
    if held is None:
        return None
    said = [(entry.on, entry.text) for entry in (note.log_as_of(today) if today else note.entries)]
    said += [(held, task.text) for task in note.tasks if task.open and not _CHASE.search(task.text)]
    result = text_of(note.get("result"))  # "итог:: жду (Ани обещала фидбек до 11.12)"
    promised = _THEY_PROMISED.search(result)  # their feedback promised there is the answer
    said += (
        [(held, re.sub(r"feedback|фидбек\w*", "answer", result, flags=re.I))] if promised else []
    )
    days = []
    for on, text in said:
        if on < held or not ANSWER_WORDS.search(text) or _MY_ANSWER.search(text):
            continue
        swapped = day_first(slashes_swapped(text))  # "12/9" either way
        read = [*dates_in(text, on), *dates_in(swapped, on)]
        if not read and _EXPECTED.search(text):
            read = [on]  # "- 18.12 — offer decision expected": the line's own day
        ahead = sorted(d for d in read if 0 < (d - held).days <= ANSWER_WITHIN_DAYS)
        days.extend(ahead[:1])  # "by Fri 12/4 (if yes, start date Jan 11)": the soonest
    return max(days, default=None)


_CHASE = re.compile(r"follow[ -]?up|chase|ping|nudge|напомн\w*|пнуть|фоллоу\w*", re.IGNORECASE)
"""The owner's own chase ("follow-up interview feedback w/ Maria if nothing by then 📅 12-11"):
its day is theirs to ask on, not the day the answer was promised by."""
_THEY_PROMISED = re.compile(
    r"(?<![^\W\d_])(?:обещал[аи]?|пообещал[аи]?|сказал[аи]?|promised|said)(?![^\W\d_])", re.I
)
"""A result that tells their promise of the answer ("жду (Ани обещала фидбек до 11.12)"), not the
owner's own deadline ("жду. Сама должна дать ответ Ozon до 11.12")."""
_EXPECTED = re.compile(
    r"(?:\b(?:expected|due)\b|(?<![^\W\d_])ожида\w*)(?!.*\b(?:within|in|after|next|weeks?|days?"
    r"|months?|mid|early|late|jan\w*|feb\w*|через|после|недел\w*|дн\w+|месяц\w*|январ\w*"
    r"|праздник\w*)\b)",
    re.IGNORECASE,
)
"""A line that is the day an answer is awaited itself ("18.12 — offer decision expected"), not
one that gives a wait from it ("decision expected within two weeks")."""
_MY_ANSWER = re.compile(
    r"\b(?:i|я)\b[^.;]{0,30}(?:\bgive\b|\banswer\b|\bmust\b|\bowe\b|должн\w*|ответить)",
    re.IGNORECASE,
)
"""The owner's own answer due elsewhere ("I must give Stripe an answer by Dec 18")."""


_MY_MOVE = re.compile(
    r"\b(?:i|i'?ll)\s+(?:need to|have to|must|should|owe them)\s+(?:send|submit|finish|do|share|"
    r"get back)|(?<![^\W\d_])(?:мне нужно|надо|должн[аы]?)\s+(?:отправить|прислать|сдать|доделать"
    r"|скинуть|вернуться)",
    re.IGNORECASE,
)
"""The owner's own next move ("I need to send them the take-home by 12/10")."""


def owes_next_move(note: Note) -> bool:
    """Whether a process's note says the next move is the owner's: in its plain lines ("I need
    to send them the take-home"), or an open task to answer them ("Reply Olivia, pick a slot
    📅 2026-12-02"; its other tasks are promises of their own)."""
    if any(task.open and _TO_ANSWER.match(task.text) for task in note.tasks):
        return True
    latest = max(note.entries, key=lambda entry: (entry.on, entry.line), default=None)
    said = [text_of(note.get("status")), latest.text if latest else ""]
    handed = latest is not None and handed_in(latest.text)  # a stale `статус`
    if not handed and any(take_home_due(text) for text in said):
        return True  # `статус: тестовое до 08.12`: the work is the owner's to hand in
    return any(
        _MY_MOVE.search(line)
        for section in note.sections
        for line in section.content.split("\n")
        if "[ ]" not in line and "[x]" not in line.casefold()
    )


_TO_ANSWER = re.compile(
    r"\W*(?:(?i:reply|respond|answer|get back)(?:\s+to)?\s+(?:[A-Z]\w+|(?i:them|her|him))\b"
    r"|(?i:ответить)\s+(?:[А-ЯЁ]\w+|(?i:им|ей|ему|рекрутеру|hr|эйчару))(?![^\W\d_])"
    r"|(?i:(?:pick|choose|confirm)\s+(?:a\s+|the\s+)?(?:slot|time|date)"
    r"|выбрать\s+(?:слот|время|день)|подтвердить\s+(?:слот|время|дату)))"
)
"""An open task to answer the company's people, or pick a slot, which waits on the owner
("Reply Olivia, pick a slot"; not "Answer the Greenhouse survey", "Get back into LeetCode")."""


ANSWER_WORDS = re.compile(
    r"\b(?:decide\w*|decision|answer|get back|come back|hear back|respond|reach out|be scheduled)\b"
    r"|(?<![^\W\d_])(?:решени\w*|решат|ответ\w*|вернутся|вернется|вернётся)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of an answer promised for a day ("they'll decide by Dec 15", "решение после 14
декабря")."""
