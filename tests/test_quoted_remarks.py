"""Words quoted as said to the owner: those that speak to them, and those that open on a skill
of theirs without a "you" (tests/vaults/vasilisa: "Ольга в конце: \"по софтам всё отлично\"")."""

from __future__ import annotations

import pytest

from vaultkit.domain.prose_feedback import prose_remarks
from vaultkit.domain.quoted_remarks import addressed_quotes


@pytest.mark.parametrize(
    "text",
    [
        'Ольга в конце: "по софтам всё отлично, передаю в команду".',
        "Сказал на прощание: «по Swift и concurrency — очень уверенно».",
        'Nikhil: "on system design, solid but slow"',
        'Kadri: "your background fits nicely"',
    ],
)
def test_a_quote_to_the_owner_or_on_their_skill_is_a_remark(text: str) -> None:
    assert addressed_quotes(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Пришла «по рекомендации одного из наших разработчиков»",
        'Ольга: "по срокам ответим до пятницы, спасибо"',
        'HR: "on Friday the panel meets to decide"',
        'Я сказала: "по деньгам хочу 300"',
        'Спросил: "по SQL как бы вы оптимизировали запрос?"',
    ],
)
def test_a_quote_on_the_process_or_of_the_owner_is_none(text: str) -> None:
    assert addressed_quotes(text) == []


def test_the_reason_a_letter_gives_before_its_decision_is_the_remark() -> None:
    letter = (
        "Команда отметила хорошие знания pytest и SQL.\n"
        "К сожалению, по API ожидания команды оказались выше, поэтому сейчас мы не готовы "
        "сделать вам предложение.\n"
        "Будем рады вернуться к общению в будущем."
    )
    assert prose_remarks(letter) == [
        "Команда отметила хорошие знания pytest и SQL.",
        "К сожалению, по API ожидания команды оказались выше.",
    ]
    assert prose_remarks(
        "The panel liked your SQL. However, they felt your design stayed fairly high level, so "
        "we won't be moving forward at this time."
    ) == ["The panel liked your SQL.", "However, they felt your design stayed fairly high level."]
