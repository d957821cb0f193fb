"""End to end: the real daemon in a subprocess, on a temporary vault."""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from conftest import MakeVault, section_of, tick
from watchdog.observers import Observer

from vaultkit.app import daemon as daemon_module
from vaultkit.app.session import Session

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the daemon is POSIX-only")
DUE = "vaultkit/Due contacts.md"
HEALTH = "vaultkit/Vault health.md"


def wait_for(check: Callable[[], bool], timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return False


def read(root: Path, path: str) -> str:
    try:
        return (root / path).read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""


@pytest.fixture
def daemon(
    make_vault: MakeVault, tmp_path: Path
) -> Iterator[tuple[Path, subprocess.Popen[str], Path]]:
    root = make_vault(
        {
            "People/Anna.md": "---\ntype: contact\ntier: key\nlast_contact: 2026-11-01\n---\n",
            "Daily/2026-11-20.md": "- call with [[Old Name]]\n",
        }
    )
    log = tmp_path / "watch.log"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "vaultkit",
            "watch",
            str(root),
            "--today",
            "2026-11-24",
            "--quiet",
            "0.2",
            "--log-file",
            str(log),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert wait_for(lambda: log.exists() and "watching" in log.read_text()), "daemon did not start"
    yield root, process, log
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=10)


def test_daemon_keeps_notes_fresh(daemon: tuple[Path, subprocess.Popen[str], Path]) -> None:
    root, process, _ = daemon
    assert "[[People/Anna|Anna]]" in read(root, DUE)

    (root / "People/Bob.md").write_text("---\ntype: contact\ntier: key\n---\n", encoding="utf-8")
    assert wait_for(lambda: "[[People/Bob|Bob]]" in read(root, DUE)), "new contact not shown"

    assert "2026-12-01" in read(root, DUE)  # Anna: key, monthly from 2026-11-01
    (root / "People/Anna.md").write_text(
        "---\ntype: contact\ntier: key\ncadence: 2w\nlast_contact: 2026-11-01\n---\n",
        encoding="utf-8",
    )
    assert wait_for(lambda: "2026-11-15" in read(root, DUE)), "cadence edit did not move Anna"

    (root / "People/Broken.md").write_text("---\ntype: [contact\n---\n", encoding="utf-8")
    (root / "People/Carol.md").write_text("---\ntype: contact\n---\n", encoding="utf-8")
    assert wait_for(lambda: "[[People/Carol|Carol]]" in read(root, DUE)), "stopped after bad note"
    assert process.poll() is None

    assert "`Old Name`" in read(root, HEALTH)
    os.replace(root / "People/Carol.md", root / "People/Old Name.md")
    assert wait_for(lambda: "`Old Name`" not in read(root, HEALTH)), "rename not re-resolved"
    # Carol is gone, and Old Name's call on the 20th means no first touch is due for them
    assert wait_for(lambda: "Carol" not in read(root, DUE))
    assert "Old Name" not in read(root, DUE)


def test_a_deleted_generated_note_is_written_again(
    daemon: tuple[Path, subprocess.Popen[str], Path],
) -> None:
    root, _, _ = daemon
    due = read(root, DUE)
    assert due
    (root / DUE).unlink()
    assert wait_for(lambda: read(root, DUE) == due), "the deleted due note did not come back"
    # The whole folder goes at once, as a file manager moves it to the trash: removing it
    # file by file would race the daemon, which puts each note back as it goes.
    trash = root.parent / "trash"
    os.replace(root / "vaultkit", trash)
    shutil.rmtree(trash)
    assert wait_for(lambda: read(root, DUE) == due and bool(read(root, HEALTH)))


def test_a_folder_outside_the_vault_behind_a_symlink_is_watched_too(
    daemon: tuple[Path, subprocess.Popen[str], Path], tmp_path: Path
) -> None:
    # Obsidian reads a symlinked folder that leads outside the vault; the daemon's watch of
    # the vault folder does not follow symlinks, so saves there went unseen
    root, _, log = daemon
    outside = tmp_path / "shared notes"
    outside.mkdir()
    (outside / "Calls.md").write_text("- 2026-11-22 call with [[Anna]]\n", encoding="utf-8")
    rebuilt = log.read_text().count("rebuilt in")
    (root / "Shared").symlink_to(outside, target_is_directory=True)
    assert wait_for(
        lambda: "(22\u00a0Nov)" in read(root, DUE) and log.read_text().count("rebuilt in") > rebuilt
    ), "the symlinked folder was not read"
    with (outside / "Calls.md").open("a", encoding="utf-8") as calls:
        calls.write("- 2026-11-23 call with [[Anna]]\n")
    assert wait_for(lambda: "(23\u00a0Nov)" in read(root, DUE)), "a save there was not seen"


def test_a_tick_saved_into_the_due_note_is_recorded_at_once(
    daemon: tuple[Path, subprocess.Popen[str], Path],
) -> None:
    root, _, _ = daemon
    for name in ("Bob", "Carol"):
        (root / f"People/{name}.md").write_text("---\ntype: contact\ntier: key\n---\n")
    assert wait_for(lambda: "[[People/Carol|Carol]]" in read(root, DUE))
    due = root / DUE
    tick(due, "Bob")  # saved in place, as Obsidian saves
    assert wait_for(lambda: "reached out" in read(root, "People/Bob.md")), "in-place tick lost"
    assert wait_for(lambda: section_of(read(root, DUE), "Bob").startswith("Coming up"))
    synced = due.with_name(f".syncthing.{due.name}.tmp")  # as a sync tool brings a change in
    synced.write_text(read(root, DUE), encoding="utf-8")
    tick(synced, "Carol")
    os.replace(synced, due)
    assert wait_for(lambda: "reached out" in read(root, "People/Carol.md")), "synced tick lost"


