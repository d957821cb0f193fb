"""An offer waited on for its terms is still an offer: a later line that only waits, on the
offer's own matters ("сб 5.12 — написал Милице про ESOP … пока не ответила #жду", "waiting
for the equity docs", "жду детали по ДМС"), undoes nothing; a wait on the process ("still
waiting, HM on holiday") after what only looked like an offer does."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vaultkit.domain.outcomes import Fact


def offer_kept(dated: Sequence[Fact]) -> date | None:
    """The day of the latest offer among `dated` facts (sorted by day) where every fact of a
    later day only waits on its terms; None otherwise."""
    offered = [n for n, fact in enumerate(dated) if fact.reading.result == "offer"]
    if not offered:
        return None
    day = dated[offered[-1]].on
    waits = [fact for fact in dated[offered[-1] :] if fact.on != day]
    if waits and all(f.reading.result == "pending" and _TERMS.search(f.text) for f in waits):
        return day
    return None


_TERMS = re.compile(
    r"(?<![^\W\d_])(?:esop|equity|rsus?|vesting|cliff|contract|docs|documents|terms|counter\w*"
    r"|договор\w*|документ\w*|услови\w*|контр\w*|опцион\w*|дмс|страховк\w*|insurance|benefits"
    r"|relocation|релокаци\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of a wait that is on an offer's terms ("waiting for the equity docs", "про ESOP …
#жду"), not on the process ("still waiting, HM on holiday")."""
