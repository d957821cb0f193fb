"""How to reach a contact, as their note says: an email, a Telegram handle, a LinkedIn page, a
phone (properties or inline fields), and the way they prefer (`channel`, `канал`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from vaultkit.domain.interactions import detect_channel
from vaultkit.model import Note, texts_of

_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_HANDLE = re.compile(r"^@?([A-Za-z][\w]{3,31})$")
_T_ME = re.compile(r"^(?:https?://)?t(?:elegram)?\.me/([A-Za-z][\w]{3,31})/?$")
_LINKEDIN = re.compile(r"^(?:https?://)?(?:[\w-]+\.)?linkedin\.com/\S+$", re.IGNORECASE)
_PHONE = re.compile(r"^\+?[\d ()-]{7,20}$")


@dataclass(frozen=True, slots=True)
class Way:
    """One way to reach a contact."""

    channel: str
    """email, telegram, linkedin or call."""
    address: str
    """A link that opens it (mailto:, https://t.me/..., the LinkedIn page, tel:)."""
    shown: str
    """How a task shows it."""


def ways_of(note: Note) -> tuple[Way, ...]:
    """The ways a contact's note gives to reach them, the one it prefers first."""
    found: list[Way] = []
    preferred = None
    for prop in note.properties:
        if prop.name == "channel":
            preferred = detect_channel(" ".join(texts_of(prop.value)))
        read = _READERS.get(prop.name)
        if read is None:
            continue
        for value in texts_of(prop.value):
            way = read(value.strip())
            if way is not None and way not in found:
                found.append(way)
    found.sort(key=lambda way: way.channel != preferred)
    return tuple(found)


def preferred_channel(note: Note) -> str | None:
    """The channel the note says they prefer (`channel: Telegram`), if any."""
    return detect_channel(" ".join(texts_of(note.get("channel")))) or None


def _email(value: str) -> Way | None:
    return Way("email", f"mailto:{value}", value) if _EMAIL.match(value) else None


def _telegram(value: str) -> Way | None:
    found = _T_ME.match(value) or _HANDLE.match(value)
    if found is None:
        return None
    handle = found.group(1)
    return Way("telegram", f"https://t.me/{handle}", f"@{handle}")


def _linkedin(value: str) -> Way | None:
    if not _LINKEDIN.match(value):
        return None
    url = value if value.startswith("http") else f"https://{value}"
    return Way("linkedin", url, "LinkedIn")


def _phone(value: str) -> Way | None:
    if not _PHONE.match(value) or sum(c.isdigit() for c in value) < 7:
        return None
    return Way("call", "tel:" + re.sub(r"[^\d+]", "", value), value)


_READERS = {
    "email": _email,
    "почта": _email,
    "telegram": _telegram,
    "tg": _telegram,
    "телеграм": _telegram,
    "linkedin": _linkedin,
    "phone": _phone,
    "телефон": _phone,
}
"""The property names read for a way to reach someone."""
