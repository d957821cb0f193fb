"""The twenty-fourth attacker's lines (2026-12-07): feedback named with no one acting
("фидбек после теха", "tech round feedback") against feedback asked for, awaited, promised,
absent, nudged, passed on or given by an owner who hires, and more steps forward told, denied
or sent out by the owner. Each line is read in its owner's voice ("f": a woman's notes, "-": a
man's or unknown); each side is held to "+" (some value; a kind written after it is the
attacker's guess, not held), "-" (none) or "?" (either). HELD are the 75 lines the first version
of the reading got wrong and every other line it mended; the ones still read wrong are named and
held to their wrong reading as strict expected failures, so a fix shows up here."""

from __future__ import annotations

import pytest

from vaultkit.domain.exchange import read_exchange

HELD = [
    ("-", "- [ ] фидбек от HR", "?", "-"),
    ("-", "- [ ] feedback from recruiter", "?", "-"),
    ("-", "- [ ] feedback on Sam's take-home", "?", "-"),
    ("-", "- [ ] фидбек Лене по резюме", "?", "-"),
    ("-", "feedback call tomorrow", "?", "-"),
    ("-", "feedback call scheduled", "?", "-"),
    ("-", "фидбек-созвон в пт", "?", "-"),
    ("-", "созвон про фидбек назначен на чт", "?", "-"),
    ("-", "фидбека не было", "?", "-"),
    ("-", "фидбек отсутствует", "?", "-"),
    ("-", "фидбек так и не прислали", "?", "-"),
    ("-", "фидбек пока не пришёл", "?", "-"),
    ("-", "фидбек так и не пришёл", "?", "-"),
    ("-", "фидбек: пока пусто", "?", "-"),
    ("-", "фидбек — пока тишина", "?", "-"),
    ("-", "фидбек в процессе", "?", "-"),
    ("-", "фидбек будет в пн", "?", "-"),
    ("-", "фидбек к пн", "?", "-"),
    ("-", "фидбек до пятницы", "?", "-"),
    ("-", "фидбек ожидается в понедельник", "?", "-"),
    ("-", "фидбек от HM будет завтра", "?", "-"),
    ("-", "фидбек задерживается", "?", "-"),
    ("-", "feedback pending", "?", "-"),
    ("-", "feedback delayed again", "?", "-"),
    ("-", "feedback: TBD", "?", "-"),
    ("-", "feedback: n/a", "?", "-"),
    ("-", "feedback never came", "?", "-"),
    ("-", "feedback — none yet", "?", "-"),
    ("-", "feedback overdue", "?", "-"),
    ("-", "feedback hasn't arrived yet", "?", "-"),
    ("-", "feedback due Thu", "?", "-"),
    ("-", "feedback tomorrow", "?", "-"),
    ("-", "feedback:: pending", "?", "-"),
    ("-", "feedback:: —", "?", "-"),
    ("-", "фидбек — пнул ещё раз", "?", "-"),
    ("-", "feedback: reminded her twice", "?", "-"),
    ("-", "feedback nudge sent", "?", "-"),
    ("-", "фидбек: напомнил в пятницу", "?", "-"),
    ("-", "фидбек: поблагодарил", "?", "-"),
    ("-", "фидбек пришлю завтра", "?", "-"),
    ("-", "фидбек напишу", "?", "-"),
    ("-", "feedback later", "?", "-"),
    ("-", "фидбек даю по пятницам", "?", "-"),
    ("-", "фидбек кандидату: отказ", "?", "-"),
    ("-", "фидбек кандидату отправлен", "?", "-"),
    ("-", "фидбек команде по процессу", "?", "-"),
    ("-", "фидбек → кандидату", "?", "-"),
    ("-", "фидбек от нас: берём", "?", "-"),
    ("-", "фидбек с нашей стороны: берём", "?", "-"),
    ("-", "ОС с моей стороны: ок", "?", "-"),
    ("-", "Обратная связь кандидату: отказ", "?", "-"),
    ("-", "feedback on Sam's take-home sent", "?", "-"),
    ("-", "feedback for Anna on her CV", "?", "-"),
    ("-", "CV feedback for Sam", "?", "-"),
    ("-", "take-home feedback for Sam (sent)", "?", "-"),
    ("-", "Quick feedback on Anna's deck", "?", "-"),
    ("-", "feedback on her deck: too dense", "?", "-"),
    ("-", "feedback on the candidate written up", "?", "-"),
    ("-", "feedback from our side: strong yes", "?", "-"),
    ("-", "feedback form filled in", "?", "-"),
    ("f", "фидбек пришлю в пн", "?", "-"),
    ("f", "фидбек так и не прислали", "?", "-"),
    ("f", "фидбек: напомнила в пятницу", "?", "-"),
    ("f", "feedback on Sam's CV sent", "?", "-"),
    ("-", "Text to Sam: you passed the tech screen 🎉", "?", "-"),
    ("-", "Сообщение Пете: тебя зовут на финал", "?", "-"),
    ("-", "Пете: тебя позвали на финал", "?", "-"),
    ("-", "Обрадовал Петю — его позвали на финал", "?", "-"),
    ("-", "Письмо кандидату: приглашение на финал", "?", "-"),
    ("-", "Разослал приглашения на финал", "?", "-"),
    ("-", "Приглашения на собес разосланы", "?", "-"),
    ("-", "Кинул инвайт на техсобес", "?", "-"),
    ("-", "Скинул Пете инвайт на финал", "?", "-"),
    ("-", "Пишу Ане: позвали на финал", "?", "-"),
    ("f", "Разослала приглашения на техсобес", "?", "-"),
    ("-", "- 12.11 фидбек после теха: всё ок", "-", "+"),
    ("-", "ОС по сисдизу — слабовато по шардированию", "-", "+"),
    ("-", "debrief on case pres (call, 20 min)", "-", "+"),
    ("-", "фидбэк по финалу — положительный 🎉", "-", "+"),
    ("-", "Обратная связь по тестовому: хорошо, но медленно", "-", "+"),
    ("-", "фидбек по кейсу: круто, но долго", "-", "+"),
    ("-", "фидбек так себе", "-", "+"),
    ("-", "фидбек: не подхожу по грейду", "-", "+"),
    ("-", "фидбек по моему тестовому: норм, пара замечаний по тестам", "-", "+"),
    ("-", "**Фидбек:** сильный мидл, до сеньора не дотягивает", "-", "+"),
    ("-", "2024-11-12 — фидбек по техсобесу: слабая алгоритмика", "-", "+"),
    ("-", "обратка по кейсу: ок", "-", "+"),
    ("-", "фидбек по резюме — убрать фото, добавить метрики", "-", "+"),
    ("-", "фидбек после теха: ждут на финал", "-", "+"),
    ("-", "фидбек: нужно больше лидерского опыта", "-", "+"),
    ("-", "фидбек: нет, не берут", "-", "+"),
    ("-", "фидбек: хотят сеньора, я мидл", "-", "+"),
    ("-", "фидбек в телеге: «очень круто, двигаем дальше»", "-", "+"),
    ("-", "фидбек:: положительный", "-", "+"),
    ("-", "Feedback from the onsite: mixed", "-", "+"),
    ("-", "feedback positive, offer next week", "-", "+"),
    ("-", "debrief w/ Anna after onsite — good signals", "-", "+"),
    ("-", "Mock interview feedback: too many filler words", "-", "+"),
    ("-", "take-home feedback: clean code, missing tests", "-", "+"),
    ("-", "feedback: not a fit", "-", "+"),
    ("-", "feedback: no go, not enough leadership exp", "-", "+"),
    ("-", "feedback: should brush up on system design", "-", "+"),
    ("-", "feedback: great, moving to onsite", "-", "+"),
    ("-", "Nov 12 — feedback: HM wants to meet again", "-", "+"),
    ("-", "фидбак после теха: ок", "-", "+"),
    ("f", "фидбек после теха: всё ок", "-", "+"),
    ("f", "фидбек: не прошла по алгоритмам", "-", "+"),
    ("f", "debrief after the onsite: strong, offer coming", "-", "+"),
    ("-", "- 12.11 Позвала меня на финал 🎉", "-", "+"),
    ("-", "Позвали на техсобес в Авито", "-", "+"),
    ("-", "[[Ольга HR]] позвала на финал", "-", "+"),
    ("-", "её позвали на финал в Озон", "-", "+"),
    ("-", "Её позвали на финал, а меня нет", "-", "+"),
    ("-", "Приглашение на финал пришло", "-", "+"),
    ("-", "Олег позвал на финал", "-", "+"),
    ("-", "Рекрутер позвал на финал", "-", "+"),
    ("-", "HR позвал на финал", "-", "+"),
    ("-", "Позвал меня на финал", "-", "+"),
    ("-", "Олег сказал, что позвали на финал", "-", "+"),
    ("-", "Аня написала: позвали на финал", "-", "+"),
    ("-", "позвали на тех собес", "-", "+"),
    ("-", "зовут на второй этап", "-", "+"),
    ("-", "зовут на следующий раунд", "-", "+"),
    ("-", "Пригласили на собеседование", "-", "+"),
    ("-", "Прошёл скрининг, позвали на техсобес", "-", "+"),
    ("-", "They're moving me to the onsite next week", "-", "+"),
    ("-", "Anna: you're through to the final round!", "-", "+"),
    ("-", "Invited me to the final round", "-", "+"),
    ("-", "Got invited to the onsite", "-", "+"),
    ("-", "They want me for a second interview", "-", "+"),
    ("-", "moved me to the next round!!", "-", "+"),
    ("-", "Invited to the final round 🎉", "-", "+"),
    ("f", "позвали на финал", "-", "+"),
    ("f", "[[Катя]] позвала на финал", "-", "+"),
    ("f", "Приглашена на собес", "-", "+"),
    ("f", "Олег позвал на техсобес", "-", "+"),
]
KNOWN_WRONG = [
    ("-", "Фидбек от тимлида — понравился подход к декомпозиции", "-", "+"),
    ("-", "созвон про фидбек: HM за, ждём бюджет", "-", "+"),
    ("-", "email re feedback: rejected 😕", "-", "+"),
    ("-", "ОС по кандидату отправил рекрутеру", "?", "-"),
    ("-", "feedback on candidate #2 sent: strong hire", "?", "-"),
    ("f", "ОС от меня: берём", "?", "-"),
    ("-", "позвали на финал — жду даты", "-", "+"),
    ("-", "Рекрутер: «мы зовём вас на финал»", "-", "+"),
    ("-", "Passed the tech screen — Anna confirmed", "-", "+"),
    ("f", "Катя позвала на финал", "-", "+"),
]
"""Still read wrong: a line that opens with something else ("созвон про фидбек: …"), the rules
reading a given side in a feedback line ("Фидбек от тимлида — понравился …", "email re feedback:
rejected"), the owner's own feedback on a candidate read as received (before this change too),
a step awaiting its date ("жду даты"), one quoted ("«мы зовём вас на финал»"), English with no
inviting verb ("Passed the tech screen"), a woman inviting in a woman's notes."""


def _sides_hold(expected: str, kinds: tuple[str, ...]) -> bool:
    return expected == "?" or expected.startswith("+") == bool(kinds)


def _reads(voice: str, text: str, given: str, received: str) -> bool:
    exchange = read_exchange(text, "f" if voice == "f" else "")
    return _sides_hold(given, exchange.given) and _sides_hold(received, exchange.received)


@pytest.mark.parametrize(("voice", "text", "given", "received"), HELD)
def test_the_attackers_lines_read_right(voice: str, text: str, given: str, received: str) -> None:
    assert _reads(voice, text, given, received)


@pytest.mark.parametrize(("voice", "text", "given", "received"), KNOWN_WRONG)
@pytest.mark.xfail(strict=True, reason="known wrong: see KNOWN_WRONG")
def test_the_attackers_lines_still_read_wrong(
    voice: str, text: str, given: str, received: str
) -> None:
    assert _reads(voice, text, given, received)
