"""Ticks in the generated due note are recorded in the notes they concern, once, and safely."""

from __future__ import annotations

import re
from datetime import date

import pytest
from conftest import MakeVault, run_cli, section_of, tick

from vaultkit.app import pipeline
from vaultkit.app.session import Session
from vaultkit.store import writer
from vaultkit.ticks import record
from vaultkit.ticks.edit import insert_entry

TODAY = "2026-11-24"
ANNA = "---\ntype: contact\ntier: key\nlast_contact: 2026-09-01\n---\n# Anna\r\n\r\nSome notes.\r\n"
TITLES = {"en": "Due contacts", "ru": "Кому написать"}


@pytest.mark.parametrize("language", ["en", "ru"])
def test_ticking_a_contact_records_one_line(make_vault: MakeVault, language: str) -> None:
    root = make_vault(
        {
            "People/Anna.md": ANNA.encode(),
            ".vaultkit/config.toml": f'language = "{language}"\n',
        }
    )
    due_note = root / "vaultkit" / f"{TITLES[language]}.md"
    assert run_cli("rebuild", root, "--today", TODAY).returncode == 0
    assert section_of(due_note.read_text(encoding="utf-8"), "Anna") in ("Overdue", "Просрочено")
    tick(due_note, r"\[\[People/Anna")
    result = run_cli("rebuild", root, "--today", TODAY)
    assert result.returncode == 0, result.stderr
    assert "recorded a ticked task in People/Anna.md" in result.stderr
    after = (root / "People/Anna.md").read_bytes()
    heading = "Log" if language == "en" else "Журнал"
    phrase = "reached out (Due contacts)" if language == "en" else "контакт (Кому написать)"
    assert after.startswith(ANNA.encode())  # every byte kept, CRLF lines included
    added = after[len(ANNA.encode()) :].decode()
    assert re.fullmatch(
        rf"\r\n## {heading}\r\n\r\n- {TODAY} {re.escape(phrase)} \^vk-ro-[0-9a-f]{{10}}\r\n", added
    ), added
    text = due_note.read_text(encoding="utf-8")
    assert section_of(text, "Anna") not in ("Overdue", "Просрочено")  # moved on
    third = run_cli("rebuild", root, "--today", TODAY)
    assert "recorded" not in third.stderr
    assert (root / "People/Anna.md").read_bytes() == after


def test_a_tick_in_the_due_note_of_a_former_language_is_recorded(make_vault: MakeVault) -> None:
    root = make_vault({"People/Anna.md": ANNA.encode()})
    assert run_cli("rebuild", root, "--today", TODAY).returncode == 0
    tick(root / "vaultkit" / "Due contacts.md", r"\[\[People/Anna")  # then a change of language
    (root / ".vaultkit").mkdir(exist_ok=True)
    (root / ".vaultkit/config.toml").write_text('language = "ru"\n', encoding="utf-8")
    result = run_cli("rebuild", root, "--today", TODAY)
    assert "recorded a ticked task in People/Anna.md" in result.stderr, result.stderr
    assert "Кому написать" in (root / "vaultkit" / "Due contacts.md").read_text(encoding="utf-8")
    assert (root / "People/Anna.md").read_text(encoding="utf-8").count("^vk-ro-") == 1
    again = run_cli("rebuild", root, "--today", TODAY)
    assert "recorded" not in again.stderr
    assert "nothing changed" in run_cli("rebuild", root, "--today", TODAY).stderr


def test_a_tick_a_note_cannot_take_goes_to_the_interaction_log(make_vault: MakeVault) -> None:
    legacy = "---\ntype: contact\ntier: key\nlast_contact: 2026-09-01\n---\n# Анна\n".encode(
        "cp1251"
    )
    root = make_vault({"People/Anna.md": legacy})
    assert run_cli("rebuild", root, "--today", TODAY).returncode == 0
    due_note = root / "vaultkit" / "Due contacts.md"
    tick(due_note, r"\[\[People/Anna")
    result = run_cli("rebuild", root, "--today", TODAY)
    assert result.returncode == 0, result.stderr
    assert "recorded a ticked task in vaultkit/Interaction log.md" in result.stderr
    assert "not UTF-8" in result.stderr
    assert (root / "People/Anna.md").read_bytes() == legacy  # never re-encoded or touched
    log = (root / "vaultkit" / "Interaction log.md").read_text(encoding="utf-8")
    assert log.count("[[People/Anna|Anna]]") == 1
    assert section_of(due_note.read_text(encoding="utf-8"), "Anna") != "Overdue"
    assert "recorded" not in run_cli("rebuild", root, "--today", TODAY).stderr


