"""Every interview state as people write it, in both languages, with the one item it may
produce today (or none)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import MakeVault

from vaultkit.app import pipeline
from vaultkit.notes import registry

TODAY = date(2026, 11, 24)
HEAD = "---\ntype: interview\nrecruiter: '[[Anna]]'\ndate: 2026-11-10\n"


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (HEAD + "stage: final\n---\n", "follow_up"),  # waiting after the final
        (HEAD + "stage: финал\nresult: ждём решения\n---\n", "follow_up"),
        (HEAD + "stage: screen\n---\n", None),  # no decision owed before the final
        (HEAD + "stage: final\nresult: отказ\nresult_date: 2026-11-23\n---\n", "request_feedback"),
        (HEAD + "stage: final\n---\n- 2026-11-23 rejected, no reasons given\n", "request_feedback"),
        (
            HEAD + "stage: final\nresult: rejected\nresult_date: 2026-11-23\n---\n## Feedback\n"
            "- more depth in system design\n",
            None,
        ),  # feedback recorded
        (HEAD + "stage: final\nresult: rejected\n---\n", "request_feedback"),  # 14 days: still
        (
            HEAD.replace("11-10", "11-05") + "stage: final\nresult: rejected\n---\n",
            None,
        ),  # later: no
        (HEAD + "stage: final\nresult: offer\n---\n", None),
        (HEAD + "stage: финал\nresult: устный оффер, ждём письменный\n---\n", None),
        (HEAD + "stage: final\nresult: I withdrew\n---\n", None),
        (HEAD + "stage: final\nresult: на паузе\n---\n", None),  # on hold
        (HEAD + "stage: final\nresult: passed\n---\n", None),  # the next stage is awaited
        (HEAD + "stage: final\nresult: tbd\n---\n", None),  # unreadable: nothing is sent
        (HEAD + "stage: final\n---\n- 2026-11-20 offer call\n- 2026-11-20 rejection email\n", None),
        (HEAD + "stage: final\n---\n- 2026-11-18 pinged Anna about the status\n", None),
    ],
)
def test_each_state_gives_at_most_its_one_item(
    make_vault: MakeVault, note: str, expected: str | None
) -> None:
    root = make_vault(
        {
            "People/Anna.md": "---\ntype: contact\ntier: key\nlast_contact: 2026-11-20\n---\n",
            "Interviews/Acme final.md": note,
        }
    )
    facts = pipeline.build(root, use_cache=False).facts(TODAY)
    kinds = [item.kind for item in registry.due_report(facts).items if item.interview]
    assert kinds == ([expected] if expected else [])


def test_a_ping_in_a_daily_note_is_the_one_follow_up(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Sarah Miller (Stripe).md": "---\ntype: contact\ntier: key\n---\n",
            "Interviews/Stripe onsite.md": "---\ntype: interview\nrecruiter: '[[Sarah Miller "
            "(Stripe)]]'\nstage: onsite\ndate: 2026-11-17\n---\n",
            "Daily/2026-11-25.md": "- Pinged [[Sarah Miller (Stripe)]] about the status of the "
            "onsite, no reply yet\n",
        }
    )
    facts = pipeline.build(root, use_cache=False).facts(date(2026, 11, 28))
    [interview] = facts.interviews()
    assert interview.followed_up == date(2026, 11, 25)
    assert not [item for item in registry.due_report(facts).items if item.interview]
