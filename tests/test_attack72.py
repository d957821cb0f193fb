"""Cases an attacker built against the thirty-second session's change (kept in
tests/vaults/attack72/, each a small vault): a wait after what only looked like an offer, an
answer the owner asked another company for, a daily note's other deadlines (a flat's, a
take-home's, a second offer's), a promised day about another role, a month said of something
else after a hold, meetings at work or over coffee with a `stage`, contacts listed as having
left, items nested under prep advice or the owner's own verdict on a process, a company log's
words on its CTO, team, band and other finalists, calls with friends and mentors, a job's spec
pasted as a message, feedback "as promised" or given on the phone. Each case holds what Due
contacts lists and the feedback read; those still read wrong are named."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import cases_held_or_named, due_in_kept_case, feedback_of_case

KEPT = Path(__file__).parent / "vaults" / "attack72"
TODAY = date(2026, 12, 7)

DUE: dict[str, set[tuple[str, str, date]]] = {
    # 01 — offer in June (declined), re-application in November, waiting
    "01": {("follow_up", "Laura Nieminen", date(2026, 11, 30))},
    # 02 — "offer is being prepared" before any offer, then a plain wait
    "02": {("follow_up", "Kadri Tamm", date(2026, 11, 24))},
    # 03 — RU: "обещали оффер / готовят оффер", потом "жду" (оффера ещё нет)
    "03": {("follow_up", "Ольга Смирнова", date(2026, 11, 20))},
    # 04 — оффер с дедлайном 11.12, позже "ответ нужен до 08.12" — про референсы, не про оффер
    "04": {("answer_offer", "Мария Ковалёва", date(2026, 12, 11))},
    # 05 — оффер Ozon до 14.12; «мне ответ нужен до 10.12» — это я ставлю срок другому процессу
    "05": {
        ("answer_offer", "Ирина Лебедева", date(2026, 12, 14)),
        ("first_touch", "Ирина Лебедева", date(2026, 12, 7)),
        ("first_touch", "Павел Орлов", date(2026, 12, 7)),
        ("follow_up", "Павел Орлов", date(2026, 12, 11)),
    },
    # 06 — daily note tells of the Deliveroo offer (no deadline given) + other deadlines in the
    "06": {("follow_up", "Tom Reid", date(2026, 12, 3))},
    # 07 — one daily note, two offers: Wise's has a deadline (Fri 11 Dec), Revolut's has none
    "07": {("answer_offer", "Priya Shah", date(2026, 12, 11))},
    # 08 — offer told in a daily note with "answer by Wed 9 Dec"; the owner already said yes and
    "08": set(),
    # 09 — agency recruiter: a promise about ANOTHER role ("get back to me in January with the I
    "09": {("follow_up", "Mark de Vries", date(2026, 12, 7))},
    # 10 — after the round the recruiter said she'll come back by Friday 11 Dec
    "10": {("follow_up", "Lena Fischer", date(2026, 12, 14))},
    # 11 — RU: «вернётся с ответом до конца следующей недели» после финала
    "11": {("follow_up", "Даша Белова", date(2026, 12, 14))},
    # 12 — hold "until end of November"; a later aside "their Berlin office might reach out in F
    "12": {("follow_up", "Anna Weber", date(2026, 12, 8))},
    # 13 — hold "until the end of November" (same as 12, with "the"); a later aside "their Berli
    "13": {("follow_up", "Anna Weber", date(2026, 12, 8))},
    # 14 — вложенные пункты под пунктом-«шапкой» с двоеточием
    "14": {
        ("first_touch", "Аня Кравец", date(2026, 12, 7)),
        ("thank_you", "Аня Кравец", date(2026, 12, 1)),
    },
    # 15 — nested items under an item lead-in: the recruiter ASKED the owner for feedback on the
    "15": {
        ("first_touch", "Sam Okafor", date(2026, 12, 7)),
        ("thank_you", "Sam Okafor", date(2026, 11, 26)),
    },
    # 16 — company note's dated log told in sentences: only the first line is feedback on me
    "16": {("follow_up", "Маша Волкова", date(2026, 12, 3))},
    # 17 — English company log: only "I came across as very senior" is feedback on me
    "17": {("follow_up", "Aoife Byrne", date(2026, 12, 3))},
    # 18 — "раунд" в статусе компании: раунд собеседований vs раунд инвестиций
    "18": {
        ("first_touch", "Света Ким", date(2026, 12, 7)),
        ("prepare", "Света Ким", date(2026, 12, 7)),
    },
    # 19 — company log written day/month (European): "12/10 — HM call" was 12 October, not 10 De
    "19": {
        ("first_touch", "Ciara Nolan", date(2026, 12, 7)),
        ("follow_up", "Ciara Nolan", date(2026, 11, 25)),
    },
    # 21 — meeting notes with company: + stage: that are NOT hiring rounds
    "21": set(),
    # 22 — встречи с company/stage: мок, агентство, HR на текущей работе
    "22": {("first_touch", "Дима Ершов", date(2026, 12, 7))},
    # 23 — contacts listed together in one property
    "23": {
        ("follow_up", "Anna Berg", date(2026, 11, 30)),
        ("follow_up", "Jonas Lind", date(2026, 12, 1)),
    },
    # 24 — one string lists the referrer first, then the talent partner
    "24": {("follow_up", "Anna Berg", date(2026, 11, 27))},
    # 25 — daily note sections headed by calls: which bullets are feedback on me
    "25": {
        ("follow_up", "Aoife Byrne", date(2026, 12, 8)),
        ("follow_up", "Raj Mehta", date(2026, 12, 3)),
    },
    # 26 — RU: секции дневника «## созвон с …»
    "26": {
        ("follow_up", "Лена Соколова", date(2026, 11, 30)),
        ("follow_up", "Маша Волкова", date(2026, 12, 9)),
    },
    # 28 — pasted LinkedIn messages: real feedback vs a job description and a pitch
    "28": {
        ("follow_up", "Niamh Kelly", date(2026, 12, 9)),
        ("request_feedback", "Róisín Walsh", date(2026, 12, 2)),
    },
    # 29 — real feedback whose lead mentions a promise ("как обещала", "she'll also send it in w
    "29": {
        ("follow_up", "Лена Соколова", date(2026, 12, 7)),
        ("request_feedback", "Sam Keller", date(2026, 11, 26)),
    },
    # 32 — a daily note tells of a FRIEND's offer (same company) with his deadline
    "32": {("follow_up", "Priya Shah", date(2026, 12, 1))},
    # 33 — daily note: Deliveroo offer (no deadline) + "told Monzo I have an offer, asked them t
    "33": {("follow_up", "Tom Reid", date(2026, 12, 8))},
    # 34 — заморозка «до конца ноября»; позже: рекрутер уходит в декрет, «вернётся в мае» (это п
    "34": {("follow_up", "Оля Ким", date(2026, 12, 8))},
    # 35 — the same feedback logged twice (daily note and the company's log)
    "35": {("follow_up", "Маша Волкова", date(2026, 12, 7))},
    # 37 — debrief call with my mentor about the Spotify loop; and my prep list for a Stripe cal
    "37": {
        ("follow_up", "Sara Lund", date(2026, 12, 3)),
        ("prepare", "Aoife Byrne", date(2026, 12, 6)),
    },
    # 38 — RU: вставленные письма в дневнике — чужое письмо подруги и письмо-рассылка
    "38": {
        ("follow_up", "Гоша Петров", date(2026, 12, 4)),
        ("follow_up", "Лена Соколова", date(2026, 12, 2)),
    },
    # 39 — meetings at my current job whose stage names an interview (I am the interviewer) / a
    "39": {("follow_up", "Mia Chen", date(2026, 12, 3))},
    # 40 — feedback items nested under a lead item, with my own plans nested one level deeper
    "40": {
        ("first_touch", "Дина Ахметова", date(2026, 12, 7)),
        ("follow_up", "Дина Ахметова", date(2026, 11, 27)),
    },
    # 41 — company log sentences: a referred friend's result, my words, logistics
    "41": set(),
    # 42 — offer told in a daily note, deadline phrased "they need to know by Fri 11 Dec"
    "42": {("answer_offer", "Hannah Price", date(2026, 12, 11))},
    # 43 — "we'll be in touch by end of next week" told in a daily note after the round
    "43": {("follow_up", "Lena Fischer", date(2026, 12, 14))},
    # 44 — заморозка «до конца ноября»; позже рекрутер вспоминает, что «в августе было то же сам
    "44": {("follow_up", "Оля Ким", date(2026, 12, 8))},
    # 45 — feedback given on the phone, with a note that written feedback will follow too
    "45": {("request_feedback", "Mia Chen", date(2026, 11, 27))},
    # 47 — в логе компании строка впереди про ЧУЖОЙ финал (мой реферал Петя)
    "47": {("follow_up", "Алина Жукова", date(2026, 11, 27))},
    # 48 — company log (month/day, US style) with a round ahead that is my referral's, not mine
    "48": {("follow_up", "Tom Fitzgerald", date(2026, 11, 26))},
}
FEEDBACK: dict[str, set[tuple[str, str]]] = {
    "01": set(),
    "02": set(),
    "03": set(),
    "04": set(),
    "05": set(),
    "06": {  # "Hannah said the panel liked my system design a lot": hers, read now
        ("strength", "Hannah said the panel liked my system de"),
    },
    "07": set(),
    "08": set(),
    "09": set(),
    "10": set(),
    "11": set(),
    "12": set(),
    "13": set(),
    "14": {
        ("improvement", "по system design не хватило глубины про "),
        ("strength", "алгоритмы сильные, быстро нашла решение"),
    },
    "15": {
        ("improvement", "would have liked more tests"),
        ("strength", "pairing was really collaborative"),
    },
    "16": {
        ("improvement", "system design слабовато"),
        ("strength", "Маша сказала что по алгоритмам норм"),
    },
    "17": {
        ("strength", "Aoife said that I came across as very se"),
    },
    "18": set(),
    "19": set(),
    "21": set(),
    "22": set(),
    "23": set(),
    "24": set(),
    "25": {
        ("improvement", "capacity planning answer was weak"),
        ("strength", "Liam was v impressed w/ the debugging"),
    },
    "26": {
        ("improvement", "system design на троечку"),
        ("strength", "по алгоритмам всё чисто"),
    },
    "28": {
        ("improvement", "the coding round felt rushed and the tes"),
        ("strength", "The panel loved your incident-response s"),
    },
    "29": {
        ("improvement", "great communication, needs more depth on"),
        ("improvement", "слабый system design"),
        ("strength", "сильный кодинг"),
    },
    "32": set(),
    "33": set(),
    "34": set(),
    "35": {
        ("improvement", "system design слабоват"),
        ("strength", "алгоритмы сильные"),
    },
    "37": set(),
    "38": set(),
    "39": set(),
    "40": {
        ("improvement", "system design слабоват, особенно кэширов"),
        ("strength", "алгоритмы сильные"),
    },
    "41": {
        ("strength", "Róisín said that they liked my GitHub"),
    },
    "42": set(),
    "43": set(),
    "44": set(),
    "45": {
        ("improvement", "strong SQL, product sense was weak"),
    },
    "47": set(),
    "48": set(),
}
KNOWN_WRONG = {
    "20",  # "HM call 09.12 — отменили … новую дату дадут после 14.12": chased on 4.12
    "27",  # a friend's rejection letter ("Kasia's email … she got the no:") read as feedback
    "30",  # "valued your product sense; the gap was in hands-on ML" is one item; "Мы долго
    # думали и решили продолжить с другим кандидатом" read as criticism
    "31",  # "сказала Юле нет, выбрала Точку" after the offer: not read as declined
    "36",  # an agency's call about two clients: both remarks credited to the agency
    "46",  # feedback recorded, yet request_feedback is still listed
}


@pytest.mark.parametrize("case", sorted(DUE))
def test_what_is_due(tmp_path: Path, case: str) -> None:
    assert due_in_kept_case(KEPT / case, tmp_path, TODAY) == DUE[case]


@pytest.mark.parametrize("case", sorted(FEEDBACK))
def test_the_feedback_read(tmp_path: Path, case: str) -> None:
    assert feedback_of_case(tmp_path, KEPT / case, TODAY) == FEEDBACK[case]


def test_every_kept_case_is_held_or_named() -> None:
    assert cases_held_or_named(KEPT, DUE, KNOWN_WRONG)
