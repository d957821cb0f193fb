"""Where a note keeps feedback: its feedback sections, an outcome section that records it, the
lists a line leads in as feedback, a section or note named for a rejection e-mail or for
feedback, the callouts that hold what someone said, and a `feedback` property: the lines
found, each with the line it stands under, not yet classified."""

from __future__ import annotations

import re
from dataclasses import replace

from vaultkit.domain.feedback_callouts import feedback_callouts
from vaultkit.domain.feedback_leads import (
    led_in_items,
    named_for_feedback,
    names_feedback,
    quoted_lines,
)
from vaultkit.domain.feedback_split import split_items
from vaultkit.domain.fenced_letters import unfenced_letters
from vaultkit.domain.led_letters import decision_letter, led_letters, the_letter
from vaultkit.domain.prose_feedback import letter_lines
from vaultkit.domain.sections import is_feedback_heading, is_outcome_heading, records_feedback
from vaultkit.keys import canonical
from vaultkit.model import Note

_LIST_ITEM = re.compile(r"^\s*(?P<marker>[-*+]|\d+[.)])\s+(?:\[.\]\s+)?(?P<text>.*)$")
TASK_LINE = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[.\].*$", re.MULTILINE)
"""Tasks under feedback: the owner's plans for it, not what was said."""


def items_of(note: Note, headings: tuple[str, ...], speakers: bool = True) -> list[tuple[str, int]]:
    """The feedback lines of a note with the line they stand under: its feedback sections, the
    list items of an outcome section that records feedback ("## Outcome ... They gave
    feedback:\n- coding: strong"), the lists a line leads in as feedback ("Что понравилось:"),
    a section or note named for a rejection e-mail or feedback (its led-in lists, else all of
    it), and a `feedback` property; with `speakers`, the callouts titled by who said them
    ("> [!quote] Priya, call 12/3"; in a person's own note, a mentor's advice as often as not)."""
    found: list[tuple[str, int]] = []
    whole = named_for_feedback(note)
    for index, section in enumerate(note.sections):
        unfenced = unfenced_letters(section.content)
        section = section if unfenced is section.content else replace(section, content=unfenced)
        if is_feedback_heading(section.heading, headings):
            text = unfenced_letters(note.section_text(index))
            led = (
                split_items(feedback_callouts(text, speakers=False))
                or led_in_items(text)
                or split_items(quoted_lines(TASK_LINE.sub("", text)))
            )
            found.extend((item, section.line) for item in _and_speakers(led, text, speakers))
        elif is_outcome_heading(section.heading) and records_feedback(section.content):
            listed = [
                m.group("text") for m in map(_LIST_ITEM.match, section.content.split("\n")) if m
            ]
            found.extend((text, section.line) for text in listed if text.strip())
        else:
            called = split_items(feedback_callouts(section.content, speakers=False))
            led = called or led_in_items(section.content)
            if not led and (whole or names_feedback(section.heading)):
                led = split_items(quoted_lines(TASK_LINE.sub("", section.content)))
            elif not led and decision_letter(section):  # "## 27.11 письмо ¶ > … went with …"
                led = letter_lines(split_items(quoted_lines(the_letter(section.content))))
            led = led or led_letters(section.content)  # "- 13.11 rejection by email: ¶ > …"
            found.extend(
                (text, section.line) for text in _and_speakers(led, section.content, speakers)
            )
    for prop in note.properties:
        if canonical(prop.key) == "feedback":
            values = prop.value if isinstance(prop.value, tuple) else (prop.value,)
            for value in values:
                if isinstance(value, str):
                    found.extend((text, prop.line) for text in split_items(value))
    found = [(_untagged(text), line) for text, line in found]
    return found + tagged_lines(note, [text for text, _ in found])


def _untagged(text: str) -> str:
    """A remark without the tag that marks it feedback ("… be more concise #fb")."""
    return " ".join(FB_TAG.sub("", text).split()) if "#" in text else text


FB_TAG = re.compile(r"(?<![\w#])#(?:fb|feedback|фидбек|фидбэк)(?![\w/-])", re.IGNORECASE)
"""A tag that marks a line as feedback ("- Dan: good that i've done on-prem GPU stuff #fb")."""
_MARK = re.compile(r"^[\s>]*(?:[-*+]|\d+[.)])?\s*(?:\[.\]\s*)?")


def tagged_lines(note: Note, known: list[str]) -> list[tuple[str, int]]:
    """The lines of `note` tagged as feedback ("#fb"), without the tag and the list mark, that
    no item of `known` holds already; not a task (the owner's plan)."""
    found: list[tuple[str, int]] = []
    for section in note.sections:
        if "#" not in section.content:
            continue
        for line in section.content.split("\n"):
            if not FB_TAG.search(line) or TASK_LINE.match(line):
                continue
            said = FB_TAG.sub("", _MARK.sub("", line, count=1)).strip(" —–-:")
            if said and not any(said in item or item in said for item in known):
                found.append((said, section.line))
    return found


def _and_speakers(led: list[str], text: str, speakers: bool) -> list[str]:
    """`led`, and with `speakers` the callouts of `text` titled by who said them ("> [!quote]
    Dana") that no line of `led` holds already."""
    if not speakers:
        return led
    said = split_items(feedback_callouts(text))
    return led + [item for item in said if not any(item in x or x in item for x in led)]
