"""Cases a third attacker built against the thirty-first session's change, after the first
two's were mended (kept in tests/vaults/attack71/, each a small vault): other things moved on a
round's line (a later round, the team's start, the role, the headcount, onboarding), slots and
bands "offered", "as expected", calls dropped out of, people's notes named "Company — Name",
struck-out recruiter labels, sends that went wrong, letters of logistics and pitches, a decision
"by 15.12" under "## Next", arrows that name who runs a round. Each case holds what Due contacts
lists and the feedback read; those still read wrong are named."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import cases_held_or_named, due_in_kept_case, feedback_of_case

KEPT = Path(__file__).parent / "vaults" / "attack71"
TODAY = date(2026, 12, 7)

DUE: dict[str, set[tuple[str, str, date]]] = {
    # Picnic: onsite HELD 2026-12-03 (latest round); the VP final is not booked yet ("pushed to ne
    "01": {("follow_up", "Eva Jansen", date(2026, 12, 8))},
    # Авито: собес с командой ПРОШЁЛ 03.12 (последний этап); финал с CTO ещё не назначен. Ждём (pe
    "02": {("follow_up", "Ольга Руденко", date(2026, 12, 8))},
    # Klarna: final with the CTO HELD 2026-12-02 (the team's start date moved to March, not the ro
    "03": {("follow_up", "Sven Holm", date(2026, 12, 7))},
    # Zalando: onsite HELD 2026-12-02 (the ROLE moved to the Marketplace team; the round is not mo
    "04": {("follow_up", "Mira Koch", date(2026, 12, 7))},
    # Personio: HR screen HELD 2026-12-01; band talk only (85k is the band ceiling), no offer. Pen
    "08": {("follow_up", "Lisa Brandt", date(2026, 12, 4))},
    # Celonis: tech interview HELD 2026-12-02, pending (dropping out of the CALL is a wifi issue,
    "09": {("follow_up", "Greta Hahn", date(2026, 12, 7))},
    # Wise: OFFER received 2026-12-02 (£110k), owner to answer by 12-11. Result offer, not pending
    "11": {("answer_offer", "Priya Shah", date(2026, 12, 11))},
    # Both notes are PEOPLE at Spotify (Lisa Berg, tech lead friend; Jonna Ek, recruiter), named "
    "12": {("reach_out", "Spotify — Lisa Berg", date(2026, 12, 31))},
    # Erik Svensson is a CONTACT (ex-colleague, EM at Klarna), not a job application. No process.
    "13": {("reach_out", "Klarna - Erik Svensson, EM", date(2026, 12, 13))},
    # Picnic: tech interview HELD 2026-12-01, pending. The recruiter now is Jan de Boer (Eva's lab
    "14": {("follow_up", "Jan de Boer", date(2026, 12, 4))},
    # The promise "CV v4 → Sarah Lee" (due 12-02) is NOT kept: on 12-02 the owner sent the old v3
    "15": {("promise", "Sarah Lee", date(2026, 12, 2))},
    # The promise "send CV v4 to Sarah Lee" (due 12-02) is NOT kept: the owner attached the old v3
    "16": {("promise", "Sarah Lee", date(2026, 12, 2))},
    # The promise to return the SIGNED offer letter to Claire (due 12-04) is still open: on 12-02
    "18": {("promise", "Claire Dunn", date(2026, 12, 4))},
    # Stripe: OFFER 2026-12-01 (answer by 12-11). The letter gives the offer's terms, no assessmen
    "19": {("thank_you", "Claire Dunn", date(2026, 12, 1))},
    # Яндекс: алгоритмическая секция 25.11 ПРОЙДЕНА (02.12 зовут на финал), финал ещё не назначен.
    "20": set(),
    # Celonis: tech interview 11-26 PASSED (12-02), final not booked yet. The mail is logistics (f
    "21": {("thank_you", "Greta Hahn", date(2026, 12, 2))},
    # Авито: техсобес 26.11 пройден, финал перенесён (интервьюер заболел), новая дата ещё не назна
    "22": {("thank_you", "Ольга Руденко", date(2026, 11, 26))},
    # Kestrel onsite 11-30: REJECTED 2026-12-03. Feedback: + system design discussion; - coding ro
    "23": {("thank_you", "Maria Lopez", date(2026, 12, 3))},
    # N26: final HELD 2026-12-02, pending; the decision is due by 12-15. No round ahead (15.12 is
    "24": {("follow_up", "Max Weber", date(2026, 12, 7))},
    # Doctolib: final HELD 2026-12-03 (only the slot was changed on 12-01, the owner did not withd
    "27": {("follow_up", "Claire Martin", date(2026, 12, 8))},
    # Zalando: REJECTED 2026-12-04 ("as expected" is the owner's view), no feedback.
    "29": {("request_feedback", "Mira Koch", date(2026, 12, 4))},
    # Озон: финал ПРОШЁЛ 03.12 (на февраль сдвинут онбординг, не этап). Ждём ответа.
    "31": {("follow_up", "Дарья Ким", date(2026, 12, 8))},
    # Allegro: tech round 11-26 passed; the final (run BY Piotr) is booked for 2026-12-10. The arr
    "32": {("prepare", "Kasia Wójcik", date(2026, 12, 7))},
    # Мок-собеседование проводит Ержан (владелица — кандидат); стрелка — кто ведёт мок. Владелица
    "33": set(),
    # Personio: HR screen 11-27; Lisa answered the owner's questions (band, remote, next round for
    "34": {("follow_up", "Lisa Brandt", date(2026, 12, 2))},
    # Revolut: final HELD 2026-12-03, pending; decision promised by 12-11. No round ahead.
    "36": {("follow_up", "Hannah Cole", date(2026, 12, 8))},
    # Анна Козлова — КОНТАКТ (HR-менеджер в Сбере), не отклик. Процессов нет.
    "38": {("reach_out", "Сбер — Анна Козлова (HR-менеджер)", date(2026, 12, 19))},
}
FEEDBACK: dict[str, set[tuple[str, str]]] = {
    "01": set(),
    "02": set(),
    "03": set(),
    "04": set(),
    "08": set(),
    "09": set(),
    "11": set(),
    "12": set(),
    "13": set(),
    "14": set(),
    "15": set(),
    "16": set(),
    "18": set(),
    "19": set(),
    "20": set(),
    "21": set(),
    "22": set(),
    "23": {
        ("improvement", "felt your coding round was slower than w"),
        ("strength", "The panel enjoyed your system design dis"),
    },
    "24": set(),
    "27": set(),
    "29": set(),
    "31": set(),
    "32": set(),
    "33": set(),
    "34": set(),
    "36": set(),
    "38": set(),
}
KNOWN_WRONG = {
    "05",  # "final — moved to Dec 15": read as held on 15.12, and no round is prepared for
    "06",  # "offered 3 slots for the final" (10.12): the final booked is not read; thanked
    "07",  # "Предложили 2 слота на финал" (10.12): the same
    "10",  # "declined (the relocation package)" after an offer: read as withdrawn
    "17",  # "отправила Пете резюме Маши" (a friend's CV) keeps "скинуть Пете резюме"
    "25",  # "решение ожидается после праздников": chased on 3.12
    "26",  # Lena's `company: Spotify` is stale (her log says she left): she is chased
    "28",  # "Declined!! they won't move on base" (Bolt, of the counter): read as withdrawn
    "30",  # "headcount pushed to Q1": the process is not read as on hold
    "35",  # Tom's cold pitch waits for an answer, and no reply to him is listed
    "37",  # "decision expected mid-January": chased on 3.12
}


@pytest.mark.parametrize("case", sorted(DUE))
def test_what_is_due(tmp_path: Path, case: str) -> None:
    assert due_in_kept_case(KEPT / case, tmp_path, TODAY) == DUE[case]


@pytest.mark.parametrize("case", sorted(FEEDBACK))
def test_the_feedback_read(tmp_path: Path, case: str) -> None:
    assert feedback_of_case(tmp_path, KEPT / case, TODAY) == FEEDBACK[case]


def test_every_kept_case_is_held_or_named() -> None:
    assert cases_held_or_named(KEPT, DUE, KNOWN_WRONG)
