"""Where vaultkit's own files are, and the templates read from disk for rendering: the packaged
ones and a vault's overrides in .vaultkit/templates/."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from vaultkit.config import STATE_FOLDER
from vaultkit.model import Templates

if TYPE_CHECKING:
    from jinja2 import FileSystemBytecodeCache


def package_folder() -> Path:
    """The installed vaultkit package."""
    return Path(str(resources.files("vaultkit")))


def packaged_templates() -> Path:
    """vaultkit's own templates: inside the installed package, or the repo's templates/."""
    inside = package_folder() / "templates"
    if inside.is_dir():
        return inside
    return Path(__file__).resolve().parents[2] / "templates"


def override_folder(root: Path) -> Path:
    """The folder of a vault's own templates."""
    return root / STATE_FOLDER / "templates"


def _sources(folder: Path) -> tuple[tuple[str, str], ...]:
    """Every file under `folder` as (its path there, its text), by path."""
    if not folder.is_dir():
        return ()
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            name = path.relative_to(folder).as_posix()
            found.append((name, path.read_text(encoding="utf-8", errors="replace")))
    return tuple(found)


def load_templates(root: Path | None) -> Templates:
    """The packaged templates, and the overrides of the vault at `root` (none for None)."""
    overrides = _sources(override_folder(root)) if root is not None else ()
    return Templates(_sources(packaged_templates()), overrides)


def compiled_cache(sandboxed: bool) -> FileSystemBytecodeCache | None:
    """Jinja's cache of compiled templates (in a private folder of the temp dir, made by Jinja
    with owner-only access); None where it cannot be made, so templates are compiled afresh.
    Each entry is checked against its template's source, so an edited template is compiled
    again. Like Python's .pyc files they belong to the installation, not to a vault; the
    sandbox's are apart, since its code differs."""
    from jinja2 import FileSystemBytecodeCache  # here: the freshness check loads this module

    kind = "sandboxed-bounded" if sandboxed else "plain"
    try:
        return FileSystemBytecodeCache(pattern=f"vaultkit-{kind}-%s.cache")
    except (OSError, RuntimeError):
        return None
