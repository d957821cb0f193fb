"""The seventh stranger's vault (tests/vaults/oleg): a backend developer's search from Tbilisi,
in Russian with English e-mails pasted in, kept by a helper who had never seen vaultkit (its
answer key: tests/vaults/oleg.expected.md): one note holds the whole search, a section a
company, people in `Люди/` with property names of his own (`др: 12.12`, a number to YAML).
The first reading found no process at all in it. Each test holds a verdict it got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault, due_kinds_and_names

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "oleg")


def test_each_company_of_his_one_note_is_a_process(built: Build) -> None:
    read = {i.title: i.result for i in built.facts(TODAY).interviews()}
    assert read == {
        "Exness": "rejected",
        "Bolt": "rejected",
        "Miro": "withdrawn",  # "27.11 offer declined by me", "итог: отказался сам"
        "TBC Bank": "on_hold",  # "заморозили до весны"
        "Wildberries": None,
        "Playrix": "pending",
        "Semrush": None,  # "итог: в процессе, следующий этап 10 декабря": no stage to thank for
        "inDrive": None,
        "Wolt": "pending",
    }


def test_whom_to_write_to(built: Build) -> None:
    due = due_kinds_and_names(built, TODAY)
    assert ("follow_up", "Playrix") in due  # the take-home sent on 18.11, silence since
    assert ("special_date", "Артём Белов") in due  # `др: 12.12`
    assert ("promise", "Нина Соколова") in due  # the CV he promised by Friday
    # nothing to the processes decided or frozen, no "any news?" to Нина (he owes her the CV)
    # nor to Алина (she sent slots for the next round), no thanks for a stage not yet held
    names = {name for _, name in due}
    assert not names & {"Exness", "Bolt", "Miro", "TBC Bank", "Sarah Klein", "Тамара"}
    assert [kind for kind, name in due if name == "Нина Соколова"] == ["promise"]
    assert not [kind for kind, name in due if name == "Марина Ковалёва"]
    # her own note: "01.12 прислала слоты на system design, ждёт подтверждения до 7.12." is
    # hers, not his (a man's notes: his verbs are masculine), and wants his answer
    assert [kind for kind, name in due if name == "Алина Гусейнова"] == ["reply"]


def test_the_rounds_he_dated_are_prepared_for(built: Build) -> None:
    assert ("prepare", "Марина Ковалёва") in due_kinds_and_names(built, date(2026, 12, 8))
    assert ("prepare", "Wolt") in due_kinds_and_names(built, date(2026, 12, 13))


def test_the_feedback_told_in_each_companys_section(built: Build) -> None:
    items = built.facts(TODAY).feedback()
    read = [(item.company_name, item.text, item.polarity) for item in items]
    expected = {
        ("Wildberries", "сильный в SQL и Postgres, хо", "strength"),  # "Нина передала фидбек: …"
        ("Wildberries", "слабовато по Kubernetes и де", "improvement"),
        ("inDrive", "код чистый", "strength"),  # 'Алина передала: "код чистый, но медленно…"'
        ("inDrive", "медленно, вторую задачу не д", "improvement"),
        ("Miro", "очень понравилось как рассужд", "strength"),  # 'Денис после: "…"'
        ("Miro", "фидбек от команды позитивный", "strength"),  # "Лаура сказала фидбек …"
        ("TBC Bank", "технически всё хорошо", "strength"),  # "Ираклий сказал что …"
        ("Wolt", "great communication, very cl", "strength"),  # 'Emma: "…"'
        ("Wolt", "a bit above the band for thi", "improvement"),  # '…, но мои ожидания "…"'
        ("Bolt", "However, in the system design", "improvement"),  # the pasted e-mail
    }
    for company, opening, polarity in expected:
        assert [
            text
            for c, text, p in read
            if (c, p) == (company, polarity) and text.startswith(opening)
        ], (company, opening)
    assert not [item for item in items if item.text.startswith("Best")]  # "Best, Sarah"
    assert {item.company_name for item in items} == {
        "Exness",
        "Bolt",
        "Miro",
        "TBC Bank",
        "Wildberries",
        "Semrush",
        "inDrive",
        "Wolt",
    }  # Playrix has said nothing yet


def test_the_cv_promised_by_friday_is_due_that_friday(built: Build) -> None:
    items = registry.due_report(built.facts(TODAY)).items
    [cv] = [i for i in items if i.kind == "promise" and i.contact and "Нин" in i.contact.name]
    assert cv.due_on == date(2026, 12, 4)  # "скинуть Нине обновлённое резюме (до пт 4.12)"
