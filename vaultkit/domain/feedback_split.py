"""A feedback section's text as its items: list items as items, prose as its sentences, a
table's feedback cells, a callout's quoted remark. A paragraph of prose is read on its own (a
blank line or a list ends it), so a line without a full stop does not run into the next; in a
paragraph of short lines that stop no clause half-said, each line is a remark. An
inline field's line is one item: its value where the field is named for feedback ("fb:: stats
solid, product sense meh"), else the field and its value ("минусы:: мало опыта с A/B"); a field
that files the note ("outcome:: offer coming", "up:: [[MOC]]") is none. The owner's own take
("My take: fair.", "Моё: …", "I think I bombed it") is no item, line by line; nor are a pasted
letter's header ("From: …" with the lines beside it) and its sign-off with the name under it
("Best regards, ¶ Lena Vogt"; a "P.S." after them is read). In a list of pros and cons ("+"
items beside "-", "*", "−" or "–" ones at the same depth, "−" and "–" in one run of lines with
them) each of those items keeps its side as a mark the polarity reads: "+ " or "− " (a nested
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
"""Marks that are a list's only in a run of lines with "+" items: alone, or as a dialogue's
dash ("– А когда ждать решения? – спросила я."), the line is prose."""
_SPOKEN = re.compile(r"\?|[,–—-]\s*(?:спросил|ответил|сказал|уточнил)\w*(?![^\W\d_])", re.I)
_LEADS_IN = re.compile(r"(?:^|(?<=[.!?…]))[^.!?…]*:\s*$")
"""The sentence that ends a line of prose with a colon ("Offer call with Nadia, 1 Dec:",
"… Details from Lena:"): it leads in what follows, no remark."""
_WHOLLY_QUOTED = re.compile(r'"[^"]+"|“[^”]+”|«[^»]+»')
_FIELD = re.compile(r"^\s*(?P<key>[^\W\d][\w -]{0,30})::(?:\s+(?P<value>.*))?$")
"""An inline field's line ("fb:: stats solid", "outcome:: offer coming"; not "Arc::clone")."""
_FEEDBACK_KEY = re.compile(r"\s*(?:fb|ос|отзыв\w*)\s*$", re.IGNORECASE)
_FILING_KEYS = frozenset(
    "up related vibe mood round stage next source with tags type date status outcome result "
    "company link links url reapply contact recruiter настроение этап итог исход статус дата "
    "контакт компания связи".split()
)
"""Fields that file the note, not what was said in it, unless they say more than a few words
("recruiter:: the panel liked my SQL but thought my stats were rusty")."""
_FILED_WORDS = 4
_LINKS = re.compile(r"\[\[[^\]]*\]\]")
_HEADER = re.compile(
    r"^\s*(?:\*\*)?(?:from|to|cc|date|sent|subject|от|кому|копия|дата|тема|отправлено|von|an"
    r"|betreff|datum|gesendet)(?:\*\*)?\s*:(?!:)",
    re.IGNORECASE,
)
_SENDER = re.compile(r"^\s*(?:\*\*)?(?:from|от|von)(?:\*\*)?\s*:.*[@<]", re.IGNORECASE)
"""A pasted letter's header: its lines ("Тема: …") count only beside a sender with an address
("From: Lena Vogt <…>"); alone, "Тема: SQL — уверенно" is a remark."""
_OWN_TAKE = re.compile(
    r"^\W*gut(?: feeling)?\s*[:—–-]\s*(?=(?:went|felt|feels|fine|ok|okay|good|bad|meh|great"
    r"|not|it|i|positive|negative|mixed)(?![^\W\d_]))"  # English; German "Gut: …" is praise
    r"|^\W*(?:my (?:own )?(?:take|read|thoughts?|view|reflection|impression)s?|note to self"
    r"|self[- ]review|мо[её] (?:мнение|впечатлени[ея]|ощущени[ея])|моё|мое|мои (?:мысли|выводы"
    r"|впечатления|ощущения)|от себя)\s*[:—–-]"
    r"|^\W*(?:i think|i feel|imo|in my view|по-моему|мне кажется|(?:я |сама? )(?:считаю|думаю))"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
"""A label the owner puts before their own take ("My take:", "Моё:"), or their own opinion
("I think I bombed the estimation", "Сама думаю, что завалила статистику"): not what was said."""
_SIGN_OFF = re.compile(
    r"\W*(?:(?:best|kind|warm|warmest|many)\s+(?:regards|wishes)|regards|cheers|sincerely"
    r"|all the best|best(?=,)|thanks again|с уважением|всего доброго|всего наилучшего"
    r"|mit freundlichen grüßen|viele grüße|beste grüße|liebe grüße)\s*[,.!]?"
    r"(?:\s+(?-i:[A-ZА-ЯЁ])[^\W\d_]*){0,3}\s*",
    re.IGNORECASE,
)
"""A letter's sign-off on a line of its own ("Best regards,", "Cheers, Tom"; not "Cheers for
coming in today!"): it and the name and title under it are no remark."""
_POSTSCRIPT = re.compile(r"^\W*(?:p\.?\s?s|п\.?\s?с|зы)(?![^\W\d_])[.:\s]*", re.IGNORECASE)


def split_items(text: str) -> list[str]:
    """The items of a feedback section's `text` (see the module's docstring)."""
    items: list[str] = []
    paragraph: list[str] = []
    lines = text.split("\n")
    tabled = table_cells(lines)  # a table's rows give their feedback cells
    found = [(line, _LIST_ITEM.match(line)) for line in lines]
    sided = _sided_depths([match for _, match in found if match])
    headers = _header_lines(lines)
    for number, (line, match) in enumerate(found):
        if match and _listed(match, sided, found, number):
            items.extend(_paragraph(paragraph))
            side = _SIDES.get(match.group("marker"), "") if _depth(match) in sided else ""
            if not _OWN_TAKE.match(match.group("text")):
                items.append(side + match.group("text"))
        elif _WHOLLY_QUOTED.fullmatch(line.strip()):
            items.extend(SENTENCE_END.split(line.strip()[1:-1]))  # a callout's quoted remark
        elif number in tabled:
            items.extend(SENTENCE_END.split(tabled[number]))
        elif (field := _FIELD.match(line)) is not None:
            items.extend(_paragraph(paragraph))
            items.extend(_field_item(field["key"], field["value"] or ""))
        elif line.strip() and not line.lstrip().startswith("#") and number not in headers:
            paragraph.append(_LEADS_IN.sub("", line).strip())
        else:
            items.extend(_paragraph(paragraph))
    items.extend(_paragraph(paragraph))
    return [item.strip() for item in items if len(item.strip(" -*.()")) > 2]


def _listed(
    match: re.Match[str],
    sided: set[int],
    found: list[tuple[str, re.Match[str] | None]],
    number: int,
) -> bool:
    """Whether a line is a list's item: any list mark, or a minus sign or a dash in a run of
    lines with "+" items (not a dialogue's line)."""
    if match.group("marker") not in _PROSE_MARKS:
        return True
    if _depth(match) not in sided or _SPOKEN.search(match.group("text")):
        return False
    run = [number]
    for step in (-1, 1):
        at = number + step
        while 0 <= at < len(found) and found[at][0].strip():
            run.append(at)
            at += step
    return any((item := found[at][1]) and item.group("marker") == "+" for at in run)


def _field_item(key: str, value: str) -> list[str]:
    """The item an inline field's line holds (see the module's docstring)."""
    filing = key.strip().casefold() in _FILING_KEYS
    if not value.strip() or (filing and len(_LINKS.sub("", value).split()) <= _FILED_WORDS):
        return []  # "outcome:: offer coming", "up:: [[MOC - Job search]]"
    if FEEDBACK_WORD.search(key) or _FEEDBACK_KEY.match(key):
        return [value]
    return [f"{key.strip()}: {value}"]


def _header_lines(lines: list[str]) -> set[int]:
    """The numbers of a pasted letter's header lines: those of a run of lines with a sender."""
    found: set[int] = set()
    for number, line in enumerate(lines):
        if _SENDER.match(line):
            at = number
            while at > 0 and _HEADER.match(lines[at - 1]):
                at -= 1
            while at < len(lines) and _HEADER.match(lines[at]):
                found.add(at)
                at += 1
    return found


def _paragraph(lines: list[str]) -> list[str]:
    """The sentences of a paragraph of prose (emptying `lines`): none of a line that is the
    owner's own take, none of a letter's sign-off and the lines under it up to a "P.S."."""
    kept: list[str] = []
    signed = False
    for line in lines:
        if _SIGN_OFF.fullmatch(line):
            signed = True
        elif signed and not _POSTSCRIPT.match(line):
            continue
        else:
            line, signed = _POSTSCRIPT.sub("", line).strip(), False
            if line and not _OWN_TAKE.match(line):
                kept.append(line)
    lines.clear()
    if len(kept) > 1 and all(_A_REMARK_A_LINE.fullmatch(line) for line in kept):
        return kept  # "сильный SQL ¶ слабая статистика": a remark a line, no full stops
    stops = any(line.rstrip().endswith((".", "!", "?")) for line in kept)  # a wrapped letter
    if len(kept) > 1 and not stops and all(_a_sentence_a_line(line) for line in kept):
        return [part for line in kept for part in SENTENCE_END.split(line)]  # a message's lines
    said = " ".join(kept)
    return SENTENCE_END.split(said) if said else []


_NOT_HALF_SAID = (
    r"(?![^\n]*(?:[,;:–—(-]|(?<![^\W\d_])(?:and|or|but|the|a|an|of|to|for|with|in|on|at|from"
    r"|about|that|my|your|his|her|their|our|и|или|но|а|с|в|на|по|про|для|от|к|у|о|об|что|как|за"
    r"|из|не|ты|вы|я))\s*$)"
)
"""A line that ends no clause half-said (no comma, no "and" or "про" at its end)."""
_A_REMARK_A_LINE = re.compile(_NOT_HALF_SAID + r"[^\n]{3,50}", re.IGNORECASE)
"""A short line that ends no clause half-said: in a paragraph of such lines each is a remark."""
_A_SENTENCE_A_LINE = re.compile(_NOT_HALF_SAID + r"[^\n]{3,200}", re.IGNORECASE)
"""A line that opens with a capital and ends no clause half-said: in a paragraph of such lines
(a message pasted line by line, "Тимуру очень понравилось … ¶ По Spark tuning ответы были
поверхностные …") each line is a sentence of its own, full stop or not."""


def _a_sentence_a_line(line: str) -> bool:
    """Whether a line opens with a capital and ends no clause half-said (_A_SENTENCE_A_LINE)."""
    letters = [char for char in line if char.isalpha()]
    return bool(letters) and letters[0].isupper() and bool(_A_SENTENCE_A_LINE.fullmatch(line))


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
