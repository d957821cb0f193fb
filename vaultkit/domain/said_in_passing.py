"""Decisions a company's process met, and rounds passed, that the vault tells only in passing:
a dated line that names one company, linked or not, in any case of its name ("Thu: Heard back
from Voltwerk, they went with someone else", "GameNest отказали", "ПРИНЯЛ ОФЕР СКАЙФОР",
"созвон с Milan: Nordlight зовет на final"), in a daily or weekly note or any timeline. Read
once per build from the whole vault, never remembered between builds."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING

from vaultkit.domain.company_folder import interview_companies
from vaultkit.domain.mailed_decisions import mailed_decisions, messaged_decisions
from vaultkit.domain.name_forms import NameIndex, capitalised_keys, name_index, named_in
from vaultkit.domain.outcomes import DECISIONS, UNSETTLED, Result, read_outcome
from vaultkit.domain.pasted_mail import contact_senders, pasted_messages, sender_words
from vaultkit.links.graph import VaultGraph
from vaultkit.model import Note
from vaultkit.parse.names import (
    archived,
    birthday_list,
    fleeting_day,
    monthly_name,
    of_a_past_year,
    page_name,
)
from vaultkit.parse.weekly_notes import month_line_days

if TYPE_CHECKING:  # tracker_sections reads contacts, which read this module
    from vaultkit.domain.tracker_sections import Tracked

_SENTENCES = re.compile(r"(?<=[.!?;])\s+|\n")
_OPEN_TASK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\[ \]")
_UNSAID = ("template", "company", "interview")
_PLANS = re.compile(
    r"(?<![^\W\d_])(?:plans?|planned|todo|to do|agenda|schedule|goals?|план\w*|расписание"
    r"|задачи|цел[иья])"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
"""Headings of what is to come ("## План на день", "## Today's plan")."""


Told = tuple[date, Result, str]
"""A decision told in passing: its day, what it was, and the note that tells it."""
KeyedLine = tuple[date, str, str, tuple[str, ...]]
"""A dated line (its day, its words, its note) with its capitalised words' keys."""


def decisions_in_passing(
    graph: VaultGraph, lines: list[KeyedLine] | None = None
) -> dict[str, tuple[Told, ...]]:
    """For each company note's path, the decisions (offer, rejected, withdrawn) and the rounds
    passed (an invitation to the next) that dated lines of other notes (`lines`: keyed_lines,
    where read before) tell of it, by day, with the note that tells each."""
    index = company_index(graph)
    if not index:
        return {}
    found: dict[str, set[Told]] = {}
    messages = {
        path: thread
        for path, note in graph.notes.items()
        if graph.kinds.get(path) != "template" and (thread := pasted_messages(note))
    }
    people = contact_senders(graph)
    pasted = {  # a contact's pasted message is read whole, by its writer (messaged_decisions)
        (path, line)
        for path, each in messages.items()
        for m in each
        if sender_words(m.sender) in people
        for line in m.text.split("\n")
    }
    for on, text, source, keys in keyed_lines(graph) if lines is None else lines:
        if not keys or not named_in(index, text, keys) or (source, text.strip()) in pasted:
            continue
        for sentence in _SENTENCES.split(text):
            parts = [sentence]
            if len({path for _, path in named_in(index, sentence)}) > 1:  # two companies:
                parts = _CONTRAST.split(sentence)  # "Voltwerk отказали, зато Nordlight зовет…"
            for part in parts:
                result = _told(index, part)
                if result is not None:
                    found.setdefault(result[0], set()).add((on, result[1], source))
    for company, told in _under_headings(graph, index):  # "## Wheelo — всё ¶ …снимаюсь…"
        found.setdefault(company, set()).add(told)
    for company, told in mailed_decisions(index, keyed_lines(graph) if lines is None else lines):
        found.setdefault(company, set()).add(told)  # "Письмо от Farfetch: ¶ > … move forward"
    for company, told in messaged_decisions(
        graph, index, messages
    ):  # "Полина Жукова, [13.10.2026 12:30]"
        found.setdefault(company, set()).add(told)
    return {path: tuple(sorted(days)) for path, days in found.items()}


