"""A task kept in one contact's note that is to another contact: whose promise it is, and that
it is listed once beside the same promise in the other's note."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import MakeVault

from vaultkit.app import pipeline
from vaultkit.domain.promise_words import due_of
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)
CONTACT = "---\ntype: contact\n---\n"


def _promised(files: dict[str, str], make_vault: MakeVault) -> dict[str, list[str]]:
    built = pipeline.build(make_vault(files), use_cache=False)
    found: dict[str, list[str]] = {}
    for item in registry.due_report(built.facts(TODAY)).items:
        if item.promise is not None and item.contact is not None:
            found.setdefault(item.contact.name, []).append(item.promise.text)
    return found


def test_a_task_for_another_contact_is_theirs_and_said_once(make_vault: MakeVault) -> None:
    promised = _promised(
        {
            "People/Ewa Nowak.md": CONTACT + "## Tasks\n- [ ] я → портфолио для Piotr\n",
            "People/Piotr Zieliński.md": CONTACT + "- [ ] прислать портфолио с дашбордами\n",
            "People/Anna Berg.md": CONTACT + "- [ ] send the deck for Tom Hale\n",
            "People/Tom Hale.md": CONTACT,
        },
        make_vault,
    )
    assert promised == {
        "Piotr Zieliński": ["прислать портфолио с дашбордами"],
        "Tom Hale": ["send the deck for Tom Hale"],
    }


def test_a_task_to_the_notes_own_contact_stays_theirs(make_vault: MakeVault) -> None:
    promised = _promised(
        {
            "People/Ewa Nowak.md": CONTACT + "- [ ] ask Ewa to pass the portfolio for Piotr\n",
            "People/Piotr Zieliński.md": CONTACT,
        },
        make_vault,
    )
    assert promised == {"Ewa Nowak": ["ask Ewa to pass the portfolio for Piotr"]}


@pytest.mark.parametrize(
    ("words", "due"),
    [
        ("ответить Ольге по офферу до среды", date(2026, 12, 9)),  # written Thursday 3 Dec
        ("send the case study by Wednesday", date(2026, 12, 9)),
        ("скинуть до пятницы", date(2026, 12, 4)),
        ("до пн", date(2026, 12, 7)),
    ],
)
def test_a_deadline_by_a_day_of_the_week_is_the_next_such_day(words: str, due: date) -> None:
    assert due_of(words, date(2026, 12, 3)) == due
