"""An offer the contact brings: "Kranich offer call", "письменный офер на почту", "rang w/ verbal
offer 🤝 66k", "(outcome:: verbal offer)", "- 8/1 offer. 105k + RSU". In a contact's log
the recruiter or the hiring manager delivering an offer is the value both sets of labelled lines
count as received (a vacancy, in their kinds), though the line names no one acting.

Read only where nothing else moved in the line, and not where the offer is the owner's to tell
or to answer ("told her about the offer", "Оффер Kaspi подписал", "counter"), someone else's
("HE GOT THE OFFER", "her Stripe offer"), only planned, awaited, pending, moved, turned down,
denied or asked about, a call set for later ("verbal offer call set for Fri 2pm"), a plan, a
heading or a meeting note's title, which everyone in the meeting shares.
"""

from __future__ import annotations

import re

from vaultkit.domain.clause_verbs import OPEN_TASK
from vaultkit.domain.line_lead import LEAD

_STEMS = ("offer", "оффер", "офер")
"""Words of which a line must hold one before the patterns are tried."""
_OFFER = r"(?:offer|оффер\w*|офер\w*)"
_OPENS = re.compile(
    r"^\W*(?:[A-Z][\w.-]*\s+)?(?:verbal |written |formal |устный |"
    rf"письменный |официальный )?{_OFFER}\b(?:\s*(?:call|letter|email|mail|!|,|:|—|–|-|\.|"
    r"на почт\w*|пришл\w*|пришёл|пришел|от|из|в\b|\d)|\s*$)",
    re.IGNORECASE,
)
"""A line that opens with the offer ("Kranich offer call", "ОФФЕР, 5000 gross"); a company's
name may come first."""
_BROUGHT = re.compile(
    rf"\b(?:rang|called|phoned|звонил\w*|позвонил\w*)(?: me)?(?: \w+)?(?: \d[\d:.]*\s*(?:am|pm)?)?"
    rf" (?:w/|with|с) (?:the |a )?(?:verbal |written )?{_OFFER}|\(outcome:: (?:verbal |written )?"
    rf"{_OFFER}",
    re.IGNORECASE,
)
"""The contact bringing it ("rang w/ verbal offer", "called me herself 10:30am with the
verbal offer") or a call's outcome."""
_LINK = re.compile(r"\[\[[^\]]*\]\]")
_TITLE = re.compile(r"^\d{4}-\d\d-\d\d [^\W\d][^.!?,;:—–()\[\]🎉]*$")
"""A meeting note's title as its interaction ("2026-11-21 TalentBridge offer call"): everyone in
the meeting shares it, so it does not say who brought the offer."""
_NOT = re.compile(
    r"(?<!\w)(не|нет|если|жд\w*|ждём|подписал\w*|принял\w*|отказал\w*|отказалась|согласил\w*|"
    r"торг\w*|контр\w*|пришлют|пришлёт|пришлет|обещал\w*|написал|рассказал|сказал|"
    r"поздрав\w*|его|её|ее|у него|у неё|мой|моя|перенес\w*|отклонил\w*|отмен\w*)(?!\w)|"
    r"(?-i:[—–-]\s*[А-ЯЁ]\w+[еуюЕУЮ]\b)|"
    r"\?|\b(not|n't|no|if|will|would|might|hope|waiting|wait|expect\w*|told|tell|texted|"
    r"counter\w*|accept\w*|declin\w*|sign\w*|negotiat\w*|he|she|his|her|their|got|set for|"
    r"booked|scheduled|tomorrow|next week|by friday|congrat\w*|thanks?|i|my|tbd|tbc|pending|"
    r"moved|postponed|reschedul\w*|turned down|passed|none|nope|cancel\w*)\b",
    re.IGNORECASE,
)
"""Told, answered (turned down, countered, signed), someone else's, pending, awaited, denied,
asked about, set for later, moved or called off, or sent to someone named in the dative."""


def offer_brought(text: str) -> bool:
    """True when a line tells of an offer the contact brought."""
    folded = text.casefold()
    if not any(stem in folded for stem in _STEMS):
        return False
    if OPEN_TASK.match(text) or "#" in text or _TITLE.match(text):
        return False  # a plan, a heading, a meeting note's title
    line = _LINK.sub("", LEAD.sub("", text, count=1)).strip()  # a note's name says no one
    if not (_OPENS.match(line) or _BROUGHT.search(line)):
        return False
    return not _NOT.search(line)
