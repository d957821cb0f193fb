"""News worth telling the key contacts: the job search started, paused or ended (the config's
`search_status`), and what the user logs as news (a line or a note tagged `#news`, or the dated
lines of a note named in the config). A contact who has been in touch since the news came, or
whom its line links, has heard it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from vaultkit.domain.contacts import Contact
from vaultkit.domain.talks import note_date
from vaultkit.links.graph import VaultGraph
from vaultkit.model import Note

NewsKind = Literal["logged", "searching", "paused", "hired"]
SEARCH_STATUSES: tuple[NewsKind, ...] = ("searching", "paused", "hired")
_NOT_NEWS = ("template",)


@dataclass(frozen=True, slots=True)
class News:
    """One piece of news, on the day it happened."""

    on: date
    """The day it happened."""
    kind: NewsKind
    """A change of the search's status, or news the user logged."""
    text: str
    """What happened, as written (without its date, list mark or tag); '' for a status."""
    path: str = ""
    """The note it is written in ('' for the config's search status)."""
    line: int = 0
    """Its line there."""
    told: frozenset[str] = frozenset()
    """Contacts its own line links: they heard it there."""


def search_news(status: str, since: date | None) -> News | None:
    """The config's search status as news, when both the status and its day are given."""
    for kind in SEARCH_STATUSES:
        if status == kind and since is not None:
            return News(since, kind, "")
    return None


def logged_news(graph: VaultGraph, tags: tuple[str, ...], note_name: str) -> tuple[News, ...]:
    """Every dated piece of news logged in the vault: lines tagged with one of `tags` (casefolded,
    without '#'; nested tags count), whole notes so tagged in their properties, and the dated
    lines of the note named `note_name`. Undated news is left out: no one can tell who has
    heard it."""
    found: list[News] = []
    tag_pattern = _tag_pattern(tags)
    wanted = note_name.strip().removesuffix(".md").casefold()
    for path, note in graph.notes.items():
        if graph.kinds.get(path) in _NOT_NEWS:
            continue
        if wanted and wanted in (note.title.casefold(), path.removesuffix(".md").casefold()):
            found.extend(_dated_lines(graph, note))
        elif tag_pattern is not None and any(_tagged(tag, tags) for tag in note.tags):
            found.extend(_tagged_news(graph, note, tag_pattern, tags))
    return tuple(sorted(found, key=lambda news: (news.on, news.path, news.line)))


def unheard(news: tuple[News, ...], contact: Contact) -> tuple[News, ...]:
    """The news `contact` has not heard: nothing with them since the day it came, and its own
    line does not link them."""
    last = contact.last_interaction
    return tuple(
        item
        for item in news
        if contact.path not in item.told and (last is None or last.on < item.on)
    )


def _tag_pattern(tags: tuple[str, ...]) -> re.Pattern[str] | None:
    if not tags:
        return None
    names = "|".join(re.escape(tag) for tag in tags)
    return re.compile(rf"(?<![\w/#&])#(?:{names})(?:/[\w/-]*)?(?![\w-])", re.IGNORECASE)


def _tagged(tag: str, tags: tuple[str, ...]) -> bool:
    folded = tag.casefold()
    return any(folded == wanted or folded.startswith(wanted + "/") for wanted in tags)


def _tagged_news(
    graph: VaultGraph, note: Note, pattern: re.Pattern[str], tags: tuple[str, ...]
) -> list[News]:
    """News of a tagged note: the note itself when its properties carry the tag (its name is
    the news), else each line holding the tag."""
    day = note_date(graph, note.path)
    if any(_tagged(str(tag).lstrip("#"), tags) for tag in note.values("tags")):
        return [News(day, "logged", note.title, note.path, 1)] if day else []
    dated = {entry.line: entry for entry in note.entries}
    found = []
    for line, text in _prose_lines(note):
        if "#" not in text or not pattern.search(_NOT_TAGS.sub(" ", text)):
            continue
        entry = dated.get(line)
        on = entry.on if entry else day
        if on is None:
            continue
        words = pattern.sub("", entry.text if entry else text)
        found.append(News(on, "logged", _plain(words), note.path, line, _told(graph, note, line)))
    return found


_FENCE = re.compile(r"^\s*(?:[-*+]\s+)?(```|~~~)")
_NOT_TAGS = re.compile(r"`[^`]*`|%%.*?(?:%%|$)|<!--.*?(?:-->|$)|\]\([^)]*\)|https?://\S+")
"""Where a '#' is no tag: inline code, comments, a link's address, a URL."""


def _prose_lines(note: Note) -> list[tuple[int, str]]:
    """The note's lines with their numbers, outside fenced code and multi-line comments (where
    Obsidian sees no tag)."""
    found = []
    in_code = in_comment = False
    for section in note.sections:
        for offset, text in enumerate(section.content.split("\n")):
            if _FENCE.match(text):
                in_code = not in_code
                continue
            if text.count("%%") % 2:
                in_comment = not in_comment
                continue
            if not in_code and not in_comment:
                found.append((section.line + 1 + offset, text))
    return found


def _dated_lines(graph: VaultGraph, note: Note) -> list[News]:
    return [
        News(
            entry.on,
            "logged",
            _plain(entry.text),
            note.path,
            entry.line,
            _told(graph, note, entry.line),
        )
        for entry in note.entries
    ]


def _told(graph: VaultGraph, note: Note, line: int) -> frozenset[str]:
    """The notes linked on `line` of `note` (the contacts among them heard the news there)."""
    return frozenset(
        target
        for link, target in graph.links_with_targets(note.path)
        if target is not None and link.line == line
    )


_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(?:\[.\]\s+)?")


def _plain(text: str) -> str:
    """A news line as a task shows it: no list mark, spaces folded, trailing punctuation off."""
    return " ".join(_LIST_MARK.sub("", text).split()).rstrip(" .;,—–-")
