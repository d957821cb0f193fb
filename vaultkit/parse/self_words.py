"""The words in which a note's writer may speak of themselves: the Russian past verb a list item
opens with ("- получила отказ", "- 12.10 написала ей", "- 15:20 — написала"), or a sentence of a
paragraph does ("Созвонилась с Ириной."), and the one after "я" ("я сдала тестовое", kept with
its "я "). domain/owner_voice.py tells from them whether the owner writes in a woman's voice;
only words that look like past verbs are kept, and few of them, so the cache stays small."""

from __future__ import annotations

import re

_OPENING = re.compile(
    r"^[ \t>]*(?:[-*+]|\d+[.)])[ \t]+(?:\[.\][ \t]+)?(?:\*\*|__)?"
    r"(?:[\d./:-]+(?:\*\*|__)?[ \t]*[—–:-]?[ \t]*)?([а-яё]+(?:л|ла|лся|лась))(?![а-яё])",
    re.IGNORECASE,
)
_I_DID = re.compile(
    r"(?<![а-яё])я[ \t]+(?:уже[ \t]+|ещё[ \t]+|не[ \t]+|тоже[ \t]+|только[ \t]+)?"
    r"([а-яё]+(?:л|ла|лся|лась))(?![а-яё])",
    re.IGNORECASE,
)
_SENTENCE_OPENING = re.compile(
    r"(?:^[ \t]*|[.!?…][ \t]+)([А-ЯЁ][а-яё]+(?:л|ла|лся|лась))(?![а-яё])(?![ \t,]+[А-ЯЁA-Z])"
    r"(?![ \t]+(?:мне|меня|нам|нас|рекрутер\w*|эйчар\w*|hr|менеджер\w*|директор\w*|компания"
    r"|она|он|они|сама|сам)(?![а-яё]))"
)
"""A past verb that opens a sentence of prose ("Созвонилась с Ириной, рассказала про оффер."),
not one whose subject follows it ("Написала Катя", "Написала мне Лена", "Позвонила рекрутер")."""
_KEPT = 24
"""Words kept of one note: enough to tell a voice, few enough for a long diary."""


def self_words(body_lines: list[str], in_code: bytearray) -> tuple[str, ...]:
    """The past verbs, casefolded, that open the list items of `body_lines`, and those that
    follow "я" (kept as "я сдала"), outside code."""
    found: list[str] = []
    if not any("л" in line or "Л" in line for line in body_lines):
        return ()  # no Russian past verb anywhere: most notes of most vaults
    for number, line in enumerate(body_lines):
        if len(found) >= _KEPT:
            break
        if in_code[number]:
            continue
        if "я" in line or "Я" in line:
            found.extend("я " + match.group(1).casefold() for match in _I_DID.finditer(line))
        opening = _OPENING.match(line) if line[:1] in " \t>-*+0123456789" else None
        if opening is not None:
            found.append(opening.group(1).casefold())
        elif line[:1] not in "#>-*+|" and len(line) > 40:  # a paragraph of prose
            found.extend(m.group(1).casefold() for m in _SENTENCE_OPENING.finditer(line))
    return tuple(found[:_KEPT])
