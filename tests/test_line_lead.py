"""The stamp that opens an interaction line (list marker, task box, dates) is skipped whole, and
never a word of the line: "07.2024 свела ..." keeps its verb."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vaultkit.domain.direction import read_value
from vaultkit.domain.line_lead import LEAD
from vaultkit.domain.who_did import read_turn


@pytest.mark.parametrize(
    "stamp",
    [
        "- 07.2024 ",
        "2024-07-01 ",
        "12.03: ",
        "- [x] 3 ноя. ",
        "3 Mar: ",
        "Oct 14, 2026 — ",
        "Пн: ",
        "* 25 нояб. ",
        "",
    ],
)
def test_a_stamp_is_skipped_and_the_verb_after_it_kept(stamp: str) -> None:
    assert LEAD.sub("", stamp + "свела Игоря с Ксюшей", count=1) == "свела Игоря с Ксюшей"
    assert read_value(stamp + "свела Игоря с Ксюшей") == (["introduction"], [])


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("Ben: sent me the JD", ([], ["vacancy"])),
        ("HR: скинула вакансию", ([], ["vacancy"])),
        ("me: sent him my CV", (["update"], [])),
    ],
)
def test_a_speakers_label_is_kept_and_read_as_who_acts(
    line: str, read: tuple[list[str], list[str]]
) -> None:
    assert LEAD.sub("", line, count=1) == line
    assert read_value(line) == read


def test_a_number_before_a_verb_is_no_day_of_a_month() -> None:
    assert LEAD.sub("", "- 24 свела их", count=1) == "24 свела их"
    assert read_turn("- 07.2024 написала мне первой", "entry", None).by == "them"


_WORDS = st.lists(
    st.sampled_from(["свела", "sent", "her", "Игоря", "с", "CV", "мне", "called", "3", "times"]),
    min_size=1,
    max_size=6,
)


@given(
    st.integers(1, 28),
    st.integers(1, 12),
    st.integers(2000, 2030),
    st.sampled_from(["{d:02}.{m:02}", "{m:02}.{y}", "{y}-{m:02}-{d:02}", "{d}.{m}.{y}"]),
    _WORDS,
)
def test_any_numeric_stamp_is_taken_whole(
    day: int, month: int, year: int, form: str, words: list[str]
) -> None:
    body = " ".join(words)
    if body.split()[0].isdigit():  # a number right after the date would join it
        return
    stamp = form.format(d=day, m=month, y=year)
    assert LEAD.sub("", f"- {stamp} {body}", count=1) == body


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("[21.03.24 16:52] Марина: вилка 250-300", "Марина: вилка 250-300"),
        ("[25.04.24] Серый: у нас 2 открытых SRE", "Серый: у нас 2 открытых SRE"),
        ("- [14:02] Марго: привет", "Марго: привет"),
        ("[5 min] call with Tom", "[5 min] call with Tom"),  # no stamp, words in brackets
        ("[[Anna]] sent the JD", "[[Anna]] sent the JD"),
    ],
)
def test_a_pasted_chats_stamp_is_a_stamp(line: str, words: str) -> None:
    assert LEAD.sub("", line, count=1) == words
