"""Frontmatter properties: split the YAML block off a note and read it safely.

Reading goes through python-frontmatter's YAML handler with a safe loader built on libyaml's
C loader where available. Real vaults hold broken blocks, so a block that fails as a whole is
read again key by key: one bad key costs only itself, never the note's other properties.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import yaml
from frontmatter.default_handlers import YAMLHandler

from vaultkit.model import Diagnostic, Property, PropertyValue
from vaultkit.parse.property_problems import (
    TOP_LEVEL_KEY,
    check_commented_value,
    lines_of_keys,
    repeated_keys,
    yaml_diagnostic,
)

try:
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - pure-python PyYAML
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

MAX_VALUES = 5_000
"""Most scalar values one note's properties may hold; anchors can expand past any size."""
MAX_DEPTH = 16
"""Deepest nesting of lists read; deeper is cut (a self-referencing alias is endless)."""

_HANDLER = YAMLHandler()
_REPLACED = {f"tag:yaml.org,2002:{name}" for name in ("bool", "int", "float", "null")}


@dataclass(frozen=True, slots=True)
class _BadTimestamp:
    """A YAML timestamp that is no real date (2026-02-30), kept as the text written."""

    text: str


class _VaultLoader(_BaseLoader):
    """Safe loader that reads plain scalars as Obsidian does, and whose impossible dates
    become text instead of a ValueError.

    PyYAML follows YAML 1.1, where `yes`, `no`, `on` and `off` are checkboxes, `0755` is an
    octal number and `12:30` is the number 750 (base 60). Obsidian reads properties as YAML
    1.2, where all of these are text but `0755` (the number 755). So only the 1.2 core schema's
    booleans, numbers and nulls are resolved, and dates and datetimes as before (Obsidian's
    date and datetime properties).
    """


def _construct_timestamp(loader: _VaultLoader, node: yaml.ScalarNode) -> object:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError):
        return _BadTimestamp(str(node.value))


def _construct_int(loader: _VaultLoader, node: yaml.ScalarNode) -> int:
    text = str(loader.construct_scalar(node))
    if text.startswith(("0o", "0x")):
        return int(text[2:], 8 if text[1] == "o" else 16)
    return int(text, 10)  # leading zeros are decimal, as in YAML 1.2


_VaultLoader.yaml_implicit_resolvers = {  # PyYAML's, less the ones replaced below
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in _REPLACED]
    for first, resolvers in yaml.resolver.Resolver.yaml_implicit_resolvers.items()
}
_VaultLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
_VaultLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)
for _tag, _pattern, _firsts in (
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    (
        "float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+.0123456789",
    ),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
):
    _VaultLoader.add_implicit_resolver(
        f"tag:yaml.org,2002:{_tag}", re.compile(_pattern), list(_firsts)
    )


@dataclass(frozen=True, slots=True)
class Frontmatter:
    """A note's text split at its property block."""

    yaml_text: str | None
    """The text between the --- lines, or None when the note has no property block."""
    first_line: int
    """1-based file line of the block's first YAML line."""
    body: str
    """The markdown after the block."""
    body_line: int
    """1-based file line where the body starts."""


def split(text: str) -> Frontmatter:
    """Split `text` (newlines already normalised) into its property block and its body.

    Like Obsidian, a block is only recognised when the very first line is `---` and a later
    line is `---` too; otherwise the whole text is body.
    """
    if not text.startswith("---"):
        return Frontmatter(None, 0, text, 1)
    first_end = text.find("\n")
    if first_end == -1 or text[:first_end].rstrip() != "---":
        return Frontmatter(None, 0, text, 1)
    match = re.search(r"^---[ \t]*$", text[first_end + 1 :], re.MULTILINE)
    if match is None:
        return Frontmatter(None, 0, text, 1)
    start = first_end + 1
    yaml_text = text[start : start + match.start()]
    body_start = start + match.end() + 1
    body_line = 2 + yaml_text.count("\n") + 1
    return Frontmatter(yaml_text, 2, text[body_start:], body_line)


def load(block: Frontmatter, path: str) -> tuple[tuple[Property, ...], tuple[Diagnostic, ...]]:
    """Read the properties of a split note; problems become diagnostics, never exceptions."""
    if block.yaml_text is None or not block.yaml_text.strip():
        return (), ()
    reader = _read_block_remembered if len(block.yaml_text) <= _REMEMBERED_UP_TO else _read_block
    props, diagnostics = reader(block.yaml_text, block.first_line)
    if diagnostics:
        diagnostics = tuple(dataclasses.replace(d, path=path) for d in diagnostics)
    return props, diagnostics


