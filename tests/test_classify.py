"""Note kinds by type, categories, tags and folders; daily notes; templates."""

from __future__ import annotations

import json
from datetime import date

from conftest import MakeVault

from vaultkit import config
from vaultkit.app import pipeline
from vaultkit.config import ObsidianSettings
from vaultkit.links.daily import daily_date
from vaultkit.links.kinds import classify
from vaultkit.parse.note_parser import loads
from vaultkit.store import vault

DEFAULT = config.default()


def kind(text: str, path: str = "Notes/x.md", conf: config.Config = DEFAULT) -> str:
    return classify(loads(text, path), conf)


def test_type_property_text_link_or_list() -> None:
    assert kind("---\ntype: recruiter\n---\n") == "contact"
    assert kind("---\ntype: Рекрутер\n---\n") == "contact"
    assert kind('---\ntype: ["[[Job Interviews]]"]\n---\n') == "interview"
    assert kind("---\ntype: [meeting, other]\n---\n") == "meeting"
    assert kind("---\ntype: компания\n---\n") == "company"


def test_categories_tags_and_folders() -> None:
    assert kind('---\ncategories: ["[[People]]"]\n---\n') == "contact"
    assert kind('---\ncategories: ["[[Companies|co]]"]\n---\n') == "company"
    assert kind("#recruiter/tech note") == "contact"
    assert kind("plain", "Contacts/Anna.md") == "contact"
    assert kind("plain", "Work/Interviews/Acme.md") == "interview"
    assert kind("plain", "Notes/Ideas.md") == "other"


def test_type_wins_over_folder() -> None:
    assert kind("---\ntype: company\n---\n", "People/Acme.md") == "company"


def test_daily_notes_by_name_and_settings() -> None:
    assert kind("x", "2026-11-01.md") == "daily"
    conf, _ = config.loads("", ObsidianSettings(daily_folder="Journal", daily_format="DD.MM.YYYY"))
    assert kind("x", "Journal/01.11.2026.md", conf) == "daily"
    assert kind("x", "Other/01.11.2026.md", conf) == "other"
    assert daily_date("J/2026/11/01 Sunday.md", "J", "YYYY/MM/DD dddd").isoformat() == "2026-11-01"  # type: ignore[union-attr]
    assert daily_date("Nov 3rd, 2026.md", "", "MMM Do, YYYY").isoformat() == "2026-11-03"  # type: ignore[union-attr]


def test_daily_formats_with_folders_by_date_and_russian_names() -> None:
    def day(path: str, moment_format: str, folder: str = "") -> str | None:
        found = daily_date(path, folder, moment_format)
        return found.isoformat() if found else None

    assert day("Daily/2026/11/2026-11-20.md", "YYYY/MM/YYYY-MM-DD", "Daily") == "2026-11-20"
    assert day("2026/11-November/2026-11-20-Friday.md", "YYYY/MM-MMMM/YYYY-MM-DD-dddd") == (
        "2026-11-20"
    )
    assert day("2026/11/2025-11-20.md", "YYYY/MM/YYYY-MM-DD") is None  # the years disagree
    assert day("20 ноября 2026.md", "D MMMM YYYY") == "2026-11-20"
    assert day("1 мая 2026.md", "D MMMM YYYY") == "2026-05-01"
    assert day("2026-11-20 пятница.md", "YYYY-MM-DD dddd") == "2026-11-20"
    assert day("20 нояб. 2026.md", "D MMM YYYY") == "2026-11-20"
    assert day("daily/2026-11-20.md", "YYYY-MM-DD", "Daily/") == "2026-11-20"
    assert day("Daily/Old/2026-11-20.md", "YYYY-MM-DD", "Daily") is None
    assert daily_date("2026-02-30.md", "", "YYYY-MM-DD") is None


def test_templates_are_never_contacts() -> None:
    conf, _ = config.loads("", ObsidianSettings(template_folders=("Templates",)))
    assert kind("---\ntype: contact\n---\n", "Templates/Contact.md", conf) == "template"


