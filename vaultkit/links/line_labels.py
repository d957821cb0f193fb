"""Tags that label a line of a note's log rather than the note: written only in list items
that say more ("- 3.11 — скрин 30 мин #собес", "- 3.12 — звонок, оффер #оффер"), never alone on a
line nor in the `tags` property. In a person's note such a tag says what that day was, not
that the note is an interview's. Pure."""

from __future__ import annotations

import re

from vaultkit.model import Note
from vaultkit.parse.names import fold

_TAG = re.compile(r"(?<![\w#/&])#([^\W\d_][\w/-]*)")
_ITEM = re.compile(r"\s*(?:[-*+]|\d+[.)])\s+")


def line_labels(note: Note) -> set[str]:
    """The note's tags (folded) written only on its list items beside other words."""
    own = {fold(str(tag).lstrip("#")) for tag in note.values("tags")}
    on_items: set[str] = set()
    alone: set[str] = set()
    for section in note.sections:
        if "#" not in section.content:
            continue
        for line in section.content.split("\n"):
            found = {fold(tag) for tag in _TAG.findall(line)}
            if not found:
                continue
            words = _TAG.sub("", _ITEM.sub("", line, count=1)).strip(" \t—–-:,.")
            (on_items if _ITEM.match(line) and words else alone).update(found)
    return on_items - alone - own
