"""The interview follow-ups of the feedback-timing rules: ask for feedback the day a rejection
arrives, follow up once after a stage gone silent (some working days on), remind once about an
unanswered feedback request, check once on a process put on hold. Pure."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, timedelta
from typing import Literal

from vaultkit.config import DueSettings
from vaultkit.domain.contacts import Contact
from vaultkit.domain.interviews import Interview
from vaultkit.domain.outcomes import DECISIONS
from vaultkit.domain.pings import said_follow_up
from vaultkit.domain.rounds_ahead import RoundAhead, round_ahead, round_held
from vaultkit.domain.said_in_passing import Told
from vaultkit.links.graph import UNRESOLVED_PREFIX
from vaultkit.rules.company_processes import process_of as process_of
from vaultkit.rules.due_item import DueItem, DueKind
from vaultkit.rules.holds import hold_of
from vaultkit.rules.process_notes import one_process


def interview_items(
    interview: Interview,
    contact: Contact | None,
    settings: DueSettings,
    today: date,
    language: Literal["en", "ru"],
) -> list[DueItem]:
    last = contact.last_interaction if contact else None
    days_since = (today - last.on).days if last else None

    def item(kind: DueKind, due_on: date, latest_on: date | None) -> DueItem:
        return DueItem(
            kind, due_on, latest_on, contact, interview, last, days_since, None, None, language
        )

    upcoming = [day for day in (interview.on, interview.next_on) if day and day >= today]
    if upcoming and interview.result not in ("rejected", "withdrawn", "offer"):
        day = min(upcoming)
        start = day - timedelta(days=settings.prep_days)
        ready = interview.prepared is not None and interview.prepared >= start
        if (day - today).days <= settings.prep_days and not ready:
            return [item("prepare", start, day)]  # the brief says all there is to do now
        if day == interview.next_on and interview.result in (None, "pending", "no_response"):
            return []  # the next round is set: nothing to chase until it is held
    if interview.on is not None and interview.on > today and interview.result is None:
        return []  # the round is still ahead: nothing to chase yet
    if interview.outcome_unreadable:
        return []  # never chase, nor ask about, a decision the note may already hold
    if interview.result in (None, "pending", "no_response"):
        chase = _silent_items(interview, contact, settings, item)
        alive = interview.last_logged or date.min
        return [
            i
            for i in chase
            if i.latest_on is None or (today - max(i.latest_on, alive)).days <= GONE_COLD
        ]
    if interview.result == "on_hold":
        return _on_hold_items(interview, contact, settings, item)
    if interview.result == "passed" and not interview.feedback_received:
        return _thank_you(interview, contact, today, item) or _next_round_items(
            interview, contact, settings, today, item
        )
    if interview.result == "offer" or interview.feedback_received:
        return _thank_you(interview, contact, today, item)
    if interview.no_feedback_policy or interview.result == "withdrawn":
        return []  # no feedback given, or none to ask for where the owner said no
    if interview.feedback_requested is not None:
        if interview.feedback_reminded is not None:
            return []  # asked, and reminded once: let it go
        due_on = interview.feedback_requested + timedelta(days=settings.feedback_reminder_days)
        return [item("feedback_reminder", due_on, None)]
    if interview.result == "rejected":
        return _request_items(interview, settings, today, item)
    return []


def _request_items(
    interview: Interview,
    settings: DueSettings,
    today: date,
    item: Callable[[DueKind, date, date | None], DueItem],
) -> list[DueItem]:
    """One request for feedback after a rejection: on the day it came (a few days on after a
    harsh one), never when the day is unknown and long past, nor weeks after its window."""
    arrived = interview.result_date or interview.on
    if arrived is None:
        return []
    if interview.result_date is None and (today - arrived).days > UNDATED_REJECTION_DAYS:
        return []  # when the answer came is unknown, and it is long past: too late to ask
    wait = settings.harsh_rejection_wait_days if interview.harsh_rejection else 0
    due_on = arrived + timedelta(days=wait)
    latest = due_on + timedelta(days=settings.request_within_days)
    if (today - latest).days > TOO_LATE_TO_ASK_DAYS:
        return []  # months after the answer a request only reads as odd: let it go
    return [item("request_feedback", due_on, latest)]


CALLED_OFF_DAYS = 14
"""A decision the company's note dates this many days before a round at most, and logs
nothing after, calls the round off ("- 08/10 invited to 2nd stage, Weds 14/10", "- 12/10 -
withdrew"): nothing to chase."""


GONE_COLD = 365
"""Days after a follow-up's last good day, and after the latest line its note is dated with,
that it is no longer offered: a year of silence ends a process, whatever its note still says
(a 2023 round left "waiting")."""


_TALKED = re.compile(
    r"(?<![^\W\d_])(?:сказал\w*|говорит|обсудил\w*|договорил\w*|ответил\w*|созвон\w*|звонил\w*"
    r"|said|told|talked|spoke|discussed|agreed|replied|called|call)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words that make a line a talk, whoever led it."""
THANK_WITHIN_DAYS = 14
"""An offer, a stage passed or feedback older than this gets no thank-you task: the moment
has passed."""


def _thank_you(
    interview: Interview,
    contact: Contact | None,
    today: date,
    item: Callable[[DueKind, date, date | None], DueItem],
) -> list[DueItem]:
    """One thank-you, on the day an offer, a passed stage or feedback came (within two days),
    unless one went out since, or the owner has written or spoken to the recruiter since (a
    reply thanks too; so does a later talk that does not say who led it, "02.12 — дедлайн не
    двигают"); nothing once the moment has passed."""
    arrived = interview.result_date or interview.on
    if contact is None or arrived is None or arrived > today:
        return []  # no one named to thank, or nothing yet
    if (today - arrived).days > THANK_WITHIN_DAYS:
        return []
    if interview.thanked is not None and interview.thanked >= arrived:
        return []
    if interview.last_done is not None and interview.last_done >= arrived:
        return []  # a task of the note ticked since: the owner has acted on it
    answered = contact is not None and any(
        i.on >= arrived
        and (
            i.turn.by in ("me", "both")
            or (i.turn.answered is True and bool(_TALKED.search(i.text)))  # "Ответила Милице"
            or (i.on > arrived and i.turn.by is None and bool(_TALKED.search(i.text)))
        )  # or a later talk that says it was one ("02.12 — дедлайн не двигают. Сказала, что…")
        for i in contact.interactions
    )
    return [] if answered else [item("thank_you", arrived, arrived + timedelta(days=2))]


def _next_round_items(
    interview: Interview,
    contact: Contact | None,
    settings: DueSettings,
    today: date,
    item: Callable[[DueKind, date, date | None], DueItem],
) -> list[DueItem]:
    """A stage passed ("прошла скрининг, жду следующего этапа") and no next round booked: once
    the thank-you's moment is over, the same one polite follow-up as after a silent stage."""
    if interview.next_on is not None:
        return []  # the next round is set (or held): its own note says what follows
    chase = _silent_items(interview, contact, settings, item)
    alive = max(day for day in (interview.last_logged, interview.result_date, date.min) if day)
    return [
        i
        for i in chase
        if i.latest_on is None or (today - max(i.latest_on, alive)).days <= GONE_COLD
    ]


def _silent_items(
    interview: Interview,
    contact: Contact | None,
    settings: DueSettings,
    item: Callable[[DueKind, date, date | None], DueItem],
) -> list[DueItem]:
    """One polite follow-up after a stage gone silent, some working days after the last word
    (the interview, a later word from the recruiter, or their answer to a follow-up); never a
    second while the first is unanswered."""
    if interview.on is None or _NO_ROLE_YET.search(interview.stage or ""):
        return []  # "stage: informal coffee (no open role yet)": no answer is awaited
    if interview.owes_since is not None and interview.owes_since >= interview.on:
        return []  # the owner owes the next move ("they asked for two references")
    last = contact.last_interaction if contact else None
    since = max(interview.on, last.on) if last else interview.on
    if interview.followed_up is not None:
        answers = [
            i.on
            for i in (contact.interactions if contact else ())
            if i.on >= interview.followed_up
            and (i.turn.by == "them" or i.turn.answered)
            and not said_follow_up(i.text)  # "follow-up #2 (me)" is no answer to itself
        ]
        if not answers:
            return []  # one follow-up, never pressing
        since = max(since, *answers)
    after, latest = stage_window(interview.stage, settings)
    due_on, latest_on = working_days_after(since, after), working_days_after(since, latest)
    if interview.answer_by is not None and interview.answer_by >= since:
        due_on = working_days_after(interview.answer_by, 1)  # "they'll decide by Dec 15":
        latest_on = working_days_after(interview.answer_by, 3)  # the day after it passes
    return [item("follow_up", due_on, latest_on)]


_NO_ROLE_YET = re.compile(  # a stage that is no round of a process ("informal coffee (no role)")
    r"(?i)no (?:open )?(?:role|position|vacancy|job)(?: yet)?|(?:вакансии|позиции) (?:пока )?нет"
    r"|(?:informal|networking) (?:coffee|chat|call)(?! with the hiring)|coffee chat"
)


STAGE_WINDOWS = {word: (7, 10) for word in ("applied", "application", "cv", "отклик", "резюме")}
"""Built-in follow-up windows by a word of the stage: an application waits longer for a word
than an interview does. [due.follow_up_by_stage] adds to them or overrides them."""


def stage_window(stage: str | None, settings: DueSettings) -> tuple[int, int]:
    """[after, latest] working days for a follow-up after `stage`."""
    windows = {**STAGE_WINDOWS, **{word: (a, b) for word, a, b in settings.follow_up_by_stage}}
    words = set(re.findall(r"[^\W\d_]+", (stage or "").casefold()))
    for word, window in windows.items():
        if word in words or word == (stage or "").strip().casefold():
            return window
    return settings.follow_up_after_days, settings.follow_up_latest_days


def working_days_after(day: date, count: int) -> date:
    """The day `count` working days (Monday to Friday; no holidays) after `day`."""
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


RESUME_GRACE_DAYS = 7
"""A hold said to end on a day ("until January") is followed up this many days after it, when
the recruiter has not come back on their own."""


def _on_hold_items(
    interview: Interview,
    contact: Contact | None,
    settings: DueSettings,
    item: Callable[[DueKind, date, date | None], DueItem],
) -> list[DueItem]:
    """One follow-up on a process put on hold, some days after the hold (or a week after the day
    it was said to end), unless one was sent since, or a word with the recruiter since says it
    was asked; then nothing."""
    hold = hold_of(interview, contact)
    if hold is None or hold.spoken_since:
        return []
    if interview.followed_up is not None and interview.followed_up >= (hold.until or hold.since):
        return []
    due_on = hold.since + timedelta(days=settings.on_hold_follow_up_days)
    if hold.until is not None:
        due_on = max(due_on, hold.until + timedelta(days=RESUME_GRACE_DAYS))
    spread = settings.follow_up_latest_days - settings.follow_up_after_days
    return [item("follow_up", due_on, due_on + timedelta(days=spread))]


UNDATED_REJECTION_DAYS = 14
"""An interview older than this whose rejection has no date gets no feedback request: the
answer most likely came long ago."""
TOO_LATE_TO_ASK_DAYS = 14
"""A feedback request still not sent this many days after its window closed (`request_within_days`
after the answer) is dropped from the list: the knowledge notes say to ask within a day or two,
and one sent weeks later is awkward."""


def next_round_of(
    interview: Interview,
    rounds: Mapping[str, tuple[RoundAhead, ...]],
    decided: Mapping[str, tuple[Told, ...]],
    today: date,
    held: bool = False,
) -> date | None:
    """The day of the interview's company's next round that a line elsewhere tells of, still
    ahead, told since the interview and since any decision told of the company; `held`: the
    latest such round whose day has come since (round_held)."""
    if interview.result in DECISIONS:
        return None
    key = interview.company or interview.path  # an application that names no company note
    since = interview.on
    decisions = [
        on
        for on, result, _ in decided.get(key, ())
        if result in DECISIONS and (since is None or on >= since)
    ]
    told = round_held if held else round_ahead
    return told(key, since, rounds, max(decisions, default=None), today)


def told_in_passing(interview: Interview, decided: Mapping[str, tuple[Told, ...]]) -> bool:
    """True when a line elsewhere tells of a decision on the interview's company, or of a next
    round, on or after its day ("Thu: Heard back from Voltwerk, they went with someone else",
    "Nordlight зовет на final")."""
    return told_of(interview, decided) is not None


def told_of(interview: Interview, decided: Mapping[str, tuple[Told, ...]]) -> Told | None:
    """The decision a line elsewhere (or a board's card of a company with no note) tells of the
    interview's company on or after its day."""
    if (on := interview.on) is None or interview.result in DECISIONS:
        return None
    told = decided.get(interview.company or interview.path, ())  # an application names none
    told = told or decided.get(f"{UNRESOLVED_PREFIX}{interview.company_name}", ())  # a card
    return next((said for said in told if said[0] >= on), None)


def answered_in_its_process(
    interview: Interview, interviews: Iterable[Interview], today: date
) -> bool:
    """answered_elsewhere among the `interviews` of the same company's process."""
    processes = process_of(interviews)
    process = processes.get(interview.path)
    if process is None:
        return False
    same = [other for other in interviews if processes.get(other.path) == process]
    return answered_elsewhere(interview, same, today)


def answered_elsewhere(interview: Interview, interviews: Iterable[Interview], today: date) -> bool:
    """True when another of `interviews` (the notes of one company's process), or the company's
    own note (linked by this interview or another), holds this interview's answer: a decision
    (offer, rejected, withdrawn), or a hold, that came after it (the company note's undated
    status is its latest word), or a later round held or booked (this one was passed)."""
    if interview.on is None or interview.result in DECISIONS:
        return False
    called_off = CALLED_OFF_DAYS if interview.company_result_last else 0
    booked = interview.on - timedelta(days=called_off)  # withdrew before it was held
    told_on = interview.company_result_on
    if interview.company_result in DECISIONS and (told_on is None or told_on >= booked):
        return True  # the company's note holds the answer ("status: rejected")
    for other in interviews:
        if other.path == interview.path:
            continue
        decided_on = other.result_date or other.on
        held = other.result in DECISIONS or (
            other.result == "on_hold" and one_process(interview, other)
        )
        if held and decided_on is not None and decided_on >= interview.on:
            return True
        told_on = other.company_result_on  # the company's note, linked by another round
        if other.company_result in DECISIONS and (told_on is None or told_on >= booked):
            return True
        if other.on is not None and other.on > interview.on:
            return True  # a later round held
        if other.next_on is not None and other.next_on > interview.on and other.next_on >= today:
            return True  # or booked and still ahead (an application note's `next::`)
    return False
