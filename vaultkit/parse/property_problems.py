"""What can be wrong with a property block, said in English and Russian: a key set twice, a
value that YAML reads as a comment or as a number where a day is meant, and a block YAML
refuses, with its most likely cause."""

from __future__ import annotations

import re

import yaml

from vaultkit.model import Diagnostic
from vaultkit.words import counted

TOP_LEVEL_KEY = re.compile(r"^(?P<key>[^\s#\-][^:\n]*?|\"[^\"\n]*\"|'[^'\n]*')\s*:(?:\s|$)")
"""A line that starts a top-level key of a YAML block."""


def lines_of_keys(yaml_text: str, first_line: int) -> dict[str, list[int]]:
    """The file lines each top-level key is written on (more than one: it is repeated)."""
    lines: dict[str, list[int]] = {}
    for offset, text in enumerate(yaml_text.split("\n")):
        match = TOP_LEVEL_KEY.match(text)
        if match:
            key = match.group("key").strip().strip("\"'")
            lines.setdefault(key, []).append(first_line + offset)
    return lines


_COMMENTED_VALUE = re.compile(r":[ \t]+(#[^\s#]\S*)")


def check_commented_value(text: str, key: str, line: int, diagnostics: list[Diagnostic]) -> None:
    """A hint when an empty property was meant to hold a tag: in `tags: #recruiter`, YAML
    reads everything from ' #' on as a comment (Obsidian too), so the property is empty."""
    found = _COMMENTED_VALUE.search(text)
    if found is None:
        return
    written = found.group(1)
    bare = key.casefold() in ("tags", "tag")
    quoted = "" if bare else f' (or "{written}" in quotes)'
    quoted_ru = "" if bare else f' (или "{written}" в кавычках)'
    diagnostics.append(
        Diagnostic(
            "",
            line,
            "warning",
            f"property '{key}' is empty: '{written}' after it is a YAML comment; "
            f"write {key}: {written[1:]}{quoted}",
            f"свойство '{key}' пустое: '{written}' после него для YAML комментарий; "
            f"запишите {key}: {written[1:]}{quoted_ru}",
        )
    )


def repeated_keys(key_lines: dict[str, list[int]]) -> list[Diagnostic]:
    """A warning for each key written twice or more: YAML keeps only the last value."""
    return [
        Diagnostic(
            "",
            lines[-1],
            "warning",
            f"property '{key}' is set more than once ({_where(lines)}); only the last is read: "
            "merge them into one",
            f"свойство '{key}' задано не раз ({_where_ru(lines)}); читается только последнее: "
            "сведите их в одно",
        )
        for key, lines in key_lines.items()
        if len(lines) > 1
    ]


def _where(lines: list[int]) -> str:
    """'lines 3 and 5', 'lines 3, 5 and 6'; for many, how many and where first and last."""
    if len(lines) > 4:
        return f"{len(lines)} times, on lines {lines[0]} to {lines[-1]}"
    return f"lines {', '.join(map(str, lines[:-1]))} and {lines[-1]}"


def _where_ru(lines: list[int]) -> str:
    """'строки 3 и 5'; for many, how many and where first and last (as `_where`)."""
    if len(lines) > 4:
        return f"{counted(len(lines), 'раз', 'раза', 'раз')}, в строках {lines[0]}–{lines[-1]}"
    return f"строки {', '.join(map(str, lines[:-1]))} и {lines[-1]}"


_YAML_HINTS = (
    (
        "mapping values are not allowed",
        'a value holding ": " needs quotes (title: "Lead: platform"), or a line is indented '
        "by mistake",
        'значение с «: » внутри нужно взять в кавычки (title: "Lead: platform"), или строка '
        "лишне сдвинута вправо",
    ),
    (
        "found unexpected end of stream",
        "a quote or bracket is opened and never closed",
        "кавычка или скобка открыта и не закрыта",
    ),
    (
        "did not find expected ',' or ']'",
        "a [list] is not closed, or an item holding a comma, colon or bracket needs quotes",
        "список [...] не закрыт, или элемент с запятой, двоеточием или скобкой нужно взять в "
        "кавычки",
    ),
    (
        "found character that cannot start any token",
        "a tab used to indent (use spaces), or a value starting with @ or ` that needs quotes",
        "отступ табуляцией (нужны пробелы) или значение, которое начинается с @ или `: его "
        "нужно взять в кавычки",
    ),
    (
        "found undefined alias",
        "a value starting with * needs quotes",
        "значение, которое начинается с *, нужно взять в кавычки",
    ),
)
"""PyYAML's most frequent problems in notes, each with what usually causes it, in English and
Russian (YAML's own words stay, for a search)."""


def _likely_cause(problem: str) -> tuple[str, str]:
    """What most likely caused a PyYAML `problem`, to append in English and Russian."""
    for start, english, russian in _YAML_HINTS:
        if problem.startswith(start):
            return f"; most likely {english}", f"; скорее всего, {russian}"
    return "", ""


def yaml_diagnostic(
    error: yaml.YAMLError, yaml_text: str, path: str, first_line: int
) -> Diagnostic:
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    offset = mark.line if mark is not None else 0
    problem = getattr(error, "problem", None) or str(error).split("\n", 1)[0]
    lines = yaml_text.split("\n")
    last = len(yaml_text.rstrip("\n").split("\n")) - 1
    if offset > last:  # the text ended first: name the line where the unclosed part began
        context = getattr(error, "context_mark", None)
        offset = min(context.line, last) if context is not None else last
    placeholder = offset < len(lines) and ("{{" in lines[offset] or "<%" in lines[offset])
    if placeholder:
        hint, hint_ru = (
            " (a template placeholder such as {{date}}?)",
            " (заготовка шаблона вроде {{date}}?)",
        )
    else:
        hint, hint_ru = _likely_cause(problem)
    return Diagnostic(
        path,
        first_line + offset,
        "error",
        f"broken property block: {problem}{hint}",
        f"блок свойств не читается: {problem}{hint_ru}",
    )


def number_for_a_day(path: str, key: str, value: object, line: int) -> Diagnostic | None:
    """A warning where a property meant to hold a day holds a number, as YAML reads a day
    written "27.10" (27.1): the day is lost unless it is quoted or written whole."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return Diagnostic(
        path,
        line,
        "warning",
        f"{key} {value!r} is read as a number, not a day; write it as 2026-10-27 or in quotes "
        '("27.10")',
        f"{key} {value!r} прочитано как число, а не дата; запишите 2026-10-27 или в кавычках "
        '("27.10")',
    )