@pytest.mark.parametrize("language", ["en", "ru"])
def test_ticking_a_feedback_request_starts_the_reminder(
    make_vault: MakeVault, language: str
) -> None:
    root = make_vault(
        {
            "People/Maria.md": "---\ntype: contact\n---\n",
            "Companies/Acme.md": "---\ntype: company\n---\n",
            "Interviews/Final.md": '---\ntype: interview\ncompany: "[[Acme]]"\nrecruiter: "[[Maria]]"\n'
            "position: Lead\ndate: 2026-11-20\nresult: rejected\n"
            "result_date: 2026-11-23\n---\n# Final\n\n## Log\n- 2026-11-20 interview done\n",
            ".vaultkit/config.toml": f'language = "{language}"\n',
        }
    )
    due_note = root / "vaultkit" / f"{TITLES[language]}.md"
    run_cli("rebuild", root, "--today", TODAY)
    before = (root / "Interviews/Final.md").read_text(encoding="utf-8")
    tick(due_note, r"Interviews/Final")
    run_cli("rebuild", root, "--today", TODAY)
    after = (root / "Interviews/Final.md").read_text(encoding="utf-8")
    new_lines = [line for line in after.split("\n") if line not in before.split("\n")]
    assert len(new_lines) == 1 and new_lines[0].startswith(f"- {TODAY} ")
    assert "[[People/Maria|Maria]]" in new_lines[0]
    assert after.replace(new_lines[0] + "\n", "") == before
    items = run_cli("due", root, "--today", TODAY, "--json").stdout
    assert '"feedback_reminder"' in items and '"request_feedback"' not in items
    assert '"due_on": "2026-12-01"' in items  # 7 days after the recorded request
    run_cli("rebuild", root, "--today", TODAY)
    assert (root / "Interviews/Final.md").read_text(encoding="utf-8") == after


def test_log_mode_leaves_notes_untouched(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Anna.md": ANNA.encode(),
            ".vaultkit/config.toml": '[due]\nrecord_ticks_in = "log"\n',
        }
    )
    run_cli("rebuild", root, "--today", TODAY)
    tick(root / "vaultkit/Due contacts.md", r"People/Anna")
    run_cli("rebuild", root, "--today", TODAY)
    assert (root / "People/Anna.md").read_bytes() == ANNA.encode()
    log = (root / "vaultkit/Interaction log.md").read_text(encoding="utf-8")
    assert f"- {TODAY} reached out [[People/Anna|Anna]] (Due contacts) ^vk-ro-" in log
    text = (root / "vaultkit/Due contacts.md").read_text(encoding="utf-8")
    assert section_of(text, "Anna") != "Overdue"


def test_a_note_changed_while_editing_is_left_alone(make_vault: MakeVault) -> None:
    root = make_vault({"People/Anna.md": ANNA})

    def change_meanwhile(text: str) -> str:
        (root / "People/Anna.md").write_text(text + "typed meanwhile\n", encoding="utf-8")
        return insert_entry(text, "- 2026-11-24 reached out", "Log")

    result = writer.edit_note(root, "People/Anna.md", change_meanwhile)
    assert result.outcome == "deferred" and "changed while vaultkit was editing" in result.message
    assert (root / "People/Anna.md").read_text(encoding="utf-8").endswith("typed meanwhile\n")


def test_completed_task_anywhere_is_an_interaction(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Anna.md": "---\ntype: contact\ntier: key\nlast_contact: 2026-09-01\n---\n",
            "Projects/Plan.md": "- [x] call [[Anna]] about the offer ✅ 2026-11-20\n"
            "- [ ] email [[Anna]] again\n- [x] coffee with [[Anna]]\n",
        }
    )
    result = run_cli("due", root, "--today", TODAY, "--json")
    assert '"due_on": "2026-12-20"' in result.stdout and '"channel": "call"' in result.stdout
    check = run_cli("check", root, "--json")
    assert "has no done date" in check.stdout


