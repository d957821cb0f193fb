"""Which company process each interview is of: its company's note, else its company's name as
written, else a company another interview names that its title holds. Pure."""

from __future__ import annotations

import re
from collections.abc import Iterable

from vaultkit.domain.interviews import Interview


def company_key(interview: Interview) -> str | None:
    """The company of an interview, for telling one process from another: its note, else its
    name as written (casefolded)."""
    return interview.company or (interview.company_name or "").casefold() or None


_BRACKETED = re.compile(r"\s*\([^()]*\)")


def _bare_to_bracketed(keys: Iterable[str]) -> dict[str, str]:
    """A company named bare ("amazon") as the one name that brackets a part of it ("amazon
    (aws)"), where only one does: two brackets are two jobs ("amazon (retail)")."""
    bracketed: dict[str, set[str]] = {}
    for key in keys:
        bare = _BRACKETED.sub("", key).strip()
        if bare != key and bare:
            bracketed.setdefault(bare, set()).add(key)
    return {bare: next(iter(full)) for bare, full in bracketed.items() if len(full) == 1}


def process_of(interviews: Iterable[Interview]) -> dict[str, str | None]:
    """Each interview's company process, by path: its company, else a company another interview
    names that its title holds as a word ("2026-09-10 Spotify screen" beside a note whose
    company is Spotify), else None; a company named in plain text is the one company note of
    that name another interview links ("company: Groenwerk" beside a link to "202609101000
    Groenwerk"), where only one note has it; and a company named bare is the one that brackets
    a part of its name ("Amazon" beside "Amazon (AWS)"), where only one does."""
    known = list(interviews)
    noted: dict[str, set[str]] = {}  # a company note's name, and the notes of that name
    for interview in known:
        if interview.company and interview.company_name:
            noted.setdefault(interview.company_name.casefold(), set()).add(interview.company)
    names = sorted({key for key in map(company_key, known) if key and "/" not in key}, key=len)
    named = re.compile(rf"\b({'|'.join(map(re.escape, reversed(names)))})\b") if names else None
    processes: dict[str, str | None] = {}
    bare = _bare_to_bracketed(names)
    for interview in known:
        key = company_key(interview)
        if key is None and named is not None:
            found = named.search(interview.title.casefold())
            key = found.group(1) if found else None
        if key in noted and len(noted[key]) == 1:  # "company: Groenwerk" beside its note's link
            key = next(iter(noted[key]))
        processes[interview.path] = bare.get(key, key) if key else key  # "Amazon (AWS)"
    return processes
