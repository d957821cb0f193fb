"""The SQLite cache: warm rebuilds re-read only what changed; a broken cache is rebuilt."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from conftest import MakeVault

from vaultkit import pipeline

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


def test_old_version_cache_is_rebuilt_with_a_warning(make_vault: MakeVault) -> None:
    root = make_vault(FILES)
    pipeline.build(root)
    with sqlite3.connect(root / ".vaultkit" / "index.sqlite") as db:
        db.execute("UPDATE meta SET value = '0.0' WHERE key = 'schema'")
    db.close()
    built = pipeline.build(root)
    assert built.parsed == 3
    assert any("another vaultkit version" in d.message for d in built.diagnostics)
