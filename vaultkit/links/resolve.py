"""Link resolution the way Obsidian does it, plus an alias fallback Obsidian does not do.

A link path is matched against full paths first, then against file names (case-insensitive,
in Unicode NFC: see names.py);
among several files of one name the one in the linking note's folder wins, else the shortest
path. A link starting with ./ or ../ (Obsidian's "relative path" format) leads to that path from
the linking note's folder, or nowhere; a markdown link is also tried from that folder when
the vault has no such path. A link that matches only a note's alias is left unresolved by
Obsidian; vaultkit follows it and says so. A link to a page of a Logseq graph by its
namespace (`[[people/Марат]]`, kept in the file `people%2FМарат.md`) vaultkit follows too, as
Logseq did, without a warning (a graph brought in from Logseq has them by the hundred).
"""

from __future__ import annotations

import posixpath
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from vaultkit.model import Link, Note
from vaultkit.parse.names import fold, namespaced_page, page_name

_ATTACHMENT_NAMES = (
    "png jpg jpeg gif bmp svg webp avif pdf mp3 wav m4a ogg flac webm mp4 mov mkv ogv "
    "canvas base txt csv json zip docx xlsx pptx"
)
ATTACHMENT_EXTENSIONS = frozenset(_ATTACHMENT_NAMES.split())
"""Extensions treated as attachments when a link to them does not resolve."""

TargetKind = Literal["note", "attachment", "unresolved"]


@dataclass(frozen=True, slots=True)
class Resolution:
    """Where one link leads."""

    kind: TargetKind
    """note, attachment, or unresolved."""
    path: str | None
    """Vault path of the note or attachment; None when unresolved."""
    via_alias: bool = False
    """True when only an alias matched (Obsidian itself leaves such links unresolved)."""


def _stem(path: str) -> str:
    return path[:-3] if path.lower().endswith(".md") else path


