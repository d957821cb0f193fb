"""A round ahead at a company whose process has no interview note: the owner keeps it in the
company's note ("- 02/12 написала Lena (recruiter) — screen call 8 декабря 11:00") or tells it
in a daily line. It is prepared for as an interview's next round is, standing for its company
note (Due contacts links the company; a ticked brief is recorded there). Nothing is ever chased
about it: the round is set."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from vaultkit.domain.interactions import PREPARED_PHRASES
from vaultkit.domain.interviews import Interview
from vaultkit.domain.note_outcome import company_outcome
from vaultkit.domain.outcomes import DECISIONS
from vaultkit.domain.rounds_ahead import RoundAhead, round_ahead
from vaultkit.domain.said_in_passing import Told
from vaultkit.links.graph import VaultGraph
from vaultkit.parse.names import page_name


def company_rounds(
    graph: VaultGraph,
    interviews: Iterable[Interview],
    rounds: Mapping[str, tuple[RoundAhead, ...]],
    decided: Mapping[str, tuple[Told, ...]],
    today: date,
) -> tuple[Interview, ...]:
    """For each company with a round ahead and no interview note of its own, that round as an
    interview of the company's note (its `next_on`), unless the company's note or a line
    elsewhere has decided the process."""
    with_process = {interview.company for interview in interviews if interview.company}
    found = []
    for company, told in sorted(rounds.items()):
        note = graph.notes.get(company)
        if company in with_process or note is None or graph.kinds.get(company) != "company":
            continue  # an application's rounds are its own note's
        if company_outcome(note).result in DECISIONS:
            continue
        said = [on for on, result, _ in decided.get(company, ()) if result in DECISIONS]
        ahead = round_ahead(company, None, {company: told}, max(said, default=None), today)
        if ahead is None:
            continue
        log = note.log_as_of(today)
        prepared = [e.on for e in log if any(p in e.text.casefold() for p in PREPARED_PHRASES)]
        found.append(
            Interview(
                path=company,
                title=page_name(note.title),
                company=company,
                company_name=page_name(note.title),
                position=None,
                recruiter=None,
                on=None,
                stage=None,
                is_final=False,
                result=None,
                result_date=None,
                feedback_requested=None,
                feedback_reminded=None,
                followed_up=None,
                feedback_received=False,
                harsh_rejection=False,
                no_feedback_policy=False,
                next_on=ahead,
                prepared=max(prepared, default=None),
            )
        )
    return tuple(found)
