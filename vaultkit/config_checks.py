"""What a config file may say: each setting's checks, with the file and line of a problem, and
the folder names it gives made clean."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from vaultkit.keys import READ, canonical
from vaultkit.model import Diagnostic

LANGUAGES = ("en", "ru")
"""The languages of the generated notes."""
DATE_ORDERS = ("auto", "day-first", "month-first")
"""How a vault may write its slashed dates (date_order)."""


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
    """The line `key = ...` is on in config `text`, or the line of a table's header written
    `[table]`; 0 when there is none."""
    if key.startswith("["):
        header = re.escape(key[1:-1]).replace(r"\.", r"\s*\.\s*")
        match = re.search(rf"^[ \t]*\[\s*{header}\s*\]", text, re.MULTILINE)
        return text.count("\n", 0, match.start()) + 1 if match else 0
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
    if merged["date_order"] not in DATE_ORDERS:
        errors.append(
            f"{source}:{line_of(text, 'date_order')}: date_order must be one of "
            f"{', '.join(DATE_ORDERS)}, not {merged['date_order']!r}"
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
    errors.extend(news_problems(merged["news"], text, source, warnings))
    network = merged["network"]
    for key, value in network.items():
        if isinstance(value, int | float) and not value >= 0:  # NaN is not either
            errors.append(f"{source}:{line_of(text, key)}: network.{key} must not be negative")
    for table in ("due", "themes", "network", "news"):
        for key, value in merged[table].items():
            if key.endswith("_days") and isinstance(value, int) and value > MAX_DAYS:
                errors.append(
                    f"{source}:{line_of(text, key)}: {table}.{key} must be at most "
                    f"{MAX_DAYS} days (ten years), not {value}"
                )
    if network["review_day"] > 28:
        errors.append(
            f"{source}:{line_of(text, 'review_day')}: network.review_day is a day of the month "
            f"that every month has (1-28, or 0 for never), not {network['review_day']}"
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


def event_who(written: str) -> str:
    """Whom a [due.events] date is for: key, all, or a tag (casefolded, without '#')."""
    return written.strip().lstrip("#").casefold() or "key"


def event_problem(value: object) -> str:
    """What is wrong with one [due.events] entry ('' when nothing)."""
    if not isinstance(value, dict) or not isinstance(value.get("date"), str):
        return 'a table such as { date = "05-20", who = "key" }'
    if event_day(value["date"]) == (0, 0):
        return f'a date written as MM-DD (such as "05-20"), not {value["date"]!r}'
    if not isinstance(value.get("who", ""), str) or set(value) - {"date", "who"}:
        return 'a table of date and who (who = "key", "all" or a tag such as "#hr")'
    who = value.get("who", "key").strip()
    if who.casefold() not in ("key", "all") and not (who.startswith("#") and len(who) > 1):
        return f'who = "key", "all" or a tag written with its # (such as "#hr"), not {who!r}'
    return ""


def event_day(written: str) -> tuple[int, int]:
    """Month and day of a yearly date written MM-DD; (0, 0) when it is not one."""
    found = re.fullmatch(r"\s*(\d{1,2})-(\d{1,2})\s*", written)
    if found is None:
        return 0, 0
    month, day = int(found[1]), int(found[2])
    try:
        date(2024, month, day)  # a leap year: 02-29 is a date
    except ValueError:
        return 0, 0
    return month, day


def free_form_problem(name: str, value: object) -> str:
    """What a free-form table of the config (its keys the user's own) must be, when `value`
    is not that; '' when it is."""
    if not isinstance(value, dict):
        return "a table"
    if name == "properties":
        ok = all(isinstance(v, str) for v in value.values())
        return "" if ok else "a table of strings"
    if name == "due.events":
        problems = [f"{key!r}: {event_problem(v)}" for key, v in value.items() if event_problem(v)]
        return f"a table of yearly dates ({'; '.join(problems)})" if problems else ""
    if name == "due.follow_up_by_stage":
        ok = all(_day_window(v) for v in value.values())
        return "" if ok else "a table of [after, latest] working days (such as applied = [7, 10])"
    ok = all(
        isinstance(words, list) and all(isinstance(w, str) for w in words)
        for words in value.values()
    )
    return "" if ok else "a table of lists of strings"


def _day_window(value: object) -> bool:
    """True for [after, latest]: two whole numbers of days, the second no smaller."""
    return (
        isinstance(value, list)
        and len(value) == 2
        and all(type(day) is int and 0 <= day <= 365 for day in value)
        and value[0] <= value[1]
    )


SEARCH_STATUSES = ("searching", "paused", "hired")


def news_problems(
    news: dict[str, Any], text: str, source: str, warnings: list[Diagnostic]
) -> list[str]:
    """What is wrong with the [news] table: a search status vaultkit does not know, a day that is
    no date, a status without its day (a warning: it cannot be shared then)."""
    errors = []
    status = news["search_status"].strip().casefold()
    since = news["search_status_since"].strip()
    if status and status not in SEARCH_STATUSES:
        errors.append(
            f"{source}:{line_of(text, 'search_status')}: news.search_status must be "
            f"{', '.join(SEARCH_STATUSES)} or empty, not {news['search_status']!r}"
        )
    if since and not _iso_day(since):
        errors.append(
            f"{source}:{line_of(text, 'search_status_since')}: news.search_status_since must "
            f"be a date written YYYY-MM-DD, not {since!r}"
        )
    if status in SEARCH_STATUSES and not since:
        warnings.append(
            Diagnostic(
                source,
                line_of(text, "search_status"),
                "warning",
                f"news.search_status is {status!r} but search_status_since gives no day: "
                "nobody is told until it does",
                f"news.search_status = {status!r}, но search_status_since не указывает день: "
                "пока его нет, новость никому не предлагается",
            )
        )
    if news["share_within_days"] < 0:
        errors.append(
            f"{source}:{line_of(text, 'share_within_days')}: news.share_within_days must not "
            "be negative"
        )
    return errors


def _iso_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) is not None


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
