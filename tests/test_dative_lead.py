"""A line that opens with a Russian given name in the dative and no verb: whom its value went
to (`dative_lead.to_whom`), where nothing in the line plans, wants, asks, denies or thanks
(`dative_lead.went_to`)."""

from __future__ import annotations

import pytest

from vaultkit.domain.dative_lead import spoken_by, to_whom, went_to
from vaultkit.domain.exchange import read_exchange
from vaultkit.domain.short_names import name_gender


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
        "Олегу вакансию",
        "Павлу контакт HR",
        "Марии: подборка вакансий",
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
        "Хосе: вакансия в Мадриде",  # a foreign name in the nominative: the speaker
        "Рене: фидбек по резюме",
        "Вроде бы вакансия открыта",
        "Похоже, вакансия в архиве",
        "Воскресенье: разбор резюме",
        "Марию спросить про вакансию",
        "Ирину — в шорт-лист",
        "Поможете с рефкой",
        "Вакансии: две в Озоне",
        "НефтеСервис (17.09), HRD: отказ",
    ],
)
def test_other_words_ending_as_a_dative_does_are_not(clause: str) -> None:
    assert not to_whom(clause)


@pytest.mark.parametrize(
    "line",
    [
        "кате: оффер авито + цветы 💐 в благодарность",
        "гоше в благодарность — бутылку портвейна",
        "диме резюме артёма",
        "- 12.03 юрию отзыв о собеседовании",
    ],
)
def test_a_line_that_says_it_went_went(line: str) -> None:
    assert went_to(line)


@pytest.mark.parametrize(
    "line",
    [
        "кате — скинуть вакансию озона",
        "кате резюме — не забыть",
        "диме резюме артёма — потом",
        "кате резюме ⏳",
        "кате хочу скинуть вакансию",
        "кате нужна рефка в яндекс",
        "диме интересна вакансия тимлида",
        "кате — пинг по рефке",
        "кате — отказ по вакансии",
        "андрею оффер — не выслан ещё",
        "кате респект за интро с cto",
        "лене thx за вакансию",
        "кате (от неё): вакансия в озоне",
        "кате резюме до пятницы",
        "тимуру — вакансию qa, когда катя пришлёт jd",
        "кате: send cv",
        "саше — что-нибудь из мерча",
        "кате вилка?",
    ],
)
def test_a_line_that_plans_wants_asks_denies_or_thanks_did_not_go(line: str) -> None:
    assert not went_to(line)


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Костя", "m"),
        ("Лёха", "m"),
        ("Никита", "m"),
        ("Игорь", "m"),
        ("Лена", "f"),
        ("Мария", "f"),
        ("Саша", ""),
        ("Женя", ""),
    ],
)
def test_a_given_name_has_its_gender(name: str, gender: str) -> None:
    assert name_gender(name) == gender


def test_only_a_known_name_alone_is_a_speakers_label() -> None:
    assert spoken_by("Костя", "закинул тебя через реф") == "m"
    assert spoken_by("Вилка", "200-250") == ""  # no name
    assert spoken_by("Костя сказал", "ок") == ""  # not alone
    assert spoken_by("Костя", "скинул вакансию, он откликнулся") == ""  # a topic: "он" is him


@pytest.mark.parametrize(
    ("line", "given", "received"),
    [
        ("Костя: закинул тебя через реф", (), ("referral",)),
        ("- 20.10 Игорь: реферал отправлен ✅", (), ("referral",)),
        ("- 25.11 Костя: скинул вакансию в Тинек", (), ("vacancy",)),
        ("Лена: скинула вакансию", (), ("vacancy",)),
        ("Костя: дал ему контакт Нино", ("introduction",), ()),  # "ему": the owner gave
        ("Костя: скинул вакансию, он откликнулся", ("vacancy",), ()),  # a topic, then "он"
        ("told Sam: Stripe band for L5 is 180-220", ("market_info",), ()),  # what I told
        ("написал Косте: закинул меня в реф через час", (), ("referral",)),  # his doing
    ],
)
def test_the_verb_after_a_speakers_label_is_theirs(
    line: str, given: tuple[str, ...], received: tuple[str, ...]
) -> None:
    exchange = read_exchange(line)
    assert (exchange.given, exchange.received) == (given, received)


def test_in_a_womans_notes_the_label_leaves_her_verbs_hers() -> None:
    assert read_exchange("Игорь: скинула вакансию", "f").given == ("vacancy",)
    assert read_exchange("- Дима: Amsterdam SDET ~75k", "f").received == ("market_info",)
