"""The vault on disk: finding it, reading its settings, and the only writer of notes.

Writing follows the safety rules: vaultkit writes only files that carry its `vaultkit`
property (or do not exist yet), replaces them atomically, and leaves a file alone when the
bytes would not change.
"""

from __future__ import annotations

import json
import shlex
from pathlib import Path

from vaultkit import config as config_module
from vaultkit.config import STATE_FOLDER, Config, ObsidianSettings
from vaultkit.errors import UserError
from vaultkit.model import Diagnostic
from vaultkit.store import targets
from vaultkit.store.writer import atomic_write

VAULT_MARKERS = (".obsidian", STATE_FOLDER)
"""Folders that make a folder a vault: Obsidian's settings (it has opened the folder as a
vault) or vaultkit's own (`vaultkit init`, or an earlier run)."""


def is_vault(folder: Path) -> bool:
    """True when `folder` holds one of the VAULT_MARKERS folders."""
    return any((folder / marker).is_dir() for marker in VAULT_MARKERS)


def check_folder(root: Path) -> Path:
    """The resolved folder, or a UserError saying why it is none."""
    if not root.exists():
        raise UserError(f"{root}: no such folder")
    if not root.is_dir():
        raise UserError(f"{root}: not a folder (give the vault's folder)")
    return root.resolve()


def check_root(root: Path) -> Path:
    """The resolved vault folder, or a UserError saying why it is none.

    A folder that is not a vault (see VAULT_MARKERS) is refused before anything is read or
    written: a mistyped path, such as a home folder, would otherwise be walked file by file
    and given a cache and generated notes.
    """
    resolved = check_folder(root)
    if not is_vault(resolved):
        raise UserError(
            f"{root}: not an Obsidian vault (it has no .obsidian folder); if it is one, "
            f"run `vaultkit init {shlex.quote(str(root))}` once to use it with vaultkit"
        )
    return resolved


def read_bytes(root: Path, path: str) -> bytes:
    """The bytes of the file at vault path `path` (an OSError for a FIFO or a folder there,
    never a wait)."""
    return targets.read_regular(root / path)


def read_head(root: Path, path: str, limit: int) -> tuple[bytes, int]:
    """The bytes of the file at vault path `path`, only the first `limit + 1` of a larger
    one (so a file over `limit` is never read whole), and its size (an OSError for a FIFO or
    a folder there, never a wait)."""
    return targets.read_regular_head(root / path, limit)


