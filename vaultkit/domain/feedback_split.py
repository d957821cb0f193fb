"""A feedback section's text as its items: list items as items, prose as its sentences, a
table's feedback cells, a callout's quoted remark. A paragraph of prose is read on its own (a
blank line or a list ends it), so a line without a full stop does not run into the next; an
inline field named for feedback is one item, its value ("fb:: stats solid, product sense meh"),
and any other field's line ("outcome:: offer coming", "up:: [[MOC]]") none; a pasted
letter's header lines ("From: …", "Subject: …") are none, and a paragraph the owner labels as
their own take ("My take: fair.", "Моё: …") or a letter's sign-off ("Best regards, Lena Vogt")
holds none. In a list of pros and cons ("+" items beside "-", "*", "−" or "–" ones at the same
depth) each of those items keeps its side as a mark the polarity reads: "+ " or "− " (a nested
"+" list under "-" items is only nesting)."""

from __future__ import annotations

import re

from vaultkit.domain.feedback_leads import FEEDBACK_WORD, SENTENCE_END
from vaultkit.domain.feedback_table import table_cells

_LIST_ITEM = re.compile(r"^\s*(?P<marker>[-*+−–]|\d+[.)])\s+(?:\[.\]\s+)?(?P<text>.*)$")
"""A list item, and a line a pros-and-cons list opens with a minus sign or a dash ("− idempotency
на ретраях"), which markdown reads as prose."""
_SIDES = {"+": "+ ", "-": "− ", "*": "− ", "−": "− ", "–": "− "}
_PROSE_MARKS = frozenset({"−", "–"})
"""Marks that are a list's only beside "+" items: alone, the line is prose ("– см. выше")."""
_LEADS_IN = re.compile(r"(?:^|(?<=[.!?…]))[^.!?…]*:\s*$")
"""The sentence that ends a line of prose with a colon ("Offer call with Nadia, 1 Dec:",
"… Details from Lena:"): it leads in what follows, no remark."""
_WHOLLY_QUOTED = re.compile(r'"[^"]+"|“[^”]+”|«[^»]+»')
_FIELD = re.compile(r"^\s*(?P<key>[^\W\d][\w -]{0,30})::\s*(?P<value>.*)$")
"""An inline field's line ("fb:: stats solid, product sense meh", "outcome:: offer coming")."""
_FEEDBACK_KEY = re.compile(r"\s*(?:fb|ос|отзыв\w*)\s*$", re.IGNORECASE)
_HEADER = re.compile(
    r"^\s*(?:\*\*)?(?:from|to|cc|date|sent|subject|от|кому|копия|дата|тема|отправлено|von|an"
    r"|betreff|datum|gesendet)(?:\*\*)?\s*:(?!:)",
    re.IGNORECASE,
)
"""A pasted letter's header line ("From: Lena Vogt <…>", "Тема: …"): no remark."""
_OWN_TAKE = re.compile(
    r"^\W*(?:my (?:own )?(?:take|read|thoughts?|view|reflection|impression)s?|gut(?: feeling)?"
    r"|note to self|self[- ]review|мо[её] (?:мнение|впечатлени[ея]|ощущени[ея])|моё|мое"
    r"|мои (?:мысли|выводы|впечатления|ощущения)|от себя)\s*[:—–-]",
    re.IGNORECASE,
)
"""A label the owner puts before their own take on it: what follows is not what was said."""
_SIGN_OFF = re.compile(
    r"^\W*(?:(?:best|kind|warm|warmest|many)\s+(?:regards|wishes)|regards|cheers|sincerely"
    r"|all the best|best,|thanks again,|с уважением|всего доброго|всего наилучшего"
    r"|mit freundlichen grüßen|viele grüße|beste grüße|liebe grüße)\b",
    re.IGNORECASE,
)
"""A letter's sign-off: it and the name and title under it are no remark."""


def split_items(text: str) -> list[str]:
    """The items of a feedback section's `text` (see the module's docstring)."""
    items: list[str] = []
    paragraph: list[str] = []
    lines = text.split("\n")
    tabled = table_cells(lines)  # a table's rows give their feedback cells
    found = [(line, _LIST_ITEM.match(line)) for line in lines]
    sided = _sided_depths([match for _, match in found if match])
    for number, (line, match) in enumerate(found):
        if match and (match.group("marker") not in _PROSE_MARKS or _depth(match) in sided):
            items.extend(_paragraph(paragraph))
            marker = match.group("marker")
            side = _SIDES.get(marker, "") if _depth(match) in sided else ""
            if not _OWN_TAKE.match(match.group("text")):
                items.append(side + match.group("text"))
        elif _WHOLLY_QUOTED.fullmatch(line.strip()):
            items.extend(SENTENCE_END.split(line.strip()[1:-1]))  # a callout's quoted remark
        elif number in tabled:
            items.extend(SENTENCE_END.split(tabled[number]))
        elif (field := _FIELD.match(line)) is not None:
            items.extend(_paragraph(paragraph))
            if FEEDBACK_WORD.search(field["key"]) or _FEEDBACK_KEY.match(field["key"]):
                items.append(field["value"])  # "up:: [[MOC]]", "outcome:: offer" are no remark
        elif line.strip() and not line.lstrip().startswith("#") and not _HEADER.match(line):
            paragraph.append(_LEADS_IN.sub("", line).strip())
        else:
            items.extend(_paragraph(paragraph))
    items.extend(_paragraph(paragraph))
    return [item.strip() for item in items if len(item.strip(" -*.()")) > 2]


def _paragraph(lines: list[str]) -> list[str]:
    """The sentences of a paragraph of prose (emptying `lines`): none of the owner's own take
    or of a letter's sign-off."""
    said = " ".join(line for line in lines if line)
    lines.clear()
    if not said or _OWN_TAKE.match(said) or _SIGN_OFF.match(said):
        return []
    return SENTENCE_END.split(said)


def _sided_depths(matches: list[re.Match[str]]) -> set[int]:
    """The depths at which "+" items stand beside "-", "*", "−" or "–" ones: a pros-and-cons
    list's."""
    depths: dict[int, set[str]] = {}
    for match in matches:
        depths.setdefault(_depth(match), set()).add(match.group("marker"))
    return {depth for depth, seen in depths.items() if "+" in seen and seen & {"-", "*", "−", "–"}}


def _depth(item: re.Match[str]) -> int:
    """How far a list item is indented (a tab counts as four spaces)."""
    return len(item.string[: item.start("marker")].replace("\t", "    "))
