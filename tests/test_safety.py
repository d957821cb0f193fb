"""Generated notes: owned files only, atomic, no write when unchanged, user notes untouched."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

from conftest import MakeVault, run_cli

from vaultkit import titles
from vaultkit.app import pipeline
from vaultkit.app.session import Session
from vaultkit.store import vault, writer
from vaultkit.store.scan import restat, walk

TODAY = date(2026, 11, 24)
HEALTH = "vaultkit/Vault health.md"


def test_second_rebuild_writes_no_file(make_vault: MakeVault) -> None:
    root = make_vault({"People/Anna.md": "---\ntype: contact\n---\n[[Nobody]]"})
    first = pipeline.rebuild(Session(root), TODAY)
    assert [w.outcome for w in first.writes] == ["written"] * len(first.writes)
    before = {
        p: p.stat().st_mtime_ns
        for p in root.rglob("*")
        if p.is_file() and ".vaultkit" not in p.parts
    }
    second = pipeline.rebuild(Session(root), TODAY)
    assert [w.outcome for w in second.writes] == ["unchanged"] * len(first.writes)
    after = {
        p: p.stat().st_mtime_ns
        for p in root.rglob("*")
        if p.is_file() and ".vaultkit" not in p.parts
    }
    assert before == after


def test_user_note_at_output_path_is_left_intact(make_vault: MakeVault) -> None:
    mine = b"---\ntitle: my own health notes\n---\nSleep more.\r\n"
    root = make_vault({HEALTH: mine, "People/Anna.md": "---\ntype: contact\n---\n"})
    result = pipeline.rebuild(Session(root), TODAY)
    [write] = [w for w in result.writes if w.path == HEALTH]
    assert write.outcome == "refused"
    assert "not written by vaultkit" in write.message
    assert (root / HEALTH).read_bytes() == mine
    assert not [p for p in (root / "vaultkit").iterdir() if p.name.endswith(".tmp")]


def test_a_folder_at_an_output_path_is_refused_and_the_rest_written(make_vault: MakeVault) -> None:
    root = make_vault({"People/Anna.md": "---\ntype: contact\n---\n"})
    (root / "vaultkit" / "Due contacts.md" / "mine.md").parent.mkdir(parents=True)
    (root / "vaultkit" / "Due contacts.md" / "mine.md").write_text("mine", encoding="utf-8")
    result = run_cli("rebuild", root, "--today", TODAY.isoformat())
    assert result.returncode == 1, result.stderr
    assert "refused: vaultkit/Due contacts.md cannot be read" in result.stderr
    assert "written: vaultkit/Vault health.md" in result.stderr
    assert (root / "vaultkit" / "Due contacts.md" / "mine.md").read_text() == "mine"


def test_a_file_where_the_output_folder_goes_fails_cleanly(make_vault: MakeVault) -> None:
    root = make_vault({"People/Anna.md": "---\ntype: contact\n---\n", "vaultkit": "my notes"})
    result = run_cli("rebuild", root, "--today", TODAY.isoformat())
    assert result.returncode == 1, result.stderr
    assert "unexpected" not in result.stderr
    assert "vaultkit/Vault health.md cannot be read" in result.stderr
    assert (root / "vaultkit").read_text() == "my notes"


def test_owned_note_is_replaced(make_vault: MakeVault) -> None:
    root = make_vault({HEALTH: "---\nvaultkit: health\n---\nold text\n"})
    [write] = [w for w in pipeline.rebuild(Session(root), TODAY).writes if w.path == HEALTH]
    assert write.outcome == "written"
    assert "> [!info] The state of your vault" in (root / HEALTH).read_text(encoding="utf-8")


def test_generated_notes_are_not_part_of_the_graph(make_vault: MakeVault) -> None:
    root = make_vault({"People/Anna.md": "---\ntype: contact\n---\n[[Nobody]]"})
    pipeline.rebuild(Session(root), TODAY)
    built = pipeline.build(root)
    assert HEALTH not in built.graph.notes
    assert len(built.graph.unresolved) == 1  # the health note's own links do not count


def test_atomic_write_leaves_no_temp_files(make_vault: MakeVault) -> None:
    root = make_vault({})
    writer.write_generated(root, "vaultkit/x.md", "---\nvaultkit: x\n---\n")
    assert os.listdir(root / "vaultkit") == ["x.md"]


def test_scan_skips_dot_folders_and_survives_symlink_loops(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "A/note.md": "x",
            ".obsidian/workspace.md": "x",
            ".trash/old.md": "x",
            ".git/HEAD.md": "x",
        }
    )
    (root / "A" / "loop").symlink_to(root / "A", target_is_directory=True)
    (root / "dangling.md").symlink_to(root / "nowhere.md")
    scan = walk(root, pipeline.vault.load_config(root)[0])
    assert [f.path for f in scan.files] == ["A/note.md"]
    messages = {d.path: d.message for d in scan.diagnostics}
    assert "symlink to the folder A/ of this vault" in messages["A/loop"]
    assert "dangling" in messages["dangling.md"]


def _scan(root: Path) -> tuple[list[str], dict[str, str]]:
    found = walk(root, vault.load_config(root)[0])
    return [f.path for f in found.files], {d.path: d.message for d in found.diagnostics}


def test_a_symlink_to_a_folder_of_the_vault_is_not_read_as_obsidian_does(
    make_vault: MakeVault,
) -> None:
    # Obsidian ignores a symlink from one folder of the vault to another (or to the vault's
    # own folder): read through it, the companies would move to Archive/ (it comes first by
    # name) and every note would be there twice
    root = make_vault({"Companies/Acme.md": "---\ntype: company\n---\n"})
    (root / "Archive").symlink_to(root / "Companies", target_is_directory=True)
    (root / "Companies" / "all").symlink_to(root, target_is_directory=True)
    paths, messages = _scan(root)
    assert paths == ["Companies/Acme.md"]
    assert "symlink to the folder Companies/ of this vault" in messages["Archive"]
    assert "symlink to this vault's own folder" in messages["Companies/all"]


def test_a_symlink_to_a_folder_holding_the_vault_is_not_read(
    make_vault: MakeVault, tmp_path: Path
) -> None:
    root = make_vault({"A/note.md": "x"})
    (tmp_path / "beside.md").write_text("x", encoding="utf-8")
    (root / "Up").symlink_to(tmp_path, target_is_directory=True)
    paths, messages = _scan(root)
    assert paths == ["A/note.md"]
    assert "a folder that holds this vault" in messages["Up"]


def test_a_folder_outside_the_vault_is_read_once_whatever_links_to_it(
    make_vault: MakeVault, tmp_path: Path
) -> None:
    outside = tmp_path / "shared"
    (outside / "sub").mkdir(parents=True)
    (outside / "sub" / "Shared note.md").write_text("[[x]]", encoding="utf-8")
    (outside / "sub" / "back").symlink_to(outside, target_is_directory=True)  # a loop out there
    root = make_vault({})
    for name in ("Zed", "Ext"):  # two links to one folder: the first by name is read
        (root / name).symlink_to(outside, target_is_directory=True)
    paths, messages = _scan(root)
    assert paths == ["Ext/sub/Shared note.md"]
    # the daemon watches it, since a watch of the vault's folder does not follow symlinks
    assert walk(root, vault.load_config(root)[0]).linked == (("Ext", str(outside.resolve())),)
    assert "the same folder as Ext/" in messages["Zed"]
    assert "the same folder as Ext/" in messages["Ext/sub/back"]


def test_notes_left_in_icloud_are_named_in_the_health_note(make_vault: MakeVault) -> None:
    # iCloud Drive moves a note off the disk and leaves a hidden `.Name.md.icloud` behind
    root = make_vault(
        {
            "People/Anna.md": "---\ntype: contact\n---\n",
            "People/.Bob.md.icloud": "bplist00",
            ".obsidian/.workspace.json.icloud": "bplist00",
        }
    )
    built = pipeline.build(root)
    assert list(built.graph.notes) == ["People/Anna.md"]
    [warning] = [d for d in built.diagnostics if "iCloud" in d.message]
    assert (warning.path, warning.severity) == ("People/Bob.md", "warning")
    assert "not downloaded from iCloud" in warning.message


def test_sync_conflict_copies_are_named_in_the_health_note(make_vault: MakeVault) -> None:
    contact = "---\ntype: contact\n---\n"
    root = make_vault(
        {
            "People/Anna.md": contact,
            "People/Anna.sync-conflict-20261120-101500-ABCDEF7.md": contact,
            "People/Bob (Laptop's conflicted copy 2026-11-20).md": contact,
            "People/Carol (copy).md": contact,
        }
    )
    built = pipeline.build(root)
    conflicts = {d.path for d in built.diagnostics if "sync conflict copy" in d.message}
    assert conflicts == {
        "People/Anna.sync-conflict-20261120-101500-ABCDEF7.md",
        "People/Bob (Laptop's conflicted copy 2026-11-20).md",
    }


def test_ownership_is_read_from_a_property_block_of_any_length() -> None:
    long_value = "x" * 70_000  # the block ends past the first 64 KiB that are read first
    ours = f"---\nnote: {long_value}\nvaultkit: health\n---\nbody\n".encode()
    theirs = f"---\nnote: {long_value}\ntitle: mine\n---\nbody\n".encode()
    assert writer.is_owned(ours, HEALTH)
    assert not writer.is_owned(theirs, HEALTH)
    big_body = b"---\nvaultkit: health\n---\n" + b"- a line of a long generated note\n" * 50_000
    assert writer.is_owned(big_body, HEALTH)
    assert not writer.is_owned(b"no block here\n" * 50_000, HEALTH)
    assert writer.is_owned(b"---\nvaultkit: health\n---", HEALTH)  # no newline at the end
    windows = b"\xef\xbb\xbf---\r\nvaultkit: health\r\n---\r\n" + b"text\r\n" * 20_000
    assert writer.is_owned(windows, HEALTH)


def test_notes_of_a_former_language_point_to_their_successors(make_vault: MakeVault) -> None:
    root = make_vault({"People/Anna.md": "---\ntype: contact\n---\n"})
    pipeline.rebuild(Session(root), TODAY)
    mine = root / "vaultkit" / "Темы обратной связи.md"
    mine.write_text("my own notes, not vaultkit's\n", encoding="utf-8")
    (root / ".vaultkit").mkdir(exist_ok=True)
    (root / ".vaultkit/config.toml").write_text('language = "ru"\n', encoding="utf-8")
    result = pipeline.rebuild(Session(root), TODAY)
    due = (root / "vaultkit" / "Due contacts.md").read_text(encoding="utf-8")
    assert due.startswith("---\nvaultkit: due\n---\n> [!info] Больше не обновляется\n")
    assert "[[vaultkit/Кому написать|Кому написать]]" in due and "- [ ]" not in due
    canvas = json.loads((root / "vaultkit" / "Network.canvas").read_text(encoding="utf-8"))
    [card] = canvas["nodes"]
    assert card["id"] == titles.CANVAS_OWNER_NODE and "Сеть контактов.canvas" in card["text"]
    [refused] = [w for w in result.writes if w.outcome == "refused"]
    assert refused.path == "vaultkit/Темы обратной связи.md"  # the user's own file: kept
    assert mine.read_text(encoding="utf-8") == "my own notes, not vaultkit's\n"
    again = pipeline.rebuild(Session(root), TODAY)
    assert [w.outcome for w in again.writes if w.outcome != "refused"] == ["unchanged"] * 9


def test_an_export_never_takes_the_place_of_a_users_note_or_canvas(
    make_vault: MakeVault,
) -> None:
    note = "---\ntype: contact\n---\n# Anna\n"
    root = make_vault({"People/Anna.md": note, "Board.canvas": '{"nodes": []}\n'})
    for args in (
        ("ics", root, "--today", "2026-11-24", "-o", root / "People/Anna.md"),
        ("graph", root, "--format", "mermaid", "-o", root / "People/Anna.md"),
        ("graph", root, "--format", "canvas", "-o", root / "Board.canvas"),
    ):
        result = run_cli(*args)
        assert result.returncode == 2, result.stderr
        assert "was not written by vaultkit; not replaced (pass --force" in result.stderr
    log = run_cli("watch", root, "--log-file", root / "People/Anna.md")
    assert log.returncode == 2 and "choose another file for the log" in log.stderr
    assert (root / "People/Anna.md").read_text() == note
    assert (root / "Board.canvas").read_text() == '{"nodes": []}\n'
    # vaultkit's own export is replaced on the next run, and --force replaces anything
    assert run_cli("graph", root, "--format", "canvas", "-o", root / "Net.canvas").returncode == 0
    assert run_cli("graph", root, "--format", "canvas", "-o", root / "Net.canvas").returncode == 0
    forced = run_cli("graph", root, "--format", "canvas", "-o", root / "Board.canvas", "--force")
    assert forced.returncode == 0 and writer.is_owned(
        (root / "Board.canvas").read_bytes(), ".canvas"
    )


def test_a_walk_is_brought_up_to_date_for_saved_files_while_nothing_else_happened(
    make_vault: MakeVault,
) -> None:
    root = make_vault({"A/one.md": "x", "B/two.md": "y"})
    settings = vault.load_config(root)[0]
    first = walk(root, settings)
    (root / "A" / "one.md").write_text("a longer text", encoding="utf-8")
    assert restat(first, root, ["A/one.md"]) == walk(root, settings)
    assert restat(first, root, ["A/new.md"]) is None  # a file the walk never found
    (root / "B" / "two.md").unlink()
    assert restat(first, root, ["B/two.md"]) is None  # a file gone
