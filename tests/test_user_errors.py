"""Every failure a user can cause or meet is a message naming what to do, with exit 1 or 2,
never the "unexpected error" of a bug (exit 70): days out of range, a full disk, read-only
notes, broken or endless template overrides, a locked or read-only cache, a huge note."""

from __future__ import annotations

import errno
import os
import threading
from datetime import date
from pathlib import Path

import click
import pytest
from conftest import MakeVault, run_cli

from vaultkit.app import pipeline
from vaultkit.app.session import Session
from vaultkit.cli.main import cli

TODAY = "2026-11-24"

COMMANDS_WITH_TODAY = sorted(
    name
    for name, command in cli.commands.items()
    if any(param.name == "today" for param in command.params)
)
EXTRA_ARGUMENTS = {"explain": ["Anna Petrova"], "log": ["Anna Petrova"]}


def test_every_command_with_today_is_checked() -> None:
    assert {"rebuild", "due", "themes", "network", "explain", "ics", "graph", "log"} <= set(
        COMMANDS_WITH_TODAY
    )
    assert all(isinstance(cli.commands[name], click.Command) for name in COMMANDS_WITH_TODAY)


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "1899-12-31", "2201-01-01"])
@pytest.mark.parametrize("command", COMMANDS_WITH_TODAY)
def test_today_out_of_range_is_a_usage_error(sample_copy: Path, command: str, day: str) -> None:
    arguments = [command, "--today", day, sample_copy, *EXTRA_ARGUMENTS.get(command, [])]
    result = run_cli(*arguments)
    assert result.returncode == 2, result.stderr
    assert f"{day} is out of range: give a day from 1900-01-01 to 2200-12-31" in result.stderr
    assert "unexpected error" not in result.stderr
    assert not (sample_copy / "vaultkit").exists()


FILES: dict[str, str | bytes] = {
    "People/Anna.md": "---\ntype: recruiter\ncadence: monthly\nlast_contact: 2026-10-01\n---\n"
    "[[Acme]]\n",
    "Companies/Acme.md": "---\ntype: company\n---\n",
    "Interviews/2026-11-02 Acme.md": '---\ntype: interview\ncompany: "[[Acme]]"\n'
    'recruiter: "[[Anna]]"\nstage: onsite\n---\n## Feedback\n- strong system design\n',
}
GENERATED = ("Vault health.md", "Due contacts.md", "Feedback themes.md", "Network.md")


def generated(root: Path) -> dict[str, bytes]:
    """Every generated file, by name."""
    return {path.name: path.read_bytes() for path in sorted((root / "vaultkit").iterdir())}


def leftovers(root: Path) -> list[str]:
    """Temp files of vaultkit's writes left anywhere in the vault."""
    return sorted(path.name for path in root.rglob("*.tmp"))


def changed_vault(make_vault: MakeVault) -> tuple[Path, dict[str, bytes]]:
    """A vault rebuilt once, then changed so that every generated note has new text."""
    root = make_vault(FILES)
    run_cli("rebuild", root, "--today", TODAY, check=True)
    before = generated(root)
    anna = root / "People/Anna.md"
    anna.write_text(
        anna.read_text(encoding="utf-8") + "- 2026-11-20 call: feedback was slow to come\n",
        encoding="utf-8",
    )
    return root, before


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_full_disk_damages_nothing_and_says_so(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    root, before = changed_vault(make_vault)
    (root / "vaultkit" / "Network.md").unlink()  # one note that does not exist yet

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, failing, full)  # every atomic write meets the full disk
    result = run_cli("rebuild", root, "--today", TODAY)
    monkeypatch.undo()
    assert result.returncode == 1, result.stderr
    assert "unexpected error" not in result.stderr
    assert (
        "failed: vaultkit/Due contacts.md not written (the note is left as it was, nothing is "
        "damaged): the disk is full (No space left on device); free some space and run again"
    ) in result.stderr
    assert (
        "failed: vaultkit/Network.md not written (nothing was written, nothing is damaged): "
        "the disk is full"
    ) in result.stderr
    after = generated(root)
    assert "Network.md" not in after
    assert {name: after[name] for name in after} == {name: before[name] for name in after}
    assert leftovers(root) == []
    again = run_cli("rebuild", root, "--today", TODAY)  # space again: all is written
    assert again.returncode == 0, again.stderr
    assert set(GENERATED) <= set(generated(root))


