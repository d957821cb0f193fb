"""The thirty-third session's fourth stranger's vault, kept by a helper who had never seen
vaultkit (answer key: tests/vaults/zhenya.expected.md): Женя, a product manager in Yerevan, who
keeps her whole search in one note ("Поиск работы 2026.md", a section a company, dates in month
words without a year) and what people told her in callouts under its lines ("> [!note] что
сказал HM", "> [!warning] отказ"). Each test holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def zhenya(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "zhenya")


def _process(zhenya: Build, company: str) -> str | None:
    [found] = [i for i in zhenya.facts(TODAY).interviews() if i.path.endswith(f"#{company}")]
    return found.result


def test_what_people_told_her_in_callouts_is_feedback(zhenya: Build) -> None:
    said = {(i.company_name, i.text): i.polarity for i in zhenya.facts(TODAY).feedback()}
    assert said[
        "Picsart", "не хватило цифр в истории про онбординг — какой uplift, за какой срок"
    ] == ("improvement")  # "> [!note] что сказал HM", a remark a line
    assert said[
        "Buildbox (через Аню)",
        "Олег сказал Ане что мой кейс был самый структурный из всех финалистов",
    ] == ("strength")  # "> [!note] Аня передала"
    assert not [text for company, text in said if "мои ощущения" in text or "завалила" in text]


def test_outcome_callouts_and_sentences_decide_her_processes(zhenya: Build) -> None:
    assert _process(zhenya, "Preply") == "on_hold"  # "> [!warning] on hold"
    assert _process(zhenya, "Ameriabank") == "withdrawn"  # "написала Нарине что снимаюсь"


def test_what_is_settled_is_not_chased(zhenya: Build) -> None:
    # Preply's Olena: "- [ ] 15 янв напомнить Olena если сама не напишет" is January's; Exness:
    # "попросила чуть подробнее" and Ольга's "I can't share more"; Гоар's "обещала вернуться
    # со слотами HM" is Гоар's own promise
    due = registry.due_report(zhenya.facts(TODAY)).items
    names = {i.contact.name for i in due if i.contact}
    assert not names & {"Olena Kovalenko", "Нарине Акопян", "Ольга Белова"}
    assert not [i for i in due if i.promise and "со слотами" in i.promise.text]
