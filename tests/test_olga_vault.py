"""The thirty-second session's fifth stranger's vault, kept by a helper who had never seen
vaultkit (answer key: tests/vaults/olga.expected.md): Ольга, a QA lead in Tbilisi, who keeps a
note per round with Dataview fields in Russian (`компания::`, `этап::`, `итог::`), a note per
person with a dated log, and an inbox of tasks. Each test holds a verdict the first reading got
wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def olga(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "olga")


def _interview(olga: Build, title: str) -> str | None:
    [found] = [i for i in olga.facts(TODAY).interviews() if i.title.endswith(title)]
    return found.result


def test_the_day_the_outcome_field_promises_the_answer_by_is_waited_for(olga: Build) -> None:
    # "итог:: жду (Ани обещала фидбек до 11.12)"; her log: "ответила: фидбек будет до конца
    # след недели (до пт 11.12)": no "any news?" before that Friday is out
    due = registry.due_report(olga.facts(TODAY)).items
    [chase] = [i for i in due if i.kind == "follow_up" and i.contact and "Ани" in i.contact.name]
    assert chase.due_on > date(2026, 12, 11)


def test_a_promise_to_write_to_her_is_the_check_in(olga: Build) -> None:
    # "- [ ] Кате из Miro еще раз пнуть, последний раз": one item, not a check-in besides
    due = registry.due_report(olga.facts(TODAY)).items
    kinds = [i.kind for i in due if i.contact and i.contact.name == "Катя Смирнова"]
    assert kinds == ["promise"]


def test_outcome_fields_in_her_words_are_read(olga: Build) -> None:
    assert _interview(olga, "Glovo техскрин") == "on_hold"  # "итог:: на холде до января"
    assert _interview(olga, "TBC интервью с Гиорги") == "passed"  # "итог:: дальше → финал"


def test_a_result_that_says_not_yet_is_no_warning(olga: Build) -> None:
    # "итог:: подано" of an application, "итог:: назначено" of the final ahead
    assert not [p for p in olga.facts(TODAY).problems() if "итог" in p.message]
    assert not [p for p in olga.facts(TODAY).problems() if "says no outcome" in p.message]
    due = registry.due_report(olga.facts(TODAY)).items
    assert not [i for i in due if i.contact and i.contact.name == "Дмитрий Орлов"]
