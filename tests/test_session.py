"""The build session: one object holds what a rebuild keeps; the build itself is frozen, the
config is read once per rebuild, and facts are computed once per build and day."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from conftest import run_cli, tick

from vaultkit.app import daemon, pipeline
from vaultkit.app.session import Session
from vaultkit.store import vault

TODAY = date(2026, 11, 24)


@pytest.fixture
def config_reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every vault whose config was read, in order."""
    reads: list[Path] = []
    real = vault.load_config

    def counted(root: Path) -> object:
        reads.append(root)
        return real(root)

    monkeypatch.setattr(vault, "load_config", counted)
    return reads


def test_a_command_reads_the_config_once_per_rebuild(
    sample_copy: Path, config_reads: list[Path]
) -> None:
    assert run_cli("rebuild", sample_copy, "--today", TODAY.isoformat()).returncode == 0
    assert len(config_reads) == 1
    # a tick makes the rebuild read the vault twice (the recorded line moves a contact on)
    tick(sample_copy / "vaultkit" / "Due contacts.md", "Anna Petrova")
    config_reads.clear()
    result = run_cli("rebuild", sample_copy, "--today", TODAY.isoformat())
    assert "recorded a ticked task" in result.stderr
    assert len(config_reads) == 1


def test_the_daemon_reads_the_config_once_per_rebuild(
    sample_copy: Path, config_reads: list[Path]
) -> None:
    watcher = daemon.Watcher(sample_copy, TODAY)
    with Session.open(watcher.root) as session:
        config_reads.clear()
        watcher.rebuild(session)
        assert len(config_reads) == 1
        assert session.last is not None


def test_the_build_is_frozen_and_facts_are_made_once_per_build_and_day(
    sample_copy: Path,
) -> None:
    session = Session(sample_copy)
    built = session.read()
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.parsed = 0  # type: ignore[misc]
    facts = session.facts(built, TODAY)
    assert session.facts(built, TODAY) is facts
    assert session.facts(built, date(2026, 11, 25)) is not facts
    assert session.last is None  # a one-shot session keeps no build between reads
    again = session.read()
    assert session.facts(again, TODAY) is not facts  # a new build: its own facts


def test_a_failed_rebuild_leaves_the_daemons_session_without_state(sample_copy: Path) -> None:
    with Session.open(sample_copy) as session:
        pipeline.rebuild(session, TODAY)
        assert session.last is not None
        session.forget()
        assert session.last is None
        rebuilt = pipeline.rebuild(session, TODAY)  # read afresh from the open cache
        assert rebuilt.build.parsed == 0 and rebuilt.build.graph.touched is None
