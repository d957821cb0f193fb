"""The vault of Noah (tests/vaults/noah, answer key noah.expected.md), a backend engineer in
Toronto whose people notes are named with an "@" ("People/@Priya Shah.md", linked as
[[@Priya Shah|Priya]]), many of them imported from Google Contacts with vCard fields
(`organization`, `birthday: "--12-10"`), who logs his days as Thino memos ("- 14:22 call with
…") in "Journal/2026/12/2026-12-03.md" and plans with the Tasks plugin. A helper who had never
seen vaultkit wrote it and its key. Each test holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def noah(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "noah")


def _due(noah: Build) -> list[tuple[str, str, date]]:
    items = registry.due_report(noah.facts(TODAY)).items
    return sorted(
        (i.kind, i.contact.name if i.contact else i.interview.path if i.interview else "", i.due_on)
        for i in items
    )


def test_a_person_is_called_by_the_name_after_the_at(noah: Build) -> None:
    names = {contact.name for contact in noah.facts(TODAY).contacts()}
    assert {"Priya Shah", "Kevin", "Marcus", "Hannah Cole"} <= names
    assert not any(name.startswith("@") for name in names)


def test_tasks_that_name_a_person_are_owed_to_them(noah: Build) -> None:
    # "- [ ] Read Hannah's promo packet 📅 2026-11-06" (he had said he would), "- [ ] Tell
    # Kevin how Maplewave ended", "- [ ] Counter / answer to Priya 📅 2026-12-08", "- [ ] Get
    # back to Daniel re contract 📅 2026-11-16": each read once the "@" no longer hid the name
    due = _due(noah)
    assert ("promise", "Hannah Cole", date(2026, 11, 6)) in due
    assert ("promise", "Kevin", TODAY) in due
    assert ("promise", "Priya Shah", date(2026, 12, 8)) in due
    assert ("promise", "Daniel Osei", date(2026, 11, 16)) in due


def test_a_task_copied_into_the_hub_is_listed_once(noah: Build) -> None:
    # "Congratulate Sam on Northwind 📅 2026-11-19" in "Job Search" beside "Congratulate Sam on
    # Northwind + ask about the backend role 📅 2026-11-19" in his note; the same for Tom
    due = _due(noah)
    assert due.count(("promise", "Sam Okafor", date(2026, 11, 19))) == 1
    assert due.count(("promise", "Tom Reilly", date(2026, 12, 7))) == 1


def test_a_task_to_write_back_is_the_reply(noah: Build) -> None:
    # Raj's text of 2 Dec is owed a reply; "- [ ] write Raj back" in the day's plan is that reply
    due = [(kind, day) for kind, name, day in _due(noah) if name == "Raj Patel"]
    assert due == [("reply", date(2026, 12, 2))]


def test_what_she_promised_came_so_nothing_is_awaited(noah: Build) -> None:
    # "- 2026-09-10 promised ROE + reference letter "by Oct 15 at the latest"", then "-
    # 2026-10-20 both arrived by email (5 days late). replied thanks"
    items = registry.due_report(noah.facts(TODAY)).items
    assert not [i for i in items if i.contact and i.contact.path == "People/@Carla Mendes.md"]


def test_slots_offered_are_no_round_booked_and_the_move_is_his(noah: Build) -> None:
    # "- 2026-12-01 Olivia Grant (recruiter) emailed, screen slots Dec 8 / 9 / 10" and "- [ ]
    # Reply Olivia, pick a slot 📅 2026-12-02": nothing to prepare, nothing to chase
    assert not [item for item in _due(noah) if item[1] == "Companies/Northwind Pay.md"]


def test_a_birthday_without_a_year_is_kept(noah: Build) -> None:
    assert ("special_date", "Lena Fischer", date(2026, 12, 10)) in _due(noah)  # "--12-10"


def test_a_task_set_for_a_weekday_and_hour_is_due_that_day(noah: Build) -> None:
    # "- [ ] mon 11:00 call w/ Dmitri" in Sunday's plan: Monday's call, not Sunday's
    assert ("promise", "Dmitri Volkov", date(2026, 12, 7)) in _due(noah)
