"""Who to write to about an interview: its recruiter, else the one contact who recruits at its
company."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from vaultkit.domain.contacts import Contact
from vaultkit.domain.interviews import Interview


def recruiter_of(
    interview: Interview, contacts: tuple[Contact, ...], by_path: Mapping[str, Contact]
) -> Contact | None:
    """Who to write to about an interview: its recruiter, else the one contact who recruits
    at its company ("company: [[Northwind Analytics]]", tagged #people/recruiter), or of several
    the one in touch near its day, where its notes name no one. Nothing is written to one whose
    note says to stop; a brief for a round ahead is still the owner's to read."""
    if interview.recruiter is not None:
        return by_path.get(interview.recruiter)
    if interview.company is None:
        return None
    there = [c for c in contacts if interview.company in c.companies and _recruits(c)]
    if len(there) > 1 and interview.on is not None:  # the one in touch about it, of several
        there = [c for c in there if _in_touch_near(c, interview.on)]
    return there[0] if len(there) == 1 else None


_NEAR_DAYS = 60
"""Days either side of an interview within which a recruiter was in touch about it."""


def _in_touch_near(contact: Contact, on: date) -> bool:
    """Whether the contact's log holds a line within _NEAR_DAYS of the interview's day (Jane,
    who set it up on 18.11, not Rob, met at a meetup in June)."""
    return any(abs((i.on - on).days) <= _NEAR_DAYS for i in contact.interactions)


_RECRUITS = re.compile(
    r"(?:recruit\w*|рекрут\w*|talent\w*|sourcer\w*|hr|hrbp|эйчар\w*|headhunt\w*|хедхант\w*)",
    re.IGNORECASE,
)


def _recruits(contact: Contact) -> bool:
    """Whether a contact recruits: a recruiter type, or a part of their tags or a folder of
    theirs that is one word of recruiting ("people/recruiter", "HR/"; not "Resources/")."""
    parts = [p for tag in contact.tags for p in tag.split("/")] + contact.path.split("/")[:-1]
    return contact.recruiter_type is not None or any(_RECRUITS.fullmatch(p) for p in parts)
