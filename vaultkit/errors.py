"""The exceptions vaultkit raises on purpose; cli.py turns them into messages and exit codes."""

from __future__ import annotations

from collections.abc import Iterable


class VaultkitError(Exception):
    """Base of every error vaultkit raises on purpose."""


class UserError(VaultkitError):
    """Something the user can fix (a bad option, config or path); shown without a traceback."""

    def __init__(self, problems: str | Iterable[str]) -> None:
        self.problems = (problems,) if isinstance(problems, str) else tuple(problems)
        super().__init__("\n".join(self.problems))
