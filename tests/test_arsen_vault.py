"""The vault of Арсен (tests/vaults/arsen, answer key arsen.expected.md), a QA lead in Yerevan
who keeps every note in one flat folder sorted by nested tags (#люди/рекрутер, #компания),
calls people by their Telegram handles, logs his days in one "Inbox.md" newest first ("**03.12**
— …", no year) and names interview notes "2026-11-26 Payvera — финал" with his own Russian
properties (`компания: Payvera`, `с кем:`). A helper who had never seen vaultkit wrote it and
its key. Each test holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def arsen(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "arsen")


def _due(arsen: Build) -> list[tuple[str, str, date]]:
    items = registry.due_report(arsen.facts(TODAY)).items
    return sorted(
        (i.kind, i.contact.name if i.contact else i.interview.path if i.interview else "", i.due_on)
        for i in items
    )


def test_a_company_named_in_plain_text_is_the_interviews_company(arsen: Build) -> None:
    # `компания: Payvera` beside the note "Payvera.md", which logs the offer of 3 Dec; the
    # Streamdock rounds are answered by the rejection its note logs ("**20.11 — отказ**")
    found = {i.path: i for i in arsen.facts(TODAY).interviews()}
    assert found["2026-11-26 Payvera — финал.md"].company == "Payvera.md"
    assert found["2026-11-12 Streamdock — кейс.md"].company_result == "rejected"
    chased = {name for kind, name, _ in _due(arsen) if kind == "follow_up"}
    assert not chased  # no "any news?" to a company that made an offer, said no or froze


def test_a_take_home_in_progress_is_the_next_move(arsen: Build) -> None:
    # "Получил 01.12 от Анны. Срок — неделя, **до 08.12 (вт)**" with its work still open: the
    # Fintory tech round of 17.11 is not chased; the take-home is prepared for
    due = _due(arsen)
    assert ("follow_up", "2026-11-17 Fintory — тех.md", date(2026, 11, 20)) not in due
    assert ("prepare", "Тестовое Fintory.md", date(2026, 12, 5)) in due
    assert ("promise", "Анна Петросян", date(2026, 12, 8)) in due


def test_a_task_copied_into_the_inbox_is_listed_once(arsen: Build) -> None:
    # "рекомендация в LinkedIn [due:: 2026-10-20]" in Аня's note and "рекомендация Ане в
    # LinkedIn [due:: 2026-10-20]" in the Inbox; Ашот's message the same. (Ольга's "скинуть
    # ещё 1-2 контакта" and "Ольге — ещё 1-2 контакта" open with other words: both stay.)
    due = _due(arsen)
    assert due.count(("promise", "Анна Григорян", date(2026, 10, 20))) == 1
    assert due.count(("promise", "Ашот Аветисян", date(2026, 12, 7))) == 1
