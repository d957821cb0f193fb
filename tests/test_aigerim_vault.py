"""The thirty-third session's first stranger's vault, kept by a helper who had never seen
vaultkit (answer key: tests/vaults/aigerim.expected.md): Айгерим, a data engineer in Almaty,
who runs her search from one Kanban board (`kanban-plugin: board`, a lane per stage), keeps a
note per person with a log written without years ("- 03.12 …"), and a scratch note of dated
lines and the week's tasks. Each test holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def aigerim(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "aigerim")


def _due(aigerim: Build, name: str) -> list[tuple[str, date]]:
    items = registry.due_report(aigerim.facts(TODAY)).items
    return [(i.kind, i.due_on) for i in items if i.contact and i.contact.name == name]


def test_her_reply_in_a_chat_line_of_a_yearless_log_is_a_promise(aigerim: Build) -> None:
    # Дана's note: "- 03.12 прислала свое CV, попросила глянуть. я: ок посмотрю на выходных"
    assert _due(aigerim, "Дана Касымова") == [("promise", date(2026, 12, 6))]


def test_a_recruiter_she_gave_up_on_is_not_chased(aigerim: Build) -> None:
    # Sophie's note ends "гост. всё." after two pings unanswered
    assert _due(aigerim, "Sophie Clarke") == []


def test_one_task_copied_into_the_scratch_note_is_one_promise(aigerim: Build) -> None:
    # "- [ ] скан диплома + github до 9.12" in Асель's note and "- [ ] Асель — скан диплома +
    # github до 9.12" in the week's tasks
    promised = [kind for kind, _ in _due(aigerim, "Асель Нурланова") if kind == "promise"]
    assert promised == ["promise"]


def test_a_call_note_titled_by_its_round_is_a_round_of_that_company(aigerim: Build) -> None:
    # "Созвоны/2026-10-22 Revolut скрининг.md" (`с кем`, `тип`): Revolut has no note, but her
    # board links it; "Созвоны/2026-11-24 Kaspi созвон.md" is no round
    interviews = {i.title: i for i in aigerim.facts(TODAY).interviews()}
    assert interviews["2026-10-22 Revolut скрининг"].company_name == "Revolut"
    assert "2026-11-24 Kaspi созвон" not in interviews
    said = {i.text: i for i in aigerim.facts(TODAY).feedback()}
    kolesa = said["Данияр в конце сказал что по SQL всё ок, видно что руками много писала"]
    assert kolesa.company_name == "Kolesa" and kolesa.polarity == "strength"


def test_a_board_card_of_a_company_with_no_note_decides_its_rounds(aigerim: Build) -> None:
    # "## Отказ" holds "[[Revolut]] — Data Engineer, London. скрининг 22.10, дальше гост" and
    # "[[Delivery Hero]] — … сама отказалась 20.11": no "any news?" to either
    items = registry.due_report(aigerim.facts(TODAY)).items
    assert not [i for i in items if i.kind == "follow_up"]
