"""Rendering: report values -> markdown text through Jinja2 templates (sandboxed for overrides).

Templates arrive as text (the store reads them): a user's override of a name (from
`<vault>/.vaultkit/templates/`) first, then vaultkit's own. Note text only ever reaches templates
as data, never as template source, and when a vault has overrides every template is rendered in
Jinja's sandbox, which keeps an override from reaching anything but the values it is given.
vaultkit's own templates alone need no sandbox, and render a fifth faster without its check on
every attribute.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jinja2 import (
    BytecodeCache,
    DictLoader,
    Environment,
    StrictUndefined,
    TemplateError,
    TemplateSyntaxError,
)
from jinja2.sandbox import SandboxedEnvironment

from vaultkit.errors import UserError
from vaultkit.model import Templates
from vaultkit.words import counted, ru_quoted


def wikilink(path: str, label: str | None = None) -> str:
    """An Obsidian link to the note at vault path `path`, showing its title (or `label`)."""
    stem = path[:-3] if path.lower().endswith(".md") else path
    title = label or stem.rsplit("/", 1)[-1]
    if stem == title:
        return f"[[{stem}]]"
    return f"[[{stem}|{title}]]"


def cell(text: object) -> str:
    """`text` made safe inside a markdown table cell: pipes escaped (Obsidian reads `[[a\\|b]]`
    in a table as a link with an alias), line breaks flattened."""
    return str(text).replace("\r", " ").replace("\n", " ").replace("|", "\\|")


def callout(text: str, title: str, kind: str = "quote") -> str:
    """`text` inside a collapsed Obsidian callout titled `title`."""
    lines = [f"> [!{kind}]- {title}"]
    lines += [f"> {line}".rstrip() for line in text.strip("\n").split("\n")]
    return "\n".join(lines)


def code(text: str) -> str:
    """Inline code that survives backticks inside `text`."""
    fence = "``" if "`" in text else "`"
    return f"{fence}{text.replace(chr(10), ' ')}{fence}"


class _Sandbox(SandboxedEnvironment):
    """The Jinja sandbox, remembering its verdict per type and attribute name.

    Jinja's check looks only at the object's type and the name (never the value), so the
    verdict is the same for every object of a type; a note of thousands of lines would
    otherwise repeat it for every attribute of every line.
    """

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._verdicts: dict[tuple[type, str], bool] = {}

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        key = (type(obj), attr)
        verdict = self._verdicts.get(key)
        if verdict is None:
            verdict = self._verdicts[key] = super().is_safe_attribute(obj, attr, value)
        return verdict


class Renderer:
    """Renders named templates for one vault and language."""

    def __init__(
        self, templates: Templates, language: str, compiled: BytecodeCache | None = None
    ) -> None:
        """`compiled`: where Jinja keeps compiled templates between runs (none: compiled
        afresh)."""
        self.language = language
        self.templates = templates
        self.sandboxed = bool(templates.overrides)
        sources = {**dict(templates.packaged), **dict(templates.overrides)}
        loader = DictLoader(sources)
        options: dict[str, Any] = {
            "bytecode_cache": compiled,
            "autoescape": False,
            "keep_trailing_newline": True,
            "trim_blocks": True,
            "lstrip_blocks": True,
            "undefined": StrictUndefined,
        }
        if self.sandboxed:
            self._env: Environment = _Sandbox(loader=loader, **options)
        else:
            self._env = Environment(loader=loader, **options)
        self._env.filters["wikilink"] = wikilink
        self._env.filters["code"] = code
        self._env.filters["counted"] = counted
        self._env.filters["callout"] = callout
        self._env.filters["cell"] = cell
        self._env.filters["ru_quoted"] = ru_quoted

    def render(self, name: str, language: str | None = None, **values: Any) -> str:
        """The text of template `<language>/<name>` (the renderer's language by default)."""
        return self.bind(name, language)(**values)

    def bind(self, name: str, language: str | None = None) -> Callable[..., str]:
        """Template `<language>/<name>` loaded once, as a function of its values (for a
        template rendered many times in one note)."""
        path = f"{language or self.language}/{name}"
        try:
            template = self._env.get_template(path)
        except TemplateError as error:
            raise self._user_error(error, path) from None

        def render(**values: Any) -> str:
            try:
                return template.render(**values).rstrip("\n") + "\n"
            except TemplateError as error:
                raise self._user_error(error, path) from None

        return render

    def _user_error(self, error: TemplateError, path: str) -> UserError:
        """A template problem, most likely in a user's override in .vaultkit/templates."""
        where = path
        if isinstance(error, TemplateSyntaxError):
            name = error.name or path
            overridden = any(name == override for override, _ in self.templates.overrides)
            shown = f".vaultkit/templates/{name}" if overridden else name
            where = f"{shown}:{error.lineno}"
        return UserError(f"template {where}: {error.message or error}")
