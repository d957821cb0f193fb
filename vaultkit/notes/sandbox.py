"""The Jinja sandbox a vault's template overrides run in, with bounds on the work they do.

A template is code: an override can loop a million times inside a million, or recurse through
a macro, and so hang a rebuild (and the daemon, which renders off the main thread, where no
signal can stop it). In the sandbox every loop step and every call spends one step of a budget
per generated note, and past the budget the rendering stops with a TemplateError; powers and
repetitions that would build numbers or texts of megabytes are refused before they are made.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from jinja2 import nodes
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment

STEP_LIMIT = 1_000_000
"""Loop steps and calls one generated note's templates may take in the sandbox: 40 times
what vaultkit's own templates take on a vault of 10k notes (25k for its due note), a few
seconds of work at most (a macro call is the dearest step)."""
SIZE_LIMIT = 10_000_000
"""The most items (characters, list items) a repetition such as `"x" * n` may make, and the
most bits of a power."""
COUNTED = "_vaultkit_counted"
"""The filter every `for` loop's iterable passes through in the sandbox."""


class TooMuchWork(SecurityError):
    """A template override did more work than any template needs (a runaway loop)."""


_left: ContextVar[list[int] | None] = ContextVar("vaultkit_template_steps", default=None)


@contextmanager
def step_budget(limit: int = STEP_LIMIT) -> Iterator[None]:
    """Give the renderings inside a budget of `limit` steps; a rendering nested in another
    (a task inside the due note) shares the outer one's."""
    if _left.get() is not None:
        yield
        return
    token = _left.set([limit])
    try:
        yield
    finally:
        _left.reset(token)


def _spend() -> None:
    left = _left.get()
    if left is None:
        return
    left[0] -= 1
    if left[0] < 0:
        raise TooMuchWork(
            f"stopped after {STEP_LIMIT:,} loop steps and calls: a loop or a macro that runs "
            "(nearly) forever"
        )


def _counted(iterable: Iterable[Any]) -> Iterator[Any]:
    for item in iterable:
        _spend()
        yield item


def _too_big(operator: str, left: Any, right: Any) -> bool:
    """True when `left operator right` would make a number or a sequence past SIZE_LIMIT."""
    if operator == "**":
        return (
            isinstance(left, int)
            and isinstance(right, int)
            and right > 0
            and left.bit_length() * right > SIZE_LIMIT
        )
    sized = (str, bytes, list, tuple)
    if isinstance(left, sized) and isinstance(right, int):
        return len(left) * right > SIZE_LIMIT
    if isinstance(right, sized) and isinstance(left, int):
        return len(right) * left > SIZE_LIMIT
    return False


class BoundedSandbox(SandboxedEnvironment):
    """Jinja's sandbox with a step budget (see step_budget) and bounded `*` and `**`,
    remembering its verdict per type and attribute name.

    Jinja's attribute check looks only at the object's type and the name (never the value), so
    the verdict is the same for every object of a type; a note of thousands of lines would
    otherwise repeat it for every attribute of every line.
    """

    intercepted_binops = frozenset({"*", "**"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._verdicts: dict[tuple[type, str], bool] = {}
        self.filters[COUNTED] = _counted

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        key = (type(obj), attr)
        verdict = self._verdicts.get(key)
        if verdict is None:
            verdict = self._verdicts[key] = super().is_safe_attribute(obj, attr, value)
        return verdict

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        _spend()
        return super().call(__context, __obj, *args, **kwargs)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if _too_big(operator, left, right):
            raise TooMuchWork(f"{operator!r} would make something too big to be a note's text")
        return super().call_binop(context, operator, left, right)

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        """The template's tree, every `for` loop's iterable counted step by step."""
        tree = super()._parse(source, name, filename)
        for loop in tree.find_all(nodes.For):
            counted = nodes.Filter(loop.iter, COUNTED, [], [], None, None, lineno=loop.lineno)
            loop.iter = counted
        tree.set_environment(self)
        return tree
