"""A process's answer told only in passing, in a daily or weekly note or a timeline, with the
company named as people write it (unlinked, in a Russian case, in capitals): no "any news?"
after it. Weekly notes date their "Tue:" lines; daily notes named the old way stay daily."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import MakeVault, run_cli

from vaultkit.app import pipeline
from vaultkit.notes import registry

VOLTWERK = {
    "Companies/Voltwerk.md": "---\ntype: company\n---\n",
    "Companies/Полка.md": "---\ntype: company\n---\n",
    "Interviews/Voltwerk team interview.md": "---\ntype: interview\ncompany: '[[Voltwerk]]'\n"
    "date: 2026-10-01\nstage: final\n---\n",
    "Interviews/Полка скрининг.md": "---\ntype: interview\ncompany: '[[Полка]]'\n"
    "date: 2026-09-16\nstage: скрининг\n---\n",
}


def _followed(make_vault: MakeVault, notes: dict[str, str]) -> list[str]:
    root = make_vault({**VOLTWERK, **notes})
    facts = pipeline.build(root, use_cache=False).facts(date(2026, 12, 5))
    return sorted(
        item.interview.company_name or ""
        for item in registry.due_report(facts).items
        if item.interview and item.kind == "follow_up"
    )


@pytest.mark.parametrize(
    ("notes", "still"),
    [
        ({}, ["Voltwerk", "Полка"]),  # nothing said: one nudge each
        (
            {
                "Weekly/2026-W43.md": "## Jobhunt\n- Tue: Mosaik HM\n"
                "- Thu: Heard back from Voltwerk, they went with someone else. Meh.\n"
            },
            ["Полка"],
        ),
        (
            {"Daily/30.09.2026.md": "Полку можно вычеркнуть: отказали, не подходит по опыту\n"},
            ["Voltwerk"],
        ),
        ({"Daily/2026-10-05.md": "- ПОЛКА прислала отказ\n- Voltwerk: offer!!\n"}, []),
        ({"Daily/2026-09-30.md": "- купил полку, отказался от доставки\n"}, ["Voltwerk", "Полка"]),
        (  # two companies in one sentence: whose answer it is cannot be told
            {"Daily/2026-10-12.md": "- Voltwerk and Полка both rejected candidates I know\n"},
            ["Voltwerk", "Полка"],
        ),
        (  # before the interview: an earlier answer
            {"Daily/2026-09-10.md": "- Voltwerk rejected my first application\n"},
            ["Voltwerk", "Полка"],
        ),
        (  # a supposition, and a plan
            {
                "Daily/2026-11-26.md": "- if Voltwerk had answered maybe I'd have had an offer\n"
                "- [ ] tell Полка I declined\n"
            },
            ["Voltwerk", "Полка"],
        ),
        *(
            ({"Daily/2026-11-20.md": f"- {line}\n"}, ["Voltwerk", "Полка"])
            for line in (  # hopes, waits, negations, other times, someone else's news
                "Voltwerk final went well, expecting an offer next week",
                "hopefully an offer from Voltwerk soon",
                "Voltwerk hasn't made an offer yet",
                "Voltwerk тянет, отказа нет",
                "жду оффер от Voltwerk",
                "Voltwerk again on my mind: last year they rejected me after the final",
                "Voltwerk offer? no news",
                "Coffee with Anna, she got an offer from Voltwerk",
                "Read about Voltwerk layoffs, they rejected 200 applicants this year",
                "Zalando rejected me — at least Voltwerk is still in play",
            )
        ),
        (  # a timeline elsewhere
            {"People/Jonas.md": "---\ntype: contact\n---\n- 2026-10-23 Voltwerk turned me down\n"},
            ["Полка"],
        ),
        (  # a next round: the process went on
            {
                "Daily/2026-10-08.md": "- 17:00 созвон с Milan: Voltwerk зовет на final!! "
                "10 декабря 15:00\n- Полка: следующий этап — финал\n"
            },
            ["Полка"],  # "этап" leaves it unsettled: a stage can be named in a plan
        ),
        (
            {"Daily/2026-10-08.md": "- Heard from Voltwerk, they invited Anna to the final\n"},
            ["Voltwerk", "Полка"],  # someone else's round
        ),
        (  # two companies, each with its own answer
            {"Daily/2026-10-08.md": "- Полка отказали, зато Voltwerk зовет на финал!\n"},
            [],
        ),
        (  # an invitation to no round, and a hope
            {
                "Daily/2026-10-08.md": "- Voltwerk зовет на митап в пятницу\n"
                "- Voltwerk invited me to a webinar on Kafka\n- Надеюсь, Полка позовет на финал\n"
            },
            ["Voltwerk", "Полка"],
        ),
    ],
)
def test_an_answer_told_in_passing_ends_the_follow_up(
    make_vault: MakeVault, notes: dict[str, str], still: list[str]
) -> None:
    assert _followed(make_vault, notes) == still


def test_a_weekly_note_dates_its_days_and_links_count_as_contacts(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Ravi Menon.md": "---\ntype: contact\n---\n",
            "Weekly/2026-W43.md": "- Money: fine\n- **Tue**: Mosaik HM w/ [[Ravi Menon]]\n"
            "- Пт 23.: созвон с [[Ravi Menon]]\n",
        }
    )
    facts = pipeline.build(root, use_cache=False).facts(date(2026, 12, 5))
    note = facts.graph.notes["Weekly/2026-W43.md"]
    assert [(e.on.isoformat(), e.text) for e in note.entries] == [
        ("2026-10-20", "Mosaik HM w/ [[Ravi Menon]]"),
        ("2026-10-23", "созвон с [[Ravi Menon]]"),
    ]
    [ravi] = facts.contacts()
    assert [i.on.isoformat() for i in ravi.interactions] == ["2026-10-20", "2026-10-23"]


def test_explain_names_where_the_answer_was_read(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            **VOLTWERK,
            "Weekly/2026-W43.md": "- Thu: Heard back from Voltwerk, they went with someone else\n",
            "Companies/Полка.md": "---\ntype: company\nстатус: отказ\n---\n",
        }
    )
    shown = run_cli("explain", root, "Voltwerk team interview", "--today", "2026-12-05").stdout
    assert "Weekly/2026-W43.md tells on 2026-10-22 that the company's answer was rejected" in shown
    shown = run_cli("explain", root, "Полка скрининг", "--today", "2026-12-05").stdout
    assert "the company's note 'Полка' says rejected" in shown


def test_an_interview_takes_its_company_from_the_person_it_links(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Companies/Verdant Bank.md": "---\ntags: [company]\nстатус: on hold\n---\n"
            "- 10/11 Stefan: **hiring freeze до февраля 2027**.\n",
            "People/Stefan Ilić.md": "#recruiter\n\ncompany:: [[Verdant Bank]]\n",
            "Interviews/Verdant — HR screen.md": "---\ndate: 2026-10-22\ntags: [interview]\n---\n"
            "Verdant Bank HR screen w/ [[Stefan Ilić]], 30 min\n",
        }
    )
    facts = pipeline.build(root, use_cache=False).facts(date(2026, 12, 5))
    [interview] = facts.interviews()
    assert interview.company == "Companies/Verdant Bank.md"
    assert interview.recruiter == "People/Stefan Ilić.md"
    assert interview.result == "on_hold"
    assert not registry.due_report(facts).items  # on hold until February: no "any news?"


def test_a_referrer_or_a_friend_the_interview_links_is_not_its_company(
    make_vault: MakeVault,
) -> None:
    root = make_vault(
        {
            "Companies/Voltwerk.md": "---\ntype: company\n---\n",
            "Companies/Helix Robotics.md": "---\ntype: company\n---\n",
            "People/Stefan Ilic.md": "---\ntype: contact\ncompany: '[[Voltwerk]]'\n---\n",
            "People/Паша Иванов.md": "---\ntype: contact\n---\n",
            "Interviews/Helix tech.md": "---\ntype: interview\ndate: 2026-11-10\n"
            "company: Helix Robotics\nstage: tech\n---\nРефералка от [[Stefan Ilic]].\n",
            "Interviews/2026-11-12 mock.md": "---\ntype: interview\nstage: tech\n---\n"
            "Готовился с [[Паша Иванов]] — mock interview. Про проект в [[Voltwerk]].\n",
        }
    )
    facts = pipeline.build(root, use_cache=False).facts(date(2026, 11, 17))
    found = {i.title: (i.company_name, i.recruiter) for i in facts.interviews()}
    assert found["Helix tech"] == ("Helix Robotics", None)  # its own word, not Stefan's company
    assert found["2026-11-12 mock"] == (None, None)  # the title names no company it links


def test_an_application_note_stands_for_its_company(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "CRM/Tom Becker.md": "---\norg: Talentbrug\ntitle: Recruiter\n---\n"
            "| Date | Channel | What |\n| --- | --- | --- |\n"
            "| 2026-11-06 | call | Polder tech went well |\n"
            "| 2026-11-27 | call | Polder said no — went with an internal candidate |\n",
            "Pipeline/Polder AI.md": "---\nstage: final round\napplied: 2026-10-10\n"
            "recruiter: '[[Tom Becker]]'\n---\n| Round | Date | Outcome |\n| --- | --- | --- |\n"
            "| final | 2026-11-20 | waiting |\n| follow-up #1 | 2026-11-25 | no reply |\n",
        }
    )
    facts = pipeline.build(root, use_cache=False).facts(date(2026, 12, 5))
    [polder] = facts.interviews()
    assert (polder.on, polder.followed_up) == (date(2026, 11, 20), date(2026, 11, 25))
    assert not registry.due_report(facts).items  # "Polder said no", in Tom's table
