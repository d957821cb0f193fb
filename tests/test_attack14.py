"""An attacker's cases against the thirteenth session's rules (moves told in prose, feedback
tables, tasks for another contact, follow-ups planned with someone else, Logseq and Notion
imports), each held to what a careful reader says."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import MakeVault

from vaultkit.app import pipeline
from vaultkit.domain.career import told_move
from vaultkit.domain.process_remarks import process_remarks
from vaultkit.links.daily import daily_date
from vaultkit.notes import registry
from vaultkit.parse.names import page_name
from vaultkit.parse.note_parser import loads

TODAY = date(2026, 12, 6)
CONTACT = "---\ntype: contact\n---\n"


@pytest.mark.parametrize(
    "line",
    [
        "He joined the Zoom ten minutes late on 24 Nov.",
        "She started at 9:30 on 24 Nov, the interview ran long.",
        "Left for Christmas holidays on 1 Dec, back in January.",
        "Her manager Tom moved to [[Stripe]] on 17 Nov, she told me.",
        "His whole team moved to Berlin on 20 Nov.",
        "Our startup joined [[Stripe]] through an acquisition on 2 Nov.",
        "My brother joined [[Wise]] on 20 Nov, Hal referred him.",
        "She joined [[Wise]] back in 2019, last saw her at the Berlin meetup on 20 Nov.",
        "Moved to [[Wise]] on 3 March 2025. Birthday 28 Nov.",
        "Moved to [[Wise]] on 17 Nov\n\n- [x] congratulate on the new role ✅ 2026-11-18",
    ],
)
def test_prose_that_tells_no_move_of_theirs_is_none(line: str) -> None:
    assert told_move(loads(CONTACT + line + "\n", "People/X.md"), TODAY) is None


def test_a_move_of_theirs_told_in_prose_is_one() -> None:
    moved = told_move(loads(CONTACT + "Она перешла в [[Ozon]] 20 ноября.\n", "People/X.md"), TODAY)
    assert moved is not None and moved.on == date(2026, 11, 20)


def _due(root: Path) -> list[tuple[str, str]]:
    facts = pipeline.build(root, use_cache=False).facts(TODAY)
    return sorted(
        (item.kind, item.contact.name if item.contact else "")
        for item in registry.due_report(facts).items
    )


QUARTZ = {
    "Companies/Quartz.md": "---\ntype: company\n---\n",
    "People/Hannah Lind.md": CONTACT,
    "People/Tom Reed.md": CONTACT + "Ex-colleague, now at [[Quartz]]\n- 2026-11-01 coffee\n",
    "Meetings/2026-11-24 Quartz final round.md": "---\ndate: 2026-11-24\n"
    'company: "[[Quartz]]"\ntype: interview\nrecruiter: "[[Hannah Lind]]"\n---\n',
}


@pytest.mark.parametrize(
    "task",
    [
        "- [ ] ping [[Tom Reed]] for coffee, he's at Quartz now",
        "- [ ] check in with [[Tom Reed]] about a Quartz referral for Ola 📅 2027-02-01",
    ],
)
def test_a_task_to_someone_else_that_chases_nothing_holds_no_follow_up(
    make_vault: MakeVault, task: str
) -> None:
    root = make_vault({**QUARTZ, "Daily/2026-12-01.md": task + "\n"})
    assert ("follow_up", "Hannah Lind") in _due(root)


def test_a_round_booked_and_passed_holds_the_earlier_follow_up_no_more(
    make_vault: MakeVault,
) -> None:
    root = make_vault(
        {
            "People/Hannah Lind.md": CONTACT,
            "Applications/Quartz.md": "---\ncompany: Quartz Analytics\nstatus: interviewing\n"
            "applied: 2026-10-01\ntags: [application]\n---\nnext:: 2026-11-25\n",
            "Meetings/2026-11-18 Quartz round 1.md": "---\ndate: 2026-11-18\n"
            'company: "[[Quartz]]"\ntype: interview\npeople: ["[[Hannah Lind]]"]\n---\n',
        }
    )
    assert ("follow_up", "Hannah Lind") in _due(root)


def _feedback(root: Path) -> list[tuple[str, str, str]]:
    items = pipeline.build(root, use_cache=False).facts(TODAY).feedback()
    return sorted((item.company_name or "", item.polarity, item.text) for item in items)


def test_the_owners_comments_a_template_and_a_code_block_are_no_feedback(
    make_vault: MakeVault,
) -> None:
    table = "| Company | Applied | Comments |\n| --- | --- | --- |\n"
    root = make_vault(
        {
            "Companies/Acme.md": "---\ntype: company\n---\n",
            "Tracker.md": table + "| Acme | 2026-11-01 | Love their product, great vibe |\n",
            "Templates/Feedback.md": "| Company | Date | Feedback |\n| --- | --- | --- |\n"
            "| Acme | 2026-01-01 | e.g. They said my code was clean but slow |\n",
            "Notes/howto.md": "```\n| Company | Feedback |\n| --- | --- |\n"
            "| Acme | They said my code was messy |\n```\n",
        }
    )
    assert _feedback(root) == []


def test_a_table_in_a_feedback_section_gives_its_cells(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Companies/Acme.md": "---\ntype: company\n---\n",
            "Meetings/2026-11-10 Acme onsite.md": "---\ndate: 2026-11-10\n"
            'company: "[[Acme]]"\ntype: interview\n---\n## Feedback\n\n'
            "| Who | What they said |\n| --- | --- |\n| Tom (HM) | Strong system design |\n"
            "| Ana (peer) | Weak on SQL |\n",
            "Feedback.md": "| Company | Date | Feedback |\n| --- | --- | --- |\n"
            "| [[Acme\\|ACME Inc]] | Nov 14 | The panel said my communication was excellent |\n",
        }
    )
    assert _feedback(root) == [
        ("Acme", "improvement", "Weak on SQL"),
        ("Acme", "strength", "Strong system design"),
        ("Acme", "strength", "The panel said my communication was excellent"),
    ]


def test_feedback_on_another_candidate_is_not_the_owners() -> None:
    assert process_remarks("Laura said feedback from the other candidate was weak") == []
    assert process_remarks("Лаура сказала фидбек по второму кандидату слабый") == []


def test_tasks_about_someone_are_not_theirs(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Ewa Nowak.md": CONTACT + "- [ ] ask for Tom Hale's email\n"
            "- [ ] prepare questions for Tom Hale's panel\n",
            "People/Tom Hale.md": CONTACT + "- 2026-11-30 call\n",
            "Daily/2026-12-03.md": "- [ ] prepare for Tom Hale interview on Tuesday\n",
        }
    )
    assert ("promise", "Tom Hale") not in _due(root)


def test_logseq_at_any_depth_and_its_dates(make_vault: MakeVault) -> None:
    assert daily_date("Logseq/journals/2026_11_20.md", "Daily", "YYYY-MM-DD") is not None
    assert daily_date("journals/2026-11-20.md", "Daily", "YYYY-MM-DD") is not None
    note = loads(
        "- TODO send the case study to [[Dana]]\n  SCHEDULED: <2026-12-20 Sun>\n"
        '  DEADLINE: <2026-12-08 Tue>\n- type:: x\n  alias:: [[Aika]], "Bobby"\n',
        "journals/2026_11_20.md",
    )
    assert note.tasks[0].text.endswith("📅 2026-12-08")  # the deadline, not the plan
    root = make_vault(
        {
            "Logseq/pages/Марат.md": "- type:: ex-colleague\n- x\n",
            "Logseq/logseq/bak/pages/Марат/2026-11-02T09_41_12.118Z.Desktop.md": "- TODO old\n",
        }
    )
    notes = pipeline.build(root, use_cache=False).graph.notes
    assert not [path for path in notes if "/bak/" in path]


def test_a_number_where_a_day_is_meant_is_named(make_vault: MakeVault) -> None:
    root = make_vault({"People/B Two.md": "---\ntype: contact\nlast_contact: 27.10\n---\n"})
    problems = pipeline.build(root, use_cache=False).facts(TODAY).problems()
    assert [p.line for p in problems if "read as a number" in p.message] == [3]


@pytest.mark.parametrize(
    ("title", "name"), [("Team 12345678", "Team 12345678"), ("Anna Keller 3f9a2c1b", "Anna Keller")]
)
def test_a_number_after_a_name_is_kept(title: str, name: str) -> None:
    assert page_name(title) == name
