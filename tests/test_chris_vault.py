"""The seventeenth stranger's vault (tests/vaults/chris): a data engineer's search from
Manchester, in British English, kept by a helper who had never seen vaultkit (its answer key:
tests/vaults/chris.expected.md) with Dataview's inline fields and the Tasks plugin everywhere:
daily notes named with their weekday (`2026-11-24 Tuesday.md`), people filed "Surname, First",
companies in `Orgs/` typed `org`, recruiters' e-mails pasted whole into the day's log. Each
test holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "chris")


def test_an_org_is_a_company_and_its_interviews_are_its(built: Build) -> None:
    assert built.graph.kinds["Orgs/Monzo.md"] == "company"
    monzo = [i for i in built.facts(TODAY).interviews() if i.path.startswith("Meetings/")]
    assert {"Monzo", "Auto Trader", "THG", "Matillion"} <= {i.company_name for i in monzo}


def test_feedback_in_an_email_pasted_into_the_days_log_is_the_companys(built: Build) -> None:
    items = [i for i in built.facts(TODAY).feedback() if i.company_name == "Auto Trader"]
    said = {(i.polarity, i.text.split()[0]) for i in items}
    # Sophie (Harnham) writes for Auto Trader: the e-mail's subject and the line before say so
    assert {("strength", "They"), ("strength", "The"), ("improvement", "However,")} <= said
    assert not [i for i in items if i.text.startswith(("From:", "Sent:", "Subject:"))]


def test_people_filed_surname_first_are_called_first_name_first(built: Build) -> None:
    names = {contact.path: contact.name for contact in built.facts(TODAY).contacts()}
    assert names["People/Nair, Priya.md"] == "Priya Nair"  # her alias, so written
    assert names["People/Bell, Marcus.md"] == "Marcus Bell"


def test_an_archived_searchs_open_tasks_are_no_promises(built: Build) -> None:
    items = registry.due_report(built.facts(TODAY)).items
    promised = [i.promise.path for i in items if i.promise is not None]
    assert not [path for path in promised if path.startswith("Archive/")]  # 📅 2023-03-20
    assert "Journal/2026/11-November/2026-11-27 Friday.md" in promised  # Priya's CV, 7 Dec


def test_feedback_quoted_after_its_word_is_the_quote_alone(built: Build) -> None:
    thg = {
        (i.on, i.polarity, i.text[:24])
        for i in built.facts(TODAY).feedback()
        if i.company_name == "THG"
    }
    assert thg >= {
        (date(2026, 11, 19), "strength", "Gareth said solid and pr"),
        (date(2026, 11, 19), "improvement", "Maybe a touch cautious o"),
        (date(2026, 12, 2), "strength", "Gareth loved the present"),  # a nested "Feedback …: "
    }
    assert not [text for _, _, text in thg if text.startswith("how you'd plan")]  # a topic


def test_a_move_told_in_one_persons_note_is_hers_not_the_linked_ones(built: Build) -> None:
    moved = {c.name: c.role_change for c in built.facts(TODAY).contacts() if c.role_change}
    assert set(moved) == {"Rachel Okafor"}  # "she's started at Octopus … my [[Dan|Hays]] …"
    assert moved["Rachel Okafor"].on == date(2026, 11, 17)


def test_returning_someones_thing_is_a_promise_to_them(built: Build) -> None:
    items = registry.due_report(built.facts(TODAY)).items
    kwame = [i for i in items if i.promise is not None and i.contact.name == "Kwame Boateng"]
    assert [(i.due_on, i.promise.path) for i in kwame] == [
        (date(2026, 12, 10), "Personal/Home/Alcove shelves.md")  # in a DIY note, not his
    ]


def test_a_linkedin_notification_is_news_not_a_talk(built: Build) -> None:
    rachel = next(c for c in built.facts(TODAY).contacts() if c.name == "Rachel Okafor")
    assert rachel.last_interaction is not None
    assert rachel.last_interaction.on == date(2026, 7, 15)  # her move seen on LinkedIn: no talk
    assert rachel.role_change is not None  # … but news to congratulate her on
