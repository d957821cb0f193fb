"""Whether a task that names a contact is already kept, or already listed: a ticked task to
them later that does the same thing in other words ("× CV Пете" after "• скинуть Пете CV"), a
line of the owner's log in their note that says it was sent ("- 26/11 - sent CV v4 ✅"), or an
open task of their own note that holds it (listed from there, once)."""

from __future__ import annotations

import re
from datetime import date

from vaultkit.domain.contacts import Contact
from vaultkit.domain.name_forms import NameIndex, named_in
from vaultkit.domain.promises import Promise
from vaultkit.links.graph import VaultGraph

Ticked = tuple[date | None, str, int, set[str]]
"""A ticked task to a contact: its day, note and line, and what it did (_stems)."""


def done_since(promise: Promise, done: list[Ticked], index: NameIndex) -> bool:
    """Whether a task to the same contact, ticked after the promise (a later day, or below it
    in its note), does the same thing in other words, most of the shorter's ("• скинуть Пете
    CV (англ, v3)" on 1 Oct, "× CV Пете" on 2 Oct; not "Mock call with Ruth" for "Thank Ruth
    for the mock", nor "× спасибо Маше за фидбек" for "• фидбек Маше")."""
    wanted = stems(promise.text, index)
    made = promise.made_on
    return made is not None and any(
        on is not None
        and (on > made or (on == made and path == promise.path and line > promise.line))
        and alike(wanted, stems)
        for on, path, line, stems in done
    )


_STEM_WORD = re.compile(r"[^\W\d_]{2,}")
_NO_STEM = frozenset(
    "про для что как это the and for with about to re по на за от до или and then ещё еще".split()
)


def stems(text: str, index: NameIndex) -> set[str]:
    """What a task does, by its words' first five letters, without whom it is to nor the verb
    of writing or sending that carries it; a thanks for something is none of it."""
    if _THANKS.search(text):
        return {"\x00thanks"}
    for match, _ in sorted(named_in(index, text), key=lambda found: -len(found[0].group(0))):
        text = text.replace(match.group(0), " ")
    return {
        word.casefold()[:5]
        for word in _STEM_WORD.findall(re.sub(r"📅.*|\[\[[^\]]*\]\]", " ", text))
        if word.casefold() not in _NO_STEM and not _CARRIER.match(word)
    }


_THANKS = re.compile(r"(?<![^\W\d_])(?:спасибо|поблагодар\w*|thank\w*)", re.IGNORECASE)
_CARRIER = re.compile(
    r"(?:напис|написа|отправ|скину|скинул|присла|send|sent|email|wrote|write|message|ping|text"
    r"|call|позвон|спрос|ask)",
    re.IGNORECASE,
)


def still_owed(
    graph: VaultGraph,
    known: list[Contact],
    found: dict[str, dict[str, Promise]],
    done: dict[str, list[Ticked]],
    index: NameIndex,
) -> dict[str, tuple[Promise, ...]]:
    """The promises `found`, each contact's, that nothing `done` since keeps, and, of those an
    arrow addresses, that no open task of their own note already holds ("прислать портфолио …"
    in Piotr's, for "портфолио → Piotr" in an interview's): that one is listed, once."""
    own = {
        c.path: [stems(t.text, index) for t in graph.notes[c.path].tasks if t.open]
        for c in known
        if c.path in graph.notes
    }
    return {
        contact: tuple(
            p
            for p in by_words.values()
            if not done_since(p, done.get(contact, []), index)
            and not (_ARROW.search(p.text) and _held(stems(p.text, index), own.get(contact, [])))
        )
        for contact, by_words in found.items()
    }


def sent_since(known: list[Contact], index: NameIndex) -> dict[str, list[Ticked]]:
    """What the owner's log in each contact's note says was sent them ("- 26/11 - sent CV v4
    ✅", which keeps "- [ ] CV v4 → Sarah (tmrw)" of the day before), as ticked tasks are."""
    return {
        c.path: [
            (i.on, i.path, i.line, stems(i.text, index))
            for i in c.interactions
            if i.turn.by == "me" and _SENT.match(i.text) and not _STILL_TO.search(i.text)
        ]
        for c in known
    }


def alike(one: set[str], other: set[str]) -> bool:
    """Whether two tasks do the same thing: most of the shorter's words are the other's."""
    return 2 * len(one & other) > min(len(one), len(other))


_ARROW = re.compile(
    r"^(?!.*\b(?:send|write|email|reply|ask|call|text|tell|ping|give)\b).*(?:→|->|=>)", re.I
)
"""A task addressed by an arrow ("портфолио → Piotr"): a jotting of what goes to whom."""


def _held(wanted: set[str], theirs: list[set[str]]) -> bool:
    """Whether an open task of their own note holds every word of the one `wanted`."""
    return bool(wanted) and any(wanted <= words for words in theirs)


_STILL_TO = re.compile(
    r"\b(?:will|'ll|going to|to do|tomorrow|next|by (?:mon|tue|wed|thu|fri|sat|sun|\d)\w*"
    r"|by mistake|wrong|unsigned|forgot|bounced|oops|resend|need to|again)\b"
    r"|(?<![^\W\d_])(?:завтра|буду|позвоню|напишу|переслать|заново"
    r"|отправлю|скину|не те|не то|ошибк\w*|забыл\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A log line that leaves part of it still to do ("emailed her the form, will call her on
Monday", "sign + return by Fri") or says it went wrong ("sent the NDA unsigned by mistake",
"отправила сканы, но не те"): it keeps no task."""
_SENT = re.compile(
    r"\W*(?:sent|emailed|forwarded|shared|gave|returned|handed|отправил\w*|скинул\w*"
    r"|переслал\w*|выслал\w*|отдал\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
"""The owner's sending, opening a line of their log ("sent CV v4 ✅"; not "прислала список",
their sending)."""
