"""Cases a third attacker built against the whole of the thirtieth session's change (kept in
tests/vaults/attack68/, each a small vault): notes named with their weekday in interview or
meeting folders, folders of vacancies holding postings and surveys, lone or booked dated lines,
possessive tasks, thank-yous beside an offer's answer, letters under their headings. Each case
holds what Due contacts lists and which lines are read as feedback; those still read wrong are
named."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import cases_held_or_named, due_in_kept_case, feedback_of_case

KEPT = Path(__file__).parent / "vaults" / "attack68"
TODAY = date(2026, 12, 7)

DUE: dict[str, set[tuple[str, str, date]]] = {
    # Interview note 'Interviews/2026-11-25 Wed.md' (tags: interview, in Interviews/, no type) is
    "01": {
        ("first_touch", "Marcus Hale", date(2026, 12, 7)),
        ("follow_up", "Felix Osei", date(2026, 11, 30)),
    },
    # 'Встречи/2026-11-24 вторник.md' is a meeting (tag встреча) with Ольга on 24.11. No daily not
    "02": {("promise", "Ольга Смирнова", date(2026, 11, 27))},
    # Вакансии/ holds saved postings only; nothing was applied to. No processes, no follow-ups.
    "03": set(),
    # Vacancies/ holds: a clipped posting (never applied: 'Not applying yet'), a vacancy saved for
    "04": {
        ("first_touch", "Priya Nair", date(2026, 12, 7)),
        ("promise", "Priya Nair", date(2026, 11, 26)),
    },
    # Final on 3.12, "- 18.12 — offer decision expected": a follow-up once that day has passed.
    "05": {("follow_up", "Felix Osei", date(2026, 12, 21))},
    # Яндекс Маркет техсобес (02.12 per daily note), waiting for an answer. The lone line
    "07": {("first_touch", "Марина Ким", date(2026, 12, 7))},
    # Sarah: met 01.12 last year (2025), then 2026 log: 20.02, 30.06, 12.10; call booked Thu 10.12
    "08": {("reach_out", "Sarah Okafor", date(2026, 11, 11))},
    # Promises owed (due ~2026-12-03, made that day): only Sarah ('ask Sarah to let Tom know…').
    "09": {("promise", "Sarah Okafor", date(2026, 12, 3))},
    # No promises: all three tasks are the owner's own reading (a public CFP she may submit to, a
    "10": set(),
    # Two separate Fernbrook processes. Platform: offer 04.12, answer to Dana by 11.12 (answer_off
    "11": {
        ("answer_offer", "Dana Whitfield", date(2026, 12, 11)),
        ("thank_you", "Jess Palmer", date(2026, 12, 3)),
    },
    # Quillstone: rejected 2026-12-01 (template rejection email). The email holds NO feedback on t
    "12": {("request_feedback", "Orgs/Quillstone.md", date(2026, 12, 1))},
    # Точка: отказ 27.11 по шаблонному письму. Никакого фидбека о кандидате в письме нет (сравнили
    "13": set(),
    # Самокат: отказ 04.12. Фидбек из письма: похвала «высоко оценила ваш опыт в платежах»; «у нег
    "15": {
        ("promise", "Ирина Белова", date(2026, 12, 7)),
        ("request_feedback", "Ирина Белова", date(2026, 12, 4)),
    },
    # Kestrel HM call 02.12, waiting for stage 2. No feedback on the owner at all: Jonny's remarks
    "16": {("follow_up", "Dana Reyes", date(2026, 12, 7))},
    # Ozon техсобес 01.12, ждём. Фидбека о кандидате НЕТ: Глеб рассказывает, что в Ozon фидбек мед
    "17": {("follow_up", "Собеседования/Ozon — тех.md", date(2026, 12, 4))},
    # The owner's only process: Ozon техсобес 01.12, ждём (follow-up due ~04-08.12).
    "18": {("follow_up", "Собеседования/Ozon — тех.md", date(2026, 12, 4))},
    # Monzo is LAST winter's attempt (2025): applied 03.11.2025, screen 17.11.2025, final 11.12.20
    "19": set(),
    # Northloop: a spring attempt (applied 12.03, screen 20.03, tech 28.03 — then nothing, it went
    "20": set(),
    # Kestrel Pay: stage 2 on 03.12, still in (no rejection; offer conversation only pencilled in)
    "21": {
        ("follow_up", "Marcus Hale", date(2026, 12, 9)),
        ("follow_up", "Orgs/Northloop.md", date(2026, 12, 7)),
    },
    # Два собеседования Ozon (заметки в Собесы/Ozon/, названы днём и днём недели, без type): скрин
    "22": {("follow_up", "Ольга Смирнова", date(2026, 12, 8))},
    # Ирина: знакомство 03.12.2025 (до январского созвона), затем 15.01, 20.05, 20.10.2026; созвон
    "23": {("reach_out", "Ирина Белова", date(2026, 11, 19))},
    # Crash probe: odd names/empty sections. Expect: no crash; '2026-11-23 Mon..md' etc. at vault
    "24": {
        ("first_touch", "O'Neil", date(2026, 12, 7)),
        ("promise", "O'Neil", date(2026, 12, 7)),
        ("promise", "O'Neil", date(2026, 12, 7)),
    },
    # "15/12 stage 2 (design + EM) — moved to Jan": no round on 15.12; stage 1's follow-up stays.
    "25": {("follow_up", "Marcus Hale", date(2026, 12, 9))},
    # Kestrel stage 2 on 03.12: PASSED (04.12, invited to the final). The internal candidate was f
    "26": {("follow_up", "Marcus Hale", date(2026, 12, 8))},
    # Meetings (tags: meeting): coffee with Sarah 18.11 (promise: CV to Sarah by 20.11, overdue);
    "27": {
        ("promise", "Sarah Okafor", date(2026, 11, 20)),
        ("reach_out", "Marcus Hale", date(2026, 12, 4)),
        ("reach_out", "Sarah Okafor", date(2026, 12, 9)),
    },
    # Вакансии/: список сохранённых вакансий (никуда не откликалась) и зарплатный обзор. Процессов
    "28": set(),
    # Owed (made 04.12): Anna (let her know I can't make it; read her draft she wrote for me to re
    "29": {
        ("promise", "Anna Petrova", date(2026, 12, 4)),
        ("promise", "Anna Petrova", date(2026, 12, 4)),
        ("promise", "Priya Nair", date(2026, 12, 6)),
        ("promise", "Sarah Okafor", date(2026, 12, 4)),
    },
    # Octopus Energy: no job application (a hackathon; 'not applying yet'). No process, no follow-
    "30": {("reach_out", "Leah Grant", date(2026, 12, 29))},
}
FEEDBACK: dict[str, set[tuple[str, str]]] = {
    "01": set(),
    "02": set(),
    "03": set(),
    "04": set(),
    "05": set(),
    "07": set(),
    "08": set(),
    "09": set(),
    "10": set(),
    "11": {
        ("improvement", "Prometheus/alerting design was thinner t"),
        ("strength", "strong incident-response instincts, clea"),
    },
    "12": set(),
    "13": set(),
    "15": {("strength", "Команда высоко оценила ваш опыт в платеж")},
    "16": set(),
    "17": set(),
    "18": set(),
    "19": set(),
    "20": set(),
    "21": set(),
    "22": {
        ("improvement", "по outbox-паттерну стоит подтянуть"),
        ("strength", "Ольга 05.12 по телефону: команде понрави"),
    },
    "23": set(),
    "24": set(),
    "25": set(),
    "26": {
        ("neutral", "They went with an internal candidate for"),
        ("strength", "Dana especially liked how you reasoned a"),
    },
    "27": set(),
    "28": set(),
    "29": set(),
    "30": set(),
}
KNOWN_WRONG = {
    "06",  # a second attempt's note gives the application no day, so nothing comes due
    "14",  # the rejection's request for feedback goes to the referrer, not the recruiter
}


@pytest.mark.parametrize("case", sorted(DUE))
def test_what_is_due(tmp_path: Path, case: str) -> None:
    assert due_in_kept_case(KEPT / case, tmp_path, TODAY) == DUE[case]


@pytest.mark.parametrize("case", sorted(FEEDBACK))
def test_the_feedback_read(tmp_path: Path, case: str) -> None:
    assert feedback_of_case(tmp_path, KEPT / case, TODAY) == FEEDBACK[case]


def test_every_kept_case_is_held_or_named() -> None:
    assert cases_held_or_named(KEPT, DUE, KNOWN_WRONG)
