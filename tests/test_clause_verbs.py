"""The word classes who-did-what reads a clause by: here, a dative name opening a clause with
no verb, whom the clause's value went to (`clause_verbs.to_whom`)."""

from __future__ import annotations

import pytest

from vaultkit.domain.clause_verbs import to_whom


@pytest.mark.parametrize(
    "clause",
    [
        "Кате: оффер Авито + цветы",
        "Диме резюме Артёма",
        "Никите — ссылка на вакансию",
        "Наталье: вилки по рынку",
        "Андрею выслан оффер",
        "Юрию отзыв о собеседовании",
        "Игорю → фидбек по процессу",
        "Николаю: контакт HR",
        "Максу -> мок по алгоритмам",
        "Ерлану",  # cut at its arrow: "Ерлану -> JD"
        "[[Оле]]: контакт тимлида",
    ],
)
def test_a_dative_name_is_whom_it_went_to(clause: str) -> None:
    assert to_whom(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "Свету берут на стажировку",  # an accusative in -у, no sign after it
        "Олегу вакансию",  # a name in -у counts only before a colon, a dash or an arrow
        "Мишу позвали на финал",
        "Думаю написать Роме",
        "Пишу: резюме готово",
        "Тестовое — шанс",
        "Данные: 50k строк",
        "Пришлите резюме",
        "Давайте созвонимся",
        "Скиньте вакансию",
        "Мне: вилки",
        "Все с кем общаюсь",
        "После налогов выходит меньше",
        "Почему: это беттинг",
        "Решение: отказ",
        "Ранее: скрининг",
        "Резюме: обновил",
        "Вакансию закрыли",
        "Кофе с Инес",
        "Четыре дня до отказа",
        "Anna: sent the role",
        "кате: оффер",  # not capitalised: no name
    ],
)
def test_other_words_ending_as_a_dative_does_are_not(clause: str) -> None:
    assert not to_whom(clause)
