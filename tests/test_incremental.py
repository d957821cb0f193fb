"""The daemon's incremental rebuilds (graph updated in place, facts and texts reused) must give
exactly what a fresh rebuild of the same vault gives, whatever the edits between them."""

from __future__ import annotations

import os
import random
import shutil
import time
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

import pytest
from watchdog.observers import Observer

from vaultkit.app import daemon, pipeline
from vaultkit.app.session import Session
from vaultkit.links.graph import VaultGraph
from vaultkit.store.scan import Scan, restat

SAMPLE = Path(__file__).resolve().parent.parent / "sample_vault"
TODAY = date(2026, 11, 24)
PROPERTIES = (
    "cadence: 2w",
    "cadence: quarterly",
    "tier: key",
    "status: paused",
    "type: contact",
    "type: meeting",
    "feedback_policy: none",
    "last_contact: 2026-11-22",
    "result: rejected",
    "date: 2026-11-21",
    "birthday: 1990-11-30",
)


def _notes(root: Path) -> list[Path]:
    return sorted(
        path
        for path in root.rglob("*.md")
        if ".vaultkit" not in path.parts and path.parts[len(root.parts)] != "vaultkit"
    )


def _edit(root: Path, rng: random.Random, step: int) -> str:
    """One random edit of the kind a user (or a sync) makes; says what it did."""
    notes = _notes(root)
    note = rng.choice(notes)
    people = [path for path in notes if path.parent.name in ("People", "Contacts", "Companies")]
    other = rng.choice(people if rng.random() < 0.8 else notes).stem
    text = note.read_text(encoding="utf-8")
    choice = rng.choice((0, 0, 0, 1, 2, 3, 3, 3, 4, 5, 6, 7, 8))
    if choice == 0:
        text += f"\n- 2026-11-{rng.randint(10, 24)} call with [[{other}]]\n"
    elif choice == 1:
        text += f"\nSee [[Nowhere {rng.randrange(3)}]] and [[{other}]].\n"
    elif choice == 2:
        text += "\n## Feedback\n- system design was weak, communication was clear\n"
    elif choice == 3 and text.startswith("---\n"):
        text = "---\n" + rng.choice(PROPERTIES) + "\n" + text[4:]
    elif choice == 4 and text.startswith("---\n"):
        text = f"---\naliases: [Alias {rng.randrange(3)}]\n" + text[4:]
    elif choice == 5:
        note.unlink()
        return f"deleted {note}"
    elif choice == 6:
        target = note.with_name(f"Renamed {step}.md")
        note.rename(target)
        return f"renamed {note} to {target}"
    elif choice == 7:
        new = root / "People" / f"New person {step}.md"
        new.write_text(f"---\ntype: contact\ncompany: '[[{other}]]'\n---\n# New\n")
        return f"created {new}"
    else:
        lines = text.split("\n")
        del lines[rng.randrange(len(lines))]
        text = "\n".join(lines)
    note.write_text(text, encoding="utf-8")
    stat = note.stat()
    os.utime(note, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000 * (step + 1)))
    return f"edited {note} ({choice})"


def _graph_facts(graph: VaultGraph) -> dict[str, object]:
    return {
        "nodes": sorted(graph.graph.nodes(data=True)),
        "edges": sorted(
            (u, v, k, sorted(d.items())) for u, v, k, d in graph.graph.edges(keys=True, data=True)
        ),
        "kinds": dict(graph.kinds),
        "targets": dict(graph.link_targets),
        "count": graph.link_count,
        "unresolved": graph.unresolved,
        "alias_links": graph.alias_links,
        "daily": dict(graph.daily_dates),
    }


@pytest.mark.parametrize("seed", [3, 7, 50])  # 7, 50: past bugs; few seeds keep the suite short
def test_incremental_rebuilds_equal_fresh_ones(tmp_path: Path, seed: int) -> None:
    _rebuild_and_compare(tmp_path, seed, _edit)


