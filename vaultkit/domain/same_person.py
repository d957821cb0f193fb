"""Contact notes that are likely one person kept twice, as vaults moved between tools and
years keep them: a page imported with its Notion id beside one made by hand ("Anna Keller
3f9a2c1b", "Anna Keller"), a nickname beside the full name ("Gord MacLeod", "Gordon MacLeod"),
a first-name page beside the full one ("Айгерим", "Айгерим Нурланова"), or two notes giving
the same e-mail, phone, Telegram or LinkedIn. Named in Vault health as a warning on the later
note, never merged: which one is right is the owner's call."""

from __future__ import annotations

from collections.abc import Iterable

from vaultkit.links.graph import VaultGraph
from vaultkit.model import Diagnostic, Note
from vaultkit.parse.names import fold, page_name

_HANDLES = frozenset(("email", "phone", "telegram", "linkedin"))
"""Properties that name one person only."""


def twin_contacts(graph: VaultGraph) -> tuple[Diagnostic, ...]:
    """A warning for each contact note that is likely another's twin (see the module)."""
    found: dict[str, Diagnostic] = {}
    by_handle: dict[str, Note] = {}
    by_surname: dict[tuple[str, ...], list[tuple[list[str], Note]]] = {}
    by_first: dict[tuple[str, int], list[Note]] = {}  # a first name, alone (1) or with more (2)
    for note in sorted(graph.of_kind("contact"), key=lambda note: note.path):
        for handle in _handles(note):
            first = by_handle.setdefault(handle, note)
            if first is not note and note.path not in found:
                found[note.path] = _twin(note, first, handle)
        words = fold(page_name(note.title)).split()
        if not words or note.path in found:
            continue
        if len(words) == 1:
            twins = by_first.get((words[0], 2), []) if len(words[0]) >= 4 else []
        else:
            twins = [
                other
                for name, other in by_surname.get(tuple(words[1:]), [])
                if _one_name(words, name)
            ]
            twins += by_first.get((words[0], 1), []) if len(words) == 2 else []
        if twins:
            found[note.path] = _twin(note, twins[0], "")
        if len(words) > 1:
            by_surname.setdefault(tuple(words[1:]), []).append((words, note))
        if len(words) <= 2:
            by_first.setdefault((words[0], len(words)), []).append(note)
    return tuple(found.values())


def _handles(note: Note) -> Iterable[str]:
    for prop in note.properties:
        value = prop.value
        if prop.name in _HANDLES and isinstance(value, str) and len(value.strip()) > 4:
            yield f"{prop.name}:{value.strip().casefold().rstrip('/')}"


def _one_name(these: list[str], those: list[str]) -> bool:
    """Whether two names with the same surname are likely one person's: the same first name,
    or one the start of the other (a nickname, "Gord" and "Gordon")."""
    short, long = sorted((these[0], those[0]), key=len)
    return short == long or (len(short) >= 3 and long.startswith(short))


def _twin(note: Note, other: Note, handle: str) -> Diagnostic:
    kind, _, value = handle.partition(":")
    why = f" (the same {kind}, {value})" if handle else ""
    why_ru = f" (тот же {kind}: {value})" if handle else ""
    return Diagnostic(
        note.path,
        0,
        "warning",
        f"may be the same person as {other.title}{why}: two notes split their history; keep "
        "one, or add the other name to its aliases",
        f"возможно, тот же человек, что и {other.title}{why_ru}: история разделена на две "
        "заметки; оставьте одну или добавьте второе имя в её aliases",
    )
