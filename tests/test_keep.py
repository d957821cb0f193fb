"""A user's edits to a generated note are kept before the note is replaced."""

from __future__ import annotations

from datetime import date

from conftest import MakeVault, run_cli
from hypothesis import given
from hypothesis import strategies as st

from vaultkit.app import pipeline
from vaultkit.store import backups

DAY = "2026-11-24"
CONTACT = "---\ntype: contact\ntier: key\n---\n- 2026-09-01 call\n"


def test_ticks_task_dates_and_line_endings_are_no_edit() -> None:
    written = (
        b"---\nvaultkit: due\n---\n- [ ] Write to [[Anna]] \xf0\x9f\x93\x85 2026-11-24 ^vk-1\n"
    )
    ticked = written.replace(b"[ ]", b"[x]").replace(b" ^vk-1", b" \xe2\x9c\x85 2026-11-25 ^vk-1")
    dataview = written.replace(b"[ ]", b"[-]").replace(
        b" ^vk-1", b" [cancelled:: 2026-11-25] ^vk-1"
    )
    assert backups.digest(written) == backups.digest(ticked) == backups.digest(dataview)
    assert backups.digest(written) == backups.digest(written.replace(b"\n", b"\r\n"))
    assert backups.digest(written) != backups.digest(written + b"my remark\n")


# Text as a note holds it (no lone surrogates); a typed remark holds no checkbox or done date
_LINE = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n[]"))
_REMARK = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n[]✅❌"), min_size=1
)


@given(
    st.lists(st.tuples(_LINE, st.sampled_from(" xX-/>"), st.booleans()), max_size=8),
    _REMARK,
)
def test_ticking_any_task_never_counts_as_an_edit_and_typing_does(
    tasks: list[tuple[str, str, bool]], remark: str
) -> None:
    written = "".join(f"- [ ] {text} ^vk-{n}\n" for n, (text, _, _) in enumerate(tasks))
    ticked = "".join(
        f"- [{state}] {text}{' ✅ 2026-11-25' if dated else ''} ^vk-{n}\r\n"
        for n, (text, state, dated) in enumerate(tasks)
    )
    assert backups.digest(written.encode()) == backups.digest(ticked.encode())
    assert backups.digest(written.encode()) != backups.digest((written + remark + "\n").encode())


def test_a_users_edits_stay_until_there_is_news_and_are_kept_then(make_vault: MakeVault) -> None:
    root = make_vault({"People/Anna.md": CONTACT})
    due = root / "vaultkit" / "Due contacts.md"
    assert run_cli("rebuild", root, "--today", DAY).returncode == 0
    edited = due.read_text(encoding="utf-8") + "\nCall her after the conference!\n"
    due.write_text(edited, encoding="utf-8")
    quiet = run_cli("rebuild", root, "--today", DAY)  # nothing new for the note: left as it is
    assert quiet.returncode == 0 and "unchanged: vaultkit/Due contacts.md" in quiet.stderr
    assert due.read_text(encoding="utf-8") == edited
    assert not (root / ".vaultkit" / "backups").exists()
    (root / "People" / "Boris.md").write_text(CONTACT, encoding="utf-8")  # news: Boris is due
    rebuilt = run_cli("rebuild", root, "--today", DAY)
    assert rebuilt.returncode == 0
    [copy] = (root / ".vaultkit" / "backups").iterdir()
    assert copy.name.startswith("Due contacts 2026-") and copy.suffix == ".md"
    assert copy.read_text(encoding="utf-8") == edited
    assert "Call her" not in due.read_text(encoding="utf-8")
    assert "Boris" in due.read_text(encoding="utf-8")
    kept = f".vaultkit/backups/{copy.name}"
    assert f"written: vaultkit/Due contacts.md: your edits to it are kept in {kept}" in (
        rebuilt.stderr
    )
    # a ticked task is recorded, not kept as an edit; a moved canvas card is no edit either
    due.write_text(due.read_text(encoding="utf-8").replace("- [ ]", "- [x]", 1))
    canvas = root / "vaultkit" / "Network.canvas"
    canvas.write_text(canvas.read_text(encoding="utf-8") + " ")  # as a moved card would
    ticked = run_cli("rebuild", root, "--today", DAY)
    assert "recorded a ticked task" in ticked.stderr and "kept" not in ticked.stderr
    assert len(list((root / ".vaultkit" / "backups").iterdir())) == 1


