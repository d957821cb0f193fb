"""The twenty-second attacker's lines on who did what (2026-12-07): a `[[link]]` after a
preposition, meeting someone and whoever two people met through, his irregular past in a woman's
notes. Each line is read in its owner's voice ("f": a woman's notes, "-": a man's or unknown)
and must give what a careful reader labels; the ones still read wrong are named and held to
their wrong reading as strict expected failures, so a fix shows up here."""

from __future__ import annotations

import pytest

from vaultkit.domain.exchange import read_exchange

HELD = [
    ("-", "Закинула моё резюме в [[Авито]]", (), ("referral",)),
    ("-", "Благодаря ей познакомился с [[Борис Орлов]]", (), ("introduction",)),
    ("f", "Благодаря ему познакомилась с [[Борис Орлов]]", (), ("introduction",)),
    ("-", "Благодаря ей познакомились с [[Борис Орлов]]", (), ("introduction",)),
    ("-", "Познакомилась с [[Борис Орлов]] по моей рекомендации", ("introduction",), ()),
    ("-", "По моей наводке познакомилась с [[Борис Орлов]]", ("introduction",), ()),
    ("-", "Познакомилась с [[Борис Орлов]] по моей наводке", ("introduction",), ()),
    ("f", "С моей подачи познакомился с [[Борис Орлов]]", ("introduction",), ()),
    ("-", "Познакомилась с [[Борис Орлов]] с моей подачи", ("introduction",), ()),
    ("-", "Познакомилась с [[Борис Орлов]] через меня", ("introduction",), ()),
    ("f", "Познакомилась с [[Борис Орлов]] по его наводке", (), ("introduction",)),
    ("-", "Познакомились через общий чат", (), ()),
    ("-", "Познакомились через рабочий проект", (), ()),
    ("f", "Перешёл во [[ВКонтакте]]", (), ("update",)),
    ("f", "Перешёл из [[Сбер]] в [[Ozon]]", (), ("update",)),
    ("-", "Познакомила со [[Сергей Ильин]] из [[Ozon]]", (), ("introduction",)),
    ("-", "Рассказала об [[Авито]]: там заморозка найма", (), ("market_info",)),
    ("f", "Они познакомились через меня", ("introduction",), ()),
]
KNOWN_WRONG = [
    ("f", "Познакомилась с [[Олег Кузнецов]] с подачи [[Вика Соколова]]", (), ("introduction",)),
    ("-", "Познакомился с [[Даша Иванова]] с подачи Вики", (), ("introduction",)),
    ("-", "Познакомились благодаря [[Вика Соколова]]", (), ("introduction",)),
    ("-", "Познакомились через [[Хабр Карьера]]", (), ()),
    ("-", "Через меня познакомилась с [[Борис Орлов]]", ("introduction",), ()),
    ("-", "Познакомился с [[Анна Лебедева]] в чате, потом скинула вакансию", (), ("vacancy",)),
    ("-", "Скинул [[Петя Смирнов]] вакансию от [[Ozon]]", ("vacancy",), ()),
    ("f", "Получил оффер от [[Ozon]]", (), ("update",)),
    ("-", "Порекомендовала в [[Ozon]]", (), ("referral",)),
    ("-", "Met [[John Smith]] through [[Kate Brown]]", (), ("introduction",)),
]
"""Still read wrong: a go-between named after the verb as a name ("с подачи Вики") or a link
("благодаря [[Вика]]"), a channel that is a link ("через [[Хабр Карьера]]"), the model
overturning "Через меня познакомилась", a clause that leaves its subject to the next one
("…в чате, потом скинула вакансию"), "от [[Ozon]]" as the giver, an offer received, a
recommendation without its object; English "met … through …"."""


def _read(voice: str, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    exchange = read_exchange(text, "f" if voice == "f" else "")
    return exchange.given, exchange.received


@pytest.mark.parametrize(("voice", "text", "given", "received"), HELD)
def test_the_attackers_lines_read_right(
    voice: str, text: str, given: tuple[str, ...], received: tuple[str, ...]
) -> None:
    assert _read(voice, text) == (given, received)


@pytest.mark.parametrize(("voice", "text", "given", "received"), KNOWN_WRONG)
@pytest.mark.xfail(strict=True, reason="known wrong: see KNOWN_WRONG")
def test_the_attackers_lines_still_read_wrong(
    voice: str, text: str, given: tuple[str, ...], received: tuple[str, ...]
) -> None:
    assert _read(voice, text) == (given, received)
