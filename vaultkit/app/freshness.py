"""Is a one-shot rebuild needed at all? The make-style check of `vaultkit rebuild`.

A successful rebuild leaves a stamp in .vaultkit/: a digest of everything the generated notes
are made from (each file's path, size and modification time, the configuration, the day, the
template overrides, and vaultkit's own code and templates), the size and modification time of
each generated file it left, and the problems it reported. The next rebuild first computes the
same digest; when nothing differs and the generated files are as it left them, there is nothing
to do, and the stored problems are reported again. A ticked task changes the due note, so it is
always recorded. The daemon never uses this: it keeps its state in memory.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from vaultkit.app.settings import Settings
from vaultkit.config import STATE_FOLDER, Config
from vaultkit.model import Diagnostic
from vaultkit.store import writer
from vaultkit.store.scan import Scan, VaultFile, walk
from vaultkit.store.templates import package_folder, packaged_templates
from vaultkit.titles import output_paths

STAMP_NAME = "last-rebuild.json"
"""The stamp's file name inside .vaultkit/."""
STAMP_VERSION = 1


@dataclass(frozen=True, slots=True)
class Stamp:
    """What the last successful rebuild read and left."""

    inputs: str
    """Digest of every input."""
    outputs: dict[str, tuple[int, int]]
    """Vault path of each generated file -> its size and modification time (ns)."""
    diagnostics: tuple[Diagnostic, ...]
    """The problems that rebuild reported."""
    summary: dict[str, int]
    """Counts it printed: notes, links, errors."""


def inputs_digest(root: Path, config: Config, files: Iterable[VaultFile], today: date) -> str:
    """One digest of everything a rebuild's output depends on (generated files excluded)."""
    digest = hashlib.sha256()
    digest.update(_code_digest().encode())
    digest.update(f"{today.isoformat()}\n{config!r}\n".encode())
    for file in sorted(files, key=lambda file: file.path):
        digest.update(f"{file.path}\0{file.size}\0{file.mtime_ns}\n".encode())
    overrides = root / STATE_FOLDER / "templates"
    for folder, _, names in sorted(os.walk(overrides)):
        for name in sorted(names):
            info = os.stat(os.path.join(folder, name))
            digest.update(f"{folder}/{name}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
    return digest.hexdigest()


@cache
def _code_digest() -> str:
    """vaultkit's own code and templates: a new version (or a local edit) rebuilds."""
    digest = hashlib.sha256()
    for folder in (package_folder(), packaged_templates()):
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix in (".py", ".toml", ".j2"):
                digest.update(path.as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class Skipped:
    """A one-shot rebuild found nothing changed since the last one."""

    stamp: Stamp
    """What the last rebuild read, left and reported."""


@dataclass(frozen=True, slots=True)
class Needed:
    """A one-shot rebuild has work to do: what the check found on the way."""

    settings: Settings
    """The vault's configuration, loaded once for the check and the rebuild."""
    scan: Scan
    """The walk of the vault the check took (the rebuild reads the same files)."""
    digest: str
    """The digest of the inputs, for the stamp the rebuild leaves when it succeeds."""


def check(root: Path, today: date) -> Skipped | Needed:
    """Whether every input and generated file is as the last rebuild left it (Skipped), or
    what the rebuild needs to know (Needed). The stamp is removed when one is needed, so a
    rebuild that fails half way is never mistaken for a finished one."""
    settings = Settings.load(root)
    config = settings.config
    generated = output_paths(config.output_folder)
    scan = walk(root, config)
    inputs = [file for file in scan.files if file.path not in generated]
    digest = inputs_digest(root, config, inputs, today)
    stamp = load(root)
    if (
        stamp is not None
        and stamp.inputs == digest
        and output_stats(root, generated) == stamp.outputs
    ):
        return Skipped(stamp)
    forget(root)
    return Needed(settings, scan, digest)


def output_stats(root: Path, paths: Iterable[str]) -> dict[str, tuple[int, int]]:
    """Size and modification time of each generated file that exists."""
    stats = {}
    for path in paths:
        try:
            info = (root / path).stat()
        except OSError:
            continue
        stats[path] = (info.st_size, info.st_mtime_ns)
    return stats


def load(root: Path) -> Stamp | None:
    """The stamp of the last successful rebuild, or None (missing, unreadable, other version)."""
    try:
        data = json.loads((root / STATE_FOLDER / STAMP_NAME).read_text(encoding="utf-8"))
        if data.get("version") != STAMP_VERSION:
            return None
        return Stamp(
            inputs=data["inputs"],
            outputs={path: (size, mtime) for path, (size, mtime) in data["outputs"].items()},
            diagnostics=tuple(Diagnostic(*d) for d in data["diagnostics"]),
            summary={key: int(value) for key, value in data["summary"].items()},
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def save(root: Path, stamp: Stamp) -> None:
    """Write the stamp (atomically); a failure only costs the next run its shortcut."""
    data = {
        "version": STAMP_VERSION,
        "inputs": stamp.inputs,
        "outputs": stamp.outputs,
        "diagnostics": [
            [d.path, d.line, d.severity, d.message, d.message_ru] for d in stamp.diagnostics
        ],
        "summary": stamp.summary,
    }
    with contextlib.suppress(OSError):
        writer.write_state(root, STAMP_NAME, json.dumps(data, ensure_ascii=False) + "\n")


def forget(root: Path) -> None:
    """Remove the stamp, so the next rebuild does the whole job."""
    with contextlib.suppress(OSError):  # unreadable state: the digest will not match anyway
        (root / STATE_FOLDER / STAMP_NAME).unlink(missing_ok=True)
