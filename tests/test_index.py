"""The SQLite cache: warm rebuilds re-read only what changed; a broken cache is rebuilt."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from conftest import MakeVault

from vaultkit.app import pipeline
from vaultkit.parse import note_parser
from vaultkit.store import codec, index

FILES: dict[str, str | bytes] = {
    "People/Anna.md": "---\ntype: contact\n---\n[[Acme]]",
    "Companies/Acme.md": "---\ntype: company\n---\n",
    "Daily/2026-11-01.md": "- call with [[Anna]]",
}


def test_warm_build_parses_nothing(make_vault: MakeVault) -> None:
    root = make_vault(FILES)
    assert pipeline.build(root).parsed == 3
    warm = pipeline.build(root)
    assert warm.parsed == 0
    assert len(warm.graph.notes) == 3
    assert warm.graph.link_count == 2


def test_changed_new_and_deleted_files(make_vault: MakeVault) -> None:
    root = make_vault(FILES)
    pipeline.build(root)
    anna = root / "People/Anna.md"
    anna.write_text("---\ntype: contact\n---\n[[Acme]] [[Bob]]", encoding="utf-8")
    os.utime(anna, ns=(anna.stat().st_atime_ns, anna.stat().st_mtime_ns + 1_000_000))
    (root / "People/Bob.md").write_text("---\ntype: contact\n---\n", encoding="utf-8")
    (root / "Daily/2026-11-01.md").unlink()
    warm = pipeline.build(root)
    assert warm.parsed == 2
    assert sorted(warm.graph.notes) == ["Companies/Acme.md", "People/Anna.md", "People/Bob.md"]
    assert warm.graph.link_count == 2


def test_corrupt_cache_is_rebuilt_with_a_warning(make_vault: MakeVault) -> None:
    root = make_vault(FILES)
    pipeline.build(root)
    cache = root / ".vaultkit" / "index.sqlite"
    for extra in Path(root / ".vaultkit").glob("index.sqlite-*"):
        extra.unlink()
    cache.write_bytes(b"this is not a database" * 100)
    built = pipeline.build(root)
    assert built.parsed == 3
    assert any("cache was unusable" in d.message for d in built.diagnostics)
    assert pipeline.build(root).parsed == 0  # and the new cache works


def test_a_cache_that_cannot_be_written_is_done_without(make_vault: MakeVault) -> None:
    # a folder where the cache file goes stands in for a read-only vault (root may write
    # anywhere, so file modes cannot make one here): the vault is still read, with a warning
    root = make_vault(FILES)
    (root / ".vaultkit" / "index.sqlite").mkdir(parents=True)
    built = pipeline.build(root)
    assert built.parsed == 3 and len(built.graph.notes) == 3
    [warning] = [d for d in built.diagnostics if "cache" in d.message]
    assert warning.severity == "warning" and warning.path == ".vaultkit/index.sqlite"
    assert warning.message.startswith("the cache cannot be written (")
    assert warning.message.endswith("); the notes were read without it")


def test_old_version_cache_is_rebuilt_with_a_warning(make_vault: MakeVault) -> None:
    root = make_vault(FILES)
    pipeline.build(root)
    with sqlite3.connect(root / ".vaultkit" / "index.sqlite") as db:
        db.execute("UPDATE meta SET value = '0.0' WHERE key = 'schema'")
    db.close()
    built = pipeline.build(root)
    assert built.parsed == 3
    assert any("another vaultkit version" in d.message for d in built.diagnostics)


def test_parallel_parse_hands_on_every_note_once_as_this_process_reads_it(
    make_vault: MakeVault,
) -> None:
    files: dict[str, str | bytes] = {
        f"Notes/{number:04d}.md": (
            f"---\ntags: [t{number % 7}]\n---\n# Note {number}\n"
            f"- 2026-10-{number % 28 + 1:02d} call [[{number + 1:04d}]] #x{number % 3}\n"
            + ("```\n[[not a link]]\n```\n" if number % 5 == 0 else "")
        )
        for number in range(index.PARALLEL_FROM + 150)
    }
    root = make_vault(files)
    paths = [*sorted(files), "Notes/gone.md"]
    outcomes = [outcome for batch in index.parse_files(root, paths) for outcome in batch]
    assert sorted(path for path, _, _ in outcomes) == sorted(paths)
    for path, parsed, note in outcomes:
        if path == "Notes/gone.md":
            assert isinstance(parsed, index.ParseFailure)
            continue
        assert isinstance(parsed, str)
        expected = note_parser.load((root / path).read_bytes(), path)
        assert codec.loads(parsed) == expected
        assert note is None or note == expected


def test_a_cache_another_vaultkit_holds_is_not_deleted(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_vault(FILES)
    pipeline.build(root)
    cache = root / ".vaultkit" / "index.sqlite"
    with sqlite3.connect(cache) as db:
        db.execute("UPDATE meta SET value = '0.0' WHERE key = 'schema'")  # must be reset
    db.close()
    inode = cache.stat().st_ino
    holder = sqlite3.connect(cache, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another vaultkit, mid-write
    monkeypatch.setattr(index, "BUSY_TIMEOUT", 0.2)
    try:
        built = pipeline.build(root)
        assert built.parsed == 3
        assert any("cache is locked by another process" in d.message for d in built.diagnostics)
        assert cache.stat().st_ino == inode  # the file another vaultkit holds is left alone
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert pipeline.build(root).parsed == 3  # once free, the outdated cache is reset


def test_notes_are_read_while_another_vaultkit_writes_the_cache(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_vault(FILES)
    pipeline.build(root)
    note = next(root.glob("**/*.md"))
    note.write_text(note.read_text(encoding="utf-8") + "\nmore\n", encoding="utf-8")
    holder = sqlite3.connect(root / ".vaultkit" / "index.sqlite", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another vaultkit, mid-write
    monkeypatch.setattr(index, "BUSY_TIMEOUT", 0.2)
    try:
        built = pipeline.build(root)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert built.parsed == 1 and len(built.graph.notes) == 3
    assert any("cache is locked by another process" in d.message for d in built.diagnostics)
    again = pipeline.build(root)  # the cache is free: the change is stored this time
    assert again.parsed == 1 and not any("locked" in d.message for d in again.diagnostics)
    assert pipeline.build(root).parsed == 0