def test_only_the_latest_backups_are_kept(make_vault: MakeVault) -> None:
    root = make_vault({"People/Anna.md": CONTACT})
    due = root / "vaultkit" / "Due contacts.md"
    day = date.fromisoformat(DAY)
    for number in range(backups.KEEP_PER_NOTE + 2):  # in this process: 12 commands took 10 s
        pipeline.rebuild_if_needed(root, day)
        due.write_text(due.read_text(encoding="utf-8") + f"\nremark {number}\n")
        (root / "People" / f"Contact {number}.md").write_text(CONTACT, encoding="utf-8")
    pipeline.rebuild_if_needed(root, day)
    copies = sorted((root / ".vaultkit" / "backups").iterdir(), key=lambda p: p.stat().st_mtime_ns)
    assert len(copies) == backups.KEEP_PER_NOTE
    assert "remark 11" in copies[-1].read_text(encoding="utf-8")
    assert not any("remark 1\n" in copy.read_text(encoding="utf-8") for copy in copies)


def test_edits_that_cannot_be_kept_leave_the_note_as_it_is(make_vault: MakeVault) -> None:
    root = make_vault({"People/Anna.md": CONTACT})
    assert run_cli("rebuild", root, "--today", DAY).returncode == 0
    due = root / "vaultkit" / "Due contacts.md"
    edited = due.read_text(encoding="utf-8") + "\nmy remark\n"
    due.write_text(edited, encoding="utf-8")
    (root / ".vaultkit" / "backups").write_text("a file where the folder goes")
    (root / "People" / "Boris.md").write_text(CONTACT, encoding="utf-8")
    refused = run_cli("rebuild", root, "--today", DAY)
    assert refused.returncode == 1
    assert "vaultkit/Due contacts.md holds edits of yours that could not be kept" in (
        refused.stderr
    )
    assert due.read_text(encoding="utf-8") == edited


def test_a_note_vaultkit_has_no_record_of_writing_is_copied_before_it_is_replaced(
    make_vault: MakeVault,
) -> None:
    """After an upgrade, or with the state folder lost, vaultkit cannot tell a user's edits
    from its own older text: the note is kept, once, before being replaced."""
    root = make_vault({"People/Anna.md": CONTACT})
    assert run_cli("rebuild", root, "--today", DAY).returncode == 0
    (root / ".vaultkit" / backups.RECORD).unlink()
    (root / "People" / "Boris.md").write_text(CONTACT, encoding="utf-8")
    rebuilt = run_cli("rebuild", root, "--today", DAY)
    assert "vaultkit/Due contacts.md: vaultkit has no record of writing it, so it is kept" in (
        rebuilt.stderr
    )
    copies = {copy.name.split(" 20")[0] for copy in (root / ".vaultkit" / "backups").iterdir()}
    assert copies == {"Due contacts", "Network", "Vault health"}  # the notes Boris changes
    assert not any("Boris" in c.read_text() for c in (root / ".vaultkit" / "backups").iterdir())
    (root / "People" / "Clara.md").write_text(CONTACT, encoding="utf-8")
    again = run_cli("rebuild", root, "--today", DAY)
    assert "kept" not in again.stderr  # recorded now: no more copies


def test_without_a_record_or_a_place_for_copies_the_notes_are_still_kept_fresh(
    make_vault: MakeVault,
) -> None:
    """Where .vaultkit/ takes no files, vaultkit knows of no edits and cannot keep copies: the
    notes are still written (a note nobody can know was edited is not frozen forever)."""
    root = make_vault({"People/Anna.md": CONTACT})
    assert run_cli("rebuild", root, "--today", DAY).returncode == 0
    (root / ".vaultkit" / backups.RECORD).unlink()
    (root / ".vaultkit" / "backups").write_text("a file where the folder goes")
    (root / "People" / "Boris.md").write_text(CONTACT, encoding="utf-8")
    rebuilt = run_cli("rebuild", root, "--today", DAY)
    assert rebuilt.returncode == 0
    assert "no record of writing it, and no copy could be kept" in rebuilt.stderr
    assert "Boris" in (root / "vaultkit" / "Due contacts.md").read_text(encoding="utf-8")
