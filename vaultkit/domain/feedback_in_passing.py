"""Feedback told in a daily note's log: an entry that names one company, linked or not, and
tells what was said of the owner ("- 17:00 call w/ [[Milan]] — фидбек по Nordlight tech 1:
Милан сказал что по автоматизации всё супер, но system design слабоват"), with the list a line
leads in ("- 17:40 Ольга позвонила с фидбеком:" and the items under it) or the sentences that
report someone's word. An entry that names no company takes the one the people it links work
at, and one that introduces what was pasted under it ("- 11:45 письмо:") the one the entry
before names.
Read once per build from the daily notes, never remembered between builds."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date

from vaultkit.domain.call_notes import call_remarks
from vaultkit.domain.chat_lines import (
    MAIL_HEADER,
    chat_owners,
    mail_header,
    stamped_day,
    their_words,
    without_mail_header,
)
from vaultkit.domain.company_folder import for_an_agency, recruits
from vaultkit.domain.feedback_leads import (
    CALLOUT,
    FEEDBACK_WORD,
    SENTENCE_END,
    led_in_items,
    names_feedback,
    reported_sentences,
)
from vaultkit.domain.feedback_people import (
    agencies,
    company_of,
    hiring_people,
    one_company,
    people_names,
    works_at_one,
)
from vaultkit.domain.led_letters import led_letters
from vaultkit.domain.log_entries import RELAYED, TOP_ITEM, entries
from vaultkit.domain.month_notes import bare_remark, month_parts
from vaultkit.domain.name_forms import NameIndex, name_index, named_in
from vaultkit.domain.pasted_mail import (
    contact_senders,
    imported_mail,
    pasted_messages,
    sender_words,
)
from vaultkit.domain.prose_feedback import unwrapped, with_prose
from vaultkit.domain.said_in_passing import company_names, section_names
from vaultkit.domain.tracker_sections import Tracked
from vaultkit.links.graph import VaultGraph
from vaultkit.model import Section
from vaultkit.parse.names import periodic_name
from vaultkit.parse.weekly_notes import section_days, week_of_note

_CUES = (
    "fb",
    "фидб",
    "feedback",
    "обратн",
    "сказал",
    "написал",
    "wrote",
    "говори",
    "словам",
    "понрав",
    "отметил",
    "said",
    "mention",
    "told me",
    "liked",
    "impressed",
    "thought",
    "felt",
)
"""Words without which an entry holds no feedback (a quick look before the full reading)."""
_MOCK = re.compile(
    r"(?<![^\W\d_])(?:mock|practice interview|мок\w*|пробн\w+ (?:собес\w*|интервью)"
    r"|тренировочн\w+)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A mock interview's: a coach's or a friend's words in a message are no company's feedback."""

Told = tuple[date, str, str, str, int]
"""Feedback told in a daily note: its day, the company note's path, the words, the note and the
line of its entry."""


def feedback_in_passing(graph: VaultGraph, tracked: Iterable[Tracked] = ()) -> list[Told]:
    """Every feedback remark the daily and weekly notes' entries tell of a company with a
    note, or with a section of its own in a tracker note (`tracked`: "Поиск работы
    2026.md#Лавка Плюс")."""
    companies = company_names(graph)
    index = name_index([*companies, *section_names(companies, tracked)])
    if not index:
        return []
    works_at = works_at_one(graph)
    people = name_index(people_names(graph, works_at))
    agents = agencies(graph)
    callers = (index, works_at, people, name_index(hiring_people(graph)), agents)
    found: list[Told] = []
    for path, sections, days in _logs(graph):
        owners = chat_owners("\n".join(s.content for s in sections), people)
        for section, day in zip(sections, days, strict=True):
            if day is not None:
                told = _told_in(section, day, path, (index, works_at, people, owners, agents))
                known = [words for _, _, words, _, _ in told]
                called = call_remarks(section, day, callers, known)
                found += told + [(on, co, words, path, line) for on, co, words, line in called]
    return found + _mailed(graph, index, people)


