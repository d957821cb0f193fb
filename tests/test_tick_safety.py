"""A tick is never lost (issue 20, ticks): wherever its done date stands, after a rename, and
when it is saved between the harvest and the write (interleaved at the exact step)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import MakeVault, run_cli, tick

from vaultkit.store import writer

TODAY = "2026-11-24"
ANNA = "---\ntype: contact\ntier: key\nlast_contact: 2026-09-01\n---\n# Anna\n"


def _due(root: Path) -> Path:
    return root / "vaultkit" / "Due contacts.md"


def _rebuild(root: Path) -> str:
    result = run_cli("rebuild", root, "--today", TODAY)
    assert result.returncode == 0, result.stderr
    return result.stderr


def _tick_after_the_id(note: Path, pattern: str, done: str) -> None:
    """Tick the line as a hand or another plugin may: the done marker after the block id."""
    lines = note.read_text(encoding="utf-8").split("\n")
    for number, line in enumerate(lines):
        if line.startswith("- [ ]") and pattern in line:
            lines[number] = line.replace("- [ ]", "- [x]", 1) + f" {done}"
            break
    else:
        raise AssertionError(pattern)
    note.write_text("\n".join(lines), encoding="utf-8")


@pytest.mark.parametrize("done", ["✅ 2026-11-23", "[completion:: 2026-11-23]"])
def test_a_done_date_after_the_id_is_recorded(make_vault: MakeVault, done: str) -> None:
    root = make_vault({"People/Anna.md": ANNA})
    _rebuild(root)
    _tick_after_the_id(_due(root), "[[People/Anna", done)
    assert "recorded a ticked task in People/Anna.md" in _rebuild(root)
    assert "- 2026-11-23 reached out (Due contacts) ^vk-ro-" in (root / "People/Anna.md").read_text(
        encoding="utf-8"
    )


def test_the_due_line_is_in_the_tasks_plugins_own_order(make_vault: MakeVault) -> None:
    """Tasks writes priority before the due date; ticking a key contact's overdue task by the
    plugin changes nothing else on the line, so it is not taken for an edit of the user's."""
    root = make_vault({"People/Anna.md": ANNA})
    _rebuild(root)
    line = next(
        line
        for line in _due(root).read_text(encoding="utf-8").splitlines()
        if "[[People/Anna" in line
    )
    assert " ⏫ 📅 2026-10-01 ^vk-ro-" in line
    tick(_due(root), r"\[\[People/Anna")  # "⏫ 📅 2026-10-01 ✅ 2026-11-24 ^vk-ro-..."
    stderr = _rebuild(root)
    assert "recorded a ticked task" in stderr and "edits" not in stderr
    assert not (root / ".vaultkit" / "backups").exists() or not any(
        (root / ".vaultkit" / "backups").rglob("*.md")
    )


def test_a_tick_of_a_contact_renamed_since_is_recorded_under_its_new_name(
    make_vault: MakeVault,
) -> None:
    """A rename keeps the file's size and time: the cache's sync tells it from a deletion."""
    root = make_vault({"People/Anna.md": ANNA})
    _rebuild(root)
    tick(_due(root), r"\[\[People/Anna")
    (root / "People/Anna.md").rename(root / "People/Anna Petrova.md")
    _rebuild(root)
    assert "^vk-ro-" in (root / "People/Anna Petrova.md").read_text(encoding="utf-8")
    assert not (root / "vaultkit" / "Interaction log.md").exists()


def test_a_rename_is_followed_even_when_another_command_read_the_vault_first(
    make_vault: MakeVault,
) -> None:
    root = make_vault({"People/Anna.md": ANNA})
    _rebuild(root)
    tick(_due(root), r"\[\[People/Anna")
    (root / "People/Anna.md").rename(root / "People/Anna Petrova.md")
    assert (
        run_cli("due", root, "--today", TODAY).returncode == 0
    )  # syncs the cache, records nothing
    _rebuild(root)
    assert "^vk-ro-" in (root / "People/Anna Petrova.md").read_text(encoding="utf-8")
    assert not (root / "vaultkit" / "Interaction log.md").exists()


def test_a_tick_of_a_contact_renamed_and_edited_since_goes_to_the_log(
    make_vault: MakeVault,
) -> None:
    root = make_vault({"People/Anna.md": ANNA})
    _rebuild(root)
    tick(_due(root), r"\[\[People/Anna")
    (root / "People/Anna.md").rename(root / "People/Anna Petrova.md")
    with (root / "People/Anna Petrova.md").open("a", encoding="utf-8") as note:
        note.write("Met at the meetup.\n")  # no longer the same file by size and time
    stderr = _rebuild(root)
    log = (root / "vaultkit" / "Interaction log.md").read_text(encoding="utf-8")
    assert "reached out (first touch)" in log or "reached out [[People/Anna]]" in log, log
    assert "[[People/Anna]]" in log and "^vk-ro-" in log
    assert "is no note now" in stderr


def test_a_tick_that_links_nothing_keeps_the_due_note(make_vault: MakeVault) -> None:
    root = make_vault({"People/Anna.md": ANNA})
    _rebuild(root)
    due = _due(root)
    text = due.read_text(encoding="utf-8")
    ticked = text.replace("- [ ] Write to [[People/Anna|Anna]]", "- [x] Write to Anna", 1)
    assert ticked != text
    due.write_text(ticked, encoding="utf-8")
    result = run_cli("rebuild", root, "--today", TODAY)
    assert result.returncode == 1  # the user has something to fix
    stderr = result.stderr
    assert due.read_text(encoding="utf-8") == ticked  # kept, tick and all
    assert "links no note vaultkit can find" in stderr


def test_a_tick_saved_between_the_harvest_and_the_write_is_kept(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The user ticks the task at the very moment the due note is about to be replaced: the
    replace is abandoned, the tick stays in the note, and the next rebuild records it."""
    root = make_vault(
        {"People/Anna.md": ANNA, "People/Boris.md": ANNA.replace("# Anna", "# Boris")}
    )
    _rebuild(root)
    due = _due(root)
    tick(due, r"\[\[People/Anna")  # one tick read by the harvest: the note will change

    def save_a_tick(target: Path) -> None:
        if target.name == due.name:
            monkeypatch.setattr(writer, "before_replace", lambda target: None)
            tick(due, r"\[\[People/Boris")  # saved by the user just now

    monkeypatch.setattr(writer, "before_replace", save_a_tick)
    stderr = _rebuild(root)
    assert "changed while vaultkit was rebuilding" in stderr
    assert "- [x] Write to [[People/Boris" in due.read_text(encoding="utf-8")
    _rebuild(root)
    assert "reached out (Due contacts)" in (root / "People/Boris.md").read_text(encoding="utf-8")


def test_logged_text_is_one_line_whatever_it_holds(make_vault: MakeVault) -> None:
    root = make_vault({"People/Anna.md": ANNA})
    result = run_cli(
        "log",
        root,
        "Anna",
        "--text",
        "talked\n## Not a heading\n---\n- nor an item",
        "--today",
        TODAY,
    )
    assert result.returncode == 0, result.stderr
    text = (root / "People/Anna.md").read_text(encoding="utf-8")
    added = text[len(ANNA) :]
    assert f"- {TODAY} talked ## Not a heading --- - nor an item\n" in added
    assert "\n---\n" not in added and "\n## Not" not in added
