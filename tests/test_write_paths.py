"""Nothing lost, ever (writes, links and paths): an edit is never built from a read that caught
a save in progress, never replaces a file changed since it was read, goes through symlinks and
never out of the vault, and never touches a hard-linked or read-only note; exports go where the
user says, but never into a FIFO or a device. Races are interleaved at the exact step."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import pytest
from conftest import MakeVault, run_cli, tick

from vaultkit.store import targets, vault, writer
from vaultkit.store.scan import restat, walk
from vaultkit.ticks.edit import insert_entry

TODAY = "2026-11-24"
BODY = "".join(
    f"Met at the conference, line {number} of what I know of her.\n" for number in range(40)
)
ANNA = f"---\ntype: contact\ntier: key\nlast_contact: 2026-09-01\n---\n# Anna\n\n{BODY}"
LINE = "- 2026-11-24 reached out"


def _due(root: Path) -> Path:
    return root / "vaultkit" / "Due contacts.md"


def _log(root: Path) -> Path:
    return root / "vaultkit" / "Interaction log.md"


def _health(root: Path) -> str:
    return (root / "vaultkit" / "Vault health.md").read_text(encoding="utf-8")


def _rebuild(root: Path, code: int = 0) -> str:
    result = run_cli("rebuild", root, "--today", TODAY)
    assert result.returncode == code, result.stderr
    return result.stderr


def _ticked_vault(make_vault: MakeVault) -> Path:
    root = make_vault({"People/Anna.md": ANNA})
    _rebuild(root)
    tick(_due(root), r"\[\[People/Anna")
    return root


# 1. An edit is never built from a read that may have caught a save in progress


class _EditorSavingInPlace:
    """An editor that saves a note in place: it empties the file (or cuts it short), then
    writes the whole text through the handle it holds. `start` runs at the moment vaultkit
    first reads the note; `finish` writes the rest, later."""

    def __init__(self, note: Path, keep: int) -> None:
        self.note, self.keep, self.text = note, keep, note.read_bytes()
        self.handle: BinaryIO | None = None

    def start(self) -> None:
        self.handle = open(self.note, "r+b")  # noqa: SIM115 (held across the interleaving)
        self.handle.truncate(self.keep)
        self.handle.flush()

    def finish(self) -> None:
        assert self.handle is not None
        self.handle.seek(0)
        self.handle.write(self.text)
        self.handle.close()


def _on_first_read(
    monkeypatch: pytest.MonkeyPatch, name: str, before: Callable[[], None] | None = None
) -> list[Callable[[], None]]:
    """Run `before` just before vaultkit's first read of the note called `name`; returns a
    list to put a step in that runs just after that read."""
    real_read = targets.read
    after: list[Callable[[], None]] = []
    done = []

    def read(path: Path) -> tuple[bytes, targets.Seen]:
        if path.name != name or done:
            return real_read(path)
        done.append(path)
        if before is not None:
            before()
        found = real_read(path)
        for step in after:
            step()
        return found

    monkeypatch.setattr(targets, "read", read)
    return after


@pytest.mark.parametrize("keep", [0, 100], ids=["emptied", "cut short"])
def test_a_tick_is_not_recorded_from_a_read_caught_mid_save(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch, keep: int
) -> None:
    """The attacker's finding: the editor rewrote the note in place while the line was
    recorded, and the note was left as `## Log` and the line, its body gone."""
    root = _ticked_vault(make_vault)
    note = root / "People/Anna.md"
    editor = _EditorSavingInPlace(note, keep)
    _on_first_read(monkeypatch, "Anna.md", editor.start)
    stderr = _rebuild(root)
    editor.finish()  # the editor's save ends after vaultkit is done
    assert note.read_text(encoding="utf-8") == ANNA  # the whole body, nothing added
    assert "not recorded yet" in stderr and "an editor is saving it" in stderr
    assert "- [x]" in _due(root).read_text(encoding="utf-8")  # the tick waits
    assert not _log(root).exists()
    monkeypatch.undo()
    assert "recorded a ticked task in People/Anna.md" in _rebuild(root)
    text = note.read_text(encoding="utf-8")
    assert text.startswith(ANNA) and "reached out (Due contacts)" in text[len(ANNA) :]


def test_a_note_that_changes_between_two_reads_is_not_edited(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _ticked_vault(make_vault)
    note = root / "People/Anna.md"
    after = _on_first_read(monkeypatch, "Anna.md")
    after.append(lambda: note.write_text(ANNA + "typed just now\n", encoding="utf-8"))
    stderr = _rebuild(root)
    assert "changed while vaultkit read it" in stderr
    assert note.read_text(encoding="utf-8") == ANNA + "typed just now\n"
    assert not _log(root).exists()  # deferred, not sent to the log: the note is fine


def test_vaultkit_log_is_not_recorded_from_a_read_caught_mid_save(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_vault({"People/Anna.md": ANNA})
    note = root / "People/Anna.md"
    editor = _EditorSavingInPlace(note, 0)
    _on_first_read(monkeypatch, "Anna.md", editor.start)
    result = run_cli("log", root, "Anna", "--channel", "call", "--today", TODAY)
    editor.finish()
    assert result.returncode == 1, result.stderr
    assert "not recorded" in result.stderr and "run the command again" in result.stderr
    assert note.read_text(encoding="utf-8") == ANNA


def test_an_empty_note_is_never_edited(make_vault: MakeVault) -> None:
    root = make_vault({"People/Anna.md": ""})
    result = writer.edit_note(root, "People/Anna.md", lambda text: insert_entry(text, LINE, "Log"))
    assert result.outcome == "refused" and "empty" in result.message
    assert (root / "People/Anna.md").read_bytes() == b""


# 2. No write replaces a file that changed since it was read: size, time and bytes


def _same_size_and_time(note: Path) -> None:
    info = note.stat()
    text = note.read_bytes()
    note.write_bytes(text.replace(b"line 1 ", b"line X "))
    os.utime(note, ns=(info.st_atime_ns, info.st_mtime_ns))


def _same_bytes_new_time(note: Path) -> None:
    info = note.stat()
    os.utime(note, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))


def _new_bytes(note: Path) -> None:
    note.write_text(note.read_text(encoding="utf-8") + "typed just now\n", encoding="utf-8")


SAVES = [_new_bytes, _same_size_and_time, _same_bytes_new_time]


@pytest.mark.parametrize("save", SAVES, ids=["new bytes", "same size and time", "new time"])
def test_an_edit_is_abandoned_when_the_note_changes_just_before_the_replace(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch, save: Callable[[Path], None]
) -> None:
    root = make_vault({"People/Anna.md": ANNA})
    note = root / "People/Anna.md"

    def save_now(target: Path) -> None:
        if target.name == note.name:
            save(note)
            expected.append(note.read_bytes())

    expected: list[bytes] = []
    monkeypatch.setattr(writer, "before_replace", save_now)
    result = writer.edit_note(root, "People/Anna.md", lambda text: insert_entry(text, LINE, "Log"))
    assert result.outcome == "deferred" and "changed while vaultkit was editing" in result.message
    assert note.read_bytes() == expected[0]
    assert LINE not in note.read_text(encoding="utf-8")


@pytest.mark.parametrize("save", SAVES[1:], ids=["same size and time", "new time"])
def test_a_generated_note_is_not_replaced_when_it_changes_just_before(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch, save: Callable[[Path], None]
) -> None:
    path = "vaultkit/Network.md"
    mine = "---\nvaultkit: themes\n---\n" + BODY
    root = make_vault({path: mine})
    note = root / path
    monkeypatch.setattr(writer, "before_replace", lambda target: save(note))
    result = writer.write_generated(root, path, "---\nvaultkit: themes\n---\nnew\n")
    assert result.outcome == "deferred", result
    assert "new\n" not in note.read_text(encoding="utf-8")


# 3. Through a symlink to the real file, keeping its mode; hard-linked and read-only notes
#    are never edited


def test_a_line_goes_through_a_symlink_to_the_real_file_and_keeps_its_mode(
    make_vault: MakeVault,
) -> None:
    root = make_vault({".notes/Anna.md": ANNA})  # a dot-folder: not read as a note itself
    real = root / ".notes/Anna.md"
    real.chmod(0o640)
    link = root / "People/Anna.md"
    link.parent.mkdir()
    link.symlink_to(Path("../.notes/Anna.md"))
    result = run_cli("log", root, "Anna", "--channel", "call", "--today", TODAY)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and os.readlink(link) == "../.notes/Anna.md"
    assert real.read_text(encoding="utf-8") == ANNA + f"\n## Log\n\n- {TODAY} call\n"
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert not [name for name in os.listdir(real.parent) if name.endswith(".tmp")]


def test_a_note_with_two_hard_links_is_never_edited(make_vault: MakeVault, tmp_path: Path) -> None:
    root = make_vault({"People/Anna.md": ANNA})
    note = root / "People/Anna.md"
    twin = tmp_path / "backup of Anna.md"
    os.link(note, twin)
    _rebuild(root)
    assert "it has 2 hard links" in _health(root)
    tick(_due(root), r"\[\[People/Anna")
    stderr = _rebuild(root)
    assert "recorded a ticked task in vaultkit/Interaction log.md" in stderr
    assert "2 hard links" in stderr
    assert note.read_text(encoding="utf-8") == ANNA
    assert os.path.samefile(note, twin)  # still one file under two names
    assert "[[People/Anna|Anna]]" in _log(root).read_text(encoding="utf-8")


def test_a_read_only_note_is_never_edited(make_vault: MakeVault) -> None:
    """Marked read-only (no write bit for anyone): even root, whom modes do not stop, leaves
    it alone, as a user without the right to write it must."""
    root = make_vault({"People/Anna.md": ANNA})
    note = root / "People/Anna.md"
    note.chmod(0o444)
    result = run_cli("log", root, "Anna", "--channel", "email", "--today", TODAY)
    assert result.returncode == 0, result.stderr
    assert "it is read-only" in result.stderr
    assert "recorded in vaultkit/Interaction log.md" in result.stderr
    assert note.read_text(encoding="utf-8") == ANNA
    assert stat.S_IMODE(note.stat().st_mode) == 0o444
    assert f"- {TODAY} email [[People/Anna|Anna]]" in _log(root).read_text(encoding="utf-8")
    assert "it is read-only" in _health(root)


def test_a_note_its_owner_may_not_write_is_never_edited(make_vault: MakeVault) -> None:
    """Others may write it, its owner (we) may not: read-only for us, whoever we are."""
    root = make_vault({"People/Anna.md": ANNA})
    note = root / "People/Anna.md"
    note.chmod(0o464)
    result = writer.edit_note(root, "People/Anna.md", lambda text: insert_entry(text, LINE, "Log"))
    assert result.outcome == "refused" and "read-only" in result.message
    assert note.read_text(encoding="utf-8") == ANNA


def test_a_walk_brought_up_to_date_follows_the_hard_links_of_a_saved_note(
    make_vault: MakeVault, tmp_path: Path
) -> None:
    """The daemon's walk of a vault where only saves happened (restat) tells which notes need
    the full check, as a whole walk does."""
    root = make_vault({"People/Anna.md": ANNA, "People/Boris.md": ANNA})
    config = vault.load_config(root)[0]
    first = walk(root, config)
    assert first.suspects == ()
    twin = tmp_path / "twin.md"
    os.link(root / "People/Anna.md", twin)
    linked = restat(first, root, ["People/Anna.md"])
    assert linked is not None and linked.suspects == ("People/Anna.md",)
    assert walk(root, config).suspects == ("People/Anna.md",)
    twin.unlink()
    unlinked = restat(linked, root, ["People/Anna.md"])
    assert unlinked is not None and unlinked.suspects == ()


def test_a_fifo_put_at_a_generated_note_after_the_check_is_not_waited_on(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A FIFO that appears at the path between the check of what is there and the read: the
    read does not block (it would, for ever), and nothing is written."""
    root = make_vault({})
    (root / "vaultkit").mkdir()
    fifo = root / "vaultkit/Network.md"
    real_check = targets.not_a_file

    def fifo_just_after(path: Path) -> str:
        found = real_check(path)
        if path == fifo and not path.exists():
            os.mkfifo(path)
        return found

    monkeypatch.setattr(targets, "not_a_file", fifo_just_after)
    result = writer.write_generated(root, "vaultkit/Network.md", "---\nvaultkit: network\n---\n")
    assert result.outcome == "refused" and "cannot be read (not a file)" in result.message
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


