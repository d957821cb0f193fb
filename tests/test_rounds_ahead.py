"""A next round told in passing before its day ("созвон с Milan: Nordlight зовет на final 10
декабря", "Nordlight: следующий этап в четверг", a line of the company's note) is prepared for,
and nothing is chased about the process meanwhile; a round called off, hoped for, or followed
by a decision is none. An interview note that opens with its day ("24 ноя, 16:00, офис") is of
that day."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import MakeVault, run_cli

from vaultkit.app import pipeline
from vaultkit.notes import registry
from vaultkit.parse.dates import dates_in

MILAN = "---\ntags: [recruiter]\ncompany: '[[Nordlight]]'\n---\n# Milan\n"
COMPANY = "---\ntags: [company]\n---\n# Nordlight\n"
TECH = (
    "---\ntype: interview\ncompany: '[[Nordlight]]'\nrecruiter: '[[Milan]]'\n"
    "date: 2026-11-26\nstage: tech 2\n---\n# Nordlight tech 2\n"
)


def _items(root: Path, today: date) -> list[tuple[str, str, str]]:
    facts = pipeline.build(root, use_cache=False).facts(today)
    return [
        (item.kind, item.due_on.isoformat(), (item.latest_on or item.due_on).isoformat())
        for item in registry.due_report(facts).items
        if item.interview is not None
    ]


def _vault(make_vault: MakeVault, daily: str, company: str = COMPANY) -> Path:
    return make_vault(
        {
            "People/Milan.md": MILAN,
            "Companies/Nordlight.md": company,
            "Interviews/Nordlight tech 2.md": TECH,
            "Daily/2026-12-03.md": daily,
        }
    )


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("- 17:00 созвон с Milan: Nordlight зовет на final!! 10 декабря 15:00", "2026-12-10"),
        ("- Nordlight invited me to the onsite on Dec 9th", "2026-12-09"),
        ("- письмо от Milan (Nordlight): final 10/12 в 15:00, подтвердила", "2026-12-10"),
        ("- Nordlight — следующий этап в четверг", "2026-12-10"),
        ("- Nordlight зовет на final 10 декабря в 15:00, если что — Zoom в письме", "2026-12-10"),
        ("- Nordlight booked my final for next Wednesday", "2026-12-09"),
    ],
)
def test_a_round_told_ahead_is_prepared_for_and_not_chased(
    make_vault: MakeVault, line: str, day: str
) -> None:
    root = _vault(make_vault, line + "\n")
    assert _items(root, date(2026, 12, 8)) == [("prepare", _minus(day, 3), day)]
    assert _items(root, date(2026, 12, 4)) == []  # before the brief's days: nothing to chase


def _minus(day: str, days: int) -> str:
    return date.fromordinal(date.fromisoformat(day).toordinal() - days).isoformat()


def test_a_round_in_the_companys_own_note_is_prepared_for(make_vault: MakeVault) -> None:
    company = COMPANY + "\n## Процесс\n1. Tech 2 — 26 ноя\n2. Final — **10/12 15:00**, Jonas\n"
    root = _vault(make_vault, "- обед с мамой\n", company)
    assert _items(root, date(2026, 12, 8)) == [("prepare", "2026-12-07", "2026-12-10")]


@pytest.mark.parametrize(
    "line",
    [
        "- Nordlight final 10 декабря отменили",
        "- если Nordlight позовет, final будет 10/12",
        "- Nordlight: no final on Dec 10, they closed the role",
        "- Nordlight tech 2 был 26/11, жду",  # a round passed, no day ahead
        "- Петя идёт на final в Nordlight 10 декабря, болею за него",  # someone else's
        "- Nordlight проводит вебинар про system design 10 декабря, схожу послушать",
        "- Nordlight tech blog: опубликуют пост про их interview process 10.12",
        "- Nordlight закрыли funding round, объявят 10 декабря",
        "- Nordlight: сдать техзадание до 10.12",
        "- In case Nordlight replies, final would be around 10.12",
        "- Nordlight moved the final to 10.12? уточнить у Milan",
        "- Nordlight: у тех ребят офис переезжает 15.12",
        "- Nordlight обещали ответ по тех интервью в пятницу",
    ],
)
def test_a_round_called_off_hoped_for_or_past_is_not_prepared_for(
    make_vault: MakeVault, line: str
) -> None:
    root = _vault(make_vault, line + "\n")
    assert not [kind for kind, *_ in _items(root, date(2026, 12, 8)) if kind == "prepare"]


def test_a_decision_told_after_the_round_ends_it(make_vault: MakeVault) -> None:
    root = _vault(make_vault, "- Nordlight зовет на final 10/12\n")
    (root / "Daily/2026-12-05.md").write_text("- Nordlight отказали, взяли другого\n")
    assert not [kind for kind, *_ in _items(root, date(2026, 12, 8)) if kind == "prepare"]


def test_a_later_line_moves_the_round(make_vault: MakeVault) -> None:
    root = _vault(make_vault, "- Nordlight зовет на final 10/12\n")
    (root / "Daily/2026-12-04.md").write_text("- Milan: Nordlight перенесли final на 14/12\n")
    assert _items(root, date(2026, 12, 11)) == [("prepare", "2026-12-11", "2026-12-14")]


def test_an_interview_note_opening_with_its_day_is_of_that_day(make_vault: MakeVault) -> None:
    final = "24 ноя, 16:00, офис Nordlight\nс Jonas\n\n- behavioral\n\n#interview [[Nordlight]]\n"
    root = make_vault({"Companies/Nordlight.md": COMPANY, "Interviews/Nordlight final.md": final})
    facts = pipeline.build(root, use_cache=False).facts(date(2026, 12, 5))
    [interview] = facts.interviews()
    assert interview.on == date(2026, 11, 24)


@pytest.mark.parametrize(
    "opening",
    [
        "#interview [[Nordlight]]\n\nДата: 24.11, 11:00, офис\nС кем: Jonas\n",
        "**When:** 24.11 at 16:00\n",
        "#interview\n",  # tags alone, no day: none
    ],
)
def test_an_interview_note_with_a_labelled_day(make_vault: MakeVault, opening: str) -> None:
    final = opening + "\n- кейс про no-show\n\n#interview [[Nordlight]]\n"
    root = make_vault({"Companies/Nordlight.md": COMPANY, "Interviews/Nordlight final.md": final})
    [interview] = pipeline.build(root, use_cache=False).facts(date(2026, 12, 5)).interviews()
    assert interview.on == (date(2026, 11, 24) if "24.11" in opening else None)


def test_an_application_timeline_is_not_taken_for_its_opening_day(make_vault: MakeVault) -> None:
    note = (
        "---\ntags: [application]\ncompany: '[[Nordlight]]'\n---\n# Nordlight\n\n## Timeline\n"
        "- 2026-10-05 applied\n- 2026-11-17 onsite\n"
    )
    root = make_vault({"Companies/Nordlight.md": COMPANY, "Applications/Nordlight QA.md": note})
    [interview] = pipeline.build(root, use_cache=False).facts(date(2026, 12, 5)).interviews()
    assert interview.on == date(2026, 11, 17)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("screen call **8 декабря 11:00**, 02/12", ["2026-12-08", "2026-12-02"]),
        ("final 20 ноября 2026", ["2026-11-20"]),
        ("score 8/10 vibe, 24/7, 1/2", []),
    ],
)
def test_dates_in_reads_every_date_but_scores(text: str, found: list[str]) -> None:
    assert sorted(day.isoformat() for day in dates_in(text, date(2026, 12, 3))) == sorted(found)


@pytest.mark.parametrize(
    ("body", "result"),
    [
        ("> [!failure] Rejected — 12 Nov\n> See [[Dan]]. Liked the batch design.\n", "rejected"),
        ("> [!success] Passed to final\n> Hannah, 19 Nov: much stronger\n", "passed"),
        ("> [!warning]- On hold\n> hiring freeze until January\n", "on_hold"),
        ("> [!quote] Rejected ideas we discussed\n> none\n", None),  # a quote tells no outcome
        ("> [!note] Prep\n> read their blog\n", None),
        ("> [!warning] Red flags: Glassdoor says they rejected most candidates\n", None),
        ("> [!failure] They rejected my first proposed slot (10 Nov)\n", None),
        ("> [!abstract] Expected offer range 80-90k\n", None),
    ],
)
def test_a_callout_title_tells_the_outcome(
    make_vault: MakeVault, body: str, result: str | None
) -> None:
    note = "---\ntags: [interview]\ncompany: '[[Nordlight]]'\ndate: 2026-11-03\n---\n" + body
    root = make_vault({"Companies/Nordlight.md": COMPANY, "Interviews/Nordlight panel.md": note})
    [interview] = pipeline.build(root, use_cache=False).facts(date(2026, 12, 5)).interviews()
    assert interview.result == result


@pytest.mark.parametrize(
    ("tags", "result"),
    [
        ("[interview, status/rejected]", "rejected"),
        ("[interview, статус/отказ]", "rejected"),
        ("[interview, status/final]", None),
        ("[interview, status/offer]", "offer"),
        ("[interview, status/rejected-by-me]", None),  # a phrase: not guessed
        ("[interview, status/waiting-offer]", None),
        ("[interview, status/on-hold]", "on_hold"),
    ],
)
def test_a_nested_status_tag_tells_the_outcome(
    make_vault: MakeVault, tags: str, result: str | None
) -> None:
    note = f"---\ntags: {tags}\ncompany: '[[Nordlight]]'\ndate: 2026-11-03\n---\n# Panel\n"
    root = make_vault({"Companies/Nordlight.md": COMPANY, "Interviews/Nordlight panel.md": note})
    [interview] = pipeline.build(root, use_cache=False).facts(date(2026, 12, 5)).interviews()
    assert interview.result == result


def test_a_round_ahead_at_a_company_with_no_interview_note(make_vault: MakeVault) -> None:
    mosaic = (
        "---\ntags: [company]\n---\n# Mosaic Labs\n\n- 01/12 applied по рефералу\n"
        "- 02/12 написала Lena (recruiter) — screen call **8 декабря 11:00**, Google Meet\n"
    )
    root = make_vault({"Companies/Mosaic Labs.md": mosaic})
    facts = pipeline.build(root, use_cache=False).facts(date(2026, 12, 6))
    [item] = registry.due_report(facts).items
    assert (item.kind, item.interview.path, str(item.latest_on)) == (  # type: ignore[union-attr]
        "prepare",
        "Companies/Mosaic Labs.md",
        "2026-12-08",
    )
    # the company's note, with the day applied and a round, is the process's own note
    assert [interview.path for interview in facts.interviews()] == ["Companies/Mosaic Labs.md"]
    # ticked in Due contacts: recorded in the company's note, and the brief is done
    assert run_cli("rebuild", root, "--today", "2026-12-06").returncode == 0
    due = root / "vaultkit" / "Due contacts.md"
    due.write_text(due.read_text(encoding="utf-8").replace("- [ ] Prepare", "- [x] Prepare"))
    assert run_cli("rebuild", root, "--today", "2026-12-06").returncode == 0
    kept = (root / "Companies/Mosaic Labs.md").read_text(encoding="utf-8")
    assert kept.startswith(mosaic) and "- 2026-12-06 prepared for" in kept
    assert "Prepare" not in due.read_text(encoding="utf-8")


def test_no_round_ahead_at_a_company_that_said_no(make_vault: MakeVault) -> None:
    mosaic = (
        "---\ntags: [company]\nstatus: rejected\n---\n# Mosaic Labs\n\n"
        "- 02/12 Lena — screen call **8 декабря 11:00**\n"
    )
    root = make_vault({"Companies/Mosaic Labs.md": mosaic})
    facts = pipeline.build(root, use_cache=False).facts(date(2026, 12, 6))
    assert registry.due_report(facts).items == ()


def test_a_decision_said_with_a_negation_ends_the_round(make_vault: MakeVault) -> None:
    root = _vault(make_vault, "- Nordlight зовет на final 10 декабря\n")
    assert [kind for kind, *_ in _items(root, date(2026, 12, 8))] == ["prepare"]
    (root / "Daily/2026-12-04.md").write_text(
        "- Milan написал: Nordlight решили не продолжать со мной\n", encoding="utf-8"
    )
    assert not [kind for kind, *_ in _items(root, date(2026, 12, 8)) if kind == "prepare"]


def test_an_opening_line_that_books_a_later_day_is_of_that_day(make_vault: MakeVault) -> None:
    note = "12.11 пришло приглашение от Милана, сам собес назначен на 24.11\n\n#interview\n"
    root = make_vault({"Companies/Nordlight.md": COMPANY, "Interviews/Nordlight собес.md": note})
    [interview] = pipeline.build(root, use_cache=False).facts(date(2026, 11, 20)).interviews()
    assert interview.on == date(2026, 11, 24)
