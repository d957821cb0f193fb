"""A promise read with what stands around it: one that names no one is to the contact of the
talk just before it, a task of a weekly note is made on the day it stands under and takes the
day a promise told beside it gives, and a task that waits for something undated is not owed
from the day it was written."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import MakeVault

from vaultkit.app import pipeline
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)
PEOPLE = {
    "Люди/João Ferreira.md": "---\naliases: [Жоау]\ncompany: OutSystems\n---\n",
    "Люди/Дмитрий Орлов.md": "---\naliases: [Дима]\n---\n",
    "People/Ciara Byrne.md": "---\ncompany: Intercom\n---\n#recruiter\n",
}


def _promised(make_vault: MakeVault, files: dict[str, str]) -> list[tuple[str, date]]:
    facts = pipeline.build(make_vault({**PEOPLE, **files}), use_cache=False).facts(TODAY)
    return sorted(
        (item.contact.name, item.due_on)
        for item in registry.due_report(facts).items
        if item.promise is not None and item.contact is not None
    )


INTRO = "OutSystems, intro call с João Ferreira, 45 минут. Очень приятный.\n\n"


@pytest.mark.parametrize(
    ("path", "text"),
    [
        (
            "Недели/2026-W49.md",
            "# W49\n\n## Пт 4.12\n" + INTRO + "Пообещала скинуть портфолио до среды.\n",
        ),
        (
            "Daily/2026-12-04.md",
            "- call with [[João Ferreira]]. I promised to send my deck by Wednesday\n",
        ),
    ],
)
def test_a_promise_that_names_no_one_is_to_the_contact_of_the_talk_before_it(
    make_vault: MakeVault, path: str, text: str
) -> None:
    assert _promised(make_vault, {path: text}) == [("João Ferreira", date(2026, 12, 9))]


@pytest.mark.parametrize(
    "after",
    [
        "Пообещала маме позвонить до среды.\n",  # to someone named, who is no contact
        "Пообещала скинуть портфолио до среды.\n",  # the talk before names two
    ],
)
def test_a_promise_is_not_given_to_a_contact_it_may_not_be_to(
    make_vault: MakeVault, after: str
) -> None:
    before = INTRO if "маме" in after else "Созвон с João Ferreira и Ciara Byrne.\n\n"
    week = "# W49\n\n## Пт 4.12\n" + before + after
    assert _promised(make_vault, {"Недели/2026-W49.md": week}) == []


def test_a_weekly_notes_task_takes_the_day_a_promise_beside_it_gives(
    make_vault: MakeVault,
) -> None:
    week = (
        "# W49\n\n## Пт 4.12\n" + INTRO + "Пообещала скинуть портфолио до среды.\n"
        "- [ ] портфолио для Жоау — добавить процесс и отправить\n"
    )
    assert _promised(make_vault, {"Недели/2026-W49.md": week}) == [
        ("João Ferreira", date(2026, 12, 9))
    ]


def test_a_weekly_notes_task_is_made_on_the_day_it_stands_under(make_vault: MakeVault) -> None:
    week = "# W49\n\n## Чт 3.12\n- [ ] скинуть Жоау портфолио до пятницы\n"
    assert _promised(make_vault, {"Недели/2026-W49.md": week}) == [
        ("João Ferreira", date(2026, 12, 4))
    ]


def test_a_task_waiting_for_something_undated_is_not_overdue(make_vault: MakeVault) -> None:
    week = (
        "# W49\n\n## Ср 2.12\n- [ ] после скрина в Wolt написать Диме, как прошло\n"
        "- [ ] скинуть Жоау портфолио\n"
    )
    assert _promised(make_vault, {"Недели/2026-W49.md": week}) == [
        ("João Ferreira", date(2026, 12, 2)),
        ("Дмитрий Орлов", TODAY),
    ]
