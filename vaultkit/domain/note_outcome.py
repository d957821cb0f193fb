"""What a note says of how a hiring process went: its `result` value, its outcome section
("## Итог", "## Outcome"), its dated entries and "UPD" lines, weighed together; a company note's
status where the owner keeps the process there; whether a stage is a final one."""

from __future__ import annotations

import re
from datetime import date

from vaultkit.domain.feedback_leads import FEEDBACK_WORD
from vaultkit.domain.outcomes import (
    DECISIONS,
    UNSETTLED,
    Fact,
    Outcome,
    Reading,
    Result,
    decide,
    read_outcome,
)
from vaultkit.domain.pasted_mail import headed_letters, message_decision, pasted_messages
from vaultkit.domain.rounds import is_round_heading, ticked_decisions
from vaultkit.domain.sections import NEGATIONS, is_outcome_heading
from vaultkit.model import Note
from vaultkit.parse.dates import as_date, dates_in, first_date_in, note_day, parse_written_date

_RESULT_WORDS: dict[Result, str] = {
    "offer": "offer оффер accepted принят hired zusage",
    "rejected": "rejected reject rejection declined отказ отказали отклонено no absage",
    "pending": "pending waiting ожидание ждём ждем в_процессе in_progress",
    "no_response": "no_response no-response noresponse ghosted silence нет_ответа тишина молчат",
    "passed": "passed pass next_stage прошёл прошел дальше следующий_этап",
}
_RESULTS = {word: result for result, words in _RESULT_WORDS.items() for word in words.split()}


def text_of(value: object) -> str:
    if isinstance(value, tuple):
        value = value[0] if value else ""
    return str(value).strip() if value is not None else ""


def word_of(value: object) -> str:
    return "_".join(text_of(value).casefold().replace("ё", "е").split())


_STAGE_WORDS = re.compile(r"[^\W_]+(?:-[^\W_]+)*")  # "on-site" and "pre-final" stay one word


def is_final_stage(stage: str | None, final_stages: tuple[str, ...]) -> bool:
    """True when `stage` is one of `final_stages` (casefolded), or a phrase holding one of them
    as a word ("Final round", "финальное интервью") with no negation ("not final")."""
    if not stage:
        return False
    folded = stage.casefold()
    if folded in final_stages:
        return True
    words = _STAGE_WORDS.findall(folded)
    return not NEGATIONS.intersection(words) and any(word in final_stages for word in words)


def normalise_result(value: object) -> Result | None:
    """'отказ' -> 'rejected', 'Offer' -> 'offer', 'Получила отказ, сказали ...' -> 'rejected';
    None for empty values, and for what cannot be read (see outcomes.read_outcome)."""
    return _result_reading(value).result


def _result_reading(value: object) -> Reading:
    """What a `result` value says: one of the result words, else read as a sentence."""
    written = word_of(value).replace("ё", "е")
    exact = _RESULTS.get(written)
    if exact is not None or not written:
        return Reading(exact)
    return read_outcome(text_of(value))


