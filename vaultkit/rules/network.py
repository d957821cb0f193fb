"""The health of each relationship and of the network as a whole (pure; `today` passed in).

Per contact: its stage (forming, developing, mature), the value that flows each way, channels,
who takes the initiative, answers and outcomes. For the network: channels, initiative, offers
and referrals, growth per month, the key connectors (who links you to most companies, and
betweenness centrality in the contact-company graph), contacts with no company and companies
with no contact.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from functools import lru_cache

import networkx as nx

from vaultkit.config import NetworkSettings
from vaultkit.domain.contacts import Contact
from vaultkit.domain.exchange import read_exchange
from vaultkit.domain.interviews import Interview
from vaultkit.domain.owner_voice import Voice, owner_voice, voice_of_note
from vaultkit.links.graph import VaultGraph
from vaultkit.rules.network_health import flags_of, suggestion_of
from vaultkit.rules.network_model import (
    CENTRALITY_SAMPLE,
    CONNECTORS,
    EXACT_CENTRALITY_UP_TO,
    GROWTH_MONTHS,
    STAGES,
    Flow,
    NetworkReport,
    Relationship,
    RelationshipMemo,
    Stage,
)

__all__ = ["Flow", "NetworkReport", "Relationship", "RelationshipMemo", "Stage"]
"""The model's names, for the modules that took them from here."""


def stage_of(
    days: int, span_days: int, regularity: float, two_way: bool, s: NetworkSettings
) -> Stage:
    """The stage of a relationship from its measures and the thresholds in the config."""
    if days < s.developing_interactions or span_days < s.developing_days:
        return "forming"
    if (
        days >= s.mature_interactions
        and span_days >= s.mature_days
        and regularity >= s.mature_regularity
        and two_way
    ):
        return "mature"
    return "developing"


def regularity_of(days: Iterable[date]) -> float:
    """Share of calendar months from the first day to the last that hold one of `days`."""
    months = {(day.year, day.month) for day in days}
    if not months:
        return 0.0
    first, last = min(months), max(months)
    span = (last[0] - first[0]) * 12 + last[1] - first[1] + 1
    return len(months) / span


def relationship(
    contact: Contact,
    recruited: Iterable[Interview],
    settings: NetworkSettings,
    mentioned: Iterable[str] = (),
    voice: Voice = "",
) -> Relationship:
    """One contact's relationship, measured from its interactions and the interviews it
    recruited for; `mentioned` are companies the contact's note links to in its text, `voice`
    the owner's (`owner_voice`)."""
    days = sorted({i.on for i in contact.interactions})
    channels = Counter(
        channel for _, channel in {(i.on, i.channel) for i in contact.interactions} if channel
    )
    given: Counter[str] = Counter()
    received: Counter[str] = Counter()
    by_me = by_them = answered = unanswered = 0
    last_value_on = None
    unanswered_since = 0
    for on, text in sorted({(i.on, i.text) for i in contact.interactions if i.text}):
        exchange = read_exchange(text, voice)
        given.update(exchange.given)
        received.update(exchange.received)
        if exchange.given or exchange.received:
            last_value_on = on
        by_me += exchange.initiative == "me"
        by_them += exchange.initiative == "them"
        answered += exchange.answered is True
        unanswered += exchange.answered is False
        if exchange.answered is True or exchange.initiative == "them":
            unanswered_since = 0  # they answered: what went unanswered before is settled
        unanswered_since += exchange.answered is False
    recruited = list(recruited)
    companies = dict.fromkeys(contact.companies)
    companies.update(dict.fromkeys(iv.company for iv in recruited if iv.company))
    companies.update(dict.fromkeys(mentioned))
    span = (days[-1] - days[0]).days if days else 0
    regularity = regularity_of(days)
    return Relationship(
        contact=contact,
        stage=stage_of(len(days), span, regularity, bool(given and received), settings),
        days=len(days),
        first_on=days[0] if days else None,
        last_on=days[-1] if days else None,
        regularity=regularity,
        channels=tuple(sorted(channels.items(), key=lambda item: (-item[1], item[0]))),
        given=tuple(sorted(given.items())),
        received=tuple(sorted(received.items())),
        by_me=by_me,
        by_them=by_them,
        answered=answered,
        unanswered=unanswered,
        offers=sum(1 for iv in recruited if iv.result == "offer"),
        companies=tuple(companies),
        centrality=0.0,
        last_value_on=last_value_on,
        unanswered_since=unanswered_since,
    )


def compute(
    graph: VaultGraph,
    contacts: tuple[Contact, ...],
    interviews: tuple[Interview, ...],
    settings: NetworkSettings,
    today: date,
    memo: RelationshipMemo | None = None,
    reply_within: int = 30,
) -> NetworkReport:
    """The network report of a vault.

    `memo` (the daemon's) maps each contact path to what its relationship was measured from
    and the result; an entry whose inputs are equal is reused, and the memo is refreshed.
    """
    companies = tuple((note.path, note.title) for note in graph.of_kind("company"))
    first = _measured(graph, contacts, interviews, settings, memo)
    edges = frozenset(
        (r.contact.path, company) for r in first for company in r.companies
    ) | _contact_links(graph, {c.path for c in contacts})
    centrality = _betweenness(edges)
    relationships = sorted(
        (
            _judged(r, centrality.get(r.contact.path, 0.0), today, settings, reply_within)
            for r in first
        ),
        key=lambda r: (-STAGES.index(r.stage), r.contact.name.casefold(), r.contact.path),
    )
    reached = {company for r in relationships for company in r.companies}
    channels: Counter[str] = Counter()
    for r in relationships:
        channels.update(dict(r.channels))
    growth, earlier = _growth(relationships, today)
    connectors = sorted(
        (r for r in relationships if len(r.companies) > 1 or r.centrality > 0),
        key=lambda r: (-len(r.companies), -r.centrality, r.contact.name.casefold()),
    )[:CONNECTORS]
    return NetworkReport(
        today=today,
        relationships=tuple(relationships),
        companies=companies,
        channels=tuple(sorted(channels.items(), key=lambda item: (-item[1], item[0]))),
        growth=growth,
        met_earlier=earlier,
        never_contacted=sum(1 for r in relationships if r.first_on is None),
        connectors=tuple(connectors),
        companies_without_contact=tuple(c for c in companies if c[0] not in reached),
    )