# 4. Generated notes and edits never leave the vault


@pytest.mark.parametrize("output_folder", ["vaultkit", "Out/vaultkit"])
def test_an_output_folder_leading_out_of_the_vault_is_refused(
    make_vault: MakeVault, tmp_path: Path, output_folder: str
) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    config = f'output_folder = "{output_folder}"\n'
    root = make_vault({"People/Anna.md": ANNA, ".vaultkit/config.toml": config})
    link = root / output_folder.split("/")[0]
    link.symlink_to(outside, target_is_directory=True)
    if "/" in output_folder:
        (outside / "vaultkit").mkdir()
    stderr = _rebuild(root, code=2)  # a path to fix in the config or on disk, as a bad vault
    assert f"the output folder {output_folder} leads outside the vault" in stderr
    assert f"{link.name} leads to {outside}" in stderr
    assert [p.name for p in outside.rglob("*") if p.is_file()] == []


def test_a_generated_note_that_is_a_symlink_out_of_the_vault_is_not_written(
    make_vault: MakeVault, tmp_path: Path
) -> None:
    theirs = tmp_path / "Network.md"
    theirs.write_text("---\nvaultkit: network\n---\nold\n", encoding="utf-8")
    root = make_vault({"People/Anna.md": ANNA})
    (root / "vaultkit").mkdir()
    (root / "vaultkit/Network.md").symlink_to(theirs)
    stderr = _rebuild(root, code=1)
    assert f"vaultkit/Network.md leads to {theirs}, outside the vault" in stderr
    assert theirs.read_text(encoding="utf-8") == "---\nvaultkit: network\n---\nold\n"
    assert (root / "vaultkit/Network.md").is_symlink()


