"""Which notes of one company are one process (not two roles with their own recruiters), and
the follow-up a process's note logs for all its rounds. Pure."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from vaultkit.domain.interviews import Interview


def one_process(one: Interview, other: Interview) -> bool:
    """Whether two notes of one company are of one process: not two roles with their own
    recruiters ("Ozon — BI Lead" with Игорь beside "Ozon — Senior DA" with Оля)."""
    recruiters = {one.recruiter, other.recruiter} - {None}
    positions = {one.position, other.position} - {None}
    return len(recruiters) < 2 and len(positions) < 2


def followed_in_process(interview: Interview, others: Iterable[Interview]) -> Interview:
    """The interview with the latest follow-up logged in any note of its process since it
    ("11/30 — follow-up (nothing since the 18th)" in the process's note): one is enough."""
    chased = [o.followed_up for o in others if o.followed_up and one_process(o, interview)]
    if chased and interview.on and max(chased) >= interview.on:
        return replace(interview, followed_up=max(chased))
    return interview