def _judged(
    r: Relationship, centrality: float, today: date, settings: NetworkSettings, reply_within: int
) -> Relationship:
    """A measured relationship with its centrality, its health flags and a suggested move."""
    flags = flags_of(r, today, settings, reply_within)
    return replace(r, centrality=centrality, flags=flags, suggestion=suggestion_of(r, today, flags))


def read_as(owner: Voice, contact: Contact, graph: VaultGraph) -> Voice:
    """How to read the lines about `contact` in notes written in the `owner`'s voice: swapped
    when the contact is a man (a woman's verbs tell neither apart, and one whose note does not
    say is read as written)."""
    note = graph.notes.get(contact.path)
    return owner if note is not None and voice_of_note(note) == "m" else ""


def _measured(
    graph: VaultGraph,
    contacts: tuple[Contact, ...],
    interviews: tuple[Interview, ...],
    settings: NetworkSettings,
    memo: RelationshipMemo | None,
) -> list[Relationship]:
    """Each contact's relationship, taken from `memo` where what it is measured from is equal
    (the memo is refreshed: contacts gone are dropped)."""
    by_recruiter: dict[str, list[Interview]] = {}
    for interview in interviews:
        if interview.recruiter:
            by_recruiter.setdefault(interview.recruiter, []).append(interview)
    previous = dict(memo) if memo is not None else {}
    first = []
    owner = owner_voice(graph)
    for contact in contacts:
        recruited = tuple(by_recruiter.get(contact.path, ()))
        mentioned = tuple(_companies_linked(graph, contact.path))
        voice = owner and read_as(owner, contact, graph)
        inputs = (contact, recruited, mentioned, settings, voice)
        hit = previous.get(contact.path)
        if hit is not None and hit[0] == inputs:
            measured = hit[1]
        else:
            measured = relationship(contact, recruited, settings, mentioned, voice)
        first.append(measured)
        if memo is not None:
            memo[contact.path] = (inputs, measured)
    if memo is not None:
        for gone in previous.keys() - {c.path for c in contacts}:
            del memo[gone]
    return first


def _companies_linked(graph: VaultGraph, path: str) -> list[str]:
    """Companies a note links to anywhere (properties or text)."""
    return [
        target
        for target in graph.link_targets.get(path, ())
        if target is not None and graph.kinds.get(target) == "company"
    ]


def _contact_links(graph: VaultGraph, contacts: set[str]) -> frozenset[tuple[str, str]]:
    """Links between two contact notes (referred_by, a mention), as undirected pairs."""
    pairs = set()
    for source in contacts:
        for target in graph.link_targets.get(source, ()):
            if target in contacts and target != source:
                pairs.add((min(source, target), max(source, target)))
    return frozenset(pairs)


@lru_cache(maxsize=2)
def _betweenness(edges: frozenset[tuple[str, str]]) -> dict[str, float]:
    """Betweenness centrality of the graph of `edges` (the daemon recomputes it only when the
    contact-company links change, not on every save)."""
    network = nx.Graph()
    network.add_edges_from(sorted(edges))
    if network.number_of_nodes() <= EXACT_CENTRALITY_UP_TO:
        return dict(nx.betweenness_centrality(network))
    return dict(nx.betweenness_centrality(network, k=CENTRALITY_SAMPLE, seed=0))


def _growth(
    relationships: list[Relationship], today: date
) -> tuple[tuple[tuple[str, int, int], ...], int]:
    """New contacts per month for the last GROWTH_MONTHS months, and how many came earlier."""
    months = []
    year, month = today.year, today.month
    for _ in range(GROWTH_MONTHS):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    months.reverse()
    firsts = Counter(r.first_on.strftime("%Y-%m") for r in relationships if r.first_on)
    earlier = sum(count for month_key, count in firsts.items() if month_key < months[0])
    total = earlier
    rows = []
    for month_key in months:
        total += firsts.get(month_key, 0)
        rows.append((month_key, firsts.get(month_key, 0), total))
    return tuple(rows), earlier


def relations(
    graph: VaultGraph, report: NetworkReport, interviews: tuple[Interview, ...]
) -> dict[tuple[str, str], str]:
    """How contacts and companies are linked: (source, target) -> the property that links
    them (company, org, referred_by, people ...), "link" for a mention in the text, or
    "recruiter" for a contact who recruited for the company's interviews."""
    members = {r.contact.path for r in report.relationships} | {p for p, _ in report.companies}
    found: dict[tuple[str, str], str] = {}
    for source in sorted(members):
        note = graph.notes.get(source)
        if note is None:
            continue
        for link, target in graph.links_with_targets(source):
            if target in members and target != source:
                where = "link" if link.where in ("body", "embed") else link.where
                if found.get((source, target), "link") == "link":
                    found[(source, target)] = where
    for (source, target), where in list(found.items()):
        if where == "link" and (target, source) in found:
            del found[(source, target)]  # a mention back adds nothing to the property link
    for interview in interviews:
        if interview.recruiter in members and interview.company in members:
            pair = (interview.recruiter, interview.company)
            if pair not in found and (interview.company, interview.recruiter) not in found:
                found[pair] = "recruiter"
    return found
