"""The thirtieth session's first stranger's vault, kept by a helper who had never seen
vaultkit (answer key: tests/vaults/polina.expected.md): Полина, an Android developer in
Belgrade, with a Kanban board for her search, the Tasks plugin's dates, folders and property
names of her own, and outcomes written in sentences or pasted letters. Each test holds a verdict
the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def polina(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "polina")


def results(build: Build) -> dict[str, set[str | None]]:
    found: dict[str, set[str | None]] = {}
    for interview in build.facts(TODAY).interviews():
        told = interview.result or interview.company_result
        found.setdefault(interview.company_name or "", set()).add(told)
    return found


def test_a_rejection_letter_under_a_dated_heading_closes_the_process(polina: Build) -> None:
    # Компании/Frameflow.md: "## 27.11 письмо", then Anna's letter quoted with "**From:**" and
    # "**Subject:**" but no date of its own: "… they went with someone more senior …"
    assert results(polina)["Frameflow"] == {"rejected"}


def test_a_lone_dated_line_in_a_company_note_tells_her_withdrawal(polina: Build) -> None:
    # Компании/Tripwise.md, no properties, no headings: "10.11 — снялась сама. …"
    assert results(polina)["Tripwise"] == {"withdrawn"}


def test_the_rejection_letters_remarks_are_feedback_and_its_thanks_is_not(polina: Build) -> None:
    items = [i for i in polina.facts(TODAY).feedback() if i.path == "Компании/Frameflow.md"]
    said = {" ".join(item.text.split()[:3]): item.polarity for item in items}
    assert said == {
        "The team really": "strength",  # "… enjoyed your system design discussion …"
        "However, after a": "improvement",  # "… went with someone more senior …"
        "They also mentioned": "improvement",  # "… testing strategy … more thorough"
    }  # not "Thank you so much for the time you invested …"
    assert {item.company_name for item in items} == {"Frameflow"}


def test_what_a_friend_told_of_salaries_is_no_feedback(polina: Build) -> None:
    # Люди/Оля Ким.md: "28.10 кофе на Дорчоле — рассказала по деньгам:" and a list of figures
    # ("сказала" inside "рассказала" is no lead-in)
    assert not [i for i in polina.facts(TODAY).feedback() if i.path == "Люди/Оля Ким.md"]