def _mailed(graph: VaultGraph, index: NameIndex, people: NameIndex) -> list[Told]:
    """The feedback of the e-mails imported as notes of their own (`from:`, `subject:`) that a
    recruiter among the contacts sent, each of the company its subject names, else theirs, else
    (an agency's recruiter's) the one its text names (not a coach's CV review, nor a friend's
    mock interview)."""
    found: list[Told] = []
    senders = contact_senders(graph)
    for path, note in graph.notes.items():
        mailed = graph.kinds.get(path) == "other" and imported_mail(note)
        for mail in pasted_messages(note) if mailed else ():  # and the older ones it quotes
            sender = senders.get(sender_words(mail.sender))
            if sender is None or not recruits(graph, sender):
                continue
            subject = str(note.get("subject") or "")
            text = unwrapped(mail.text)  # a quoted copy wrapped at 72 characters
            theirs = one_company(people, mail.sender)
            if for_an_agency(graph, sender):  # "Acme came back with feedback": the client's
                theirs = one_company(index, text) or theirs
            company = one_company(index, subject) or theirs or one_company(index, text)
            if company is not None:
                said = with_prose(remarks(text), text)  # "Feedback from Globex …": Globex's
                found.extend(
                    (mail.on, one_company(index, w) or company, bare_remark(w), path, 1)
                    for w in said
                )
    return found


def _told_in(
    section: Section,
    day: date,
    path: str,
    readers: tuple[NameIndex, dict[str, str], NameIndex, frozenset[str], frozenset[str]],
) -> list[Told]:
    """The feedback one section of a daily or weekly note tells, each remark with its company:
    an entry's own, or the one of the e-mail pasted in it (from its header to its sign-off, or
    to the owner's next item), or the one of the entry that introduced a paste ("- письмо:")."""
    index, works_at, people, owners, agents = readers
    found: list[Told] = []
    before = carried = ""  # the entry before, the company a pasted e-mail is of
    listing = False  # in a list an entry ending in a colon led in (an e-mail's "verbatim:")
    after = 0  # the line after the entry before
    for number, written in entries(section.content):
        entry = their_words(written, people, owners)  # a chat's messages, not the owner's
        item = bool(TOP_ITEM.match(entry))
        opening = MAIL_HEADER.search(entry) if ":" in entry else None
        header = opening is not None
        if header:  # "From: Sophie Marsh / Subject: RE: Auto Trader"
            carried = (
                one_company(index, entry)
                or one_company(people, mail_header(entry))  # the sender's
                or company_of(index, works_at, before, people, agents)
                or ""
            )
        listing = listing and item and number == after  # the list runs on, no blank line
        if item and not listing and not header:
            carried = ""  # the owner's log goes on after the paste
        listing = listing or entry.rstrip().endswith(":")
        after = number + written.count("\n") + 1
        said = remarks(without_mail_header(entry) if header else entry)
        if _MOCK.search(entry.partition("\n")[0]):
            said = []  # "mock system design w [[Olivia]] … for Monzo prep. her fb:": a friend's
        if not said and not _OTHERS_LETTER.search(entry.partition("\n")[0]):
            said = led_letters(entry, logged=True)  # "[[Róisín]] msg on LI, pasting: ¶ > …"
        if opening is not None and not _MOCK.search(entry):  # not the owner's words over it
            said = with_prose(said, entry[opening.start() :])
        if said:
            company = company_of(index, works_at, entry, people, agents) or (
                one_company(people, written) if written != entry else None
            )  # a chat's company is its speakers' ("Анна Ким: …")
            if company is None and (
                _PASTED.match(entry.partition("\n")[0])
                or (before.rstrip().endswith(":") and FEEDBACK_WORD.search(before))
                or _unnamed_lead(entry, people)
            ):  # "- письмо:", "с фидбеком от Farfetch, который она выбила из Daniel:", "His
                # paraphrase of the HM's feedback:" under "Marcus rang re [[Northloop]]."
                company = company_of(index, works_at, before, people, agents)
            company = company or carried or None
            if company is not None:
                line = section.line + 1 + number
                on = stamped_day(written, day)  # a chat pasted later: the day it was said
                found.extend((on, company, bare_remark(words), path, line) for words in said)
        if carried and _SIGN_OFF.match(" ".join(entry.split())):
            carried = ""  # "Speak soon, Sophie": the e-mail ends
        before = entry
    return found


