"""Running code in another checkout of vaultkit (its own `.venv/`), so that a bench prints that
checkout's figures beside this one's, measured in the same run."""

from __future__ import annotations

import subprocess
from pathlib import Path


def run_python(checkout: Path, code: str, args: list[str]) -> str:
    """The standard output of `code` run by the interpreter of `checkout`'s `.venv`, in it."""
    return subprocess.run(
        [str(checkout / ".venv" / "bin" / "python"), "-c", code, *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=checkout,
    ).stdout