def test_a_full_disk_met_outside_the_notes_writer_is_no_bug(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_vault({})

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    result = run_cli("init", root)
    assert result.returncode == 1, result.stderr
    assert "error: the disk is full (No space left on device); free some space" in result.stderr
    assert "unexpected error" not in result.stderr
    assert list((root / ".vaultkit").iterdir()) == []  # no temp file left


@pytest.mark.parametrize("command", ["ics", "graph"])
def test_an_export_on_a_full_disk_names_its_file_and_exits_1(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, command: str
) -> None:
    root, _ = changed_vault(make_vault)
    target = tmp_path / f"out.{command}"

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    result = run_cli(command, root, "--today", TODAY, "-o", target)
    monkeypatch.undo()
    assert result.returncode == 1, result.stderr
    assert f"{target}: the disk is full" in result.stderr and not target.exists()


def test_a_read_only_generated_note_is_left_and_named(make_vault: MakeVault) -> None:
    root, before = changed_vault(make_vault)
    network = root / "vaultkit" / "Network.md"
    network.chmod(0o444)
    try:
        result = run_cli("rebuild", root, "--today", TODAY)
    finally:
        network.chmod(0o644)
    assert result.returncode == 1, result.stderr
    assert (
        "refused: vaultkit/Network.md is read-only, so it is left as it is; make it writable "
        "(chmod u+w) for vaultkit to update it"
    ) in result.stderr
    after = generated(root)
    assert after["Network.md"] == before["Network.md"]
    assert after["Due contacts.md"] != before["Due contacts.md"]  # the others are written


@pytest.mark.usefixtures("modes_bind")
def test_a_read_only_output_folder_is_named(make_vault: MakeVault) -> None:
    root, before = changed_vault(make_vault)
    folder = root / "vaultkit"
    folder.chmod(0o555)
    try:
        result = run_cli("rebuild", root, "--today", TODAY)
    finally:
        folder.chmod(0o755)
    assert result.returncode == 1, result.stderr
    assert (
        "failed: vaultkit/Network.md not written (the note is left as it was, nothing is "
        "damaged): permission denied (Permission denied); make the file and its folder writable"
    ) in result.stderr
    assert "unexpected error" not in result.stderr
    assert generated(root) == before


@pytest.fixture
def modes_bind(tmp_path: Path) -> None:
    """Skip where file modes do not bind this process (root may write a read-only folder)."""
    probe = tmp_path / "mode-probe"
    probe.mkdir()
    probe.chmod(0o555)
    try:
        (probe / "file").write_text("")
    except PermissionError:
        return
    finally:
        probe.chmod(0o755)
    pytest.skip("file modes do not bind this process (root): a 0555 folder is writable")


def override(root: Path, name: str, text: str) -> None:
    """Write the vault's own version of template `name` (such as en/health.md.j2)."""
    path = root / ".vaultkit" / "templates" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_a_template_override_that_fails_costs_only_its_note(make_vault: MakeVault) -> None:
    root = make_vault(FILES)
    override(root, "en/health.md.j2", "---\nvaultkit: health\n---\n{{ report }}\n{{ 1 / 0 }}\n")
    result = run_cli("rebuild", root, "--today", TODAY)
    assert result.returncode == 1, result.stderr
    assert (
        "failed: vaultkit/Vault health.md not written: template "
        ".vaultkit/templates/en/health.md.j2:5: ZeroDivisionError: division by zero (fix it, "
        "or delete it to use vaultkit's own)"
    ) in result.stderr
    assert "unexpected error" not in result.stderr
    assert set(generated(root)) == {*GENERATED, "Network.canvas"} - {"Vault health.md"}


RUNAWAY = {
    "nested loops": "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}"
    "{% endfor %}",
    "a loop over data": "{% for a in range(100000) %}{% for b in report.items %}{% endfor %}"
    "{% for c in range(100000) %}{% endfor %}{% endfor %}",
    "macro recursion": "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}"
    "{% endmacro %}{{ f(60) }}",
    "a huge power": "{{ 7 ** 100000000 }}",
    "a huge text": "{{ 'x' * 10 ** 10 }}",
}


@pytest.mark.parametrize("runaway", sorted(RUNAWAY))
def test_a_runaway_template_override_is_stopped(make_vault: MakeVault, runaway: str) -> None:
    root = make_vault(FILES)
    override(root, "en/themes.md.j2", f"---\nvaultkit: themes\n---\n{RUNAWAY[runaway]}\n")
    result = run_cli("rebuild", root, "--today", TODAY)
    assert result.returncode == 1, result.stderr
    assert (
        "failed: vaultkit/Feedback themes.md not written: template "
        ".vaultkit/templates/en/themes.md.j2:4: TooMuchWork: "
    ) in result.stderr
    assert set(generated(root)) == {*GENERATED, "Network.canvas"} - {"Feedback themes.md"}


def test_a_runaway_template_is_stopped_off_the_main_thread(make_vault: MakeVault) -> None:
    root = make_vault(FILES)
    override(root, "en/themes.md.j2", RUNAWAY["nested loops"])
    results: list[pipeline.Rebuild] = []
    worker = threading.Thread(
        target=lambda: results.append(pipeline.rebuild(Session(root), date(2026, 11, 24)))
    )
    worker.start()  # as the daemon renders: no signal can reach this thread
    worker.join()
    [failed] = [write for write in results[0].writes if write.outcome == "failed"]
    assert failed.path == "vaultkit/Feedback themes.md"
    assert "TooMuchWork: stopped after 1,000,000 loop steps and calls" in failed.message


def test_a_full_disk_leaves_no_half_copy_of_your_edits(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, _ = changed_vault(make_vault)
    network = root / "vaultkit" / "Network.md"
    network.write_text(network.read_text(encoding="utf-8") + "\nmy own remark\n", "utf-8")
    edited = network.read_bytes()

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    result = run_cli("rebuild", root, "--today", TODAY)
    monkeypatch.undo()
    assert result.returncode == 1, result.stderr
    assert (
        "refused: vaultkit/Network.md holds edits of yours that could not be kept, so it is "
        "left as it is: the disk is full (No space left on device); free some space and run "
        "again"
    ) in result.stderr
    assert network.read_bytes() == edited
    backups = root / ".vaultkit" / "backups"
    assert not backups.exists() or list(backups.iterdir()) == []  # no copy cut short
    assert leftovers(root) == []


def test_a_line_logged_on_a_full_disk_says_the_disk_is_full(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_vault({"People/Anna.md": "---\ntype: contact\n---\n# Anna\n"})
    before = (root / "People" / "Anna.md").read_bytes()

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    result = run_cli("log", root, "Anna", "--text", "call about the role", "--on", TODAY)
    monkeypatch.undo()
    assert result.returncode == 1, result.stderr
    assert "People/Anna.md: the disk is full" in result.stderr
    assert (root / "People" / "Anna.md").read_bytes() == before
    assert not (root / "vaultkit" / "Interaction log.md").exists()