@pytest.mark.parametrize("linked", ["note", "folder"])
def test_a_contact_note_that_leads_out_of_the_vault_is_never_edited(
    make_vault: MakeVault, tmp_path: Path, linked: str
) -> None:
    """The note is a symlink to a file outside, or sits in a symlinked folder outside (which
    Obsidian reads, and so does vaultkit): read, never edited."""
    theirs = tmp_path / "shared" / "Anna.md"
    theirs.parent.mkdir()
    theirs.write_text(ANNA, encoding="utf-8")
    root = make_vault({})
    if linked == "note":
        (root / "People").mkdir()
        (root / "People/Anna.md").symlink_to(theirs)
    else:
        (root / "People").symlink_to(theirs.parent, target_is_directory=True)
    part = "People/Anna.md" if linked == "note" else "People"
    _rebuild(root)
    assert f"{part} leads to {theirs if linked == 'note' else theirs.parent}, outside" in (
        _health(root)
    )
    tick(_due(root), r"\[\[People/Anna")
    stderr = _rebuild(root)
    assert "recorded a ticked task in vaultkit/Interaction log.md" in stderr
    assert theirs.read_text(encoding="utf-8") == ANNA
    assert (root / part).is_symlink()
    assert "[[People/Anna|Anna]]" in _log(root).read_text(encoding="utf-8")


