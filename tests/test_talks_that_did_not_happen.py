"""Talks that did not happen and tasks given up: a call struck through, called off or put off
is no contact, a cancelled task (`- [-] …`, Logseq's `CANCELED`) is neither owed nor done, and
a Logseq page linked by its namespace (`[[people/Марат]]`) is the page `people%2FМарат.md`."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import MakeVault

from vaultkit.app import pipeline
from vaultkit.domain.interactions import called_off
from vaultkit.parse.note_parser import loads

TODAY = date(2026, 12, 6)
TIMUR = "---\ntype: recruiter\ncompany: Kaspi\n---\n# Тимур\n"
TOM = "---\ntype: recruiter\ncompany: Acme\n---\n# Tom\n"


def _contacts(make_vault: MakeVault, files: dict[str, str]) -> dict[str, object]:
    built = pipeline.build(make_vault(files), use_cache=False)
    return {contact.name: contact for contact in built.facts(TODAY).contacts()}


@pytest.mark.parametrize(
    ("line", "off"),
    [
        ("~~созвон с [[Тимур]]~~", True),
        ("call with [[Tom]] cancelled, they'll reschedule", True),
        ("созвон с [[Тимур]] перенесли на пятницу", True),
        ("[[Tom]] was a no-show", True),
        ("[[Tom]] wrote that the call is cancelled", False),
        ("Тимур написал, что созвон переносится", False),
        ("созвон с [[Тимур]] про оффер", False),
        ("~~draft~~ call with [[Tom]]", False),
    ],
)
def test_a_line_tells_whether_the_talk_happened(line: str, off: bool) -> None:
    assert called_off(line) is off


def test_a_talk_called_off_in_a_daily_note_moves_no_last_contact(make_vault: MakeVault) -> None:
    contacts = _contacts(
        make_vault,
        {
            "People/Тимур.md": TIMUR,
            "People/Tom.md": TOM,
            "Daily/2026-09-01.md": "- созвон с [[Тимур]]\n- call with [[Tom]]\n",
            "Daily/2026-11-20.md": "- ~~созвон с [[Тимур]]~~\n- call with [[Tom]] cancelled\n",
            "Daily/2026-11-22.md": "- [[Tom]] wrote: the call is off till January\n",
        },
    )
    assert contacts["Тимур"].last_interaction.on == date(2026, 9, 1)  # type: ignore[attr-defined]
    assert contacts["Tom"].last_interaction.on == date(2026, 11, 22)  # type: ignore[attr-defined]


def test_a_cancelled_task_is_neither_owed_nor_done() -> None:
    note = loads(
        "- [-] call with [[Tom]]\n- [ ] send [[Tom]] my CV\n- [x] thank [[Tom]] ✅ 2026-11-02\n",
        "Daily/2026-11-01.md",
    )
    assert [(task.open, task.done, task.cancelled) for task in note.tasks] == [
        (False, False, True),
        (True, False, False),
        (False, True, False),
    ]
    logseq = loads("- CANCELED созвон с [[Тимур]]\n- DONE отправил CV\n", "journals/2026_11_20.md")
    assert [(task.open, task.done) for task in logseq.tasks] == [(False, False), (False, True)]


def test_a_cancelled_task_is_no_promise_and_no_talk(make_vault: MakeVault) -> None:
    contacts = _contacts(
        make_vault,
        {
            ".obsidian/daily-notes.json": '{"folder": "journals", "format": "YYYY_MM_DD"}',
            "People/Tom.md": TOM + "- 2026-09-01 call\n",
            "People/Тимур.md": TIMUR + "- 2026-09-01 созвон\n",
            "journals/2026_11_20.md": "- [-] call with [[Tom]]\n- CANCELED созвон с [[Тимур]]\n",
        },
    )
    for name in ("Tom", "Тимур"):
        contact = contacts[name]
        assert contact.promises == ()  # type: ignore[attr-defined]
        assert contact.last_interaction.on == date(2026, 9, 1)  # type: ignore[attr-defined]


def test_a_logseq_page_is_reached_by_its_namespace(make_vault: MakeVault) -> None:
    contacts = _contacts(
        make_vault,
        {
            "pages/people%2FМарат.md": "type:: mentor\n\n- Ментор, бывший тимлид\n",
            "pages/companies___Kaspi.md": "type:: company\n",
            "journals/2026_11_20.md": "- DONE созвон с [[people/Марат]] про [[companies/Kaspi]]\n",
        },
    )
    assert contacts["Марат"].last_interaction.on == date(2026, 11, 20)  # type: ignore[attr-defined]
