"""Feedback items: every list item (or sentence of prose) in a feedback section or `feedback`
property, attributed to its interview, company, recruiter and date, and classified."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from vaultkit.config import Config
from vaultkit.domain.feedback_callouts import feedback_callouts
from vaultkit.domain.feedback_classifier import (
    Lexicon,
    build_lexicon,
    classify_parts,
    default_table,
)
from vaultkit.domain.feedback_in_passing import Told
from vaultkit.domain.feedback_items import items_of as items_of
from vaultkit.domain.feedback_split import split_items
from vaultkit.domain.feedback_table import TableRemark, table_remarks
from vaultkit.domain.interviews import Interview, named_in_value
from vaultkit.domain.led_letters import signed_letters
from vaultkit.domain.log_entries import entries
from vaultkit.domain.outcomes import read_outcome
from vaultkit.domain.owners_remarks import owners_remark
from vaultkit.domain.polarity import Polarity
from vaultkit.domain.process_remarks import process_remarks
from vaultkit.domain.prose_feedback import letter_lines, quoted_prose, quoted_to_me, told_in_note
from vaultkit.domain.tracker_sections import Tracked
from vaultkit.links.graph import VaultGraph
from vaultkit.model import YEARLESS, Note, latest_day_by
from vaultkit.parse.dates import DATE_PATTERN, as_date
from vaultkit.parse.names import page_name, person_name

_LIST_ITEM = re.compile(r"^\s*(?P<marker>[-*+]|\d+[.)])\s+(?:\[.\]\s+)?(?P<text>.*)$")
_TASKS = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[.\].*$", re.MULTILINE)
"""Tasks under feedback: the owner's plans for it, not what was said."""
_PRO_OR_CON = re.compile(r"^[+−] ")
"""The mark split_items puts before a pro or a con, taken off again before a line is shown."""
_LEADING_DATE = re.compile(rf"^({DATE_PATTERN})[\s:,–—-]*")


@dataclass(frozen=True, slots=True)
class FeedbackItem:
    """One piece of feedback and where it came from."""

    text: str
    """The words, as written."""
    path: str
    """Vault path of the note it is in."""
    line: int
    """Line of its section heading or property."""
    on: date | None
    """When it was given: the result date or interview date, or a date the item starts with."""
    interview: str | None
    """Vault path of the interview note, if it came from one."""
    company: str | None
    """Vault path of the company note."""
    company_name: str | None
    """The company as the user calls it."""
    recruiter: str | None
    """Vault path of the recruiter's contact note."""
    themes: tuple[str, ...]
    """Theme ids (may be empty)."""
    polarity: Polarity
    """strength, improvement, or neutral where the text does not say."""

    @property
    def source(self) -> str:
        """Who it came from, for counting distinct sources: the company (its note, else its name
        as written, folded), else the recruiter, else the note."""
        if self.company:
            return self.company
        if self.company_name:
            return "company:" + self.company_name.strip().casefold()
        return self.recruiter or self.path


def lexicon_for(config: Config) -> Lexicon:
    """The packaged lexicon extended with the vault's [themes.words]."""
    if not config.themes.words:
        return build_lexicon(default_table())
    table = default_table()
    for theme, words in config.themes.words:
        entry = table["themes"].setdefault(theme, {"words": []})
        entry["words"] = [*entry.get("words", []), *words]
    return build_lexicon(table)