class Resolver:
    """Resolves links against one vault's notes and attachments (those ending in .md are
    vaultkit's generated notes, which are not read but are notes to Obsidian)."""

    def __init__(self, notes: Iterable[Note], attachments: Iterable[str]) -> None:
        self._note_by_path: dict[str, str] = {}
        self._notes_by_name: dict[str, list[str]] = defaultdict(list)
        self._file_by_path: dict[str, str] = {}
        self._files_by_name: dict[str, list[str]] = defaultdict(list)
        self._notes_by_alias: dict[str, list[str]] = defaultdict(list)
        self._notes_by_page: dict[str, list[str]] = defaultdict(list)
        self._notes_by_idless: dict[str, list[str]] = defaultdict(list)
        for note in notes:
            self._add(note)
        for path in attachments:
            if path.lower().endswith(".md"):  # a generated note: a note to Obsidian
                key = fold(_stem(path))
                self._note_by_path[key] = path
                self._notes_by_name[key.rsplit("/", 1)[-1]].append(path)
                continue
            self._file_by_path[fold(path)] = path
            self._files_by_name[fold(path.rsplit("/", 1)[-1])].append(path)
        # Vaults link the same names from many notes, so each answer is remembered: by
        # target alone, unless the linking note's folder decided it (see _pick).
        self._memo: dict[tuple[str, str], Resolution] = {}
        self._memo_by_folder: dict[tuple[str, str, str], Resolution] = {}
        self._folder_decided = False

    def _add(self, note: Note) -> None:
        key = fold(_stem(note.path))
        # of two paths alike but for case (a case-sensitive disk), the last by path, as the
        # notes are read in that order
        known = self._note_by_path.get(key)
        self._note_by_path[key] = note.path if known is None else max(known, note.path)
        self._notes_by_name[key.rsplit("/", 1)[-1]].append(note.path)
        for alias in note.aliases:
            self._notes_by_alias[fold(alias)].append(note.path)
        page = namespaced_page(note.title)
        if page:  # a Logseq page: "people%2FМарат.md" is people/Марат
            self._notes_by_page[fold(page)].append(note.path)
        if idless := idless_name(note.path):
            self._notes_by_idless[idless].append(note.path)

    def update(self, added: Iterable[Note], removed: Iterable[Note]) -> None:
        """Take notes created and deleted since (the daemon's graph, updated in place); every
        answer remembered is forgotten, as any could have changed."""
        for note in removed:
            key = fold(_stem(note.path))
            name = key.rsplit("/", 1)[-1]
            _drop(self._notes_by_name, name, note.path)
            if self._note_by_path.get(key) == note.path:
                del self._note_by_path[key]
                alike = [p for p in self._notes_by_name.get(name, []) if fold(_stem(p)) == key]
                if alike:
                    self._note_by_path[key] = max(alike)
            for alias in note.aliases:
                _drop(self._notes_by_alias, fold(alias), note.path)
            if page := namespaced_page(note.title):
                _drop(self._notes_by_page, fold(page), note.path)
            if idless := idless_name(note.path):
                _drop(self._notes_by_idless, idless, note.path)
        for note in added:
            self._add(note)
        self._memo.clear()
        self._memo_by_folder.clear()

    def resolve(self, link: Link, source: str) -> Resolution:
        """Where `link`, written in the note at `source`, leads."""
        if not link.target:
            return Resolution("note", source)
        key = (link.target, link.style)
        found = self._memo.get(key)
        if found is not None:
            return found
        folder = source.rsplit("/", 1)[0] if "/" in source else ""
        found = self._memo_by_folder.get((*key, folder))
        if found is not None:
            return found
        self._folder_decided = link.style == "markdown"
        found = self._resolve(link, source)
        if self._folder_decided:
            self._memo_by_folder[(*key, folder)] = found
        else:
            self._memo[key] = found
        return found

    def _pick(self, candidates: list[str], source: str) -> str:
        """Among same-named files: the one in the source's folder, else the shortest path; of
        several there (notes sharing an alias), the shortest too, whatever order they were
        read in (a fresh build and the daemon's graph updated in place agree)."""
        if len(candidates) == 1:
            return candidates[0]
        self._folder_decided = True
        folder = posixpath.dirname(source)
        near = [candidate for candidate in candidates if posixpath.dirname(candidate) == folder]
        return min(near or candidates, key=lambda path: (path.count("/"), len(path), path))

    def _resolve(self, link: Link, source: str) -> Resolution:
        target = link.target.strip()
        if target.startswith(("./", "../")):  # Obsidian's "relative path" link format, in
            # wiki-links and markdown links alike: that file or nothing
            self._folder_decided = True
            found = self._exact(_relative(target, source))
            return found if found is not None else Resolution("unresolved", None)
        target = target.lstrip("/")
        found = self._exact(target)
        if found is None and link.style == "markdown":
            found = self._exact(_relative(target, source))
        found = found or self._by_name(target, source)
        if found is not None:
            return found
        aliased = self._notes_by_alias.get(alias_key(target))
        if aliased and (link.style != "name" or len(target) > 3):  # `company: DB`: whose "DB"?
            return Resolution("note", self._pick(aliased, source), via_alias=True)
        paged = self._notes_by_page.get(fold(_stem(target))) if "/" in target else None
        if paged:  # [[people/Марат]] to Logseq's "people%2FМарат.md"
            return Resolution("note", self._pick(paged, source))
        idless = self._notes_by_idless.get(fold(target)) if link.style == "name" else None
        if idless:  # `org: Einride` to "202610141200 Einride.md", as a reader finds it
            return Resolution("note", self._pick(idless, source))
        return Resolution("unresolved", None)

    def _exact(self, target: str) -> Resolution | None:
        key = fold(target)
        note = self._note_by_path.get(_stem(key))
        if note is not None:
            return Resolution("note", note)
        attachment = self._file_by_path.get(key)
        if attachment is not None:
            return Resolution("attachment", attachment)
        return None

    def _by_name(self, target: str, source: str) -> Resolution | None:
        key = fold(target)
        name = _stem(key).rsplit("/", 1)[-1]
        notes = self._notes_by_name.get(name, [])
        if "/" in key:  # a partial path: the name must sit under that path
            notes = [path for path in notes if fold(_stem(path)).endswith("/" + _stem(key))]
        if notes:
            return Resolution("note", self._pick(notes, source))
        files = self._files_by_name.get(key.rsplit("/", 1)[-1], [])
        if "/" in key:
            files = [path for path in files if fold(path).endswith("/" + key)]
        if files:
            return Resolution("attachment", self._pick(files, source))
        return None


def _drop(index: dict[str, list[str]], key: str, path: str) -> None:
    """`path` out of the list at `key`, and the key with it once the list is empty."""
    paths = index.get(key)
    if paths is not None and path in paths:
        paths.remove(path)
        if not paths:
            del index[key]


def idless_name(path: str) -> str | None:
    """A note's name without the Zettelkasten id it opens with ("202610141200 Einride.md":
    "einride", folded), which a company named in plain text finds it by; None for others."""
    name = _stem(path).rsplit("/", 1)[-1]
    named = page_name(name) if name[:1].isdigit() else name
    return fold(named) if named != name else None


def link_name(target: str) -> str:
    """The name a link written as `target` may find a note by (see Resolver): folded, without
    folders or .md. A note created or deleted can change where a link leads only when its
    name, or one of its aliases (folded), is the link's name, or its whole target."""
    return fold(_stem(target.strip())).rsplit("/", 1)[-1]


def alias_key(target: str) -> str:
    """What an alias must equal, folded, for a link written as `target` to find its note."""
    return fold(target.strip().lstrip("/"))


def _relative(target: str, source: str) -> str:
    """`target` read from the folder of the note at `source`, as a vault path."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))


def is_attachment_target(target: str) -> bool:
    """True when an unresolved link names a file that is not a note (by its extension)."""
    name = target.rsplit("/", 1)[-1]
    return "." in name and name.rsplit(".", 1)[-1].lower() in ATTACHMENT_EXTENSIONS
