"""A week kept in one note (`2026-W48.md`): the lines under a heading that names a day, in
any of the ways people write one, are entries on that day; a day written with its number in a
plan is that day; a message pasted from a chat is dated by its own stamp."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vaultkit.parse.note_parser import loads


def _days(text: str, path: str = "Недели/2026-W48.md") -> list[tuple[date, str]]:
    return [(entry.on, entry.text) for entry in loads(text, path).entries]


@pytest.mark.parametrize(
    "heading",
    ["## Пт 27.11", "### пт, 27.11", "## 27 ноября, пт", "### 2026-11-27 (пт)", "## Friday"],
)
def test_the_lines_under_a_days_heading_are_that_days(heading: str) -> None:
    text = f"# W48\n\n{heading}\nМилица прислала фидбек:\n> Hi Vera, of course!\n- созвон с Аней\n"
    assert _days(text) == [
        (date(2026, 11, 27), "Милица прислала фидбек:"),
        (date(2026, 11, 27), "Hi Vera, of course!"),
        (date(2026, 11, 27), "созвон с Аней"),
    ]


def test_a_heading_of_no_day_dates_nothing_and_tasks_stay_tasks() -> None:
    text = "## Пн 23.11\nпортфолио\n- [ ] написать Ане\n\n## Итоги недели\nустала\n| a | b |\n"
    note = loads(text, "Недели/2026-W48.md")
    assert [(entry.on, entry.text) for entry in note.entries] == [(date(2026, 11, 23), "портфолио")]
    assert [task.text for task in note.tasks] == ["написать Ане"]


def test_a_day_with_its_number_in_a_plan_is_that_day() -> None:
    text = "## Вс 6.12\nПлан на неделю:\n- пн 7 — мок с Ольгой\n- ср 9 — Miro финал\n"
    assert _days(text, "Недели/2026-W49.md") == [
        (date(2026, 12, 6), "План на неделю:"),
        (date(2026, 12, 7), "мок с Ольгой"),
        (date(2026, 12, 9), "Miro финал"),
    ]


def test_a_message_pasted_from_a_chat_keeps_its_own_day() -> None:
    text = (
        "## Ср 2.12\n> [01.12.2026 23:50] Анна Ким: финал переносим\n"
        "[02.12.26, 11:02:15] Hanna: see you Tuesday\n"
    )
    assert _days(text, "Недели/2026-W49.md") == [
        (date(2026, 12, 1), "Анна Ким: финал переносим"),
        (date(2026, 12, 2), "Hanna: see you Tuesday"),
    ]
    elsewhere = loads("> [15.09.2026 20:11] Дмитрий Орлов: вилки в Bolt\n", "Люди/Дима.md")
    assert [(e.on, e.text) for e in elsewhere.entries] == [
        (date(2026, 9, 15), "Дмитрий Орлов: вилки в Bolt")
    ]


_LINES = st.sampled_from(
    [
        "## Пн 30.11",
        "## 16 ноября, пн",
        "### 2026-11-10 (вт)",
        "## Friday",
        "### Созвоны",
        "## Итоги недели",
        "- пн 7 — мок с Ольгой",
        "- Thu 3 rounds",
        "Написала Диме.",
        "> [02.12.2026 11:02] Анна Ким: финал переносим",
        "> [!todo] Next week",
        "> - [ ] call [[Tom]]",
        "- [x] done ✅ 2026-11-20",
        "| a | b |",
        "```",
        "",
    ]
)


@given(lines=st.lists(_LINES, max_size=14), week=st.integers(min_value=1, max_value=53))
def test_a_weekly_note_of_any_shape_dates_its_lines_near_its_week(
    lines: list[str], week: int
) -> None:
    path = f"Weeks/2026-W{week:02d}.md"
    note = loads("\n".join(lines) + "\n", path)
    try:
        monday = date.fromisocalendar(2026, week, 1)
    except ValueError:
        return  # 2026 has no week 53: the name dates nothing
    for entry in note.entries:
        assert 1 <= entry.line <= len(lines)
        written = lines[entry.line - 1]
        in_full = entry.on.isoformat() in written or entry.on.strftime("%d.%m.%Y") in written
        assert in_full or abs((entry.on - monday).days) <= 21  # its own date, or its week's
