"""A take-home assignment kept as an interview note: its day is the day it is handed in (else
the day it came), the rounds before it are answered by it, and while its work is open the
company is not chased."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import MakeVault

from vaultkit.app import pipeline
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)
HM = "---\ntags: [interview]\ncompany: Adyen\nstage: HM\ndate: 2026-11-27\n---\nWent well.\n"


def _items(make_vault: MakeVault, take_home: str) -> list[tuple[str, str]]:
    root = make_vault(
        {
            "Zettel/202611271400 Adyen - HM interview.md": HM,
            "Zettel/202611301015 Adyen take-home - brief.md": take_home,
        }
    )
    facts = pipeline.build(root, use_cache=False).facts(TODAY)
    return [
        (item.kind, item.interview.title)
        for item in registry.due_report(facts).items
        if item.interview is not None
    ]


@pytest.mark.parametrize(
    ("take_home", "expected"),
    [
        (  # due in three days: prepare it; the HM round is answered by it
            "---\ntags: [interview, takehome]\ncompany: Adyen\nreceived: 2026-11-30\n"
            "due: 2026-12-09\n---\n- [x] research\n- [ ] write-up\n",
            [("prepare", "Adyen take-home - brief")],
        ),
        (  # its due day unreadable, its work still open: nothing to chase
            "---\ntags: [interview, takehome]\ncompany: Adyen\nreceived: 2026-11-30\n"
            "due: 9-12 12:00\nstatus: in progress\n---\nBrief: redesign onboarding.\n",
            [],
        ),
        (  # handed in, its work done, silence since: one follow-up
            "---\ntags: [interview]\ncompany: Adyen\nreceived: 2026-11-28\n---\n"
            "# Тестовое Adyen\n- [x] сдала\n",
            [("follow_up", "Adyen take-home - brief")],
        ),
    ],
)
def test_a_take_home_is_the_rounds_next_step(
    make_vault: MakeVault, take_home: str, expected: list[tuple[str, str]]
) -> None:
    assert _items(make_vault, take_home) == expected
