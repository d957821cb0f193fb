"""Configuration: `.vaultkit/config.toml` merged over the defaults and Obsidian's own settings.

The defaults live in default_config.toml, the same commented file `vaultkit init` writes, so the
documentation of every key and its default value have one source. Parsing is pure (`loads`);
vault.py reads the files.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from importlib import resources
from typing import Any, Literal

from vaultkit.config_checks import LANGUAGES as LANGUAGES
from vaultkit.config_checks import (
    check,
    clean_folder,
    event_day,
    event_who,
    free_form_problem,
    line_of,
    toml_problem,
)
from vaultkit.errors import UserError
from vaultkit.keys import KeyNames, canonical, key_form
from vaultkit.model import Diagnostic

STATE_FOLDER = ".vaultkit"
"""vaultkit's own folder inside the vault (config, cache, templates)."""
CONFIG_PATH = f"{STATE_FOLDER}/config.toml"
"""Where the config file sits, relative to the vault."""
KIND_ORDER = ("interview", "meeting", "company", "contact")
DEFAULT_TEMPLATE_FOLDERS = ("Templates", "Шаблоны", "_templates")
"""Where templates are when neither the config nor Obsidian's settings say: folders of these
names hold templates by custom."""
"""Kinds of note recognised by conventions, in the order they are tried."""


def default_text() -> str:
    """The commented default configuration, as `vaultkit init` writes it."""
    return resources.files("vaultkit").joinpath("default_config.toml").read_text(encoding="utf-8")


_DEFAULTS: dict[str, Any] = tomllib.loads(default_text())


@dataclass(frozen=True, slots=True)
class KindRule:
    """The signals that mark a note as one kind."""

    types: tuple[str, ...]
    """Values of the `type` property (casefolded)."""
    categories: tuple[str, ...]
    """Names linked from the `categories` property (casefolded)."""
    tags: tuple[str, ...]
    """Tags, without '#' (casefolded); nested tags match their parents."""
    folders: tuple[str, ...]
    """Folder names or paths (casefolded)."""


@dataclass(frozen=True, slots=True)
class DueSettings:
    """The rules of the due-contacts note (see the [due] table of default_config.toml)."""

    key_cadence_days: int
    """Default days between check-ins for key contacts."""
    supporting_cadence_days: int
    """Default days between check-ins for supporting contacts."""
    coming_up_days: int
    """How far ahead 'coming up' looks."""
    special_dates: tuple[str, ...]
    """Contact properties holding special dates (casefolded)."""
    remind_ahead_days: int
    """Days ahead to remind of a special date."""
    final_stages: tuple[str, ...]
    """Interview stages that end a process (casefolded)."""
    feedback_headings: tuple[str, ...]
    """Section headings holding feedback (casefolded)."""
    request_within_days: int
    """Latest day, after the result, to ask for feedback."""
    harsh_rejection_wait_days: int
    """Days to wait after a harsh rejection before asking."""
    follow_up_after_days: int
    """Earliest follow-up after a silent final stage."""
    follow_up_latest_days: int
    """Latest follow-up after a silent final stage."""
    feedback_reminder_days: int
    """Days after a feedback request for the one reminder."""
    on_hold_follow_up_days: int
    """Days after a process was put on hold for its one follow-up."""
    reply_within_days: int
    """A message of theirs that wants an answer is owed one for this many days."""
    prep_days: int
    """Days before a dated interview that its brief appears."""
    follow_up_by_stage: tuple[tuple[str, int, int], ...]
    """Stage word -> working days after which to follow up, and the last good day, where a
    stage is followed up later than follow_up_after_days ([due.follow_up_by_stage])."""
    events: tuple[tuple[str, int, int, str], ...]
    """Yearly professional dates ([due.events]): name, month, day, and who they are for
    ('key', 'all' or a tag, casefolded without '#')."""
    draft_language: Literal["auto", "en", "ru"]
    """Language of message drafts."""
    record_ticks_in: Literal["note", "log"]
    """Where ticked due tasks are recorded."""
    log_heading: str
    """Heading recorded lines go under ('' for the language's default)."""


@dataclass(frozen=True, slots=True)
class NewsSettings:
    """News to share with key contacts (the [news] table)."""

    search_status: str = ""
    """searching, paused, hired, or '' (not said)."""
    search_status_since: date | None = None
    """The day the search's status became what it is."""
    tags: tuple[str, ...] = ("news", "новости")
    """Tags (casefolded, without '#') that mark a line or a note as news."""
    note: str = ""
    """A note whose dated lines are news ('' for none)."""
    share_within_days: int = 30
    """Days after it happened that news is worth a message."""


@dataclass(frozen=True, slots=True)
class ThemeSettings:
    """Settings of the feedback-themes note (the [themes] table)."""

    recent_days: int
    """Items this recent count as recent for the trend."""
    words: tuple[tuple[str, tuple[str, ...]], ...]
    """Extra lexicon words per theme (a new theme id adds a theme)."""


