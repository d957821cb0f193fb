"""What a rebuild did, told one way for the command and the daemon alike: each recorded or
refused tick, each note written, kept or refused, and the counts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from vaultkit.app.pipeline import Rebuild
from vaultkit.words import counted

Level = Literal["info", "warning", "error"]


@dataclass(frozen=True, slots=True)
class Line:
    """One line of what a rebuild did."""

    level: Level
    """How much it matters: info, warning (the user may want to look) or error."""
    text: str
    """The line itself."""
    word: str = ""
    """The word the line starts with, shown in colour on a terminal (the text follows it)."""


def describe(result: Rebuild) -> tuple[Line, ...]:
    """The lines that tell what `result` did, ticks first, then notes."""
    lines = []
    for edit in result.edits:
        if edit.outcome == "added":
            why = f" ({edit.message})" if edit.message else ""
            lines.append(Line("info", f"recorded a ticked task in {edit.path}{why}"))
        elif edit.outcome == "refused":
            lines.append(Line("warning", f": {edit.message}", "not recorded"))
        elif edit.outcome == "deferred":
            text = f": {edit.message}; the tick stays for the next rebuild"
            lines.append(Line("warning", text, "not recorded yet"))
    for write in result.writes:
        if write.outcome in ("refused", "failed"):
            lines.append(Line("error", f": {write.message}", write.outcome))
        elif write.message:  # the user's edits to a generated note, kept; a note left for later
            lines.append(Line("warning", f": {write.path}: {write.message}", write.outcome))
        else:
            lines.append(Line("info", f"{write.outcome}: {write.path}"))
    return tuple(lines)


def counts(result: Rebuild) -> str:
    """The notes read (parsed or from the cache), links and errors of a rebuild."""
    built = result.build
    notes = len(built.graph.notes)
    cached = notes - built.parsed
    read = f"{built.parsed} parsed, {cached} from the cache" if cached > 0 else "all parsed"
    return (
        f"{counted(notes, 'note', 'notes')} ({read}), "
        f"{counted(built.graph.link_count, 'link', 'links')}, "
        f"{counted(built.errors, 'error', 'errors')}"
    )


def wrote_everything(result: Rebuild) -> bool:
    """True when no generated note was refused or failed."""
    return all(write.outcome not in ("refused", "failed") for write in result.writes)
