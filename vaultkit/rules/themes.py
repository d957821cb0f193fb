"""The feedback-themes report: counts, sources, trend and evidence per theme. Pure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from vaultkit.domain.feedback import FeedbackItem

Trend = Literal["rising", "falling", "steady", "new", "short"]


@dataclass(frozen=True, slots=True)
class ThemeStat:
    """What the feedback says about one theme."""

    theme: str
    """Theme id."""
    improvements: int
    """Items asking for improvement."""
    strengths: int
    """Items praising."""
    sources: int
    """Distinct companies (or recruiters, where no company is known) it came from."""
    improvement_sources: int
    """Distinct companies (or recruiters) that asked for improvement on it."""
    recurring: bool
    """Raised by two or more different recruiters or companies."""
    first: date | None
    """Earliest dated item."""
    last: date | None
    """Latest dated item."""
    trend: Trend
    """rising: more in the recent window than before; falling: fewer; new: only recent;
    short: the whole history of feedback fits in the window, too short to show a trend."""
    items: tuple[FeedbackItem, ...]
    """The evidence, newest first."""

    @property
    def total(self) -> int:
        """All items of the theme."""
        return self.improvements + self.strengths


@dataclass(frozen=True, slots=True)
class ThemeReport:
    """What recruiters keep saying."""

    today: date
    """The day of the report."""
    items: tuple[FeedbackItem, ...]
    """Every feedback item."""
    stats: tuple[ThemeStat, ...]
    """Themes with any item: recurring first, then by number of items."""
    unclassified: tuple[FeedbackItem, ...]
    """Items that fit no theme (listed, never dropped)."""
    without_details: tuple[str, ...]
    """Interview notes whose feedback says nothing of the candidate ("Без деталей.")."""
    recent_days: int
    """The trend's window."""

    @property
    def recurring_improvements(self) -> tuple[ThemeStat, ...]:
        """Themes criticised by two or more different companies or recruiters: the action plan
        (praise from one and criticism from another is no pattern to work on)."""
        return tuple(s for s in self.stats if s.improvement_sources >= 2)

    @property
    def strengths(self) -> tuple[ThemeStat, ...]:
        """Themes praised more than criticised: what to lean on."""
        return tuple(s for s in self.stats if s.strengths > s.improvements)


def _trend(items: list[FeedbackItem], today: date, recent_days: int, short: bool) -> Trend:
    if short:
        return "short"
    since = today - timedelta(days=recent_days)
    recent = sum(1 for i in items if i.on is not None and i.on >= since)
    earlier = sum(1 for i in items if i.on is not None and i.on < since)
    if recent and not earlier:
        return "new"
    if recent > earlier:
        return "rising"
    return "falling" if recent < earlier else "steady"


def compute(
    items: tuple[FeedbackItem, ...],
    themes: tuple[str, ...],
    today: date,
    recent_days: int = 90,
    without_details: tuple[str, ...] = (),
) -> ThemeReport:
    """The report for `items`, with themes in the lexicon's order `themes`; `without_details`:
    the interview notes whose feedback held no evaluation."""
    dated = [item.on for item in items if item.on is not None]
    short = not dated or min(dated) >= today - timedelta(days=recent_days)
    stats = []
    for theme in themes:
        found = [item for item in items if theme in item.themes]
        if not found:
            continue
        dates = [item.on for item in found if item.on is not None]
        stats.append(
            ThemeStat(
                theme=theme,
                improvements=sum(1 for item in found if item.polarity == "improvement"),
                strengths=sum(1 for item in found if item.polarity == "strength"),
                sources=len({item.source for item in found}),
                improvement_sources=len(
                    {item.source for item in found if item.polarity == "improvement"}
                ),
                recurring=len({item.source for item in found}) >= 2,
                first=min(dates) if dates else None,
                last=max(dates) if dates else None,
                trend=_trend(found, today, recent_days, short),
                items=tuple(sorted(found, key=lambda item: item.on or date.min, reverse=True)),
            )
        )
    stats.sort(key=lambda stat: (not stat.recurring, -stat.total, themes.index(stat.theme)))
    unclassified = tuple(item for item in items if not item.themes)
    return ThemeReport(today, items, tuple(stats), unclassified, without_details, recent_days)
