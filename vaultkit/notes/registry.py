"""The generated notes, one function each: run a rule on a build and render its note.

Each output is registered by name with its note title per language; pipeline.py runs them all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vaultkit.model import Diagnostic
from vaultkit.notes import due_wording
from vaultkit.notes.canvas import build_canvas, retired_canvas
from vaultkit.notes.mermaid import MermaidView, network_mermaid
from vaultkit.notes.render import Renderer
from vaultkit.rules import due, health, network, themes
from vaultkit.store.vault import STATE_FOLDER, is_owned
from vaultkit.ticks.harvest import item_key
from vaultkit.titles import TITLES, generated_path

if TYPE_CHECKING:
    from vaultkit.app.pipeline import Build


@dataclass(frozen=True, slots=True)
class Output:
    """A generated note: its titles and how to make its text."""

    name: str
    """Registry name (also the value of the note's `vaultkit` property), a key of
    titles.TITLES, which names the note in each language."""
    report: Callable[[Build, date], Any]
    """Runs the rule: what the note says, as comparable data."""
    render: Callable[[Any, Build, date, Renderer, RenderMemo | None], str]
    """Makes the note's text from the report."""

    def path(self, output_folder: str, language: str) -> str:
        """Vault path of the generated file in `language`."""
        return generated_path(self.name, output_folder, language)


class RenderMemo:
    """What the daemon keeps between rebuilds so that a save re-renders only what changed.

    One renderer per vault and language (Jinja compiles a template once and re-reads it when
    its file changes), each note's last report and text, and each due task's last text.
    """

    def __init__(self) -> None:
        self.texts: dict[str, tuple[tuple[object, ...], str]] = {}
        self.tasks: dict[tuple[str, date, str], tuple[due.DueItem, str]] = {}
        self._renderers: dict[tuple[Path, str, tuple[str, ...]], Renderer] = {}

    def renderer(self, root: Path, language: str) -> Renderer:
        """The renderer for `root` and `language`, made anew when override files come or go."""
        overrides = root / STATE_FOLDER / "templates"
        names = tuple(sorted(str(p) for p in overrides.rglob("*"))) if overrides.is_dir() else ()
        key = (root, language, names)
        if key not in self._renderers:
            self._renderers = {key: Renderer(root, language)}
        return self._renderers[key]


def text_of(
    output: Output, built: Build, today: date, renderer: Renderer, memo: RenderMemo | None = None
) -> str:
    """The note's text, taken from `memo` when it was made from an equal report."""
    report = output.report(built, today)
    key = (built.config, today, renderer.language, report)
    if memo is not None and (hit := memo.texts.get(output.name)) is not None and hit[0] == key:
        return hit[1]
    text = output.render(report, built, today, renderer, memo)
    if memo is not None:
        memo.texts[output.name] = (key, text)
    return text


def due_report(built: Build, today: date) -> due.DueReport:
    """The due report of a build (contacts and interviews derived from its graph)."""
    return built.facts(today).due()


def diagnostics(built: Build, today: date) -> tuple[Diagnostic, ...]:
    """Every problem worth showing: the build's, and those found reading contacts and
    interviews."""
    facts = built.facts(today)
    return (*built.diagnostics, *facts.contact_diagnostics(), *facts.interview_diagnostics())


def health_report(built: Build, today: date) -> health.HealthReport:
    """The vault-health report of a build."""
    return health.compute(built.graph, diagnostics(built, today), today)


def _render_health(
    report: health.HealthReport,
    built: Build,
    today: date,
    renderer: Renderer,
    memo: RenderMemo | None,
) -> str:
    return renderer.render("health.md.j2", report=report)


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
        first_name=item.contact.addressed_as if item.contact else "",
        position=interview.position or "",
        company=interview.company_name or "",
        interview_date=due_wording.day_label(spoke_on, language) if spoke_on else "",
        asked_on=due_wording.day_label(asked_on, language) if asked_on else "",
    )


