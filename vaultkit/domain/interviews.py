"""Interviews: who, where, which stage, what result, and where the feedback stands."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from vaultkit.config import DueSettings
from vaultkit.domain import note_outcome
from vaultkit.domain.application_notes import (
    answer_by_of,
    application_company,
    application_outcome,
    named_for_its_company,
    next_round,
    not_yet,
    owes_next_move,
)
from vaultkit.domain.company_folder import (
    linked_from,
)
from vaultkit.domain.hold import held_by_stage, hold_lines
from vaultkit.domain.interview_parties import company_and_recruiter, linked_application
from vaultkit.domain.logged_steps import logged_steps
from vaultkit.domain.name_forms import NameIndex
from vaultkit.domain.note_outcome import (
    company_outcome,
    is_final_stage,
    text_of,
    word_of,
)
from vaultkit.domain.offer_deadline import another_company, offer_by
from vaultkit.domain.outcomes import Outcome, Result
from vaultkit.domain.pings import pinged_since
from vaultkit.domain.rounds import (
    last_logged,
    latest_round,
    logged_after,
    opening_day,
    rounds_by_heading,
)
from vaultkit.domain.sections import feedback_asked_on, feedback_text, outcome_feedback
from vaultkit.domain.take_home import is_take_home, still_owed, take_home_day
from vaultkit.domain.titled_company import company_in_title
from vaultkit.links.graph import VaultGraph
from vaultkit.model import Diagnostic, Note
from vaultkit.parse.dates import as_date, note_day
from vaultkit.parse.names import page_name

_HARSH = frozenset("harsh rude unprofessional резкий резко грубый грубо непрофессиональный".split())
_NO_FEEDBACK_POLICIES = {"none", "no", "false", "нет", "никакой", "не даёт", "не дает"}


@dataclass(frozen=True, slots=True)
class Interview:
    """One interview note, with its links resolved through the graph."""

    path: str
    """Vault path of the interview note."""
    title: str
    """The note's title."""
    company: str | None
    """Vault path of the company note, if linked and found."""
    company_name: str | None
    """The company as the user calls it (note title or the property's text)."""
    position: str | None
    """The role interviewed for."""
    recruiter: str | None
    """Vault path of the recruiter's contact note, if linked and found."""
    on: date | None
    """Day of the interview."""
    stage: str | None
    """Stage as written (screen, tech, final, финал ...)."""
    is_final: bool
    """True when the stage is one of the configured final stages."""
    result: Result | None
    """offer, rejected, withdrawn, on_hold, pending, no_response, passed; None when nothing
    says, or what the note says cannot be settled (see outcome_unreadable)."""
    result_date: date | None
    """Day the result arrived."""
    feedback_requested: date | None
    """Day feedback was asked for."""
    feedback_reminded: date | None
    """Day the one gentle reminder went out."""
    followed_up: date | None
    """Day of the follow-up about a silent employer."""
    feedback_received: bool
    """True once feedback is recorded (a feedback section or property with text)."""
    harsh_rejection: bool
    """True when rejection_tone says the rejection was harsh or unprofessional."""
    no_feedback_policy: bool
    """True when the company note says it gives no feedback."""
    problems: tuple[Diagnostic, ...] = ()
    """What could not be read in the note (a result vaultkit does not know)."""
    outcome_unreadable: bool = False
    """True when the note says of the outcome what cannot be read, or two things that disagree."""
    thanked: date | None = None
    """Day a thank-you went out (for an offer, a stage passed, or feedback)."""
    last_done: date | None = None
    """The latest day a task of the note was ticked (something the owner did about it)."""
    next_on: date | None = None
    """The day of the next round, when the note names one (`next: 2026-12-09`)."""
    open_tasks: tuple[str, ...] = ()
    """The note's open tasks (what the owner meant to prepare)."""
    prepared: date | None = None
    """Day the brief before the next round was ticked."""
    hold_said: tuple[str, ...] = ()
    """The note's lines that tell of a hold, when it is on hold ("frozen until January")."""
    company_result: Result | None = None
    """What the company's note says of the process (`status: rejected`, `outcome:: offer`)."""
    company_result_on: date | None = None
    """The day the company's note dates it, if it does."""
    company_result_last: bool = True
    """Whether that decision is the last thing the company's note logs (nothing after it: "-
    2026-11-23 — Lena suggested the Staff PM role instead" revives the search)."""
    answer_by: date | None = None
    """The day a tracker note's section says the answer will come by ("recruiter said they'll
    decide by Dec 15"): the follow-up waits until it has passed."""
    owes_since: date | None = None
    """The day a tracker note's section says the next move is the owner's ("they asked for two
    references"): nothing is chased about it while that stands."""
    last_logged: date | None = None
    """The latest day a line of the note is dated with, up to today: a process still alive."""
    offer_by: date | None = None
    """The day the offer must be answered by, where it or its company's note says (a property
    or a line: "Offer expires Fri Dec 11 5pm"); offer_deadline.ANSWERED once a line says it was
    answered."""


