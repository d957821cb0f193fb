"""A second attacker's cases against the fourteenth session's newest rules (promises told in
prose, deadlines by a day of the week, tasks made on silence, things given back, LinkedIn
notifications, moves told in another's note, names filed surname first, archive folders), each
held to what a careful reader says."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import MakeVault

from vaultkit.app import pipeline
from vaultkit.notes import registry
from vaultkit.rules.facts import Facts

TODAY = date(2026, 12, 6)
PEOPLE = {
    "People/Tom Baker.md": "---\ncompany: Acme\n---\n#recruiter\n",
    "People/Ciara Byrne.md": "---\ncompany: Intercom\n---\n#recruiter\n",
    "Люди/Ксения Павлова.md": "---\nкомпания: Т-Банк\n---\n#рекрутер\n",
    "Люди/Дима Соколов.md": "---\ntype: friend\naliases: [Дима, Диме]\n---\n",
}


def _facts(make_vault: MakeVault, files: dict[str, str]) -> Facts:
    return pipeline.build(make_vault({**PEOPLE, **files}), use_cache=False).facts(TODAY)


def _owed(facts: Facts) -> list[tuple[str, date | None]]:
    return sorted(
        (item.contact.name, item.due_on)
        for item in registry.due_report(facts).items
        if item.promise is not None and item.contact is not None
    )


@pytest.mark.parametrize(
    "line",
    [
        'Tom: "promised Ciara I\'d send your CV by Friday"',
        "Hiring manager promised Ciara a decision by Friday",
        "The recruiter told Ciara I'd be a great fit",
        "Ничего не обещал Ксении",
        "I never promised Ciara a reference",
        "Обещал Ксении не писать до января",
        "Обещал Ксении, что не буду торопить",
        "Said I'd keep Tom posted",
    ],
)
def test_a_promise_that_is_not_the_owners_to_keep_is_none(make_vault: MakeVault, line: str) -> None:
    assert _owed(_facts(make_vault, {"Daily/2026-12-03.md": f"- {line}\n"})) == []


def test_a_promise_to_two_people_is_owed_to_both(make_vault: MakeVault) -> None:
    facts = _facts(
        make_vault,
        {"Daily/2026-12-03.md": "- Promised Tom and Ciara I'd send the deck by Friday\n"},
    )
    assert _owed(facts) == [("Ciara Byrne", date(2026, 12, 4)), ("Tom Baker", date(2026, 12, 4))]


@pytest.mark.parametrize(
    ("later", "kept"),
    [
        ("- sent Tom the deck", True),
        ("- Tom sent me his portfolio link", False),  # his act, not the promise kept
    ],
)
def test_a_promise_is_kept_by_the_owners_sending_only(
    make_vault: MakeVault, later: str, kept: bool
) -> None:
    facts = _facts(
        make_vault,
        {
            "Daily/2026-12-01.md": "- Promised Tom I'd send it by Wednesday\n",
            "Daily/2026-12-02.md": later + "\n",
        },
    )
    assert (_owed(facts) == []) is kept


def test_a_womans_diary_reads_a_masculine_promise_as_his(make_vault: MakeVault) -> None:
    facts = _facts(
        make_vault,
        {
            "Daily/2026-11-20.md": "- сдала тестовое в Ozon\n- получила отказ от Авито\n",
            "Daily/2026-11-21.md": "- написала резюме заново\n- сходила на собес\n",
            "Daily/2026-11-22.md": "- отправила отклик в Яндекс\n",
            "Daily/2026-12-01.md": "- Созвон с Димой. Обещал скинуть Ксении вакансию до пятницы\n",
        },
    )
    assert _owed(facts) == []


def test_a_weekday_deadline_of_a_task_written_on_no_known_day_does_not_slide(
    make_vault: MakeVault,
) -> None:
    files = {
        "People/Tom Baker.md": PEOPLE["People/Tom Baker.md"] + "- 2026-10-01 call\n"
        "- [ ] send Tom the portfolio by Friday\n",
        "Daily/2026-12-03.md": "- [ ] send [[Ciara Byrne]] the deck by next Friday\n",
    }
    assert _owed(_facts(make_vault, files)) == [
        ("Ciara Byrne", date(2026, 12, 11)),  # the week after
        ("Tom Baker", TODAY),  # read near today, a Friday would slide a week each week
    ]


@pytest.mark.parametrize(
    "task",
    [
        "If Tom doesn't reply, withdraw the Stripe application",
        "if Tom doesn't reply, ping Rachel",
        "если Ксения молчит — больше ей не пишу",
        "если Ксения не ответит до среды — считать отказом",
        "return Tom's feedback form to HR",
    ],
)
def test_a_task_about_someone_that_owes_them_nothing_is_no_promise(
    make_vault: MakeVault, task: str
) -> None:
    assert _owed(_facts(make_vault, {"Daily/2026-12-03.md": f"- [ ] {task}\n"})) == []


@pytest.mark.parametrize(
    "line",
    [
        "- 2026-11-20 — coffee with Tom, he helped with my LinkedIn update",
        "- 2026-11-20 — Zoom call: LinkedIn says nothing about the role, Tom explained it",
    ],
)
def test_a_talk_about_linkedin_is_a_talk(make_vault: MakeVault, line: str) -> None:
    files = {"People/Tom Baker.md": PEOPLE["People/Tom Baker.md"] + line + "\n"}
    tom = next(c for c in _facts(make_vault, files).contacts() if c.name == "Tom Baker")
    assert tom.last_interaction is not None and tom.last_interaction.on == date(2026, 11, 20)


def test_a_birthday_line_alone_is_no_talk(make_vault: MakeVault) -> None:
    files = {"Люди/Дима Соколов.md": PEOPLE["Люди/Дима Соколов.md"] + "- 14.02 — ДР, звонить\n"}
    dima = next(c for c in _facts(make_vault, files).contacts() if c.name == "Дима Соколов")
    assert dima.last_interaction is None


def test_a_move_told_in_anothers_note_of_someone_linked_before_it(make_vault: MakeVault) -> None:
    files = {
        "People/Ciara Byrne.md": PEOPLE["People/Ciara Byrne.md"]
        + "- 2026-11-20 — lunch with [[Tom Baker]]; he's just joined Monzo\n",
    }
    moved = {c.name for c in _facts(make_vault, files).contacts() if c.role_change}
    assert moved == {"Tom Baker"}


@pytest.mark.parametrize("title", ["Аня, Яндекс", "Tom, Stripe recruiter", "Priya Nair, PhD"])
def test_a_comma_in_a_title_is_no_name_turned_unless_an_alias_says_so(
    make_vault: MakeVault, title: str
) -> None:
    facts = _facts(make_vault, {f"People/{title}.md": "#recruiter\n- 2026-11-01 call\n"})
    assert title in {c.name for c in facts.contacts()}


def test_an_archived_notes_task_still_ahead_is_owed(make_vault: MakeVault) -> None:
    facts = _facts(
        make_vault,
        {
            "Daily/Archive/2026-12-01.md": "- [ ] send [[Tom Baker]] the deck 📅 2026-12-08\n",
            "Archive/Job Hunt 2023.md": "- 2023-03-10 — Promised Ciara I'd send the portfolio.\n"
            "- [ ] thank [[Ciara Byrne]] 📅 2023-03-20\n",
        },
    )
    assert _owed(facts) == [("Tom Baker", date(2026, 12, 8))]
