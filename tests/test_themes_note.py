"""The Feedback themes note a user can trust: praise read as praise, recurrence by distinct
companies however the company is written, quotes for every theme, an honest trend, feedback
without details named, and the command speaking the note's words."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from conftest import MakeVault, run_cli

from vaultkit.app import pipeline
from vaultkit.notes import registry
from vaultkit.notes.theme_words import TREND_WORDS
from vaultkit.rules.themes import ThemeReport

TODAY = "2026-11-24"


def _report(root: Path, today: str = TODAY) -> ThemeReport:
    facts = pipeline.build(root, use_cache=False).facts(date.fromisoformat(today))
    return registry.theme_report(facts)


def _vault(make_vault: MakeVault) -> Path:
    return make_vault(
        {
            "Companies/Yandex.md": "---\ntype: company\n---\n",
            "Companies/Booking.md": "---\ntype: company\n---\n",
            "Interviews/2026-06-10 Yandex screen.md": '---\ntype: interview\ncompany: "[[Yandex]]"\n'
            "date: 2026-06-10\n---\n## Фидбек\n- Слабый системный дизайн\n",
            "Interviews/2026-10-01 Yandex final.md": '---\ntype: interview\ncompany: "[[Yandex]]"\n'
            "date: 2026-10-01\n---\n## Фидбек\n- Не хватило глубины в system design\n"
            "- Код написан аккуратно и покрыт тестами\n",
            # The company is only a link in the body, as people write it.
            "Interviews/2026-11-10 onsite.md": "---\ntype: interview\ndate: 2026-11-10\n---\n"
            "Onsite at [[Booking]].\n\n## Feedback\n- System design was not deep enough\n",
            # A company with no note of its own, named in a property.
            "Interviews/2026-11-12 Spotify.md": "---\ntype: interview\ncompany: Spotify\n"
            "date: 2026-11-12\n---\n## Feedback\n- Articulate and concise, a pleasure to talk to\n",
            "Interviews/2026-11-20 Miro.md": "---\ntype: interview\ncompany: Miro\n"
            "date: 2026-11-20\n---\n## Feedback\n- Без деталей.\n- Result:: rejected\n",
        }
    )


def test_recurrence_counts_companies_however_they_are_written(make_vault: MakeVault) -> None:
    report = _report(_vault(make_vault))
    design = next(stat for stat in report.stats if stat.theme == "system_design")
    assert design.recurring and design.improvement_sources == 2  # Yandex twice, Booking once
    assert [stat.theme for stat in report.recurring_improvements] == ["system_design"]
    praise = [item for item in report.items if item.polarity == "strength"]
    assert {item.text for item in praise} == {
        "Код написан аккуратно и покрыт тестами",
        "Articulate and concise, a pleasure to talk to",
    }


def test_feedback_without_details_is_no_item_but_is_named(make_vault: MakeVault) -> None:
    report = _report(_vault(make_vault))
    assert not [item for item in report.items if "Miro" in item.path]
    assert report.without_details == ("Interviews/2026-11-20 Miro.md",)


def test_the_trend_says_when_the_history_is_too_short(make_vault: MakeVault) -> None:
    root = _vault(make_vault)
    assert {stat.trend for stat in _report(root).stats} != {"short"}  # June is out of the window
    (root / "Interviews" / "2026-06-10 Yandex screen.md").unlink()
    assert {stat.trend for stat in _report(root).stats} == {"short"}


def test_the_note_quotes_every_theme_and_the_command_speaks_its_words(
    make_vault: MakeVault,
) -> None:
    root = _vault(make_vault)
    (root / ".vaultkit").mkdir()
    (root / ".vaultkit" / "config.toml").write_text('language = "ru"\n', encoding="utf-8")
    assert run_cli("rebuild", root, "--today", TODAY).returncode == 0
    note = (root / "vaultkit" / "Темы обратной связи.md").read_text(encoding="utf-8")
    assert "> [!quote]- Коммуникация: улучшить 0, сильные стороны 1" in note
    assert "> - ➕ «Articulate and concise, a pleasure to talk to»" in note
    assert "## Обратная связь без подробностей\n\n- [[Interviews/2026-11-20 Miro" in note
    shown = run_cli("themes", root, "--today", TODAY)
    assert "Системный" in shown.stdout and "system_design" not in shown.stdout
    data = json.loads(run_cli("themes", root, "--today", TODAY, "--json").stdout)
    design = next(theme for theme in data["themes"] if theme["theme"] == "system_design")
    assert design["label"] == "Системный дизайн"
    assert design["trend_label"] == TREND_WORDS["ru"][design["trend"]]
    assert data["without_details"] == ["Interviews/2026-11-20 Miro.md"]
