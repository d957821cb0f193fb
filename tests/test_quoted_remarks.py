"""Words quoted as said to the owner: those that speak to them, and those that open on a skill
of theirs without a "you" (tests/vaults/vasilisa: "Ольга в конце: \"по софтам всё отлично\"")."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import MakeVault

from vaultkit.app import pipeline
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
        # tests/vaults/attack64: no company's word on the owner
        'From the posting:\n"on the technical side, strong Python and solid SQL are a must"',
        'Friend who works there: "on the data team they care a lot about clean dbt models"',
        'Topic of the final round: "on API design and versioning basics"',
        'second round is "on distributed systems basics"',
        "Перед собесом прогнали мок с Димой: «по SQL уверенно, по продукту слабо»",
        "Вывод для себя: «по статистике плаваю, надо подтянуть»",
        "Ответила: «по SQL у меня всё хорошо, пять лет каждый день»",
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
        "К сожалению, по API ожидания команды оказались выше",
    ]
    assert prose_remarks(
        "The panel liked your SQL. However, they felt your design stayed fairly high level, so "
        "we won't be moving forward at this time."
    ) == ["The panel liked your SQL.", "However, they felt your design stayed fairly high level"]


def test_a_field_of_other_candidates_is_no_reason_on_the_owner() -> None:
    letter = (
        "The panel liked your SQL. However, we had many strong candidates for this role, so we "
        "decided to move forward with someone else."
    )
    assert prose_remarks(letter) == ["The panel liked your SQL."]


ROUND = '---\ncompany: "[[Initech]]"\ndate: 2026-09-17\nstage: onsite\n---\n'


@pytest.mark.parametrize(
    ("heading", "said"),
    [
        (
            "## Message from recruiter",
            [
                ("strength", "Your coding round went well and the team liked your communication."),
                ("improvement", "Unfortunately, the system design round didn't meet the bar"),
            ],
        ),
        ("## Ответ", []),  # tests/vaults/attack64: the owner's own reply
        ("## My reply", []),
    ],
)
def test_a_letter_quoted_under_a_heading_naming_theirs_is_read(
    make_vault: MakeVault, heading: str, said: list[tuple[str, str]]
) -> None:
    body = (
        f"{heading}\n> Hi Sam, thanks for coming in.\n"
        "> Your coding round went well and the team liked your communication.\n"
        "> Unfortunately, the system design round didn't meet the bar, so we won't be moving "
        "forward.\n"
    )
    vault = make_vault({"Interviews/2026-09-17 Initech onsite.md": ROUND + body})
    items = pipeline.build(vault, use_cache=False).facts(date(2026, 12, 7)).feedback()
    assert [(item.polarity, item.text) for item in items] == said
