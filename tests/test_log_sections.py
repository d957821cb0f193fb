"""A note's yearless lines read as logs: each section its own log where read as one they
would span three years (a company note's people and its process) or under a heading that is
a year, and the newest line up to a fortnight ahead where it books its hour or weekday and
the line above it has come (a round booked next week)."""

from __future__ import annotations

from datetime import date

from vaultkit.parse.note_parser import loads

TODAY = date(2026, 12, 6)


def _days(text: str) -> list[date]:
    return [entry.on for entry in loads(text, "CRM/Co.md").log_as_of(TODAY)]


def test_each_section_is_a_log_of_its_own_where_one_log_spans_years() -> None:
    text = (
        "## People\n### Sarah\n- 14.10 — screen\n- 16.11 — ещё follow-up\n"
        "### Mike\n- 16.10 — LinkedIn\n- 18.11 — third time\n"
        "## Процесс\n- 02.10 — отклик\n- 14.10 — скрин\n"
    )
    assert _days(text) == [
        date(2026, 10, 14),
        date(2026, 11, 16),
        date(2026, 10, 16),
        date(2026, 11, 18),
        date(2026, 10, 2),
        date(2026, 10, 14),
    ]


def test_a_log_over_new_year_stays_one_log() -> None:
    text = "- 15.11 — call\n- 20.12 — coffee\n- 10.01 — call\n- 05.02 — lunch\n"
    assert _days(text) == [
        date(2025, 11, 15),
        date(2025, 12, 20),
        date(2026, 1, 10),
        date(2026, 2, 5),
    ]


def test_the_newest_line_may_be_booked_ahead() -> None:
    text = "- 01.12 — system design\n- 04.12 — references\n- 08.12 вт 10:00 — финал\n"
    assert _days(text) == [date(2026, 12, 1), date(2026, 12, 4), date(2026, 12, 8)]


def test_a_newest_line_told_after_the_fact_is_not_ahead() -> None:
    text = "- 28.11 — финал\n- 12.12 — сообщила отказ\n"  # last December's, no booked hour
    assert _days(text) == [date(2025, 11, 28), date(2025, 12, 12)]


def test_months_kept_under_headings_over_new_year_are_one_log() -> None:
    text = (
        "## March\n- Mar 3 — first call\n## November\n- Nov 2 — pinged\n"
        "## April\n- Apr 14 — screening\n- Apr 29 — role closed\n"
    )
    assert _days(text) == [
        date(2025, 3, 3),
        date(2025, 11, 2),
        date(2026, 4, 14),
        date(2026, 4, 29),
    ]


def test_a_heading_that_is_a_year_dates_the_lines_under_it() -> None:
    text = "## 2025\n- 02.11 — кофе\n## 2026\n- 20.05 — созвон\n"
    assert _days(text) == [date(2025, 11, 2), date(2026, 5, 20)]


def test_an_old_log_is_not_pulled_ahead() -> None:
    # a log last written a year ago: its newest line ahead would put the one above it ahead too
    text = "- 10.12 — coffee\n- 15.12 — call\n"
    assert _days(text) == [date(2025, 12, 10), date(2025, 12, 15)]


def test_a_timeline_booked_ahead_is_not_pulled_back_by_a_later_section() -> None:
    # a process's "## Процесс" up to a final booked ahead, then "## Фидбек" with an earlier day
    text = (
        "## Процесс\n- 24.11 дали кейс\n- 02.12 позвали на финал\n"
        "- 10.12 (чт) 11:00 — финал с CEO\n## Фидбек\n- 01.12 Марк: «приоритизация сильная»\n"
    )
    assert _days(text) == [
        date(2026, 11, 24),
        date(2026, 12, 2),
        date(2026, 12, 10),
        date(2026, 12, 1),
    ]
