"""Feedback a recruiter's message tells in running prose (domain/prose_feedback.py), in both
languages, and what is no feedback in it."""

from __future__ import annotations

from datetime import date

from conftest import MakeVault

from vaultkit.app import pipeline
from vaultkit.domain.prose_feedback import prose_remarks

DARYA = (
    "> Алексей, добрый день!\n"
    "> Спасибо за время, которое вы уделили кейсу и встречам с командой. К сожалению, мы "
    "приняли решение не продолжать процесс. Команде очень понравилось, как вы структурировали "
    "кейс. Но по части продуктового мышления не хватило глубины. Единственное, что ещё "
    "смутило, — ваши ожидания заметно выше вилки. Будем рады оставаться на связи!\n"
    "> С уважением,\n> Дарья Осипова"
)
CIARA = (
    "Hi Grace,\nThank you so much for taking the time to meet the team on Tuesday.\n"
    "I'm sorry to say that we won't be moving forward with an offer on this occasion.\n"
    "I wanted to share some of the feedback from the panel. They were very positive about your "
    "technical skills – your SQL was comfortably above the bar. Ultimately, we felt you were "
    "not quite there yet on product sense for this particular role.\n"
    "I'd be very happy to jump on a quick call if that would be useful – just let me know.\n"
    "Warm regards,\nCiara"
)


def test_the_sentences_after_the_message_turns_to_feedback_are_read() -> None:
    assert prose_remarks(DARYA) == [
        "Команде очень понравилось, как вы структурировали кейс.",
        "Но по части продуктового мышления не хватило глубины.",
        "Единственное, что ещё смутило, — ваши ожидания заметно выше вилки.",
    ]
    assert prose_remarks(CIARA) == [
        "They were very positive about your technical skills – your SQL was comfortably above "
        "the bar.",
        "Ultimately, we felt you were not quite there yet on product sense for this particular "
        "role.",
    ]


def test_a_message_without_feedback_gives_none() -> None:
    assert prose_remarks("Great to speak with you today! Looking forward to next steps.") == []
    assert prose_remarks("Hope you had a lovely weekend. Could we talk on Monday?") == []
    # the feedback is coming, not given; the next step; a thank-you for it
    assert prose_remarks("Feedback will follow next week, I'll keep you posted.") == []
    assert prose_remarks("Фидбек пришлю завтра. Спасибо за терпение!") == []


def test_a_pasted_message_in_a_tracker_kept_vault_is_its_sections_feedback(
    make_vault: MakeVault,
) -> None:
    # Companies kept as sections of one note ("## Лавка Плюс"), no note each; a Gmail reply
    # line over the message in a day's note that names the company in the line before.
    root = make_vault(
        {
            "Поиск работы 2026.md": (
                "# Поиск работы 2026\n\n## Лавка Плюс\n17.09 HR-скрининг.\n24.09 интервью с "
                "руководителем.\n14.10 отказ.\n\n## Волна\n21.09 скрининг.\n01.10 интервью с "
                "руководителем.\n"
            ),
            "Дни/14.10.2026.md": (
                "# 14.10.2026\n\n## Поиск работы\nЛавка — отказ.\n\n"
                "ср, 14 окт. 2026 г. в 16:12, Дарья Осипова <d.osipova@lavkaplus.ru>:\n"
                + DARYA
                + "\n\nОтветил коротко: спасибо.\n"
            ),
        }
    )
    items = pipeline.build(root, use_cache=False).facts(date(2026, 12, 6)).feedback()
    said = {(item.company, item.text[:30], item.polarity) for item in items}
    assert said >= {
        ("Поиск работы 2026.md#Лавка Плюс", "Команде очень понравилось, как", "strength"),
        ("Поиск работы 2026.md#Лавка Плюс", "Но по части продуктового мышле", "improvement"),
    }


def test_a_process_note_reads_the_prose_of_the_messages_pasted_in_it(
    make_vault: MakeVault,
) -> None:
    # Pri's Tideway note: the recruiter's e-mail under its Outlook header, her own reply above
    root = make_vault(
        {
            "Processes/Tideway.md": (
                "---\ncompany: Tideway\nrole: Senior Frontend Engineer\nstatus: final round\n"
                "applied: 2026-09-03\ntags: [process]\n---\n# Tideway\n\n## Log\n"
                "- 2026-10-14 final loop\n- 2026-10-20 rejected, see mail\n\n## Mails\n\n"
                "From: Priyanka Raman <pri@gmail.com>\nSent: Wednesday, October 21, 2026 8:15 PM\n"
                "Subject: RE: update\n\nHi Femke,\nThanks a lot for the detailed feedback. The "
                "BFF part is fair, I felt it in the room.\nBest,\nPri\n\n"
                "From: Femke de Vries <femke@tideway.io>\nSent: Tuesday, October 20, 2026 4:12 PM"
                "\nSubject: update\n\nHi Pri,\n\nI wanted to give you some proper feedback. The "
                "panel were really positive about your product sense. Your take-home was also one "
                "of the cleanest we've seen this round.\n\nWarm regards,\nFemke\n"
            ),
        }
    )
    items = pipeline.build(root, use_cache=False).facts(date(2026, 12, 6)).feedback()
    said = {(item.text[:30], item.polarity) for item in items}
    assert ("The panel were really positive", "strength") in said
    assert ("Your take-home was also one of", "strength") in said
    assert not any(text.startswith("The BFF part") for text, _ in said)  # her own reply


def test_a_letter_quoted_in_a_company_note_gives_its_feedback_once(make_vault: MakeVault) -> None:
    # Marina's Tessera: "Письмо: ¶ > … The team found your solution worked well …", and the
    # same letter quoted in her day's note: one item each, not two
    letter = (
        "> Thank you again for the time you put into the assignment. The team found your "
        "solution worked well and the UI was really polished. However, test coverage was quite "
        "thin. We've decided not to move forward at this time.\n"
    )
    root = make_vault(
        {
            "Компании/Tessera.md": (
                "---\nстатус: отказ\ntags: [компании]\n---\n# Tessera\n- 1.10 отказ\n\nПисьмо:\n"
                + letter
            ),
            "Дневник/2026-10-01.md": "[[Tessera]] — отказ. Письмо от Ханны, кусок:\n\n" + letter,
        }
    )
    items = pipeline.build(root, use_cache=False).facts(date(2026, 12, 6)).feedback()
    said = sorted((item.text[:28], item.polarity) for item in items)
    assert said == [
        ("However, test coverage was q", "improvement"),
        ("The team found your solution", "strength"),
    ]


def test_the_feedbacks_verdict_is_read_without_a_you() -> None:
    assert prose_remarks("Hi Ivan,\nGood news – the feedback from the tech round was strong!") == [
        "Good news – the feedback from the tech round was strong!"
    ]
    assert prose_remarks("Анна, привет!\nВ целом фидбэк от команды положительный.") == [
        "В целом фидбэк от команды положительный."
    ]
    # the company's words of itself, with no verdict on the owner, stay out
    assert prose_remarks("Feedback time: the team is amazing and growing fast.") == []


def test_the_panels_judgement_without_a_you_is_read_and_the_teams_self_praise_is_not() -> None:
    message = (
        "Feedback from the final is in. The team weren't impressed by the take-home. "
        "The panel struggled to find a single weakness in the design round. "
        "The team is amazing and growing fast."
    )
    assert prose_remarks(message) == [
        "The team weren't impressed by the take-home.",
        "The panel struggled to find a single weakness in the design round.",
    ]
