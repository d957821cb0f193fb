"""The generated notes, one function each: run a rule on a build and render its note.

Each output is registered by name with its note title per language; pipeline.py runs them all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from vaultkit.domain.contacts import build_contacts
from vaultkit.domain.feedback import build_feedback, lexicon_for
from vaultkit.domain.interviews import build_interviews
from vaultkit.model import Diagnostic
from vaultkit.render import Renderer
from vaultkit.rules import due, due_text, health, themes
from vaultkit.ticks import item_key

if TYPE_CHECKING:
    from vaultkit.pipeline import Build


@dataclass(frozen=True, slots=True)
class Output:
    """A generated note: its titles and how to make its text."""

    name: str
    """Registry name (also the value of the note's `vaultkit` property)."""
    titles: dict[str, str]
    """Note title by language."""
    render: Callable[[Build, date, Renderer], str]
    """Makes the note's text."""


def due_report(built: Build, today: date) -> due.DueReport:
    """The due report of a build (contacts and interviews derived from its graph)."""
    settings = built.config.due
    contacts, _ = build_contacts(built.graph, settings, today)
    interviews = build_interviews(built.graph, settings)
    return due.compute(contacts, interviews, settings, today, built.config.language)


def diagnostics(built: Build, today: date) -> tuple[Diagnostic, ...]:
    """Every problem worth showing: the build's, and those found reading contacts."""
    _, from_contacts = build_contacts(built.graph, built.config.due, today)
    return (*built.diagnostics, *from_contacts)


def _render_health(built: Build, today: date, renderer: Renderer) -> str:
    return renderer.render(
        "health.md.j2", report=health.compute(built.graph, diagnostics(built, today), today)
    )


def draft_text(item: due.DueItem, renderer: Renderer) -> str:
    """The ready message for an interview follow-up, in the item's language."""
    interview = item.interview
    assert interview is not None
    language = item.language
    last = item.last_interaction
    spoke_on = max(interview.on, last.on) if interview.on and last else interview.on
    asked_on = interview.feedback_requested
    return renderer.render(
        f"drafts/{item.kind}.md.j2",
        language=language,
        first_name=item.contact.name.split()[0] if item.contact else "",
        position=interview.position or "",
        company=interview.company_name or "",
        interview_date=due_text.day_label(spoke_on, language) if spoke_on else "",
        asked_on=due_text.day_label(asked_on, language) if asked_on else "",
    )


def _render_due(built: Build, today: date, renderer: Renderer) -> str:
    report = due_report(built, today)
    language = renderer.language
    return renderer.render(
        "due.md.j2",
        today=today,
        buckets=dict(report.buckets),
        coming_up_days=built.config.due.coming_up_days,
        remind_ahead_days=built.config.due.remind_ahead_days,
        draft_kinds=due.INTERVIEW_KINDS,
        reason=lambda item: due_text.reason(item, language),
        draft=lambda item: draft_text(item, renderer),
        key=item_key,
    )


def theme_report(built: Build, today: date) -> themes.ThemeReport:
    """The feedback-themes report of a build."""
    lexicon = lexicon_for(built.config)
    interviews = build_interviews(built.graph, built.config.due)
    items = build_feedback(built.graph, interviews, built.config, lexicon)
    return themes.compute(items, lexicon.themes, today, built.config.themes.recent_days)


def _render_themes(built: Build, today: date, renderer: Renderer) -> str:
    return renderer.render("themes.md.j2", report=theme_report(built, today))


DUE_OUTPUT = Output("due", {"en": "Due contacts", "ru": "Кому написать"}, _render_due)
"""The due-contacts note, whose ticked tasks are recorded before it is rewritten."""
OUTPUTS = (
    Output("health", {"en": "Vault health", "ru": "Состояние хранилища"}, _render_health),
    DUE_OUTPUT,
    Output("themes", {"en": "Feedback themes", "ru": "Темы обратной связи"}, _render_themes),
)
"""Every generated note, in the order they are written."""