def _render_due(
    report: due.DueReport,
    built: Build,
    today: date,
    renderer: Renderer,
    memo: RenderMemo | None,
) -> str:
    language = renderer.language
    values: dict[str, Any] = {
        "today": today,
        "draft_kinds": due.INTERVIEW_KINDS,
        "reason": lambda item: due_wording.reason(item, language),
        "share": lambda item: due_wording.share(item, language),
        "draft": lambda item: draft_text(item, renderer),
        "key": item_key,
    }
    previous = memo.tasks if memo is not None else {}
    tasks: dict[tuple[str, date, str], tuple[due.DueItem, str]] = {}
    render_task = renderer.bind("due_item.md.j2")

    def task(item: due.DueItem) -> str:
        key = (item_key(item), today, language)
        hit = previous.get(key)
        if hit is None or hit[0] != item:
            hit = (item, render_task(item=item, **values))
        tasks[key] = hit
        return hit[1]

    text = renderer.render(
        "due.md.j2",
        buckets=dict(report.buckets),
        coming_up_days=built.config.due.coming_up_days,
        remind_ahead_days=built.config.due.remind_ahead_days,
        task=task,
        **values,
    )
    if memo is not None:
        memo.tasks = tasks  # only this note's tasks are kept: the memo does not grow
    return text


def theme_report(built: Build, today: date) -> themes.ThemeReport:
    """The feedback-themes report of a build."""
    facts = built.facts(today)
    return themes.compute(
        facts.feedback(), facts.lexicon().themes, today, built.config.themes.recent_days
    )


def _render_themes(
    report: themes.ThemeReport,
    built: Build,
    today: date,
    renderer: Renderer,
    memo: RenderMemo | None,
) -> str:
    return renderer.render("themes.md.j2", report=report)


def network_report(built: Build, today: date) -> network.NetworkReport:
    """The network report of a build."""
    return built.facts(today).network()


def _network_note_report(
    built: Build, today: date
) -> tuple[network.NetworkReport, dict[tuple[str, str], str]]:
    """What the network note is drawn from: the report, and the links its map shows (a note
    can link a company to a contact without changing the report)."""
    facts = built.facts(today)
    return facts.network(), facts.relations()


def _render_network(
    report: tuple[network.NetworkReport, dict[tuple[str, str], str]],
    built: Build,
    today: date,
    renderer: Renderer,
    memo: RenderMemo | None,
) -> str:
    view = network_view(built, today)
    canvas = NETWORK_CANVAS.path(built.config.output_folder, renderer.language)
    return renderer.render(
        "network.md.j2",
        report=report[0],
        mermaid=view,
        canvas=canvas,
        settings=built.config.network,
    )


def network_view(built: Build, today: date) -> MermaidView:
    """The network's Mermaid map, capped as the config says."""
    facts = built.facts(today)
    report = facts.network()
    return network_mermaid(
        report, facts.relations(), dict(report.companies), built.config.network.mermaid_max_contacts
    )


def canvas_report(built: Build, today: date) -> tuple[object, ...]:
    """What the canvas is drawn from: the network, its links, and when each contact is due."""
    facts = built.facts(today)
    report = facts.network()
    due_on: dict[str, date] = {}
    for item in facts.due().items:
        if item.contact is not None and item.kind in ("reach_out", "first_touch"):
            due_on.setdefault(item.contact.path, item.due_on)
    return report, facts.relations(), due_on


def _render_canvas(
    report: tuple[Any, ...],
    built: Build,
    today: date,
    renderer: Renderer,
    memo: RenderMemo | None,
) -> str:
    network_of, relations, due_on = report
    return build_canvas(
        network_of, relations, due_on, built.config.network.canvas_color, renderer.language
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


def retired_notes(built: Build, renderer: Renderer) -> list[tuple[str, str]]:
    """Generated notes in another language, left from before a change of `language`: each as
    a short note (or canvas) pointing to the one that took its place. Only files vaultkit
    wrote are named; the due note's ticks were recorded before this is written."""
    config = built.config
    found = []
    for output in OUTPUTS:
        current = output.path(config.output_folder, config.language)
        for language, title in TITLES[output.name].items():
            former = output.path(config.output_folder, language)
            try:
                owned = former != current and is_owned((built.root / former).read_bytes(), former)
            except OSError:
                continue
            if not owned:
                continue
            canvas = former.endswith(".canvas")
            text = renderer.render(
                "moved.md.j2", output=output.name, title=title, current=current, canvas=canvas
            )
            if canvas:
                text = retired_canvas(text.strip())
            found.append((former, text))
    return found
