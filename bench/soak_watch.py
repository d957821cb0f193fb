"""Soak test of the daemon: a writer works on a vault under `vaultkit watch`, then every change
is accounted for.

Starts the real daemon (a subprocess) on a fresh vault of contact notes and filler notes (enough
for the first parse to use worker processes), then for --seconds a seeded random writer saves
contact notes (in place as Obsidian does, or by a temp file moved into place as sync tools
do), ticks tasks in the generated "Due contacts" note (`- [ ]` becomes `- [x]`), creates,
renames and deletes contact notes, and once saves one note every 50 ms for three times the
daemon's max wait. Then it lets the daemon settle, stops it, and checks:

- every tick is recorded exactly once (its block id on one dated line, in a note or in the
  Interaction log);
- every user note equals its last save plus the lines recorded in it since, and no note came
  or went that the writer did not make or remove;
- the generated notes equal those of a fresh `vaultkit rebuild` of a copy of the vault;
- at least two rebuilds came during the storm of saves.

Prints the figures and exits 1 on any mismatch.

    python -m bench.soak_watch [--seconds 60] [--seed 1] [--record note|log] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

TODAY = "2026-11-24"
DUE = "vaultkit/Due contacts.md"
LOG_NOTE = "vaultkit/Interaction log.md"
QUIET = 0.3
MAX_WAIT = 3.0
"""The daemon's max wait in this soak ([watch] max_wait_seconds): short, so a storm of saves
longer than it fits in a short run."""
_BLOCK = re.compile(r"\^(vk-[a-z]{2}-[0-9a-f]{10})")
_CONTACT_LINK = re.compile(r"\[\[(People/[^|\]]+)")


def contact_text(name: str, revision: int, rng: random.Random) -> str:
    """A key contact last met long ago, with a log section for recorded ticks."""
    met = f"2026-{rng.randint(1, 9):02d}-{rng.randint(1, 28):02d}"
    return (
        f"---\ntype: contact\ntier: key\nlast_contact: {met}\n---\n# {name}\n\n"
        f"Notes, revision {revision}.\n\n## Log\n- {met} call\n"
    )


@dataclass
class Writer:
    """The writer's side: what it saved last in each user note and what it ticked."""

    root: Path
    rng: random.Random
    saved: dict[str, str] = field(default_factory=dict)
    """Vault path of each user note -> its text as last saved (by the writer, or with the
    ticks recorded in it that the writer had waited for)."""
    ticked: dict[str, str] = field(default_factory=dict)
    """Block id -> the contact path its line linked to."""
    pending: set[str] = field(default_factory=set)
    """Ticked block ids not yet seen recorded."""
    moved: dict[str, str] = field(default_factory=dict)
    """Old path -> new path of each renamed note."""
    counts: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    made: int = 0

    def write(self, path: str, text: str) -> None:
        """Save in place (as Obsidian does) or by a temp file moved into place (a sync tool)."""
        target = self.root / path
        if self.rng.random() < 0.7:
            target.write_text(text, encoding="utf-8")
            return
        temporary = target.with_name(f".syncthing.{target.name}.tmp")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, target)

    def contacts(self) -> list[str]:
        return sorted(path for path in self.saved if path.startswith("People/"))

    def create(self) -> None:
        self.made += 1
        path = f"People/Person {self.made}.md"
        self.saved[path] = contact_text(f"Person {self.made}", 0, self.rng)
        self.write(path, self.saved[path])
        self.counts["creates"] += 1

    def busy(self, path: str) -> bool:
        """True while a tick on the contact at `path` may still be recorded in it."""
        return any(self.current(self.ticked[key]) == path for key in self.pending)

    def current(self, path: str) -> str:
        while path in self.moved:
            path = self.moved[path]
        return path

    def save(self, path: str | None = None) -> None:
        """Save a contact note again, as an editor holding its current text does; never while
        vaultkit may be writing a tick into it (an editor would lose that line too)."""
        choices = [path] if path else [p for p in self.contacts() if not self.busy(p)]
        if not choices:
            return
        path = self.rng.choice(choices)
        text = (self.root / path).read_text(encoding="utf-8")
        revision = int(re.search(r"revision (\d+)", text)[1]) + 1  # type: ignore[index]
        self.saved[path] = re.sub(r"revision \d+", f"revision {revision}", text)
        self.write(path, self.saved[path])
        self.counts["saves"] += 1

    def tick(self) -> None:
        """Tick an open task of the due note, as the Tasks plugin's checkbox does; one time in
        five from a view of the note read a moment before (an editor that has not reloaded it
        yet), which may undo the daemon's rewrite in between."""
        try:
            text = (self.root / DUE).read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        if self.rng.random() < 0.2:
            time.sleep(self.rng.uniform(0.1, 0.6))
            self.counts["stale ticks"] += 1
        lines = text.split("\n")
        open_tasks = [
            number
            for number, line in enumerate(lines)
            if line.startswith("- [ ] ")
            and (block := _BLOCK.search(line))
            and block[1] not in self.ticked
        ]
        if not open_tasks:
            return
        number = self.rng.choice(open_tasks)
        key = _BLOCK.search(lines[number])[1]  # type: ignore[index]
        link = _CONTACT_LINK.search(lines[number])
        lines[number] = lines[number].replace("- [ ]", "- [x]", 1)
        self.ticked[key] = f"{link[1]}.md" if link else ""
        self.pending.add(key)
        self.write(DUE, "\n".join(lines))
        self.counts["ticks"] += 1

    def rename(self) -> None:
        path = self.rng.choice(self.contacts())
        self.made += 1
        new = f"People/Renamed {self.made}.md"
        os.rename(self.root / path, self.root / new)
        self.saved[new] = self.saved.pop(path)
        self.moved[path] = new
        self.counts["renames"] += 1

    def delete(self) -> None:
        """Delete a contact note never ticked (deleting a note deletes its recorded lines)."""
        ticked = {self.current(path) for path in self.ticked.values()}
        choices = [path for path in self.contacts() if path not in ticked]
        if len(choices) < 5:
            return
        path = self.rng.choice(choices)
        (self.root / path).unlink()
        del self.saved[path]
        self.counts["deletes"] += 1

    def settle_ticks(self) -> None:
        """Take the ticks recorded since into the notes' last saves."""
        for key in sorted(self.pending):
            path = self.current(self.ticked[key])
            for place in (path, LOG_NOTE):
                try:
                    text = (self.root / place).read_text(encoding="utf-8")
                except (FileNotFoundError, IsADirectoryError):
                    continue
                if f"^{key}" in text:
                    self.pending.discard(key)
                    if place in self.saved:
                        if not is_save_plus_ticks(self.saved[place], text):
                            self.problems.append(f"{place}: changed by more than a tick")
                        self.saved[place] = text
                    break


