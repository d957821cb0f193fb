"""The eighth stranger's vault (tests/vaults/sam): a data engineer in London, English only, a
power user of plugins, kept by a helper who had never seen vaultkit (its answer key:
tests/vaults/sam.expected.md): the Tasks plugin's dates, Dataview fields in bullets, callouts
for outcomes ("> [!failure] Rejected — 12 Nov"), nested status tags, weekly notes with
yearless day headings, one note for a whole process with a heading per round, the same task
copied into three notes. Each test holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault, due_kinds_and_names

from vaultkit.app.build import Build

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "sam")


def test_what_he_owes_listed_once_and_nothing_stale(built: Build) -> None:
    due = due_kinds_and_names(built, TODAY)
    assert ("reply", "Tom Reilly") in due
    assert ("special_date", "Leo Brandt") in due
    # "Send Priyanka my portfolio 📅 2026-12-08" is in three notes, the blog draft for Ruth in
    # three: one promise each (the first reading listed two of each)
    assert due.count(("promise", "Priyanka Sharma")) == 2  # the portfolio, the panel question
    assert due.count(("promise", "Ruth Ellison")) == 2  # the thanks, the blog draft
    # "Ask Daniel for an update if nothing by Fri", left open in Parcelly's note, which a
    # callout says rejected him; Kestrel's check-in of 11 January, five weeks away
    assert not [name for _, name in due if name in ("Daniel Cho", "Sofia Marchetti")]


def test_the_silent_process_is_followed_up_with_its_recruiter(built: Build) -> None:
    # "northwind r2" links no one; Ben Osei is the one recruiter at Northwind (his company
    # property, #people/recruiter); his own "Chase Ben" task is that follow-up, listed once
    due = due_kinds_and_names(built, TODAY)
    assert [kind for kind, name in due if name == "Ben Osei"] == ["follow_up"]


def test_outcomes_in_callouts_and_tags_and_rounds_in_headings(built: Build) -> None:
    interviews = {i.title: i for i in built.facts(TODAY).interviews()}
    assert interviews["Parcelly take-home + panel"].result == "rejected"  # [!failure], tag
    quantfold = interviews["Quantfold process"]  # "## Round 4 - Final (Thu 10 Dec 2026, 14:00)"
    assert (quantfold.on, quantfold.next_on) == (date(2026, 11, 17), date(2026, 12, 10))
    assert quantfold.result == "passed"  # "> [!success] Passed to final"
    assert ("prepare", "Hannah Whitcombe") in due_kinds_and_names(built, date(2026, 12, 8))


def test_feedback_in_callouts_goes_to_the_company_that_gave_it(built: Build) -> None:
    items = built.facts(TODAY).feedback()
    by_text = {item.text: item for item in items}
    # "> [!quote] Feedback from Lumen Freight (relayed by Priyanka)" in the agency recruiter's
    # note: Lumen's, said once though the interview note quotes it too
    strong = [item for item in items if item.text.startswith("Strong on Airflow and dbt")]
    assert [item.company_name for item in strong] == ["Lumen Freight"]
    # "> [!failure] Rejected" pasting Daniel's e-mail under "### 2026-11-12 — email": Parcelly's,
    # of that day, a sentence an item, without the quote marks
    batch = by_text["They were impressed with your batch pipeline design"]
    assert (batch.company_name, batch.on, batch.polarity) == (
        "Parcelly",
        date(2026, 11, 12),
        "strength",
    )
    # the callout's title is a label, never a remark
    assert not [item for item in items if "[!" in item.text]
    sql = [item for item in items if item.text.startswith("Your SQL was the best")]
    assert [(item.company_name, item.polarity) for item in sql] == [("Quantfold", "strength")]


def test_last_contact_is_a_word_between_them_not_a_glance(built: Build) -> None:
    contacts = {c.name: c for c in built.facts(TODAY).contacts()}
    last = {
        name: c.last_interaction.on if c.last_interaction else None for name, c in contacts.items()
    }
    # "### Wed 2 Dec" in the weekly note 2026-W49: "- Mock system design with Ruth over Zoom"
    assert last["Ruth Ellison"] == date(2026, 12, 2)
    # "Marcus viewed my LinkedIn 👀", "He viewed my profile. (not contact, just noting)"
    assert last["Marcus Adeyemi"] == date(2026, 11, 17)
    # "Saw her post … Liked it. That's it.": never spoken, and no first touch either
    assert last["Greta Lindqvist"] is None
    assert ("first_touch", "Greta Lindqvist") not in due_kinds_and_names(built, TODAY)


def test_the_word_quoted_in_a_passed_callout_is_feedback(built: Build) -> None:
    # Hannah's "### 2026-11-19 — call" and the Quantfold note: "> [!success] Passed to final"
    # over "> \"Much stronger on failure modes this time — Marcus particularly liked …\""
    items = [i for i in built.facts(TODAY).feedback() if i.text.startswith("Much stronger")]
    assert [i.company_name for i in items] == ["Quantfold"]  # once, from the interview's note
    # (the classifier reads "much stronger … this time" as something to improve: #21's limit)
