"""Promises the owner wrote in prose, not as tasks: each to the contact it names, due by the
day its words give, until a later line or a ticked task says it was kept; someone else's
promise is none of the owner's."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import MakeVault

from vaultkit.app import pipeline
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)
PEOPLE = {
    "People/Ciara Byrne.md": "---\ncompany: Intercom\n---\n#recruiter\n",
    "Люди/Ксения Павлова.md": "---\nкомпания: Т-Банк\n---\n#рекрутер\n",
}


def _promised(make_vault: MakeVault, files: dict[str, str]) -> list[tuple[str, date, str]]:
    facts = pipeline.build(make_vault({**PEOPLE, **files}), use_cache=False).facts(TODAY)
    return [
        (item.contact.name, item.due_on, item.promise.text)
        for item in registry.due_report(facts).items
        if item.promise is not None and item.contact is not None
    ]


def test_a_promise_told_in_a_days_log_is_owed_by_its_day(make_vault: MakeVault) -> None:
    promised = _promised(
        make_vault,
        {
            "Daily/2026-12-03.md": "- told Ciara I'd send the case study by Wednesday — a 2-pager\n",
            "Daily/2026-12-04.md": "- Созвон. Пообещал Ксении скинуть ссылку на доклад до пн.\n",
        },
    )
    assert {(name, due) for name, due, _ in promised} == {
        ("Ciara Byrne", date(2026, 12, 9)),
        ("Ксения Павлова", date(2026, 12, 7)),
    }


@pytest.mark.parametrize(
    "said",
    [
        "- Ксения обещала прислать фидбек до пятницы",  # hers
        "- Пообещал Ксении ссылку на доклад до пятницы — успел",  # kept at once
    ],
)
def test_someone_elses_promise_or_one_kept_at_once_is_none(
    make_vault: MakeVault, said: str
) -> None:
    assert _promised(make_vault, {"Daily/2026-12-03.md": said}) == []


def test_a_promise_kept_later_is_none(make_vault: MakeVault) -> None:
    files = {
        "Daily/2026-11-10.md": "- В конце пообещал скинуть Ксении ссылку на свой доклад.\n",
        "Люди/Ксения Павлова.md": PEOPLE["Люди/Ксения Павлова.md"]
        + "- 11.11.2026 — скинул ей ссылку на доклад\n",
    }
    assert _promised(make_vault, files) == []
    ticked = {
        "Daily/2026-11-10.md": "- Обещал Ксении ссылку на доклад с GolangConf.\n"
        "- [x] скинуть Ксении ссылку на доклад с GolangConf ✅ 2026-11-11\n",
    }
    assert _promised(make_vault, ticked) == []


def test_a_promise_to_report_back_waits_and_one_a_task_writes_is_once(
    make_vault: MakeVault,
) -> None:
    files = {
        "People/Ciara Byrne.md": PEOPLE["People/Ciara Byrne.md"]
        + "- 2026-11-26 — Promised I'd tell her how the Stripe loop goes.\n"
        + "- 2026-11-30 — asked for my CV. I told her I'd send it tomorrow.\n",
        "Daily/2026-11-30.md": "- [ ] send [[Ciara Byrne]] my CV\n",
    }
    assert [text for _, _, text in _promised(make_vault, files)] == ["send [[Ciara Byrne]] my CV"]