def outcome_of(note: Note, today: date | None = None, alone_too: bool = False) -> Outcome:
    """What happened at the interview, from every place the note says it: the `result` value
    (dated by `result_date`), an outcome section (`## Итог`, `## Outcome`), dated entries
    (with `today`, those written without a year in a note that gives none too, and with
    `alone_too` one alone: a company's note keeps no birthday; Note.log_as_of)."""
    facts = []
    result_date = as_date(note.get("result_date"))
    for prop in note.properties:  # every one: `итог` and `result` may disagree
        if prop.name == "result" and word_of(prop.value):
            reading = _result_reading(prop.value)
            facts.append(Fact(reading, result_date, prop.line, text_of(prop.value)))
    near = note_day(note.get("date"), note.title)
    for index, section in enumerate(note.sections):
        if is_outcome_heading(section.heading):
            text = note.section_text(index)
            on = first_date_in(text, near) if near else parse_written_date(text)
            said = text.strip().split("\n")[0][:80]
            facts.append(Fact(read_outcome(text), on, section.line, said))
    log = note.log_as_of(today, alone_too) if today else note.entries
    readings = [(entry, read_outcome(entry.text)) for entry in log]
    offered = min((e.on for e, reading in readings if reading.result == "offer"), default=None)
    for entry, reading in readings:
        if offered and entry.on > offered and _DECLINED_IT.match(entry.text):
            reading = Reading("withdrawn")  # "- 02/12 - declined." after "- 23/11 - OFFER"
        if reading.result or reading.conflicting:
            facts.append(Fact(reading, entry.on, entry.line, entry.text))
    facts.extend(
        Fact(reading, step.on, step.line) for reading, step in ticked_decisions(note, today)
    )
    facts.extend(_mailed(note, near or today, today))
    facts.extend(_told_under_feedback(note, near or today, today))
    facts.extend(_status_lines(note, near or today, today))
    facts.extend(_updates(note, near))
    facts.extend(_callouts(note, near))
    facts.extend(_decision_headings(note, near or today, today))
    facts.extend(_status_tags(note))
    facts.extend(
        Fact(reading, None, section.line, section.heading)  # "## Round 3 — CANCELLED, rejected"
        for section in note.sections
        if is_round_heading(section.heading)  # not "## Offer comparison"
        and (reading := read_outcome(section.heading)).result in DECISIONS
        and not is_outcome_heading(section.heading)  # read above, with its text
    )
    return decide(facts)


_DECLINED_IT = re.compile(
    r"[\W\d_]*(?:declined|turned (?:it|them) down|said no|отказал(?:ся|ась))(?![^\W\d_])"
    r"(?=[ \t]*(?:[.!;(\n—–]|$))",
    re.IGNORECASE,
)
"""A bare "declined" ("- 02/12 - declined. Rang Hannah"): after an offer, the owner's answer."""


def _mailed(note: Note, near: date | None, today: date | None) -> list[Fact]:
    """The decisions told in e-mails pasted with their headers, each on its own day (a
    rejection quoted under the owner's reply asking for feedback), or under a heading that
    names the letter with its day ("## 27.11 письмо")."""
    letters = (*pasted_messages(note), *(headed_letters(note, near) if near else ()))
    return [
        Fact(Reading(result), message.on, message.line)
        for message in letters
        if (result := message_decision(message.text)) in DECISIONS
        and (today is None or message.on <= today)
    ]


def _told_under_feedback(note: Note, near: date | None, today: date | None) -> list[Fact]:
    """The decision a letter pasted under a feedback heading tells, where it speaks to the
    owner: its quoted lines ("## Feedback ¶ 18.11. email: ¶ > Dear Daniel, … we have decided to
    move forward with other candidates …"), or those after a line that names it ("Absage per
    Email 6.11.:"), on that line's day, else the first its lines (from the line above it on)
    give up to `today`; not the owner's own notes ("## My feedback"), nor reviews of the company."""
    found = []
    for index, section in enumerate(note.sections):
        heading = section.heading
        if near is None or not FEEDBACK_WORD.search(heading) or _NOT_THEIRS.search(heading):
            continue
        lines = note.section_text(index).split("\n")
        lead = next((n for n, line in enumerate(lines) if _LETTER_LEAD.search(line)), None)
        quoted = [line.lstrip("> ").strip() for line in lines if line.lstrip().startswith(">")]
        at = len(lines) if lead is None else lead  # "Absage per Email 6.11.:", the letter under
        letter = [line.lstrip("> ").strip() for line in lines[at + 1 :]] or quoted
        if not _ADDRESSED.search("\n".join(letter)):
            continue
        result = message_decision("\n".join(letter))
        days = [
            day
            for line in (lines[at:] + lines[max(at - 1, 0) : at] if lead is not None else lines)
            for day in dates_in(line, near)  # the lead's, the letter's, else the line above it
            if today is None or day <= today  # ("Came on 03.12. ¶ Rejection email:")
        ]
        if result in DECISIONS:
            found.append(Fact(Reading(result), days[0] if days else None, section.line, heading))
    return found


