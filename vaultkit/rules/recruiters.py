"""Who to write to about an interview: its recruiter, else the one contact who recruits at its
company."""

from __future__ import annotations

import re
from collections.abc import Mapping

from vaultkit.domain.contacts import Contact
from vaultkit.domain.interviews import Interview


def recruiter_of(
    interview: Interview, contacts: tuple[Contact, ...], by_path: Mapping[str, Contact]
) -> Contact | None:
    """Who to write to about an interview: its recruiter, else the one contact who recruits
    at its company ("company: [[Northwind Analytics]]", tagged #people/recruiter; of several,
    the one whose note links it, not names it), where its notes name no one. Nothing is written
    to one whose note says to stop; a brief for a round ahead is still the owner's to read."""
    if interview.recruiter is not None:
        return by_path.get(interview.recruiter)
    if interview.company is None:
        return None
    there = [c for c in contacts if interview.company in c.companies and _recruits(c)]
    linked = [c for c in there if interview.company not in c.named_companies]
    there = linked if len(there) > 1 and linked else there  # Jane (`[[Acme]]`), not Rob (`Acme`)
    return there[0] if len(there) == 1 else None


_RECRUITS = re.compile(
    r"(?:recruit\w*|рекрут\w*|talent\w*|sourcer\w*|hr|hrbp|эйчар\w*|headhunt\w*|хедхант\w*)",
    re.IGNORECASE,
)


def _recruits(contact: Contact) -> bool:
    """Whether a contact recruits: a recruiter type, or a part of their tags or a folder of
    theirs that is one word of recruiting ("people/recruiter", "HR/"; not "Resources/")."""
    parts = [p for tag in contact.tags for p in tag.split("/")] + contact.path.split("/")[:-1]
    return contact.recruiter_type is not None or any(_RECRUITS.fullmatch(p) for p in parts)
