"""The twentieth stranger's vault, kept by a helper who had never seen vaultkit (answer key:
tests/vaults/ben.expected.md): Ben, a backend engineer in Leeds, a note per meeting from a
template, company notes tagged both `company` and `application`, `last contacted` kept by hand
and left stale, an archived 2021 search. Each test holds a verdict the first reading got
wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def ben(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "ben")


def test_a_company_note_tagged_as_an_application_too_is_the_companys(ben: Build) -> None:
    facts = ben.facts(TODAY)
    kinds = facts.graph.kinds
    assert kinds["Companies/Kestrel Pay.md"] == "company"  # tags [company, application]
    assert kinds["Meetings/2026-10-13 Kestrel tech interview.md"] == "interview"
    by_path = {i.path: i for i in facts.interviews()}
    assert by_path["Meetings/2026-10-13 Kestrel tech interview.md"].company == (
        "Companies/Kestrel Pay.md"
    )
    assert "Companies/Kestrel Pay.md" not in by_path


def test_no_follow_up_on_a_process_declined_withdrawn_or_booked(ben: Build) -> None:
    due = registry.due_report(ben.facts(TODAY)).items
    assert not [item for item in due if item.kind == "follow_up"]  # was five, back to October
    assert {item.kind for item in due if item.interview and "FINAL" in item.interview.path} <= {
        "prepare"
    }


def test_an_archived_searchs_recruiter_is_no_one_to_write_to(ben: Build) -> None:
    due = registry.due_report(ben.facts(TODAY)).items
    assert not [i for i in due if i.contact and "Archive/" in i.contact.path]  # Steve, 2021


def test_a_stale_last_contacted_puts_no_log_line_a_year_back(ben: Build) -> None:
    contacts = {c.name: c for c in ben.facts(TODAY).contacts()}
    martin = contacts["Martin Greaves"]  # `last contacted: 2026-10-02`; "- 20/11 - texted"
    assert martin.last_interaction is not None
    assert martin.last_interaction.on == date(2026, 11, 20)
    helen = contacts["Helen Ashworth"].last_interaction  # "- 24/11 - emailed her re …"
    assert helen is not None and helen.on == date(2026, 11, 24)


def test_what_he_owes_is_what_is_still_owed(ben: Build) -> None:
    owed: dict[str, set[str]] = {}
    for item in registry.due_report(ben.facts(TODAY)).items:
        if item.contact is not None and item.kind in ("promise", "reply"):
            owed.setdefault(item.contact.name, set()).add(item.promise.text if item.promise else "")
    # "ask Martin re reference" (13 Nov) was met by his call of 17 Nov, "email Helen re
    # negotiating" (23 Nov) by his e-mail of 24 Nov, "Told her I'd confirm by Fri" by 30 Oct's
    assert owed["Martin Greaves"] == {"THANK MARTIN. card + pint. seriously, it's been 2 weeks"}
    assert "Helen Ashworth" not in owed
    assert owed["Gemma Whitfield"] == {""}  # her e-mail of 3 Dec wants an answer
    assert owed["Jas Kaur"] == {"write up pipeline thoughts for Jas - by Fri 4/12"}


def test_what_came_back_under_follow_up_is_feedback(ben: Build) -> None:
    items = [(i.company_name, i.polarity, i.text) for i in ben.facts(TODAY).feedback()]
    kestrel = {text: polarity for company, polarity, text in items if company == "Kestrel Pay"}
    assert kestrel["Honestly, not bad at all."] == "strength"  # British understatement
    concurrency = "Might be worth brushing up on the concurrency side before the system design"
    assert kestrel[concurrency + " round though."] == "improvement"
    brightwell = [p for company, p, _ in items if company == "Brightwell Health"]
    assert sorted(brightwell) == ["improvement", "improvement", "strength"]  # Gemma's e-mail
    # under Follow up, and Rachel's "95 might be a stretch for us" (`> [!quote] Rachel`)
    # news in that section is no feedback, nor "but no detail", nor his own "Fair tbh."
    assert not [t for _, _, t in items if "rang - through" in t or t in ("no detail", "Fair tbh.")]