_NOTHING_MORE = re.compile(
    r"\W*(?:nothing (?:beyond|more|else|specific|further|to add)"
    r"|no (?:further )?(?:details?|specifics)|без (?:деталей|подробностей)"
    r"|ничего (?:кроме|больше|конкретного|не сказал\w*)"
    r"|больше ничего)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A feedback line that says there is nothing (more) to it: no item."""
_GOES_ON = re.compile(r"(?<![^\W\d_])(?:but|but they|но|зато|однако)(?![^\W\d_])|[—,;]\s*\S", re.I)


def _unquoted(text: str) -> str:
    """A remark without the quotes its writer put around the whole of it (the note quotes it
    again: `""к тебе вопросов нет""` would be doubled)."""
    opening, closing = text[:1], text[-1:]
    once = text.count(opening) == text.count(closing) == (2 if opening == closing else 1)
    if len(text) > 2 and (opening, closing) in _QUOTE_PAIRS and once:
        return text[1:-1].strip()
    return text  # «Отличный Python» и «уверенный SQL»: two quotes, kept as written


_QUOTE_PAIRS = frozenset({('"', '"'), ("«", "»"), ("“", "”"), ("„", "“"), ("'", "'")})


def has_feedback_lines(note: Note, headings: tuple[str, ...]) -> bool:
    """True when the note records any feedback lines, whatever they say."""
    return bool(items_of(note, headings))


@dataclass(frozen=True, slots=True)
class Source:
    """Where a note's feedback came from, as every item of it carries."""

    interview: str | None
    company: str | None
    company_name: str | None
    recruiter: str | None


def classified(
    note: Note,
    text: str,
    line: int,
    on: date | None,
    source: Source,
    lexicon: Lexicon,
    told: bool = False,
) -> list[FeedbackItem]:
    """The items one feedback line holds (a contrast is two), those that evaluate (with `told`,
    a sentence that only tells what someone said, those that praise or criticise); a line that
    says there is nothing more ("Nothing beyond the comment above.") holds none."""
    handing = _HANDED_OVER.search(text)
    before = text[: handing.start()].rstrip(" -–—:,") if handing else ""
    handed_over = handing and not _PARTS.search(before) and read_outcome(text).result is not None
    if (_NOTHING_MORE.match(text) and not _GOES_ON.search(text)) or handed_over:
        return []  # "Nothing specific on the code, but …" goes on: read
    return [
        FeedbackItem(
            _unquoted(_PRO_OR_CON.sub("", part)),
            note.path,
            line,
            on,
            source.interview,
            source.company,
            source.company_name,
            source.recruiter,
            result.themes,
            result.polarity,
        )
        for part, result in classify_parts(text, lexicon)
        if result.evaluates
        and not (told and result.polarity == "neutral")
        and not owners_remark(part, result.polarity == "neutral", note)  # "→ сделал …"
        and not _NOTHING_MORE.fullmatch(part.strip(" .!"))  # "…really positive" but no detail
        and not _THEIR_PLAN.match(part)  # "she'll flag me if something … comes up"
        and not _BOILERPLATE.search(part)  # "Betreff: …", "… keine Bewertung Ihrer …"
    ]


_HANDED_OVER = re.compile(
    r"(?<![^\W\d_])(?:feedback|details|notes|фидбе?к|фидбэк|обратн\w+ связ\w+|детали)\s+"
    r"(?:below|ниже)\W*$",
    re.IGNORECASE,
)
"""A line that hands over the remarks under it, with the decision ("… decided not to progress -
feedback below."): no remark (not "strong on SQL, weak on product sense — details below")."""
_PARTS = re.compile(r"[—–:;]| - ")
"""Marks between a decision and remarks on one line ("… not to move forward — strong on SQL")."""
_BOILERPLATE = re.compile(
    r"^\W*(?:betreff|subject|тема)\s*:\s*(?:re:|aw:|fwd?:|ihre bewerbung|your application"
    r"|application|ваш\w* (?:заявк|отклик))|keine bewertung|kein\w* individuelle\w* feedback"
    r"|no individual feedback|not a reflection of your|не является оценкой|best of luck|good luck"
    r"|all the best|удачи в поиск|consider you (?:again|for (?:future|other))"
    r"|keep your (?:cv|profile|details) on file"
    r"|^\W*(?:(?:понимаю|жаль|спасибо|thanks|understood)\W+)*(?:держим контакт|будем на связи"
    r"|(?:let's |we'll )?(?:keep|stay) in touch)\W*$"
    r"|^\W*(?:передаю|пересылаю|делюсь|here(?:'s| is)|sharing|passing on|forwarding)\s+(?:вам\s+)?"
    r"(?:the |some )?(?:фидбек|обратн\w+ связ\w+|feedback)\b[^.!,;:]{0,40}$",
    re.IGNORECASE,
)
"""A letter's header or disclaimer under a feedback heading ("Bitte verstehen Sie, dass diese
Entscheidung keine Bewertung Ihrer fachlichen … Qualifikation darstellt"), or its line that
hands the feedback over ("Передаю фидбек по техническому интервью"): no remark."""


_THEIR_PLAN = re.compile(
    r"\W*(?:she|he|they)(?:'ll|’ll| will| is going to| are going to) (?:flag|keep|let|reach"
    r"|get back|come back|send|share|pass|circle|follow up|update|introduce|ping|write|call"
    r"|contact|look out|check)(?![^\W\d_])|\W*(?:напишу|вернусь|свяжусь|дам знать|пришлю"
    r"|позвоню|отпишусь|(?:i|we)(?:'ll|’ll| will) (?:get back|be in touch|let you know|write))"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
"""What the speaker will do ("she'll flag me if something more analytics-focused comes up",
"напишу до 15.01 точно"): a promise, no word on the candidate."""


def interview_feedback(
    note: Note, interview: Interview | None, headings: tuple[str, ...], lexicon: Lexicon
) -> tuple[FeedbackItem, ...]:
    """The feedback items of one interview note (none for a calendar's booking of a round of a
    process kept elsewhere: `interview` None)."""
    if interview is None:
        return ()
    on = interview.result_date or interview.on
    source = Source(interview.path, interview.company, interview.company_name, interview.recruiter)
    items = []
    kept = items_of(note, headings)
    told = {} if kept else dict((*items_of(note, RELAYED_HEADINGS), *told_in_note(note)))
    for text, line in kept or told.items():
        items.extend(classified(note, text, line, on, source, lexicon, told=not kept))
    return tuple(items)


RELAYED_HEADINGS = ("follow up", "follow-up", "followup", "what they said")
"""Sections of a meeting template where what came back may stand among other news ("## Follow
up ¶ Gemma emailed: > … she said it was not bad at all"): their praise and criticism only."""


def company_feedback(
    note: Note,
    company: Note | None,
    on: date | None,
    headings: tuple[str, ...],
    lexicon: Lexicon,
    today: date | None = None,
) -> tuple[FeedbackItem, ...]:
    """The feedback items kept in a company's note, or in another note about it (`company`, its
    folder's company note, or the note itself) named for feedback or holding a led-in list; one
    that opens with its day ("(20.11, алгосекция 1) вторая задача…", `ОС::` as people keep it)
    is of that day (without a year: the latest such day up to `today`)."""
    about = company or note
    source = Source(None, about.path, page_name(about.title), None)
    items = []
    kept = items_of(note, headings)
    kept += quoted_to_me(note, [text for text, _ in kept])
    for text, line in kept + quoted_prose(note, [text for text, _ in kept]):
        day, words = _opening_day(text, today)
        items.extend(classified(note, words, line, day or on, source, lexicon))
    return tuple(items)


_OPENING_DAY = re.compile(
    r"^\(\s*(?P<day>\d{1,2})\.(?P<month>\d{1,2})(?:\.(?P<year>\d{4}))?\s*(?:,[^)]*)?\)[\s:,–—-]*"
)
"""A remark's own day in brackets before it ("(20.11, алгосекция 1) …", "(05.11) …")."""


def _opening_day(text: str, today: date | None) -> tuple[date | None, str]:
    """The day a remark opens with in brackets, and its words without it; (None, text) where
    it opens with none (or with a day that is none, or one without a year and no `today`)."""
    found = _OPENING_DAY.match(text)
    if found is None:
        return None, text
    try:
        day = date(int(found["year"] or YEARLESS), int(found["month"]), int(found["day"]))
    except ValueError:
        return None, text
    if found["year"] is None:
        if today is None:
            return None, text
        day = latest_day_by(day, today)
    return day, text[found.end() :]


def contact_feedback(
    note: Note, headings: tuple[str, ...], lexicon: Lexicon
) -> tuple[FeedbackItem, ...]:
    """The feedback items of a contact note's feedback sections, and of the letters pasted in it
    that they signed (their employer's, as its `company` names it: domain/feedback_sources)."""
    source = Source(None, None, None, note.path)
    items = []
    first = person_name(note.title, note.aliases).split(" ")[0]
    kept = items_of(note, headings, speakers=False)
    letters = {
        (text, s.line): letter
        for s in note.sections
        for text, letter in signed_letters(s.content, first)
    }  # some led in as feedback already ("fb came by email:"): read once, as a letter
    employer = named_in_value(note.get("company"))
    kept_words = [text for text, _ in kept]
    unread = [(t, n) for t, n in letters if not any(t in k or k in t for k in kept_words)]
    for text, line in kept + unread:
        letter = letters.get((text, line))
        given = Source(None, None, f"{employer}\n{letter}", note.path) if letter else source
        dated = _LEADING_DATE.match(text)
        on = as_date(dated.group(1)) if dated else None
        words = text[dated.end() :] if dated else text
        items.extend(classified(note, words, line, on, given, lexicon))
    return tuple(items)


def told_feedback(
    told: list[Told], notes: Mapping[str, Note], lexicon: Lexicon
) -> dict[str, tuple[FeedbackItem, ...]]:
    """The feedback items daily notes tell in passing (domain/feedback_in_passing), by the
    daily note's path: each remark that praises or criticises, on the note's day."""
    found: dict[str, list[FeedbackItem]] = {}
    for day, company, said, path, line in told:
        title = notes[company].title if company in notes else company.partition("#")[2]
        source = Source(None, company, title, None)  # a tracker's section: its heading
        items = classified(notes[path], said, line, day, source, lexicon, told=True)
        found.setdefault(path, []).extend(items)
    return {path: tuple(items) for path, items in found.items()}


def table_feedback(
    remarks: Iterable[TableRemark], notes: Mapping[str, Note], lexicon: Lexicon
) -> dict[str, tuple[FeedbackItem, ...]]:
    """The feedback items of the vault's feedback tables (domain/feedback_table), by the path
    of the note keeping each table: each cell's remarks that evaluate, on its row's day."""
    found: dict[str, list[FeedbackItem]] = {}
    for day, interview, company, name, said, path, line in remarks:
        source = Source(interview, company, name, None)
        for text in split_items(said):
            found.setdefault(path, []).extend(
                classified(notes[path], text, line, day, source, lexicon)
            )
    return {path: tuple(items) for path, items in found.items()}


def process_feedback(
    path: str,
    content: str,
    first_line: int,
    days: Mapping[int, date],
    interview: Interview,
    lexicon: Lexicon,
) -> tuple[FeedbackItem, ...]:
    """The feedback items of a tracker note's company section (`content`, whose first line is
    the note's `first_line`; `path`, the section's): each entry's remarks that praise or
    criticise, on the entry's day (`days`: the section's dated lines), else the interview's;
    and its callouts' (feedback_callouts), on the interview's day."""
    source = Source(interview.path, interview.company, interview.company_name, interview.recruiter)
    note, items = Note(path=path), []
    called = letter_lines(split_items(feedback_callouts(content)))  # "> [!note] что сказал HM"
    for number, entry in entries(content):
        line = first_line + number
        on = days.get(line) or interview.result_date or interview.on
        for said in process_remarks(entry):
            if not any(part[:30] in said for part in called):  # the callout's lines read below
                items.extend(classified(note, said, line, on, source, lexicon, told=True))
    for said in called:
        items.extend(classified(note, said, first_line, interview.on, source, lexicon))
    return tuple(items)


def tracker_feedback(
    graph: VaultGraph,
    interviews: Iterable[Interview],
    sections: Iterable[Tracked],
    today: date,
    lexicon: Lexicon,
) -> dict[str, tuple[FeedbackItem, ...]]:
    """The feedback of each company section of the tracker notes, by the section's path, and of
    each feedback table, by its note's path and "#table" (read anew each build)."""
    by_path = {interview.path: interview for interview in interviews}
    remarks = table_remarks(graph, by_path.values(), today)
    tables = table_feedback(remarks, graph.notes, lexicon)
    found = {f"{path}#table": items for path, items in tables.items()}
    for tracked in sections:
        days = {entry.line: entry.on for entry in tracked.entries(today)}
        section = tracked.section
        found[tracked.path] = process_feedback(
            tracked.path, section.content, section.line + 1, days, by_path[tracked.path], lexicon
        )
    return found
