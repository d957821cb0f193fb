"""Start the daemon at login: a systemd user unit (Linux) or a launchd agent (macOS)."""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path
from typing import Literal
from xml.sax.saxutils import escape

from vaultkit.errors import UserError

ServiceKind = Literal["systemd", "launchd"]


def default_kind() -> ServiceKind:
    """launchd on macOS, systemd elsewhere."""
    return "launchd" if sys.platform == "darwin" else "systemd"


def slug(vault: Path) -> str:
    """A short name for the vault's service: its folder name plus a hash of the full path."""
    name = re.sub(r"[^A-Za-z0-9]+", "-", vault.name).strip("-").lower() or "vault"
    return f"{name}-{hashlib.sha1(str(vault).encode()).hexdigest()[:6]}"


def _systemd_quote(argument: str) -> str:
    """An ExecStart word: specifiers (%) and variables ($) escaped; quoted unless plain."""
    argument = argument.replace("%", "%%").replace("$", "$$")
    if re.fullmatch(r"[A-Za-z0-9_@%+=:,./-]+", argument):
        return argument
    return '"' + argument.replace("\\", "\\\\").replace('"', '\\"') + '"'


def systemd_unit(vault: Path, python: str) -> str:
    """The text of a systemd user unit running `vaultkit watch` on `vault`."""
    command = " ".join(
        _systemd_quote(arg) for arg in (python, "-m", "vaultkit", "watch", str(vault))
    )
    return (
        "[Unit]\n"
        f"Description=vaultkit: keep the generated notes of {vault.name} fresh\n"
        "After=default.target\n\n"
        "[Service]\n"
        f"ExecStart={command}\n"
        "Restart=on-failure\n"
        "RestartSec=10\n\n"
        "[Install]\n"
        "WantedBy=default.target\n"
    )


def launchd_plist(vault: Path, python: str, label: str, log: Path) -> str:
    """The text of a launchd agent running `vaultkit watch` on `vault` at login."""
    arguments = "".join(
        f"\n    <string>{escape(arg)}</string>"
        for arg in (python, "-m", "vaultkit", "watch", str(vault))
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
        '"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n'
        '<plist version="1.0">\n<dict>\n'
        f"  <key>Label</key>\n  <string>{escape(label)}</string>\n"
        f"  <key>ProgramArguments</key>\n  <array>{arguments}\n  </array>\n"
        "  <key>RunAtLoad</key>\n  <true/>\n"
        "  <key>KeepAlive</key>\n  <dict>\n    <key>SuccessfulExit</key>\n    <false/>\n"
        "  </dict>\n"
        f"  <key>StandardErrorPath</key>\n  <string>{escape(str(log))}</string>\n"
        "</dict>\n</plist>\n"
    )


def service_file(vault: Path, kind: ServiceKind, home: Path) -> tuple[Path, str, str]:
    """Where the service file goes, its text, and the command that starts it."""
    name = slug(vault)
    python = sys.executable
    if kind == "systemd":
        path = home / ".config" / "systemd" / "user" / f"vaultkit-{name}.service"
        start = f"systemctl --user daemon-reload && systemctl --user enable --now {path.name}"
        return path, systemd_unit(vault, python), start
    label = f"dev.vaultkit.{name}"
    path = home / "Library" / "LaunchAgents" / f"{label}.plist"
    log = home / "Library" / "Logs" / f"vaultkit-{name}.log"
    return path, launchd_plist(vault, python, label, log), f"launchctl load -w {path}"


def install(vault: Path, kind: ServiceKind, home: Path, force: bool) -> tuple[Path, str]:
    """Write the service file; returns its path and the command that starts the service."""
    path, text, start = service_file(vault, kind, home)
    if path.exists() and not force:
        raise UserError(f"{path} exists already; pass --force to replace it")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path, start
