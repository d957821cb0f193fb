"""The vault of Marina Sokolova (tests/vaults/sokolova, answer key sokolova.expected.md), a product analyst
in Belgrade who collects every word of feedback: a feedback log with a section per company and
recruiters' Telegram, LinkedIn and e-mail messages pasted in as quotes, scorecards, one-word
verdicts, her own retrospectives and her notes on juniors she interviews. A helper who had never
seen vaultkit wrote it and its key. Each test holds a verdict the first reading got wrong; the
key's quotes still missed are named in MISSED."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build

TODAY = date(2026, 12, 6)
LOG = "Feedback/Фидбек — копилка.md"

MISSED = (
    "Аня переслала, что написал Рома (прям списком): a list led in without a feedback word",
    "Interviews/Korzina scorecard (Google Doc).md: a note of `type: feedback`, its table",
    "Sophie's 'You came across as very clear and well-structured': a message with no word of "
    "feedback in it",
    "'your English is absolutely not a blocker': a denied blocker is not read as praise",
)


@pytest.fixture(scope="module")
def sokolova(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "sokolova")


def test_a_message_pasted_in_the_feedback_logs_company_section_is_read(sokolova: Build) -> None:
    # «Фидбек — копилка», ## Monetka: Аня's Telegram after the screening ("Спасибо за звонок 🙌
    # Фидбек от меня: очень структурно рассказываешь, видно что понимаешь продукт") and after
    # the case ("Фидбек по кейсу: Команда отметила сильную аналитику … Единственное — хотели бы
    # видеть чуть больше структуры в приоритизации гипотез")
    said = {
        (item.text[:25], item.polarity)
        for item in sokolova.facts(TODAY).feedback()
        if item.path.startswith(LOG) and item.company_name == "Monetka"
    }
    assert said == {
        ("Фидбек от меня: очень стр", "strength"),
        ("Фидбек по кейсу: Команда ", "strength"),
        ("Единственное — хотели бы ", "improvement"),
    }


def test_her_own_thoughts_and_her_notes_on_juniors_are_no_feedback(sokolova: Build) -> None:
    paths = {item.path for item in sokolova.facts(TODAY).feedback()}
    assert not any(path.startswith(("Work/", "Personal/")) for path in paths)
