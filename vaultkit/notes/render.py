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
    BaseLoader,
    BytecodeCache,
    Environment,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
)

from vaultkit.errors import UserError, VaultkitError
from vaultkit.model import Templates
from vaultkit.notes.sandbox import BoundedSandbox, step_budget
from vaultkit.parse.names import page_name
from vaultkit.words import counted, ru_quoted, short_date


def inline(text: object) -> str:
    """A user's words made safe to show in a generated note: a `%%` would open an Obsidian
    comment and hide the rest of the note, a `<` would start HTML; both are shown as written."""
    return str(text).replace("%%", "%\u200b%").replace("<", "&lt;")


def wikilink(path: str, label: str | None = None) -> str:
    """An Obsidian link to the note at vault path `path`, showing its title (or `label`); a
    path with a heading ("Поиск работы 2026.md#Playrix", a tracker note's section) links that
    heading and shows it."""
    path, mark, heading = path.partition("#")
    stem = path[:-3] if path.lower().endswith(".md") else path
    if mark:
        return f"[[{stem}#{heading}|{label or heading}]]"
    title = label or page_name(stem.rsplit("/", 1)[-1])  # "companies___Kaspi": Kaspi
    if stem == title:
        return f"[[{stem}]]"
    return f"[[{stem}|{title}]]"


def contactlink(contact: Any) -> str:
    """An Obsidian link to a contact's note, showing their name as said ("Priya Nair" for the
    note "Nair, Priya")."""
    stem = contact.path[:-3] if contact.path.lower().endswith(".md") else contact.path
    titled = page_name(stem.rsplit("/", 1)[-1])
    return wikilink(contact.path, contact.name if contact.name != titled else None)


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


class _Sources(BaseLoader):
    """The templates' sources, each named by where it comes from (an override by its path in
    the vault), so that an error inside one can be traced to its file and line."""

    def __init__(self, templates: Templates) -> None:
        self._packaged = dict(templates.packaged)
        self._overrides = dict(templates.overrides)

    def get_source(self, environment: Environment, template: str) -> tuple[str, str, Any]:
        if template in self._overrides:
            return self._overrides[template], override_path(template), _always
        if template in self._packaged:
            return self._packaged[template], f"vaultkit/templates/{template}", _always
        raise TemplateNotFound(template)


def _always() -> bool:
    return True


def override_path(name: str) -> str:
    """The vault path of the override of template `name` (such as `en/due.md.j2`)."""
    return f".vaultkit/templates/{name}"


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
        loader = _Sources(templates)
        options: dict[str, Any] = {
            "bytecode_cache": compiled,
            "autoescape": False,
            "keep_trailing_newline": True,
            "trim_blocks": True,
            "lstrip_blocks": True,
            "undefined": StrictUndefined,
        }
        if self.sandboxed:
            self._env: Environment = BoundedSandbox(loader=loader, **options)
        else:
            self._env = Environment(loader=loader, **options)
        self._env.filters["wikilink"] = wikilink
        self._env.filters["contactlink"] = contactlink
        self._env.filters["code"] = code
        self._env.filters["counted"] = counted
        self._env.filters["callout"] = callout
        self._env.filters["cell"] = cell
        self._env.filters["inline"] = inline
        self._env.filters["ru_quoted"] = ru_quoted
        self._env.filters["day"] = lambda day, today=None: short_date(day, self.language, today)

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
            raise self._user_error(error, path) or UserError(str(error)) from None

        def render(**values: Any) -> str:
            try:
                with step_budget():
                    return template.render(**values).rstrip("\n") + "\n"
            except VaultkitError:
                raise  # a template rendered inside this one failed, and said where
            except Exception as error:
                problem = self._user_error(error, path)
                if problem is not None:
                    raise problem from None
                raise

        return render

    def _user_error(self, error: Exception, path: str) -> UserError | None:
        """A template problem, most likely in a user's override in .vaultkit/templates: any
        error raised inside an override (named with its line), or a template error; None for
        anything else (vaultkit's own bug)."""
        if isinstance(error, TemplateSyntaxError):
            name = error.name or path
            overridden = any(name == override for override, _ in self.templates.overrides)
            shown = override_path(name) if overridden else name
            return UserError(f"template {shown}:{error.lineno}: {error.message or error}")
        overrides = {override_path(name) for name, _ in self.templates.overrides}
        where = None
        trace = error.__traceback__
        while trace is not None:  # the innermost frame of an override is where it went wrong
            if trace.tb_frame.f_code.co_filename in overrides:
                where = f"{trace.tb_frame.f_code.co_filename}:{trace.tb_lineno}"
            trace = trace.tb_next
        if where is not None:
            return UserError(
                f"template {where}: {type(error).__name__}: {error} (fix it, or delete it to "
                "use vaultkit's own)"
            )
        if isinstance(error, TemplateError):
            return UserError(f"template {path}: {error.message or error}")
        return None
