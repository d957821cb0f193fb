"""Shared helpers: temporary vaults made of real files, and running the real CLI."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from vaultkit.app import pipeline
from vaultkit.app.build import Build
from vaultkit.cli.main import cli
from vaultkit.notes import registry

REPO = Path(__file__).resolve().parent.parent
SAMPLE_VAULT = REPO / "sample_vault"

MakeVault = Callable[[dict[str, str | bytes]], Path]


@pytest.fixture
def make_vault(tmp_path: Path) -> MakeVault:
    """Write {relative path: text or bytes} into a fresh vault folder and return it."""

    def make(files: dict[str, str | bytes]) -> Path:
        root = tmp_path / "vault"
        (root / ".obsidian").mkdir(parents=True, exist_ok=True)  # opened in Obsidian once
        for relative, content in files.items():
            path = root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return root

    return make


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    """A private copy of sample_vault/ without any cache or generated notes."""
    target = tmp_path / "sample_vault"
    shutil.copytree(SAMPLE_VAULT, target, ignore=shutil.ignore_patterns(".vaultkit", "vaultkit"))
    return target


@dataclass(frozen=True)
class Ran:
    """What a command printed and its exit code, as a process would show them."""

    returncode: int
    stdout: str
    stderr: str


LONGEST_FIRST = (
    "test_incremental.py",
    "test_watch.py",
    "test_hostile_input.py",
    "test_classifier.py",
    "test_cli.py",
    "test_daemon_lives.py",
)
"""The files that take longest, run first: the two workers take a file at a time in the
collected order, and a long file left to the end keeps one of them busy while the other waits."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run LONGEST_FIRST's files first, in its order; every worker collects the same order."""
    rank = {name: index for index, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))


def run_cli(
    *args: str | Path,
    check: bool = False,
    env: dict[str, str | None] | None = None,
    stdin: str | None = None,
) -> Ran:
    """Run `vaultkit ARGS` in this process, as click's test runner runs a command: the same
    group, error handler and exit codes as the installed command, without starting Python."""
    result = CliRunner().invoke(
        cli, [str(arg) for arg in args], input=stdin, env=env, catch_exceptions=False
    )
    ran = Ran(result.exit_code, result.stdout, result.stderr)
    if check and ran.returncode:
        raise AssertionError(f"vaultkit {args} exited {ran.returncode}: {ran.stderr}")
    return ran


def tick(note: Path, pattern: str, done_on: str = "2026-11-24") -> None:
    """Tick the task whose line matches `pattern`, as the Tasks plugin does."""
    text = note.read_text(encoding="utf-8")
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if line.startswith("- [ ]") and re.search(pattern, line):
            body, block = line.rsplit(" ^", 1)
            lines[index] = body.replace("- [ ]", "- [x]", 1) + f" ✅ {done_on} ^{block}"
            break
    else:
        raise AssertionError(f"no open task matches {pattern}")
    note.write_text("\n".join(lines), encoding="utf-8")


def section_of(note_text: str, name: str) -> str:
    """The heading of the due note's section that lists contact `name`."""
    return note_text.split(f"[[People/{name}|{name}]]")[0].rsplit("## ", 1)[-1].split("\n")[0]


def build_stranger_vault(tmp_path_factory: pytest.TempPathFactory, name: str) -> Build:
    """A fresh build of a copy of tests/vaults/<name> (never of the kept vault itself, which a
    build would give a .vaultkit folder)."""
    root = tmp_path_factory.mktemp(name) / "vault"
    shutil.copytree(REPO / "tests" / "vaults" / name, root)
    return pipeline.build(root, use_cache=False)


def promises_owed(
    make_vault: MakeVault, contacts: tuple[str, ...], notes: dict[str, str], today: date
) -> set[tuple[str, date]]:
    """Who is owed a promise in a vault of `contacts` (each a note in People/) and `notes`, and
    by when, as Due contacts lists them on `today`."""
    people = {f"People/{name}.md": "---\ntype: contact\n---\n" for name in contacts}
    facts = pipeline.build(make_vault({**people, **notes}), use_cache=False).facts(today)
    return {
        (item.contact.name, item.due_on)
        for item in registry.due_report(facts).items
        if item.kind == "promise" and item.contact
    }


def due_kinds_and_names(built: Build, today: date) -> list[tuple[str, str]]:
    """Each due item's kind with its contact's name (or its interview's title), sorted."""
    return sorted(
        (item.kind, item.contact.name if item.contact else item.interview.title)  # type: ignore[union-attr]
        for item in registry.due_report(built.facts(today)).items
    )


def due_in_kept_case(case: Path, tmp_path: Path, today: date) -> set[tuple[str, str, date]]:
    """What Due contacts lists in a copy of a small kept vault (an attacker's case): each item's
    kind, its contact's name (or its interview's path) and its day."""
    shutil.copytree(case, tmp_path / "vault")
    (tmp_path / "vault" / ".obsidian").mkdir(exist_ok=True)  # git keeps no empty folder
    built = pipeline.build(tmp_path / "vault", use_cache=False)
    return {
        (
            item.kind,
            item.contact.name if item.contact else item.interview.path,  # type: ignore[union-attr]
            item.due_on,
        )
        for item in registry.due_report(built.facts(today)).items
    }


def feedback_of_case(tmp_path: Path, case: Path, today: date) -> set[tuple[str, str]]:
    """The feedback read in a copy of an attacker's kept case vault, as (polarity, the text's
    first 40 characters)."""
    shutil.copytree(case, tmp_path / "vault")
    (tmp_path / "vault" / ".obsidian").mkdir(exist_ok=True)  # git keeps no empty folder
    items = pipeline.build(tmp_path / "vault", use_cache=False).facts(today).feedback()
    return {(item.polarity, item.text[:40]) for item in items}


def cases_held_or_named(kept: Path, held: Iterable[str], known_wrong: Iterable[str]) -> bool:
    """Whether every case folder in `kept` is held or named known wrong, and none is both."""
    held, known_wrong = set(held), set(known_wrong)
    cases = {path.name for path in kept.iterdir() if path.is_dir()}
    return cases == held | known_wrong and not held & known_wrong
