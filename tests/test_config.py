"""Configuration: defaults, overrides, unknown keys and bad values, `init`."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from vaultkit import config
from vaultkit.app import pipeline
from vaultkit.app.session import Session
from vaultkit.config import ObsidianSettings
from vaultkit.errors import UserError
from vaultkit.store import vault


def test_defaults() -> None:
    conf = config.default()
    assert conf.language == "en"
    assert conf.output_folder == "vaultkit"
    assert conf.daily_format == "YYYY-MM-DD"
    assert [name for name, _ in conf.kinds] == ["interview", "meeting", "company", "contact"]


def test_overrides_and_obsidian_settings() -> None:
    obsidian = ObsidianSettings("Daily", "DD.MM.YYYY", ("Templates",))
    conf, warnings = config.loads(
        'language = "ru"\noutput_folder = "Generated/vk"\n[kinds.contact]\nfolders = ["Люди"]\n',
        obsidian,
    )
    assert warnings == ()
    assert (conf.language, conf.output_folder) == ("ru", "Generated/vk")
    assert (conf.daily_folder, conf.daily_format, conf.template_folders) == (
        "Daily",
        "DD.MM.YYYY",
        ("Templates",),
    )
    contact = dict(conf.kinds)["contact"]
    assert contact.folders == ("люди",)
    assert "recruiter" in contact.types  # untouched keys keep their defaults


def test_unknown_keys_are_reported_with_their_line() -> None:
    _, warnings = config.loads('language = "en"\nlanguag = "ru"\n', ObsidianSettings())
    [warning] = warnings
    assert warning.line == 2
    assert "languag" in warning.message


@pytest.mark.parametrize(
    "text, fragment",
    [
        ('language = "de"', "language must be one of"),
        ("output_folder = 3", "must be str"),
        ('output_folder = "../outside"', "inside the vault"),
        # read from the vault's root, these had written the notes to <vault>/vk
        ('output_folder = "~/vk"', "written relative to it"),
        ("output_folder = 'C:\\vk'", "written relative to it"),
        ('[kinds.contact]\ntypes = "contact"', "list of strings"),
        ("kinds = 1", "must be a table"),
        ("language = ", ".vaultkit/config.toml:1: Invalid value"),
        ("[due]\n[due]", ".vaultkit/config.toml:2: Cannot declare ('due',) twice"),
        ("[due]\nkey_cadence_days = 100000000000", "due.key_cadence_days must be at most 3650"),
        ("[themes]\nrecent_days = 99999", "themes.recent_days must be at most 3650"),
        ("[network]\nmature_regularity = nan", "network.mature_regularity must not be negative"),
        ("[watch]\nmax_wait_seconds = 0", ":2: watch.max_wait_seconds must be more than 0"),
        ("[watch]\nmax_wait_seconds = nan", "watch.max_wait_seconds must be more than 0"),
        ("[watch]\nmax_wait_seconds = 1e9", "and at most 3600"),
    ],
)
def test_bad_values_are_errors(text: str, fragment: str) -> None:
    with pytest.raises(UserError) as raised:
        config.loads(text, ObsidianSettings())
    assert fragment in str(raised.value)


def test_a_leading_slash_is_read_from_the_vaults_folder_with_a_warning() -> None:
    loaded, warnings = config.loads('output_folder = "/Generated/vk"', ObsidianSettings())
    assert loaded.output_folder == "Generated/vk"
    [warning] = warnings
    assert warning.line == 1 and "without the leading slash" in warning.message


def test_a_folder_whose_name_starts_with_a_tilde_is_no_home_folder() -> None:
    loaded, _ = config.loads('output_folder = "~generated"', ObsidianSettings())
    assert loaded.output_folder == "~generated"


def test_init_writes_defaults_that_load_back(tmp_path: Path) -> None:
    path = vault.write_default_config(tmp_path)
    assert path == tmp_path / ".vaultkit" / "config.toml"
    assert "# " in path.read_text(encoding="utf-8")
    loaded, warnings = vault.load_config(tmp_path)
    assert loaded == config.default() and warnings == ()
    with pytest.raises(UserError, match="exists already"):
        vault.write_default_config(tmp_path)


KEYS = [
    "language",
    "output_folder",
    "ignore_folders",
    "daily_notes.folder",
    "daily_notes.format",
    "templates.folder",
    "kinds.contact.types",
    "kinds.contact.folders",
    "kinds.company.tags",
    "kinds.custom.types",
    "due.key_cadence_days",
    "due.supporting_cadence_days",
    "due.coming_up_days",
    "due.special_dates",
    "due.remind_ahead_days",
    "due.final_stages",
    "due.feedback_headings",
    "due.request_within_days",
    "due.follow_up_after_days",
    "due.follow_up_latest_days",
    "due.feedback_reminder_days",
    "due.draft_language",
    "due.record_ticks_in",
    "due.log_heading",
    "themes.recent_days",
    "themes.words.leadership",
    "themes.words.technical",
    "network.developing_interactions",
    "network.mature_regularity",
    "network.mermaid_max_contacts",
    "network.canvas_color",
    "watch.max_wait_seconds",
    "unknown",
    "due.unknown",
]
VALUES = [
    '"en"',
    '"ru"',
    '"xx"',
    '""',
    '"/"',
    '"../out"',
    '"."',
    "0",
    "-1",
    "1",
    "100000000000",
    "1.5",
    "-0.5",
    "true",
    "[]",
    '["a"]',
    "[1, 2]",
    '"YYYY/MM/YYYY"',
    '"[x"',
    '"log"',
    '"tier"',
    "{a = 1}",
    '"vaultkit"',
    '"People"',
    "2026-01-01",
    "nan",
    "inf",
]


def toml(pairs: list[tuple[str, str]]) -> str:
    """A config.toml setting each dotted key to its value (TOML source), tables after."""
    tables: dict[str, dict[str, str]] = {}
    for key, value in pairs:
        table, _, name = key.rpartition(".")
        tables.setdefault(table, {})[name] = value
    out = []
    for table, items in sorted(tables.items(), key=lambda item: (item[0] != "", item[0])):
        if table:
            out.append(f"[{table}]")
        out += [f"{k} = {v}" for k, v in items.items()]
    return "\n".join(out) + "\n"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.sampled_from(KEYS), st.sampled_from(VALUES)),
        max_size=5,
        unique_by=lambda pair: pair[0],
    )
)
@example([("due.key_cadence_days", "100000000000")])
@example([("network.mature_regularity", "nan")])
def test_any_settings_give_an_error_or_a_full_rebuild(pairs: list[tuple[str, str]]) -> None:
    root = Path(tempfile.mkdtemp())
    try:
        (root / "People").mkdir()
        (root / "People/Anna.md").write_text(
            "---\ntype: contact\ntier: key\n---\n- 2026-10-01 call\n## Feedback\n- weak design\n"
        )
        (root / "Daily").mkdir()
        (root / "Daily/2026-11-20.md").write_text("- call [[Anna]]\n")
        (root / ".vaultkit").mkdir()
        (root / ".vaultkit/config.toml").write_text(toml(pairs))
        try:
            result = pipeline.rebuild(Session(root), date(2026, 11, 24))
        except UserError as error:
            assert all(problem.startswith(".vaultkit/config.toml") for problem in error.problems)
            return
        assert all(write.outcome == "written" for write in result.writes), result.writes
        assert all((root / write.path).resolve().is_relative_to(root) for write in result.writes)
    finally:
        shutil.rmtree(root)
