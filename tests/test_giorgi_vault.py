"""The thirty-third session's third stranger's vault, kept by a helper who had never seen
vaultkit (answer key: tests/vaults/giorgi.expected.md): Гиорги, a Go developer in Tbilisi, who
keeps weekly notes ("Недели/2026-W49.md", a heading per day), people's notes with a "## история"
of lines without years tagged as he goes ("- 3.11 — скрин 30 мин #собес"), and a few company
notes. Each test holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def giorgi(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "giorgi")


def _due(giorgi: Build) -> list[tuple[str, str]]:
    items = registry.due_report(giorgi.facts(TODAY)).items
    return [(i.kind, i.contact.name if i.contact else "") for i in items]


def test_a_persons_log_tagged_by_the_line_is_still_a_persons_note(giorgi: Build) -> None:
    # контакты/Anna Keller.md: "- 3.11 — скрин 30 мин #собес", "- 3.12 — звонок, оффер … #оффер"
    kinds = giorgi.graph.kinds
    assert kinds["контакты/Anna Keller.md"] == "contact"
    assert kinds["контакты/Mark Jensen.md"] == "contact"
    assert ("promise", "Anna Keller") in _due(giorgi)  # "- [ ] ответ по офферу до 9.12"


def test_his_week_notes_tell_he_writes_of_himself_as_a_man(giorgi: Build) -> None:
    # Нина's note: "3.12 — закинула в ATS #рефералка. просит 3-4 предложения о себе на англ для
    # HM, обещал до вт 8.12": his promise, to her
    assert ("promise", "Нина Ахмедова") in _due(giorgi)
    assert ("reply", "Нина Ахмедова") not in _due(giorgi)  # the promise is the answer


def test_a_rejection_letter_with_reasons_thanked_is_done(giorgi: Build) -> None:
    # компании/Квадро.md "## письмо 25.11" with reasons; Марина's log "25.11 — отказ письмом,
    # ответил спс": neither a feedback request nor a thank-you is owed
    assert not [kind for kind, name in _due(giorgi) if name == "Марина Соколова"]


def test_a_take_homes_reviewer_comments_are_feedback_by_their_side(giorgi: Build) -> None:
    # "ТЗ Lumen Labs.md": "## комменты ревьюера (ксюша переслала 2.12)" over "> **плюсы**" and
    # "> **минусы**" lists; the bold labels lead in, they are no remarks themselves
    said = {
        i.text: i.polarity for i in giorgi.facts(TODAY).feedback() if i.company_name == "Lumen Labs"
    }
    assert said["тесты есть, табличные, читаются легко"] == "strength"
    assert said["README слишком краткий, непонятно как запустить без docker"] == "improvement"
    assert not [text for text in said if "**" in text]


def test_a_remark_is_not_cut_at_a_comma_in_brackets(giorgi: Build) -> None:
    # Квадро's letter: "Однако не хватило глубины в распределённых системах (Kafka, гарантии
    # доставки) и опыта проектирования под высокие нагрузки."
    texts = [i.text for i in giorgi.facts(TODAY).feedback() if i.company_name == "Квадро"]
    assert any(text.startswith("Однако") and "доставки)" in text for text in texts)
