"""Why vaultkit says what it says about one contact or one interview: every fact it read, where
it read it (file and line, and how it was written), and how the verdict follows from them.
Pure: it reads the build's facts and the due report, and returns a value `vaultkit explain`
prints."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from vaultkit.config import DueSettings
from vaultkit.domain.contacts import Contact
from vaultkit.domain.events import Event
from vaultkit.domain.interviews import Interview
from vaultkit.domain.news import News
from vaultkit.domain.note_outcome import outcome_of
from vaultkit.domain.outcomes import DECISIONS
from vaultkit.model import Note
from vaultkit.parse.cadence import parse_cadence
from vaultkit.rules.due import DueItem
from vaultkit.rules.facts import Facts
from vaultkit.rules.holds import hold_of
from vaultkit.rules.interview_items import answered_in_its_process, stage_window, told_of

_HOW = {
    "yaml": "property",
    "inline": "inline field",
    "item": "list item's inline field",
    "body": "line at the top of the note",
}
_SOURCES = {
    "property": "property",
    "entry": "dated entry",
    "task": "ticked task",
    "daily": "daily note",
    "meeting": "meeting note",
    "interview": "interview note",
}


@dataclass(frozen=True, slots=True)
class Read:
    """One fact vaultkit read."""

    what: str
    """What it is about: tier, cadence, last interaction, stage, outcome ..."""
    value: str
    """What vaultkit took it to be."""
    where: str
    """File and line it came from ('' for a default)."""
    how: str
    """How it was written: property, inline field, dated entry, daily note, default ..."""


@dataclass(frozen=True, slots=True)
class Explanation:
    """Everything behind vaultkit's verdict on one note."""

    path: str
    """The note's vault path."""
    kind: str
    """contact or interview."""
    read: tuple[Read, ...]
    """The facts, in the order the verdict uses them."""
    due: tuple[DueItem, ...]
    """What is due about it today."""
    verdict: tuple[str, ...]
    """How the verdict follows, one line each."""


def _at(path: str, line: int) -> str:
    return f"{path}:{line}" if line else path


def _property(note: Note, key: str, what: str, shown: str | None = None) -> Read | None:
    found = note.find(key)
    if found is None:
        return None
    value = shown if shown is not None else str(found.value)
    return Read(what, value, _at(note.path, found.line), _HOW[found.source])


def explain_contact(facts: Facts, contact: Contact) -> Explanation:
    """The facts and the rule behind what is due for `contact`."""
    note = facts.graph.notes[contact.path]
    read = [
        _property(note, "tier", "tier", contact.tier)
        or Read("tier", contact.tier, "", "default (no tier property)"),
        _cadence(note, contact),
    ]
    if contact.stopped_by is not None:
        stop = contact.stopped_by
        read.append(Read("stop", stop.said, _at(contact.path, stop.line), "stop signal"))
    elif contact.status != "active":
        read.append(
            _property(note, "status", "status", contact.status)
            or Read("status", contact.status, "", "")
        )
    if contact.snooze_until:
        read.append(
            _property(note, "snooze_until", "snoozed until", contact.snooze_until.isoformat())
            or Read("snoozed until", contact.snooze_until.isoformat(), "", "")
        )
    for company in contact.companies:
        read.append(Read("company", facts.graph.notes[company].title, contact.path, "link"))
    last = contact.last_interaction
    if last is not None:
        channel = f" ({last.channel})" if last.channel else ""
        read.append(
            Read(
                "last interaction",
                f"{last.on.isoformat()}{channel}",
                _at(last.path, last.line),
                _SOURCES[last.source],
            )
        )
    due = tuple(
        item for item in facts.due().items if item.contact == contact and item.interview is None
    )
    return Explanation(
        contact.path,
        "contact",
        tuple(r for r in read if r),
        due,
        tuple(_contact_verdict(contact, due, facts.today)),
    )


def _cadence(note: Note, contact: Contact) -> Read:
    """The cadence, and whether the note's own property or the tier's default gave it."""
    days = f"{contact.cadence_days} days"
    written = note.find("cadence")
    if written is not None and parse_cadence(written.value) == contact.cadence_days:
        return Read("cadence", days, _at(note.path, written.line), _HOW[written.source])
    return Read("cadence", days, "", f"default for a {contact.tier} contact")


