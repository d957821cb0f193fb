"""What a contact's note says of their career and of how you rate them: a move to another
company (a dated entry such as "перешла в Ozon" or "joined Stripe"), the companies they left
(`previous_company`), and the optional `trust` and `satisfaction` ratings (1-5) and
`salary_range`. Read from the vault's text alone, so that a rebuild and the daemon agree."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from vaultkit.domain.interactions import Interaction
from vaultkit.keys import canonical
from vaultkit.links.graph import VaultGraph
from vaultkit.model import Diagnostic, Note
from vaultkit.parse.dates import dates_by
from vaultkit.parse.move_words import MOVED

RATINGS = ("trust", "satisfaction")


@dataclass(frozen=True, slots=True)
class Ratings:
    """How the user rates a contact, when the note says (none is required)."""

    trust: int | None = None
    """Trust, 1-5."""
    satisfaction: int | None = None
    """Satisfaction with the relationship, 1-5."""
    salary_range: str = ""
    """A salary range they shared or work with, as written."""

    def __bool__(self) -> bool:
        return self.trust is not None or self.satisfaction is not None or bool(self.salary_range)


NO_RATINGS = Ratings()
"""A note that rates nothing."""


@dataclass(frozen=True, slots=True)
class RoleChange:
    """A dated entry saying the contact moved to another company."""

    on: date
    """The entry's day."""
    said: str
    """The entry's words, as written."""
    path: str
    """The note the entry is in."""
    line: int
    """Its line there."""


_THIRD = re.compile(r"\b(?:she|he|they|она|он|они)\b|\[\[", re.IGNORECASE)
"""The contact as the subject: a pronoun, or a link to them."""
_FIRST = re.compile(r"\b(?:i|i've|i'm|я|мне|меня|we|мы|us)\b", re.IGNORECASE)
_NOT_DONE = re.compile(
    r"\b(?:не|never|not|didn't|did not|declined|отказал\w*|хоч\w*|хотел\w*|план\w*|"
    r"собира\w*|will|going to|might|may|maybe|может|wants? to|would)\b",
    re.IGNORECASE,
)
"""A move that did not happen, or has not yet."""
_WHEN = (
    r"(?!(?i:mon(?:day)?|tues?(?:day)?|wed(?:nesday)?|thu(?:rs)?(?:day)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?"
    r"|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:\s|$|,)"
    r"|\d{1,2}(?:[:./]\d|\s*(?:am|pm|th|st|nd|rd)\b))"
)
"""A day or a time after the verb ("moved to Sat 12th", "moved to 3pm"): a meeting moved."""
_WHERE = re.compile(
    r"\s*(?:в|во|to|at|for|the)?\s*" + _WHEN + r"(?:\[\[|«|\"|[A-ZА-ЯЁ0-9]"
    r"|(?:\*\*|__|\*|_)[A-ZА-ЯЁ][\w&.-]*\s+[A-ZА-ЯЁ])"
)
"""What follows the verb: a company, named (a capital, a link, quotes), or two words or more
in bold ("started at **Kelpie Robotics**"; "**Berlin**" alone is as likely a city)."""
_FEMININE_OR_PLURAL = re.compile(r"(?:ла|ли|лась|лись)$")


def role_change(
    interactions: tuple[Interaction, ...],
    own_note: str = "",
    kinds: Mapping[str, str] | None = None,
) -> RoleChange | None:
    """The latest dated entry that says the contact moved to another company: "she joined
    Stripe", "перешла в Ozon", "[[Anna]] moved to Wise". Not one about the user ("I've joined
    Stripe", "рассказал, что перешёл": a masculine verb with no subject is the user's, as the
    direction reader has it), not a move that did not happen ("never joined", "хочет перейти"),
    not a place that is no company ("joined us for lunch", "left for vacation"). With no
    subject, an English entry counts only in the contact's own note (`own_note`); in another
    person's note (a contact's, by `kinds`), "she" is that person, so the contact must be
    named there ("Same place my [[Dan]] application is sitting" in Rachel's is her move)."""
    for interaction in reversed(interactions):
        text, path = interaction.text, interaction.path
        if interaction.source != "entry" or not _moved(text, path == own_note):
            continue
        if path != own_note and kinds and kinds.get(path) == "contact" and not _named_mover(text):
            continue
        if path == own_note and _named_mover(text):
            continue  # in Ciara's note, "lunch with [[Tom]]; he's just joined Monzo" is Tom's
        return RoleChange(interaction.on, text, path, interaction.line)
    return None


def _named_mover(text: str) -> bool:
    """Whether the mover a line tells of may be a contact it links: one linked before the move
    ("lunch with [[Tom]]; he's just joined Monzo"), not after it ("she's started at Octopus …
    my [[Dan|Hays]] application")."""
    found = MOVED.search(text)
    return found is not None and "[[" in text[: found.start()]


