"""The ninth stranger's vault (tests/vaults/marta): a product analyst's search from Warsaw, in
Russian with English e-mails and role names, kept by a helper who had never seen vaultkit (its
answer key: tests/vaults/marta.expected.md) with the plugins a heavy Obsidian user keeps: a
Kanban board of applications, Dataview fields (`Stage:: HR screen`, `(recruiter:: [[…]])`),
Templater templates, tasks in people's notes written "я → созвон 7.12 12:00". Each test holds
a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault, due_kinds_and_names

from vaultkit.app.build import Build
from vaultkit.notes import registry
from vaultkit.rules.due import DueItem

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "marta")


def _items(built: Build, name: str) -> list[DueItem]:
    report = registry.due_report(built.facts(TODAY))
    return [i for i in report.items if i.contact is not None and i.contact.name == name]


def test_revolut_is_not_chased_again(built: Build) -> None:
    # "- [x] follow-up 16.11 — нет ответа" in the interview note, and in Daniel's own note
    # "Всё, больше не пишу. Двух follow-up хватит.": no third nudge
    assert not _items(built, "Daniel Hughes")


def test_her_tasks_are_due_on_the_days_they_name(built: Build) -> None:
    kasia = {i.promise.text: i.due_on for i in _items(built, "Katarzyna Wójcik") if i.promise}
    assert kasia == {
        "я → созвон 7.12 12:00": date(2026, 12, 7),  # a day with its hour
        "я → ответ по офферу до 11.12": date(2026, 12, 11),  # read by her note's latest entry
    }
    [olga] = [i for i in _items(built, "Olga Petrova") if i.promise]
    assert olga.due_on == date(2026, 12, 10)  # "написать после 9.12 про Allegro + Docplanner"


def test_a_birthday_task_is_the_birthdays_item(built: Build) -> None:
    due = due_kinds_and_names(built, date(2026, 12, 13))
    assert ("special_date", "Anton Sidorenko") in due
    texts = [i.promise.text for i in _items(built, "Anton Sidorenko") if i.promise]
    assert "ДР 14.12!" not in texts and texts  # his other tasks stay
    darya = [i.promise.text for i in _items(built, "Darya Kuznetsova") if i.promise]
    assert not [text for text in darya if text.startswith("ДР 19.12")]


def test_the_final_is_dated_by_its_labelled_line(built: Build) -> None:
    # "#interview [[Docplanner]]" then "Дата: 25.11, 11:00, офис на Kolejowej"
    [final] = [i for i in built.facts(TODAY).interviews() if i.title.startswith("Docplanner")]
    assert final.on == date(2026, 11, 25)


def test_no_one_is_chased_at_a_company_that_decided(built: Build) -> None:
    names = {name for _, name in due_kinds_and_names(built, TODAY)}
    assert not names & {"Joanna Kamińska", "Booksy", "Sofia Lindqvist", "Wolt", "Revolut"}


def test_a_pasted_rejection_is_read_without_its_signature_or_her_comment(built: Build) -> None:
    booksy = [i.text for i in built.facts(TODAY).feedback() if i.path == "Companies/Booksy.md"]
    assert booksy == [
        "The team appreciated your strong SQL skills and the clarity of your take-home "
        "presentation.",
        "However, we have decided to move forward with candidates who have more hands-on "
        "experience with A/B testing in a product environment.",
    ]  # not "Best regards, Joanna Kamińska …" nor "ну что ж. ожидаемо после вопросов про power."


def test_at_least_is_no_but(built: Build) -> None:
    said = [i.text for i in built.facts(TODAY).feedback() if i.path == "Daily/2026-11-13.md"]
    assert said[0].startswith("Фидбек хотя бы нормальный: SQL сильный")  # "хотя бы": at least


def test_words_quoted_as_said_to_her_are_feedback(built: Build) -> None:
    items = built.facts(TODAY).feedback()
    read = {(i.company_name, i.text) for i in items}
    for company, said in [
        ("Revolut", "Your English is great, no concerns there"),  # '- "…" — ура'
        ("Allegro", "Your SQL is solid."),  # under "## Что сказал Piotr в конце"
        ("Docplanner", "I like that you start from the user problem, not from the query."),
        (
            "Wolt",
            "You come across as really motivated, and your questions about the courier "
            "app were sharp.",
        ),  # 'Sofia: "…"' in the company's timeline
        ("Bolt", "your background fits nicely with what the Rides team needs"),
    ]:
        assert (company, said) in read, said
    bolt = [i for i in items if i.text.startswith("your background fits nicely")]
    assert [i.polarity for i in bolt] == ["strength"]  # the team's need she meets: praise
    texts = " ".join(i.text for i in items)
    assert "come back to you" not in texts  # "I'll come back to you by Friday": a promise
    assert "What would you tell the PM first" not in texts  # a question


def test_a_hiring_managers_note_is_his_companys_word_said_once(built: Build) -> None:
    # Piotr's `Feedback::` repeats what the interview note quotes him saying; his note names
    # Allegro in plain words, and the Allegro interview lists him `with:`
    piotr = [i for i in built.facts(TODAY).feedback() if i.path == "People/Piotr Zieliński.md"]
    assert {i.company_name for i in piotr} == {"Allegro"}
    assert not [i for i in piotr if i.text.startswith("I'd like to see more")]  # a copy


def test_a_companys_feedback_is_dated_by_its_heading_or_opening_day(built: Build) -> None:
    on = {(i.path, i.text[:20]): i.on for i in built.facts(TODAY).feedback()}
    assert on[("Companies/Booksy.md", "The team appreciated")] == date(
        2026, 11, 13
    )  # "(email 13.11)"
    assert on[("Companies/Bolt.md", "your background fits")] == date(
        2026, 11, 27
    )  # "## HR screen 27.11"
    assert on[("Companies/Allegro.md", "23.11 (Ewa по телефо")] == date(2026, 11, 23)


def test_a_russian_speaker_in_a_latin_named_note_is_written_to_in_russian(built: Build) -> None:
    # "Anton Sidorenko.md" opens "# Антон Сидоренко" ("говорим по-русски"); Ewa's is Polish
    language = {c.name: c.language for c in built.facts(TODAY).contacts()}
    assert language["Anton Sidorenko"] == language["Olga Petrova"] == "ru"
    assert language["Ewa Nowak"] == language["Katarzyna Wójcik"] == "en"


def test_the_card_she_forgot_to_move_is_named_in_the_health_note(built: Build) -> None:
    # Booksy's card still stands under "## Интервью 🎤"; its note holds the rejection
    [card] = [d for d in built.facts(TODAY).problems() if "card" in d.message]
    assert (card.path, card.line, card.severity) == ("Поиск работы — доска.md", 28, "warning")
    assert "Booksy" in card.message and "карточка Booksy" in card.message_ru


def test_a_task_in_one_contacts_note_for_another_is_theirs_listed_once(built: Build) -> None:
    # Ewa's note: "- [ ] я → портфолио для Piotr (можно через неё)"; Piotr's own note keeps the
    # same promise in other words
    assert not [item for item in _items(built, "Ewa Nowak") if item.promise is not None]
    piotr = [item.promise.text for item in _items(built, "Piotr Zieliński") if item.promise]
    assert len(piotr) == 1 and "портфолио" in piotr[0]