@pytest.mark.parametrize(
    "stamp",
    ["[completion:: 2026-11-21]", "(completion:: 2026-11-21)", "✅\ufe0f 2026-11-21"],
)
def test_a_done_date_in_the_dataview_format_counts_too(make_vault: MakeVault, stamp: str) -> None:
    # the Tasks plugin's Dataview format, and Dataview's own task completion, write the done
    # date as an inline field; such a task had counted as undated
    root = make_vault(
        {
            "People/Anna.md": "---\ntype: contact\ntier: key\nlast_contact: 2026-09-01\n---\n",
            "Projects/Plan.md": f"- [x] call [[Anna]] about the offer {stamp}\n",
        }
    )
    result = run_cli("due", root, "--today", TODAY, "--json")
    assert '"due_on": "2026-12-21"' in result.stdout, result.stdout
    assert "no done date" not in run_cli("check", root, "--json").stdout


def test_a_tick_with_a_dataview_done_date_is_recorded_on_that_day(make_vault: MakeVault) -> None:
    root = make_vault({"People/Anna.md": ANNA})
    due_note = root / "vaultkit" / "Due contacts.md"
    assert run_cli("rebuild", root, "--today", TODAY).returncode == 0
    tick(due_note, r"\[\[People/Anna", done_on="2026-11-22")
    text = due_note.read_text(encoding="utf-8")
    due_note.write_text(
        text.replace("✅ 2026-11-22", "[completion:: 2026-11-22]"), encoding="utf-8"
    )
    assert run_cli("rebuild", root, "--today", TODAY).returncode == 0
    assert "- 2026-11-22 reached out (Due contacts)" in (root / "People/Anna.md").read_text(
        encoding="utf-8"
    )


def test_log_command(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Anna.md": ANNA,
            "People/Alex Kim.md": "---\ntype: contact\n---\n",
            "Contacts/Alex Kim.md": "---\ntype: contact\n---\n",
        }
    )
    result = run_cli(
        "log",
        root,
        "anna",
        "--on",
        "2026-11-20",
        "--channel",
        "call",
        "--text",
        "talked about Q1",
        "--today",
        TODAY,
    )
    assert result.returncode == 0, result.stderr
    text = (root / "People/Anna.md").read_text(encoding="utf-8")
    assert text.endswith("## Log\n\n- 2026-11-20 call: talked about Q1\n")
    assert text.startswith(ANNA.replace("\r\n", "\n").split("# Anna")[0])
    due = (root / "vaultkit/Due contacts.md").read_text(encoding="utf-8")
    assert "last: call 4 days ago (20\u00a0Nov)" in due
    ambiguous = run_cli("log", root, "Alex Kim")
    assert ambiguous.returncode == 2
    assert "People/Alex Kim" in ambiguous.stderr and "Contacts/Alex Kim" in ambiguous.stderr
    unknown = run_cli("log", root, "Anya")
    assert unknown.returncode == 2 and "no contact note named 'Anya'" in unknown.stderr


def test_log_without_a_day_is_dated_the_day_today_names(make_vault: MakeVault) -> None:
    root = make_vault({"People/Anna.md": "---\ntype: contact\ntier: key\n---\n# Anna\n"})
    result = run_cli("log", root, "Anna", "--channel", "email", "--today", "2026-11-03")
    assert result.returncode == 0, result.stderr
    assert "- 2026-11-03 email" in (root / "People/Anna.md").read_text(encoding="utf-8")
    bad = run_cli("log", root, "Anna", "--on", "2026-13-01")
    assert bad.returncode == 2 and "--on" in bad.stderr


def test_a_tick_another_vaultkit_records_meanwhile_is_recorded_once(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_vault({"People/Anna.md": ANNA})
    assert run_cli("rebuild", root, "--today", TODAY).returncode == 0
    tick(root / "vaultkit" / "Due contacts.md", r"\[\[People/Anna")
    note = root / "People/Anna.md"

    def recorded_meanwhile(text: str, line: str, headings: tuple[str, ...]) -> str:
        # a second vaultkit (the daemon, say) records the same tick between this one's read
        # and its write, so this one's write finds the note changed
        note.write_text(insert_entry(text, line, headings), encoding="utf-8")
        return insert_entry(text, line, headings)

    monkeypatch.setattr(record, "insert_entry", recorded_meanwhile)
    result = pipeline.rebuild(Session(root), date.fromisoformat(TODAY))
    assert [edit.outcome for edit in result.edits] == ["already"]
    assert note.read_text(encoding="utf-8").count("reached out") == 1
    assert not (root / "vaultkit" / "Interaction log.md").exists()
