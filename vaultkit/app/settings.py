"""The vault's settings as one rebuild loads them, once: a module of its own, light enough for
the freshness check to load before the rest of vaultkit."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from vaultkit.config import Config
from vaultkit.model import Diagnostic
from vaultkit.store import vault


@dataclass(frozen=True, slots=True)
class Settings:
    """The vault's configuration, loaded once for a rebuild, with the problems found in it."""

    config: Config
    """The configuration (the defaults where the file says nothing)."""
    warnings: tuple[Diagnostic, ...] = ()
    """Problems with the config file or Obsidian's settings."""

    @classmethod
    def load(cls, root: Path) -> Settings:
        """The settings of the vault at `root`."""
        return cls(*vault.load_config(root))
