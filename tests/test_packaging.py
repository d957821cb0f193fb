"""A plain (non-editable) install must carry the templates and the type marker."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import REPO


def test_wheel_ships_templates_and_py_typed(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    [wheel] = tmp_path.glob("vaultkit-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "vaultkit/templates/en/health.md.j2" in names
    assert "vaultkit/templates/ru/health.md.j2" in names
    assert "vaultkit/py.typed" in names
    assert "vaultkit/default_config.toml" in names
    assert not any(name.startswith(("sample_vault/", "tests/")) for name in names)