def test_daily_notes_follow_the_periodic_notes_plugin_when_it_is_enabled(
    make_vault: MakeVault,
) -> None:
    core = {"folder": "Daily", "format": "YYYY-MM-DD"}
    periodic = {"daily": {"enabled": True, "folder": "Journal", "format": "D MMMM YYYY"}}
    root = make_vault(
        {
            ".obsidian/daily-notes.json": json.dumps(core),
            ".obsidian/plugins/periodic-notes/data.json": json.dumps(periodic),
            "People/Anna.md": "---\ntype: contact\n---\n",
            "Journal/20 November 2026.md": "- call with [[Anna]]\n",
        }
    )
    disabled = (ObsidianSettings("Daily", "YYYY-MM-DD"), ())  # the plugin is not enabled
    assert vault.obsidian_settings(root) == disabled
    (root / ".obsidian/community-plugins.json").write_text('["dataview", "periodic-notes"]')
    assert vault.obsidian_settings(root) == (ObsidianSettings("Journal", "D MMMM YYYY"), ())
    built = pipeline.build(root)
    assert built.graph.daily_dates == {"Journal/20 November 2026.md": date(2026, 11, 20)}
    version_1 = {  # the 1.x settings: calendar sets, one of them active
        "activeCalendarSet": "work",
        "calendarSets": [
            {"id": "home", "day": {"enabled": True, "folder": "Home", "format": "YYYY"}},
            {"id": "work", "day": {"enabled": True, "folder": "Work", "format": "DD.MM.YYYY"}},
        ],
    }
    (root / ".obsidian/plugins/periodic-notes/data.json").write_text(json.dumps(version_1))
    assert vault.obsidian_settings(root) == (ObsidianSettings("Work", "DD.MM.YYYY"), ())
    version_1["calendarSets"][1]["day"]["enabled"] = False  # type: ignore[index]
    (root / ".obsidian/plugins/periodic-notes/data.json").write_text(json.dumps(version_1))
    assert vault.obsidian_settings(root) == (ObsidianSettings("Daily", "YYYY-MM-DD"), ())


def test_settings_files_that_cannot_be_read_are_named_and_ignored(
    make_vault: MakeVault,
) -> None:
    """A settings file cut short or garbled by a sync: its settings are not guessed, and the
    health note says what that costs (here: the templates count as notes)."""
    root = make_vault(
        {
            ".obsidian/templates.json": '{"folder": "Vorlagen",',
            ".obsidian/daily-notes.json": b"\xff\xfe{}",
            "Vorlagen/Contact.md": "---\ntype: contact\n---\n",
        }
    )
    settings, problems = vault.obsidian_settings(root)
    assert settings == ObsidianSettings()
    assert [(p.path, p.line, p.severity) for p in problems] == [
        (".obsidian/daily-notes.json", 0, "warning"),
        (".obsidian/templates.json", 1, "warning"),
    ]
    assert problems[0].message.startswith("cannot be read (not UTF-8 text); its settings are")
    assert "set [templates] folder in .vaultkit/config.toml" in problems[1].message
    built = pipeline.build(root)
    assert set(problems) <= set(built.diagnostics)
    assert built.graph.kinds["Vorlagen/Contact.md"] == "contact"


def test_a_folder_named_templates_holds_templates_when_nothing_says_otherwise(
    make_vault: MakeVault,
) -> None:
    root = make_vault(
        {
            "Templates/Recruiter.md": "---\ntags: [рекрутер]\nпоследний контакт: {{date}}\n---\n",
            "Шаблоны/Собес.md": "---\ntype: interview\ndate: {{date}}\n---\n",
        }
    )
    built = pipeline.build(root)
    assert set(built.graph.kinds.values()) == {"template"}
    assert not [d for d in built.diagnostics if d.severity == "error"]


def test_a_note_in_a_folder_of_its_own_is_told_by_its_properties() -> None:
    assert kind("---\norg: Kestrel\ntitle: Talent Partner\n---\n", "CRM/Lena.md") == "contact"
    assert kind("---\nbday: Nov 28\n---\n", "CRM/Arjun.md") == "contact"
    assert kind("---\nhow we met: a meetup\n---\n", "CRM/Sam.md") == "contact"
    assert kind("---\nstage: offer\napplied: 2026-10-02\n---\n", "Pipeline/K.md") == "interview"
    assert kind("---\ntitle: Lessons Learned\nauthor: Kaner\n---\n", "Books/L.md") == "other"
    assert kind("---\nstage: draft\n---\n", "Writing/post.md") == "other"
    # a folder's word still wins: a person's properties do not make a company note a contact
    assert kind("---\nemail: jobs@acme.com\n---\n", "Companies/Acme.md") == "company"
