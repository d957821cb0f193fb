"""Which promises Due contacts lists and which follow-ups wait, read like a stranger would
write them: a chase of another process is kept, an "Update Milan on …" is the owner's own
promise, an unrelated promise holds back no "any news?", and a friend filed under Resources/
is no recruiter."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import MakeVault

from vaultkit.app import pipeline
from vaultkit.domain.promises import due_of
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)
COMPANY = "---\ntype: company\n---\n# Nordlight\n"
MILAN = "---\ncompany: '[[Nordlight]]'\nposition: Recruiter\n---\n- 2026-11-20 call with Milan\n"


def _interview(result: str = "") -> str:
    said = f"result: {result}\n" if result else ""
    return (
        "---\ntype: interview\ncompany: '[[Nordlight]]'\ndate: 2026-11-25\nstage: tech\n"
        f"recruiter: '[[Milan Novak]]'\n{said}---\nWent ok.\n"
    )


def _due(root: Path) -> list[tuple[str, str]]:
    facts = pipeline.build(root, use_cache=False).facts(TODAY)
    return sorted(
        (item.kind, item.promise.text[:20] if item.promise else "")
        for item in registry.due_report(facts).items
    )


def _vault(make_vault: MakeVault, task: str, result: str = "") -> Path:
    return make_vault(
        {
            "Companies/Nordlight.md": COMPANY,
            "People/Milan Novak.md": MILAN,
            "Interviews/Nordlight tech.md": _interview(result),
            "Daily/2026-12-01.md": task,
        }
    )


def test_a_chase_of_another_process_is_kept(make_vault: MakeVault) -> None:
    task = "- [ ] Ask [[Milan Novak]] for an update on the Kestrel role 📅 2026-12-04\n"
    assert ("promise", "Ask [[Milan Novak]] ") in _due(_vault(make_vault, task, "rejected"))


def test_updating_someone_is_the_owners_promise(make_vault: MakeVault) -> None:
    task = "- [ ] Update [[Milan Novak]] on my notice period 📅 2026-12-04\n"
    assert ("promise", "Update [[Milan Novak") in _due(_vault(make_vault, task, "rejected"))


def test_a_chase_naming_the_followed_process_is_that_follow_up(make_vault: MakeVault) -> None:
    task = "- [ ] Chase [[Milan Novak]] at Nordlight if no news 📅 2026-12-04\n"
    assert _due(_vault(make_vault, task)) == [("follow_up", "")]


def test_an_unrelated_promise_holds_back_no_follow_up(make_vault: MakeVault) -> None:
    task = "- [ ] Send [[Milan Novak]] the birthday card for his daughter 📅 2026-12-03\n"
    assert ("follow_up", "") in _due(_vault(make_vault, task))


def test_the_cv_owed_to_the_recruiter_holds_back_any_news(make_vault: MakeVault) -> None:
    task = "- [ ] Send [[Milan Novak]] my updated CV 📅 2026-12-04\n"
    assert _due(_vault(make_vault, task)) == [("promise", "Send [[Milan Novak]]")]


def test_a_friend_under_resources_is_no_recruiter(make_vault: MakeVault) -> None:
    friend = "---\ntype: person\ncompany: '[[Nordlight]]'\nposition: Backend engineer\n---\n"
    interview = "---\ntype: interview\ncompany: '[[Nordlight]]'\ndate: 2026-11-25\n---\n"
    root = make_vault(
        {
            "Companies/Nordlight.md": COMPANY,
            "Resources/People/Pavel Orlov.md": friend + "- 2026-11-20 beers\n",
            "Projects/Job/Nordlight tech.md": interview,
        }
    )
    facts = pipeline.build(root, use_cache=False).facts(TODAY)
    [follow_up] = [i for i in registry.due_report(facts).items if i.kind == "follow_up"]
    assert follow_up.contact is None


def test_a_deadline_in_a_tasks_words_is_its_due_day(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Milan Novak.md": MILAN,
            "Daily/2026-11-29.md": "- [ ] send [[Milan Novak]] the updated CV (до пт 4.12)\n"
            "- [ ] send [[Milan Novak]] my references by Dec 8\n",
        }
    )
    facts = pipeline.build(root, use_cache=False).facts(TODAY)
    due = sorted(
        (item.due_on.isoformat(), item.promise.text[-10:])
        for item in registry.due_report(facts).items
        if item.promise
    )
    assert due == [("2026-12-04", "о пт 4.12)"), ("2026-12-08", "s by Dec 8")]


@pytest.mark.parametrize(
    ("task", "due"),
    [
        ("я → созвон 7.12 12:00", date(2026, 12, 7)),  # a day set with its hour
        ("call at 7.12 at 12:00", date(2026, 12, 7)),
        ("я → написать после 9.12 про оффер", date(2026, 12, 10)),  # the day after it waits for
        ("ДР 14.12!", date(2026, 12, 14)),
        ("сказать что тех 15.12 и поблагодарить", None),  # a day it tells of, not its own
        ("2-3 дашборда + кейс", None),
    ],
)
def test_a_day_a_tasks_words_set(task: str, due: date | None) -> None:
    assert due_of(task, date(2026, 12, 3)) == due
    assert due_of(task) is None  # with no day to read it by, none


def test_a_contact_notes_tasks_are_read_by_its_latest_entry(make_vault: MakeVault) -> None:
    kasia = (
        "---\ntype: contact\n---\n- 30.10 HR screen\n- 03.12 договорились о созвоне\n\n"
        "- [ ] я → ответ по офферу до 11.12\n- [ ] ДР 19.12!\n"
    )
    facts = pipeline.build(make_vault({"People/Kasia.md": kasia}), use_cache=False).facts(TODAY)
    assert [i.due_on for i in registry.due_report(facts).items if i.promise] == [
        date(2026, 12, 11),
        date(2026, 12, 19),  # "ДР 19.12!", with no birthday of hers to be the item
    ]
