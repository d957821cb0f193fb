"""What the owner owes a contact, first in Due contacts: a reply to a message that asks
something, and promises (open tasks that link them), in both languages; a tick keeps them."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import get_args

import pytest
from conftest import MakeVault, run_cli

from vaultkit.app import pipeline
from vaultkit.domain.interactions import TICK_PHRASES
from vaultkit.notes import registry
from vaultkit.notes.ics import ICS_VERBS
from vaultkit.rules.due import DueItem, DueKind

TODAY = date(2026, 12, 4)
ANNA = "---\ntype: contact\ntier: key\nlast_contact: 2026-11-01\n---\n"


def _items(root: Path, today: date = TODAY) -> list[DueItem]:
    return list(registry.due_report(pipeline.build(root, use_cache=False).facts(today)).items)


def _kinds(root: Path, today: date = TODAY) -> list[tuple[str, str]]:
    return [(item.kind, item.due_on.isoformat()) for item in _items(root, today)]


@pytest.mark.parametrize(
    "line",
    [
        "- 2026-12-04 LinkedIn message: asked for my CV in PDF",
        "- 2026-12-04 она написала: «Сможете созвониться в пятницу?»",
        "- 2026-12-04 email from Anna, wants my salary expectations",
        "- 2026-12-04 Анна: пришлите резюме, пожалуйста?",  # a line quoting her
        "- 2026-12-04 HR from Ozon: when can you start?",
        "- 2026-12-04 Олег в телеграме: когда сможете выйти на собеседование?",
        "- 2026-12-04 she wrote \"door's always open, let's stay in touch!\" ← haven't replied",
        "- 2026-12-04 снова написала, см [[Orda Tech]]. **НЕ ОТВЕТИЛ ЕЩЕ**",  # no question
        "- 2026-12-04 Anna sent the offer letter, I still need to reply",
    ],
)
def test_a_message_that_asks_is_a_reply_owed_on_its_day(make_vault: MakeVault, line: str) -> None:
    root = make_vault({"People/Anna.md": ANNA + line + "\n"})
    [reply] = [item for item in _items(root) if item.kind == "reply"]
    assert reply.due_on == TODAY and reply.urgent and reply.days_since == 0


@pytest.mark.parametrize(
    "lines",
    [
        "- 2026-12-01 she wrote: the role is paused until January\n",  # news, asks nothing
        "- 2026-12-01 she asked for my CV\n- 2026-12-02 sent my CV to her\n",  # answered
        "- 2026-12-01 опять пишет про вакансию, спрашивает про зарплату — игнор\n",  # let alone
        "- 2026-10-01 she asked for my CV\n",  # more than 30 days ago: no longer waiting
        "❌ Не отвечать.\n\n- 2026-12-01 she asked for my CV\n",  # a stop signal
        # lines of the same day have no order: any of mine answers
        "- 2026-12-01 Anna emailed: could you send your CV?\n- 2026-12-01 sent Anna my CV\n",
        "- 2026-12-01 Lena wrote: the team wants to move forward with another candidate\n",
        "- 2026-12-01 Sam called me and asked about my plans?\n",  # asked in a call
        "- 2026-12-01 Anna: the HM asked a lot about Kafka; decision next week\n",
        "- 2026-12-01 Пётр сообщил: на финале спрашивали про Kafka\n",
        "- 2026-12-01 Антон спросил про зарплату, ответила сразу\n",
        "- 2026-12-01 Asked for my CV. I told her I'd send it tomorrow.\n",  # a promise
        "- 2026-12-01 I wrote to her about the role, she hasn't replied yet\n",  # she owes
        "- 2026-12-01 написал ей про вакансию, она пока не ответила\n",
        "- 2026-12-01 отправила Лене резюме, Лена пока не ответила\n",  # their wait, not mine
        "- 2026-12-01 Рекрутер ещё не ответил\n",
        '- 2026-12-01 написал "Есть новости по Ритму?" — прочитал, не ответил\n',  # he read it
        "- 2026-12-01 pinged about the status, they have not responded\n",
        "- 2026-12-01 sent my CV. Not answered yet.\n",
        "- 2026-12-01 she wrote back, haven't replied\n- 2026-12-01 sent her my answer\n",
    ],
)
def test_no_reply_is_owed(make_vault: MakeVault, lines: str) -> None:
    root = make_vault({"People/Anna.md": ANNA + lines})
    assert "reply" not in [kind for kind, _ in _kinds(root)]


def test_a_promise_is_due_on_its_date_once_however_often_it_is_carried(
    make_vault: MakeVault,
) -> None:
    root = make_vault(
        {
            "People/Anna.md": ANNA,
            "People/Boris.md": ANNA,
            "Daily/2026-11-30.md": "- [ ] send [[Anna]] my CV\n- [ ] intro [[Boris]] 📅 2026-12-10\n",
            "Daily/2026-12-01.md": "- [ ] send [[Anna]] my CV\n- [x] call [[Boris]] ✅ 2026-12-01\n",
        }
    )
    found = {(item.kind, item.contact.name, item.due_on.isoformat()) for item in _items(root)}  # type: ignore[union-attr]
    assert ("promise", "Anna", "2026-11-30") in found  # the day it was made
    assert ("promise", "Boris", "2026-12-10") in found  # its own date
    assert len([f for f in found if f[:2] == ("promise", "Anna")]) == 1  # carried, one promise


def test_an_open_task_is_a_plan_not_a_contact(make_vault: MakeVault) -> None:
    root = make_vault(
        {"People/Anna.md": ANNA, "Daily/2026-12-01.md": "- [ ] send [[Anna]] my CV\n"}
    )
    [anna] = pipeline.build(root, use_cache=False).facts(TODAY).contacts()
    assert anna.last_interaction is not None and anna.last_interaction.on == date(2026, 11, 1)


def test_a_promise_ticked_in_due_contacts_is_kept_and_gone(make_vault: MakeVault) -> None:
    root = make_vault(
        {"People/Anna.md": ANNA, "Daily/2026-12-01.md": "- [ ] send [[Anna]] my CV\n"}
    )
    assert run_cli("rebuild", root, "--today", TODAY.isoformat()).returncode == 0
    due = root / "vaultkit" / "Due contacts.md"
    text = due.read_text(encoding="utf-8")
    [line] = [line for line in text.splitlines() if line.startswith("- [ ] Keep your word")]
    due.write_text(text.replace(line, line.replace("- [ ]", "- [x]", 1) + " ✅ 2026-12-04"))
    assert run_cli("rebuild", root, "--today", TODAY.isoformat()).returncode == 0
    anna = (root / "People" / "Anna.md").read_text(encoding="utf-8")
    assert "kept a promise" in anna and "^vk-pr-" in anna
    assert "Keep your word" not in due.read_text(encoding="utf-8")
    assert "- [ ] send [[Anna]] my CV" in (root / "Daily" / "2026-12-01.md").read_text()


@pytest.mark.parametrize("asked_on", ["2026-12-03", "2026-12-04"])  # the tick's own day too
def test_a_reply_ticked_in_due_contacts_is_answered(make_vault: MakeVault, asked_on: str) -> None:
    root = make_vault({"People/Anna.md": ANNA + f"- {asked_on} she asked for my CV\n"})
    assert run_cli("rebuild", root, "--today", TODAY.isoformat()).returncode == 0
    due = root / "vaultkit" / "Due contacts.md"
    text = due.read_text(encoding="utf-8")
    assert "she asked for my CV ⏫" in text
    [line] = [line for line in text.splitlines() if line.startswith("- [ ] Reply to")]
    due.write_text(text.replace(line, line.replace("- [ ]", "- [x]", 1)))
    assert run_cli("rebuild", root, "--today", TODAY.isoformat()).returncode == 0
    assert "Nobody is waiting for your answer." in due.read_text(encoding="utf-8")


def test_in_russian_the_sections_and_draft_speak_russian(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            ".vaultkit/config.toml": 'language = "ru"\n',
            "People/Анна.md": ANNA + "- 2026-12-02 Анна спросила, когда удобно созвониться\n",
            "Daily/2026-12-01.md": "- [ ] отправить [[Анна|Анне]] резюме\n",
        }
    )
    assert run_cli("rebuild", root, "--today", TODAY.isoformat()).returncode == 0
    text = (root / "vaultkit" / "Кому написать.md").read_text(encoding="utf-8")
    assert (
        "## Ждут вашего ответа\n\n- [ ] Ответить: [[People/Анна|Анна]], написал(а) 2\u00a0дек, ждёт 2 дня"
        in text
    )
    assert "Извините, что отвечаю не сразу" in text
    assert (
        "## Обещано\n\n- [ ] Сделать обещанное: [[People/Анна|Анна]], обещано в [[Daily/2026-12-01]]"
        in text
    )


@pytest.mark.parametrize("kind", get_args(DueKind))
def test_every_kind_has_its_words_everywhere(kind: str) -> None:
    templates = Path(__file__).parents[1] / "templates"
    for language in ("en", "ru"):
        assert kind in TICK_PHRASES[language] and kind in ICS_VERBS[language]
        assert (templates / language / "drafts" / f"{kind}.md.j2").is_file()


def test_a_carried_copy_ticked_where_it_stands_keeps_the_promise(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Anna.md": ANNA,
            "Daily/2026-12-01.md": "- [ ] send [[Anna]] my CV\n",
            "Daily/2026-12-02.md": "- [x] send [[Anna]] my CV ✅ 2026-12-02\n",
        }
    )
    assert "promise" not in [kind for kind, _ in _kinds(root)]


def test_the_same_words_promised_again_after_they_were_kept_are_a_new_promise(
    make_vault: MakeVault,
) -> None:
    root = make_vault({"People/Anna.md": ANNA, "Daily/2026-12-01.md": "- [ ] call [[Anna]]\n"})
    assert run_cli("rebuild", root, "--today", TODAY.isoformat()).returncode == 0
    due = root / "vaultkit" / "Due contacts.md"
    text = due.read_text(encoding="utf-8")
    [line] = [line for line in text.splitlines() if line.startswith("- [ ] Keep your word")]
    due.write_text(text.replace(line, line.replace("- [ ]", "- [x]", 1)), encoding="utf-8")
    assert run_cli("rebuild", root, "--today", TODAY.isoformat()).returncode == 0
    (root / "Daily" / "2027-01-10.md").write_text("- [ ] call [[Anna]] 📅 2027-01-12\n")
    later = [(kind, on) for kind, on in _kinds(root, date(2027, 1, 10)) if kind == "promise"]
    assert later == [("promise", "2027-01-12")]
    assert run_cli("rebuild", root, "--today", "2027-01-10").returncode == 0
    text = due.read_text(encoding="utf-8")
    assert "call [[Anna]] 📅 2027-01-12" in text  # its own date once: on the due line
    assert text.count("📅 2027-01-12") == 1


@pytest.mark.parametrize(
    ("lines", "due_on"),
    [
        ("- 2026-10-20 созвон — обещает в ноябре новые вакансии\n", "2026-12-01"),
        ("- 2026-11-20 call: he'll send two roles next week\n", "2026-11-30"),
        ("- 2026-11-27 call: he'll send two roles next week\n", None),  # not passed yet
        # they got back since: the cadence decides again
        ("- 2026-10-20 обещает в ноябре\n- 2026-11-10 она прислала вакансию\n", None),
    ],
)
def test_what_they_said_they_would_send_brings_the_check_in_forward(
    make_vault: MakeVault, lines: str, due_on: str | None
) -> None:
    note = "---\ntype: contact\ntier: supporting\n---\n" + lines
    root = make_vault({"People/Алексей.md": note})
    found = [on for kind, on in _kinds(root) if kind == "reach_out"]
    assert found == ([due_on] if due_on else [])


def test_an_offer_gets_one_thank_you_with_the_next_steps(make_vault: MakeVault) -> None:
    interview = (
        "---\ntype: interview\nrecruiter: '[[Anna]]'\ncompany: Acme\nposition: Staff Engineer\n"
        "date: 2026-11-25\nresult: offer\nresult_date: 2026-12-03\n---\n"
    )
    root = make_vault({"People/Anna.md": ANNA, "Interviews/Acme final.md": interview})
    assert run_cli("rebuild", root, "--today", TODAY.isoformat()).returncode == 0
    due = root / "vaultkit" / "Due contacts.md"
    text = due.read_text(encoding="utf-8")
    [line] = [line for line in text.splitlines() if line.startswith("- [ ] Thank")]
    assert "offer on 3\u00a0Dec" in line and "ask about the next steps" in line
    assert "thank you very much for the offer for the Staff Engineer role at Acme" in text
    due.write_text(text.replace(line, line.replace("- [ ]", "- [x]", 1)), encoding="utf-8")
    assert run_cli("rebuild", root, "--today", TODAY.isoformat()).returncode == 0
    assert "thanked" in (root / "Interviews" / "Acme final.md").read_text(encoding="utf-8")
    assert "- [ ] Thank" not in due.read_text(encoding="utf-8")  # once


def test_the_task_says_how_to_reach_them_the_way_they_prefer_first(make_vault: MakeVault) -> None:
    note = (
        "---\ntype: contact\ntier: key\nlast_contact: 2026-10-01\nemail: anna@example.com\n"
        "telegram: '@anna_hr'\nchannel: Telegram\n---\nlinkedin:: linkedin.com/in/anna\n"
    )
    root = make_vault({"People/Anna.md": note})
    assert run_cli("rebuild", root, "--today", TODAY.isoformat()).returncode == 0
    text = (root / "vaultkit" / "Due contacts.md").read_text(encoding="utf-8")
    assert (
        "- [ ] Write to [[People/Anna|Anna]] (prefers Telegram: [@anna_hr](https://t.me/anna_hr)):"
        in text
    )
    assert "> To: [@anna_hr](https://t.me/anna_hr)" in text
    [anna] = pipeline.build(root, use_cache=False).facts(TODAY).contacts()
    assert [way.channel for way in anna.ways] == ["telegram", "email", "linkedin"]


def test_a_brief_comes_three_days_before_the_next_round_until_it_is_ticked(
    make_vault: MakeVault,
) -> None:
    interview = (
        "---\ntype: interview\nrecruiter: '[[Anna]]'\ncompany: Wise\nstage: technical\n"
        "date: 2026-11-19\nresult: passed\nnext: 2026-12-09\n---\n"
        "- [ ] system design: ledger, idempotency\n- [x] asked for the schedule ✅ 2026-11-26\n"
    )
    root = make_vault({"People/Anna.md": ANNA, "Interviews/Wise.md": interview})
    assert "prepare" not in [kind for kind, _ in _kinds(root, date(2026, 12, 5))]  # 4 days
    assert ("prepare", "2026-12-06") in _kinds(root, date(2026, 12, 6))  # 3 days before
    assert run_cli("rebuild", root, "--today", "2026-12-06").returncode == 0
    due = root / "vaultkit" / "Due contacts.md"
    text = due.read_text(encoding="utf-8")
    assert "> - system design: ledger, idempotency" in text
    [line] = [line for line in text.splitlines() if line.startswith("- [ ] Prepare for")]
    due.write_text(text.replace(line, line.replace("- [ ]", "- [x]", 1)), encoding="utf-8")
    assert run_cli("rebuild", root, "--today", "2026-12-06").returncode == 0
    assert "prepare" not in [kind for kind, _ in _kinds(root, date(2026, 12, 7))]


def test_a_stage_passed_is_thanked_although_the_next_round_is_weeks_away(
    make_vault: MakeVault,
) -> None:
    interview = (
        "---\ntype: interview\nrecruiter: '[[Anna]]'\ncompany: Wise\nstage: technical\n"
        "date: 2026-11-19\nresult: passed\nresult_date: 2026-12-03\nnext: 2026-12-20\n---\n"
    )
    root = make_vault({"People/Anna.md": ANNA, "Interviews/Wise.md": interview})
    assert ("thank_you", "2026-12-03") in _kinds(root)
