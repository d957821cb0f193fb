"""Written dates: every accepted form reads back as the day it names."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from vaultkit.domain.special_dates import SpecialDate, special_date
from vaultkit.parse.dates import month_number, parse_written_date
from vaultkit.parse.note_parser import loads

_EN = "January February March April May June July August September October November December"
_RU = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
EN_MONTHS = _EN.split()
RU_MONTHS = _RU.split()


def _forms(day: date) -> list[str]:
    en, ru = EN_MONTHS[day.month - 1], RU_MONTHS[day.month - 1]
    return [
        day.isoformat(),
        f"[[{day.isoformat()}]]",
        f"{day.day:02}.{day.month:02}.{day.year}",
        f"{day.day} {ru} {day.year}",
        f"{day.day} {ru} {day.year} г.",
        f"{day.day} {en} {day.year}",
        f"{day.day} {en[:3]} {day.year}",
        f"{en} {day.day}, {day.year}",
        f"{en[:3]}. {day.day}th, {day.year}",
    ]


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_every_written_form_reads_back_as_its_day(day: date) -> None:
    for written in _forms(day):
        assert parse_written_date(written) == day, written
        assert parse_written_date(f"- {written} call with Anna") == day, written


@given(st.text(max_size=40))
def test_any_text_gives_a_date_or_none(text: str) -> None:
    found = parse_written_date(text)
    assert found is None or isinstance(found, date)


def test_month_names_and_abbreviations() -> None:
    for number, (en, ru) in enumerate(zip(EN_MONTHS, RU_MONTHS, strict=True), 1):
        assert month_number(en) == month_number(en[:3]) == month_number(ru) == number
    assert parse_written_date("30 февраля 2026") is None  # no such day
    assert parse_written_date("3 mayors 2026") is None  # no month


def _timeline(text: str, path: str = "Applications/Wise.md") -> list[tuple[str, str]]:
    return [(e.on.isoformat(), e.text) for e in loads(text, path).entries]


def test_a_timeline_without_years_takes_the_year_of_the_notes_latest_date() -> None:
    text = (
        "---\nnext: 2026-12-09\n---\n## Timeline\n- Oct 20 — applied\n- 30 окт: скрин\n"
        "- **Nov 6** call with [[Tom]]\n- 26.11 — прошла дальше\n"
        "- [x] ask [[Tom]] for the schedule ✅ 2026-11-26\n"
    )
    assert _timeline(text) == [
        ("2026-10-20", "applied"),
        ("2026-10-30", "скрин"),
        ("2026-11-06", "call with [[Tom]]"),
        ("2026-11-26", "прошла дальше"),
    ]


def test_a_timeline_across_new_year_and_a_daily_notes_own_day() -> None:
    text = "- Dec 28 — sent the CV\n- Jan 5 — screen\n"
    assert _timeline(text, "Daily/2027-01-06.md") == [
        ("2026-12-28", "sent the CV"),
        ("2027-01-05", "screen"),
    ]


def test_a_two_digit_year_as_russian_notes_write_it() -> None:
    assert parse_written_date("24.06.26") == date(2026, 6, 24)
    assert parse_written_date("- 3.7.26 созвон") == date(2026, 7, 3)
    assert parse_written_date("03.12.91") == date(1991, 12, 3)  # a birthday: strptime's %y
    assert parse_written_date("31.02.26") is None
    assert _timeline("- 24.06.26 откликнулась\n- 26.06.26, созвон\n", "People/Кира.md") == [
        ("2026-06-24", "откликнулась"),
        ("2026-06-26", "созвон"),
    ]


def test_no_full_date_anywhere_leaves_a_timeline_undated() -> None:
    assert _timeline("- Nov 6 — call\n- 08.10 скрин\n", "People/Tom.md") == []
    note = loads("# Tom\n\n- Nov 6 — call\n- 12.50 EUR lunch\n- 08.10 скрин\n", "People/Tom.md")
    assert note.undated_lines == (3, 5)  # "12.50" names no day; a contact's are warned about
    assert not note.diagnostics
    # a two-digit year in prose ("ДР 15.06.88") or a version gives no timeline its year
    prose = "Тимлид, ДР 15.06.88.\nStack: Unity 2022.3.15f1\n- 23 окт — созвон\n- 1.29.10 bump\n"
    assert _timeline(prose, "People/Oleg.md") == []
    assert not loads(prose, "People/Oleg.md").diagnostics  # "1.29.10" is no typo of a date
    # a property's date says nothing of when the lines were written
    born = "---\nbirthday: 1991-12-20\ncontract_until: 2028-06-30\n---\n- Nov 20 — call\n"
    assert _timeline(born, "People/Anna.md") == []


def test_a_timeline_runs_on_from_the_notes_own_day() -> None:
    text = (
        "## Timeline\n- Oct 20 — applied\n1. Oct 28 — screen\n2) 06.11 HM call\n"
        "- Dec 1 — onsite (final)\n"
    )
    assert _timeline(text, "Interviews/2026-10-20 Orbita.md") == [
        ("2026-10-20", "applied"),
        ("2026-10-28", "screen"),
        ("2026-11-06", "HM call"),
        ("2026-12-01", "onsite (final)"),  # past the month after the note's own day
    ]


def test_numbers_and_dated_lines_are_not_read_twice_or_as_dates() -> None:
    text = "- 2026-11-20 call\n- 20 Nov 2026 email\n- 1.5 years of Go\n- 12.50 EUR lunch\n- May\n"
    assert _timeline(text) == [("2026-11-20", "call"), ("2026-11-20", "email")]


def test_an_outlines_section_numbers_are_no_days() -> None:
    outline = "- 2.10. Данные\n- 2.11. Архитектура\n- 2.12. Риски\n- 27.11. созвон с [[Олег]]\n"
    assert _timeline(outline, "Work/2026-11-30 Ревью.md") == [("2026-11-27", "созвон с [[Олег]]")]
    # a German-style log's days stay days, even where two follow each other
    log = "- 2.11. screen\n- 5.11. HM call\n- 6.11. case\n"
    assert _timeline(log, "Daily/2026-11-30.md") == [
        ("2026-11-02", "screen"),
        ("2026-11-05", "HM call"),
        ("2026-11-06", "case"),
    ]


def test_slashed_dates_are_day_first_and_a_half_is_no_date() -> None:
    assert parse_written_date("20/11/2026") == date(2026, 11, 20)
    assert parse_written_date("11/20/2026") == date(2026, 11, 20)  # month first is all it can be
    assert parse_written_date("03/12/26") == date(2026, 12, 3)
    text = (
        "- 15/10 applied\n- 22/10 HR screen\n- 1/2 cup of flour\n- 10/11 Stefan: freeze\n"
        "- 12/15 tests passed\n- 10/10 would recommend\n- 24/7 on-call\n- 8/10 vibe, ok\n"
    )
    assert _timeline(text + "\nupdated 2026-11-30\n", "Companies/Verdant.md") == [
        ("2026-10-15", "applied"),
        ("2026-10-22", "HR screen"),
        ("2026-11-10", "Stefan: freeze"),
    ]


def test_a_slashed_birthday() -> None:
    assert special_date("др", "14/12", 3) == SpecialDate("др", 12, 14, None, 3)
    assert special_date("birthday", "2/12", 3) == SpecialDate("birthday", 12, 2, None, 3)


def test_a_log_kept_as_a_table() -> None:
    text = (
        "| Date | Channel | What |\n| ---- | ------- | ---- |\n"
        "| 2026-10-02 | LinkedIn | InMail about the role |\n| 4 Nov | call | feedback |\n"
        "| Nov 26 | call | passed final! |\n| 2026-12-03 | call | countered |\n| | | |\n"
        "\n| Round | Date | With | Outcome |\n| --- | --- | --- | --- |\n"
        "| tech screen | 15 Oct | [[Pieter\\|P.]] | ✅ passed |\n| 2026 | total | 5 |\n"
    )
    assert _timeline(text, "CRM/Lena Vos.md") == [
        ("2026-10-02", "LinkedIn — InMail about the role"),
        ("2026-11-04", "call — feedback"),
        ("2026-11-26", "call — passed final!"),
        ("2026-12-03", "call — countered"),
        ("2026-10-15", "tech screen — [[Pieter\\|P.]] — ✅ passed"),
    ]


def test_a_log_a_date_would_put_out_of_order_runs_on_into_the_next_year() -> None:
    # "last contacted" kept by hand and forgotten: read near it, the November lines would be
    # 2025's, below October's 2026
    stale = "---\nlast contacted: 2026-10-02\n---\n## Log\n- 10/09 - rang me\n- 02/10 - wrote\n"
    note = loads(stale + "- 17/11 - called him\n- 20/11 - texted\n", "People/Martin.md")
    assert [e.on.isoformat() for e in note.entries] == [
        "2026-09-10",
        "2026-10-02",
        "2026-11-17",
        "2026-11-20",
    ]
    # a full date on top and the same year's lines below it: not the year before
    kept = "## Log\n- 2023-10-01 — applied\n- 12/10 — screen\n- 14/11 — offer\n"
    assert [e.on.isoformat() for e in loads(kept, "Archive/Hunt.md").entries] == [
        "2023-10-01",
        "2023-10-12",
        "2023-11-14",
    ]
    # a log kept latest first stays as it was read
    latest_first = "## Log\n- 2026-11-20 — call\n- 14/10 — screen\n- 02/10 — applied\n"
    assert [e.on.isoformat() for e in loads(latest_first, "People/Ann.md").entries] == [
        "2026-11-20",
        "2026-10-14",
        "2026-10-02",
    ]


def test_a_day_of_the_week_before_a_date_is_no_part_of_it() -> None:
    text = (
        "- Fri 30 Oct — 1st interview\n- пт 30.10 — собес\n- Tue, 3 Nov: call\n"
        "- Friday, October 30 2026 — onsite\nFri 6 Nov — a paragraph\n- vr 13 okt — Dutch\n"
        "- Sat 3 exams\n- do 5 pushups\n"
    )
    assert _timeline(text, "Interviews/2026-10-01 Orbita.md") == [
        ("2026-10-30", "1st interview"),
        ("2026-10-30", "собес"),
        ("2026-11-03", "call"),
        ("2026-10-30", "onsite"),
        ("2026-11-06", "a paragraph"),
        ("2026-10-13", "Dutch"),
    ]


def test_bold_that_opens_before_a_date_may_close_after_the_words() -> None:
    text = "- **6 Nov — withdrew.** emailed Esther\n- **9 Nov** — **she replied**\n"
    assert _timeline(text, "Interviews/2026-10-01 Orbita.md") == [
        ("2026-11-06", "withdrew. emailed Esther"),
        ("2026-11-09", "**she replied**"),
    ]


def test_the_day_a_note_was_begun_does_not_date_its_lines() -> None:
    # a Zettelkasten's timestamp id, or `created`, is when the note was begun: its lines may be
    # written before it (backfilled) or years after it; they are left to be read up to today
    log = "- 14 Oct — recruiter call\n- 6 Nov — withdrew\n"
    made = loads(log, "Zettel/202610011000 Stroomlijn.md")
    assert made.entries == () and len(made.yearless) == 2
    assert [e.on for e in made.log_as_of(date(2026, 12, 6))] == [
        date(2026, 10, 14),
        date(2026, 11, 6),
    ]
    old = loads("---\ncreated: 2024-02-10\n---\n- 20.11 call\n- 03.12 coffee\n", "People/Max.md")
    assert old.entries == ()  # not 2023's, as an upper bound would read them
    # a date written since the note was begun still bounds its lines
    later = "---\ncreated: 2026-06-01\nupdated: 2026-11-20\n---\n- 3 Jan — met\n- 6 Nov — call\n"
    assert _timeline(later, "Companies/Stroomlijn.md") == [
        ("2026-01-03", "met"),
        ("2026-11-06", "call"),
    ]


def test_a_log_kept_newest_first_is_read_so() -> None:
    # "## Log" with the latest on top: read bottom-up it would span three years
    newest_first = loads(
        "## Log\n- 3 Dec — coffee\n- 19 Nov — call\n- 2 Oct — met\n", "People/X.md"
    )
    assert [e.on for e in newest_first.log_as_of(date(2026, 12, 6))] == [
        date(2026, 12, 3),
        date(2026, 11, 19),
        date(2026, 10, 2),
    ]
    # two lines a year's turn apart stay a log running forward
    forward = loads("## Log\n- 10.01 call\n- 15.11 coffee\n", "People/X.md")
    assert [e.on for e in forward.log_as_of(date(2026, 12, 6))] == [
        date(2026, 1, 10),
        date(2026, 11, 15),
    ]
