"""Chats and e-mails pasted into a log: a chat's messages are their writers' words, the
owner's replies left out; an e-mail's header is no remark; a contact's company written as plain
text (`компания: Nordeus`) is where they work."""

from __future__ import annotations

from datetime import date

from conftest import MakeVault

from vaultkit.app import pipeline
from vaultkit.domain.chat_lines import chat_owners, their_words, without_mail_header
from vaultkit.domain.name_forms import name_index
from vaultkit.parse.names import archived, person_name

PEOPLE = name_index([("Анна Ким", "Компании/Miro.md"), ("Аня", "Компании/Miro.md")])


def test_a_chats_messages_are_their_writers_without_the_owners_replies() -> None:
    entry = (
        "Аня прислала фидбек:\n"
        "> [16.11.2026 12:05] Анна Ким: Вера, в целом сильно, но не хватает метрик.\n"
        "> [16.11.2026 12:07] Tom Becker: Strong product sense.\n"
        "> [16.11.2026 12:20] Вера: Про метрики — справедливо, подтяну."
    )
    owners = chat_owners(entry, PEOPLE)  # Анна calls her reader "Вера"
    assert owners == {"вера"}
    assert their_words(entry, PEOPLE, owners) == (
        "Аня прислала фидбек:\nВера, в целом сильно, но не хватает метрик.\n"
        "Strong product sense."  # a third speaker, who has no note, is kept
    )


def test_a_chat_with_no_one_known_in_it_stays_as_written() -> None:
    entry = "> [16.11.2026 12:05] Маша: привет\n> [16.11.2026 12:06] Вера: привет"
    assert their_words(entry, PEOPLE) == entry


def test_an_emails_header_is_left_out() -> None:
    entry = (
        "- Pasting it in:\nFrom: Sophie Marsh\nSent: 24 November 2026 16:42\n"
        "Subject: RE: Auto Trader – feedback\nThey loved your SQL."
    )
    assert without_mail_header(entry) == "- Pasting it in:\nThey loved your SQL."
    assert without_mail_header("From: the team's side, all good") == (
        "From: the team's side, all good"
    )


def test_feedback_relayed_by_a_recruiter_named_in_a_weekly_note(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Компании/Nordeus.md": "---\ntype: company\n---\n",
            "Люди/Milica Jovanović.md": "---\nкомпания: Nordeus\ntags: [рекрутер]\n"
            "aliases: [Милица]\n---\n",
            "Недели/2026-W48.md": "## пт, 27.11\nМилица прислала фидбек:\n"
            "> The main gap was visual craft — the UI felt less polished.\n",
        }
    )
    items = pipeline.build(root, use_cache=False).facts(date(2026, 12, 6)).feedback()
    assert [(i.on, i.company_name, i.polarity) for i in items] == [
        (date(2026, 11, 27), "Nordeus", "improvement")
    ]


def test_a_name_filed_surname_first_is_said_first_name_first() -> None:
    assert person_name("Nair, Priya", ("Priya Nair", "Priya")) == "Priya Nair"
    assert person_name("Иванова, Анна", ("Анна Иванова",)) == "Анна Иванова"
    assert person_name("Аня, Яндекс") == "Аня, Яндекс"  # no alias says it is a name turned
    assert person_name("Priya Nair, PhD", ("Priya",)) == "Priya Nair, PhD"
    assert person_name("people%2FМарат") == "Марат"


def test_a_note_in_an_archive_folder_is_archived() -> None:
    assert archived("Archive/Job Search 2023/Plan.md")
    assert archived("Работа/Архив/План.md")
    assert not archived("Archive.md") and not archived("People/Archie.md")


def test_one_talk_written_without_a_year_is_a_talk(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Люди/Сергей Миронов.md": "---\nкомпания: Авито\n---\n"
            "- 22.08 — виделись на гоферской сходке, пили пиво\n",
            "Люди/Анна.md": "---\nкомпания: Авито\n---\n- 14.02\n",  # a birthday, alone
        }
    )
    contacts = pipeline.build(root, use_cache=False).facts(date(2026, 12, 6)).contacts()
    last = {c.name: c.last_interaction.on if c.last_interaction else None for c in contacts}
    assert last == {"Сергей Миронов": date(2026, 8, 22), "Анна": None}
