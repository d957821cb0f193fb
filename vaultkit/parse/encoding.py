"""A note's bytes as text, whatever the encoding: UTF-8 with or without a BOM, UTF-16, a legacy
encoding guessed (windows-1251 for Cyrillic, else latin-1), binary junk refused, size capped,
line endings made LF; each step that was not plain UTF-8 said as a diagnostic."""

from __future__ import annotations

import codecs

from vaultkit.model import Diagnostic

LARGE_NOTE_BYTES = 2_000_000
"""Notes above this size get an info diagnostic (they are still read in full)."""


MAX_NOTE_BYTES = 32_000_000
"""Only this much of a note is read."""


def decode(raw: bytes, path: str) -> tuple[str, tuple[Diagnostic, ...]]:
    """Text of a note's bytes: UTF-8 (with or without BOM), else a stated fallback encoding."""
    diagnostics: list[Diagnostic] = []
    raw = _capped(raw, path, diagnostics)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = raw.decode("utf-16", errors="replace")
        diagnostics.append(
            Diagnostic(
                path,
                1,
                "warning",
                "note is UTF-16; read it as such",
                "заметка в кодировке UTF-16; прочитана в ней",
            )
        )
    elif b"\x00" in raw[:8192]:
        diagnostics.append(
            Diagnostic(
                path,
                0,
                "error",
                "binary data, not a text note; skipped",
                "двоичные данные, а не текстовая заметка; пропущена",
            )
        )
        return "", tuple(diagnostics)
    else:
        text = _utf8_or_legacy(raw, path, diagnostics)
    text = text.removeprefix("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        diagnostics.append(
            Diagnostic(
                path,
                1,
                "info",
                "Windows (CRLF) line endings; read as LF",
                "концы строк Windows (CRLF); прочитаны как LF",
            )
        )
    return text, tuple(diagnostics)


def _capped(raw: bytes, path: str, diagnostics: list[Diagnostic]) -> bytes:
    """The bytes to read of a note: all but past MAX_NOTE_BYTES (a large note is noted)."""
    if len(raw) > MAX_NOTE_BYTES:
        diagnostics.append(
            Diagnostic(
                path,
                0,
                "warning",
                f"note is {len(raw) / 1e6:.0f} MB; only the first "
                f"{MAX_NOTE_BYTES // 1_000_000} MB were read",
                f"заметка весит {len(raw) / 1e6:.0f} МБ; прочитаны только первые "
                f"{MAX_NOTE_BYTES // 1_000_000} МБ",
            )
        )
        raw = raw[:MAX_NOTE_BYTES]
    elif len(raw) > LARGE_NOTE_BYTES:
        size = len(raw) / 1e6
        diagnostics.append(
            Diagnostic(
                path, 0, "info", f"large note ({size:.1f} MB)", f"большая заметка ({size:.1f} МБ)"
            )
        )
    return raw


def _utf8_or_legacy(raw: bytes, path: str, diagnostics: list[Diagnostic]) -> str:
    """Text of bytes with no UTF-16 mark: UTF-8 (a BOM dropped), else a guessed legacy
    encoding, said where the first bad byte is."""
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
        diagnostics.append(
            Diagnostic(
                path,
                1,
                "info",
                "note starts with a byte-order mark; read it anyway",
                "заметка начинается с метки порядка байтов (BOM); прочитана как обычно",
            )
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        encoding = _guess_legacy_encoding(raw)
        text = raw.decode(encoding, errors="replace")
        line = raw.count(b"\n", 0, error.start) + 1
        diagnostics.append(
            Diagnostic(
                path,
                line,
                "warning",
                f"not UTF-8 (first bad byte on line {line}); read as "
                f"{encoding}: save it as UTF-8 to be sure",
                f"не UTF-8 (первый неверный байт в строке {line}); прочитана как "
                f"{encoding}: сохраните её в UTF-8, чтобы не гадать",
            )
        )
    return text


def _guess_legacy_encoding(raw: bytes) -> str:
    """windows-1251 when high bytes come in runs (Cyrillic words), else latin-1.

    Accented Latin letters sit alone between ASCII letters; Cyrillic letters fill whole words.
    """
    sample = raw[:65536]
    high = [i for i, byte in enumerate(sample) if byte >= 0xC0]
    if not high:
        return "latin-1"
    positions = set(high)
    in_runs = sum(1 for i in high if i - 1 in positions or i + 1 in positions)
    return "cp1251" if in_runs / len(high) > 0.5 else "latin-1"