def _come_or_go(root: Path, rng: random.Random, step: int) -> str:
    """A note created, deleted or renamed where other notes' links name it: by its name (an
    unresolved link that now leads somewhere), by a name it shares with a note in another
    folder, or by an alias; or a link to such a name added, so that later steps have some."""
    notes = _notes(root)
    names = [f"Nowhere {rng.randrange(3)}", rng.choice(notes).stem, f"Alias {rng.randrange(3)}"]
    choice = rng.randrange(6)
    if choice == 0:
        note = rng.choice(notes)
        with note.open("a", encoding="utf-8") as text:
            text.write(f"\n- 2026-11-{rng.randint(10, 24)} call with [[{rng.choice(names)}]]\n")
        return f"linked {note}"
    if choice == 1:
        new = root / rng.choice(("Topics", "Archive", "People")) / f"{names[rng.randrange(2)]}.md"
        if new.exists():
            return "nothing"
        new.parent.mkdir(exist_ok=True)
        new.write_text(f"---\ntype: contact\n---\nSee [[{rng.choice(names)}]].\n", "utf-8")
        return f"created {new}"
    if choice == 2:
        new = root / "Topics" / f"Aliased {step}.md"
        new.write_text(f"---\naliases: [{names[2]}]\n---\n", "utf-8")
        return f"created {new}"
    note = rng.choice(notes)
    if choice == 3:
        note.unlink()
        return f"deleted {note}"
    target = note.with_name(f"{rng.choice(names[:2])}.md")
    if target.exists():
        return "nothing"
    note.rename(target)
    return f"renamed {note} to {target}"


@pytest.mark.parametrize("seed", [1, 3])  # two seeds: the suite keeps under two minutes
def test_notes_that_come_and_go_relink_the_notes_that_name_them(tmp_path: Path, seed: int) -> None:
    # the daemon re-links in place only the notes whose links name a note created or deleted
    _rebuild_and_compare(tmp_path, seed, _come_or_go)


def _plain_company(root: Path, rng: random.Random, step: int) -> str:
    """A company named in plain text (`company: Acme Plain`, `компания: Acme Plain`) by contacts
    and an interview, whose note comes, is renamed away and back, and goes."""
    named = sorted((root / "Companies").glob("*Acme Plain.md"))  # a Zettelkasten id or none
    company = named[0] if named else root / "Companies" / rng.choice(_ACME_NAMES)
    elsewhere = company.with_name("Acme Elsewhere.md")
    action = step % 5
    if action == 0:
        key = rng.choice(("company", "компания", "org"))
        new = root / "People" / f"Plain {step}.md"
        new.write_text(f"---\ntype: contact\n{key}: Acme Plain\n---\n- 2026-11-20 call\n", "utf-8")
        interview = root / "Interviews" / f"2026-11-2{step % 3} Acme screen {step}.md"
        interview.write_text("---\ntype: interview\ncompany: Acme Plain\n---\nWent fine.\n")
        return f"created {new} and {interview}"
    if action == 1 and not company.exists():
        company.write_text("---\ntype: company\n---\n# Acme Plain\n", "utf-8")
        return f"created {company}"
    if action == 2 and company.exists():
        company.rename(elsewhere)
        return f"renamed {company} away"
    if action == 3 and elsewhere.exists():
        company = company.with_name(rng.choice(_ACME_NAMES))
        elsewhere.rename(company)
        return f"renamed {company} back"
    if action == 4 and company.exists():
        company.unlink()
        return f"deleted {company}"
    return "nothing"


_ACME_NAMES = ("Acme Plain.md", "202611301200 Acme Plain.md")


@pytest.mark.parametrize("seed", [5, 6])
def test_a_company_named_in_plain_text_is_linked_as_a_fresh_rebuild_links_it(
    tmp_path: Path, seed: int
) -> None:
    # `company: Acme Plain` leads to the company's note while one of that name exists (or of
    # that name after a Zettelkasten id), and to nothing (no broken link) when none does: the
    # daemon's in-place graph agrees each time
    _rebuild_and_compare(tmp_path, seed, _plain_company)


