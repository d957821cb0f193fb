"""One note that keeps the whole job search, a section a company with its dated lines: each
section is a process of its own (its company, recruiter, latest round, outcome, next round);
a silent one is followed up, a decided one is not, a dated round is prepared for, and a tick
of its follow-up is recorded under its own heading. Sections that are no company's ("##
Notes") and notes of a few sections that log no steps are none."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import MakeVault, run_cli

from vaultkit.app import pipeline
from vaultkit.notes import registry
from vaultkit.notes.render import wikilink

TODAY = date(2026, 12, 6)
NINA = "---\ntags: [hr]\n---\n# Нина\n"
TRACKER = """---
tags: [работа]
---
# Поиск работы 2026

Ищу: Senior Backend.

## Exness

Рекрутер — [[Нина]]
- 08.09 отправил резюме через Нину
- 18.09 скрининг с Ниной
- 15.10 пришёл отказ, шаблонный
- итог: отказ. закрыто.

## Playrix

Рекрутер — Ксения, только имя
- 03.11 откликнулся на hh
- 11.11 прислали тестовое
- 18.11 отправил тестовое. Ксения: "ответ в течение недели"
- итог: жду ответ

## Miro

- 10.09 откликнулся сам
- 13.10 тех интервью (Go) — норм
- 20.11 оффер!
- 27.11 offer declined by me
- итог: отказался сам

## Semrush

- 16.11 написали в линкедин
- 26.11 скрининг с HM
- 04.12 назначили тех интервью: **10.12 в 15:00**, Zoom

## Заметки

- 01.12 обновить резюме
- 02.12 прочитать про system design
"""


def _build(root: Path, today: date = TODAY) -> list[tuple[str, str]]:
    facts = pipeline.build(root, use_cache=False).facts(today)
    return sorted(
        (item.kind, item.interview.title if item.interview else "")
        for item in registry.due_report(facts).items
        if item.interview is not None
    )


def _vault(make_vault: MakeVault) -> Path:
    return make_vault({"Поиск работы 2026.md": TRACKER, "Люди/Нина.md": NINA})


def test_each_company_section_is_a_process(make_vault: MakeVault) -> None:
    facts = pipeline.build(_vault(make_vault), use_cache=False).facts(TODAY)
    read = {i.title: (i.recruiter, i.on, i.result, i.next_on) for i in facts.interviews()}
    assert read == {
        "Exness": ("Люди/Нина.md", date(2026, 9, 18), "rejected", None),
        "Playrix": (None, date(2026, 11, 18), "pending", None),
        "Miro": (None, date(2026, 10, 13), "withdrawn", None),
        "Semrush": (None, date(2026, 12, 4), None, date(2026, 12, 10)),
    }  # "## Заметки" is no company's
    [miro] = [i for i in facts.interviews() if i.title == "Miro"]
    assert miro.path == "Поиск работы 2026.md#Miro"
    assert wikilink(miro.path) == "[[Поиск работы 2026#Miro|Miro]]"


def test_the_silent_one_is_followed_up_the_dated_round_prepared_for(
    make_vault: MakeVault,
) -> None:
    root = _vault(make_vault)
    assert _build(root) == [("follow_up", "Playrix")]
    assert ("prepare", "Semrush") in _build(root, date(2026, 12, 8))


def test_a_ticked_follow_up_is_recorded_under_its_section(make_vault: MakeVault) -> None:
    root = _vault(make_vault)
    assert run_cli("rebuild", root, "--today", TODAY.isoformat()).returncode == 0
    due = root / "vaultkit" / "Due contacts.md"
    text = due.read_text(encoding="utf-8")
    assert "[[Поиск работы 2026#Playrix|Playrix]]" in text
    due.write_text(text.replace("- [ ] Follow up with Playrix", "- [x] Follow up with Playrix"))
    assert run_cli("rebuild", root, "--today", TODAY.isoformat()).returncode == 0
    tracker = (root / "Поиск работы 2026.md").read_text(encoding="utf-8")
    playrix = tracker.split("## Playrix")[1].split("## Miro")[0]
    assert "- 2026-12-06 followed up" in playrix  # under its own heading, nowhere else
    assert tracker.count("followed up") == 1
    assert "Follow up with Playrix" not in due.read_text(encoding="utf-8")


def test_a_note_of_sections_that_log_no_process_is_no_tracker(make_vault: MakeVault) -> None:
    meeting = (
        "# Retro\n\n## Went well\n- 01.12 shipped the release\n- 02.12 fixed the build\n\n"
        "## To improve\n- 01.12 flaky tests\n- 03.12 slow reviews\n"
    )
    root = make_vault({"Retro.md": meeting})
    assert pipeline.build(root, use_cache=False).facts(TODAY).interviews() == ()


def test_the_word_a_section_reports_is_its_companys_feedback(make_vault: MakeVault) -> None:
    tracker = TRACKER.replace(
        "- 18.09 скрининг с Ниной\n",
        '- 18.09 скрининг с Ниной. Нина передала: "код чистый, но медленно"\n'
        "- 19.09 тимлид сказал что у них монолит на PHP\n",  # of the company: no feedback
    )
    root = make_vault({"Поиск работы 2026.md": tracker, "Люди/Нина.md": NINA})
    items = pipeline.build(root, use_cache=False).facts(TODAY).feedback()
    assert [(i.company_name, i.text, i.polarity, str(i.on)) for i in items] == [
        ("Exness", "код чистый", "strength", "2026-09-18"),
        ("Exness", "медленно", "improvement", "2026-09-18"),
    ]
    assert items[0].interview == "Поиск работы 2026.md#Exness"
