"""Feedback told in a meeting note about a company (tests/vaults/maya; the cases of
/tmp/vk/attack65): a round's or a debrief's of a company the owner is in a process with, never
a mock's, a coffee's or a 1:1's at work."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import MakeVault

from vaultkit.app import pipeline

ROUND = '---\ncompany: "[[Acme]]"\ndate: 2026-11-20\nstage: tech\n---\nTech round.\n'
SAID = "## What I heard\n- Mei felt I went deep on the data model before the requirements.\n"


@pytest.mark.parametrize(
    ("title", "process", "read"),
    [
        ("2026-11-27 Acme debrief with Priya", True, True),
        ("2026-11-27 Acme HM round", True, True),
        ("2026-11-27 Acme debrief with Priya", False, False),  # no process at Acme
        ("2026-11-18 Mock interview with Dan", True, False),
        ("2026-11-12 Coffee with Sara", True, False),
        ("2026-12-02 1-1 with Tom", True, False),
    ],
)
def test_a_meeting_gives_feedback_only_as_a_round_or_debrief_of_a_process(
    make_vault: MakeVault, title: str, process: bool, read: bool
) -> None:
    notes = {
        "Companies/Acme.md": "---\ntype: company\n---\n",
        f"Meetings/{title}.md": f'---\ntype: mtg\ncompany: "[[Acme]]"\n---\n{SAID}',
    }
    if process:
        notes["Interviews/2026-11-20 Acme tech.md"] = ROUND
    items = pipeline.build(make_vault(notes), use_cache=False).facts(date(2026, 12, 7)).feedback()
    found = [item for item in items if item.path.startswith("Meetings/")]
    assert bool(found) is read
    assert all(item.company_name == "Acme" and item.polarity == "improvement" for item in found)


def test_a_debriefs_feedback_section_is_read_whole(make_vault: MakeVault) -> None:
    notes = {
        "Companies/Hooli.md": "---\ntype: company\n---\n",
        "Interviews/2026-11-30 Hooli onsite.md": ROUND.replace("Acme", "Hooli"),
        "Meetings/2026-12-04 Hooli debrief.md": (
            '---\ntype: mtg\ncompany: "[[Hooli]]"\n---\n## Feedback\n'
            "- clear communication, good structure\n- SQL window functions were shaky\n"
        ),
    }
    items = pipeline.build(make_vault(notes), use_cache=False).facts(date(2026, 12, 7)).feedback()
    assert sorted(item.polarity for item in items) == ["improvement", "strength"]
