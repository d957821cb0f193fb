"""The thirty-second session's first stranger's vault, kept by a helper who had never seen
vaultkit (answer key: tests/vaults/kirill.expected.md): Кирилл, a backend developer moved to
Belgrade, with a note per company in `Компании/` whose log runs newest first, his own
properties (`статус`, `этап`, `контакт`), #отказ/#оффер/#фидбек tags, and feedback retold in
running sentences of those logs. Each test holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.domain.feedback_leads import led_in_items
from vaultkit.domain.offer_deadline import offer_answer_by
from vaultkit.domain.outcomes import Fact, decide, read_outcome
from vaultkit.domain.rounds import ROUND
from vaultkit.notes import registry
from vaultkit.parse.note_parser import loads

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def kirill(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "kirill")


def test_an_offer_waiting_on_its_terms_is_still_an_offer(kirill: Build) -> None:
    # Pulsar Pay: "03.12 — #оффер ПРИШЁЛ ОФФЕР!!!", then "сб 5.12 — написал Милице … про
    # ESOP … пока не ответила #жду": waiting on a question about the offer undoes nothing
    results = {i.company_name: i.result for i in kirill.facts(TODAY).interviews()}
    assert results["Pulsar Pay"] == "offer"
    due = registry.due_report(kirill.facts(TODAY)).items
    [answer] = [i for i in due if i.kind == "answer_offer"]
    assert answer.due_on == date(2026, 12, 10)  # "\t- ответ нужен до чт 10.12." under it
    assert not [i for i in due if i.kind == "follow_up" and "Pulsar" in str(i.interview)]


def test_a_wait_after_an_offer_keeps_the_offer_but_a_decision_does_not() -> None:
    def fact(text: str, day: int) -> Fact:
        return Fact(read_outcome(text), date(2026, 12, day), day, text)

    offer, waiting = fact("оффер пришёл", 3), fact("жду ответа про ESOP", 5)
    assert decide([offer, waiting]).result == "offer"
    assert decide([offer, waiting]).on == date(2026, 12, 3)
    assert decide([offer, fact("отказался от оффера", 5)]).result != "offer"
    assert decide([fact("отказ", 3), waiting]).result == "pending"  # applied again, waiting


def test_an_answer_needed_by_a_day_is_the_offers_deadline() -> None:
    note = loads("- 03.12 — оффер!\n\t- ответ нужен до чт 10.12. сказал что вернусь\n", "P.md")
    assert offer_answer_by([note], date(2026, 12, 3), TODAY) == date(2026, 12, 10)


def test_a_company_note_with_a_status_of_its_own_words_is_a_process(kirill: Build) -> None:
    # Nordlane: `статус: в процессе`, `этап: доп раунд SD 9.12`, "25.11 — техсобес с Игорем"
    [nordlane] = [i for i in kirill.facts(TODAY).interviews() if i.company_name == "Nordlane"]
    assert nordlane.next_on == date(2026, 12, 9)
    assert ROUND.search("техсобес с Игорем")


def test_feedback_retold_in_a_company_log_is_read(kirill: Build) -> None:
    items = {item.text: item for item in kirill.facts(TODAY).feedback()}
    said = "Драгана сказала что англ у меня ок и опыт с Django им прям в тему"  # "#фидбек" off
    assert items[said].polarity == "strength" and items[said].company_name == "Sava Logistics"
    assert items["Маша сказала что по алгоритмам норм"].company_name == "Nordlane"
    criticism = [t for t, i in items.items() if "system design слабовато" in t]
    assert [items[t].polarity for t in criticism] == ["improvement"]
    # the nested list a log entry leads in: "- 26.11 — Анна передала фидбек с теха:"
    assert any("Postgres очень хорошо" in text for text in items)
    # the owner's own lines in the log are not feedback
    assert not any("долго тупил с шардированием" in text for text in items)


def test_an_item_leads_in_the_items_nested_under_it() -> None:
    text = (
        "- 26.11 — Анна передала фидбек с теха:\n\t- Postgres хорошо\n\t- мало Kafka\n- 24.11 тех"
    )
    assert led_in_items(text) == ["Postgres хорошо", "мало Kafka"]
    assert led_in_items("- Что понравилось:\n- Postgres хорошо") == []  # not nested under it
