"""Who gave what, read from the sentence: a table of phrasings in English and Russian, each
held to its direction, and the held-out labelled lines held to their accuracy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from direction_phrasings import CASES

from vaultkit.domain.clause_verbs import in_process
from vaultkit.domain.direction import read_value
from vaultkit.domain.exchange import read_exchange


@pytest.mark.parametrize("text, given, received", CASES)
def test_each_phrasing_reads_its_direction(
    text: str, given: tuple[str, ...], received: tuple[str, ...]
) -> None:
    exchange = read_exchange(text)
    assert (exchange.given, exchange.received) == (given, received)


DATA = Path(__file__).parent / "data"
HELD_OUT_FLOORS = {
    "direction_heldout": 0.88,
    "direction_heldout2": 0.88,
    "direction_vaultlines": 0.75,
    "direction_strangers": 0.67,
    "direction_strangers_heldout": 0.61,
}
"""Direction accuracy on lines by helpers who never saw the rules, never tuned on. The first:
0.744 with the rules alone, 0.831 with the first direction model, 0.841 with the model of nine
files, 0.855 with that of sixteen when this floor was set (2026-12-05), 0.845 with that of
eighteen, 0.860 with that of twenty-six; the second (a fifth writer, scored once the first model
was fixed): 0.643 by the rules alone, 0.777 with the first model, 0.820 with the model of nine
files, 0.857 with those of eighteen and twenty-six, 0.860 with that of thirty-two (its floor
raised to 0.85 then). A second reader agrees with its writer on
0.983 of it (bench_agreement). With forty-three writers, l2 1e-3 and the rules' silence no
evidence on a line they could not read: 0.899 and 0.897 (floors raised to 0.88). Issue 23 asks
for 0.95. direction_vaultlines: the list lines of sample_vault and tests/vaults/irina, labelled
by a helper who saw neither rules nor model; 0.755 at the session's start, 0.769 when its floor
was set (its mistakes were read for the rules on hiring-process lines, so it is no longer
unseen). direction_strangers and direction_strangers_heldout (2026-12-07): the lines the Network
note reads (each contact's interactions) of the strangers' vaults, 300 and 295, labelled by two
more helpers who saw neither, read in the owner's voice: 0.597 and 0.569 on arrival. Most of
what is missed is a contact's act told without a subject ("LinkedIn InMail, Senior Backend
Engineer", "фидбек после теха") or a step of a hiring process that these labellers counted as
a vacancy received ("позвала на финал"); the first set's mistakes may be read. With the three
readers of what the clause reading leaves with no actor (a step forward, feedback named, an
approach about a role; the twenty-fourth session): 0.640 and 0.590 (floors raised to 0.62 and
0.58). With the model trained also on the strangers' vaults' other 2,068 interaction lines
(direction_train71, labelled by six more helpers by the same guide; the twenty-eighth session):
0.703 and 0.647 (floors raised to 0.67 and 0.61). Those lines come from the same vaults: trained
on half the vaults' lines, the model reads the held-out lines of the other half 11 more right of
293, and direction_strangers's 1 more of 295."""


@pytest.mark.parametrize("name", sorted(HELD_OUT_FLOORS))
def test_the_held_out_lines_keep_their_direction(name: str) -> None:
    path = DATA / f"{name}.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    right = 0
    for row in rows:
        exchange = read_exchange(row["text"], "f" if row.get("owner") == "woman" else "")
        wanted = (bool(row["given"]), bool(row["received"]))
        right += (bool(exchange.given), bool(exchange.received)) == wanted
    assert right / len(rows) >= HELD_OUT_FLOORS[name]


@pytest.mark.parametrize(
    ("text", "received"),
    [
        ("Перешёл в [[Яндекс]]", ("update",)),  # -шёл is -шла in her words
        ("Ушёл из [[Сбер]] в [[Ozon]]", ("update",)),
        ("Свёл с [[Борис Орлов]]", ("introduction",)),  # -вёл is -вела
    ],
)
def test_his_irregular_past_in_a_womans_notes_is_his(text: str, received: tuple[str, ...]) -> None:
    exchange = read_exchange(text, "f")
    assert (exchange.given, exchange.received) == ((), received)
    assert read_exchange(text).given == received  # in a man's notes, his own


@pytest.mark.parametrize(
    ("text", "given", "received"),
    [
        ("- 01.11 по моей рекомендации Лёшу взяли к ним в Wolt", ["referral"], []),
        ("- 28/03 Shared updated CV to Sanjay bhai", ["update"], []),
        ("- In return helped Ankit debug his side project for 2 hrs", ["other"], []),
        ("- Ольгой была обещана рекомендация в Ozon, по состоянию на 20.11 не выполнено", [], []),
        (
            "- [[Deepak]] wanted to know the salary bands in London, shared my own numbers",
            ["market_info"],
            [],
        ),
    ],
)
def test_my_recommendation_a_diary_verb_and_promises_read_right(
    text: str, given: list[str], received: list[str]
) -> None:
    assert read_value(text) == (given, received)


def test_the_rules_read_talk_of_my_own_plans_as_news_i_gave() -> None:
    # the model may still add a side the rules leave empty; the rules' reading is this
    assert read_value("звонок: обсудили, какие роли мне интересны в 2027") == (["update"], [])
    assert read_value("обсудили мой переход в менеджмент") == (["update"], [])


@pytest.mark.parametrize(
    ("text", "given", "received"),
    [
        ("Вера спросила, не ищу ли я — сказала честно, что ищу уже два месяца", ["update"], []),
        ("- 6.11 ответила Горану что не иду", ["update"], []),
        ("Гоше сказала что я open to work, но не раньше мая", ["update"], []),
        ("- 10.04 написала Давиду, что выбираю EPAM, поблагодарила", ["update"], []),
        # a promise is no news yet, a withdrawal a step of the owner's own process
        ("сказала что спрошу HRD", [], []),
        ("- 26.10 написала что снимаюсь — переезжать не готова", [], []),
        # the contact's words about the owner are theirs, and the everyday is no news
        ("Сергей сказал что я прошла дальше", [], []),
        ("сказала мне, что ищу уже три месяца", [], ["update"]),  # her news
        ("сказал что иду к врачу, перенесли созвон", [], []),
    ],
)
def test_the_owner_telling_their_own_news_gives_it(
    text: str, given: list[str], received: list[str]
) -> None:
    assert read_value(text) == (given, received)


@pytest.mark.parametrize(
    ("text", "given", "received"),
    [
        # a subject-less call that brought the news: the contact came with it
        ("- 10/23 — called w/ take-home feedback", [], ["company_feedback"]),
        ("- 24.9. called w/ the Parcelly rejection + feedback", [], ["company_feedback"]),
        ("- 24.11. came back w/ 98k + 3k sign-on", [], ["market_info"]),
        ("- 27.03 вернулся с фидбеком от Revolut: технически ок", [], ["company_feedback"]),
        # the owner calling someone, or coming back with their own counter, is theirs
        ("called Chloe with the panel's feedback", ["company_feedback"], []),
        ("came back with a counter at 95k", ["market_info"], []),
        # what something is names no one it went to
        (
            "Call with [[Jasper Kok]]. It's [[Groenhuis]]: Lead FE, €85-95k",
            ["market_info"],
            ["market_info"],
        ),
    ],
)
def test_a_call_that_brought_the_news_is_theirs(
    text: str, given: list[str], received: list[str]
) -> None:
    assert read_value(text) == (given, received)


@pytest.mark.parametrize(
    ("text", "given", "received"),
    [
        # the words of a referral, advice and a gift
        ("Feb 3 — Nick put me forward to their CTO himself", [], ["referral"]),
        ("- 2026-11-09 submitted me to Kestrel", [], ["referral"]),
        ("she rewrote my LinkedIn headline, way better now", [], ["advice"]),
        ("Kofi sent me a thank-you note and a Starbucks card", [], ["other"]),
        ("Karol made comments on my CV in Google Docs", [], ["advice"]),
        ("sent slide comments ✅", ["advice"], []),
        ("left two comments on the PR", [], []),  # work, no advice to the owner
        # "прислал" sends here, unless it went elsewhere ("почти" is no "почта")
        ("прислал почти сразу вакансию в Ozon", [], ["vacancy"]),
        ("прислал HR-у резюме", ["update"], []),
        # not an idea put forward, not the owner's own card, not a plan
        ("put my name forward for the hackathon judging panel", [], []),
        ("topped up my Starbucks card", [], []),
        ("Tom said he'd put me forward for the Wise advisory thing - not yet", [], []),
        # "would I be interested" asks about a role offered; it plans nothing
        (
            "He said there's an analytics engineer role opening, would I be interested",
            [],
            ["vacancy"],
        ),
    ],
)
def test_the_words_of_value_read_right(text: str, given: list[str], received: list[str]) -> None:
    assert read_value(text) == (given, received)


@pytest.mark.parametrize(
    "text",
    [
        "Lena said she'd pass my resume to the T&S hiring manager. Waiting.",
        "- Kofi's wife said she'd submit the referral this week",
        "- попросила Артёма узнать вилку в Bolt, он сказал что уточнит",
        "кароч Артём сказал что закинет меня в их QA чат где вакансии постят",
    ],
)
def test_what_someone_said_they_would_do_moves_nothing_yet(text: str) -> None:
    assert read_value(text) == ([], [])


@pytest.mark.parametrize(
    ("text", "given", "received"),
    [
        # a promise kept later in the line moves what it promised
        ("she said she'd pass my CV — passed it same day", [], ["update"]),
        ("[[Вика]] сказала что закинет меня в реф — закинула", [], ["referral"]),
        # "'d" before a past participle is "had": done, no plan
        ("he'd forwarded the JD to me before it went public", [], ["vacancy"]),
        # the owner's plan after a comma is its own clause
        ("Гоша скинул 2 вакансии, на выходных посмотрю", [], ["vacancy"]),
        # a dash inside a link does not cut the line
        ("mock interview for her Parcelo final, [[2026-11-12 Mock int - Priya]]", ["advice"], []),
        # a promise kept, in parentheses, and a condition not yet met
        ("intro'd him to [[Jamie Docherty]] ✅ (promised 6th)", ["introduction"], []),
        ("ответила: «жаль. Если откроется ремоут позиция — напишу»", [], []),
    ],
)
def test_promises_kept_and_plans_in_their_own_clause(
    text: str, given: list[str], received: list[str]
) -> None:
    assert read_value(text) == (given, received)


def test_a_to_do_stays_a_plan_unless_it_says_it_was_done() -> None:
    assert in_process("- TODO: отправить ей CV Лёши")
    assert not in_process("- todo ✔ CV отправил Лене")
    assert not in_process("- todo: emailed Lena the deck")
    assert not in_process("- TODO: отправила CV")


@pytest.mark.parametrize(
    "text",
    [
        "- todo: need to send my CV to Lena",  # "need" only ends like a past verb
        "- TODO: send the updated CV to Raj",  # a participle naming the to-do's object
        "- TODO: Павел — отправить CV",  # a name
        "Next steps: финал в четверг, прислать кейс",  # a noun
        "- todo: speed up the intro to Mark",
    ],
)
def test_a_word_that_only_ends_like_a_past_verb_leaves_a_to_do_open(text: str) -> None:
    assert in_process(text)


@pytest.mark.parametrize(
    ("text", "voice", "given", "received"),
    [
        # after the contact's answer and a colon, the words are theirs, whoever they name
        (
            "- 26.11 — ответил: прошла дальше! финал 9 декабря, 4 раунда",
            "f",
            [],
            ["company_feedback"],
        ),
        # after the owner's telling, the owner's
        ("told Sam: Stripe band for L5 is 180-220", "", ["market_info"], []),
    ],
)
def test_whose_words_follow_a_colon(
    text: str, voice: str, given: list[str], received: list[str]
) -> None:
    found = read_exchange(text, "f" if voice else "")
    assert (list(found.given), list(found.received)) == (given, received)


@pytest.mark.parametrize(
    ("text", "given", "received"),
    [
        # a negation or a purpose after a comma is its own clause
        ("- кандидатке Ире отправил три вакансии, ни на одну не ответила", ["candidate"], []),
        (
            "- Паше скинула контакты двух знакомых QA в Амстердаме, чтоб не скучал",
            ["candidate"],
            [],
        ),
        # a deed after a request answers it, and a promise is kept by sharing
        ("- 25/04 someone asked re monzo interview, dm'd them my prep notes", ["advice"], []),
        ("- Gav asked for intro to Chloe, sorted", ["introduction"], []),
        (
            "- promised Ben I'd share my Meta prep plan; shared the Notion page tonight",
            ["advice"],
            [],
        ),
    ],
)
def test_the_clauses_after_a_comma_read_on_their_own(
    text: str, given: list[str], received: list[str]
) -> None:
    assert read_value(text) == (given, received)


@pytest.mark.parametrize(
    ("text", "given", "received"),
    [
        # a pasted chat's stamp is no word of the line: the speaker's label after it speaks
        (
            "[21.03.24 16:30] Марина: по фидбеку HM — сильный k8s, слабый Terraform",
            [],
            ["company_feedback"],
        ),
        ("[04.04.24] Лёха: закинул твоё CV тимлиду Касперского", [], ["update"]),
    ],
)
def test_a_chats_stamp_is_no_word_of_the_line(
    text: str, given: list[str], received: list[str]
) -> None:
    found = read_exchange(text, "")
    assert (list(found.given), list(found.received)) == (given, received)
