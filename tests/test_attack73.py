"""Cases a second attacker built against the thirty-second session's mended change (kept in
tests/vaults/attack73/, each a small vault): waits for an offer promised, an offer likely, an
offer turned down in June; a flat's lease or another company's take-home in a daily note that
tells of an offer; the owner's own "fb" on a company's loop; a company log's words on a
referred friend, the HM, the bar; interviews the owner runs at work and a freelance client's
sign-off; recruiters listed as "ex-Amazon" or having moved on; an agency's promise of another
role's spec; a talk in February after a hold; a screen call's notes on the team and the
owner's own to-dos; the owner's own message and a sourcer's pitch pasted in. Each case holds
what Due contacts lists and the feedback read; those still read wrong are named."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import cases_held_or_named, due_in_kept_case, feedback_of_case

KEPT = Path(__file__).parent / "vaults" / "attack73"
TODAY = date(2026, 12, 7)

DUE: dict[str, set[tuple[str, str, date]]] = {
    # 01 — "offer is likely" then "waiting for reference check" (references come before an offer
    "01": {("follow_up", "Laura Evans", date(2026, 12, 7))},
    # 02 — "готовят оффер" (24.11), then "Юля обещала оффер на этой неделе" (30.11); nothing sin
    "02": {("follow_up", "Юля Миронова", date(2026, 12, 3))},
    # 03 — daily tells the Deliveroo offer ("no rush"); a later line in it: Monzo "need an answe
    "03": {("follow_up", "Tom Reid", date(2026, 12, 8))},
    # 04 — daily: Ozon offer ("сроки не горят"), and the landlady "ответ нужен до 10.12" about t
    "04": {("reach_out", "Ирина Ковалёва", date(2026, 12, 4))},
    # 09 — UK note, day-first slashes: "12/10 — phone screen" is 12 October (the log runs 12/10,
    "09": {("follow_up", "Tom Reid", date(2026, 11, 27))},
    # 10 — company log line dated ahead "09.12 — HM-созвон перенесли, новую дату пока не дали"
    "10": {("follow_up", "Катя Лебедева", date(2026, 12, 8))},
    # 11 — "Sam wanted my fb on their interview loop, told her:" + nested items (my feedback to
    "11": {("follow_up", "Sam Keller", date(2026, 12, 8))},
    # 12 — as 11 but the lead is "Sam wanted my fb on the interview loop:" (no "told her")
    "12": {("follow_up", "Sam Keller", date(2026, 12, 8))},
    # 13 — as 11 but the lead is "[[Sam Keller]] wanted my fb on the interview loop:" (my feedba
    "13": {("follow_up", "Sam Keller", date(2026, 12, 8))},
    # 16 — company timeline: "Orla said …" about the HM, about Pete (whom I referred), about the
    "16": {("follow_up", "Orla Quinn", date(2026, 11, 24))},
    # 17 — as 16 with "Orla said that …": company timeline: "Orla said …" about the HM, about Pe
    "17": {("follow_up", "Orla Quinn", date(2026, 11, 24))},
    # 18 — meetings at my current employer Acme with a round-like stage: I interview a hire ("Te
    "18": {("follow_up", "Mia Chen", date(2026, 12, 3))},
    # 20 — contacts listed together: Klarna "[[Jonas]] (HM, my main contact now)", "[[Maja]] (re
    "20": {
        ("follow_up", "Jonas Lind", date(2026, 12, 1)),
        ("follow_up", "Sara Kim", date(2026, 12, 2)),
    },
    # 21 — the recruiter is listed with a background label: "(recruiter, ex-Amazon)", "(рекрутер
    "21": {
        ("follow_up", "Sara Kim", date(2026, 12, 2)),
        ("follow_up", "Лена Соколова", date(2026, 12, 1)),
    },
    # 22 — as 21 with the recruiter listed FIRST: "[[Sara Kim]] (recruiter, ex-Amazon)", "[[Tom
    "22": {
        ("follow_up", "Sara Kim", date(2026, 12, 2)),
        ("follow_up", "Лена Соколова", date(2026, 12, 1)),
    },
    # 23 — agency recruiter: Adyen "should hear this week" (24.11) passed; later "he'll send me
    "23": {("follow_up", "Mark de Vries", date(2026, 12, 7))},
    # 27 — hold "until the end of November" (10.11); 19.11 at the meetup: "she'll reach out in F
    "27": {("follow_up", "Ola Adeyemi", date(2026, 12, 8))},
    # 28 — hold; 30.11 Оля: "после новогоднего отпуска вернутся к найму, напишет в середине янва
    "28": set(),
    # 29 — daily: notes of a recruiter phone screen under "## 16:00 phone screen w/ [[Aoife Byrn
    "29": {("follow_up", "Aoife Byrne", date(2026, 12, 7))},
    # 30 — journal: notes of a recruiter screen call "## 11:00 созвон с [[Маша Волкова]] (Miro),
    "30": {("follow_up", "Маша Волкова", date(2026, 12, 4))},
    # 31 — daily: MY OWN LinkedIn message to the recruiter, led in as "LI msg → [[Róisín Walsh]]
    "31": {("follow_up", "Róisín Walsh", date(2026, 12, 4))},
    # 32 — daily: MY OWN LinkedIn message "LI msg → [[Róisín Walsh]] (Intercom), copy:" (with "I
    "32": {("follow_up", "Róisín Walsh", date(2026, 12, 4))},
    # 34 — daily: a sourcer's LinkedIn pitch for ANOTHER Datadog role ("Your background … really
    "34": {("follow_up", "Tom Fitzgerald", date(2026, 11, 25))},
    # 40 — "her fb from the tech round:" with plain one-level items (no "said/liked/felt" in the
    "40": {("follow_up", "Orla Quinn", date(2026, 12, 7))},
    # 41 — daily: "## 14:30 call w/ [[Aoife Byrne]] (Stripe) re Dan's application" — bullets abo
    "41": {("follow_up", "Aoife Byrne", date(2026, 12, 8))},
    # 42 — freelance client meetings with `stage:` "техническое задание" and "финальная приёмка
    "42": {("follow_up", "Лена Соколова", date(2026, 12, 4))},
    # 43 — recruiter (04.12): "комиссия соберётся только после праздников, вернётся с ответом 12
    "43": set(),
    # 44 — old June offer (turned down); re-applied in Nov, HM screen 24.11; 02.12 "waiting on T
    "44": {("follow_up", "Tom Reid", date(2026, 11, 27))},
    # 45 — hold; 26.11 Ola: "the HM went on parental leave, so the role stays frozen; they'll ge
    "45": set(),
}
FEEDBACK: dict[str, set[tuple[str, str]]] = {
    "01": set(),
    "02": set(),
    "03": set(),
    "04": set(),
    "09": set(),
    "10": set(),
    "11": set(),
    "12": set(),
    "13": set(),
    "16": {
        ("strength", "Orla said the team loved my demo"),
    },
    "17": {
        ("strength", "Orla said that the team loved my demo"),
    },
    "18": set(),
    "20": set(),
    "21": set(),
    "22": set(),
    "23": set(),
    "27": set(),
    "28": set(),
    "29": set(),
    "30": set(),
    "31": set(),
    "32": set(),
    "34": set(),
    "40": {
        ("improvement", "weak on capacity estimates"),
        ("strength", "strong on trade-offs, clear structure"),
    },
    "41": set(),
    "42": set(),
    "43": set(),
    "44": set(),
    "45": set(),
}
KNOWN_WRONG = {
    "05",  # "They need to know by Wed … before his holidays" (27.11): no deadline read
    "06",  # "They need to know by Wed" said on 27.11: the Wednesday is counted from today
    "07",  # "deadline moved to Mon 14 Dec" in a later daily note: the offer is not read
    "08",  # the same, the offer read: its moved deadline is not, so it lapses
    "14",  # "their feedback was very positive", "the CTO was really impressed": not read
    "15",  # "HM в отпуске до 14.12": the follow-up is not held until then
    "19",  # meetings `stage: HM chat (round 2 of 4)`, `final review (…)`: no process read
    "24",  # "вернётся с ответом на след. неделе": "след." is not read as next week
    "25",  # a hold's check-in after "no news yet, same as back in March": none listed
    "26",  # "it's like back in March when they froze" read as the hold lasting until March
    "33",  # a friend's rejection letter pasted ("[[Kasia]]'s rejection email") read as feedback
    "35",  # an agency's call not naming the client: credited to the agency
    "36",  # a wait on "the Monzo offer details" in Wise's log: Wise read as an offer
    "37",  # "deadline moved to Wed 9 Dec" later the same day: the first day, 14 Dec, is kept
    "38",  # "[[Orla]] … rang — rejected" not read; "behavioural: fine" read as praise
    "39",  # the same, with [[Intercom]] linked
}


@pytest.mark.parametrize("case", sorted(DUE))
def test_what_is_due(tmp_path: Path, case: str) -> None:
    assert due_in_kept_case(KEPT / case, tmp_path, TODAY) == DUE[case]


@pytest.mark.parametrize("case", sorted(FEEDBACK))
def test_the_feedback_read(tmp_path: Path, case: str) -> None:
    assert feedback_of_case(tmp_path, KEPT / case, TODAY) == FEEDBACK[case]


def test_every_kept_case_is_held_or_named() -> None:
    assert cases_held_or_named(KEPT, DUE, KNOWN_WRONG)
