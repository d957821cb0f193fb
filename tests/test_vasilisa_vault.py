"""The twenty-ninth session's first stranger's vault, kept by a helper who had never seen
vaultkit (answer key: tests/vaults/vasilisa.expected.md): Василиса, a QA engineer in Moscow,
with property names of her own (`компания`, `итог`, `с кем`), daily notes stamped with the hour
("- 15:20 — написала Максиму"), and feedback told in running sentences. Each test holds a
verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.domain.owner_voice import owner_gender

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def vasilisa(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "vasilisa")


def test_her_voice_is_told_from_a_log_stamped_with_the_hour(vasilisa: Build) -> None:
    # "- 11:00 — сдала ноутбук и пропуск", "- 15:20 — написала [[Максим Ляхов|Максиму]]: …"
    assert owner_gender(vasilisa.graph) == "f"


def test_a_word_told_after_a_colon_on_a_skill_is_the_rounds_feedback(vasilisa: Build) -> None:
    # "Кирилл в конце прямо сказал: по UI и pytest вопросов нет, по CI/CD хотелось бы больше
    # опыта" in a note with no feedback heading
    items = [
        item
        for item in vasilisa.facts(TODAY).feedback()
        if item.path.endswith("2026-11-10 Купер тех.md")
    ]
    assert items and all(item.company_name == "Купер" for item in items)
    assert any("CI/CD" in item.text and item.polarity == "improvement" for item in items)


def test_a_quote_on_her_skill_without_a_you_is_feedback(vasilisa: Build) -> None:
    # 'Ольга в конце: "по софтам всё отлично, передаю в команду, …"' (the screen's note)
    items = [
        item
        for item in vasilisa.facts(TODAY).feedback()
        if item.path.endswith("2026-10-27 Т-Банк скрин.md")
    ]
    assert [item.polarity for item in items if item.text.startswith("по софтам")] == ["strength"]


def test_a_letter_quoted_under_its_heading_gives_its_praise_and_its_reason(
    vasilisa: Build,
) -> None:
    # "## Письмо 10.11" with "> Команда отметила хорошие знания pytest и SQL…" and "> К
    # сожалению, по направлению API-тестирования … ожидания команды оказались выше, поэтому
    # сейчас мы не готовы сделать вам предложение."
    read = {
        item.text[:40]: item.polarity
        for item in vasilisa.facts(TODAY).feedback()
        if item.path.endswith("2026-11-03 Авито техсобес.md")
    }
    assert read == {
        "Команда отметила хорошие знания pytest и": "strength",
        "К сожалению, по направлению API-тестиров": "improvement",
    }


def test_a_long_dated_line_above_the_headings_is_read_for_feedback(vasilisa: Build) -> None:
    # Собесы/2026-12-03 Т-Банк финал.md, line 13, in a note with no heading: "04.12 Ольга по
    # телефону: фидбек от команды в целом положительный — понравилась мотивация и …. Ждут …"
    items = [
        item
        for item in vasilisa.facts(TODAY).feedback()
        if item.path == "Собесы/2026-12-03 Т-Банк финал.md" and item.line == 13
    ]
    assert [(item.polarity, item.company_name) for item in items] == [("strength", "Т-Банк")]
    assert items[0].text.startswith("фидбек от команды") and "Ждут" not in items[0].text