def _under_headings(graph: VaultGraph, index: NameIndex) -> Iterator[tuple[str, Told]]:
    """The decisions a day's note tells under a heading naming one company, in sentences that
    name none ("## Wheelo — всё ¶ Сегодня написала что снимаюсь с процесса")."""
    for path, day in graph.daily_dates.items():
        for section in graph.notes[path].sections:
            named = named_in(index, section.heading) if section.heading else []
            if len({company for _, company in named}) != 1:
                continue
            name = named[0][0].group(0)
            for line in section.content.split("\n"):
                for sentence in _SENTENCES.split(line):
                    mine = _FIRST_PERSON.search(sentence)  # not "Антону отказали"
                    about = _OF_THE_PROCESS.search(sentence)  # not "declined the invite"
                    if mine and about and not named_in(index, sentence):
                        told = _told(index, f"{name} — {sentence}")
                        if told is not None:
                            yield told[0], (day, told[1], path)


_FIRST_PERSON = re.compile(
    r"(?<![^\W\d_])(?:я|мне|меня|мой|мою|мои|i|me|my|i'm|i've|\w+аюсь|\w+уюсь|\w+юсь)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A sentence of the owner's own ("написала что снимаюсь с процесса", "мне отказали")."""
_OF_THE_PROCESS = re.compile(
    r"(?<![^\W\d_])(?:offer\w*|role|position|process|application|candidacy|withdr\w*|reject\w*"
    r"|оф+ер\w*|процесс\w*|вакансi\w*|ваканси\w*|позици\w*|отбор\w*|кандидатур\w*|снимаюсь"
    r"|снял\w*|отказ(?:али|ал|ала|ом))(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of the process itself, which a decision under a company's heading must name ("снимаюсь
с процесса"; not "I declined the invite to their social", "отказалась от тестового")."""
_SAID_NO = re.compile(
    r"\b(?:said|told me) no\b|\bdecided not to (?:proceed|move forward|continue)"
    r"|\bnot (?:be )?moving forward\b|\bwon'?t be moving forward\b"
    r"|(?<![^\W\d_])(?:сказали нет|решили не (?:продолжать|двигаться)|не будут продолжать"
    r"|не готовы (?:продолжать|двигаться))(?![^\W\d_])",
    re.I,
)
"""A decision said with a negation ("Polder said no", "решили не продолжать"), which the
negation check would otherwise take for no decision."""
_CONTRAST = re.compile(
    r"[,;]\s*(?:зато|а|но|but|while|whereas)\s+|\s+(?:зато|but|whereas)\s+", re.IGNORECASE
)
"""Where a sentence naming two companies turns from one to the other."""
_CLAUSES = re.compile(r"\s*(?:[,;:()]|\s[—–-]\s|\.\.\.|…)\s*")
_WORDS = re.compile(r"[^\W\d_]+")
_SOMEONE_ELSE = re.compile(
    r"\b(?:she|he|his|her|friend|colleague|applicants|candidates|finalist|layoffs)\b"
    r"|(?<![^\W\d_])(?:она|он|его|её|ее|друг(?:а|у|ом|е|ья|ей|ьями?)?|подруг\w*|коллег\w*"
    r"|кандидат\w*|candidates?)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of a decision about someone else ("she got an offer from Voltwerk"); "другого" (another)
is none ("отказали, взяли другого")."""
_MINE = re.compile(
    r"\b(?:i|i'm|i've|me|my|they|heard back)\b|(?<![^\W\d_])(?:я|мне|меня|мой|мою|мои|отказали"
    r"|прислали|прислала|прислал|сделали|выбрали|взяли|позвали|приняли|принял|приняла|зов[её]т"
    r"|зовут|пригласили|снимаюсь|снялась|снялся)(?![^\W\d_])|\binvited\b",
    re.IGNORECASE,
)
"""Words that make a decision the owner's: theirs to me, or mine ("they went with someone
else", "GameNest отказали", "ПРИНЯЛ ОФЕР")."""


def _told(index: NameIndex, sentence: str) -> tuple[str, Result] | None:
    """The company and the decision a sentence tells of the owner's process with it: one
    company named, and the clause naming it with the next one saying a settled decision of
    theirs to the owner, or the owner's ("Heard back from Voltwerk, they went with someone
    else"); None for a hope, a wait, a negation, another time or someone else's news."""
    named = {path for _, path in named_in(index, sentence)}
    if len(named) != 1:
        return None  # no company, or two: whose answer it is cannot be told
    clauses = [clause for clause in _CLAUSES.split(sentence) if clause.strip()]
    at = next((n for n, clause in enumerate(clauses) if named_in(index, clause)), None)
    if at is None:
        return None
    said = " ".join(clauses[at : at + 2])
    answered = _SAID_NO.search(said) is not None  # "Polder said no": their answer to me
    said = _SAID_NO.sub("rejected", said)
    terse = answered or len(_WORDS.findall(said)) <= 4  # "Voltwerk: offer!!", "ПОЛКА — отказ"
    if UNSETTLED.search(said) or _SOMEONE_ELSE.search(said):
        return None
    if not terse and not _MINE.search(said):
        return None
    result = read_outcome(said).result
    if result == "passed" and (not NEXT_ROUND.search(said) or UNSETTLED.search(sentence)):
        return None  # a meetup, a webinar, a hope: no round passed
    return (named.pop(), result) if result in DECISIONS or result == "passed" else None


NEXT_ROUND = re.compile(
    r"(?<![^\W\d_])(?:final\w*|финал\w*|onsite|on-site|next (?:round|stage|step)|\w+ round"
    r"|tech\w*|тех\w*|собес\w*|интервью|interview|скрининг\w*|screen\w*|кейс|case"
    r"|system design|live coding|лайвкодинг"
    r"|следующ\w+ этап|встреч\w+ с (?:cto|ceo|hm|нанимающ\w+)|hiring manager)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of a round the owner is invited to ("зовет на final", "invited me to the onsite")."""


def company_index(graph: VaultGraph) -> NameIndex:
    """The index of company_names, for finding them in lines."""
    return name_index(company_names(graph))


def company_names(graph: VaultGraph) -> list[tuple[str, str]]:
    """Each company note's names (and an application note's that names no company: it stands
    for its company) as a line may write them: its title, its aliases, and the
    first word of a longer title no other company's starts with ("Polder" for Polder AI),
    where that word is long enough to be a name (six letters or more) or is how the titles of
    the company's interviews call it ("2026-10-01 Lumen тех" for Lumen Health)."""
    notes = [*graph.of_kind("company"), *_applications(graph)]
    short = {  # "Lumen" of Lumen Health: a name only where its rounds' titles call it so
        first.casefold(): note.path
        for note in notes
        if len(words := note.title.split()) > 1
        and 4 <= len(first := words[0]) < 6
        and first[:1].isupper()
    }
    called = _called_in_interviews(graph, short) if short else set()
    firsts: dict[str, list[tuple[str, str]]] = {}
    for note in notes:
        first, *rest = note.title.split() or [""]
        named = (first.casefold(), note.path) in called
        if rest and (len(first) >= 6 or named) and first[:1].isupper():
            firsts.setdefault(first.casefold(), []).append((first, note.path))
    names = [
        (name, note.path)
        for note in notes
        for name in dict.fromkeys((note.title, page_name(note.title), *note.aliases))
    ]
    return names + [only[0] for only in firsts.values() if len(only) == 1]


def _called_in_interviews(graph: VaultGraph, short: dict[str, str]) -> set[tuple[str, str]]:
    """(word, company note) for a company's `short` first word that an interview note's title
    holds where the interview links the company, or names it in its `company` property
    (`компания: Lumen Health`), and its title calls it by that word alone ("Lumen тех"; not
    "Smart Engines tech")."""
    found: set[tuple[str, str]] = set()
    for note in graph.of_kind("interview"):
        title = note.title.casefold()
        words = [word for word in title.split() if word in short]
        if not words:
            continue  # the common title, of no company's short word
        split = title.split()
        for target in interview_companies(graph, note.path):
            if target not in short.values() or graph.notes[target].title.casefold() in title:
                continue
            second = graph.notes[target].title.casefold().split()[1]
            alone = {  # "Lumen тех"; not "Just Eat screen" for Just Eat Takeaway
                word
                for at, word in enumerate(split)
                if word in words and (split[at + 1 : at + 2] or [""])[0] != second
            }
            found.update((word, target) for word in alone if short[word] == target)
    return found


def section_names(
    companies: list[tuple[str, str]], tracked: Iterable[Tracked]
) -> list[tuple[str, str]]:
    """The names a line may call the companies tracked as sections by: the heading ("Лавка
    Плюс"), and its first word where it is a Cyrillic name of five letters or more no other section
    or company starts with ("Лавка — отказ."); none for a company with a note of its own."""
    taken = {name.casefold() for name, _ in companies}  # company_names, read once by the caller
    own = [(t.heading, t.path) for t in tracked if t.heading.casefold() not in taken]
    firsts: dict[str, list[str]] = {}
    for heading, path in own:
        first = heading.split()[0] if heading.split() else ""
        if len(heading.split()) > 1 and len(first) >= 5 and first[:1] in _CYRILLIC_CAPITALS:
            firsts.setdefault(first.casefold(), []).append(path)
    short = [
        (word, paths[0])
        for word, paths in firsts.items()
        if len(paths) == 1 and word not in taken and word not in _NOT_NAMES
    ]
    return [*own, *short]


_CYRILLIC_CAPITALS = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ"
"""A section's first word names its company only in Cyrillic ("Лавка" of Лавка Плюс): an
English one is too often a word of its own ("Bright side:" is no Bright Labs)."""
_NOT_NAMES = frozenset({"новый", "новая", "старт", "первый", "other", "senior", "junior"})


def _applications(graph: VaultGraph) -> list[Note]:
    """The interview notes that stand for their company: one note per application named for
    it ("Pipeline/Polder AI.md"), with no company property and no link to a company note."""
    companies = {note.title.casefold() for note in graph.of_kind("company")}
    return [
        note
        for note in graph.of_kind("interview")
        if note.find("company") is None
        and note.title.split()[:1] != []
        and note.title.split()[0].casefold() not in companies
        and not any(
            target and graph.kinds.get(target) == "company"
            for _, target in graph.links_with_targets(note.path)
        )
    ]


def fleeting_log_day(note: Note) -> date | None:
    """The day of a fleeting note named by its time alone, a log with no title of its own (no
    "# heading" at its top, no `type` but fleeting), else None: a permanent note of that name
    is about something, not a day."""
    day = fleeting_day(note.title)
    kind = str(note.get("type") or "fleeting").casefold()
    if day is None or kind not in ("fleeting", "log", "journal", "daily"):
        return None
    return None if any(section.level == 1 for section in note.sections) else day


def _as_of(path: str, note: Note, today: date) -> bool:
    """Whether a note's lines written without a year are read as of `today`: not an archive's,
    a past year's ("Архив/Поиск работы 2024") or a list of birthdays ("- 03.12 [[Петя]]")."""
    title = page_name(note.title)
    return not (
        today is None or archived(path) or birthday_list(title) or of_a_past_year(title, today)
    )


def keyed_lines(graph: VaultGraph, today: date | None = None) -> list[KeyedLine]:
    """dated_lines with their capitalised_keys: found once a build (Facts.keyed_lines) for the
    three readers of names in passing (decisions, talks, people met)."""
    return [
        (on, text, path, capitalised_keys(text)) for on, text, path in dated_lines(graph, today)
    ]


def dated_lines(graph: VaultGraph, today: date | None = None) -> Iterator[tuple[date, str, str]]:
    """Every dated line of the vault's notes but templates, company and interview notes (read
    whole as the process's own: domain/interviews): timeline entries, the lines of daily
    notes and of a Zettelkasten's fleeting notes named by their time alone ("202611301840") on
    their day, and those of a month's note ("2026-11") on the day of the entry above
    them ("**1 дек** — ОФФЕР!!! … ¶ Маша написала вечером"); open tasks, sections of plans,
    code blocks and comments left out. With `today`, a log written without years ("- 03.12
    …") is read as of it (Note.log_as_of)."""
    for path, note in graph.notes.items():
        if graph.kinds.get(path) in _UNSAID:
            continue
        entries = note.log_as_of(today) if today and _as_of(path, note, today) else note.entries
        dated = {entry.line for entry in entries}
        monthly = monthly_name(note.title)
        day = graph.daily_dates.get(path)
        day = day or (fleeting_log_day(note) if graph.kinds.get(path) == "other" else None)
        headings = (  # a day's or a month's note: its headings read alone
            {section.line: section.heading for section in note.sections if section.heading}
            if monthly or day
            else {}
        )
        for entry in entries:
            if (monthly or day) and entry.line in headings:  # "### 1 декабря, вт": the heading
                yield entry.on, headings[entry.line], path  # alone; its lines are read one by one
            else:
                yield entry.on, entry.text, path
        if day is None and not (entries and monthly):
            continue
        days = month_line_days(note) if day is None else {}  # a month's note: by its entries
        for section in note.sections:
            if _PLANS.search(section.heading):
                continue  # "## План на день": what is to come, not what was
            hidden = False  # inside a fenced block or a comment
            for number, line in enumerate(section.content.split("\n"), section.line + 1):
                bare = line.strip()
                if bare.startswith(("```", "~~~", "%%")) or bare.startswith("<!--"):
                    opened = bare.startswith(("```", "~~~")) or bare.count("%%") == 1
                    hidden = not hidden if opened else hidden
                    continue
                if bare and not hidden and number not in dated and not _OPEN_TASK.match(line):
                    on = day or days.get(number)
                    if on is not None:
                        yield on, line, path