def named_in_value(value: object) -> str:
    """A note named in a property, as written ("[[Quartz Analytics GmbH|Quartz]]": the note's
    name)."""
    return text_of(value).strip("[]").partition("|")[0].strip()


def _about(path: str, *others: str | None) -> tuple[str, ...]:
    return (path, *(other for other in others if other))


def _latest(*days: date | None) -> date | None:
    return max((day for day in days if day is not None), default=None)


def _told(
    company: str | None, note: Note | None, told_by: dict[str, Outcome], today: date | None
) -> Outcome | None:
    """What the company's note says of the process, read once a build (`told_by`)."""
    if company is None or note is None:
        return None
    if company not in told_by:
        told_by[company] = company_outcome(note, today)
    return told_by[company]


def _weighed(outcome: Outcome, told: Outcome | None, on: date | None) -> Outcome:
    """The interview's outcome, with its company note's hold where the note says nothing, and
    no stage passed, nor a rejection, once a later round is held (a process begun again)."""
    if (
        told is not None
        and told.result == "on_hold"
        and outcome.result is None
        and not outcome.unreadable
        and (told.on is None or on is None or told.on >= on)
    ):
        outcome = replace(outcome, result="on_hold", on=told.on)
    if outcome.result in ("passed", "rejected") and outcome.on and on and on > outcome.on:
        outcome = replace(outcome, result=None, on=None)  # a later round awaits its answer
    return outcome


def _hold_lines(note: Note, company_note: Note | None) -> tuple[str, ...]:
    """The lines that tell of a hold: the interview note's, then its company note's."""
    return hold_lines(note) + (hold_lines(company_note) if company_note else ())


