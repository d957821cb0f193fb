"""Talks logged with a contact's name and no link ("- 17:00 созвон с Milan", "кофе с Дашей",
"Ines called"): an interaction on the line's day. A name in a plan, a negation, someone's quoted
words, a possessive or another clause of the line is none."""

from __future__ import annotations

from datetime import date

from conftest import MakeVault

from vaultkit.app import pipeline

TODAY = date(2026, 12, 5)
PEOPLE = {
    "People/Milan Petrović.md": "#recruiter\n\nlast talk:: 2026-11-12\n",
    "People/Jonas Lindqvist.md": "#person\n",
    "People/Даша Смирнова.md": "#friend\n",
    "People/Stefan Richter.md": "#person\n",
}


def _talks(make_vault: MakeVault, days: dict[str, str]) -> dict[str, list[str]]:
    root = make_vault({**PEOPLE, **{f"Journal/{day}.md": text for day, text in days.items()}})
    contacts = pipeline.build(root, use_cache=False).facts(TODAY).contacts()
    return {c.name: [i.on.isoformat() for i in c.interactions] for c in contacts}


def test_a_talk_logged_with_a_name_counts(make_vault: MakeVault) -> None:
    talks = _talks(
        make_vault,
        {
            "2026-12-03": "## Log\n- 17:00 созвон с Milan: Nordlight зовет на final, Jonas + CTO\n",
            "2026-11-28": "## Log\n- 11:00 кофе с Дашей. Говорит, Rui не для всех\n",
            "2026-11-26": '## Log\n- 14:30 call w/ Milan — "Jonas already pinged me"\n',
            "2026-12-04": "## Log\n- 13:00 обед, Даше не дозвонилась\n- надо позвонить Милану\n",
            "2026-10-15": "replied to Lena, said yes to Stefan's feedback call\n",
        },
    )
    assert talks["Milan Petrović"] == ["2026-11-12", "2026-11-26", "2026-12-03"]
    assert talks["Даша Смирнова"] == ["2026-11-28"]  # not the call she missed
    assert talks["Jonas Lindqvist"] == []  # named in the talk with Milan, and in Milan's words
    assert talks["Stefan Richter"] == []  # his call, not a talk with him


def test_a_talk_the_note_links_is_counted_once(make_vault: MakeVault) -> None:
    talks = _talks(
        make_vault, {"2026-11-20": "- call with [[Milan Petrović]], then Milan texted\n"}
    )
    assert talks["Milan Petrović"] == ["2026-11-12", "2026-11-20"]


def test_a_talk_that_did_not_happen_or_was_not_with_them_is_none(make_vault: MakeVault) -> None:
    talks = _talks(
        make_vault,
        {
            "2026-11-20": "- Call with Milan cancelled, he is sick\n- созвон с Milan отменился\n"
            "- Lena met Milan at the meetup\n- Паша созвонился с Milan, мне пересказал\n"
            "- Talked to my sister Anna about Milan\n- missed call from Milan\n"
            "```\nсозвон с Milan\n```\n%% созвон с Milan %%\n",
            "2026-11-21": "## План на день\n- 17:00 созвон с Milan\n",
            "2026-11-22": "- Обсудили с Дашей Ивановой ипотеку\n- Позвонила Даша (соседка)\n",
            "2026-11-23": "- Вчера созвон с Дашей, всё ок\n",
        },
    )
    assert talks["Milan Petrović"] == ["2026-11-12"]
    assert talks["Даша Смирнова"] == ["2026-11-23"]
