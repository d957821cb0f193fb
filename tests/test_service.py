"""Service files that start the daemon at login."""

from __future__ import annotations

import plistlib
import sys
from pathlib import Path

import pytest

from vaultkit.app import service
from vaultkit.errors import UserError


def test_systemd_unit_installs_under_home(tmp_path: Path) -> None:
    vault = tmp_path / "My Notes"
    vault.mkdir()
    path, start = service.install(vault, "systemd", tmp_path / "home", force=False)
    assert path.parent == tmp_path / "home" / ".config" / "systemd" / "user"
    text = path.read_text()
    assert f'ExecStart={sys.executable} -m vaultkit watch "{vault}"' in text
    assert "systemctl --user enable --now" in start
    with pytest.raises(UserError, match="exists already"):
        service.install(vault, "systemd", tmp_path / "home", force=False)


def test_launchd_plist_is_valid(tmp_path: Path) -> None:
    vault = tmp_path / 'odd "name" & <co>'
    _, text, start = service.service_file(vault, "launchd", tmp_path)
    plist = plistlib.loads(text.encode())
    assert plist["ProgramArguments"] == [sys.executable, "-m", "vaultkit", "watch", str(vault)]
    assert plist["RunAtLoad"] is True
    assert start.startswith("launchctl load -w ")


def test_systemd_escapes_specifiers(tmp_path: Path) -> None:
    vault = tmp_path / "100% $HOME"
    _, text, _ = service.service_file(vault, "systemd", tmp_path)
    assert f'"{tmp_path}/100%% $$HOME"' in text
