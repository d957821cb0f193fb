"""End to end: the real `vaultkit` command on temporary vaults."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import REPO, MakeVault, run_cli

GOLDEN = REPO / "tests" / "golden"
TODAY = "2026-11-24"
NEWS_AND_EVENTS = """
[due.events]
"Recruiters' Day" = { date = "11-27", who = "key" }

[news]
search_status = "searching"
search_status_since = "2026-11-02"
"""
"""The golden notes show a search's status as news and a yearly professional date."""


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize(
    "name, titles",
    [
        ("health", ("Vault health", "Состояние хранилища")),
        ("due", ("Due contacts", "Кому написать")),
        ("themes", ("Feedback themes", "Темы обратной связи")),
        ("network", ("Network", "Сеть контактов")),
    ],
)
def test_generated_note_golden(
    sample_copy: Path, language: str, name: str, titles: tuple[str, str]
) -> None:
    (sample_copy / ".vaultkit").mkdir()
    (sample_copy / ".vaultkit" / "config.toml").write_text(
        f'language = "{language}"\n{NEWS_AND_EVENTS}', encoding="utf-8"
    )
    result = run_cli("rebuild", sample_copy, "--today", TODAY)
    assert result.returncode == 0, result.stderr
    title = titles[0] if language == "en" else titles[1]
    written = (sample_copy / "vaultkit" / f"{title}.md").read_text(encoding="utf-8")
    golden = GOLDEN / f"{name}.{language}.md"
    if os.environ.get("VAULTKIT_UPDATE_GOLDEN"):
        golden.write_text(written, encoding="utf-8")
    assert written == golden.read_text(encoding="utf-8")


