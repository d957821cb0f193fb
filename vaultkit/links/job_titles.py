"""Notes named for a job: "Stripe - Senior QA Automation Engineer", and one named for the job
at its own `company` ("Brightloop — Engineering Manager" with `company: Brightloop`), which is
an application's note, not a person's ("Spotify — Lisa Berg (Tech Lead)")."""

from __future__ import annotations

import re

from vaultkit.model import Note

JOB_TITLE = re.compile(
    r"\s[-–—]\s.*(?:engineer|developer|manager|analyst|designer|qa|sdet|lead|scientist|head"
    r"|инженер|разработчик|аналитик|дизайнер|менеджер|руководитель|\b(?:em|cto|cpo|vp|sre)\b)",
    re.IGNORECASE,
)
"""A note named for a job ("Stripe - Senior QA Automation Engineer")."""


def titled_by_its_company(note: Note) -> bool:
    """Whether a note is named for the job at its `company` ("Brightloop — Engineering Manager",
    "Canalside Bank — EM"), not for a person ("Anna (Klarna)") nor work there ("Kolo — итоги")."""
    company = str(note.get("company") or "").strip('[]" ').partition("|")[0].casefold()
    title = note.title.casefold()
    if not company or not title.startswith(company) or not _DASH.match(title, len(company)):
        return False
    role, rest = _WORDS.findall(str(note.get("position") or "").casefold()), title[len(company) :]
    named = _NAMED.match(note.title, len(company))  # "Spotify — Lisa Berg (Tech Lead)": hers
    if named and not {w.casefold() for w in named.groups()} <= set(role):
        return False
    return bool(JOB_TITLE.search(note.title) or set(role) & set(_WORDS.findall(rest)))


_DASH, _WORDS = re.compile(r"\s*[—–:|-]"), re.compile(r"[^\W\d_]{2,}")
_NAMED = re.compile(r"\s*[—–:|-]\s*([A-ZА-ЯЁ][a-zа-яё]+)\s+([A-ZА-ЯЁ][a-zа-яё]+)")
