"""The exceptions vaultkit raises on purpose, and the one translation of any error into what a
person is told and the exit code: the CLI prints it, the daemon logs it."""

from __future__ import annotations

import errno
from collections.abc import Iterable
from dataclasses import dataclass

EXIT_PROBLEMS = 1
"""The command ran, but found errors or could not write a note."""
EXIT_USER_ERROR = 2
"""Something the user can fix: a bad option, config or path."""
EXIT_INTERNAL = 70
"""A bug in vaultkit."""


class VaultkitError(Exception):
    """Base of every error vaultkit raises on purpose."""


class UserError(VaultkitError):
    """Something the user can fix (a bad option, config or path); shown without a traceback."""

    def __init__(self, problems: str | Iterable[str]) -> None:
        self.problems = (problems,) if isinstance(problems, str) else tuple(problems)
        super().__init__("\n".join(self.problems))


@dataclass(frozen=True, slots=True)
class Explained:
    """An error as a person is told it."""

    problems: tuple[str, ...]
    """One line per problem, without a traceback."""
    exit_code: int
    """The exit code of a command that stops on it."""
    bug: bool
    """True when it is vaultkit's own fault: worth a traceback and a report."""


_DISK_FULL = frozenset({errno.ENOSPC, errno.EDQUOT})
_NOT_ALLOWED = frozenset({errno.EACCES, errno.EPERM})


def disk_full(error: OSError) -> bool:
    """True when `error` says the disk (or the user's quota on it) is full."""
    return error.errno in _DISK_FULL


def os_reason(error: OSError) -> str:
    """Why a file could not be written, and what to do about it, in a few words: the disk is
    full, permission denied, a read-only disk, or the system's own words."""
    words = error.strerror or str(error)
    if disk_full(error):
        return f"the disk is full ({words}); free some space and run again"
    if error.errno in _NOT_ALLOWED:
        return f"permission denied ({words}); make the file and its folder writable"
    if error.errno == errno.EROFS:
        return f"the disk is read-only ({words})"
    return words


def explain_error(error: BaseException) -> Explained:
    """What to tell the user about `error`: a UserError's problems; a full disk; a file the
    command was told to use, or must create, that cannot be (a path to fix); anything else is
    a bug."""
    if isinstance(error, UserError):
        return Explained(error.problems, EXIT_USER_ERROR, bug=False)
    if isinstance(error, OSError) and disk_full(error):
        where = f"{error.filename}: " if error.filename else ""
        return Explained((f"{where}{os_reason(error)}",), EXIT_PROBLEMS, bug=False)
    if isinstance(error, OSError) and error.filename:
        return Explained((f"{error.filename}: {error.strerror or error}",), EXIT_USER_ERROR, False)
    return Explained((f"{type(error).__name__}: {error}",), EXIT_INTERNAL, bug=True)
