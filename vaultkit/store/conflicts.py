"""Sync conflict copies, by the names sync tools give them: the copy a tool keeps when a note
changed on two devices is not a note of its own (a second contact to write to, a node of the
network), but a version of the note it sits beside.

Names that say so outright (Syncthing's `.sync-conflict-...`, Dropbox's, Obsidian Sync's and
Nextcloud's `(... conflicted copy ...)`, `(Case Conflict)`) are copies wherever they are; the
names that could be a person's own (OneDrive's `-DESKTOP-1A2B3C`, Google Drive's `(1)`, iCloud's
` 2`) only when the note they copy sits beside them and begins alike (see begins_alike).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

_SURELY = (
    re.compile(r"^(?P<stem>.+?)\.sync-conflict-\d{8}-\d{6}-\w+(?P<ext>\.md)$", re.IGNORECASE),
    re.compile(r"^(?P<stem>.+?) ?\([^()]*conflicted copy[^()]*\)(?P<ext>\.md)$", re.IGNORECASE),
    re.compile(r"^(?P<stem>.+?) ?\(case conflict(?: \d+)?\)(?P<ext>\.md)$", re.IGNORECASE),
)
_LIKELY = (
    re.compile(r"^(?P<stem>.+?)-(?:DESKTOP|LAPTOP|PC)-[A-Z0-9]{4,}(?: ?\(\d+\))?(?P<ext>\.md)$"),
    re.compile(r"^(?P<stem>.+?) \(\d{1,2}\)(?P<ext>\.md)$"),
    re.compile(r"^(?P<stem>.+?) (?P<number>[2-9])(?P<ext>\.md)$"),
)


@dataclass(frozen=True, slots=True)
class ConflictCopy:
    """A sync conflict copy and the note it copies."""

    path: str
    """Vault path of the copy."""
    original: str
    """Vault path of the note it is a version of."""


def copies(paths: Iterable[str], alike: Callable[[str, str], bool]) -> list[ConflictCopy]:
    """The conflict copies among the vault paths `paths` whose original is among them too
    (a copy left alone is the only version there is: it stays a note). `alike(copy,
    original)` says whether two notes begin alike, for the names a person could give too."""
    present = set(paths)
    found = []
    for path in sorted(present):
        folder, _, name = path.rpartition("/")
        if not _may_be_copy(name):
            continue
        for pattern in (*_SURELY, *_LIKELY):
            match = pattern.match(name)
            if match is None:
                continue
            original = f"{match['stem']}{match['ext']}"
            original_path = f"{folder}/{original}" if folder else original
            if original_path not in present or original_path == path:
                break
            if pattern in _SURELY or alike(path, original_path):
                found.append(ConflictCopy(path, original_path))
            break
    return found


def begins_alike(first: str, second: str) -> bool:
    """True when two notes begin alike, as a sync tool's copy and its note do: the same first
    200 characters of body (the properties are what was edited on two devices), and, for notes
    with little body, the same property block too."""
    from vaultkit.parse.properties import split

    one, other = split(first), split(second)
    body, other_body = one.body.strip()[:200], other.body.strip()[:200]
    if body != other_body:
        return False
    return len(body) >= _BODY_ENOUGH or one.yaml_text == other.yaml_text


_BODY_ENOUGH = 20
"""Characters of body that make two notes one note's versions whatever their properties say
(two short notes alike in body but not in properties are two notes)."""


def surely_a_copy(name: str) -> bool:
    """True for a file name only a sync tool gives (whether or not its original is there)."""
    return _may_be_copy(name) and any(pattern.match(name) for pattern in _SURELY)


def _may_be_copy(name: str) -> bool:
    """A quick look before the patterns: every copy's name ends in `)` or a digit before its
    extension, or holds a sync tool's marker (most names do neither)."""
    stem = name.rsplit(".", 1)[0]
    return (
        stem.endswith(")")
        or stem[-1:].isdigit()
        or "sync-conflict-" in stem
        or any(marker in stem for marker in ("-DESKTOP-", "-LAPTOP-", "-PC-"))
    )
