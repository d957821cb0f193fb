"""Where vaultkit's own files are: its package folder and its packaged templates."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def package_folder() -> Path:
    """The installed vaultkit package."""
    return Path(str(resources.files("vaultkit")))


def packaged_templates() -> Path:
    """vaultkit's own templates: inside the installed package, or the repo's templates/."""
    inside = package_folder() / "templates"
    if inside.is_dir():
        return inside
    return Path(__file__).resolve().parents[2] / "templates"
