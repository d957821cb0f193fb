"""Every failure a user can cause or meet is a message naming what to do, with exit 1 or 2,
never the "unexpected error" of a bug (exit 70): days out of range, a full disk, read-only
notes, broken or endless template overrides, a locked or read-only cache, a huge note."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from conftest import run_cli

from vaultkit.cli.main import cli

TODAY = "2026-11-24"

COMMANDS_WITH_TODAY = sorted(
    name
    for name, command in cli.commands.items()
    if any(param.name == "today" for param in command.params)
)
EXTRA_ARGUMENTS = {"explain": ["Anna Petrova"], "log": ["Anna Petrova"]}


def test_every_command_with_today_is_checked() -> None:
    assert {"rebuild", "due", "themes", "network", "explain", "ics", "graph", "log"} <= set(
        COMMANDS_WITH_TODAY
    )
    assert all(isinstance(cli.commands[name], click.Command) for name in COMMANDS_WITH_TODAY)


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "1899-12-31", "2201-01-01"])
@pytest.mark.parametrize("command", COMMANDS_WITH_TODAY)
def test_today_out_of_range_is_a_usage_error(sample_copy: Path, command: str, day: str) -> None:
    arguments = [command, "--today", day, sample_copy, *EXTRA_ARGUMENTS.get(command, [])]
    result = run_cli(*arguments)
    assert result.returncode == 2, result.stderr
    assert f"{day} is out of range: give a day from 1900-01-01 to 2200-12-31" in result.stderr
    assert "unexpected error" not in result.stderr
    assert not (sample_copy / "vaultkit").exists()
