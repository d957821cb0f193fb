"""The daemon always comes back: its lock dies with it, nothing takes it while it lives, and
a rebuild comes however often files change.

Real daemons in subprocesses on temporary vaults (a crash is a real SIGKILL), and the daemon's
loop in this process under a real watchdog observer with a clock the test moves.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import MakeVault, run_cli, tick
from watchdog.observers import Observer

from vaultkit.app.daemon import Watcher
from vaultkit.app.lock import LOCK_NAME
from vaultkit.app.session import Session
from vaultkit.store.index import PARALLEL_FROM

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the daemon is POSIX-only")
LINUX = sys.platform.startswith("linux")
ANNA = "---\ntype: contact\ntier: key\nlast_contact: 2026-09-01\n---\n# Anna\n\n## Log\n"


def wait_for(check: Callable[[], bool], timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.01)
    return False


def start(root: Path, log: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            *(sys.executable, "-m", "vaultkit", "watch", str(root)),
            *("--today", "2026-11-24", "--quiet", "0.2", "--log-file", str(log)),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def children(parent: int) -> set[int]:
    """The live processes whose parent is `parent`, but multiprocessing's resource tracker."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == parent and fields[0] != "Z" and b"resource_tracker" not in command:
            found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.fixture
def started() -> Iterator[tuple[list[subprocess.Popen[str]], set[int]]]:
    """Daemons a test starts, and worker processes it saw: whatever is left of them is killed
    at its end."""
    daemons: list[subprocess.Popen[str]] = []
    workers: set[int] = set()
    yield daemons, workers
    for daemon in daemons:
        if daemon.poll() is None:
            daemon.kill()
            daemon.wait(timeout=10)
    for pid in workers:
        if alive(pid):
            os.kill(pid, signal.SIGKILL)


@pytest.mark.skipif(not LINUX or (os.cpu_count() or 1) < 2, reason="needs /proc and 2 cores")
def test_a_daemon_killed_while_workers_parse_can_be_started_again(
    make_vault: MakeVault,
    tmp_path: Path,
    started: tuple[list[subprocess.Popen[str]], set[int]],
) -> None:
    # SIGKILL of the daemon during a large parse left a worker process holding the lock, and
    # every restart said "already running" with a dead pid
    notes = 10 * PARALLEL_FROM
    root = make_vault(
        {
            f"People/Person {number}.md": f"---\ntype: contact\ntier: key\n---\n"
            f"- 2026-10-{number % 28 + 1:02d} call with [[Person {number + 1}]]\n"
            for number in range(notes)
        }
    )
    daemons, workers = started
    first = start(root, tmp_path / "first.log")
    daemons.append(first)
    assert wait_for(lambda: bool(workers.update(children(first.pid)) or workers)), (
        "the daemon never parsed with worker processes"
    )
    first.kill()
    first.wait(timeout=10)

    second = start(root, tmp_path / "second.log")
    daemons.append(second)
    lock = root / ".vaultkit" / LOCK_NAME
    assert wait_for(
        lambda: second.poll() is not None or lock.read_text().strip() == str(second.pid)
    )
    assert second.poll() is None, second.communicate()[0]
    assert wait_for(lambda: not any(alive(pid) for pid in workers)), "an orphaned worker lives on"


def test_a_deleted_lock_file_lets_no_second_daemon_in(
    make_vault: MakeVault,
    tmp_path: Path,
    started: tuple[list[subprocess.Popen[str]], set[int]],
) -> None:
    daemons, _ = started
    root = make_vault({"People/Anna.md": "---\ntype: contact\ntier: key\n---\n"})
    log = tmp_path / "first.log"
    first = start(root, log)
    daemons.append(first)
    assert wait_for(lambda: log.exists() and "watching" in log.read_text()), "did not start"
    lock = root / ".vaultkit" / LOCK_NAME
    lock.unlink()
    second_log = tmp_path / "second.log"
    second = start(root, second_log)
    daemons.append(second)
    assert wait_for(
        lambda: (
            second.poll() is not None
            or (second_log.exists() and "watching" in second_log.read_text())
        )
    )
    assert second.poll() == 2, "a second daemon runs on the vault"
    said = second.communicate()[0]
    assert f"already running for {root}" in said and f"pid {first.pid}" in said
    assert first.poll() is None
    assert lock.read_text().strip() == str(first.pid)  # written again, for the next one


