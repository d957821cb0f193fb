"""The generated notes, one function each: run a rule on a build's facts and render its note.

Each output is registered by name with its note title per language; app/pipeline.py runs them
all. Pure: the facts and the renderer come in, text goes out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from vaultkit.notes import due_reasons, due_wording
from vaultkit.notes.canvas import NO_COMPANY, build_canvas, retired_canvas
from vaultkit.notes.drafts import DRAFT_KINDS, draft_text
from vaultkit.notes.mermaid import MermaidView, network_mermaid
from vaultkit.notes.render import Renderer, inline
from vaultkit.notes.theme_words import TREND_WORDS, theme_label
from vaultkit.rules import due, health, network, themes
from vaultkit.rules.due import item_key
from vaultkit.rules.facts import Facts
from vaultkit.titles import TITLES, generated_path


@dataclass(frozen=True, slots=True)
class Output:
    """A generated note: its titles and how to make its text."""

    name: str
    """Registry name (also the value of the note's `vaultkit` property), a key of
    titles.TITLES, which names the note in each language."""
    report: Callable[[Facts], Any]
    """Runs the rule: what the note says, as comparable data."""
    render: Callable[[Any, Facts, Renderer, RenderMemo | None], str]
    """Makes the note's text from the report."""

    def path(self, output_folder: str, language: str) -> str:
        """Vault path of the generated file in `language`."""
        return generated_path(self.name, output_folder, language)


class RenderMemo:
    """What the daemon keeps between rebuilds so that a save re-renders only what changed:
    each note's last report and text, and each due task's last text."""

    def __init__(self) -> None:
        self.texts: dict[str, tuple[tuple[object, ...], str]] = {}
        self.tasks: dict[tuple[str, date, str, tuple[str, ...]], tuple[due.DueItem, str]] = {}


def text_of(
    output: Output, facts: Facts, renderer: Renderer, memo: RenderMemo | None = None
) -> str:
    """The note's text, taken from `memo` when it was made from an equal report."""
    report = output.report(facts)
    key = (facts.config, facts.today, renderer.language, renderer.templates, report)
    if memo is not None and (hit := memo.texts.get(output.name)) is not None and hit[0] == key:
        return hit[1]
    text = output.render(report, facts, renderer, memo)
    if memo is not None:
        memo.texts[output.name] = (key, text)
    return text


def due_report(facts: Facts) -> due.DueReport:
    """The due report of a build (contacts and interviews derived from its graph)."""
    return facts.due()


def health_report(facts: Facts) -> health.HealthReport:
    """The vault-health report of a build."""
    return health.compute(facts.graph, facts.problems(), facts.today)


def _render_health(
    report: health.HealthReport,
    facts: Facts,
    renderer: Renderer,
    memo: RenderMemo | None,
) -> str:
    return renderer.render("health.md.j2", report=report)


def _render_due(
    report: due.DueReport,
    facts: Facts,
    renderer: Renderer,
    memo: RenderMemo | None,
) -> str:
    language = renderer.language
    weak = tuple(  # what a feedback request asks about: skills, not the salary asked
        stat.theme
        for stat in theme_report(facts).recurring_improvements
        if stat.theme != "compensation"
    )
    values: dict[str, Any] = {
        "today": facts.today,
        "draft_kinds": DRAFT_KINDS,
        "reason": lambda item: inline(due_reasons.reason(item, language, facts.today)),
        "share": lambda item: due_wording.share(item, language),
        "share_hints": lambda items: due_wording.share_hints(items, language),
        "draft": lambda item: inline(
            due_wording.draft_header(item, item.language)
            + draft_text(item, renderer, facts.today, weak)
        ),
        "reach": lambda item: due_wording.reach_label(item, language),
        "key": item_key,
    }
    previous = memo.tasks if memo is not None else {}
    tasks: dict[tuple[str, date, str, tuple[str, ...]], tuple[due.DueItem, str]] = {}
    render_task = renderer.bind("due_item.md.j2")

    def task(item: due.DueItem) -> str:
        key = (item_key(item), facts.today, language, weak)
        hit = previous.get(key)
        if hit is None or hit[0] != item:
            hit = (item, render_task(item=item, **values))
        tasks[key] = hit
        return hit[1]

    text = renderer.render(
        "due.md.j2",
        buckets=dict(report.buckets),
        review=_review(facts, renderer.language),
        coming_up_days=facts.config.due.coming_up_days,
        remind_ahead_days=facts.config.due.remind_ahead_days,
        task=task,
        report_items=report.items,
        **values,
    )
    if memo is not None:
        memo.tasks = tasks  # only this note's tasks are kept: the memo does not grow
    return text


def _review(facts: Facts, language: str) -> dict[str, object] | None:
    """The monthly review, in the week from the config's review day: how many contacts the
    Network note suggests moving, how many relationships it flags, and where it is."""
    day = facts.config.network.review_day
    if not day or not day <= facts.today.day < day + 7:
        return None
    report = facts.network()
    return {
        "moves": len(report.suggested),
        "flagged": len(report.flagged),
        "network": generated_path("network", facts.config.output_folder, language),
    }


def theme_report(facts: Facts) -> themes.ThemeReport:
    """The feedback-themes report of a build."""
    return themes.compute(
        facts.feedback(),
        facts.lexicon().themes,
        facts.today,
        facts.config.themes.recent_days,
        facts.feedback_without_details(),
    )


def _render_themes(
    report: themes.ThemeReport,
    facts: Facts,
    renderer: Renderer,
    memo: RenderMemo | None,
) -> str:
    language = renderer.language
    return renderer.render(
        "themes.md.j2",
        report=report,
        labels={theme: theme_label(theme, language) for theme in facts.lexicon().themes},
        trends=TREND_WORDS.get(language, TREND_WORDS["en"]),
    )


def network_report(facts: Facts) -> network.NetworkReport:
    """The network report of a build."""
    return facts.network()


def _network_note_report(facts: Facts) -> tuple[network.NetworkReport, dict[tuple[str, str], str]]:
    """What the network note is drawn from: the report, and the links its map shows (a note
    can link a company to a contact without changing the report)."""
    return facts.network(), facts.relations()


def _render_network(
    report: tuple[network.NetworkReport, dict[tuple[str, str], str]],
    facts: Facts,
    renderer: Renderer,
    memo: RenderMemo | None,
) -> str:
    view = network_view(facts)
    canvas = NETWORK_CANVAS.path(facts.config.output_folder, renderer.language)
    return renderer.render(
        "network.md.j2",
        report=report[0],
        mermaid=view,
        canvas=canvas,
        settings=facts.config.network,
    )


def network_view(facts: Facts) -> MermaidView:
    """The network's Mermaid map, capped as the config says."""
    report = facts.network()
    return network_mermaid(
        report,
        facts.relations(),
        dict(report.companies),
        facts.config.network.mermaid_max_contacts,
        NO_COMPANY[facts.config.language],
    )


def canvas_report(facts: Facts) -> tuple[object, ...]:
    """What the canvas is drawn from: the network, its links, and when each contact is due."""
    report = facts.network()
    due_on: dict[str, date] = {}
    for item in facts.due().items:  # the earliest thing due for each contact, of any kind
        if item.contact is not None:
            deadline = item.latest_on or item.due_on
            due_on[item.contact.path] = min(deadline, due_on.get(item.contact.path, deadline))
    return report, facts.relations(), due_on


def _render_canvas(
    report: tuple[Any, ...],
    facts: Facts,
    renderer: Renderer,
    memo: RenderMemo | None,
) -> str:
    network_of, relations, due_on = report
    return build_canvas(
        network_of, relations, due_on, facts.config.network.canvas_color, renderer.language
    )


NETWORK_CANVAS = Output("canvas", canvas_report, _render_canvas)
"""The network as a JSON Canvas."""
DUE_OUTPUT = Output("due", due_report, _render_due)
"""The due-contacts note, whose ticked tasks are recorded before it is rewritten."""
OUTPUTS = (
    Output("health", health_report, _render_health),
    DUE_OUTPUT,
    Output("themes", theme_report, _render_themes),
    Output("network", _network_note_report, _render_network),
    NETWORK_CANVAS,
)
"""Every generated note, in the order they are written (that of titles.TITLES)."""


def moved_note(output: Output, language: str, current: str, renderer: Renderer) -> str:
    """A generated note left in another `language` (from before a change of `language`) as a
    short note, or canvas, pointing to the one that took its place at `current`."""
    title = TITLES[output.name][language]
    canvas = output.name == NETWORK_CANVAS.name
    text = renderer.render(
        "moved.md.j2", output=output.name, title=title, current=current, canvas=canvas
    )
    return retired_canvas(text.strip()) if canvas else text