def is_save_plus_ticks(saved: str, text: str) -> bool:
    """True when `text` is `saved` with lines recording ticks added and nothing else changed."""
    before = saved.split("\n")
    after = text.split("\n")
    added = [line for line in after if line not in before]
    kept = [line for line in after if line in before]
    return kept == before and all(_BLOCK.search(line) for line in added)


def make_vault(root: Path, writer: Writer, contacts: int, fillers: int, record: str) -> None:
    (root / ".obsidian").mkdir(parents=True)
    (root / ".vaultkit").mkdir()
    (root / ".vaultkit/config.toml").write_text(
        f'[due]\nrecord_ticks_in = "{record}"\n\n[watch]\nmax_wait_seconds = {MAX_WAIT}\n',
        encoding="utf-8",
    )
    (root / "People").mkdir()
    (root / "Topics").mkdir()
    for _ in range(contacts):
        writer.create()
    for number in range(fillers):
        path = f"Topics/Topic {number}.md"
        text = f"# Topic {number}\n\nAbout [[Person {number % contacts + 1}]] and more.\n"
        (root / path).write_text(text, encoding="utf-8")
        writer.saved[path] = text
    writer.counts.clear()


def _wait(check, timeout: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return False


def rebuilds(log: Path) -> int:
    return log.read_text(encoding="utf-8", errors="replace").count(" rebuilt in ")


def work(writer: Writer, seconds: float, log: Path) -> int:
    """Write at random for `seconds`, with one storm of saves; the rebuilds during the storm."""
    deadline = time.monotonic() + seconds
    storm_at = time.monotonic() + writer.rng.uniform(0.2, 0.6) * seconds
    storm_rebuilds = -1
    actions = (writer.save, writer.tick, writer.create, writer.rename, writer.delete)
    while time.monotonic() < deadline:
        if storm_rebuilds < 0 and time.monotonic() >= storm_at:
            storm_rebuilds = storm(writer, log)
            continue
        writer.settle_ticks()
        writer.rng.choices(actions, weights=(45, 25, 8, 12, 10))[0]()
        pause = writer.rng.random()
        if pause < 0.7:
            time.sleep(writer.rng.uniform(0.005, 0.06))
        elif pause < 0.95:
            time.sleep(writer.rng.uniform(0.1, 0.5))
        else:
            time.sleep(writer.rng.uniform(1.0, 2.0))
    return storm_rebuilds


STORM = 3 * MAX_WAIT + 0.5
"""Seconds of the storm of saves: three max waits, so at least two rebuilds must come in it
(a rebuild running as it starts may be a third)."""


def storm(writer: Writer, log: Path) -> int:
    """Save one note every 50 ms for STORM seconds; the rebuilds that came meanwhile."""
    writer.settle_ticks()
    path = next((p for p in writer.contacts() if not writer.busy(p)), None)
    if path is None:
        return 0
    before = rebuilds(log)
    ends = time.monotonic() + STORM
    while time.monotonic() < ends:
        writer.save(path)
        writer.counts["storm saves"] += 1
        time.sleep(0.05)
    return rebuilds(log) - before


def settle(writer: Writer, log: Path) -> None:
    """Wait for every tick to be recorded and the daemon to rebuild after the last change and
    then stay idle."""
    _wait(lambda: (writer.settle_ticks(), not writer.pending)[1], 60)
    seen = rebuilds(log)
    _wait(lambda: rebuilds(log) > seen, 30)
    while True:
        seen = rebuilds(log)
        time.sleep(QUIET + 2.0)
        if rebuilds(log) == seen:
            return


def check(writer: Writer, root: Path, problems: list[str]) -> Counter[str]:
    """Ticks recorded once; user notes as last saved plus their recorded lines."""
    places: Counter[str] = Counter()
    notes = {
        path.relative_to(root).as_posix(): path.read_text(encoding="utf-8")
        for path in root.rglob("*.md")
        if not any(part.startswith(".") for part in path.relative_to(root).parts)
    }
    for key, linked in sorted(writer.ticked.items()):
        where = [path for path, text in notes.items() if path != DUE and f"^{key}" in text]
        found = sum(notes[path].count(f"^{key}") for path in where)
        if found != 1:
            problems.append(f"tick {key} on {linked} is recorded {found} times: {where}")
        places["in the log" if where == [LOG_NOTE] else "in a note"] += found == 1
    users = {path for path in notes if not path.startswith("vaultkit/")}
    for path in sorted(users ^ writer.saved.keys()):
        problems.append(f"{path}: {'unexpected' if path in users else 'missing'}")
    for path in sorted(users & writer.saved.keys()):
        if not is_save_plus_ticks(writer.saved[path], notes[path]):
            problems.append(f"{path}: not its last save plus recorded lines")
    return places


def compare_with_rebuild(root: Path, problems: list[str]) -> None:
    """The generated notes against a fresh `vaultkit rebuild` of a copy of the vault."""
    copy = root.parent / "fresh"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(root, copy)
    shutil.rmtree(copy / ".vaultkit" / "backups", ignore_errors=True)
    for cache in (copy / ".vaultkit").glob("index.sqlite*"):
        cache.unlink()
    subprocess.run(
        [sys.executable, "-m", "vaultkit", "rebuild", str(copy), "--today", TODAY],
        check=True,
        capture_output=True,
    )
    daemon, fresh = _files(root / "vaultkit"), _files(copy / "vaultkit")
    for name in sorted(daemon.keys() | fresh.keys()):
        if daemon.get(name) != fresh.get(name):
            problems.append(f"vaultkit/{name}: not as a fresh rebuild writes it")


def _files(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in folder.rglob("*")
        if path.is_file()
    }


def main() -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--contacts", type=int, default=60)
    parser.add_argument("--fillers", type=int, default=400)
    parser.add_argument("--record", choices=("note", "log"), default="note")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="vaultkit-soak-"))
    root = base / "vault"
    shutil.rmtree(root, ignore_errors=True)
    writer = Writer(root, random.Random(args.seed))
    make_vault(root, writer, args.contacts, args.fillers, args.record)
    log = base / "watch.log"
    log.unlink(missing_ok=True)
    daemon = subprocess.Popen(
        [
            *(sys.executable, "-m", "vaultkit", "watch", str(root), "--today", TODAY),
            *("--quiet", str(QUIET), "--log-file", str(log)),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    problems: list[str] = []
    try:
        if not _wait(lambda: log.exists() and "watching" in log.read_text(), 120):
            raise SystemExit("the daemon did not start")
        storm_rebuilds = work(writer, args.seconds, log)
        settle(writer, log)
    finally:
        daemon.send_signal(signal.SIGTERM)
        code = daemon.wait(timeout=60)
    if code != 0:
        problems.append(f"the daemon exited with {code}")
    if storm_rebuilds < 2:
        problems.append(f"{storm_rebuilds} rebuilds in {STORM:.1f} s of saves every 50 ms")
    problems += writer.problems
    places = check(writer, root, problems)
    compare_with_rebuild(root, problems)
    errors = [line for line in log.read_text().splitlines() if " ERROR " in line]
    problems += [f"daemon log: {line}" for line in errors]
    counts = writer.counts
    print(
        f"seed {args.seed}, {args.seconds:.0f} s, ticks recorded in the {args.record}: "
        f"{counts['saves'] - counts['storm saves']} saves, {counts['storm saves']} storm saves "
        f"({storm_rebuilds} rebuilds during the storm), {counts['ticks']} ticks "
        f"({counts['stale ticks']} from a stale view; {places['in a note']} recorded in a "
        f"note, {places['in the log']} in the log), "
        f"{counts['creates']} creates, {counts['renames']} renames, {counts['deletes']} "
        f"deletes, {rebuilds(log)} rebuilds, {len(problems)} mismatches"
    )
    for problem in problems:
        print(f"  {problem}")
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
