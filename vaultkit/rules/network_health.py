"""The health of each relationship, as the knowledge notes describe a one-sided one: no value
either way for months, one side starting every conversation, answers missing on either side;
and which contacts to move between key and supporting. Each flag comes with one next step
(the notes' templates word it)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

from vaultkit.config import NetworkSettings
from vaultkit.domain.interactions import reply_owed
from vaultkit.rules.network_model import Flag, Relationship, Suggestion

ACTIVE_DAYS = 60
"""A contact in touch within this many days is active (for a move to key)."""
MIN_STARTS = 3
"""Conversations whose starter is known, before one side can be said to start them all."""
MIN_UNANSWERED = 2
"""Messages of yours left without an answer before it is a flag."""


def flags_of(
    relationship: Relationship, today: date, settings: NetworkSettings, reply_within: int
) -> tuple[Flag, ...]:
    """The health flags of one active relationship."""
    contact = relationship.contact
    if contact.status != "active" or relationship.first_on is None:
        return ()
    found = []
    months = settings.quiet_value_months
    window = today - timedelta(days=30 * months)
    if relationship.first_on <= window and (
        relationship.last_value_on is None or relationship.last_value_on < window
    ):
        found.append(Flag("no_value", months))
    starts = relationship.by_me + relationship.by_them
    if starts >= MIN_STARTS:
        side: Literal["me", "them"] = "me" if relationship.by_me >= relationship.by_them else "them"
        most = max(relationship.by_me, relationship.by_them)
        if most / starts >= settings.one_sided_share:
            found.append(Flag("one_sided", most, starts, side))
    if relationship.unanswered_since >= MIN_UNANSWERED:
        found.append(Flag("unanswered", relationship.unanswered_since))
    owed = reply_owed(contact.interactions, today, reply_within)
    if owed is not None:
        found.append(Flag("reply_owed", (today - owed.on).days))
    return tuple(found)


def suggestion_of(
    relationship: Relationship, today: date, flags: tuple[Flag, ...] = ()
) -> Suggestion | None:
    """Move to key: a supporting contact who is active and gives and gets value, and who is
    not one-sided (no flag says one side starts or answers go missing). Move to
    supporting: a key contact silent for two cadences (one never in touch is due a first
    touch instead)."""
    contact = relationship.contact
    if contact.status != "active":
        return None
    last = relationship.last_on
    if contact.tier == "supporting":
        active = last is not None and (today - last).days <= ACTIVE_DAYS
        one_sided = any(flag.kind in ("one_sided", "unanswered") for flag in flags)
        if active and relationship.flow == "both" and not one_sided:
            return Suggestion("to_key", None)
        return None
    if last is None:
        return None  # never in touch: a first touch is due, not a demotion
    silent = (today - last).days
    if silent > 2 * contact.cadence_days:
        return Suggestion("to_supporting", silent)
    return None