def _read_json(obsidian: Path, name: str, problems: list[Diagnostic]) -> object:
    """The JSON in .obsidian/`name`; None when it is missing, or unreadable (a warning)."""
    try:
        return json.loads((obsidian / name).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        line, reason, reason_ru = 0, "not UTF-8 text", "не текст UTF-8"
        if isinstance(error, json.JSONDecodeError):
            line, reason, reason_ru = (
                error.lineno,
                f"not JSON: {error.msg}",
                f"не JSON: {error.msg}",
            )
        elif isinstance(error, OSError):
            reason = reason_ru = error.strerror or str(error)
        lost, lost_ru = _SETTING_HINTS.get(name, ("", ""))
        problems.append(
            Diagnostic(
                f".obsidian/{name}",
                line,
                "warning",
                f"cannot be read ({reason}); its settings are ignored{lost}",
                f"не читается ({reason_ru}); его настройки не учтены{lost_ru}",
            )
        )
        return None


_DAILY_HINT = (
    ": daily notes are looked for in the vault root, named YYYY-MM-DD, unless the "
    "[daily_notes] table of .vaultkit/config.toml says otherwise",
    ": ежедневные заметки ищутся в корне хранилища под именами ГГГГ-ММ-ДД, если таблица "
    "[daily_notes] в .vaultkit/config.toml не говорит иначе",
)
_TEMPLATES_HINT = (
    ": set [templates] folder in .vaultkit/config.toml, or the templates count as notes",
    ": укажите [templates] folder в .vaultkit/config.toml, иначе шаблоны считаются заметками",
)
_SETTING_HINTS = {
    "daily-notes.json": _DAILY_HINT,
    "plugins/periodic-notes/data.json": _DAILY_HINT,
    "community-plugins.json": (
        ": whether the Periodic Notes plugin makes the daily notes is not known, so the core "
        "Daily notes settings are followed",
        ": неизвестно, ведёт ли ежедневные заметки плагин Periodic Notes, поэтому взяты "
        "настройки встроенного плагина Daily notes",
    ),
    "templates.json": _TEMPLATES_HINT,
    "plugins/templater-obsidian/data.json": _TEMPLATES_HINT,
}
"""What a user loses when a settings file cannot be read, and how to make up for it (in
English and Russian)."""


def _read_json_object(obsidian: Path, name: str, problems: list[Diagnostic]) -> dict[str, object]:
    data = _read_json(obsidian, name, problems)
    return data if isinstance(data, dict) else {}


SETTINGS_FILES = (
    ".obsidian/daily-notes.json",
    ".obsidian/templates.json",
    ".obsidian/community-plugins.json",
    ".obsidian/plugins/templater-obsidian/data.json",
    ".obsidian/plugins/periodic-notes/data.json",
)
"""The files of the vault's .obsidian folder that obsidian_settings reads."""


def obsidian_settings(root: Path) -> tuple[ObsidianSettings, tuple[Diagnostic, ...]]:
    """Daily-note and template settings from the vault's .obsidian folder (missing is fine;
    a file that cannot be read is ignored with a warning).

    Daily notes follow the Periodic Notes plugin when it is enabled and makes daily notes
    (it takes their place from the core plugin), else the core Daily notes plugin.
    """
    obsidian = root / ".obsidian"
    problems: list[Diagnostic] = []
    daily = _periodic_daily(obsidian, problems) or _read_json_object(
        obsidian, "daily-notes.json", problems
    )
    templates = _read_json_object(obsidian, "templates.json", problems)
    templater = _read_json_object(obsidian, "plugins/templater-obsidian/data.json", problems)
    folders = [
        value
        for value in (templates.get("folder"), templater.get("templates_folder"))
        if isinstance(value, str) and value.strip("/ ")
    ]
    folder, moment_format = daily.get("folder"), daily.get("format")
    settings = ObsidianSettings(
        daily_folder=folder.strip("/") if isinstance(folder, str) else "",
        daily_format=moment_format if isinstance(moment_format, str) else "",
        template_folders=tuple(dict.fromkeys(folder.strip("/ ") for folder in folders)),
    )
    return settings, tuple(problems)


def _periodic_daily(obsidian: Path, problems: list[Diagnostic]) -> dict[str, object] | None:
    """The Periodic Notes plugin's daily-note settings (`folder`, `format`), when the plugin is
    enabled and makes daily notes: its 0.x `daily` settings, or the day settings of its 1.x
    active calendar set."""
    enabled = _read_json(obsidian, "community-plugins.json", problems)
    if not isinstance(enabled, list) or "periodic-notes" not in enabled:
        return None
    data = _read_json_object(obsidian, "plugins/periodic-notes/data.json", problems)
    daily = data.get("daily")
    sets = data.get("calendarSets")
    if not isinstance(daily, dict) and isinstance(sets, list):
        chosen = [s for s in sets if isinstance(s, dict)]
        active = [s for s in chosen if s.get("id") == data.get("activeCalendarSet")]
        daily = (active or chosen or [{}])[0].get("day")
    return daily if isinstance(daily, dict) and daily.get("enabled") is True else None


def load_config(root: Path) -> tuple[Config, tuple[Diagnostic, ...]]:
    """The vault's configuration; a missing config file means every default."""
    path = root / config_module.CONFIG_PATH
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    except (OSError, UnicodeDecodeError) as error:
        raise UserError(f"{path}: cannot be read ({error})") from None
    settings, problems = obsidian_settings(root)
    config, warnings = config_module.loads(text, settings)
    return config, (*problems, *warnings)


def write_default_config(root: Path, force: bool = False) -> Path:
    """Write the commented default config; refuses to replace an existing one unless forced."""
    path = root / config_module.CONFIG_PATH
    if path.exists() and not force:
        raise UserError(f"{path} exists already; pass --force to replace it with the defaults")
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, config_module.default_text().encode("utf-8"))
    return path
