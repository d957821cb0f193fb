"""Dates written month first, the North American way: a note, or a whole vault, that writes
"11/14" and "12/3" has every slashed date read as its writer meant, the notes that write only
dates either order could read ("12/3") too, once its other notes tell the order; date_order
in the config says it outright."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import MakeVault
from hypothesis import given
from hypothesis import strategies as st

from vaultkit.app import pipeline
from vaultkit.parse.month_first import (
    DAY_FIRST,
    MONTH_FIRST,
    parse_names,
    slash_marks,
    vault_month_first,
    written_day_first,
)
from vaultkit.parse.note_parser import loads


def test_a_note_tells_its_order_by_a_date_only_one_order_can_read() -> None:
    assert slash_marks("- 11/14 call\n- 12/3 coffee\n- 10/29/2026 screen\n") == (1, 0, 1, 0)
    assert slash_marks("- 14/11 call\n- 3/12 coffee\n") == (0, 1, 0, 0)  # "3/12" tells neither
    assert slash_marks("applied: 9/24\nTuesday 11/17: call\n") == (2, 0, 0, 0)
    assert slash_marks("- 23/11 call\n> On 11/30/2026, Jobs wrote:\n") == (0, 1, 0, 0)
    # in a sentence a pair is as often a score, a grade, a share or a quarter: no date
    said = "LeetCode day 9/30, grade 11/20, a 10/15 min call, Q1/27, 8/10 vibe, 24/7, 1/2 done\n"
    assert slash_marks(said) == (0, 0, 0, 0)
    assert slash_marks("tally 5/17/40, posted 11/20/2026\n") == (0, 0, 1, 0)
    assert slash_marks("Note: 11/20\nScore: 7/15\n") == (0, 0, 0, 0)  # a grade's, a score's


def test_dates_written_month_first_are_written_as_meant() -> None:
    text = "- Tuesday 12/1: call\n- 12/3/26 offer, 12/9/2026 deadline\n- 13/45 nothing\n"
    assert written_day_first(text) == (
        "- Tuesday Dec 1: call\n- 2026-12-03 offer, 2026-12-09 deadline\n- 13/45 nothing\n"
    )
    note = loads("- 11/14 — screen\n- 12/3 — offer call\n", "Jobs/Acme.md", (MONTH_FIRST,))
    assert [e.text for e in note.entries + note.yearless] == ["screen", "offer call"]


@given(st.text(alphabet="0123456789/ abc\n-", max_size=60))
def test_any_text_keeps_its_lines(text: str) -> None:
    assert written_day_first(text).count("\n") == text.count("\n")


def test_a_vault_tells_its_order_by_most_of_its_notes() -> None:
    assert vault_month_first([(2, 0, 0, 0), (1, 0, 0, 0), (1, 0, 1, 0), (0, 0, 0, 0)])
    assert not vault_month_first([(1, 0, 0, 0), (1, 0, 0, 0)])  # two notes tell too little
    assert not vault_month_first([(0, 0, 3, 0)] * 5)  # clipped postings' whole dates: none
    assert not vault_month_first([(1, 0, 0, 0)] * 3 + [(0, 1, 0, 0)])  # both ways: day first
    assert parse_names((("org", "company"),), "auto", True) == (("org", "company"), MONTH_FIRST)
    assert parse_names((MONTH_FIRST,), "day-first", True) == (DAY_FIRST,)


US = {
    "People/Tyler.md": "---\ntype: contact\n---\n- 11/14 — coffee\n",
    "People/Megan.md": "---\ntype: contact\n---\n- 10/29 — call\n",
    "Jobs/Acme.md": "---\ncompany: Acme\napplied: 9/24\nstatus: applied\n---\n",
    "People/Hannah.md": "---\ntype: contact\n---\n- 12/3 — lunch, she said hi to Tom\n",
}


def _last_talks(root: object) -> dict[str, date | None]:
    facts = pipeline.build(root, use_cache=True).facts(date(2026, 12, 6))  # type: ignore[arg-type]
    return {
        c.name: (c.last_interaction.on if c.last_interaction else None) for c in facts.contacts()
    }


def test_a_vault_written_month_first_reads_its_ambiguous_dates_so(make_vault: MakeVault) -> None:
    root = make_vault(US)
    expected = {
        "Tyler": date(2026, 11, 14),
        "Megan": date(2026, 10, 29),
        "Hannah": date(2026, 12, 3),  # not 12 March
    }
    assert _last_talks(root) == expected
    assert _last_talks(root) == expected  # read again from the cache: the order it was read in


@pytest.mark.parametrize(("order", "hannah"), [("day-first", date(2026, 3, 12))])
def test_the_config_says_the_order_outright(
    make_vault: MakeVault, order: str, hannah: date
) -> None:
    root = make_vault({**US, ".vaultkit/config.toml": f'date_order = "{order}"\n'})
    assert _last_talks(root)["Hannah"] == hannah
