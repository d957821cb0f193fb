"""What vaults moved in from other tools keep: Logseq's journal names and namespaced page
files, Notion's ids after a page's name and its databases as tables of feedback, and a day
written without its year where a past day is meant."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import MakeVault

from vaultkit.app import pipeline
from vaultkit.links.daily import daily_date
from vaultkit.notes.render import wikilink
from vaultkit.parse.dates import as_date, past_day
from vaultkit.parse.month_first import month_first_in
from vaultkit.parse.names import page_name
from vaultkit.parse.note_parser import loads
from vaultkit.rules.health import compute

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("people%2FМарат", "Марат"),
        ("companies___Kaspi", "Kaspi"),
        ("Mia Schulz 5be07d2c", "Mia Schulz"),
        ("Job Search 2f3a9c7e0d1b4a5c8e9f0a1b2c3d4e5f", "Job Search"),
        ("Anna deadbeef", "Anna deadbeef"),  # no digit: a word, not an id
        ("5be07d2c", "5be07d2c"),  # nothing but the id: kept
        ("Anna Petrova", "Anna Petrova"),
    ],
)
def test_a_page_is_called_by_its_name(title: str, name: str) -> None:
    assert page_name(title) == name


@pytest.mark.parametrize(
    ("written", "day"),
    [("27.10.", date(2026, 10, 27)), ("Dec 20", date(2025, 12, 20)), ("2026-10-01", None)],
)
def test_a_past_day_without_its_year_is_the_latest_one(written: str, day: date | None) -> None:
    assert past_day(written, TODAY) == day


def test_logseq_journals_are_daily_notes_whatever_the_daily_folder() -> None:
    assert daily_date("journals/2026_11_20.md", "Daily", "YYYY-MM-DD") == date(2026, 11, 20)
    assert daily_date("pages/2026_11_20.md", "Daily", "YYYY-MM-DD") is None


def test_a_feedback_table_is_read_row_by_row_and_other_tables_are_not(
    make_vault: MakeVault,
) -> None:
    root = make_vault(
        {
            "Companies/Nordlight.md": "---\ntype: company\n---\n",
            "Фидбек.md": "| Компания | Дата | Фидбек | Мои мысли |\n| --- | --- | --- | --- |\n"
            "| [[Nordlight]] | 2026-11-20 | сильный system design, но медленный кодинг | обидно |\n"
            "| Nordlight | 2026-11-27 | TBD | |\n",
            "Salaries.md": "| Company | Offer | Notes |\n| --- | --- | --- |\n"
            "| Nordlight | 90k | great team, weak pay |\n",
        }
    )
    items = pipeline.build(root, use_cache=False).facts(TODAY).feedback()
    assert sorted((i.company, str(i.on), i.polarity) for i in items) == [
        ("Companies/Nordlight.md", "2026-11-20", "improvement"),
        ("Companies/Nordlight.md", "2026-11-20", "strength"),
    ]


def test_a_link_to_a_page_shows_its_name() -> None:
    assert wikilink("pages/companies___Kaspi.md") == "[[pages/companies___Kaspi|Kaspi]]"
    assert wikilink("People/Mia Schulz 5be07d2c.md") == "[[People/Mia Schulz 5be07d2c|Mia Schulz]]"


def test_a_note_that_writes_dates_month_first_has_them_all_read_so() -> None:
    assert month_first_in("- 10/19/2026 — Applied.\n- 12/02/2026 — call")
    assert not month_first_in("- 19/10/2026 — Applied.\n- 11/23/2026 — call")  # both ways
    assert not month_first_in("- 12/02/2026 — call")  # nothing tells
    note = loads(
        "---\nnext_step_date: 12/02/2026\n---\n- 10/19/2026 — Applied.\n- 12/03/2026 — Offer\n",
        "Job Search/Wave.md",
    )
    assert as_date(note.get("next_step_date")) == date(2026, 12, 2)
    assert [entry.on for entry in note.entries] == [date(2026, 10, 19), date(2026, 12, 3)]
    day_first = loads("- 12/03/2026 — Offer\n", "Job Search/Wave.md")
    assert [entry.on for entry in day_first.entries] == [date(2026, 3, 12)]


def test_one_person_kept_in_two_notes_is_named(make_vault: MakeVault) -> None:
    contact = "---\ntype: contact\n---\n"
    root = make_vault(
        {
            "People/Gord MacLeod.md": contact,
            "People/Gordon MacLeod.md": contact,
            "Notion/People/Anna Keller 3f9a2c1b.md": contact,
            "People/Anna Keller.md": contact,
            "People/Айгерим.md": contact,
            "People/Айгерим Нурланова.md": contact,
            "People/Tom Reed.md": "---\ntype: contact\ntelegram: '@tomr'\n---\n",
            "People/T. Reed.md": "---\ntype: contact\ntelegram: '@TomR'\n---\n",
            "People/Anna Petrova.md": contact,  # another Anna: no twin
            "People/Ann Lee.md": contact,
        }
    )
    built = pipeline.build(root, use_cache=False)
    report = compute(built.graph, built.facts(TODAY).problems(), TODAY)
    twins = {p.path for p in report.problems for d in p.diagnostics if "same person" in d.message}
    assert twins == {
        "People/Gordon MacLeod.md",
        "People/Anna Keller.md",
        "People/Айгерим.md",
        "People/Tom Reed.md",
    }


@pytest.mark.parametrize(
    ("title", "day", "booked"),
    [
        ("Acme — panel", "2026-12-15", True),
        ("Acme — onsite", "2026-12-01", False),  # past: no booking ahead
        ("Acme — offer deadline", "2026-12-15", False),
        ("CANCELLED — Acme — panel", "2026-12-15", False),
        ("Mock panel with Kwame", "2026-12-15", False),
    ],
)
def test_a_calendar_event_books_a_round_of_its_company(
    make_vault: MakeVault, title: str, day: str, booked: bool
) -> None:
    root = make_vault(
        {
            "Job Search/Acme — EM.md": "---\ncompany: Acme\nrole: EM\napplied: 2026-10-01\n---\n"
            "- 2026-11-18 — HM screen.\n",
            "Calendar/event.md": f"---\ntitle: {title}\nallDay: false\ndate: {day}\n"
            'startTime: "10:00"\ntype: single\n---\n',
        }
    )
    rounds = pipeline.build(root, use_cache=False).facts(TODAY).rounds()
    assert (rounds.get("Job Search/Acme — EM.md") is not None) is booked
