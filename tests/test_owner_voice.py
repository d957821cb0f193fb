"""A woman's diary read as she wrote it: the genders of Russian past verbs say who acted."""

from __future__ import annotations

from datetime import date

from conftest import MakeVault
from hypothesis import given
from hypothesis import strategies as st

from vaultkit.app import pipeline
from vaultkit.domain.exchange import read_exchange
from vaultkit.domain.owner_voice import contact_voice, in_his_words, owner_voice, voice_of
from vaultkit.notes import registry
from vaultkit.parse.note_parser import loads


def _voice(*notes: str) -> str:
    return voice_of(w for text in notes for w in loads(text, "Daily/2026-06-10.md").self_words)


def test_her_voice_is_told_from_her_own_lines() -> None:
    assert _voice("- написала Диме\n- [x] сдала тестовое", "- 2026-07-29 получила отказ") == "f"
    assert _voice("Сегодня я прошла скрининг, а ещё я записалась на курс", "- сдала") == "f"
    assert _voice("- написал Диме\n- сдал тестовое", "- получил отказ\n- я прошёл") == ""
    assert _voice("- написала Диме", "- сдал тестовое") == ""  # too few to tell
    assert _voice("- пришёл отказ\n- пришёл оффер\n- сдала\n- прошла") == ""
    assert _voice("- Called Anna, sent my CV\n- asked about the band") == ""
    assert _voice("```\n- написала\n- сдала\n- прошла\n```") == ""  # code is no diary


def test_verbs_swap_their_gender_and_nothing_else() -> None:
    assert in_his_words("спросила про вилку. Скинул табличку") == (
        "спросил про вилку. Скинула табличку"
    )
    assert in_his_words("вернулась, а он вернулся") == "вернулся, а он вернулась"
    assert in_his_words("пришёл и смог, sent the CV") == "пришёл и смог, sent the CV"


def test_a_contacts_gender_from_pronouns_surname_or_first_name() -> None:
    assert contact_voice("Julia Hartmann", ["- she sent the JD", "- her offer came"]) == "f"
    assert contact_voice("Daniel Weber", ["- he called", "- asked him about it"]) == "m"
    assert contact_voice("Ольга Петрова", []) == "f"
    assert contact_voice("Сергей Пахомов", []) == "m"
    assert contact_voice("Кира Петрович", []) == ""  # the note does not say: read as written
    assert contact_voice("Дима", []) == ""
    assert contact_voice("Tom", ["- call"]) == ""


def _flows(make_vault: MakeVault, daily: str) -> dict[str, tuple[list[str], list[str]]]:
    root = make_vault(
        {
            "Daily/2026-06-10.md": daily,
            "Daily/2026-06-11.md": "- сдала тестовое в Tabula\n- отправила CV в Kettle Pay",
            "People/Дима Орлов.md": "---\ntags: [contact]\n---\n"
            "- 2026-06-17 спросила про зарплаты SDET. Скинул табличку из опроса чата\n",
            "People/Лена Ким.md": "---\ntags: [contact]\n---\n"
            "- 2026-06-18 прислала вакансию в Nordhaven\n",
            "People/Sarah Miller.md": "---\ntags: [contact]\n---\n"
            "- 2026-06-19 скинула табличку с зарплатами по рынку\n",
        }
    )
    built = pipeline.build(root, use_cache=False)
    report = registry.network_report(built.facts(date(2026, 7, 1)))
    return {
        r.contact.name: (sorted(k for k, _ in r.given), sorted(k for k, _ in r.received))
        for r in report.relationships
    }


def test_her_network_reads_who_sent_what(make_vault: MakeVault) -> None:
    hers = _flows(make_vault, "- написала Диме про Kettle Pay\n- получила отказ от Brightwave")
    assert hers["Дима Орлов"] == ([], ["market_info"])  # he sent the table, she asked
    assert hers["Лена Ким"] == ([], ["vacancy"])  # a woman to a woman: read as written
    assert hers["Sarah Miller"] == ([], ["market_info"])  # her note does not say: as written
    his = _flows(make_vault, "- написал Диме про Kettle Pay\n- получил отказ от Brightwave")
    assert his["Лена Ким"] == ([], ["vacancy"])
    line = "спросила про зарплаты SDET. Скинул табличку из опроса чата"
    assert read_exchange(line).given  # as written, a masculine verb is the owner's
    assert read_exchange(line, "f").received == ("market_info",)


@given(st.text(alphabet="-*я Яла лись\n`0123456789.сдпрошёбнк[x]", max_size=300))
def test_self_words_are_few_past_verbs_whatever_the_text(text: str) -> None:
    words = loads(text, "Daily/2026-06-10.md").self_words
    assert len(words) <= 24
    assert all(w == w.casefold() and w.endswith(("л", "ла", "лся", "лась")) for w in words)


def test_an_interviewers_questions_make_no_womans_voice(make_vault: MakeVault) -> None:
    questions = "## Вопросы\n- спросила про опыт с Kafka\n- попросила нарисовать схему\n"
    root = make_vault(
        {
            "Interviews/2026-11-12 Ozon.md": "---\ntype: interview\n---\n"
            + questions
            + "- спросила, почему ухожу\n- пришла обратная связь\n",
            "Daily/2026-11-13.md": "- написал Диме\n- пришла обратная связь от Ozon\n",
        }
    )
    assert owner_voice(pipeline.build(root, use_cache=False).graph) == ""
