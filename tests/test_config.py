"""Configuration: defaults, overrides, unknown keys and bad values, `init`."""

from __future__ import annotations

from pathlib import Path

import pytest

from vaultkit import config, vault
from vaultkit.config import ObsidianSettings
from vaultkit.errors import UserError


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
        ('[kinds.contact]\ntypes = "contact"', "list of strings"),
        ("kinds = 1", "must be a table"),
        ("language = ", "config.toml"),
        ("[due]\nkey_cadence_days = 100000000000", "due.key_cadence_days must be at most 3650"),
        ("[themes]\nrecent_days = 99999", "themes.recent_days must be at most 3650"),
        ("[network]\nmature_regularity = nan", "network.mature_regularity must not be negative"),
    ],
)
def test_bad_values_are_errors(text: str, fragment: str) -> None:
    with pytest.raises(UserError) as raised:
        config.loads(text, ObsidianSettings())
    assert fragment in str(raised.value)


def test_init_writes_defaults_that_load_back(tmp_path: Path) -> None:
    path = vault.write_default_config(tmp_path)
    assert path == tmp_path / ".vaultkit" / "config.toml"
    assert "# " in path.read_text(encoding="utf-8")
    loaded, warnings = vault.load_config(tmp_path)
    assert loaded == config.default() and warnings == ()
    with pytest.raises(UserError, match="exists already"):
        vault.write_default_config(tmp_path)