@dataclass(frozen=True, slots=True)
class NetworkSettings:
    """Settings of the network view (the [network] table)."""

    developing_interactions: int
    """Days with an interaction before a relationship is past forming."""
    developing_days: int
    """Days between the first and the last interaction before it is past forming."""
    mature_interactions: int
    """Days with an interaction for a mature relationship."""
    mature_days: int
    """Days between the first and the last interaction for a mature relationship."""
    mature_regularity: float
    """Share of months (first to last) with an interaction, for a mature relationship."""
    mermaid_max_contacts: int
    """Contacts shown in the note's Mermaid diagram at most."""
    canvas_color: Literal["tier", "due"]
    """What colours contact cards on the canvas."""
    quiet_value_months: int = 3
    """Months without value either way before a relationship is flagged."""
    one_sided_share: float = 0.8
    """Share of conversations one side starts before it is flagged as one-sided."""
    review_day: int = 1
    """Day of the month from which Due contacts shows the monthly review for a week (0: never)."""


@dataclass(frozen=True, slots=True)
class ObsidianSettings:
    """What vaultkit reads from the vault's .obsidian folder."""

    daily_folder: str = ""
    """Daily notes folder (the Periodic Notes plugin's, else daily-notes.json's)."""
    daily_format: str = ""
    """Daily notes moment.js format (the Periodic Notes plugin's, else daily-notes.json's)."""
    template_folders: tuple[str, ...] = ()
    """Folders of the core Templates and the Templater plugins."""


@dataclass(frozen=True, slots=True)
class Config:
    """Every setting vaultkit uses, after merging."""

    language: Literal["en", "ru"]
    """Language of generated notes."""
    output_folder: str
    """Vault-relative folder of generated notes."""
    ignore_folders: tuple[str, ...]
    """Vault-relative folders skipped entirely."""
    daily_folder: str
    """Vault-relative folder of daily notes ('' for anywhere)."""
    daily_format: str
    """moment.js format of daily note names."""
    template_folders: tuple[str, ...]
    """Folders whose notes are templates."""
    kinds: tuple[tuple[str, KindRule], ...]
    """Kind name and its rule, in the order tried."""
    due: DueSettings
    """Rules of the due-contacts note."""
    themes: ThemeSettings
    """Settings of the feedback-themes note."""
    network: NetworkSettings
    """Settings of the network view."""
    key_names: KeyNames = ()
    """The vault's own names for keys vaultkit reads ([properties])."""
    owner: str = ""
    """The vault owner's own note, by name or path ('' : found from `author` / `me` links)."""
    watch_max_wait: float = 10.0
    """Longest wait, in seconds, from a change to the daemon's rebuild ([watch])."""
    max_note_bytes: int = 5_000_000
    """Notes larger than this are read for their properties only (max_note_size_mb)."""
    date_order: Literal["auto", "day-first", "month-first"] = "auto"
    """How the vault writes slashed dates (app/build.py reads them so)."""
    news: NewsSettings = NewsSettings()
    """News to share with key contacts ([news])."""


def default() -> Config:
    """The configuration of a vault with no config file and no Obsidian settings."""
    config, _ = loads("", ObsidianSettings())
    return config


def loads(
    text: str, obsidian: ObsidianSettings, source: str = CONFIG_PATH
) -> tuple[Config, tuple[Diagnostic, ...]]:
    """Config from TOML text; unknown keys are warnings, wrong values raise UserError."""
    try:
        user = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise UserError(toml_problem(source, text, str(error))) from None
    warnings: list[Diagnostic] = []
    errors: list[str] = []
    merged = _merge(_DEFAULTS, user, "", text, source, warnings, errors)
    output = check(merged, text, source, warnings, errors)
    if errors:
        raise UserError(errors)
    daily, network = merged["daily_notes"], merged["network"]
    template_folder = clean_folder(merged["templates"]["folder"])
    config = Config(
        language=merged["language"],
        output_folder=output,
        owner=merged["owner"].strip(),
        max_note_bytes=round(merged["max_note_size_mb"] * 1_000_000),
        date_order=merged["date_order"],
        ignore_folders=tuple(clean_folder(f) for f in merged["ignore_folders"] if clean_folder(f)),
        daily_folder=clean_folder(daily["folder"] or obsidian.daily_folder),
        daily_format=daily["format"] or obsidian.daily_format or "YYYY-MM-DD",
        template_folders=(template_folder,)
        if template_folder
        else obsidian.template_folders or DEFAULT_TEMPLATE_FOLDERS,
        kinds=tuple((name, _kind_rule(merged["kinds"][name])) for name in KIND_ORDER),
        due=_due_settings(merged["due"]),
        themes=ThemeSettings(
            recent_days=merged["themes"]["recent_days"],
            words=tuple(
                (theme.strip(), tuple(word for word in words if word.strip()))
                for theme, words in merged["themes"]["words"].items()
            ),
        ),
        key_names=tuple(
            sorted(
                (key_form(written), canonical(meant))
                for written, meant in merged["properties"].items()
                if written.strip() and meant.strip()
            )
        ),
        network=NetworkSettings(
            developing_interactions=network["developing_interactions"],
            developing_days=network["developing_days"],
            mature_interactions=network["mature_interactions"],
            mature_days=network["mature_days"],
            mature_regularity=float(network["mature_regularity"]),
            mermaid_max_contacts=network["mermaid_max_contacts"],
            canvas_color=network["canvas_color"],
            quiet_value_months=network["quiet_value_months"],
            one_sided_share=float(network["one_sided_share"]),
            review_day=network["review_day"],
        ),
        watch_max_wait=float(merged["watch"]["max_wait_seconds"]),
        news=_news_settings(merged["news"]),
    )
    return config, tuple(warnings)


