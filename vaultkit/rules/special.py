"""Special dates as the due list counts them: when a date next falls, and whether it comes back
each year (birthdays, anniversaries) or once (a new role, an award)."""

from __future__ import annotations

from datetime import date

from vaultkit.domain.special_dates import SpecialDate, next_day
from vaultkit.keys import canonical

_YEARLY_HINTS = ("birth", "рожд", "anniversary", "годовщин", "hire")


def next_occurrence(special: SpecialDate, today: date) -> date:
    """The next day on or after `today` that the date falls on; 29 Feb is 28 Feb in other years."""
    return next_day(special.month, special.day, today)


def is_yearly(special: SpecialDate) -> bool:
    """Birthdays and anniversaries come back each year; a new role or an award does not."""
    key = canonical(special.key)
    return special.year is None or any(hint in key for hint in _YEARLY_HINTS)