# 5. Exports go where the user says, through a symlink, never into a FIFO or a device


@pytest.mark.parametrize("command", [("ics",), ("graph", "--format", "json")])
def test_an_export_goes_through_a_symlink_anywhere(
    make_vault: MakeVault, tmp_path: Path, command: tuple[str, ...]
) -> None:
    root = make_vault({"People/Anna.md": ANNA})
    real = tmp_path / "exports" / "out.data"
    real.parent.mkdir()
    real.write_text("old\n", encoding="utf-8")
    real.chmod(0o600)
    link = tmp_path / "link.data"
    link.symlink_to(real)
    result = run_cli(*command[:1], root, *command[1:], "--today", TODAY, "-o", link)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and link.resolve() == real
    assert real.read_text(encoding="utf-8") not in ("old\n", "")
    assert stat.S_IMODE(real.stat().st_mode) == 0o600


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _device(path: Path) -> Path:
    try:
        os.mknod(path, 0o600 | stat.S_IFCHR, os.makedev(1, 3))  # as /dev/null is
    except PermissionError:
        pytest.skip("no right to make a device node here")
    return path


@pytest.mark.parametrize("make", [_fifo, _device], ids=["FIFO", "device"])
@pytest.mark.parametrize("command", [("ics",), ("graph", "--format", "mermaid")])
def test_an_export_never_goes_into_a_fifo_or_a_device(
    make_vault: MakeVault, tmp_path: Path, make: Callable[[Path], Path], command: tuple[str, ...]
) -> None:
    root = make_vault({"People/Anna.md": ANNA})
    special = make(tmp_path / "out.md")  # a note's name: not even opened to see whose it is
    kind = "a FIFO" if make is _fifo else "a device"
    for output in (special, _linked(tmp_path / "link.md", special)):
        result = run_cli(*command[:1], root, *command[1:], "--today", TODAY, "-o", output)
        assert result.returncode == 1, result.stderr
        assert f"{output} is {kind}, not a file: nothing written" in result.stderr
    mode = special.lstat().st_mode
    assert stat.S_ISFIFO(mode) if make is _fifo else stat.S_ISCHR(mode)


def _linked(link: Path, target: Path) -> Path:
    link.unlink(missing_ok=True)
    link.symlink_to(target)
    return link


@pytest.mark.parametrize(
    "where", ["People/pipe.md", "vaultkit/Due contacts.md", "vaultkit/Кому написать.md"]
)
def test_a_fifo_in_the_vault_is_never_opened(make_vault: MakeVault, where: str) -> None:
    """A FIFO among the notes, at the due note's path (whose ticks are read first) or at a
    generated note's path in another language: named, never waited on."""
    root = make_vault({"People/Anna.md": ANNA})
    (root / where).parent.mkdir(exist_ok=True)
    os.mkfifo(root / where)
    due_note = "Due" in where
    stderr = _rebuild(root, code=1 if due_note else 0)
    if due_note:
        assert f"{where} cannot be read (it is a FIFO)" in stderr
    else:  # named as the walk finds it, and left out
        assert f"{where}: not a regular file (a FIFO, a socket or a device)" in stderr
    assert stat.S_ISFIFO((root / where).lstat().st_mode)
