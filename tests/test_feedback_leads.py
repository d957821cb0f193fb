"""Feedback kept the way people keep it without a "## Feedback" heading: a pasted rejection
e-mail in the company's note, a line that leads in a list ("Что понравилось:", "Её фидбек:"),
a note named for it beside the company's note; feedback the owner gave is not theirs."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import MakeVault

from vaultkit.app import pipeline
from vaultkit.domain.feedback_in_passing import remarks
from vaultkit.domain.feedback_leads import (
    inline_feedback,
    led_in_items,
    names_feedback,
    reported_sentences,
)
from vaultkit.domain.quoted_remarks import addressed_quotes

MAIL = """Письмо от [[Анна]] 21.10, копирую целиком:

> Дмитрий, добрый день!
>
> Хочу поделиться подробной обратной связью от команды.
>
> Что понравилось:
> — сильный SQL, уверенно решили все три задачи;
> — хорошо структурируете мысли.
>
> Что стоит развивать:
> — мало опыта с продуктовыми метриками.
>
> Желаю удачи!

- [ ] доделать шпаргалку по A/B
"""


def test_a_lead_in_gives_its_list_and_its_side() -> None:
    assert led_in_items(MAIL) == [
        "+ сильный SQL, уверенно решили все три задачи",
        "+ хорошо структурируете мысли.",
        "− мало опыта с продуктовыми метриками.",
    ]
    mock = "Её фидбек (записал сразу после):\n+ SQL уверенно\n- путаешься в p-value\n\nПотом чай."
    assert led_in_items(mock) == ["+ SQL уверенно", "− путаешься в p-value"]
    assert led_in_items("Chris wanted honest feedback on their process. Gave it:\n- too long") == []
    assert led_in_items("Feedback:\nno list here\n- later item") == []


def test_what_names_feedback() -> None:
    assert names_feedback("Rejection email (14.10.)")
    assert names_feedback("Кредо - фидбек")
    assert names_feedback("Письмо с отказом")
    assert not names_feedback("Фидбек им (16.11)")  # the owner's, given to them
    assert not names_feedback("Process")


def test_feedback_kept_in_company_notes_and_beside_them(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Companies/Kontor.md": "---\ntype: company\n---\n## Rejection email (14.10.)\n"
            "> We decided to move forward with another candidate.\n>\n"
            "> - Your case presentation was clear and well structured.\n"
            "> - We didn't feel you were hands-on enough with data.\n\n"
            "## 20.11.\nChris wanted honest feedback on their process. Gave it:\n"
            "- take-home way too long for unpaid work\n",
            "Компании/Кредо Банк/Кредо Банк.md": "---\nкомпания: Кредо Банк\n---\n",
            "Компании/Кредо Банк/Кредо - фидбек.md": "---\nдата: 21.10.2026\n---\n" + MAIL,
            "Компании/Кредо Банк/Кредо - техсобес.md": "---\nдата: 06.10.2026\n---\n",
        }
    )
    facts = pipeline.build(root, use_cache=False).facts(date(2026, 12, 5))
    found = sorted((item.company_name, item.polarity, item.text[:20]) for item in facts.feedback())
    assert found == [
        ("Kontor", "improvement", "We didn't feel you w"),
        ("Kontor", "strength", "Your case presentati"),
        ("Кредо Банк", "improvement", "мало опыта с продукт"),
        ("Кредо Банк", "strength", "сильный SQL, уверенн"),
        ("Кредо Банк", "strength", "хорошо структурирует"),
    ]
    assert {item.on for item in facts.feedback() if item.company_name == "Кредо Банк"} == {
        date(2026, 10, 21)
    }


def test_feedback_led_in_inside_an_interview_note_is_recorded(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Interviews/Acme final.md": "---\ntype: interview\ndate: 2026-12-01\nresult: rejected\n"
            "---\nRecruiter called. What they liked:\n- clear communication\n"
            "Where we saw the gap:\n- system design depth\n",
        }
    )
    facts = pipeline.build(root, use_cache=False).facts(date(2026, 12, 2))
    [interview] = facts.interviews()
    assert interview.feedback_received  # no request for what was given
    assert sorted(item.polarity for item in facts.feedback()) == ["improvement", "strength"]


def test_lists_that_are_not_their_feedback_on_the_owner() -> None:
    for lead in (
        "Плюсы компании:",
        "Минусы оффера:",
        "Strengths of the company:",
        "My weaknesses to work on:",
        "Что мне понравилось:",
        "Feedback I shared with them:",
        "Feedback for Lena:",
        "Фидбек, который я оставил:",
    ):
        assert led_in_items(f"{lead}\n- низкая зарплата\n- great eng culture") == [], lead
    assert led_in_items("Что им во мне понравилось:\n- сильный Python") == ["+ сильный Python"]
    assert led_in_items("Что не понравилось:\n- медленно") == ["− медленно"]


def test_relayed_feedback_is_led_in() -> None:
    said = "What he passed on from Tobias:\n- they liked my energy\n- jumped to the solution"
    assert led_in_items(said) == ["they liked my energy", "jumped to the solution"]
    assert led_in_items("По их словам:\n- сильный SQL") == ["сильный SQL"]
    assert led_in_items("Markus said:\n- next round on Tuesday") == []  # no feedback named


def test_a_list_of_what_she_said_is_led_in() -> None:
    said = "В конце Ирина сама дала фидбек (редкость!). Сказала, что\n- тестовое одно из лучших"
    assert led_in_items(said) == ["тестовое одно из лучших"]
    assert led_in_items("Got feedback. She mentioned that\n- my SQL was strong") == [
        "my SQL was strong"
    ]
    assert led_in_items("HR сказала, что\n- команда сильная, 8 человек") == []  # names none
    assert led_in_items("Я сказал, что\n- готов к релокации") == []  # the owner's own words


def test_feedback_told_in_a_running_sentence() -> None:
    message = (
        "Вечером Максим:\n> Дмитрий, техлид доволен 👍 говорит, хорошо объясняешь ход мысли. "
        "Следующий этап — финал с CPO, скину слоты"
    )
    assert reported_sentences(message) == [
        "Дмитрий, техлид доволен 👍 говорит, хорошо объясняешь ход мысли."
    ]
    assert reported_sentences("- по их словам, тебе надо подтянуть Airflow") == [
        "по их словам, тебе надо подтянуть Airflow"
    ]
    assert reported_sentences('Тимур в тг: "Ларсу понравилось как ты декомпозировал"')
    assert reported_sentences("Lars said that my decomposition was clear.")
    for not_theirs in (
        "про мощность нормально не сказал.",  # the owner's
        "Я сказал, что готов к релокации",
        "Говорят про качество как про общую ответственность",  # they talk about, not of me
        "Мне понравилась команда",
        "I said that I could start in March",
        "Сказал, что в Kubernetes я пока слабоват",  # a diary drops the "I"
        "The tech lead said that their architecture is weak.",  # the company's, not mine
        "Паша сказал, что Лена слабый тимлид",  # someone else's
        "Рекрутер сказала, что прошлый кандидат завалил system design",
    ):
        assert reported_sentences(not_theirs) == [], not_theirs


def test_a_running_sentence_counts_where_the_note_keeps_no_feedback_otherwise(
    make_vault: MakeVault,
) -> None:
    root = make_vault(
        {
            "Interviews/2026-11-02 Ритм техинтервью.md": "---\ntype: interview\ncompany: Ритм\n"
            "date: 2026-11-02\n---\nРазбирали тестовое.\n\nВечером Максим:\n> техлид доволен, "
            "говорит, хорошо объясняешь ход мысли. Он сказал, что финал будет в среду.\n",
            "Interviews/2026-11-03 Орбита.md": "---\ntype: interview\ncompany: Орбита\n"
            "date: 2026-11-03\n---\n## Feedback\n- слабый SQL\n\nHR сказала, что я молодец.\n",
        }
    )
    items = pipeline.build(root, use_cache=False).facts(date(2026, 12, 5)).feedback()
    assert [(item.company_name, item.polarity) for item in items] == [
        ("Ритм", "strength"),  # "финал будет в среду" is no evaluation
        ("Орбита", "improvement"),  # its feedback section is its feedback
    ]


def test_feedback_told_in_a_daily_log(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Companies/Nordlight.md": "---\ntags: [company]\n---\n",
            "Companies/Verdant Bank.md": "---\ntags: [company]\n---\n",
            "Companies/Frameloop.md": "---\ntags: [company]\n---\n",
            "People/Stefan Ilić.md": "#recruiter\n\ncompany:: [[Verdant Bank]]\n",
            "Journal/2026/11/2026-11-12.md": "## Log\n- 09:00 спорт\n"
            "- 17:00 call w/ Milan — фидбек по Nordlight tech 1:\n"
            "  Милан сказал что по автоматизации всё супер, но system design слабоват.\n"
            "- 18:00 Ольге сказала, что подумаю\n"
            "- 19:00 позвонил [[Stefan Ilić]] — freeze. Сказал, что ты была их top candidate.\n",
            "Journal/2026/11/2026-11-27.md": "## Log\n- 11:20 OFFER from [[Frameloop]]!!!\n"
            "- 11:45 письмо:\n\n> Hi Ekaterina,\n> The team was impressed by your take-home.\n\n"
            "- 12:00 мама сказала, что я молодец\n\n## Мысли\nNordlight еще не закончил.\n",
        }
    )
    items = pipeline.build(root, use_cache=False).facts(date(2026, 12, 5)).feedback()
    assert sorted(
        (item.company_name, item.on, item.polarity, item.text[:24]) for item in items
    ) == [
        ("Frameloop", date(2026, 11, 27), "strength", "The team was impressed b"),  # pasted
        ("Nordlight", date(2026, 11, 12), "improvement", "system design слабоват"),
        ("Nordlight", date(2026, 11, 12), "strength", "Милан сказал что по авто"),
    ]  # "мама сказала" names no company: the note's other company is no one's word here


def test_a_daily_logs_feedback_that_is_not_on_the_owner_or_not_the_companys(
    make_vault: MakeVault,
) -> None:
    root = make_vault(
        {
            "Companies/Nordlight.md": "---\ntags: [company]\n---\n",
            "Companies/Voltwerk.md": "---\ntags: [company]\n---\n",
            "People/Milan Novak.md": "---\ntype: contact\ncompany: '[[Nordlight]]'\n---\n",
            "Daily/2026-11-12.md": "- 17:40 фидбек от Nordlight: сильный кодинг, но слабый design\n"
            "- 16:00 написал фидбек Nordlight про их процесс:\n    - долгие этапы\n"
            "- 10:00 Nordlight: tech interview\n- 11:45 письмо от мамы:\n\n"
            "> Сынок, папа сказал, что ты молодец, но мало звонишь\n\n"
            "- [[Milan Novak]] позвонил с фидбеком (раньше он работал в Voltwerk):\n"
            "    - ты слабо делегируешь\n"
            "- The tech lead of Nordlight said that their architecture is weak.\n",
        }
    )
    items = pipeline.build(root, use_cache=False).facts(date(2026, 12, 5)).feedback()
    assert [(item.company_name, item.polarity, item.text) for item in items] == [
        ("Nordlight", "strength", "сильный кодинг"),  # one line: "фидбек от X: …"
        ("Nordlight", "improvement", "слабый design"),
    ]  # not the owner's to them, mum's e-mail, a Milan who worked elsewhere, their own words


def test_feedback_told_in_a_sentence_is_feedback_received(make_vault: MakeVault) -> None:
    from vaultkit.notes import registry

    root = make_vault(
        {
            "Interviews/2026-12-03 Ритм финал.md": "---\ntype: interview\ncompany: Ритм\n"
            "date: 2026-12-03\nresult: rejected\n---\nМаксим позвонил: отказ. Техлид говорит, "
            "ты слабо знаешь SQL.\n",
            "Interviews/2026-12-03 Орбита финал.md": "---\ntype: interview\ncompany: Орбита\n"
            "date: 2026-12-03\nresult: rejected\n---\nОтказ. Он сказал, что ответ письмом.\n",
        }
    )
    facts = pipeline.build(root, use_cache=False).facts(date(2026, 12, 4))
    asked = [item.interview.company_name for item in registry.due_report(facts).items]
    assert asked == ["Орбита"]  # Ритм told its feedback; Орбита's word is no evaluation


def test_feedback_after_a_colon_in_an_interview_note(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Interviews/2026-11-02 Ритм.md": "---\ntype: interview\ncompany: Ритм\n"
            "date: 2026-11-02\n---\nПолучил фидбек: кодинг сильный, system design слабый.\n"
            "Написал фидбек им: долгий процесс\n",
        }
    )
    items = pipeline.build(root, use_cache=False).facts(date(2026, 12, 5)).feedback()
    assert [(item.polarity, item.text) for item in items] == [
        ("strength", "кодинг сильный"),
        ("improvement", "system design слабый."),
    ]  # not the owner's own feedback to them


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('- "Your English is great, no concerns there" — ура', ["Your English is great, no c"]),
        ("Kadri: «ты хорошо структурируешь кейсы»", ["ты хорошо структурируешь ке"]),
        ('- в конце: "I\'ll come back to you by Friday with next steps"', []),  # a promise
        ('Piotr остановил: "What would you tell the PM first?"', []),  # a question
        ('- "tell me about a time you disagreed with a PM"', []),  # a question put otherwise
        ('- "Thanks Marta, it was a pleasure to meet you"', []),  # thanks
        ('- she said "the team is great"', []),  # not said to the owner
        ('- "you rock"', []),  # too short to tell
    ],
)
def test_words_quoted_as_said_to_the_owner(text: str, said: list[str]) -> None:
    assert [quote[:27] for quote in addressed_quotes(text)] == said


def test_a_message_leads_in_the_managers_words_quoted_on_the_next_line() -> None:
    mail = (
        "Hi Grace,\nGot feedback from Fenergo on Tuesday's interview. Straight from the hiring "
        "manager:\n\"We liked Grace, she was very sharp on the data side. But we felt she's more "
        'mid-level than senior at this point."\nHave a think over the weekend and let me know.'
    )
    assert remarks(mail) == [
        "We liked Grace, she was very sharp on the data side.",
        "But we felt she's more mid-level than senior at this point.",
    ]
    assert remarks("Hi Grace,\nFeedback from the panel:\nHave a think and let me know.") == []


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "04.12 Ольга по телефону: фидбек от команды в целом положительный — понравилась "
            "мотивация. Ждут согласования, ответ до 9.12.",
            ["фидбек от команды в целом положительный — понравилась мотивация."],
        ),
        (
            "Call with Anna: feedback was positive overall, they liked my SQL. Next round Tue.",
            ["feedback was positive overall, they liked my SQL."],
        ),
        (
            '- Dana 11/2: feedback was positive, "your LP examples" → loop!',
            ['feedback was positive, "your LP examples"'],  # what follows the arrow is next
        ),
        ("Фидбек от команды: всё хорошо", ["всё хорошо"]),
        ("Я: фидбек по процессу — слишком долго.", []),  # on their process
        ("Созвон с Ольгой: мой фидбек им — процесс затянут.", []),  # the owner's, given
    ],
)
def test_feedback_named_first_after_a_colon_is_its_first_sentence(
    line: str, said: list[str]
) -> None:
    assert inline_feedback(line) == said


@pytest.mark.parametrize(
    "entry",
    [
        "Авито — отказ ❌. Мария предложила созвон с фидбеком в пт.\nОбидно, финал казался норм.",
        "Rejected by Lumen. Sarah offered a call to go through the feedback.\nGutted, I thought it"
        " went great.",
        "Нина пообещала прислать фидбек на неделе.\nСам считаю, что кейс решил сильно.",
    ],
)
def test_feedback_still_to_come_leads_in_nothing(entry: str) -> None:
    """A line offering or promising feedback: the owner's own feelings under it are not it."""
    assert remarks(entry) == []


def test_feedback_heard_still_leads_in_what_follows() -> None:
    entry = "Мария позвонила с фидбеком.\nСказала, что по алгоритмам сильно, но system design слабо"
    assert remarks(entry)
