"""Names set in Russian text, where a noun before them spares their declension."""

from __future__ import annotations

import re

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_QUOTES = "«»\"„“”'"


def ru_quoted(name: str) -> str:
    """A name (a company, a role) as Russian text sets it after a noun such as «в компании»:
    in guillemets when written in Cyrillic, so that it needs no declension («в компании
    «Кодовая Гавань»», not «в Кодовая Гавань»); as written when it is in Latin letters or
    holds quotes of its own."""
    text = name.strip()
    if not _CYRILLIC.search(text) or any(mark in text for mark in _QUOTES):
        return text
    return f"«{text}»"
