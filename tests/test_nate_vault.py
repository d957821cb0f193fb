"""The thirty-third session's second stranger's vault, kept by a helper who had never seen
vaultkit (answer key: tests/vaults/nate.expected.md): Nate, a product designer in Toronto, who
keeps a note per application (`status`, `applied`, `contacts`, `next`) with a dated timeline,
what people said in `> [!quote]` callouts titled by who said it and when, and his tasks in
the Tasks plugin's format. Each test holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.domain.feedback_split import split_items
from vaultkit.notes import registry

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def nate(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "nate")


def _said(nate: Build, company: str) -> dict[str, str]:
    items = nate.facts(TODAY).feedback()
    return {i.text: i.polarity for i in items if i.company_name == company}


def test_a_quote_titled_by_who_said_it_and_when_is_what_they_said(nate: Build) -> None:
    # "> [!quote] Priya, call 12/3 (paraphrasing)", "> [!quote] Hannah at screen, 11/18"
    shopify = _said(nate, "Shopify")
    assert shopify["HM loved the Checkout case study, esp how I framed the tradeoffs"] == "strength"
    assert "My comp expectations are at the top of their range" in _said(nate, "Koho")


def test_a_quote_pasted_line_by_line_is_a_remark_a_line(nate: Build) -> None:
    # "> [!quote] Jenna relaying panel feedback, 12/3" over three lines with no full stops
    wealthsimple = _said(nate, "Wealthsimple")
    felt = "One panelist felt I jumped into UI before aligning on the problem statement"
    assert wealthsimple[felt] == "improvement"
    lines = "Тимуру понравилось, как вы рассуждали про SCD\nПо Spark ответы были поверхностные"
    assert split_items(lines) == lines.split("\n")
    wrapped = "We were impressed by the way you handled the\ntrade-offs in the design round, really"
    assert len(split_items(wrapped)) == 1  # a line cut mid-sentence is one sentence


def test_the_job_ads_words_are_not_feedback(nate: Build) -> None:
    # "From the JD: ¶ - "You have a strong bias for action and communicate with clarity …""
    assert _said(nate, "League") == {}


def test_a_task_he_talked_himself_out_of_is_not_owed(nate: Build) -> None:
    # "- [ ] Get real numbers for the RFC adoption (ask Omar? no, don't bother him, …)"
    due = registry.due_report(nate.facts(TODAY)).items
    omar = [i.due_on for i in due if i.contact and i.contact.name == "Omar Siddiqui"]
    assert omar == [date(2026, 12, 14)]