@pytest.fixture
def watched(make_vault: MakeVault) -> Iterator[tuple[daemon_module.Watcher, Session]]:
    """The daemon's watcher in this process, under a real watchdog observer, with its session
    open; the test runs its rebuilds itself, where the loop would."""
    root = make_vault(
        {
            "People/Anna.md": "---\ntype: contact\ntier: key\nlast_contact: 2026-11-01\n---\n",
            "Daily/2026-11-20.md": "- call with [[Anna]]\n",
        }
    )
    watcher = daemon_module.Watcher(root, date(2026, 11, 24), quiet=0.05)
    observer = Observer()
    observer.schedule(watcher.changes, str(watcher.root), recursive=True)
    observer.start()
    try:
        with Session.open(watcher.root) as session:
            yield watcher, session
    finally:
        observer.stop()
        observer.join(timeout=5)


def heard_after(watcher: daemon_module.Watcher) -> set[str] | None:
    """What the watcher heard since the last rebuild, up to and including a save of a note made
    now: events come in order, so once that save is heard, every event of the rebuild before
    it has been heard too. Only the save must be there (None would mean a walk: something else
    woke it)."""
    watcher.changes.take()
    watcher.changes.pending.clear()
    note = watcher.root / "People/Anna.md"
    note.write_text(note.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert watcher.changes.pending.wait(timeout=15), "the save was never heard"
    return watcher.changes.take()


def test_the_daemons_own_writes_never_wake_it(
    watched: tuple[daemon_module.Watcher, Session],
) -> None:
    watcher, session = watched
    watcher.rebuild(session)  # the first: every generated note is created
    assert (watcher.root / DUE).exists()
    assert heard_after(watcher) == {"People/Anna.md"}
    before = {path: (watcher.root / path).stat().st_mtime_ns for path in (DUE, HEALTH)}
    watcher.rebuild(session)  # Anna's blank line changes no note: nothing is written
    assert {path: (watcher.root / path).stat().st_mtime_ns for path in (DUE, HEALTH)} == before
    assert heard_after(watcher) == {"People/Anna.md"}


def test_a_moved_output_folder_is_followed(
    watched: tuple[daemon_module.Watcher, Session],
) -> None:
    watcher, session = watched
    root = watcher.root
    watcher.rebuild(session)
    (root / ".vaultkit").mkdir(exist_ok=True)
    saved = root.parent / "config.toml"  # saved whole, as editors do
    saved.write_text('output_folder = "Generated"\n')
    os.replace(saved, root / ".vaultkit/config.toml")
    assert watcher.changes.pending.wait(timeout=15), "the config's change was never heard"
    watcher.rebuild(session)
    assert read(root, "Generated/Due contacts.md")
    # its own writes into the new folder must not wake it again
    assert heard_after(watcher) == {"People/Anna.md"}


def test_sigterm_and_single_instance(daemon: tuple[Path, subprocess.Popen[str], Path]) -> None:
    root, process, _ = daemon
    second = subprocess.run(
        [sys.executable, "-m", "vaultkit", "watch", str(root)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert second.returncode == 2
    assert f"already running for {root}" in second.stderr and f"pid {process.pid}" in second.stderr
    started = time.monotonic()
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=10) == 0
    assert time.monotonic() - started < 2.0  # "within a second", with slack for a busy CI box


def test_a_vault_folder_moved_away_stops_the_daemon_with_an_error(
    daemon: tuple[Path, subprocess.Popen[str], Path],
) -> None:
    root, process, log = daemon
    os.replace(root, root.parent / "moved")  # its watch would follow the folder, not the name
    assert process.wait(timeout=15) == 1  # so a service restarts it once the vault is back
    assert f"the vault folder {root} is gone" in log.read_text()


def test_events_the_kernel_dropped_make_the_next_rebuild_walk_the_vault(
    make_vault: MakeVault,
) -> None:
    # A sync pulling thousands of files can overflow the kernel's inotify queue; watchdog then
    # only logs it (inotify_c: "Inotify queue overflowed; filesystem events were lost"), and
    # the saves it dropped would go unread by a rebuild that reads only the saves it heard of
    root = make_vault({"People/Anna.md": "x"})
    changes = daemon_module.Changes(root.resolve(), "vaultkit")
    assert changes.take() is None  # at first: walk
    assert changes.take() == set()  # nothing heard since
    hearing = daemon_module.LostEvents(changes)
    logging.getLogger(daemon_module.WATCHDOG_LOGGER).addHandler(hearing)
    try:
        logging.getLogger("watchdog.observers.inotify_c").warning(
            "Inotify queue overflowed; filesystem events were lost"
        )
    finally:
        logging.getLogger(daemon_module.WATCHDOG_LOGGER).removeHandler(hearing)
    assert changes.pending.is_set()
    assert changes.take() is None