def told_move(note: Note, today: date) -> RoleChange | None:
    """A move the contact's own note tells in prose, outside its dated log, with its day in the
    sentence that tells it ("Moved to [[Wise]] in November - saw it on LinkedIn on 17 Nov"):
    the latest such sentence, dated by the latest day it names up to today. Prose is read
    strictly: the contact is the subject (no one else's, "Her manager Tom moved to…"), the
    company is a link, and a sentence that names an earlier year ("joined [[Wise]] back in
    2019") or no day is no change; a congratulation ticked in the note since has said it."""
    logged = {entry.line for entry in note.entries} | set(note.undated_lines)
    found: RoleChange | None = None
    for section in note.sections:
        for offset, text in enumerate(section.content.splitlines(), start=1):
            line = section.line + offset
            if line in logged or MOVED.search(text) is None:
                continue
            for sentence in _SENTENCE.split(text):
                days = [day for day in dates_by(sentence, today) if day <= today]
                if days and _prose_move(sentence, today) and (not found or max(days) >= found.on):
                    found = RoleChange(max(days), text.strip(), note.path, line)
    if found is not None and any(
        task.done and _CONGRATULATED.search(task.text) and (task.done_on or found.on) >= found.on
        for task in note.tasks
    ):
        return None
    return found


_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_SUBJECT = re.compile(
    r"^\W*(?:(?:she|he|they|она|он|они)(?:\s+(?:has|have|just|recently|finally|недавно|наконец"
    r"|уже))*)?\W*$",
    re.IGNORECASE,
)
"""What may stand before the verb of a move told in prose: nothing, or the contact's pronoun."""
_LINKED = re.compile(r"\s*(?:в|во|to|at|the)?\s*\[\[")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_CONGRATULATED = re.compile(r"congrat|поздрав", re.IGNORECASE)


def _prose_move(sentence: str, today: date) -> bool:
    """Whether a sentence of a contact's prose tells their own move (see told_move)."""
    found = MOVED.search(sentence)
    if found is None or not _SUBJECT.match(sentence[: found.start()]):
        return False
    if not _LINKED.match(sentence, found.end()) or not _moved(sentence, own_note=True):
        return False
    return all(int(year) >= today.year for year in _YEAR.findall(sentence))


def _moved(text: str, own_note: bool) -> bool:
    found = MOVED.search(text)
    if found is None:
        return False
    head = re.split(r"[.;!?]|,(?=\s)", text[: found.start()])[-1]
    if _FIRST.search(head) or _NOT_DONE.search(head) or not _WHERE.match(text, found.end()):
        return False
    if _THIRD.search(head):
        return True
    verb = found.group(0).split()[0].casefold()
    if re.match(r"[а-яё]", verb):
        return bool(_FEMININE_OR_PLURAL.search(verb))
    return own_note


def ratings_of(note: Note, diagnostics: list[Diagnostic]) -> Ratings:
    """The note's ratings; a rating that is not a whole number from 1 to 5 is named."""
    found: dict[str, int | None] = {}
    for key in RATINGS:
        value = note.get(key)
        if value is None or value == "":
            found[key] = None
            continue
        number = _rating(value)
        if number is None:
            diagnostics.append(
                Diagnostic(
                    note.path,
                    note.line_of(key),
                    "warning",
                    f"{key} {value!r} is not a rating from 1 to 5; left out",
                    f"{key} {value!r} — не оценка от 1 до 5; не учитывается",
                )
            )
        found[key] = number
    salary = note.get("salary_range")
    return Ratings(found["trust"], found["satisfaction"], _plain(salary))


def _rating(value: object) -> int | None:
    found = re.fullmatch(r"\s*([1-5])(?:\.0)?\s*(?:/\s*5\s*)?", str(value))  # 4, 4.0, "4/5"
    if isinstance(value, bool) or found is None:
        return None
    return int(found[1])


def _plain(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, tuple):
        return ", ".join(str(item) for item in value)
    return " ".join(str(value).split())


_PREVIOUS = frozenset(
    ("previous_company", "previous_companies", "бывшая_компания", "former_company")
)
"""Properties that link the companies a contact has left."""


def companies_of(
    graph: VaultGraph, path: str
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The company notes a contact's properties link, in link order: where they are, those they
    left (`previous_company`; a company both is where they are), and those of where they are
    only named in plain text (`company: Acme`, not `company: "[[Acme]]"`)."""
    current: list[str] = []
    left: list[str] = []
    for _, target, data in graph.graph.out_edges(path, data=True):
        where = data["where"]
        if where in ("body", "embed") or graph.kinds.get(target) != "company":
            continue
        (left if canonical(where) in _PREVIOUS else current).append(target)
    now = tuple(dict.fromkeys(current))
    links = graph.links_with_targets(path) if path in graph.notes else ()  # a ledger's section
    written = {target for link, target in links if link.style != "name"}  # has no note of its own
    named = tuple(p for p in now if p not in written) if path in graph.notes else ()
    return now, tuple(p for p in dict.fromkeys(left) if p not in now), named