def _news_settings(table: dict[str, Any]) -> NewsSettings:
    since = table["search_status_since"].strip()
    return NewsSettings(
        search_status=table["search_status"].strip().casefold(),
        search_status_since=date.fromisoformat(since) if since else None,
        tags=tuple(tag.strip().lstrip("#").casefold() for tag in table["tags"] if tag.strip()),
        note=table["note"].strip(),
        share_within_days=table["share_within_days"],
    )


def _due_settings(table: dict[str, Any]) -> DueSettings:
    def fold(values: list[str]) -> tuple[str, ...]:
        return tuple(value.strip().casefold() for value in values if value.strip())

    def keys(values: list[str]) -> tuple[str, ...]:
        return tuple(canonical(value.strip()) for value in values if value.strip())

    return DueSettings(
        key_cadence_days=table["key_cadence_days"],
        supporting_cadence_days=table["supporting_cadence_days"],
        coming_up_days=table["coming_up_days"],
        special_dates=keys(table["special_dates"]),
        remind_ahead_days=table["remind_ahead_days"],
        final_stages=fold(table["final_stages"]),
        feedback_headings=fold(table["feedback_headings"]),
        request_within_days=table["request_within_days"],
        harsh_rejection_wait_days=table["harsh_rejection_wait_days"],
        follow_up_after_days=table["follow_up_after_days"],
        follow_up_latest_days=table["follow_up_latest_days"],
        feedback_reminder_days=table["feedback_reminder_days"],
        on_hold_follow_up_days=table["on_hold_follow_up_days"],
        reply_within_days=table["reply_within_days"],
        prep_days=table["prep_days"],
        follow_up_by_stage=tuple(
            (stage.strip().casefold(), int(days[0]), int(days[1]))
            for stage, days in table["follow_up_by_stage"].items()
        ),
        events=tuple(
            (name.strip(), *event_day(event["date"]), event_who(event.get("who", "key")))
            for name, event in table["events"].items()
        ),
        draft_language=table["draft_language"],
        record_ticks_in=table["record_ticks_in"],
        log_heading=table["log_heading"].strip(),
    )


def _kind_rule(table: dict[str, list[str]]) -> KindRule:
    def fold(values: list[str]) -> tuple[str, ...]:
        return tuple(value.strip().lstrip("#").casefold() for value in values if value.strip())

    return KindRule(
        fold(table["types"]),
        fold(table["categories"]),
        fold(table["tags"]),
        tuple(clean_folder(f).casefold() for f in table["folders"] if clean_folder(f)),
    )


def _merge(
    defaults: dict[str, Any],
    user: dict[str, Any],
    prefix: str,
    text: str,
    source: str,
    warnings: list[Diagnostic],
    errors: list[str],
) -> dict[str, Any]:
    merged = dict(defaults)
    for key, value in user.items():
        name = f"{prefix}{key}"
        line = line_of(text, key) or line_of(text, f"[{name}]")
        if key not in defaults:
            known = ", ".join(sorted(defaults))
            warnings.append(
                Diagnostic(
                    source,
                    line,
                    "warning",
                    f"unknown setting '{name}' is ignored (known here: {known})",
                    f"неизвестная настройка '{name}' пропущена (здесь известны: {known})",
                )
            )
            continue
        default_value = defaults[key]
        if isinstance(default_value, dict) and not default_value:  # a free-form table
            problem = free_form_problem(name, value)
            if problem:
                errors.append(f"{source}:{line}: '{name}' must be {problem}")
                continue
            merged[key] = value
        elif isinstance(default_value, dict):
            if not isinstance(value, dict):
                errors.append(f"{source}:{line}: '{name}' must be a table ([{name}])")
                continue
            merged[key] = _merge(default_value, value, f"{name}.", text, source, warnings, errors)
        elif isinstance(default_value, list):
            if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
                errors.append(f"{source}:{line}: '{name}' must be a list of strings")
                continue
            merged[key] = value
        elif isinstance(default_value, float) and type(value) is int:
            merged[key] = float(value)  # `1` where the default is `0.5`
        elif isinstance(default_value, str) and isinstance(value, date):
            merged[key] = value.isoformat()  # a TOML date where the text of a date is read
        elif type(value) is not type(default_value):  # true is an int to Python, not here
            errors.append(
                f"{source}:{line}: '{name}' must be {type(default_value).__name__}, not {value!r}"
            )
        else:
            merged[key] = value
    return merged