def interview_of(
    graph: VaultGraph,
    note: Note,
    settings: DueSettings,
    by_folder: Mapping[str, tuple[str, ...]] | None = None,
    today: date | None = None,
    told_by: dict[str, Outcome] | None = None,
    titled: NameIndex | None = None,
) -> Interview:
    """One interview note as an Interview.

    It depends only on the note, the notes it links to or is linked from, the company notes of
    its folder (`by_folder`: company_folder.companies_by_folder), and `today` (which reads the
    lines its notes write without a year); `told_by` keeps each company note's outcome for
    the next interview of that company.

    Long because: one call names each of the Interview's two dozen fields, each read from the
    same few notes; split, the parts would hand those notes back and forth.
    """
    company, recruiter = company_and_recruiter(graph, note, by_folder or {}, titled)
    named = note
    application = linked_from(graph, note, ("company",), "interview")  # `company: "[[Fernweh]]"`
    if application is None and not text_of(note.get("company")):  # "к [[🟡 Wildberries — …]]"
        application = linked_application(graph, note)
    if company is None and application:
        named = graph.notes[application]  # `company: "[[Fernweh]]"`, the application's note:
        company = linked_from(graph, named, ("company",), "company")  # the process it names
    company_note = graph.notes.get(company) if company else None
    own = named_in_value(note.get("company")) if company == note.path else ""  # `org: Spotify` in
    own = own if own.casefold() in note.title.casefold() else ""  # "Spotify loop" (not DeepMind's
    company_name = own or (  # `org: Google`)
        page_name(company_note.title) if company_note else named_in_value(named.get("company"))
    )
    if not company_name and named_for_its_company(named):  # "Pipeline/Polder AI.md"
        company_name = application_company(page_name(named.title))  # "🟡 Semrush — UX designer"
    company_name = company_name or company_in_title(graph, note.title)  # "… Revolut скрининг"
    policy = word_of(company_note.get("feedback_policy")) if company_note else ""
    stage = text_of(note.get("stage")) or None
    on = note_day(note.get("date"), note.title)
    take_home = on is None and is_take_home(note)  # "Adyen take-home - brief", `due: …`
    on = take_home_day(note, today) if take_home else on
    if stage is None or on is None:  # one note per application: its timeline says the rounds
        latest, on = latest_round(note, on, today)
        stage = stage or latest
    held, ahead = rounds_by_heading(note, today) if on is None else (None, None)
    on = on or held or opening_day(note, today) or ahead
    kept = [graph.notes[path] for path in (company, recruiter) if path]
    steps = logged_steps(graph, note, *kept, today=today, on=on, company=company_name)
    told = _told(company, company_note, {} if told_by is None else told_by, today)
    outcome = held_by_stage(_weighed(application_outcome(note, today), told, on), stage)
    problems = _outcome_problems(note, outcome, on is None or today is None or on >= today)
    return Interview(
        path=note.path,
        title=page_name(note.title),
        company=company,
        company_name=company_name or None,
        position=text_of(note.get("position")) or None,
        recruiter=recruiter,
        on=on,
        stage=stage,
        is_final=is_final_stage(stage, settings.final_stages),
        result=outcome.result,
        result_date=outcome.on or as_date(note.get("result_date")),
        feedback_requested=_latest(
            as_date(note.get("feedback_requested")),
            steps.get("request_feedback"),
            feedback_asked_on(note, settings.feedback_headings, outcome.on or on),
        ),
        feedback_reminded=_latest(
            as_date(note.get("feedback_reminded")), steps.get("feedback_reminder")
        ),
        followed_up=_latest(
            as_date(note.get("followed_up")),
            steps.get("follow_up") or note_outcome.chased_in_status(note, on, today),
            pinged_since(graph, _about(note.path, recruiter, company), on) if on else None,
        ),
        thanked=_latest(as_date(note.get("thanked")), steps.get("thank_you")),
        last_done=max((t.done_on for t in note.tasks if t.done and t.done_on), default=None),
        next_on=next_round(note, today, on) or (ahead if ahead != on else None),
        open_tasks=tuple(t.text for t in note.tasks if t.open)[:12],
        prepared=steps.get("prepare"),
        hold_said=_hold_lines(note, company_note) if outcome.result == "on_hold" else (),
        company_result=told.result if told else None,
        company_result_on=told.on if told else None,
        company_result_last=not logged_after(company_note, told.on if told else None, today),
        feedback_received=bool(feedback_text(note, settings.feedback_headings))
        or outcome_feedback(note),
        harsh_rejection=word_of(note.get("rejection_tone")).replace("_", " ") in _HARSH,
        no_feedback_policy=policy.replace("_", " ") in _NO_FEEDBACK_POLICIES,
        problems=problems,
        outcome_unreadable=bool(problems) or _not_yet_said(outcome, True),
        owes_since=on if (take_home and still_owed(note)) or owes_next_move(note) else None,
        last_logged=last_logged(note, today),
        answer_by=answer_by_of(note, on, today),
        offer_by=offer_by(
            note,
            company_note,
            outcome,
            told,
            today,
            on,
            another_company(titled, company),
        ),
    )


def _not_yet_said(outcome: Outcome, ahead: bool) -> bool:
    """Whether the note's result says only it is not yet (`итог:: подано`, a round `ahead`
    `назначено`): nothing is sent about it, as for an unreadable one, nor warned of."""
    silent = outcome.silent
    return outcome.result is None and bool(silent) and not_yet(silent[0].text, ahead)


def _outcome_problems(note: Note, outcome: Outcome, ahead: bool) -> tuple[Diagnostic, ...]:
    """What cannot be read of the outcome: facts that disagree, or a result value that names
    none; nothing is sent about the interview until it says."""
    if outcome.unreadable:
        lines = ", ".join(str(fact.line) for fact in outcome.unreadable)
        return (
            Diagnostic(
                note.path,
                outcome.unreadable[0].line,
                "warning",
                f"the outcome cannot be read: lines {lines} say different things; nothing is "
                "sent about this interview until one says what happened",
                f"итог не прочитать: строки {lines} говорят разное; о собеседовании ничего не "
                "предлагается, пока одна из них не скажет, чем всё кончилось",
            ),
        )
    if outcome.result is not None or not outcome.silent or _not_yet_said(outcome, ahead):
        return ()
    line, written = outcome.silent[0].line, outcome.silent[0].text
    return (
        Diagnostic(
            note.path,
            line,
            "warning",
            f"result {text_of(written)!r} says no outcome vaultkit reads (offer, rejected, "
            "withdrawn, on hold, waiting, no response, passed, or a sentence saying one); "
            "nothing is sent about this interview until it does",
            f"результат {text_of(written)!r} не говорит об итоге, который vaultkit понимает "
            "(оффер, отказ, отказалась сама, на паузе, ждём, нет ответа, прошла, или фраза об "
            "этом); о собеседовании ничего не предлагается, пока он не скажет",
        ),
    )
