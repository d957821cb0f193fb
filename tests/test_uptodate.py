"""The make-style check of a one-shot rebuild: nothing changed means nothing done, and any
change to an input or a generated file means a whole rebuild."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from conftest import run_cli

from vaultkit.app import freshness, pipeline

TODAY = date(2026, 11, 24)
DUE = "vaultkit/Due contacts.md"


def _bump(path: Path) -> None:
    """Move a file's modification time on (same size, same text)."""
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 5_000_000_000))


def test_nothing_changed_means_nothing_done(sample_copy: Path) -> None:
    first = run_cli("rebuild", sample_copy, "--today", "2026-11-24")
    assert first.returncode == 0, first.stderr
    before = {p: p.stat().st_mtime_ns for p in (sample_copy / "vaultkit").iterdir()}
    second = run_cli("rebuild", sample_copy, "--today", "2026-11-24")
    assert second.returncode == 0
    assert "nothing changed since the last rebuild: 71 notes" in second.stderr
    # the problems are still reported, with file and line
    assert (
        "Interviews/2026-11-05 Orbita Games (broken on purpose).md:3: broken property block"
        in second.stderr
    )
    assert {p: p.stat().st_mtime_ns for p in (sample_copy / "vaultkit").iterdir()} == before


def _edit_note(root: Path) -> None:
    note = root / "People" / "Anna Petrova.md"
    note.write_text(note.read_text(encoding="utf-8") + "\n- 2026-11-23 call: quick catch-up\n")


def _touch_note(root: Path) -> None:
    _bump(root / "People" / "Tom Becker.md")


def _add_attachment(root: Path) -> None:
    (root / "Companies" / "logo.png").write_bytes(b"\x89PNG")


def _change_config(root: Path) -> None:
    (root / ".vaultkit" / "config.toml").write_text("[due]\ncoming_up_days = 10\n")


def _add_template_override(root: Path) -> None:
    override = root / ".vaultkit" / "templates" / "en"
    override.mkdir(parents=True)
    (override / "health.md.j2").write_text("---\nvaultkit: health\n---\n# Mine\n")


def _tick_due_task(root: Path) -> None:
    due = root / DUE
    text = due.read_text(encoding="utf-8")
    due.write_text(text.replace("- [ ] ", "- [x] ", 1), encoding="utf-8")


def _delete_output(root: Path) -> None:
    (root / "vaultkit" / "Network.md").unlink()


@pytest.mark.parametrize(
    "change",
    [
        _edit_note,
        _touch_note,
        _add_attachment,
        _change_config,
        _add_template_override,
        _tick_due_task,
        _delete_output,
    ],
)
def test_any_change_means_a_whole_rebuild(
    sample_copy: Path, change: Callable[[Path], None]
) -> None:
    (sample_copy / ".vaultkit").mkdir()
    assert isinstance(pipeline.rebuild_if_needed(sample_copy, TODAY), pipeline.Rebuild)
    assert isinstance(pipeline.rebuild_if_needed(sample_copy, TODAY), pipeline.Skipped)
    change(sample_copy)
    result = pipeline.rebuild_if_needed(sample_copy, TODAY)
    assert isinstance(result, pipeline.Rebuild), change.__name__
    if change is _tick_due_task:
        assert [edit.outcome for edit in result.edits] == ["added"]
        # a recorded tick changed a note: the next run reads it, then all is quiet again
        assert isinstance(pipeline.rebuild_if_needed(sample_copy, TODAY), pipeline.Rebuild)
    assert isinstance(pipeline.rebuild_if_needed(sample_copy, TODAY), pipeline.Skipped)


def test_a_new_day_rebuilds(sample_copy: Path) -> None:
    pipeline.rebuild_if_needed(sample_copy, TODAY)
    assert isinstance(pipeline.rebuild_if_needed(sample_copy, date(2026, 11, 25)), pipeline.Rebuild)


def test_a_refused_write_leaves_no_stamp(sample_copy: Path) -> None:
    mine = sample_copy / "vaultkit" / "Network.md"
    mine.parent.mkdir()
    mine.write_text("# my own note\n")
    for _ in range(2):
        result = pipeline.rebuild_if_needed(sample_copy, TODAY)
        assert isinstance(result, pipeline.Rebuild)
        assert "refused" in [write.outcome for write in result.writes]
    assert freshness.load(sample_copy) is None


def test_a_broken_stamp_means_a_whole_rebuild(sample_copy: Path) -> None:
    pipeline.rebuild_if_needed(sample_copy, TODAY)
    (sample_copy / ".vaultkit" / freshness.STAMP_NAME).write_text("{not json")
    assert isinstance(pipeline.rebuild_if_needed(sample_copy, TODAY), pipeline.Rebuild)
    assert isinstance(pipeline.rebuild_if_needed(sample_copy, TODAY), pipeline.Skipped)