def _owed_rules(contact: Contact, due: tuple[DueItem, ...]) -> list[str]:
    """The rules behind a reply, a promise and a check-in brought forward, with their facts."""
    lines = []
    for item in due:
        if item.kind == "reply" and item.last_interaction is not None:
            lines.append(
                f"rule: their message of {item.last_interaction.on.isoformat()} asks something "
                f"({item.last_interaction.path}:{item.last_interaction.line}) and nothing of "
                "yours came that day or after: a reply is owed"
            )
        elif item.kind == "promise" and item.promise is not None:
            lines.append(
                f"rule: an open task links them ({item.promise.path}:{item.promise.line}: "
                f"{item.promise.text}): a promise, until it is ticked"
            )
        elif item.kind == "share_news":
            told = "; ".join(_news_source(news) for news in item.news)
            lines.append(
                f"rule: a key contact, nothing with them since the news ({told}): one update, "
                "until they have heard it (any later entry with them)"
            )
        elif item.kind == "event" and item.event is not None:
            lines.append(f"rule: {_event_source(item.event)}: reminded like a birthday")
        elif item.news:
            lines.append(
                f"rule: the search ended with a new role on {item.news[0].on.isoformat()} and "
                "nothing with them since: the check-in carries the news"
            )
    awaited = contact.awaited
    if awaited is not None and any(item.kind == "reach_out" for item in due):
        lines.append(
            f"rule: they said they would by {awaited.by.isoformat()} "
            f"({awaited.said.path}:{awaited.said.line}) and nothing came from them since: "
            "the check-in comes the next working day"
        )
    return lines


def _news_source(news: News) -> str:
    if not news.path:
        return f"search {news.kind} on {news.on.isoformat()} (config's search_status)"
    return f"{news.on.isoformat()} {_at(news.path, news.line)}: {news.text}"


def _event_source(event: Event) -> str:
    if event.path:
        return f"{event.name} on {event.on.isoformat()} ({event.path} links them)"
    return f"{event.name} on {event.on.isoformat()} (config's [due.events], for {event.who})"


def _contact_verdict(contact: Contact, due: tuple[DueItem, ...], today: date) -> list[str]:
    if contact.stopped_by is not None:
        return [f"no check-ins: the note says to stop (line {contact.stopped_by.line})"]
    if contact.status != "active":
        return [f"no check-ins: the contact is {contact.status}"]
    lines = [f"{item.kind.replace('_', ' ')} due on {item.due_on.isoformat()}" for item in due]
    lines.extend(_owed_rules(contact, due))
    last = contact.last_interaction
    if last is None:
        lines.append("never contacted: a first touch is due")
    else:
        next_on = last.on + timedelta(days=contact.cadence_days)
        state = "overdue" if next_on <= today else "not yet"
        lines.append(
            f"last contact {last.on.isoformat()} + {contact.cadence_days} days = "
            f"{next_on.isoformat()}: {state}"
        )
    if contact.snooze_until and contact.snooze_until > today:
        lines.append(f"snoozed until {contact.snooze_until.isoformat()}")
    away = contact.away
    if away is not None and away.until > today:
        lines.append(
            f"away until {away.until.isoformat()} ({away.said.path}:{away.said.line}): chases "
            "and check-ins wait for that day"
        )
    return lines


def explain_interview(facts: Facts, interview: Interview) -> Explanation:
    """The facts and the rule behind what is due about `interview`."""
    note = facts.graph.notes[interview.path]
    read = [
        _property(note, "company", "company", interview.company_name or ""),
        _property(note, "recruiter", "recruiter", _title(facts, interview.recruiter)),
        _property(note, "date", "date", interview.on.isoformat() if interview.on else ""),
        _property(
            note,
            "stage",
            "stage",
            f"{interview.stage} ({'final' if interview.is_final else 'not final'})",
        ),
    ]
    outcome = outcome_of(note)
    for fact in outcome.unreadable:
        read.append(
            Read(
                "outcome (disagrees)",
                fact.reading.result or "?",
                _at(note.path, fact.line),
                "outcome",
            )
        )
    if interview.result:
        when = f" on {interview.result_date.isoformat()}" if interview.result_date else ""
        line = note.line_of("result")
        read.append(Read("outcome", f"{interview.result}{when}", _at(note.path, line), "outcome"))
    for what, day in (
        ("feedback asked for", interview.feedback_requested),
        ("feedback reminded", interview.feedback_reminded),
        ("followed up", interview.followed_up),
    ):
        if day is not None:
            read.append(Read(what, day.isoformat(), note.path, "property or dated entry"))
    if interview.feedback_received:
        read.append(Read("feedback", "recorded", note.path, "feedback section or property"))
    due = tuple(item for item in facts.due().items if item.interview == interview)
    why = _why_answered(interview, facts)
    return Explanation(
        interview.path,
        "interview",
        tuple(r for r in read if r),
        due,
        tuple(
            [*why, "nothing is due: the company has answered"]
            if why and not due
            else _interview_verdict(
                interview, due, answered_in_its_process(interview, facts.interviews(), facts.today)
            )
        )
        + tuple(interview_rule(item, facts.config.due, facts.today) for item in due),
    )