def read_line(value_text: str) -> tuple[tuple[Property, ...], tuple[Diagnostic, ...]]:
    """The one-key block `v: <value_text>` read: how a value written after a key reads."""
    return _read_block_remembered(f"v: {value_text}", 1)


_REMEMBERED_UP_TO = 2_000
"""Blocks up to this many characters are read once per text (see _read_block_remembered)."""


def _read_block(
    yaml_text: str, first_line: int
) -> tuple[tuple[Property, ...], tuple[Diagnostic, ...]]:
    """The properties of a block's text; its diagnostics name no file (`load` adds it)."""
    path = ""
    stood_in = _stand_in(yaml_text)
    if stood_in is not None:
        yaml_text = stood_in
    key_lines = lines_of_keys(yaml_text, first_line)
    diagnostics: list[Diagnostic] = repeated_keys(key_lines)
    try:
        data = _HANDLER.load(yaml_text, Loader=_VaultLoader)
    except yaml.YAMLError as error:
        data = _load_key_by_key(yaml_text, first_line, path, diagnostics)
        if not diagnostics:  # the block fails as a whole but each key alone reads
            diagnostics.append(yaml_diagnostic(error, yaml_text, path, first_line))
    if data is None:
        return (), tuple(diagnostics)
    if not isinstance(data, dict):
        diagnostics.append(
            Diagnostic(
                path,
                first_line,
                "error",
                "the properties block is not a list of 'key: value' lines",
                "блок свойств — не список строк «ключ: значение»",
            )
        )
        return (), tuple(diagnostics)
    budget = _Budget(MAX_VALUES)
    properties = []
    yaml_lines: list[str] | None = None  # split once, when an empty value needs its line
    for raw_key, raw_value in data.items():
        key = _scalar_text(raw_key)
        line = key_lines.get(key, [first_line])[-1]
        value = _normalise(raw_value, 0, budget, key, path, line, diagnostics)
        value = _unwrap_bare_link(value, key, path, line, diagnostics)
        if value is None and key in key_lines:
            yaml_lines = yaml_lines or yaml_text.split("\n")
            check_commented_value(yaml_lines[line - first_line], key, line, diagnostics)
        if stood_in is not None:
            key, value = _restored(key), _restored(value)
        properties.append(Property(key, value, line))
    if budget.exhausted:
        diagnostics.append(
            Diagnostic(
                path,
                first_line,
                "warning",
                f"properties hold more than {MAX_VALUES} values (anchors/aliases?); "
                "the rest were not read",
                f"в свойствах больше {MAX_VALUES} значений (якоря и псевдонимы YAML?); "
                "остальные не прочитаны",
            )
        )
    return tuple(properties), tuple(dict.fromkeys(diagnostics))


_YAML11_BREAKS = "\u2028\u2029\x85"
"""Characters PyYAML (YAML 1.1) takes for line breaks and Obsidian (YAML 1.2) for ordinary
text: text pasted from a web page can hold them inside a value."""
_STAND_INS = "\ue000\ue001\ue002"
"""Private-use characters that stand in for them while PyYAML reads the block."""
_TO_STAND_INS = str.maketrans(_YAML11_BREAKS, _STAND_INS)
_FROM_STAND_INS = str.maketrans(_STAND_INS, _YAML11_BREAKS)


def _stand_in(yaml_text: str) -> str | None:
    """`yaml_text` with its YAML 1.1 line breaks stood in for, or None when it has none (or
    already holds a stand-in character, so the swap could not be undone)."""
    if not any(char in yaml_text for char in _YAML11_BREAKS):
        return None
    if any(char in yaml_text for char in _STAND_INS):
        return None
    return yaml_text.translate(_TO_STAND_INS)


def _restored(value: Any) -> Any:
    """`value` (text, or a tuple of values) with the stood-in characters put back."""
    if isinstance(value, str):
        return value.translate(_FROM_STAND_INS)
    if isinstance(value, tuple):
        return tuple(_restored(item) for item in value)
    return value


# Notes made from one template often carry the same block word for word, and what is read
# from it is immutable: it is read once.
_read_block_remembered = functools.lru_cache(maxsize=1024)(_read_block)