def test_rebuild_reports_problems_with_file_and_line(sample_copy: Path) -> None:
    result = run_cli("rebuild", sample_copy, "--today", TODAY)
    assert (
        "Interviews/2026-11-05 Orbita Games (broken on purpose).md:3: broken property block"
        in result.stderr
    )
    assert "written: vaultkit/Vault health.md" in result.stderr
    assert "71 notes (all parsed)" in result.stderr
    again = run_cli("rebuild", sample_copy, "--today", TODAY)
    assert "nothing changed since the last rebuild" in again.stderr
    note = sample_copy / "People" / "Tom Becker.md"
    note.write_text(note.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    third = run_cli("rebuild", sample_copy, "--today", TODAY)
    assert "unchanged: vaultkit/Vault health.md" in third.stderr
    assert "71 notes (1 parsed, 70 from the cache)" in third.stderr


def test_check_json(sample_copy: Path) -> None:
    result = run_cli("check", sample_copy, "--json")
    assert result.returncode == 1  # the sample vault has a broken property block on purpose
    report = json.loads(result.stdout)
    assert report["notes"] == 71
    assert isinstance(report["links"], int) and report["links"] > 90
    assert {"source": "Daily/2026-11-06.md", "target": "Mikhail Orlov", "line": 8} in report[
        "unresolved"
    ]
    errors = [d for d in report["diagnostics"] if d["severity"] == "error"]
    assert errors == [
        {
            "path": "Interviews/2026-11-05 Orbita Games (broken on purpose).md",
            "line": 3,
            "severity": "error",
            "message": "broken property block: found unexpected end of stream; most likely a "
            "quote or bracket is opened and never closed",
        }
    ]
    assert report["kinds"]["contact"] == 17
    assert report["kinds"]["company"] == 8


def test_check_exit_zero_on_a_clean_vault(make_vault: MakeVault) -> None:
    root = make_vault({"People/Anna.md": "---\ntype: contact\n---\n"})
    result = run_cli("check", root)
    assert result.returncode == 0, result.stderr
    assert "1 note," in result.stdout


def test_graph_export_json_and_graphml(sample_copy: Path, tmp_path: Path) -> None:
    result = run_cli("graph", sample_copy, "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    edges = [(e["source"], e["target"], e["where"]) for e in data["links"]]
    assert ("People/Anna Petrova.md", "Companies/Northwind Systems.md", "company") in edges
    assert ("Meetings/2026-10-22 Coffee with Anna.md", "People/Anna Petrova.md", "people") in edges
    out = tmp_path / "g.graphml"
    assert run_cli("graph", sample_copy, "--format", "graphml", "-o", out).returncode == 0
    assert ET.parse(out).getroot().tag.endswith("graphml")


def test_init_writes_config(make_vault: MakeVault) -> None:
    root = make_vault({})
    assert run_cli("init", root).returncode == 0
    assert (root / ".vaultkit" / "config.toml").is_file()
    second = run_cli("init", root)
    assert second.returncode == 2
    assert "exists already" in second.stderr


def test_a_folder_that_is_no_vault_is_refused_until_init(tmp_path: Path) -> None:
    """A mistyped path (a home or project folder) is neither read nor written into."""
    folder = tmp_path / "projects"
    (folder / "app").mkdir(parents=True)
    (folder / "app" / "README.md").write_text("# App\n[[Anna]]\n", encoding="utf-8")
    before = sorted(p.relative_to(folder) for p in folder.rglob("*"))
    for command in (["rebuild"], ["check"], ["due"], ["network"], ["watch"]):
        refused = run_cli(*command, folder)
        assert refused.returncode == 2, command
        assert "not an Obsidian vault" in refused.stderr and "vaultkit init" in refused.stderr
    assert sorted(p.relative_to(folder) for p in folder.rglob("*")) == before
    assert run_cli("init", folder).returncode == 0
    assert run_cli("rebuild", folder, "--today", "2026-11-24").returncode == 0
    assert (folder / "vaultkit" / "Vault health.md").is_file()


def test_vault_left_out_inside_a_vault_or_named_by_the_environment(
    sample_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As git finds its repository: from any folder of the vault, or VAULTKIT_VAULT. In this
    process (the installed command is run for real by the smoke tests), but for the
    environment's vault, which a real process reads."""
    monkeypatch.delenv("VAULTKIT_VAULT", raising=False)
    monkeypatch.chdir(sample_copy / "People")
    inside = run_cli("rebuild", "--today", "2026-11-24")
    assert inside.returncode == 0, inside.stderr
    assert (sample_copy / "vaultkit" / "Due contacts.md").is_file()
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "VAULTKIT_VAULT"}
    named = subprocess.run(
        [sys.executable, "-m", "vaultkit", "due", "--today", "2026-11-24", "--json"],
        cwd=outside,
        env={**env, "VAULTKIT_VAULT": str(sample_copy)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert named.returncode == 0 and json.loads(named.stdout), named.stderr
    monkeypatch.chdir(sample_copy / "Daily")
    logged = run_cli("log", "Anna Petrova", "--today", "2026-11-24")
    assert logged.returncode == 0, logged.stderr
    assert "- 2026-11-24 contact" in (sample_copy / "People" / "Anna Petrova.md").read_text("utf-8")
    monkeypatch.chdir(outside)
    too_many = run_cli("log", str(sample_copy), "Anna", "Petrova")
    assert too_many.returncode == 2 and "CONTACT alone (quote a name)" in too_many.stderr
    lost = run_cli("check")
    assert lost.returncode == 2
    assert "neither this folder nor any folder above it is an Obsidian vault" in lost.stderr
    assert "VAULTKIT_VAULT" in lost.stderr and "Traceback" not in lost.stderr


def test_user_errors_have_no_traceback(tmp_path: Path, make_vault: MakeVault) -> None:
    missing = run_cli("rebuild", tmp_path / "nope")
    assert missing.returncode == 2
    assert "no such folder" in missing.stderr and "Traceback" not in missing.stderr
    bad_day = run_cli("rebuild", tmp_path, "--today", "24.11.2026")
    assert bad_day.returncode == 2 and "YYYY-MM-DD" in bad_day.stderr
    root = make_vault({".vaultkit/config.toml": 'language = "de"\n'})
    bad_config = run_cli("check", root)
    assert bad_config.returncode == 2
    assert "config.toml:1: language must be one of en, ru" in bad_config.stderr
    (root / ".vaultkit" / "config.toml").unlink()
    nowhere = tmp_path / "no folder" / "graph.json"
    export = run_cli("graph", root, "--format", "json", "-o", nowhere)
    assert export.returncode == 2 and "unexpected" not in export.stderr
    assert f"error: {nowhere}: cannot be written (No such file or directory)" in export.stderr


def test_refused_write_exits_one(make_vault: MakeVault) -> None:
    root = make_vault({"vaultkit/Vault health.md": "my own note\n"})
    result = run_cli("rebuild", root)
    assert result.returncode == 1
    assert "refused" in result.stderr
    assert (root / "vaultkit/Vault health.md").read_text() == "my own note\n"


def test_due_json_and_ics(sample_copy: Path, tmp_path: Path) -> None:
    result = run_cli("due", sample_copy, "--today", TODAY, "--json")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert {item["kind"] for item in items} == {
        "reply",
        "reach_out",
        "first_touch",
        "special_date",
        "request_feedback",
        "follow_up",
        "feedback_reminder",
        "share_news",
        "event",
    }
    follow = next(
        item for item in items if item["contact"] == "Anna Petrova" and item["kind"] == "follow_up"
    )
    assert follow["interview"] == "2026-11-19 Northwind re-interview"
    assert follow["due_on"] == "2026-11-24" and "follow-up" in follow["reason"]  # Thu + 3 wd
    assert all(set(item) >= {"kind", "contact", "interview", "due_on", "reason"} for item in items)
    table = run_cli("due", sample_copy, "--today", TODAY)
    assert "Ирина Белова" in table.stdout
    ics = tmp_path / "due.ics"
    assert run_cli("ics", sample_copy, "--today", TODAY, "-o", ics).returncode == 0
    first = ics.read_text()
    assert first.count("BEGIN:VEVENT") == len(items)
    irina = next(item for item in items if item["contact"] == "Ирина Белова")
    assert irina["kind"] == "share_news" and irina["section"] == "news"  # her check-in is it
    assert irina["news"][0]["text"] == "Finished the Kubernetes course, CKA certificate done"
    dmitry = next(item for item in items if item["contact"] == "Дмитрий Соколов")
    assert dmitry["share"].startswith("a project you shipped or a skill you picked up")
    from icalendar import Calendar

    events = Calendar.from_ical(first).walk("VEVENT")
    described = [str(event["DESCRIPTION"]) for event in events]
    assert f"{dmitry['reason']}\nShare: {dmitry['share']}" in described
    run_cli("ics", sample_copy, "--today", "2026-11-25", "-o", ics)
    uids = {line for line in first.splitlines() if line.startswith("UID:")}
    assert uids <= {line for line in ics.read_text().splitlines() if line.startswith("UID:")}


def test_themes_json_and_classify(sample_copy: Path) -> None:
    lumen = sample_copy / "Interviews" / "2026-10-20 Lumen screen.md"
    lumen.write_text(lumen.read_text(encoding="utf-8") + "- A real pleasure to talk to\n")
    result = run_cli("themes", sample_copy, "--today", TODAY, "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    recurring = [theme["theme"] for theme in report["themes"] if theme["recurring"]]
    assert len(recurring) >= 2 and recurring[0] == "system_design"
    assert [item["text"] for item in report["unclassified"]] == ["A real pleasure to talk to"]
    classified = run_cli(
        "themes",
        "--classify",
        stdin="Не хватило опыта в системном дизайне\nExplains things clearly\n",
    )
    lines = [json.loads(line) for line in classified.stdout.splitlines()]
    assert lines == [
        {
            "text": "Не хватило опыта в системном дизайне",
            "themes": ["system_design", "experience"],
            "polarity": "improvement",
        },
        {"text": "Explains things clearly", "themes": ["communication"], "polarity": "strength"},
    ]
    assert run_cli("themes").returncode == 2


def test_help_has_examples() -> None:
    for command in ("rebuild", "check", "graph", "init", "due", "ics", "themes", "log"):
        result = run_cli(command, "--help")
        assert result.returncode == 0
        assert "Example" in result.stdout and "vaultkit " + command in result.stdout


HEAVY = ("networkx", "jinja2", "markdown_it", "icalendar", "snowballstemmer")


def _modules_after(*args: str) -> set[str]:
    """The heavy libraries a fresh process has loaded after running `vaultkit ARGS`."""
    code = (
        "import sys, contextlib, io\n"
        "from vaultkit.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main({list(args)!r})\n"
        f"print(' '.join(sorted(m for m in {HEAVY!r} if m in sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split())


def test_help_and_a_rebuild_with_nothing_to_do_load_nothing_heavy(sample_copy: Path) -> None:
    assert _modules_after("--help") == set()
    working = _modules_after("rebuild", str(sample_copy), "--today", "2026-11-24")
    assert working == set(HEAVY) - {"icalendar"}  # the calendar is for `vaultkit ics` only
    assert _modules_after("rebuild", str(sample_copy), "--today", "2026-11-24") == set()


def test_names_with_brackets_print_as_written(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Anna [HR].md": "---\ntype: contact\ntier: key\n---\n",
            "People/Bad [red].md": "---\ntype: [contact\n---\n",
            "Daily/2026-11-20.md": "- call [[b]] and [[red]]\n",
        }
    )
    check = run_cli("check", root)
    assert "unresolved: Daily/2026-11-20.md:1: [[b]]" in check.stdout
    assert "unresolved: Daily/2026-11-20.md:1: [[red]]" in check.stdout
    due = run_cli("due", root, "--today", "2026-11-24")
    assert "Anna [HR]" in due.stdout, due.stdout
    rebuilt = run_cli("rebuild", root, "--today", "2026-11-24")
    assert "error: People/Bad [red].md:2: broken property block" in rebuilt.stderr


def test_long_work_reports_each_stage(sample_copy: Path) -> None:
    """What the progress line shows: notes parsed, then each generated note as it is made."""
    from datetime import date

    from vaultkit.app import pipeline
    from vaultkit.cli.support import Shown

    seen: list[tuple[str, int, int | None]] = []
    shown = Shown(lambda **f: seen.append((f["description"], f["completed"], f["total"])))
    result = pipeline.rebuild_if_needed(
        sample_copy, date(2026, 11, 24), progress=shown.parsed, stage=shown.making
    )
    assert isinstance(result, pipeline.Rebuild)
    parsed = [entry for entry in seen if entry[0] == "parsing notes"]
    assert parsed[-1] == ("parsing notes", 71, 71)
    assert [entry for entry in seen if entry[0] != "parsing notes"] == [
        ("making vaultkit/Vault health.md", 0, 5),
        ("making vaultkit/Due contacts.md", 1, 5),
        ("making vaultkit/Feedback themes.md", 2, 5),
        ("making vaultkit/Network.md", 3, 5),
        ("making vaultkit/Network.canvas", 4, 5),
    ]


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_commands_run_on_a_terminal(sample_copy: Path) -> None:
    """On a terminal (where the progress line is drawn) the commands work as elsewhere."""
    import pty

    def on_a_terminal(*args: str) -> str:
        output = bytearray()

        def read(fd: int) -> bytes:
            data = os.read(fd, 1024)
            output.extend(data)
            return data

        status = pty.spawn([sys.executable, "-m", "vaultkit", *args], read)
        text = output.decode("utf-8", errors="replace")
        assert os.waitstatus_to_exitcode(status) == 0, text
        assert "Traceback" not in text
        return text

    rebuilt = on_a_terminal("rebuild", str(sample_copy), "--today", "2026-11-24")
    assert "71 notes (all parsed)" in rebuilt
    assert "Due on 2026-11-24" in on_a_terminal("due", str(sample_copy), "--today", "2026-11-24")