def _logs(graph: VaultGraph) -> Iterator[tuple[str, list[Section], list[date | None]]]:
    """The daily, weekly and monthly notes that may tell of feedback, each with its sections
    and the day of each (a daily note's day for all; a weekly note's days by its headings; a
    month's note cut at its dated entries, each part of its entry's day)."""
    for path, note in graph.notes.items():
        day = graph.daily_dates.get(path)
        week = week_of_note(note.title) if day is None else None
        month = day is None and week is None and bool(note.entries) and periodic_name(note.title)
        if day is None and week is None and not month:
            continue
        text = "\n".join(section.content for section in note.sections)
        folded = text.casefold()
        if not any(cue in folded for cue in (*_CUES, "call", "rang", "созвон", "звон")):
            continue
        if week is not None:
            yield path, list(note.sections), section_days(note.sections, week)
        elif month:
            parts = [part for section in note.sections for part in month_parts(note, section)]
            yield path, [part for part, _ in parts], [on for _, on in parts]
        else:
            yield path, list(note.sections), [day] * len(note.sections)


_PASTED = re.compile(
    r"^(?:[-*+][ \t]+)?(?:\d{1,2}[:.]\d{2}[ \t]*)?(?:письмо|e-?mail|mail|ответ|reply|message"
    r"|сообщение)[ \t]*(?:с фидб\w*|with (?:the )?feedback)?:[ \t]*$",
    re.IGNORECASE,
)
"""An entry that only introduces what was pasted under it ("- 11:45 письмо:"): an e-mail
from someone named ("письмо от мамы:") is theirs, not the company's of the entry before."""


def _unnamed_lead(entry: str, people: NameIndex) -> bool:
    """Whether an entry is a list led in by a line that names feedback but no one who gave it
    ("His paraphrase of the HM's feedback: ¶ - …", "- her fb from the panel: ¶ \t- …"): the
    entry before says whose it is; not a
    chat pasted under "Марина К., фидбэк по кейсу:"."""
    line, _, rest = entry.partition("\n")
    listed = all(TOP_ITEM.match(item.lstrip()) for item in rest.split("\n") if item.strip())
    relayed = FEEDBACK_WORD.search(line) and RELAYED.search(line)
    return listed and bool(relayed) and not named_in(people, line)


def remarks(entry: str) -> list[str]:
    """What an entry tells of the owner: the list its first line leads in ("с фидбеком:"),
    else, where that line names feedback, the sentences under it (or the quotes after its
    colon), else the quotes a line under it gives as feedback ("  - Feedback from the final:
    "…" And: "…""), else the sentences that report someone's word."""
    folded = entry.casefold()
    if not any(cue in folded for cue in _CUES):
        return []
    first, _, rest = entry.partition("\n")
    callout = CALLOUT.match(first)
    if callout and _MINE.match(callout["title"]):
        return []  # "> [!quote] me → Hannah": the owner's own message
    opened = TOP_ITEM.sub("", first, count=1)
    led = led_in_items(f"{opened}\n{rest}")
    if led:
        return led
    if names_feedback(opened) and not _to_come(opened):
        after = _after_its_colon(opened)  # "фидбек от X: сильный…", to its end
        quotes = _quotes_opening(after)
        if quotes:  # 'rang with THG feedback: "…". Final booked …': the quote
            return [said for quote in quotes for said in _sentences(quote)]
        said = [] if after.strip() else reported_sentences(opened)  # "Маша сказала что …"
        return said + (_sentences(f"{after}\n{rest}") if (after.strip() or rest.strip()) else [])
    lines = entry.split("\n")
    nested = [
        said
        for number in range(len(lines))
        for quote in _quoted_under(lines, number)
        for said in _sentences(quote)
    ]
    return nested or reported_sentences(entry)


