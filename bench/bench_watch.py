"""Save-to-note latency and memory of the daemon on a synthetic vault.

Starts `vaultkit watch` on the vault, then saves one contact note 50 times, each time moving its
last contact so the "Due contacts" note must change, and times each save until the note is
rewritten; then creates a new contact note and deletes it again, 10 times, timing each the same
way. Prints median and p95, raw and after the quiet period, and the daemon's peak RSS.

    python -m bench.bench_watch [--notes 10000] [--saves 50]
"""

from __future__ import annotations

import argparse
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from bench.bench_rebuild import VAULTS
from bench.generate import ensure

QUIET = 0.3


def _wait(check, timeout: float = 60.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.002)
    return False


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notes", type=int, default=10000)
    parser.add_argument("--saves", type=int, default=50)
    parser.add_argument("--creates", type=int, default=10, help="contact notes created, deleted")
    args = parser.parse_args()
    root = VAULTS / str(args.notes)
    ensure(root, args.notes)
    for generated in (root / ".vaultkit", root / "vaultkit"):
        shutil.rmtree(generated, ignore_errors=True)
    log = root.parent / f"watch-{args.notes}.log"
    log.unlink(missing_ok=True)
    daemon = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "vaultkit",
            "watch",
            str(root),
            "--today",
            "2026-11-24",
            "--quiet",
            str(QUIET),
            "--log-file",
            str(log),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert _wait(lambda: log.exists() and "watching" in log.read_text(), 600)
        due = root / "vaultkit" / "Due contacts.md"
        contact = sorted((root / "People").glob("*.md"))[0]
        original = contact.read_text(encoding="utf-8")
        time.sleep(2 * QUIET)
        latencies = []
        for save in range(args.saves):
            day = date(2026, 11, 24) - timedelta(days=save % 25)
            text = re.sub(
                r"^cadence: .*$",
                f"cadence: 30\nlast_contact: {day}",
                original,
                count=1,
                flags=re.MULTILINE,
            )
            assert text != original, "the synthetic contact has no cadence line"
            before = due.stat().st_mtime_ns
            started = time.monotonic()
            contact.write_text(text + f"\n<!-- save {save} -->\n", encoding="utf-8")
            if not _wait(lambda before=before: due.stat().st_mtime_ns != before, 30):
                print(f"save {save}: the due note was not rewritten")
                continue
            latencies.append(time.monotonic() - started)
            time.sleep(QUIET)
        contact.write_text(original, encoding="utf-8")
        time.sleep(2 * QUIET)
        came_went = _come_and_go(root, due, args.creates)
        peak = re.search(r"VmHWM:\s+(\d+) kB", Path(f"/proc/{daemon.pid}/status").read_text())
    finally:
        daemon.send_signal(signal.SIGTERM)
        daemon.wait(timeout=30)
    latencies.sort()
    p95 = latencies[max(0, round(0.95 * len(latencies)) - 1)]
    median = statistics.median(latencies)
    print(f"{args.notes} notes, {len(latencies)} saves, quiet period {QUIET * 1000:.0f} ms")
    print(f"save -> note: median {median * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms")
    print(
        f"after the quiet period: median {(median - QUIET) * 1000:.0f} ms, "
        f"p95 {(p95 - QUIET) * 1000:.0f} ms"
    )
    for what, times in zip(("created", "deleted"), came_went, strict=True):
        if times:
            times.sort()
            print(
                f"a contact note {what} -> due note: median {statistics.median(times) * 1000:.0f}"
                f" ms, p95 {times[max(0, round(0.95 * len(times)) - 1)] * 1000:.0f} ms"
                f" ({len(times)} times, the quiet period included)"
            )
    if peak:
        print(f"daemon peak memory: {int(peak.group(1)) / 1024:.0f} MB")


def _come_and_go(root: Path, due: Path, times: int) -> tuple[list[float], list[float]]:
    """Seconds from creating a new key contact note (a first touch, due today) to the due note
    rewritten, and from deleting it again: a note that comes or goes re-links the notes that
    name it, not the whole graph."""
    created: list[float] = []
    deleted: list[float] = []
    for number in range(times):
        note = root / "People" / f"Bench newcomer {number}.md"
        for change, found in ((True, created), (False, deleted)):
            before = due.stat().st_mtime_ns
            started = time.monotonic()
            if change:
                note.write_text("---\ntype: contact\ntier: key\n---\n# New\n", encoding="utf-8")
            else:
                note.unlink()
            if _wait(lambda before=before: due.stat().st_mtime_ns != before, 30):
                found.append(time.monotonic() - started)
            time.sleep(2 * QUIET)
    return created, deleted


if __name__ == "__main__":
    main()
