"""Cases an attacker built against the thirty-first session's change (kept in
tests/vaults/attack69/, each a small vault): companies written as plain text (`company: Stealth`,
`компания: Фриланс`, a Head of Talent not involved), letters quoted under a lead line (the
owner's own drafts, replies and cover letters, a friend's news, a cold pitch), `pipeline:` on
notes that are not processes, and the new outcome phrases in other senses ("should be fine" of a
visa, "if I pass" of another company, "offer decision: accepted", "said no to the relocation",
"postponed till after lunch"). Each case holds what Due contacts lists and the feedback read;
those still read wrong are named."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import cases_held_or_named, due_in_kept_case, feedback_of_case

KEPT = Path(__file__).parent / "vaults" / "attack69"
TODAY = date(2026, 12, 7)
TODAYS = {"08": date(2026, 12, 1), "31": date(2026, 12, 12), "36": date(2026, 12, 12)}

DUE: dict[str, set[tuple[str, str, date]]] = {
    # Kestrel onsite: rejected 2026-12-04, feedback received (1 positive, 1 negative).
    "01": {("reply", "Maria Lopez", date(2026, 12, 4))},
    # Kestrel onsite rejected 2026-12-04 with feedback (1 pos, 1 neg).
    "02": {("thank_you", "Maria Lopez", date(2026, 12, 4))},
    # Финал Тинькофф: отказ 04.12, фидбек получен (1+, 1-).
    "03": {("thank_you", "Милица Петрович", date(2026, 12, 4))},
    # Stealth (fintech) founder chat 2026-11-25: pending, no recruiter named -> follow_up unaddres
    "04": {("follow_up", "Interviews/2026-11-25 Stealth founder chat.md", date(2026, 11, 30))},
    # Einride HM interview 2026-11-05: rejected 2026-11-20 (someone internal).
    "05": set(),
    # `pipeline:` here lists the company's steps, not where the owner stands. Process: recruiter s
    "07": {("follow_up", "Ines Vogel", date(2026, 11, 27))},
    # `pipeline:` lists the company's steps; the owner is past the take-home (review call 2026-11-
    "08": {("follow_up", "Ines Vogel", date(2026, 11, 27))},
    # Tom Baker is a contact (agency recruiter at Hays), last contact 2026-11-28; `pipeline:` on h
    "09": set(),
    # Picnic process (company note keeps it): tech interview 2026-11-20, waiting.
    "10": {("follow_up", "Lena Smit", date(2026, 11, 25))},
    # Kestrel onsite: rejected 2026-12-03, no feedback received. The quoted text is the owner's ow
    "11": {("request_feedback", "Maria Lopez", date(2026, 12, 3))},
    # Kate is a friend; her letter is chat (flat, wedding, encouragement), not recruiter feedback
    "12": set(),
    # Wise: verbal OFFER on 2026-11-30 (£110k); "offer stage" here is the offer itself. Result = o
    "15": {("thank_you", "Priya Shah", date(2026, 11, 30))},
    # Monzo: ON HOLD since 2026-12-01 (freeze on the Platform team, the owner's own role included)
    "16": set(),
    # Авито: ОТКАЗ 02.12.2026. "если получу оффер в Озоне" - о другом процессе, не делает отказ чу
    "17": {("request_feedback", "Ольга Руденко", date(2026, 12, 2))},
    # Klarna: tech round HELD on 2026-11-26 (only moved within the day). Waiting for an answer sin
    "18": {("follow_up", "Sven Holm", date(2026, 12, 1))},
    # Zalando: tech interview held 2026-11-27; the 10.12 slot was cancelled -> no round booked ahe
    "19": {("follow_up", "Mira Koch", date(2026, 12, 2))},
    # Celonis final 19.11: REJECTED on 2026-12-03 (the date is on the line just before the lead).
    "21": {("thank_you", "Greta Hahn", date(2026, 12, 3))},
    # Tom's LinkedIn message is a cold recruiting pitch, not feedback on the owner. Feedback list:
    "22": set(),
    # Kestrel: rejected 03.12, no feedback given. The quoted text is the OWNER's reply asking for
    "23": {("request_feedback", "Maria Lopez", date(2026, 12, 3))},
    # Яндекс: отказ 01.12. Цитата - письмо САМОЙ владелицы Ольге с просьбой о фидбеке (запрос 02.1
    "24": {("request_feedback", "Ольга Смирнова", date(2026, 12, 1))},
    # The daily note's quoted mail is from the landlord - no job feedback. Feedback list: empty.
    "25": set(),
    # Personio: REJECTED 2026-12-02 ("if I pass" is about Stripe, another process).
    "26": {("request_feedback", "Lisa Brandt", date(2026, 12, 2))},
    # Сбер: ЗАМОРОЗКА (on hold) с 01.12.2026 - найм заморожен в той самой команде; "в другую коман
    "27": {("follow_up", "Ирина Котова", date(2026, 12, 15))},
    # N26: ON HOLD since 2026-12-01 (freeze on the owner's own team/role). "not affected" is about
    "28": {("thank_you", "Jana Weber", date(2026, 12, 1))},
    # Revolut: OFFER (27.11), accepted by the owner on 03.12 - result offer (accepted), not pendin
    "29": {("thank_you", "Alex Novak", date(2026, 12, 3))},
    # Miro: REJECTED 2026-12-01 (at the offer stage). Not passed, no offer.
    "30": {("request_feedback", "Eva Roos", date(2026, 12, 1))},
    # Spotify: stage 1 held 20.11 (passed implicitly); stage 2 NOT on 15.12 but booked for 2027-01
    "31": set(),
    # Doctolib: onsite 25.11 held; no next round booked (CTO round only "possible"; 10.12 is the d
    "32": {("follow_up", "Claire Martin", date(2026, 12, 1))},
    # Sam is a valuable agency recruiter; `pipeline: declined` only records the one role the owner
    "34": {("reach_out", "Sam Patel", date(2026, 11, 30))},
    # Spotify: stage 1 passed (20.11). Stage 2 is NOT on 15.12 - moved to January, no date -> no r
    "36": {("follow_up", "Nils Berg", date(2026, 12, 8))},
    # The quoted mail is the OWNER's thank-you to Tom, not feedback. Feedback list: empty.
    "37": {("follow_up", "Tom Ashby", date(2026, 12, 8))},
    # The quoted text is the owner's own cover letter - not feedback. Feedback list: empty.
    "38": set(),
    # Bolt: OFFER on 2026-11-28 (95k). "Expected ~90k" is the owner's salary expectation.
    "39": {("thank_you", "Jonas Kask", date(2026, 11, 28))},
    # Т-Банк: ОФФЕР 01.12.2026 (380к); решение за владелицей до пятницы. Не pending.
    "40": {("thank_you", "Ксения Орлова", date(2026, 12, 1))},
    # Celonis: OFFER (27.11) still on - owner refused only the relocation, the offer is being upda
    "41": {("thank_you", "Greta Hahn", date(2026, 11, 27))},
    # Trade Republic: coding interview held 24.11; the 10.12 system design was CANCELLED, nothing
    "43": {("follow_up", "Max Vogt", date(2026, 12, 2))},
    # Process: final 26.11 via Hays for Lumen Bank (interview in the Hays folder: the agency's cli
    "44": {("follow_up", "Sam Patel", date(2026, 12, 1))},
    # Klarna tech interview 20.11 pending; Sven (recruiter at Klarna) is the one to chase -> follo
    "46": {("follow_up", "Zettel/202611201000 Klarna.md", date(2026, 11, 25))},
    # Kestrel onsite rejected 04.12 with feedback. Owner has not thanked Maria yet -> thank_you to
    "47": {("thank_you", "Maria Lopez", date(2026, 12, 4))},
    # Acme tech interview 27.11 pending; the one who runs it is Jane (she set it up) -> follow_up
    "48": {
        ("follow_up", "Jane Doyle", date(2026, 12, 2)),
        ("reach_out", "Rob Klein", date(2026, 9, 8)),
    },
}
FEEDBACK: dict[str, set[tuple[str, str]]] = {
    "01": {
        ("improvement", "coding round too slow, missed edge cases"),
        ("strength", "system design was strong"),
    },
    "02": {
        ("improvement", "coding round too slow, missed edge cases"),
        ("strength", "system design was strong"),
    },
    "03": {
        ("improvement", "не хватило глубины в SQL"),
        ("neutral", "сильная архитектурная секция"),
    },
    "04": set(),
    "05": set(),
    "07": set(),
    "08": set(),
    "09": set(),
    "10": set(),
    "11": set(),
    "12": set(),
    "15": set(),
    "16": set(),
    "17": set(),
    "18": set(),
    "19": set(),
    "21": {
        ("improvement", "felt your stakeholder examples were thin"),
        ("strength", "The panel liked your system design"),
    },
    "22": set(),
    "23": set(),
    "24": set(),
    "25": set(),
    "26": set(),
    "27": set(),
    "28": set(),
    "29": set(),
    "30": set(),
    "31": set(),
    "32": set(),
    "34": set(),
    "36": set(),
    "37": set(),
    "38": set(),
    "39": set(),
    "40": set(),
    "41": set(),
    "43": set(),
    "44": set(),
    "46": set(),
    "47": {
        ("improvement", "coding too slow"),
        ("strength", "strong system design"),
    },
    "48": set(),
}
KNOWN_WRONG = {
    "06",  # two notes "<id> Einride": `org: Einride` finds the screen's note, not the company's
    "13",  # "declined — they can't go above 88k, so offer stands": the offer is lost
    "14",  # "отказалась от созвона…, перенесли" after an offer is read as a rejection
    "20",  # "decision expected within two weeks" of a committee after the 14th: chased on 2.12
    "33",  # DeepMind's own note (`org: Google`) is filed under Google, with no day
    "35",  # Анна's message waits for an answer, and no reply to her is listed
    "42",  # a hold told in a daily note is not read (as before the change)
    "45",  # a company note's process chases the hiring manager its body links, not Eva
}


@pytest.mark.parametrize("case", sorted(DUE))
def test_what_is_due(tmp_path: Path, case: str) -> None:
    assert due_in_kept_case(KEPT / case, tmp_path, TODAYS.get(case, TODAY)) == DUE[case]


@pytest.mark.parametrize("case", sorted(FEEDBACK))
def test_the_feedback_read(tmp_path: Path, case: str) -> None:
    assert feedback_of_case(tmp_path, KEPT / case, TODAYS.get(case, TODAY)) == FEEDBACK[case]


def test_every_kept_case_is_held_or_named() -> None:
    assert cases_held_or_named(KEPT, DUE, KNOWN_WRONG)
