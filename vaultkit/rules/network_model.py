"""The network's model: one contact's relationship, measured, and the report of the whole
network (rules/network.py measures them; rules/network_health.py flags them)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Literal

from vaultkit.domain.contacts import Contact

Stage = Literal["forming", "developing", "mature"]
RelationshipMemo = dict[str, tuple[tuple[object, ...], "Relationship"]]
"""Per contact path: the inputs its relationship was measured from, and the result."""
STAGES: tuple[Stage, ...] = ("forming", "developing", "mature")
Flow = Literal["both", "given_only", "received_only", "none"]
GROWTH_MONTHS = 12
"""Months of growth shown one by one; earlier ones are summed."""
CONNECTORS = 5
"""Key connectors listed."""
EXACT_CENTRALITY_UP_TO = 600
"""Nodes up to which betweenness is exact; above, it is estimated from a fixed sample."""
CENTRALITY_SAMPLE = 16
"""Source nodes of that sample (seeded, so the estimate is the same on every run): enough to
rank the few contacts that bridge companies, at a fraction of the exact cost."""


FlagKind = Literal["no_value", "one_sided", "unanswered", "reply_owed"]
Move = Literal["to_key", "to_supporting"]


@dataclass(frozen=True, slots=True)
class Flag:
    """Something wrong with one relationship, with one next step (the templates word it)."""

    kind: FlagKind
    """What is wrong."""
    count: int = 0
    """no_value: months without value; one_sided: conversations the one side started;
    unanswered: your messages left unanswered; reply_owed: days they have waited."""
    total: int = 0
    """one_sided: conversations whose starter is known."""
    side: Literal["me", "them", ""] = ""
    """one_sided: who starts them."""


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A contact to move between key and supporting (the user edits `tier`)."""

    move: Move
    """Which way."""
    silent_days: int | None
    """to_supporting: days since the last contact (None: never in touch)."""


@dataclass(frozen=True, slots=True)
class Relationship:
    """One contact's relationship, measured."""

    contact: Contact
    """The contact."""
    stage: Stage
    """forming, developing or mature."""
    days: int
    """Distinct days with an interaction."""
    first_on: date | None
    """The first interaction."""
    last_on: date | None
    """The latest interaction."""
    regularity: float
    """Share of months from the first interaction to the last with an interaction (0-1)."""
    channels: tuple[tuple[str, int], ...]
    """Channels used, most used first, with the number of days each."""
    given: tuple[tuple[str, int], ...]
    """Kinds of value given, with counts."""
    received: tuple[tuple[str, int], ...]
    """Kinds of value received, with counts."""
    by_me: int
    """Interactions the entry says you started."""
    by_them: int
    """Interactions the entry says they started."""
    answered: int
    """Interactions the entry says were answered."""
    unanswered: int
    """Interactions the entry says went unanswered."""
    offers: int
    """Interviews with an offer that this contact recruited for."""
    companies: tuple[str, ...]
    """Vault paths of companies the contact links you to (their properties and interviews)."""
    centrality: float
    """Betweenness centrality in the contact-company graph (0-1)."""
    last_value_on: date | None = None
    """The latest day value flowed either way."""
    unanswered_since: int = 0
    """Interactions left unanswered since the last time they answered or wrote first."""
    flags: tuple[Flag, ...] = ()
    """What is wrong with the relationship, each with a next step (rules/network_health.py)."""
    suggestion: Suggestion | None = None
    """A move between key and supporting worth making."""

    @property
    def span_days(self) -> int:
        """Days from the first interaction to the latest."""
        return (self.last_on - self.first_on).days if self.first_on and self.last_on else 0

    @property
    def flow(self) -> Flow:
        """Which way value flows."""
        if self.given and self.received:
            return "both"
        if self.given:
            return "given_only"
        return "received_only" if self.received else "none"

    @property
    def referrals(self) -> int:
        """Referrals of you this contact made."""
        return dict(self.received).get("referral", 0)


@dataclass(frozen=True, slots=True)
class NetworkReport:
    """The network note's content."""

    today: date
    """The day it was computed for."""
    relationships: tuple[Relationship, ...]
    """Every contact's relationship: mature first, then developing, then forming; by name."""
    companies: tuple[tuple[str, str], ...]
    """Every company note: path and title."""
    channels: tuple[tuple[str, int], ...]
    """Days per channel over all contacts, most used first."""
    growth: tuple[tuple[str, int, int], ...]
    """Per month (YYYY-MM): contacts first met that month, and the running total."""
    met_earlier: int
    """Contacts first met before the months in `growth`."""
    never_contacted: int
    """Contacts with no interaction yet."""
    connectors: tuple[Relationship, ...]
    """Contacts linking you to more than one company or bridging parts of the network: most
    companies first (ties: centrality)."""
    companies_without_contact: tuple[tuple[str, str], ...]
    """Companies no contact links you to: path and title."""

    def stage_counts(self) -> tuple[tuple[Stage, int], ...]:
        """Contacts per stage."""
        counts = Counter(r.stage for r in self.relationships)
        return tuple((stage, counts[stage]) for stage in STAGES)

    @property
    def flagged(self) -> tuple[Relationship, ...]:
        """Relationships with a health flag."""
        return tuple(r for r in self.relationships if r.flags)

    @property
    def suggested(self) -> tuple[Relationship, ...]:
        """Relationships worth moving between key and supporting."""
        return tuple(r for r in self.relationships if r.suggestion is not None)

    @property
    def one_way(self) -> tuple[Relationship, ...]:
        """Relationships where value flows only one way."""
        return tuple(r for r in self.relationships if r.flow in ("given_only", "received_only"))

    @property
    def without_company(self) -> tuple[Relationship, ...]:
        """Contacts that link you to no company."""
        return tuple(r for r in self.relationships if not r.companies)

    def total(self, field: str) -> int:
        """Sum of an integer field (by_me, by_them, answered, unanswered, offers) over all."""
        return sum(int(getattr(r, field)) for r in self.relationships)

    @property
    def referrals(self) -> int:
        """Referrals of you over all contacts."""
        return sum(r.referrals for r in self.relationships)
