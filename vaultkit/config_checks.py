"""What a config file may say: each setting's checks, with the file and line of a problem, and
the folder names it gives made clean."""

from __future__ import annotations

import re
from typing import Any

from vaultkit.keys import READ, canonical
from vaultkit.model import Diagnostic

LANGUAGES = ("en", "ru")
"""The languages of the generated notes."""


MAX_DAYS = 3650
"""Longest span any `*_days` setting may give: dates past it overflow, and no cadence, reminder
or window is meant to be longer."""

MAX_WAIT_SECONDS = 3600
"""Longest wait for a rebuild `watch.max_wait_seconds` may give."""


MAX_NOTE_MB = 1000
"""Largest max_note_size_mb, as good as no limit (no note is read past its first 32 MB)."""


def is_home_or_drive(folder: str) -> bool:
    """True for a path from a home folder or a drive (`~/x`, `C:\\x`): never one of the
    vault's."""
    return re.match(r"\s*(?:~(?:[/\\]|\s*$)|[A-Za-z]:)", folder) is not None


def clean_folder(folder: str) -> str:
    return folder.strip().replace("\\", "/").strip("/")


_TOML_PLACE = re.compile(
    r"^(?P<what>.*?) \((?:at line (?P<line>\d+), column \d+|(?P<end>at end of document))\)$"
)


def toml_problem(source: str, text: str, message: str) -> str:
    """tomllib's message as `file:line: problem`, as every other problem is reported."""
    place = _TOML_PLACE.match(message)
    if place is None:
        return f"{source}: {message}"
    line = place["line"] or max(1, len(text.splitlines()))
    return f"{source}:{line}: {place['what']}"


def line_of(text: str, key: str) -> int:
    match = re.search(rf"^\s*\"?{re.escape(key)}\"?\s*=", text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else 0


def check(
    merged: dict[str, Any],
    text: str,
    source: str,
    warnings: list[Diagnostic],
    errors: list[str],
) -> str:
    """Check the merged settings of config `text` (from `source`), adding to `warnings` and
    `errors`; the output folder as it is to be used.

    Long because: a flat list of independent checks, one per setting, reads best in one place.
    """
    warnings.extend(property_name_warnings(merged["properties"], text, source))
    if merged["language"] not in LANGUAGES:
        errors.append(
            f"{source}:{line_of(text, 'language')}: language must be one of "
            f"{', '.join(LANGUAGES)}, not {merged['language']!r}"
        )
    output = clean_folder(merged["output_folder"])
    written = merged["output_folder"]
    if is_home_or_drive(written):  # it can only mean a folder outside the vault
        errors.append(
            f"{source}:{line_of(text, 'output_folder')}: output_folder is a folder of the "
            f"vault, written relative to it (such as 'vaultkit' or 'Notes/vaultkit'), not "
            f"{written!r}"
        )
    elif not output or output.startswith(".") or ".." in output.split("/"):
        errors.append(
            f"{source}:{line_of(text, 'output_folder')}: output_folder must be a "
            f"folder inside the vault, not {written!r}"
        )
    elif written.strip().startswith(("/", "\\")):  # the vault's root, most likely
        warnings.append(
            Diagnostic(
                source,
                line_of(text, "output_folder"),
                "warning",
                f"output_folder {written!r} is read from the vault's folder, as '{output}': "
                "write it without the leading slash (it is relative to the vault)",
                f"output_folder {written!r} читается от папки хранилища, как '{output}': "
                "уберите начальную косую черту (путь задаётся относительно хранилища)",
            )
        )
    size = merged["max_note_size_mb"]
    if not 0.001 <= size <= MAX_NOTE_MB:  # NaN is not either
        errors.append(
            f"{source}:{line_of(text, 'max_note_size_mb')}: max_note_size_mb must be between "
            f"0.001 and {MAX_NOTE_MB} (megabytes), not {size!r}"
        )
    due = merged["due"]
    for key, value in due.items():
        if isinstance(value, int) and value < 0:
            errors.append(f"{source}:{line_of(text, key)}: due.{key} must not be negative")
    if due["draft_language"] not in ("auto", *LANGUAGES):
        errors.append(
            f"{source}:{line_of(text, 'draft_language')}: due.draft_language must "
            f"be auto, en or ru, not {due['draft_language']!r}"
        )
    if due["record_ticks_in"] not in ("note", "log"):
        errors.append(
            f"{source}:{line_of(text, 'record_ticks_in')}: due.record_ticks_in must "
            f"be note or log, not {due['record_ticks_in']!r}"
        )
    if due["follow_up_latest_days"] < due["follow_up_after_days"]:
        errors.append(
            f"{source}:{line_of(text, 'follow_up_latest_days')}: "
            "due.follow_up_latest_days must not be less than follow_up_after_days"
        )
    network = merged["network"]
    for key, value in network.items():
        if isinstance(value, int | float) and not value >= 0:  # NaN is not either
            errors.append(f"{source}:{line_of(text, key)}: network.{key} must not be negative")
    for table in ("due", "themes", "network"):
        for key, value in merged[table].items():
            if key.endswith("_days") and isinstance(value, int) and value > MAX_DAYS:
                errors.append(
                    f"{source}:{line_of(text, key)}: {table}.{key} must be at most "
                    f"{MAX_DAYS} days (ten years), not {value}"
                )
    if network["mature_regularity"] > 1:
        errors.append(
            f"{source}:{line_of(text, 'mature_regularity')}: network.mature_regularity "
            "is a share of months, between 0 and 1"
        )
    max_wait = merged["watch"]["max_wait_seconds"]
    if not 0 < max_wait <= MAX_WAIT_SECONDS:  # NaN is not either
        errors.append(
            f"{source}:{line_of(text, 'max_wait_seconds')}: watch.max_wait_seconds must be "
            f"more than 0 and at most {MAX_WAIT_SECONDS}, not {max_wait!r}"
        )
    if network["canvas_color"] not in ("tier", "due"):
        errors.append(
            f"{source}:{line_of(text, 'canvas_color')}: network.canvas_color must be "
            f"tier or due, not {network['canvas_color']!r}"
        )
    return output


def property_name_warnings(names: dict[str, str], text: str, source: str) -> list[Diagnostic]:
    """A [properties] line that maps a key onto one vaultkit does not read does nothing: say so."""
    found = []
    for written, meant in names.items():
        if canonical(meant) in READ:
            continue
        line = line_of(text, written)
        found.append(
            Diagnostic(
                source,
                line,
                "warning",
                f"[properties] maps {written!r} onto {meant!r}, which vaultkit does not read "
                "(such as last_contact, company, stage, result, date, position, cadence, tier)",
                f"[properties] сопоставляет {written!r} с {meant!r}, а такого свойства vaultkit "
                "не читает (например, last_contact, company, stage, result, date, cadence, tier)",
            )
        )
    return found