class Clock:
    """A monotonic clock that moves only when the test moves it."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize("max_wait", [None, 2.5])
def test_a_rebuild_comes_within_the_max_wait_however_often_a_file_is_saved(
    make_vault: MakeVault, max_wait: float | None
) -> None:
    # A note saved every 50 ms kept the daemon from ever rebuilding: each save restarted the
    # wait for a quiet vault (394 saves in 20 s, no rebuild)
    config = {".vaultkit/config.toml": f"[watch]\nmax_wait_seconds = {max_wait}\n"}
    contact = "---\ntype: contact\ntier: key\nlast_contact: {}\n---\n"
    root = make_vault(
        {"People/Anna.md": contact.format("2026-10-01"), **(config if max_wait else {})}
    )
    clock = Clock()
    watcher = Watcher(root, date(2026, 11, 24), quiet=0.3, clock=clock)
    due = watcher.root / "vaultkit/Due contacts.md"
    observer = Observer()
    observer.schedule(watcher.changes, str(watcher.root), recursive=True)
    observer.start()
    try:
        with Session.open(watcher.root) as session:
            watcher.rebuild(session)
            first = due.read_text(encoding="utf-8")
            assert "2026-10-31" in first  # due 30 days after the last contact
            started = clock.now
            saves = 0
            while due.read_text(encoding="utf-8") == first:
                assert clock.now - started <= (max_wait or 10.0) + 0.1, "no rebuild yet"
                clock.now += 0.1  # a save every 100 ms: never a quiet 300 ms
                saves += 1
                last = date(2026, 10, 1) + timedelta(days=saves % 20 + 1)
                (watcher.root / "People/Anna.md").write_text(contact.format(last))
                assert wait_for(lambda: watcher.changes.last_change == clock.now), "unheard"
                watcher.turn(session)
            assert clock.now - started >= (max_wait or 10.0)  # not before: saves went on
            assert f"{last + timedelta(days=30)}" in due.read_text(encoding="utf-8")
    finally:
        observer.stop()
        observer.join(timeout=5)


@pytest.mark.slow
@pytest.mark.timeout(300)
@pytest.mark.parametrize("seed, record", [(7, "note"), (8, "log")])
def test_a_random_writer_under_the_daemon_loses_nothing(
    tmp_path: Path, seed: int, record: str
) -> None:
    # bench/soak_watch.py: saves, ticks, creates, renames, deletes and a storm of saves under
    # the real daemon, then every tick, note and generated note accounted for
    soak = subprocess.run(
        [
            *(sys.executable, "-m", "bench.soak_watch", "--seconds", "20"),
            *("--seed", str(seed), "--record", record, "--keep", str(tmp_path)),
        ],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
        timeout=280,
    )
    assert soak.returncode == 0, soak.stdout + soak.stderr
    assert " 0 mismatches" in soak.stdout


def test_a_stale_due_note_brings_back_no_tick_recorded_before_a_rename(
    make_vault: MakeVault,
) -> None:
    # Found while writing the soak: a copy of the due note from before a rename (a sync
    # bringing it back, an editor that had not reloaded it) holds a tick recorded since; its
    # link leads nowhere now, and the tick went to the Interaction log a second time
    root = make_vault({"People/Anna.md": ANNA})
    due = root / "vaultkit/Due contacts.md"
    run_cli("rebuild", root, "--today", "2026-11-24", check=True)
    tick(due, r"\[\[People/Anna")
    stale = due.read_text(encoding="utf-8")
    run_cli("rebuild", root, "--today", "2026-11-24", check=True)
    recorded = (root / "People/Anna.md").read_text(encoding="utf-8")
    assert recorded.count("^vk-ro-") == 1
    os.replace(root / "People/Anna.md", root / "People/Anna Petrova.md")
    due.write_text(stale, encoding="utf-8")
    run_cli("rebuild", root, "--today", "2026-11-24", check=True)
    assert (root / "People/Anna Petrova.md").read_text(encoding="utf-8") == recorded
    assert not (root / "vaultkit/Interaction log.md").exists()
    assert "- [x]" not in due.read_text(encoding="utf-8")
