"""The cache (.vaultkit/index.sqlite) in trouble never stops or stalls a run: held by another
process, it is read around at once; read-only, the notes are read without it, and once it may
be written again it is used again."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import MakeVault, run_cli

from vaultkit.store import cache_problems

TODAY = "2026-11-24"
FILES: dict[str, str | bytes] = {
    "People/Anna.md": "---\ntype: recruiter\ncadence: monthly\nlast_contact: 2026-10-01\n---\n"
    "[[Acme]]\n",
    "Companies/Acme.md": "---\ntype: company\n---\n",
    "Daily/2026-11-01.md": "- call with [[Anna]]\n",
}
CACHE = Path(".vaultkit/index.sqlite")
COMPANIONS = ("-wal", "-shm")


def generated(root: Path) -> dict[str, bytes]:
    """Every generated file, by name."""
    return {path.name: path.read_bytes() for path in sorted((root / "vaultkit").iterdir())}


def cached_size(root: Path, note: str) -> int | None:
    """The size the cache holds for `note` (None: no row)."""
    with sqlite3.connect(root / CACHE) as db:
        row = db.execute("SELECT size FROM notes WHERE path = ?", (note,)).fetchone()
    db.close()
    return None if row is None else int(row[0])


def touch_note(root: Path, note: str, line: str) -> None:
    """Append `line` to `note` (its size changes, so every cache sees it as changed)."""
    path = root / note
    path.write_text(path.read_text(encoding="utf-8") + line, encoding="utf-8")


def test_a_locked_cache_is_read_around_at_once(make_vault: MakeVault, tmp_path: Path) -> None:
    root = make_vault(FILES)
    run_cli("rebuild", root, "--today", TODAY, check=True)
    touch_note(root, "People/Anna.md", "- 2026-11-20 call: talked about Q1\n")
    holder = sqlite3.connect(root / CACHE, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another process, mid-write, for as long as it likes
    try:
        held = run_cli("rebuild", root, "--today", TODAY)  # never waits long: see BUSY_TIMEOUT
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert held.returncode == 0, held.stderr
    assert (
        "warning: .vaultkit/index.sqlite: the cache is locked by another process (another "
        "vaultkit, or a program that opened it); the notes were read without updating it"
    ) in held.stderr
    assert "unexpected error" not in held.stderr
    with_lock = generated(root)
    assert "20\u00a0Nov".encode() in with_lock["Network.md"]  # the change was read
    assert cached_size(root, "People/Anna.md") != (root / "People/Anna.md").stat().st_size
    touch_note(root, "Companies/Acme.md", "\n")
    free = run_cli("rebuild", root, "--today", TODAY, check=True)  # free again: stored now
    assert "locked" not in free.stderr
    assert cached_size(root, "People/Anna.md") == (root / "People/Anna.md").stat().st_size
    assert generated(root)["Network.md"] == with_lock["Network.md"]


@pytest.fixture
def modes_bind(tmp_path: Path) -> None:
    """Skip where file modes do not bind this process (root may write a read-only file)."""
    probe = tmp_path / "mode-probe"
    probe.write_text("")
    probe.chmod(0o444)
    try:
        with probe.open("a"):
            pytest.skip("file modes do not bind this process (root): a 0444 file is writable")
    except PermissionError:
        pass
    finally:
        probe.chmod(0o644)


def leave_companions(cache: Path) -> None:
    """Leave the cache's -wal and -shm files behind, as a process that stops while it holds
    the cache does (a second process: one that closes the cache folds them away)."""
    code = (
        "import os, sqlite3, sys\n"
        "db = sqlite3.connect(sys.argv[1])\n"
        "db.execute(\"INSERT OR REPLACE INTO meta VALUES ('left', '1')\")\n"
        "db.commit()\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(cache)], check=True)
    assert all(Path(f"{cache}{suffix}").exists() for suffix in COMPANIONS)


@pytest.mark.usefixtures("modes_bind")
@pytest.mark.parametrize("companions", ["absent", "left"])
@pytest.mark.parametrize("fixed", ["every file", "the cache file only"])
def test_a_read_only_cache_is_done_without_then_used_again(
    make_vault: MakeVault, companions: str, fixed: str
) -> None:
    root = make_vault(FILES)
    run_cli("rebuild", root, "--today", TODAY, check=True)
    cache = root / CACHE
    if companions == "left":
        leave_companions(cache)
    files = [cache, *(Path(f"{cache}{suffix}") for suffix in COMPANIONS)]
    for file in files:
        if file.exists():
            file.chmod(0o444)
    before = {file: file.read_bytes() for file in files if file.exists()}
    touch_note(root, "People/Anna.md", "- 2026-11-20 call: talked about Q1\n")
    read_only = run_cli("rebuild", root, "--today", TODAY)
    assert read_only.returncode == 0, read_only.stderr
    assert "warning: .vaultkit/index.sqlite: the cache is read-only (" in read_only.stderr
    assert (
        "the notes were read without it. Make .vaultkit/index.sqlite (and its -wal and -shm "
        "files) writable, or delete them, to use it again"
    ) in read_only.stderr
    assert "20\u00a0Nov".encode() in generated(root)["Network.md"]
    assert {file: file.read_bytes() for file in before} == before  # untouched
    for file in files if fixed == "every file" else files[:1]:
        if file.exists():
            file.chmod(0o644)
    touch_note(root, "Companies/Acme.md", "\n")
    again = run_cli("rebuild", root, "--today", TODAY)
    assert again.returncode == 0, again.stderr
    assert "cache" not in again.stderr.replace("from the cache", "")
    assert cached_size(root, "People/Anna.md") == (root / "People/Anna.md").stat().st_size
    assert cached_size(root, "Companies/Acme.md") == (root / "Companies/Acme.md").stat().st_size


@pytest.mark.usefixtures("modes_bind")
def test_a_cache_whose_wal_files_alone_are_read_only_is_used(make_vault: MakeVault) -> None:
    root = make_vault(FILES)
    run_cli("rebuild", root, "--today", TODAY, check=True)
    cache = root / CACHE
    leave_companions(cache)
    for suffix in COMPANIONS:
        Path(f"{cache}{suffix}").chmod(0o444)
    touch_note(root, "People/Anna.md", "- 2026-11-20 call: talked about Q1\n")
    result = run_cli("rebuild", root, "--today", TODAY)
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr
    assert cached_size(root, "People/Anna.md") == (root / "People/Anna.md").stat().st_size
    assert os.access(cache, os.W_OK)


def test_a_full_disk_under_the_cache_is_read_around(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_vault(FILES)
    run_cli("rebuild", root, "--today", TODAY, check=True)
    opened = cache_problems.check_writable

    def full_from_now_on(connection: sqlite3.Connection) -> bool:
        free = opened(connection)
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk is full"
        return free

    monkeypatch.setattr(cache_problems, "check_writable", full_from_now_on)
    touch_note(root, "People/Anna.md", "- 2026-11-20 call: " + "talked at length " * 2000 + "\n")
    result = run_cli("rebuild", root, "--today", TODAY)
    assert result.returncode == 0, result.stderr
    assert (
        "warning: .vaultkit/index.sqlite: the cache cannot be written (database or disk is "
        "full); the notes were read but not stored"
    ) in result.stderr
    assert "unexpected error" not in result.stderr
    assert "20\u00a0Nov".encode() in generated(root)["Network.md"]
    monkeypatch.undo()
    touch_note(root, "Companies/Acme.md", "\n")
    run_cli("rebuild", root, "--today", TODAY, check=True)
    assert cached_size(root, "People/Anna.md") == (root / "People/Anna.md").stat().st_size
