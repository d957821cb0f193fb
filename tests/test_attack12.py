"""What an attacker broke in the twelfth session's new rules (a stop said in passing, pasted
e-mails, quotes said to the owner, task days, boards), each kept as the vault that broke it."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import MakeVault

from vaultkit.app import pipeline
from vaultkit.domain.process_remarks import process_remarks
from vaultkit.domain.promises import due_of
from vaultkit.domain.quoted_remarks import addressed_quotes
from vaultkit.domain.stop_signals import stop_signal
from vaultkit.notes import registry
from vaultkit.parse.note_parser import loads
from vaultkit.rules.facts import Facts

TODAY = date(2026, 12, 6)
OZON = "---\ntype: company\n---\n# Ozon\n"
MARIA = "---\ntags: [people, recruiter]\ncompany: '[[Ozon]]'\n---\n# Мария Орлова\n\n"


def _interview(body: str = "", on: str = "2026-11-20") -> str:
    return (
        f"---\ntype: interview\ncompany: '[[Ozon]]'\nrecruiter: '[[Мария Орлова]]'\n"
        f"date: {on}\nstage: tech\n---\n# Ozon tech\n\n{body}"
    )


def _facts(make_vault: MakeVault, files: dict[str, str]) -> Facts:
    vault = {"Companies/Ozon.md": OZON, "People/Мария Орлова.md": MARIA, **files}
    return pipeline.build(make_vault(vault), use_cache=False).facts(TODAY)


def _due(facts: Facts) -> list[tuple[str, str]]:
    return [(i.kind, i.contact.name if i.contact else "") for i in registry.due_report(facts).items]


def test_a_stop_gives_way_to_their_word_since(make_vault: MakeVault) -> None:
    log = (
        "- 2026-10-25 Всё, больше не пишу.\n- 2026-11-28 Мария сама написала, позвала на финал\n"
        "- 2026-12-04 Мария спросила: когда удобно созвониться на финал?\n"
    )
    facts = _facts(make_vault, {"People/Мария Орлова.md": MARIA + log})
    assert ("reply", "Мария Орлова") in _due(facts)


@pytest.mark.parametrize(
    ("line", "stops"),
    [
        ("- Stop chasing. Apply to ten places a week instead.", False),  # a mentor's advice
        ("- Хватит писать. Лучше звони, так быстрее.", False),
        ("I'm done chasing. Will ping her again in January.", False),  # a plan for later
        ("Больше не пишу. В январе спрошу ещё раз.", False),
        ("Всё, больше не пишу. Двух follow-up хватит.", True),
    ],
)
def test_advice_and_plans_are_no_stop(line: str, stops: bool) -> None:
    note = loads(f"---\ntype: contact\n---\n## Советы\n{line}\n", "People/Ольга.md")
    assert (stop_signal(note) is not None) is stops


def test_a_pasted_mail_keeps_the_words_before_it_and_a_forwarded_one(
    make_vault: MakeVault,
) -> None:
    before = (
        "## Фидбек\n\nПозвонила Мария: SQL сильный, но продуктового мышления не хватает.\n\n"
        "> We were impressed with your communication skills.\n> Best regards,\n> Maria\n"
    )
    texts = [i.text for i in _facts(make_vault, {"Interviews/I.md": _interview(before)}).feedback()]
    assert any("продуктового мышления" in text for text in texts)
    assert not any("Maria" in text or "Best" in text for text in texts)
    forwarded = (
        "## Feedback\n\n> Hi Anna, sharing the panel's notes below as promised.\n"
        "> Best regards,\n> Maria\n>\n> ---------- Forwarded message ----------\n"
        "> From: Tom (Hiring Manager)\n"
        "> Anna was strong on SQL and explained her reasoning clearly.\n"
        "> She needs more depth in experiment design.\n"
    )
    facts = _facts(make_vault, {"Interviews/I.md": _interview(forwarded)})
    assert [i.text for i in facts.feedback()] == [
        "Anna was strong on SQL and explained her reasoning clearly.",
        "She needs more depth in experiment design.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        'Из описания: "You are a strong communicator and an excellent SQL writer"',
        '- "как вы меряете успех аналитика в первые 90 дней"',
        'Мария: "вам придёт ссылка на тест в Codility, у вас будет 90 минут"',
        '- спросил: "как вы приоритизируете задачи, когда всё горит"',
        '- Я сказала: "I think you underestimate how messy your event data is"',
        '- лайвкодинг: "напишите запрос, который считает ваш retention по когортам"',
        "\"I'm at Brightline now — and I have a role you'd be great for.\"",
        '"honestly you\'re overqualified for this scope"',
        'Olga (шутка): "ok, you\'re hired"',
        'Their values: "You own it, you ship it, you learn"',  # the company on itself
        'Glassdoor review: "you will be micromanaged here"',
    ],
)
def test_quotes_that_are_no_remark_on_the_owner(line: str) -> None:
    assert addressed_quotes(line) == []


def test_the_praise_beside_a_word_on_the_offer_stays() -> None:
    said = '> "Honestly you were our top candidate for this role. I can\'t make an offer now."'
    assert addressed_quotes(said) == ["Honestly you were our top candidate for this role."]


def test_the_owners_answer_quoted_after_theirs_is_hers() -> None:
    line = 'Emma: "great communication", а мой ответ был "my SQL is weak, but I learn fast"'
    assert process_remarks(line) == ["great communication"]


def test_task_days_read_as_of_today() -> None:
    assert due_of("поздравить с НГ до 31.12", TODAY) == date(2026, 12, 31)
    assert due_of("созвон перенесли с 3.12 12:00 на 9.12 15:00", TODAY) == date(2026, 12, 9)
    assert due_of("купить подарок на ДР 14.12 (она любит чай)", TODAY) is None  # before it


def test_a_year_old_log_does_not_date_a_task(make_vault: MakeVault) -> None:
    note = MARIA + "- 2025-11-20 кофе\n\n- [ ] поздравить с НГ до 31.12\n"
    facts = _facts(make_vault, {"People/Мария Орлова.md": note})
    [promise] = [i for i in registry.due_report(facts).items if i.promise]
    assert promise.due_on == date(2026, 12, 31)


def test_a_ticked_task_planned_for_later_is_no_follow_up_done(make_vault: MakeVault) -> None:
    body = "## Follow-up\n- [x] thank-you email, follow-up 10.12 если молчат\n"
    facts = _facts(make_vault, {"Interviews/I.md": _interview(body)})
    assert ("follow_up", "Мария Орлова") in _due(facts)


def test_a_referrer_named_in_an_interview_is_no_interviewer(make_vault: MakeVault) -> None:
    anton = (
        "---\ntags: [people]\ncompany: '[[Ozon]]'\n---\n## Фидбек на CV\n"
        "- CV слишком длинное, сократить до страницы\n"
    )
    interview = _interview().replace("stage: tech\n", "stage: tech\nreferral: '[[Антон]]'\n")
    facts = _facts(make_vault, {"People/Антон.md": anton, "Interviews/I.md": interview})
    assert {i.company_name for i in facts.feedback()} == {None}


@pytest.mark.parametrize(
    ("label", "on"),
    [
        ("Дата: перенесли с 25.11 на 2.12, 11:00", date(2026, 12, 2)),
        ("Дата: 3.12, 11:00", date(2026, 12, 3)),
    ],
)
def test_a_labelled_day_moved_or_short(make_vault: MakeVault, label: str, on: date) -> None:
    note = f"#interview [[Ozon]]\n\n{label}\nС кем: [[Мария Орлова]]\n\n- кейс\n"
    [interview] = _facts(make_vault, {"Interviews/Ozon final.md": note}).interviews()
    assert interview.on == on


def test_an_agency_recruiters_follow_up_of_another_process_is_not_this_ones(
    make_vault: MakeVault,
) -> None:
    maria = (
        MARIA
        + "Из агентства, ведёт меня в Ozon и Wildberries.\n\n- [x] follow-up по Wildberries 28.11\n"
    )
    facts = _facts(make_vault, {"People/Мария Орлова.md": maria, "Interviews/I.md": _interview()})
    assert ("follow_up", "Мария Орлова") in _due(facts)
    ozon = maria.replace("по Wildberries", "по Ozon")
    facts = _facts(make_vault, {"People/Мария Орлова.md": ozon, "Interviews/I.md": _interview()})
    assert ("follow_up", "Мария Орлова") not in _due(facts)
