"""Cases a second attacker built against the thirtieth session's change (kept in
tests/vaults/attack67/, each a small vault; Hannah's Kestrel Pay process open through Marcus
Hale): "## Next" and "## Status" lines that are plans, guesses or of other companies, feedback
sections that retell someone else's rejection, stages that sound like practice or no role,
company timelines, messages quoted as callouts. Each case holds what Due contacts lists and the
feedback read; those still read wrong are named. The feedback sets hold which lines are read,
with the classifier's polarity as it stands (case 26's "my Terraform module structure was
messy" is read as praise, case 22's "and they'd like to keep in touch" as criticism: the
model's errors, not this reader's)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import cases_held_or_named, due_in_kept_case, feedback_of_case

KEPT = Path(__file__).parent / "vaults" / "attack67"
TODAY = date(2026, 12, 7)

DUE: dict[str, set[tuple[str, str, date]]] = {
    # Stage 2 on 2.12; '## Next' only says the agency recruiter *expects* an offer. No decision ha
    "01": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Interviews/Kestrel Pay - Stage 2.md", date(2026, 12, 7)),
    },
    # Next: 'if no answer by Friday — chase Marcus' is a plan (condition). Human: open, waiting; n
    "02": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Interviews/Kestrel Pay - Stage 2.md", date(2026, 12, 7)),
    },
    # Next: the Risk team is frozen, 'mine is fine'. Human: own process open, NOT on hold; follow-
    "03": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Interviews/Kestrel Pay - Stage 2.md", date(2026, 12, 7)),
    },
    # Next: Zalando (another company) rejected. Kestrel open, not rejected; follow-up due.
    "04": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Interviews/Kestrel Pay - Stage 2.md", date(2026, 12, 7)),
    },
    # Next: Jonny describing general timing. Kestrel open, not no_response (stage 2 was 2.12).
    "05": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Interviews/Kestrel Pay - Stage 2.md", date(2026, 12, 7)),
    },
    # Next (ru): 'wait for the offer until Friday; Marcus said decision this week'. Open, pending,
    "06": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Interviews/Kestrel Pay - Stage 2.md", date(2026, 12, 7)),
    },
    # Next (de): 'No rejection yet – Marcus thinks that is a good sign'. Open, not rejected.
    "07": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Interviews/Kestrel Pay - Stage 2.md", date(2026, 12, 7)),
    },
    # Next: 'follow-up to Marcus on 4.12. if nothing by then' — a plan (conditional), nothing says
    "08": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Interviews/Kestrel Pay - Stage 2.md", date(2026, 12, 7)),
    },
    # Next: "follow-up interview 15.12. with the CTO": a round booked ahead, nothing to chase.
    "09": {("first_touch", "Jonny Webb", date(2026, 12, 7))},
    # Next: Marcus (them) pinged the owner 3.12 with a delay. The owner has NOT followed up. Human
    "10": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Interviews/Kestrel Pay - Stage 2.md", date(2026, 12, 7)),
    },
    # Feedback section: Marcus relays praise (3.12); then Jonny's *own* 2024 story of being reject
    "11": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Interviews/Kestrel Pay - Stage 2.md", date(2026, 12, 7)),
    },
    # '## My feedback (for the debrief with Marcus)' is the owner's opinion of the teams; no decis
    "12": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Interviews/Kestrel Pay - Stage 2.md", date(2026, 12, 7)),
    },
    # Real company 'Practice Fusion' (EHR SaaS), HM call 30.11, waiting for their word.
    "13": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Interviews/Practice Fusion - HM call.md", date(2026, 12, 3)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
    },
    # Round 2 at Thoughtworks with the Infra *practice lead* (27.11). Human: real process, pending
    "14": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Interviews/Thoughtworks - Practice lead.md", date(2026, 12, 2)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
    },
    # Trial day = final real stage at Tochka (26.11), decision promised within a week. Human: real
    "15": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Interviews/Точка - пробный день.md", date(2026, 12, 1)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
    },
    # `referral: blocked` says Jonny cannot refer yet (probation), not that Hannah blocks him. Hum
    "16": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
    },
    # A real round (stage 2 with the HM, 30.11) labelled 'informal chat'. Human: waiting for a dec
    "17": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Interviews/Kestrel Pay - HM chat.md", date(2026, 12, 3)),
    },
    # Tech interview with the Networking team at Cloudflare (27.11). Human: real round; follow-up
    "18": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Interviews/Cloudflare - Networking team tech.md", date(2026, 12, 2)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
    },
    # Feedback relayed by Marcus (4.12):
    "19": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Interviews/Kestrel Pay - Stage 2.md", date(2026, 12, 7)),
    },
    # Фидбек (27.11, Katya by phone): praise — Kubernetes strong; criticism — algorithms weak (nee
    "20": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Interviews/Авито - техсобес.md", date(2026, 11, 27)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
    },
    # Two company timelines with no status: Monzo 'applied for Senior SRE ... on their site' then
    "21": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
        ("follow_up", "Orgs/Monzo.md", date(2026, 12, 1)),
        ("follow_up", "Orgs/Wise.md", date(2026, 11, 27)),
    },
    # Daily 4.12: a callout pasting Marcus's message: Kestrel went with another candidate.
    "22": {("first_touch", "Jonny Webb", date(2026, 12, 7))},
    # Jonny tells of Sam's rejection at Kestrel. Hannah's own Kestrel process is still waiting.
    "23": {("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2))},
    # Jonny's WhatsApp: Kestrel froze hiring on the Risk team, "should be fine" for Platform.
    "24": {("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2))},
    # Stage 2 is booked for 10/12 14:00 (only the Zoom link is still to come). Human: next round
    "25": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("prepare", "Orgs/Kestrel Pay.md", date(2026, 12, 7)),
    },
    # Daily 27.11: Kestrel's stage-1 feedback relayed by Marcus by email, 3 items: praise (debuggi
    "26": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
    },
    # '## Status' here is the company's status (funding, size, a past spring freeze); the process
    "28": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
    },
    # Glassdoor reviews describe other candidates' rejections. Hannah's process: stage 1 passed, s
    "29": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
    },
    # Feedback section: first line mentions written feedback expected by 11.12; then the rejection
    # Marcus rang: "offer stage next (final chat with the CTO)": passed, the next round to book.
    "30": {("first_touch", "Jonny Webb", date(2026, 12, 7))},
    "31": {("first_touch", "Jonny Webb", date(2026, 12, 7))},
    # Stage 1's praise dated 27.11, then "after stage 2, email on Friday:" and the rejection.
    "32": {("first_touch", "Jonny Webb", date(2026, 12, 7))},
    # Next (de): 'Short-notice cancellation on 4.12.: Felix is sick, a new date for stage 3 comes
    "33": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Interviews/Kestrel Pay - Stage 2.md", date(2026, 12, 7)),
    },
    # Next: owner withdrew from *Monzo* to focus on Kestrel. Human: Kestrel open, waiting; follow-
    "34": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Interviews/Kestrel Pay - Stage 2.md", date(2026, 12, 7)),
    },
    # Crash check only: malformed values must not crash.
    "35": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("first_touch", "Null", date(2026, 12, 7)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
    },
    # Ozon final 1.12; recruiter says it went well, committee decision pending. The 'отказали' lin
    "36": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Interviews/Озон - финал.md", date(2026, 12, 4)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
    },
    # Control: own process on hold since 4.12. Human: on_hold, no chasing now; a check-in later (J
    "37": {("first_touch", "Jonny Webb", date(2026, 12, 7))},
    # Control: owner followed up twice, silence. Human: no_response; no further chase.
    "38": {("first_touch", "Jonny Webb", date(2026, 12, 7))},
    # Control: German rejection letter under Feedback (4.12). Human: rejected 4.12; no feedback it
    "39": {("first_touch", "Jonny Webb", date(2026, 12, 7))},
    # Control: recruiter with status: ignore. Human: nothing due to him.
    "40": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Orgs/Kestrel Pay.md", date(2026, 12, 2)),
    },
    # Daily 4.12: callout e-mail from Priya at Kestrel Pay: 'the panel has decided not to move for
    "41": {("first_touch", "Jonny Webb", date(2026, 12, 7))},
    # Interview note `status: blocked` (kanban-style: the process is blocked on their legal check)
    "43": {
        ("first_touch", "Jonny Webb", date(2026, 12, 7)),
        ("follow_up", "Marcus Hale", date(2026, 12, 4)),
    },
}
FEEDBACK: dict[str, set[tuple[str, str]]] = {
    "01": set(),
    "02": set(),
    "03": set(),
    "04": set(),
    "05": set(),
    "06": set(),
    "07": set(),
    "08": set(),
    "09": set(),
    "10": set(),
    "11": {("strength", "Marcus rang: Felix liked the ledger desi")},
    "12": set(),
    "13": set(),
    "14": set(),
    "15": set(),
    "16": set(),
    "17": set(),
    "18": set(),
    "19": {
        ("improvement", "They will want much more depth on capaci"),
        ("strength", "He'll push for you in the debrief: your "),
        ("strength", "Subject: observability – strong, clearly"),
    },
    "20": {
        ("improvement", "Тема: алгоритмы — слабовато, задачу на г"),
        ("neutral", "Они обещали, что на финале будет только "),
        ("strength", "Тема: Kubernetes — очень сильно, видно р"),
    },
    "21": set(),
    "22": {
        ("improvement", "and they'd like to keep in touch"),
        ("strength", "Felix was really impressed with your inc"),
    },
    "23": set(),
    "24": set(),
    "25": set(),
    "26": {
        ("improvement", "should talk more about trade-offs, not j"),
        ("strength", "my Terraform module structure was messy"),
        ("strength", "really liked how I debugged the flaky qu"),
    },
    "28": set(),
    "29": set(),
    "30": {("strength", "Marcus rang: they were really happy, off")},
    "31": {("neutral", "After careful consideration we have deci")},
    "32": {
        ("strength", "(after stage 1) Marcus: Felix liked my d"),
        ("neutral", "After careful consideration we have deci"),
    },
    "33": set(),
    "34": set(),
    "35": set(),
    "36": set(),
    "37": set(),
    "38": set(),
    "39": set(),
    "40": set(),
    "41": {("strength", "We were impressed by your incident-respo")},
    "43": set(),
}
KNOWN_WRONG = {
    "27",  # two Kestrel processes, one with an offer: the other's thank-you is lost
    "42",  # a paused timeline revived in a daily note ("unfrozen") is not seen
}


@pytest.mark.parametrize("case", sorted(DUE))
def test_what_is_due(tmp_path: Path, case: str) -> None:
    assert due_in_kept_case(KEPT / case, tmp_path, TODAY) == DUE[case]


@pytest.mark.parametrize("case", sorted(FEEDBACK))
def test_the_feedback_read(tmp_path: Path, case: str) -> None:
    assert feedback_of_case(tmp_path, KEPT / case, TODAY) == FEEDBACK[case]


def test_every_kept_case_is_held_or_named() -> None:
    assert cases_held_or_named(KEPT, DUE, KNOWN_WRONG)
