"""Where the generated notes go and what marks them as vaultkit's: their titles per language, their
file extensions, the owner property and the canvas's owner card.

Kept apart from notes/registry.py (which runs the rules and renders) so that finding vaultkit's own
files (the up-to-date check, the daemon's filter) loads neither.
"""

from __future__ import annotations

OWNER_PROPERTY = "vaultkit"
"""The property that marks a note as generated, and so as vaultkit's to overwrite."""
CANVAS_OWNER_NODE = "vaultkit-network"
"""A canvas has no properties: vaultkit's own carries a text card with this id instead."""

TITLES: dict[str, dict[str, str]] = {
    "health": {"en": "Vault health", "ru": "Состояние хранилища"},
    "due": {"en": "Due contacts", "ru": "Кому написать"},
    "themes": {"en": "Feedback themes", "ru": "Темы обратной связи"},
    "network": {"en": "Network", "ru": "Сеть контактов"},
    "canvas": {"en": "Network", "ru": "Сеть контактов"},
}
"""Note title by generated note and language, in the order the notes are written."""
EXTENSIONS = {"canvas": ".canvas"}
"""File name extension of a generated file that is not a note (.md)."""


def generated_path(name: str, output_folder: str, language: str) -> str:
    """Vault path of generated note `name` in `language`."""
    return f"{output_folder}/{TITLES[name][language]}{EXTENSIONS.get(name, '.md')}"


def output_paths(output_folder: str) -> set[str]:
    """Vault paths of every generated file, in every language (none of them is read)."""
    return {
        generated_path(name, output_folder, language)
        for name, titles in TITLES.items()
        for language in titles
    }
