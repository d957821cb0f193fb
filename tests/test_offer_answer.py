"""An offer whose notes give the day it must be answered by ("Offer expires Fri Dec 11 5pm",
"ответить до вторника 08.12", then "дедлайн → 09.12") is one task under "Replies you owe":
answer it, to the recruiter, by that day; gone once a line says it was answered, or once the
owner's own task to them says it, or two days after the day passed."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from conftest import MakeVault, run_cli, tick

from vaultkit.app import pipeline
from vaultkit.domain.offer_deadline import said_relatively
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)
PRIYA = '---\ntype: contact\ncompany: "[[Maplewave]]"\nrole: recruiter\n---\nRecruiter.\n'
KATYA = '---\ntype: contact\ncompany: "[[Точка]]"\nrole: рекрутер\n---\nРекрутер.\n'


def _offer(log: str, company: str = "Maplewave") -> dict[str, str]:
    recruiter = "Priya Shah" if company == "Maplewave" else "Катя Морозова"
    return {
        f"People/{recruiter}.md": PRIYA if company == "Maplewave" else KATYA,
        f"Companies/{company}.md": f'---\ntype: company\nrecruiter: "[[{recruiter}]]"\n---\n'
        f"## Process\n{log}",
        f"Interviews/2026-11-27 {company} final.md": f"---\ntype: interview\ndate: 2026-11-27\n"
        f'company: "[[{company}]]"\nrecruiter: "[[{recruiter}]]"\nstage: final\n---\nWent well.\n',
    }


def _due(make_vault: MakeVault, notes: dict[str, str], today: date = TODAY) -> set[tuple]:
    built = pipeline.build(make_vault(notes), use_cache=False)
    return {
        (item.kind, item.contact.name if item.contact else "", item.due_on)
        for item in registry.due_report(built.facts(today)).items
        if item.kind in ("answer_offer", "thank_you", "follow_up", "promise")
    }


@pytest.mark.parametrize(
    ("log", "company", "expected"),
    [
        (  # the day its line gives; the answer thanks her too (no thank-you besides)
            "- 2026-12-02 screen passed\n- 2026-12-03 offer! 168k base. Offer expires Fri Dec 11"
            " 5pm\n",
            "Maplewave",
            {("answer_offer", "Priya Shah", date(2026, 12, 11))},
        ),
        (  # a deadline moved on is the later one
            "- 03.12 — оффер! 4000, ответить до вторника 08.12\n- 04.12 — попросил сдвинуть."
            " Дедлайн → 09.12 конец дня\n",
            "Точка",
            {("answer_offer", "Катя Морозова", date(2026, 12, 9))},
        ),
        (  # a deadline the owner means to ask for is not the one set
            "- 01.12 — финал прошёл\n- 03.12 — оффер, ответить до 09.12\n"
            "- [ ] попросить продлить дедлайн до 14.12\n",
            "Точка",
            {("answer_offer", "Катя Морозова", date(2026, 12, 9))},
        ),
        (  # answered since: nothing
            "- 2026-12-03 offer, answer by Dec 9\n- 2026-12-05 accepted the offer, start Jan 11\n",
            "Maplewave",
            set(),
        ),
        (  # their acceptance of a counter is no answer of the owner's
            "- 2026-12-03 offer, answer by Dec 9\n- 2026-12-05 they accepted the counter offer\n",
            "Maplewave",
            {("answer_offer", "Priya Shah", date(2026, 12, 9))},
        ),
        (  # the owner's own task says it: that task is the item
            "- 2026-12-03 offer, answer by Dec 9\n- [ ] reply to [[Priya Shah]] with a counter"
            " 📅 2026-12-08\n",
            "Maplewave",
            {("promise", "Priya Shah", date(2026, 12, 8))},
        ),
        (  # no day given: nothing new (the company's note holds the answer, as before)
            "- 2026-12-04 offer! 168k base\n",
            "Maplewave",
            set(),
        ),
    ],
)
def test_an_offer_is_answered_by_its_day(
    make_vault: MakeVault, log: str, company: str, expected: set[tuple]
) -> None:
    assert _due(make_vault, _offer(log, company)) == expected


def test_a_day_long_past_asks_nothing(make_vault: MakeVault) -> None:
    notes = _offer("- 2026-11-20 offer, answer by Nov 27\n")
    assert not [kind for kind, *_ in _due(make_vault, notes) if kind == "answer_offer"]


def test_the_answer_is_a_reply_and_its_tick_settles_it(make_vault: MakeVault) -> None:
    root = make_vault(_offer("- 2026-12-03 offer! Offer expires Fri Dec 11 5pm\n"))
    assert run_cli("rebuild", root, "--today", TODAY.isoformat()).returncode == 0
    due = root / "vaultkit" / "Due contacts.md"
    text = due.read_text(encoding="utf-8")
    replies = text.split("## Replies you owe")[1].split("\n## ")[0]
    assert "Answer the offer: [[People/Priya Shah|Priya Shah]]" in replies
    assert "📅 2026-12-11" in replies
    tick(due, r"Answer the offer", TODAY.isoformat())
    assert run_cli("rebuild", root, "--today", TODAY.isoformat()).returncode == 0
    assert run_cli("rebuild", root, "--today", TODAY.isoformat()).returncode == 0
    listed = [line for line in due.read_text(encoding="utf-8").split("\n") if "- [ ]" in line]
    assert not [line for line in listed if re.search("Answer the offer", line)]
    assert "answered the offer" in (root / "Companies" / "Maplewave.md").read_text(
        encoding="utf-8"
    ) or any(
        "answered the offer" in path.read_text(encoding="utf-8")
        for path in Path(root).rglob("*.md")
        if ".vaultkit" not in path.parts
    )


def test_in_russian_the_task_says_so(make_vault: MakeVault) -> None:
    notes = _offer("- 01.12 — финал прошёл\n- 03.12 — оффер! ответить до 09.12\n", "Точка")
    root = make_vault(notes)
    (root / ".vaultkit").mkdir(exist_ok=True)
    (root / ".vaultkit" / "config.toml").write_text('language = "ru"\n', encoding="utf-8")
    assert run_cli("rebuild", root, "--today", TODAY.isoformat()).returncode == 0
    text = "\n".join(p.read_text(encoding="utf-8") for p in (root / "vaultkit").glob("*.md"))
    assert "- [ ] Ответить на оффер: [[People/Катя Морозова|Катя Морозова]]" in text
    assert "оффер («Точка») ждёт ответа до 9\u00a0дек" in text


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("deadline: end of the month", date(2026, 12, 31)),
        ("expires in 48 hours", date(2026, 12, 5)),
        ("ответить до конца недели", date(2026, 12, 4)),
        ("reply by within 3 business days", date(2026, 12, 8)),
        ("ответ нужен через 2 рабочих дня", date(2026, 12, 7)),
        ("в течение 24 часов", date(2026, 12, 4)),
        ("deadline Friday", None),
    ],
)
def test_a_deadline_said_from_its_day(said: str, day: date | None) -> None:
    assert said_relatively(said, date(2026, 12, 3)) == day