_NOT_THEIRS = re.compile(
    r"(?<![^\W\d_])(?:my|мой|моя|мои|glassdoor|отзыв\w*|reviews?)(?![^\W\d_])", re.I
)
_LETTER_LEAD = re.compile(
    r"(?<![^\W\d_])(?:e-?mail|mail|letter|письм\w*|absage|rejection|отказ\w*|message"
    r"|сообщени\w*)[^:\n]{0,40}:\s*$",
    re.IGNORECASE,
)
_ADDRESSED = re.compile(
    r"(?<![^\W\d_])(?:dear|hi|hello|hey|you|your|we|our|sehr geehrte\w*|ihnen|sie|wir"
    r"|здравствуйте|добрый|мы|вас|вам|ваш\w*|тебя|тебе)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A letter that speaks to its reader or for its writers (a greeting, "you", "Ihnen", "we
won't be progressing Owen"): one written to the owner."""


_STATUS_HEADING = re.compile(
    r"[\W\d_]*(?:next(?: steps?)?|status|where (?:it|things) stands?|статус|дальше|что дальше"
    r"|следующ\w* шаг\w*)[\W_]*",
    re.IGNORECASE,
)
_TASK = re.compile(r"\s*(?:[-*+]|\d+[.)])\s+\[.\]")
_STATE_FIRST = re.compile(
    r"[\W\d_]*(?:(?:on hold|paused|frozen|rejected|declined|offer(?:ed)?|withdr[ae]wn?|ghosted"
    r"|no (?:response|answer|reply)|отказ\w*|оффер\w*|офер\w*|на паузе|заморож\w*|снял\w*"
    r"|тишина|i (?:withdrew|declined|turned (?:it|them) down)|я снял\w*)(?![^\W\d_])"
    r"(?!\s+(?:from|at|in|of|on my side|от|в|из|с моей стороны)\s|\s+(?:candidates|people"
    r"|applicants|ones|кандидат\w*)\b)|👻)",
    re.IGNORECASE,
)
"""A line that opens with how things stand ("ON HOLD since 11.11.", "I withdrew (20.11.)");
not one that tells of someone's guess or another company ("Marcus thinks an offer is likely",
"Zalando rejected me yesterday", "withdrew from Monzo to focus on this one")."""
_GONE_QUIET = re.compile(r"(?:👻|\bghosted|→\s*nothing)[\W_]*$", re.IGNORECASE)
"""A line that ends in silence ("followed up 24.11. + 2.12. → nothing. 👻")."""
_TOLD_THERE = frozenset({*DECISIONS, "on_hold", "no_response"})


def _status_lines(note: Note, near: date | None, today: date | None) -> list[Fact]:
    """The lines of a "## Next" or "## Status" section that tell how things stand ("ON HOLD since
    11.11. - budget 2027", "I withdrew (20.11.)", "followed up 24.11. + 2.12. → nothing. 👻"),
    each on the day it gives; its plans, questions and struck-out lines say nothing."""
    found: list[Fact] = []
    if near is None:
        return found
    for number, line in status_lines(note):
        plan = "~~" in line or "?" in line or _TASK.match(line)  # struck out, asked, to do
        said = _STATE_FIRST.match(line) or _GONE_QUIET.search(line)
        reading = read_outcome(line) if said and not plan else Reading(None)
        if reading.result in _TOLD_THERE:
            on = first_date_in(line, near)
            if on is None or today is None or on <= today:
                found.append(Fact(reading, on, number, line.strip()))
    return found


def status_lines(note: Note) -> list[tuple[int, str]]:
    """Each line of the note's "## Next" or "## Status" sections, with its line number."""
    return [
        (section.line + offset, line)
        for section in note.sections
        if _STATUS_HEADING.fullmatch(section.heading)
        for offset, line in enumerate(section.content.split("\n"), start=1)
    ]


_CHASED = re.compile(
    r"[\W_]*(?:followed up|chased|pinged|nudged|напомнил\w*|пинганул\w*|написал\w* ещё раз)"
    r"(?![^\W\d_])(?!\s+by\b)(?!.*\b(?:if|unless|если)\b)",
    re.IGNORECASE,
)
"""A line that says the owner followed up ("followed up 24.11. + 2.12. → nothing"), not a plan
("follow-up on 4.12. if nothing by then") nor their word ("pinged by Marcus 3.12.")."""


def chased_in_status(note: Note, near: date | None, today: date | None) -> date | None:
    """The latest day up to `today` a "## Next" or "## Status" line says the owner followed up
    on ("followed up 24.11. + 2.12. → nothing. 👻"), read near `near`."""
    if near is None or today is None:
        return None
    return max(
        (
            day
            for section in note.sections
            if _STATUS_HEADING.fullmatch(section.heading)
            for line in section.content.split("\n")
            if _CHASED.match(line)
            for day in dates_in(line, near)
            if day <= today
        ),
        default=None,
    )


_PIPELINE_KEYS = frozenset({"status", "stage", "pipeline"})


def company_outcome(note: Note, today: date | None = None) -> Outcome:
    """What a company note says of the process with it, where the owner keeps it there: read as
    an interview's (result fields, an outcome section, dated entries), else a `status`, `stage`
    or `pipeline` value that names a decision ("rejected", "offer accepted ✅"; a funding stage
    names none)."""
    outcome = outcome_of(note, today, alone_too=True)  # "10.11 — снялась сама."
    if outcome.result is not None or outcome.unreadable:
        return outcome
    result_date = as_date(note.get("result_date"))
    return decide(
        Fact(_result_reading(_SYMBOLS.sub(" ", value)), result_date, prop.line, value)
        for prop in note.properties
        if prop.name in _PIPELINE_KEYS
        and isinstance(value := prop.value, str)
        and not UNSETTLED.search(value)  # "waiting for offer", "отказ в 2025, снова подалась"
    )


_SYMBOLS = re.compile(r"[^\w\s'-]+")  # "accepted 🎉" reads as "accepted"


_UPDATE = re.compile(r"^[\W_]*(?:upd|update|апдейт|обновление)\b.*$", re.IGNORECASE | re.MULTILINE)


def _updates(note: Note, near: date | None) -> list[Fact]:
    """Lines that update a note ("**UPD 15.10:** сняла кандидатуру"): dated facts."""
    found = []
    for section in note.sections:
        for match in _UPDATE.finditer(section.content):
            line = match.group(0)
            offset = section.content.count("\n", 0, match.start()) + 1
            reading = read_outcome(line)
            if reading.result or reading.conflicting:
                on = first_date_in(line, near) if near else parse_written_date(line)
                found.append(Fact(reading, on, section.line + offset))
    return found


_CALLOUT = re.compile(r"^>[ \t]*\[!(?P<kind>\w+)\][-+]?[ \t]*(?P<title>.*)$", re.MULTILINE)
_OUTCOME_TITLE = re.compile(
    r"[\W_]*(?:rejected|rejection|declined|offer(?:ed)?|accepted|hired|passed|withdr[ae]wn?"
    r"|on hold|paused|frozen|hiring freeze|ghosted|no (?:response|answer)|отказ\w*|оффер\w*"
    r"|офер\w*|прош(?:ёл|ел|ла)|на паузе|замороз\w*|заморож\w*|тишина|снял\w*)(?![^\W\d_])"
    r"(?!\s+(?:\w+\s+)?(?:slot|time|date|слот|время|дат))",
    re.IGNORECASE,
)
"""A callout's title that is the outcome itself, named first ("Rejected — 12 Nov", "Passed to
final", "Offer!"), not a title that only mentions one ("They rejected my first slot")."""
WORDS_ONLY = frozenset({"quote", "cite", "note", "info", "tip", "todo", "question", "example"})
"""Callouts that hold words, not how things went: a quote of feedback, a note, a question."""


def _callouts(note: Note, near: date | None) -> list[Fact]:
    """The titles of callouts that tell how things went ("> [!failure] Rejected — 12 Nov",
    "> [!success] Passed to final"), dated by a date in the title or in the line under it."""
    found = []
    for section in note.sections:
        for match in _CALLOUT.finditer(section.content):
            title = match["title"].strip()
            if match["kind"].casefold() in WORDS_ONLY or not _OUTCOME_TITLE.match(title):
                continue  # "Red flags: … they rejected most candidates", "Expected offer range"
            reading = read_outcome(title)
            if not (reading.result or reading.conflicting):
                continue
            offset = section.content.count("\n", 0, match.start()) + 1
            following = section.content[match.end() :].lstrip("\n").split("\n", 1)[0]
            dated = f"{title} {following}" if following.startswith(">") else title
            on = first_date_in(dated, near) if near else parse_written_date(dated)
            found.append(Fact(reading, on, section.line + offset, title))
    return found


_STATUS_TAG = re.compile(r"^(?:status|статус|stage|этап)/(?P<word>.+)$", re.IGNORECASE)


_TAG_RESULTS: dict[str, Result] = {
    **_RESULTS,
    "on_hold": "on_hold",
    "hold": "on_hold",
    "paused": "on_hold",
    "frozen": "on_hold",
    "пауза": "on_hold",
    "заморожено": "on_hold",
    "withdrawn": "withdrawn",
    "withdrew": "withdrawn",
    "снялась": "withdrawn",
    "снялся": "withdrawn",
}
"""A status tag's word, whole, as the outcome it names."""


def _status_tags(note: Note) -> list[Fact]:
    """A nested tag that names the process's state (#status/rejected, #статус/отказ)."""
    found = []
    for tag in note.tags:
        match = _STATUS_TAG.match(tag)
        if match is None:
            continue
        result = _TAG_RESULTS.get(word_of(match["word"].replace("-", " ")))
        if result is not None:  # the whole word, never a phrase ("rejected-by-me", "waiting-offer")
            found.append(Fact(Reading(result), None, 1, f"#{tag}"))
    return found


_DECISION_HEADING = re.compile(
    r"[\W_]*(?:rejection|rejected|declined|offer|offered|withdrawn|withdrew|отказ|оффер|офер"
    r"|сняла? кандидатуру)[\W_]*(?:\(.*\)|[-–—:]?[ \t]*[\d./ -]*[^\W\d_]{0,9}[\d./, ]*)?",
    re.IGNORECASE,
)
"""A heading that is a decision and its day alone ("## Rejection (Dec 1, 10:04am)", "##
Отказ 5.12", "## Offer!"): not "## Offer comparison"."""


def _decision_headings(note: Note, near: date | None, today: date | None) -> list[Fact]:
    """Headings that name a decision with its day (read near `near`), over words of their own
    ("## Rejection (12/1)" and the e-mail under it): not "## Offer" left empty in a template,
    nor "### Rejected (2025)", nor a day after `today`."""
    found = []
    for section in note.sections:
        if not section.heading or not section.content.strip() or near is None:
            continue
        if _DECISION_HEADING.fullmatch(section.heading.strip()):
            reading = read_outcome(section.heading)
            on = first_date_in(section.heading, near)
            if reading.result is not None and on is not None and (today is None or on <= today):
                found.append(Fact(reading, on, section.line))
    return found
