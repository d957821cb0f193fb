"""Daily notes named by a day and a month alone ("2 декабря.md", "Dec 2.md"), as a phone's
notes are, in the daily notes' folder: each is the day of the latest year that puts it no
more than a week after the dated daily notes beside it, in a fresh build and after a save in
the same session alike."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from conftest import MakeVault

from vaultkit.app import pipeline
from vaultkit.app.session import Session

TODAY = date(2026, 12, 6)
CONTACT = "---\ntype: contact\n---\n"


def _vault(make_vault: MakeVault) -> Path:
    return make_vault(
        {
            ".obsidian/daily-notes.json": json.dumps({"folder": "Дневник"}),
            "Люди/Оля Кузнецова.md": CONTACT,
            "Дневник/2026-12-01.md": "- купила билеты\n",
            "Дневник/2 декабря.md": "созвонились с [[Оля Кузнецова|Олей]] почти час\n",
            "Дневник/15 сентября.md": "первый день поиска\n",
            "Заметки/3 декабря.md": "не дневник: [[Оля Кузнецова]]\n",
        }
    )


def test_a_day_named_alone_is_read_in_the_year_beside_it(make_vault: MakeVault) -> None:
    built = pipeline.build(_vault(make_vault), use_cache=False)
    days = built.graph.daily_dates
    assert days["Дневник/2 декабря.md"] == date(2026, 12, 2)
    assert days["Дневник/15 сентября.md"] == date(2026, 9, 15)
    assert "Заметки/3 декабря.md" not in days  # outside the daily notes' folder
    [olya] = built.facts(TODAY).contacts()
    assert olya.last_interaction is not None and olya.last_interaction.on == date(2026, 12, 2)


def test_after_a_save_the_days_are_those_of_a_fresh_build(make_vault: MakeVault) -> None:
    root = _vault(make_vault)
    with Session.open(root) as session:
        pipeline.rebuild(session, TODAY)
        (root / "Дневник" / "2027-01-03.md").write_text("- новый год\n", encoding="utf-8")
        (root / "Дневник" / "2 января.md").write_text("- созвон\n", encoding="utf-8")
        kept = pipeline.rebuild(session, date(2027, 1, 4)).build.graph.daily_dates
    fresh = pipeline.build(root, use_cache=False).graph.daily_dates
    assert dict(kept) == dict(fresh)
    assert fresh["Дневник/2 января.md"] == date(2027, 1, 2)
    assert fresh["Дневник/2 декабря.md"] == date(2026, 12, 2)
