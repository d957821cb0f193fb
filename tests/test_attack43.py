"""The twenty-third attacker's lines on the news of a step forward in a hiring process
(2026-12-07): invitations and next rounds told by the contact, denied, hoped for, asked about,
told by the owner or given by the owner as the one who hires. Each line is read in its owner's
voice ("f": a woman's notes, "-": a man's or unknown); each side is held to "+" (some value; a
kind written after it is the attacker's guess, not held), "-" (none) or "?" (either). HELD are the 108 lines the first version of the reading got wrong
and every other line it mended; the ones still read wrong are named and held to their wrong
reading as strict expected failures, so a fix shows up here."""

from __future__ import annotations

import pytest

from vaultkit.domain.exchange import read_exchange

HELD = [
    ("-", '"Happy to let you know you\'ve passed to the next stage"', "-", "+company_feedback"),
    ("-", "не позвали на финал 😞", "-", "-"),
    ("-", "Не позвали на финал", "-", "-"),
    ("-", "так и не пригласили на собес", "-", "-"),
    ("-", "может позовут на финал, ждём", "-", "-"),
    ("-", "если позовут на финал — прошу 400", "-", "-"),
    ("-", "спросил Катю, когда позовут на финал", "-", "-"),
    ("-", "вроде бы позовут на финал, но не точно", "-", "-"),
    ("-", "надеюсь, позовут на техсобес", "-", "-"),
    ("-", "не факт, что позовут на финал", "-", "-"),
    ("-", "пока не зовут на финал", "-", "-"),
    ("-", "не зовут на финал 😕", "-", "-"),
    ("-", "жду приглашения на финал", "-", "-"),
    ("-", "приглашения на финал пока нет", "-", "-"),
    ("-", "инвайт на финал не пришёл", "-", "-"),
    ("-", "вдруг позовут на онсайт — надо загранпаспорт", "-", "-"),
    ("-", "а если пригласили на финал, то когда?", "-", "-"),
    ("-", "Катя думает, что позовут на финал", "-", "-"),
    ("-", "вряд ли позовут на финал после такого теха", "-", "-"),
    ("-", "не пригласили на интервью, вакансию заморозили", "-", "-"),
    ("-", "ещё не позвали на финал, жду", "-", "-"),
    ("-", "позовут на финал? хз", "-", "-"),
    ("-", "когда позовут на финал — напишу ей", "-", "-"),
    ("f", "не позвали на финал", "-", "-"),
    ("f", "может позовут на финал", "-", "-"),
    ("f", "если позовут на финал — возьму отгул", "-", "-"),
    ("f", "так и не позвал на финал", "-", "-"),
    ("f", "спросила, когда позовут на тех", "-", "-"),
    ("f", "не пригласили на второй этап", "-", "-"),
    ("-", "Вчера написал ей, что меня позвали на финал", "?", "-"),
    ("-", "Маше написал, что позвали на финал", "?", "-"),
    ("-", "Ей написал, что позвали на финал", "?", "-"),
    ("-", "Ему сказал, что пригласили на собес", "?", "-"),
    ("-", "отписался Кате, что позвали на финал", "?", "-"),
    ("-", "дал знать Лене, что пригласили на собес", "?", "-"),
    ("-", "рассказываю ей, что меня пригласили на финал", "?", "-"),
    ("-", "напсал ей, что позвали на финал", "?", "-"),
    ("-", "Написал ей: позвали на финал 🎉", "?", "-"),
    ("-", "отчитался ей: позвали на финал", "?", "-"),
    ("-", "обновил её: пригласили на финал", "?", "-"),
    ("f", "отписалась ему, что позвали на финал", "?", "-"),
    ("f", "Вчера сказала Олегу, что меня позвали на тех", "?", "-"),
    ("f", "Ей написала, что позвали на финал", "?", "-"),
    ("f", "Олегу написала, что пригласили на финал", "?", "-"),
    ("f", "Сегодня рассказала, что меня пригласили на собес", "?", "-"),
    ("-", "Потом позвал на финал Олега", "?", "-"),
    ("-", "Сразу позвал на финал", "?", "-"),
    ("-", "Артёма тоже позвал на финал", "?", "-"),
    ("-", "позвали на финал двоих из пятерых (я нанимаю)", "?", "-"),
    ("-", "отправил инвайт на финал Диме", "?", "-"),
    ("-", "Олега пригласил на техсобес, Катю — нет", "?", "-"),
    ("-", "Также пригласил на собес Лену", "?", "-"),
    ("-", "Лену пригласил на финал, скажу ей в пятницу", "?", "-"),
    ("f", "Вчера позвала на финал Петю", "?", "-"),
    ("f", "Сразу пригласила на финал", "?", "-"),
    ("f", "Олега позвала на техсобес", "?", "-"),
    ("-", "слышал, что Петю из соседнего отдела позвали на финал в Яндекс", "-", "-"),
    ("-", "Лена позвала на созвон, просто поболтать", "-", "-"),
    ("f", "Макс позвал на созвон, просто поболтать", "-", "-"),
    ("-", "they didn't move me to the final 😞", "-", "-"),
    ("-", "not moving me to onsite, no reasons given", "-", "-"),
    ("-", "won't invite me for an interview, position closed", "-", "-"),
    ("-", "If they move me to the final, I'll ask for 300k", "-", "-"),
    ("-", "hope they invite me to the onsite", "-", "-"),
    ("-", "might move me to the next round, waiting", "-", "-"),
    ("-", "Asked her whether they'd move me to the final", "-", "-"),
    ("-", "Will they invite me for an interview? no idea", "-", "-"),
    ("-", "fingers crossed they move me to the next round", "-", "-"),
    ("-", "they may push me to the final round next week", "-", "-"),
    ("-", "waiting to hear if they'll move me to the onsite", "-", "-"),
    ("-", "no word yet on moving me to the final", "-", "-"),
    ("-", "They decided not to move me to the final round", "-", "-"),
    ("-", "she couldn't push me through to the final", "-", "-"),
    ("-", "not sure they'll advance me to the panel", "-", "-"),
    ("-", '"can you move me to the final?" — asked her', "-", "-"),
    ("-", "unlikely they'll invite me for a second interview", "-", "-"),
    ("-", "they never invited me to the onsite in the end", "-", "-"),
    ("-", "if you passed the screen they'd have called by now", "-", "-"),
    ("-", "Asked Tom if they'd move me to the onsite", "-", "-"),
    ("-", "won't be moving you to the final, sorry — from Jen", "-", "-"),
    ("-", "they're not moving me forward to the next round", "-", "-"),
    ("-", "Told Anna they're moving me to the onsite", "?", "-"),
    ("-", "Texted Mike that they invited me to the final round", "?", "-"),
    ("-", "Updated [[Anna]]: they moved me to the onsite", "?", "-"),
    ("-", "Shared with [[Anna]] that they're moving me to the final", "?", "-"),
    ("-", "wrote to her that they invited me to the onsite", "?", "-"),
    ("-", "told Jess they're moving me forward to the panel", "?", "-"),
    ("-", "mentioned to Kate they're moving me to the final round", "?", "-"),
    ("-", "Called [[Rita]]: they're moving me to the final", "?", "-"),
    ("-", "Sent [[Sam]] our decision: moving you to the final round", "?", "-"),
    ("-", "Wrote to Sam: you passed the tech screen 👍", "?", "-"),
    ("-", "Called Sam: you passed the tech screen, onsite next", "?", "-"),
    ("-", "Emailed [[Priya]] - we'd like to invite you to the onsite", "?", "-"),
    ("-", "wants me to interview two candidates for her team", "?", "-"),
    ("-", "Anna wants me to do tech interviews for her startup", "?", "-"),
    ("-", "[[Oleg]] (ex-boss) wants me to run the interview loop for his new team", "?", "-"),
    ("-", "she wants me to screen candidates for her team", "?", "-"),
    ("-", "[[Lisa]] wants me to do a presentation on Kafka for her team", "?", "-"),
    ("-", "Messaged Sam: we're moving you to the panel", "?", "-"),
    ("-", 'My note to Sam: "you\'re through to the final"', "?", "-"),
    ("-", "inviting you for the onsite — sent to Alex", "?", "-"),
    ("-", "не знаю, moving me to the final or not", "-", "-"),
    ("f", "Написала ему, что меня позвали на финал", "?", "-"),
    ("f", "Рассказала Олегу, что позвали на финал", "?", "-"),
    ("-", "Катя спросила, позвали меня на финал или нет", "-", "-"),
    ("-", "she asked whether they invited me for an interview", "-", "-"),
    ("-", "попросил, чтобы позвали на финал", "-", "-"),
    ("-", "Asked Jess to push me to the final round", "-", "-"),
    ("-", "Хорошо бы позвали на финал", "-", "-"),
    ("-", "- 12.11 позвала на финал 🎉", "-", "+company_feedback"),
    ("-", "инвайт на техничку на 08.12", "-", "+company_feedback"),
    ("-", "рекрутер позвал меня на финал", "-", "+company_feedback"),
    ("-", "прилетел инвайт на онсайт от [[Марина]]", "-", "+company_feedback"),
    ("-", "меня пригласили сразу на финал 🚀", "-", "+company_feedback"),
    ("-", "позвали на следующий этап, ура", "-", "+company_feedback"),
    ("-", "пригласила на кейс-интервью в McKinsey", "-", "+company_feedback"),
    ("-", "Настя сообщила, что меня пригласили на финал", "-", "+company_feedback"),
    ("-", "пригласили на собеседование в Сбер (Катя передала)", "-", "+vacancy"),
    ("-", "зовут на 3-й раунд", "-", "+company_feedback"),
    ("-", "Пригласили на собес в Купер", "-", "+vacancy"),
    ("-", "«Позвали на финал!» — пишет Лена", "-", "+company_feedback"),
    ("-", "позвали-таки на финал", "-", "+company_feedback"),
    ("-", "позвали на HR-скрининг", "-", "+vacancy"),
    ("-", "[[Олег]] позвал меня на финал", "-", "+company_feedback"),
    ("-", "[[Игорь]] сказал: позвали на финал", "-", "+company_feedback"),
    ("-", "пригласили на собес, но я не пошёл", "-", "+vacancy"),
    (
        "-",
        "Лёшу (которого я рекомендовал) позвали на финал — Ира написала",
        "-",
        "+company_feedback",
    ),
    ("-", "позвали на встречу с лидом", "-", "+company_feedback"),
    ("-", "HR: позвали на кейс", "-", "+company_feedback"),
    ("-", "катя позвала на финал", "-", "+company_feedback"),
    ("f", "Игорь позвал на техсобес", "-", "+vacancy"),
    ("f", "зовут на финал в Авито", "-", "+company_feedback"),
    ("f", "Оля позвала меня на финал", "-", "+company_feedback"),
    ("f", "через Олега позвали на финал", "-", "+referral"),
    ("f", "пригласили на собеседование, Олег передал", "-", "+vacancy"),
    ("f", "получила приглашение на собес от Димы", "-", "+vacancy"),
    ("-", "Катю саму зовут на финал в Тинькофф, держим кулачки", "-", "+update"),
    ("f", "его позвали на финал в Сбер, он доволен", "-", "+update"),
    ("-", "[[Anna]] — moving you forward to the final round", "-", "+company_feedback"),
    ("-", "Got invited to the final by [[Tom]]", "-", "+company_feedback"),
    ("-", "Tom: you're through to the final", "-", "+company_feedback"),
    ("-", "invited me to the hiring manager interview", "-", "+company_feedback"),
    ("-", "she's pushing me through to the final round", "-", "+company_feedback"),
    ("-", "The team wants to bring you in for an onsite, per Jess", "-", "+company_feedback"),
    ("-", "Mark: you made it to the final round!", "-", "+company_feedback"),
    ("-", "Recruiter moved me to the next round", "-", "+company_feedback"),
    ("-", "Лена → moving me to onsite", "-", "+company_feedback"),
    ("-", "[[Anna]]: позвали на финал в Revolut", "-", "+company_feedback"),
    ("-", "позвали на финал (через 2 дня после теха)", "-", "+company_feedback"),
    ("-", "позвали на финал через HH", "-", "+company_feedback"),
    ("-", "меня пригласили на финал", "-", "+company_feedback"),
    ("-", "Катя: пригласили на финал", "-", "+company_feedback"),
    ("-", "позвала во второй раунд", "-", "+company_feedback"),
    ("-", "I've been moved to the final round (Jen)", "-", "+company_feedback"),
    ("-", "Jen: the HM wants to invite you for an interview", "-", "+vacancy"),
]
KNOWN_WRONG = [
    ("-", "позвaли на собес", "-", "+vacancy"),
    ("-", "Катя: прошёл на следующий этап", "-", "+company_feedback"),
    ("-", "Игорь: сказал, что зовут на финал", "-", "+company_feedback"),
    ("-", "позвала на финал, сказал что подумаю", "-", "+company_feedback"),
    ("-", "на собес позвали, но я отказался", "-", "+vacancy"),
    ("-", "уже не зовут на собес, закрыли позицию", "-", "-"),
    ("-", "Lisa: next step is the onsite, she'll send slots", "-", "+company_feedback"),
    ("-", "she confirmed I'm through to the onsite", "-", "+company_feedback"),
    ("-", "Rejected after the screen — not moving me to the tech round", "-", "-"),
    ("-", "сказал ей, что they moved me to the final", "?", "-"),
    ("-", "пригласил на собес к себе в команду, сам написал", "-", "+vacancy"),
]
"""Still read wrong: a misspelt verb or a Latin letter in it, a verb not of inviting ("прошёл на
следующий этап", "двигают дальше", "ты в финале"), the contact telling it after the step in
another clause ("…, Аня сообщила"), a step the owner turned down, the owner's side inviting
without a pronoun ("Его позвал на финал"), English told in quotes or with "next step"."""


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
