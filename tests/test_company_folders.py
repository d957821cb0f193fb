"""A folder per company, its interviews beside its note (Компании/Ритм/Ритм.md, Ритм финал.md),
as people keep them without a `company` link: the interviews are interviews of that company,
its contact person is who to write to, its status and hold speak for them, and the daemon's
in-place rebuild reads a change of the company's note as a fresh build does."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from conftest import MakeVault

from vaultkit.app import pipeline
from vaultkit.app.session import Session
from vaultkit.notes import registry
from vaultkit.rules.facts import Facts

TODAY = date(2026, 12, 5)
RHYTHM = {
    "Компании/Ритм/Ритм.md": "---\nкомпания: Ритм\nконтакт: '[[Максим Данилов]]'\n"
    "статус: финал\n---\n# Ритм\n",
    "Компании/Ритм/Ритм техинтервью.md": "---\nдата: 19.10.2026\n---\n# Ритм техинтервью\n",
    "Компании/Ритм/Ритм тестовое.md": "---\nтип: тестовое\n---\nСдал.\n",
    "Компании/Ритм/Заметки о продукте.md": "Продукт: фитнес-трекер.\n",
    "Компании/Ритм/Ритм tech blog notes.md": "---\ndate: 2026-11-25\n---\nScreenshots.\n",
    "Компании/Ритм/Offer comparison.md": "| | Ритм | Кредо |\n| --- | --- | --- |\n",
    "Компании/Ритм/Ритм - подготовка к финалу.md": "- [ ] метрики удержания\n",
    "Люди/Максим Данилов.md": "---\nкомпания: Ритм\n---\n- 10.10 написал сам\n",
}


def _facts(root: Path) -> Facts:
    return pipeline.build(root, use_cache=False).facts(TODAY)


def test_the_notes_of_a_company_folder_are_its_note_its_interviews_and_others(
    make_vault: MakeVault,
) -> None:
    facts = _facts(make_vault(RHYTHM))
    kinds = {path.split("/")[-1]: kind for path, kind in facts.graph.kinds.items()}
    assert kinds["Ритм.md"] == "company"
    assert kinds["Ритм техинтервью.md"] == kinds["Ритм тестовое.md"] == "interview"
    assert kinds["Заметки о продукте.md"] == "other"  # no round in its name: not a company
    assert kinds["Ритм tech blog notes.md"] == "other"  # "tech" alone names no round
    assert kinds["Offer comparison.md"] == "other"  # about rounds, not one of them
    assert kinds["Ритм - подготовка к финалу.md"] == "other"
    [tech] = [i for i in facts.interviews() if i.on is not None]
    assert tech.company == "Компании/Ритм/Ритм.md" and tech.company_name == "Ритм"
    assert tech.recruiter == "Люди/Максим Данилов.md"  # the company note's contact person


def test_a_ping_in_the_recruiters_log_without_years_is_the_follow_up(
    make_vault: MakeVault,
) -> None:
    root = make_vault(RHYTHM)
    due = [item.kind for item in registry.due_report(_facts(root)).items if item.interview]
    assert due == ["follow_up"]  # the technical round of 19 Oct, no word since
    person = root / "Люди/Максим Данилов.md"
    person.write_text(
        person.read_text(encoding="utf-8") + '- 12.11 написал "Есть новости по Ритму?"\n',
        encoding="utf-8",
    )
    assert not [item for item in registry.due_report(_facts(root)).items if item.interview]


def test_the_company_notes_hold_and_its_end_speak_for_its_interviews(
    make_vault: MakeVault,
) -> None:
    notes = dict(RHYTHM)
    notes["Компании/Ритм/Ритм.md"] = (
        "---\nстатус: заморожено\n---\n> all open positions are on hold\n"
        "> We hope to reopen hiring in Q1 2027.\n"
    )
    facts = _facts(make_vault(notes))
    tech = next(i for i in facts.interviews() if i.on is not None)
    assert tech.result == "on_hold"
    assert not [item for item in registry.due_report(facts).items if item.interview]  # January


def test_an_edit_of_the_company_note_reaches_its_interviews_in_place(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    for relative, text in RHYTHM.items():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text(text, encoding="utf-8")
    (root / ".obsidian").mkdir()
    with Session.open(root) as session:
        pipeline.rebuild(session, TODAY)
        company = root / "Компании/Ритм/Ритм.md"
        company.write_text(company.read_text(encoding="utf-8").replace("финал", "отказ"))
        again = pipeline.rebuild(session, TODAY).build
        assert again.graph.touched is not None  # the daemon's in-place path
        fresh_root = tmp_path / "fresh"
        shutil.copytree(root, fresh_root, ignore=shutil.ignore_patterns(".vaultkit"))
        fresh = pipeline.build(fresh_root, use_cache=False).facts(TODAY)
        kept = session.facts(again, TODAY)  # reusing the interviews no edit touched
        assert [(i.path, i.company_result) for i in kept.interviews()] == [
            (i.path, i.company_result) for i in fresh.interviews()
        ]
        assert {i.company_result for i in fresh.interviews()} == {"rejected"}
