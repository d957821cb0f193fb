"""The vault of Jess (tests/vaults/jess, answer key jess.expected.md), a new-grad engineer in
Austin who writes in shorthand ("rej :(", "HR scrn", "VO", "msgd"), dates month first, keeps a
note per application as a checklist of its pipeline, people's fields as inline fields, and a
birthday as a line of their note ("- bday 12/10 🎂"). A helper who had never seen vaultkit
wrote it and its key. Each test holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def jess(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "jess")


def _due(jess: Build, today: date = TODAY) -> list[tuple[str, str, date]]:
    items = registry.due_report(jess.facts(today)).items
    return sorted(
        (i.kind, i.contact.name if i.contact else i.interview.path if i.interview else "", i.due_on)
        for i in items
    )


def test_a_ticked_rejection_closes_the_process(jess: Build) -> None:
    # Cloudflare: "- [x] **rej Fri 10/30** — Sam called, which was nice of her"
    found = {i.path: i for i in jess.facts(TODAY).interviews()}
    assert (found["apps/Cloudflare.md"].result, found["apps/Cloudflare.md"].result_date) == (
        "rejected",
        date(2026, 10, 30),
    )
    assert not [item for item in _due(jess) if item[1] == "apps/Cloudflare.md"]


def test_a_round_booked_as_an_open_task_is_prepared_for(jess: Build) -> None:
    # Ramp: "- [ ] **HR scrn Tue 12/8, 2pm CT** (30 min, zoom)"
    assert [item for item in _due(jess) if item[1] == "apps/Ramp.md"] == [
        ("prepare", "apps/Ramp.md", date(2026, 12, 5))  # no "any news?" on the OA of 6 Nov
    ]


def test_the_day_the_answer_is_promised_by_sets_the_follow_up(jess: Build) -> None:
    # Stripe: "- [x] VO **Tue 12/1**", "- [ ] decision — JK: "by Wed 12/9 at the latest""
    assert [item for item in _due(jess) if item[1] == "apps/Stripe.md"] == [
        ("follow_up", "apps/Stripe.md", date(2026, 12, 10))
    ]


def test_a_birthday_kept_as_a_line_of_the_note(jess: Build) -> None:
    assert ("special_date", "Alex Nguyen", date(2026, 12, 10)) in _due(jess)


def test_messages_told_in_shorthand_want_replies(jess: Build) -> None:
    replies = {name for kind, name, _ in _due(jess) if kind == "reply"}
    # "Kevin msgd yday (Wed) on LinkedIn: "… still wanna see that portfolio!"", "Nina msgd Sat
    # (11/28) on LinkedIn: "still down for that mock? …""; Rosa's call answered what she asked
    assert {"Kevin Zhao", "Nina Flores"} <= replies
    assert "Rosa Delgado" not in replies
