"""What the contact brought that the reading of who did what finds no actor in, asked of a line
where nothing moved either way: a step forward in a hiring process (`advances`), feedback named
with no one acting (`heard_feedback`), an approach about a role (`approaches`), an offer
brought (`offers_brought`) or a pay band with its figures (`bands_named`). Each reader sets
aside what the owner tells, gives, awaits or denies; the first that reads the line gives the
kind received."""

from __future__ import annotations

from vaultkit.domain.advances import advance
from vaultkit.domain.approaches import approach
from vaultkit.domain.bands_named import band_named
from vaultkit.domain.heard_feedback import feedback_heard
from vaultkit.domain.offers_brought import offer_brought


def brought(text: str) -> list[str]:
    """The kind of value the contact brought in a line where nothing else moved ("позвала на
    финал": feedback on the process; "фидбек после теха": feedback; "Wei Ling reached out re:
    SRE lead": a vacancy; "Kranich offer call": a vacancy; "band 90-110": market information), or
    none."""
    step = advance(text)
    if step:
        return [step]
    if feedback_heard(text):
        return ["company_feedback"]
    if approach(text) or offer_brought(text):
        return ["vacancy"]
    if band_named(text):
        return ["market_info"]
    return []