class _Budget:
    """Counts values read so a YAML alias bomb cannot make the walk endless."""

    __slots__ = ("exhausted", "left")

    def __init__(self, size: int) -> None:
        self.left = size
        self.exhausted = False

    def take(self) -> bool:
        if self.left <= 0:
            self.exhausted = True
            return False
        self.left -= 1
        return True


def _normalise(
    raw: Any,
    depth: int,
    budget: _Budget,
    key: str,
    path: str,
    line: int,
    diagnostics: list[Diagnostic],
) -> PropertyValue:
    if not budget.take():
        return None
    if isinstance(raw, _BadTimestamp):
        diagnostics.append(
            Diagnostic(
                path,
                line,
                "error",
                f"property '{key}': {raw.text} is not a real date; kept as text",
                f"свойство '{key}': даты {raw.text} не бывает; оставлено текстом",
            )
        )
        return raw.text
    if raw is None or isinstance(raw, (bool, int, float, str, datetime, date)):
        return raw
    if depth >= MAX_DEPTH:
        diagnostics.append(
            Diagnostic(
                path,
                line,
                "warning",
                f"property '{key}' is nested too deeply; cut",
                f"свойство '{key}' вложено слишком глубоко; глубже не прочитано",
            )
        )
        return None
    if isinstance(raw, (list, tuple, set)):
        items = []
        for item in raw:
            value = _normalise(item, depth + 1, budget, key, path, line, diagnostics)
            if budget.exhausted:
                break
            items.append(value)
        return tuple(items)
    if isinstance(raw, dict):
        parts = []
        for sub_key, sub_value in raw.items():
            value = _normalise(sub_value, depth + 1, budget, key, path, line, diagnostics)
            if budget.exhausted:
                break
            parts.append(f"{_scalar_text(sub_key)}: {value}")
        return "{" + ", ".join(parts) + "}"
    return str(raw)


def _unwrap_bare_link(
    value: PropertyValue, key: str, path: str, line: int, diagnostics: list[Diagnostic]
) -> PropertyValue:
    """`company: [[Acme]]` unquoted is YAML for a list in a list; Obsidian users mean a link."""

    def is_bare(item: PropertyValue) -> bool:
        return (
            isinstance(item, tuple)
            and len(item) == 1
            and isinstance(item[0], tuple)
            and len(item[0]) == 1
            and isinstance(item[0][0], str)
        )

    def unwrap(item: PropertyValue) -> PropertyValue:
        if is_bare(item):
            assert isinstance(item, tuple) and isinstance(item[0], tuple)
            return f"[[{item[0][0]}]]"
        return item

    if is_bare(value):
        fixed = unwrap(value)
    elif isinstance(value, tuple) and any(is_bare(item) for item in value):
        fixed = tuple(unwrap(item) for item in value)
    else:
        return value
    diagnostics.append(
        Diagnostic(
            path,
            line,
            "warning",
            f"property '{key}': link written without quotes; read as {fixed!r}, "
            'write it as "[[...]]" so Obsidian sees it too',
            f"свойство '{key}': ссылка без кавычек; прочитана как {fixed!r}, "
            'запишите её как "[[...]]", чтобы её видел и Obsidian',
        )
    )
    return fixed


def _scalar_text(raw: object) -> str:
    if isinstance(raw, bool):
        return "true" if raw else "false"
    return raw if isinstance(raw, str) else str(raw)


def _load_key_by_key(
    yaml_text: str, first_line: int, path: str, diagnostics: list[Diagnostic]
) -> dict[str, Any]:
    """Read each top-level key on its own so one broken value does not hide the others."""
    chunks: list[tuple[int, list[str]]] = []
    for offset, text in enumerate(yaml_text.split("\n")):
        if TOP_LEVEL_KEY.match(text) or not chunks:
            chunks.append((offset, [text]))
        else:
            chunks[-1][1].append(text)
    data: dict[str, Any] = {}
    for offset, chunk in chunks:
        try:
            chunk_text = "\n".join(chunk)
            part = _HANDLER.load(chunk_text, Loader=_VaultLoader)
        except yaml.YAMLError as error:
            diagnostics.append(yaml_diagnostic(error, chunk_text, path, first_line + offset))
            continue
        if isinstance(part, dict):
            data.update(part)
    return data