_MINE = re.compile(
    r"\W*(?:me|my (?:reply|answer|email|message|response)|i|я|мо[йёе] (?:ответ|письмо|сообщение))"
    r"\s*(?:→|->|to\b|=>|:|$)",
    re.IGNORECASE,
)
"""A callout's title that makes it the owner's own message ("me → Hannah", "my reply")."""
_OTHERS_LETTER = re.compile(
    r"(?<![^\W\d_])(?:у (?:неё|нее|него|них)|(?:she|he|they) (?:also |too )?got|friend'?s"
    r"|подруг\w*|друг\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A letter led in as someone else's ("У неё отказ, письмо от их эйчара:")."""
_TO_COME = re.compile(
    r"(?<![^\W\d_])(?:(?:предлож|пообещ|обещ)\w*|(?:offered|promised) (?:a|to)|will|'ll)\s+"
    r"(?:[^\W\d_]+\s+){0,6}?(?:фидб|feedback|обратн)",
    re.IGNORECASE,
)
"""Feedback offered or promised, still to come ("Мария предложила созвон с фидбеком в пт"):
what the lines under it say is not it."""


def _to_come(line: str) -> bool:
    """Whether a line tells of feedback still to come, and gives none after its colon ("She
    will send written feedback too, but on the phone: strong SQL" gives some)."""
    promised = _TO_COME.search(line)
    return bool(promised) and not _GIVEN_NOW.search(line) and not _after_its_colon(line).strip()


_GIVEN_NOW = re.compile(
    r"(?<![^\W\d_])(?:прислал\w*|дал[аи]?|передал\w*|sent|gave|shared)(?![^\W\d_])", re.I
)
"""A verb saying the feedback came ("как обещала прислала фидбек")."""


def _quoted_under(lines: list[str], number: int) -> list[str]:
    """The quotes a line under the first gives as feedback, after its colon ("  - Feedback
    from the final: "…""), or on the next line where it leads them in ("Straight from the
    hiring manager:", "Here's what Tom wrote:")."""
    line = lines[number]
    named = number > 0 and names_feedback(line)
    after = _after_its_colon(line) if named else ""
    if after.strip() or (named and not line.rstrip().endswith(":")):
        return _quotes_opening(after)
    if number + 1 < len(lines) and (named or _WORD_LEADS.search(line)):
        return _quotes_opening(lines[number + 1].lstrip("> \t"))
    return []


_WORD_LEADS = re.compile(
    r"(?:(?:написал[аи]?|сказал[аи]?|передал[аи]?|wrote|said|says|writes)\b[^:\n]{0,40}"
    r"|straight from the (?:hiring manager|panel|team|interviewer)|verbatim|дословно):\s*$",
    re.IGNORECASE,
)
"""A line that leads in someone's words quoted on the next ("Вот что написал Том после
вчерашнего, копирую как есть:", "Here's what Tom wrote:", "Straight from the hiring manager:")."""


def _quotes_opening(text: str) -> list[str]:
    """The quotes `text` opens with, one after another ('"Gareth loved it." And: "Strong on
    the platform side…"'), up to the words that go on about something else ('… Final booked:
    "how you'd plan a migration"')."""
    found: list[str] = []
    end = len(text) - len(text.lstrip())
    for quote in QUOTE.finditer(text):
        if len(text[end : quote.start()].strip()) > _BETWEEN_QUOTES:
            break
        found.append(quote["said"])
        end = quote.end()
    return found


QUOTE = re.compile(r"[\"«“](?P<said>[^\"»”\n]{3,})[\"»”]")
"""Words in quotes, straight or typographic."""
_BETWEEN_QUOTES = 12
"""At most this many characters between two quotes of one remark ("And:", ", and also")."""


def _after_its_colon(line: str) -> str:
    """What a line that names feedback says after the colon that follows the word."""
    cue = FEEDBACK_WORD.search(line)
    at = line.find(":", cue.end() if cue else 0)
    return line[at + 1 :] if at >= 0 else ""


def _sentences(text: str) -> list[str]:
    """The sentences of the lines under an entry's first line (quote marks taken off), each
    list item's apart and without its mark, an e-mail's closing left out."""
    units = [""]
    for line in text.split("\n"):
        bare = line.strip().lstrip(">").strip()
        if TOP_ITEM.match(bare):
            units.append(TOP_ITEM.sub("", bare, count=1))
        else:
            units[-1] = f"{units[-1]} {bare}"
    return [
        sentence.strip()
        for unit in units
        for sentence in SENTENCE_END.split(unit.strip())
        if sentence.strip() and not _SIGN_OFF.match(sentence.strip())
    ]


_SIGN_OFF = re.compile(
    r"(?:best|regards|kind regards|best regards|cheers|thanks|many thanks|sincerely|warmly"
    r"|с уважением|всего доброго|спасибо|хорошего дня)\W+(?:[^\W\d_]+\W*){0,2}$",
    re.IGNORECASE,
)
"""An e-mail's closing ("Best, Sarah", "С уважением, Анна"): no remark."""
