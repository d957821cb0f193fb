"""Cases a second attacker built against the fifteenth session's bullet journal, dative
addressees, tasks ticked in other words, "only a word", Cyrillic spellings, month notes and
calendar events (kept in tests/vaults/attack19/, each a small vault): what Due contacts says on
6 Dec 2026 once mended. Bullets pasted from elsewhere ("• дочь Маша, 5 лет", "• Reporting to
Sarah Chen") are no tasks; a dative that is someone's reaction, a possessive, negated or glossed
is no addressee; a ticked task closes an open one only after it and doing the same; a call no
one took or a question forgotten keeps nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import due_in_kept_case

TODAY = date(2026, 12, 6)
KEPT = Path(__file__).parent / "vaults" / "attack19"
PR = "promise"
OLGA, LENA, MASHA = "Ольга Смирнова", "Елена Маркович", "Маша Беляева"

CASES: dict[str, set[tuple[str, str, str]]] = {
    "a01": set(),  # "• Coffee with [[Tom Hartley]]" pasted as a bullet: a talk, no task
    "a02": set(),  # "• дочь Маша, 5 лет" in her note: a fact, no promise
    "a03": set(),  # "• подчинение Дмитрию Паку" in a pasted offer
    "a04": set(),  # "Стефану не хватило примеров": his reaction, not whom the task is to
    "a05": set(),  # "о Петре и Елене", "от Марии", "без Марии"
    "a07": {(PR, "Кирилл Зуев", "2026-12-04")},  # a recommendation to write, not a referee asked
    "a08": {(PR, LENA, "2026-12-04")},  # "× написал Елене" above it closes nothing below
    "a09": {
        (PR, "Helen Ashworth", "2026-11-27"),
        (PR, MASHA, "2026-11-27"),
        (PR, OLGA, "2026-11-27"),
    },
    "a10": {
        (PR, "Tom Hartley", "2026-11-20"),
        (PR, "Дима Пак", "2026-11-20"),
        (PR, OLGA, "2026-11-20"),
    },
    "a11": set(),  # "Анне (сестре)", "Максу (соседу)": not Anna Kowalska, Max Weber
    "a12": {(PR, OLGA, "2026-11-13")},  # "#### Вечер" under "### 11.11" keeps its day
    "a13": set(),  # the e-mail quoted under "- 27/11: письмо от Farfetch:" is of its day
    "a14": set(),  # "Финал ЛЧ у Пети", "Final fitting — suit": no company, no round
    "a16": set(),  # Steve's 2021 log, yearless, says nothing of now
    "a17": set(),  # an endorsement, a mass InMail: no talk
    "a18": set(),  # "•" alone in a note is a pasted bullet, no task
    "a18cb": {(PR, "Дмитрий Пак", "2026-12-04")},  # "оффер Ксении", "согласно Елене": theirs not
    "a19": {(PR, "Martin Greaves", "2026-12-02"), (PR, "Дмитрий Пак", "2026-12-02")},
    "a20": set(),  # "Собес в Ферокс" is Ферокс's, rejected
    "a22": {(PR, OLGA, "2026-11-20")},  # an undated item in a dated log is of the day above
    "a23": set(),  # "НЕ писать Елене до пт"
    "a24": set(),  # "• Reporting to Sarah Chen, VP Engineering"
    "a26": set(),  # a future log's May 2027 is not today
    "a28": {("follow_up", "Interviews/2026-11-18 Ферокс финал.md", "2026-11-23")},  # one round
    "a29": {(PR, "Александр Орлов", "2026-12-07")},  # "Саше": his alias, not Sasha Klein
    "a30": {(PR, MASHA, "2026-10-10")},  # "× спасибо Маше за фидбек" is her feedback, not mine
    "a31": set(),  # "## Хвосты" keeps its sending: the CV was sent
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_what_is_due(tmp_path: Path, case: str) -> None:
    due = due_in_kept_case(KEPT / case, tmp_path, TODAY)
    assert {(kind, who, day.isoformat()) for kind, who, day in due} == CASES[case]