def _rebuild_and_compare(
    tmp_path: Path, seed: int, edit: Callable[[Path, random.Random, int], str]
) -> None:
    root = tmp_path / "vault"
    shutil.copytree(SAMPLE, root, ignore=shutil.ignore_patterns(".vaultkit", "vaultkit"))
    fresh_root = tmp_path / "fresh"
    rng = random.Random(seed)
    with Session.open(root) as session:
        previous = pipeline.rebuild(session, TODAY).build
        updated_in_place = 0
        for step in range(15):
            what = edit(root, rng, step)
            previous = pipeline.rebuild(session, TODAY).build
            updated_in_place += previous.graph.touched is not None
            shutil.rmtree(fresh_root, ignore_errors=True)
            shutil.copytree(root, fresh_root, ignore=shutil.ignore_patterns(".vaultkit"))
            fresh = pipeline.rebuild(Session(fresh_root, use_cache=False), TODAY)
            assert _graph_facts(previous.graph) == _graph_facts(fresh.build.graph), what
            for path in (write.path for write in fresh.writes):
                assert _text(root, path) == _text(fresh_root, path), (what, path)
    assert updated_in_place >= 5  # the edits mostly took the daemon's in-place path


@pytest.mark.parametrize("seed", [11])  # one seed: the suite keeps under two minutes
def test_the_daemons_rebuilds_after_real_events_equal_fresh_ones(
    tmp_path: Path, seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The daemon walks the vault again only when something other than a save in place
    # happened (watchdog's events say which); otherwise it reads again the size and time of
    # the files saved. Whatever the edits, its notes must be those of a fresh rebuild.
    root = tmp_path / "vault"
    shutil.copytree(SAMPLE, root, ignore=shutil.ignore_patterns(".vaultkit", "vaultkit"))
    fresh_root = tmp_path / "fresh"
    rng = random.Random(seed)
    restats: list[bool] = []

    def counted(previous: Scan, at: Path, saved: Iterable[str]) -> Scan | None:
        found = restat(previous, at, saved)
        restats.append(found is not None)
        return found

    monkeypatch.setattr(daemon, "restat", counted)
    watcher = daemon.Watcher(root, TODAY, quiet=0.2)
    observer = Observer()
    observer.schedule(watcher.changes, str(watcher.root), recursive=True)
    observer.start()
    try:
        with Session.open(watcher.root) as session:
            watcher.rebuild(session)
            done = []
            for step in range(12):
                what = _edit(root, rng, step)
                done.append(what)
                _settle(watcher, session)
                shutil.rmtree(fresh_root, ignore_errors=True)
                shutil.copytree(root, fresh_root, ignore=shutil.ignore_patterns(".vaultkit"))
                fresh = pipeline.rebuild(Session(fresh_root, use_cache=False), TODAY)
                for path in (write.path for write in fresh.writes):
                    assert _text(root, path) == _text(fresh_root, path), (what, path)
    finally:
        observer.stop()
        observer.join(timeout=5)
    assert any(restats)  # saves read without a walk, and files that came, went or moved
    assert any(what.startswith(("deleted", "renamed", "created")) for what in done)  # with one


def _settle(watcher: daemon.Watcher, session: Session) -> None:
    """Rebuild as the daemon's loop does: once the edit's events have come and gone quiet,
    and again while more come."""
    deadline = time.monotonic() + 30
    while not watcher.changes.pending.is_set():
        assert time.monotonic() < deadline, "no event came"
        time.sleep(0.01)
    while watcher.changes.pending.is_set():
        time.sleep(watcher.quiet)
        if time.monotonic() - watcher.changes.last_change < watcher.quiet:
            continue
        watcher.changes.pending.clear()
        watcher.rebuild(session)


def _text(root: Path, path: str) -> str:
    """The text of the generated note at vault path `path`."""
    return (root / path).read_text(encoding="utf-8")