def _why_answered(interview: Interview, facts: Facts) -> list[str]:
    """Where a company's answer that ends the interview's follow-up was read: its company's
    note, or a line elsewhere that tells it in passing."""
    said = interview.company_result
    on = interview.company_result_on
    if said in DECISIONS and interview.on and (on is None or on >= interview.on):
        return [f"the company's note {_title(facts, interview.company)!r} says {said}"]
    told = told_of(interview, facts.decided())
    if told is not None:
        day, result, source = told
        if result == "passed":
            return [f"{source} tells on {day.isoformat()} that the process went on to a next round"]
        return [f"{source} tells on {day.isoformat()} that the company's answer was {result}"]
    return []


def _title(facts: Facts, path: str | None) -> str:
    return facts.graph.notes[path].title if path and path in facts.graph.notes else ""


def _interview_verdict(interview: Interview, due: tuple[DueItem, ...], answered: bool) -> list[str]:
    if due:
        return [f"{item.kind.replace('_', ' ')} due on {item.due_on.isoformat()}" for item in due]
    if answered:
        return ["nothing is due: another note of the company's process holds the answer"]
    if interview.outcome_unreadable:
        return ["nothing is sent: what the note says of the outcome cannot be read"]
    if interview.result in ("offer", "withdrawn"):
        return [f"nothing is due: the outcome is known ({interview.result})"]
    if interview.result == "rejected":
        if interview.feedback_received:
            return ["nothing is due: rejected, and the feedback is recorded"]
        if interview.no_feedback_policy:
            return ["nothing is due: rejected, and the company gives no feedback"]
        return ["nothing is due: rejected, and the feedback request is done or its date is unknown"]
    if interview.result in ("passed", "on_hold"):
        return [f"nothing is due yet: {interview.result.replace('_', ' ')}"]
    if interview.followed_up is not None:
        return ["nothing is due: followed up once, no answer since; no second nudge"]
    if interview.on is None:
        return ["nothing is due: the interview has no date"]
    return ["nothing is due yet: waiting for a decision"]


def interview_rule(item: DueItem, settings: DueSettings, today: date) -> str:
    """The rule an interview item comes from, with the facts that made it fire."""
    interview = item.interview
    assert interview is not None
    held = interview.on.isoformat() if interview.on else "?"
    hold = hold_of(interview, item.contact) if item.kind == "follow_up" else None
    if hold is not None:
        until = f", said to end {hold.until.isoformat()}" if hold.until else ""
        rule = (
            f"rule: on hold since {hold.since.isoformat()}{until}: one follow-up "
            f"{settings.on_hold_follow_up_days} days later (a week after the day it was to end), "
            "none sent and no word since, then nothing"
        )
    elif item.kind == "follow_up":
        after, latest = stage_window(interview.stage, settings)
        stage = interview.stage or "interview"
        rule = (
            f"rule: {stage} on {held}, no decision recorded and no unanswered follow-up: one "
            f"follow-up {after}-{latest} working days after the last word, never a second "
            "while it is unanswered"
        )
    elif item.kind == "request_feedback":
        arrived = interview.result_date or interview.on
        source = "the result's date" if interview.result_date else "the interview's date"
        wait = settings.harsh_rejection_wait_days if interview.harsh_rejection else 0
        rule = (
            f"rule: rejected on {arrived.isoformat() if arrived else '?'} ({source}), no "
            f"feedback recorded, the company's policy allows asking: ask {wait} days after the "
            f"answer, within {settings.request_within_days} days"
        )
    elif item.kind == "prepare":
        rule = (
            f"rule: the next round is on {item.latest_on.isoformat() if item.latest_on else '?'}: "
            f"a brief {settings.prep_days} days before, until it is ticked"
        )
    elif item.kind == "answer_offer":
        rule = (
            f"rule: an offer whose notes say it is open until {item.due_on.isoformat()}, with no "
            "line since saying it was answered: answer it by then (nothing two days after)"
        )
    elif item.kind == "thank_you":
        rule = (
            f"rule: {interview.result or 'feedback'} on {item.due_on.isoformat()}, no word of "
            "yours since: one thank-you within two days, then nothing"
        )
    else:
        asked = interview.feedback_requested.isoformat() if interview.feedback_requested else "?"
        rule = (
            f"rule: feedback asked for on {asked}, none recorded since: one reminder "
            f"{settings.feedback_reminder_days} days later, then nothing"
        )
    if item.latest_on is not None and item.latest_on < today:
        rule += f"; its window closed on {item.latest_on.isoformat()}, so it is in Overdue"
    return rule
