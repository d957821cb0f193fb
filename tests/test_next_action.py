"""The next step a contact's properties plan, as a CRM keeps it (`next_action`,
`next_action_date`): a step to take is listed as a promise on its day, once beside the task
that says it again; a step that is none holds the check-ins until its day."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import MakeVault

from vaultkit.app import pipeline
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)


def _person(step: str, day: str = "", body: str = "") -> str:
    return (
        "---\ntype: person\nrelationship: hiring manager\nlast_contacted: 2026-11-27\n"
        f"next_action: {step}\nnext_action_date: {day}\n---\n{body}"
    )


def _items(make_vault: MakeVault, files: dict[str, str]) -> list[tuple[str, str, str]]:
    facts = pipeline.build(make_vault(files), use_cache=False).facts(TODAY)
    return [
        (i.kind, i.due_on.isoformat(), i.promise.text if i.promise else "")
        for i in registry.due_report(facts).items
        if i.contact is not None and i.contact.name == "Marcus Lee"
    ]


def test_a_planned_step_is_due_on_its_day(make_vault: MakeVault) -> None:
    note = _person("send code sample!! (promised by Fri 4th)", "2026-12-04")
    assert _items(make_vault, {"CRM/People/Marcus Lee.md": note}) == [
        ("promise", "2026-12-04", "send code sample!! (promised by Fri 4th)")
    ]


@pytest.mark.parametrize(
    "step",
    [
        "nothing - she said end of next week",
        "leave him be till January",
        "chase again?: no",
        "maybe ask him about the mentoring?",
        "''",
    ],
)
def test_a_step_that_is_none_or_a_thought_is_no_task(make_vault: MakeVault, step: str) -> None:
    note = _person(step, "2027-01-04")
    assert not [
        kind
        for kind, *_ in _items(make_vault, {"CRM/People/Marcus Lee.md": note})
        if kind == "promise"
    ]


def test_a_step_said_again_as_a_task_is_listed_once(make_vault: MakeVault) -> None:
    note = _person("send thank-you email", "2026-12-04")
    interview = (
        "---\ntype: interview\ndate: 2026-12-03\n---\n- [ ] thank-you email to [[Marcus Lee]]\n"
    )
    items = _items(make_vault, {"CRM/People/Marcus Lee.md": note, "CRM/Interviews/I.md": interview})
    assert [text for kind, _, text in items if kind == "promise"] == [
        "thank-you email to [[Marcus Lee]]"
    ]


def test_leave_him_be_holds_the_check_ins(make_vault: MakeVault) -> None:
    old = "---\ntype: person\ntier: key\nlast_contacted: 2026-06-01\n"
    held = old + "next_action: leave him be till January\nnext_action_date: 2027-01-04\n---\n"
    assert _items(make_vault, {"CRM/People/Marcus Lee.md": old + "---\n"})  # a check-in
    assert not _items(make_vault, {"CRM/People/Marcus Lee.md": held})
