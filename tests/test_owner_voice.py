"""A woman's diary read as she wrote it: the genders of Russian past verbs say who acted."""

from __future__ import annotations

from datetime import date

from conftest import MakeVault, due_kinds_and_names
from hypothesis import given
from hypothesis import strategies as st

from vaultkit.app import pipeline
from vaultkit.app.session import Session
from vaultkit.domain.exchange import read_exchange
from vaultkit.domain.owner_voice import (
    contact_voice,
    gender_of,
    in_his_words,
    owner_gender,
    owner_voice,
    their_gender,
    voice_of,
)
from vaultkit.domain.who_did import read_turn
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
    # a day's log stamped with the hour (tests/vaults/vasilisa)
    assert _voice("- 11:00 — сдала ноутбук\n- 15:20 — написала Максиму\n- 9:40 перечитала") == "f"
    assert _voice("- 11:00 — сдал ноутбук\n- 15:20 — написал Максиму\n- 9:40 перечитал") == ""


def test_her_voice_is_told_from_her_paragraphs() -> None:
    # a diary kept in prose (tests/vaults/vika): the verbs that open its sentences are hers
    days = (
        "Созвонилась с Ириной, рассказала про оффер. Решила подождать до понедельника.",
        "Весь день делала тестовое для Кедра. Отправила вечером, устала как собака.",
    )
    assert _voice(*days) == "f"
    assert _voice("Написала Катя, позвала на собес. Ответила Лена, что всё ок. Спросила Оля.") == ""
    assert _voice("- Созвонилась с Ириной. Решила ждать. Отправила тестовое.") == ""  # a list item


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
    # a note's "он" of someone else: the surname says whose note it is
    assert (
        contact_voice("Алина Петрова", ["Нанимающий менеджер — Павел, он из Revolut, его команда"])
        == "f"
    )


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


def _gender(*notes: str) -> str:
    return gender_of(w for text in notes for w in loads(text, "Daily/2026-06-10.md").self_words)


def test_his_voice_is_told_as_hers_is() -> None:
    assert _gender("- написал Диме\n- сдал тестовое", "- получил отказ\n- я прошёл") == "m"
    assert _gender("- написала Диме\n- сдала тестовое\n- я прошла") == "f"
    assert _gender("- написал Диме\n- сдал тестовое") == ""  # too few to tell
    assert _gender("- написал\n- сдал\n- прошёл\n- написала") == "m"
    assert _gender("- написал\n- сдал\n- прошёл\n- написала\n- сдала") == ""  # mixed
    assert _gender("- пришёл отказ\n- пришёл оффер\n- пришло письмо") == ""


def test_a_subjectless_verb_of_the_contacts_gender_is_theirs() -> None:
    line = "01.12 прислала слоты на system design, ждёт подтверждения до 7.12."
    assert read_turn(line, "entry", None).by == "me"  # no one's gender known: the owner's
    assert read_turn(line, "entry", None, "f").by == "them"  # a man's note of a woman
    assert read_turn("01.12 прислал слоты", "entry", None, "f").by == "me"
    assert read_turn("скинул вакансию", "entry", None, "m").by == "them"  # hers, of a man
    assert read_turn("Написал Алине", "entry", None, "f").by == "me"
    assert read_turn("Позвонили из Яндекса", "entry", None, "f").by == "them"
    assert read_turn("ушло письмо с вопросом, когда удобно", "entry", None, "f").by == "me"
    assert read_turn("удалось созвониться", "entry", None, "f").by != "them"  # neuter
    assert read_turn("мейл ему: можно ли перенести?", "entry", None, "m").by != "them"
    assert their_gender("m", "f") == "f" and their_gender("f", "m") == "m"
    assert their_gender("f", "f") == their_gender("", "f") == their_gender("m", "") == ""


def _turns(make_vault: MakeVault, diary: str) -> list[str | None]:
    root = make_vault(
        {
            "Daily/2026-11-20.md": diary,
            "People/Алина Гусейнова.md": "---\ntype: contact\n---\n"
            "- 2026-12-01 прислала слоты на system design, ждёт подтверждения до 7.12\n"
            "- 2026-11-10 созвонились\n- 2026-11-05 написал ей в LinkedIn\n",
        }
    )
    facts = pipeline.build(root, use_cache=False).facts(date(2026, 12, 3))
    (alina,) = facts.contacts()
    return [i.turn.by for i in alina.interactions]


def test_her_slots_in_a_mans_vault_want_his_answer(make_vault: MakeVault) -> None:
    his = "- откликнулся в inDrive\n- отправил тестовое\n- получил отказ от Bolt\n"
    assert _turns(make_vault, his) == ["me", "both", "them"]
    # a vault that does not tell the owner's gender reads the line as the owner's, as before
    assert _turns(make_vault, "- Sent the CV\n")[-1] == "me"


def test_the_daemon_rereads_contacts_when_the_owners_gender_is_told(
    make_vault: MakeVault,
) -> None:
    # two masculine verbs tell no gender; a third, in a new diary note, does: the daemon's
    # next build reads Алина's "прислала слоты" anew, as a fresh build does
    today = date(2026, 12, 3)
    root = make_vault(
        {
            "Daily/2026-11-20.md": "- откликнулся в inDrive\n- отправил тестовое\n",
            "People/Алина Гусейнова.md": "---\ntype: contact\n---\n"
            "- 2026-12-01 прислала слоты на system design, ждёт подтверждения до 7.12\n",
        }
    )
    with Session.open(root) as session:
        before = pipeline.rebuild(session, today).build
        assert ("reply", "Алина Гусейнова") not in due_kinds_and_names(before, today)
        (root / "Daily/2026-11-21.md").write_text("- получил отказ от Bolt\n", encoding="utf-8")
        after = pipeline.rebuild(session, today).build
        assert after.graph.touched is not None  # the daemon's in-place path
        items = registry.due_report(session.facts(after, today)).items  # the session's facts
        assert [i.kind for i in items if i.contact and i.contact.name == "Алина Гусейнова"] == [
            "reply"
        ]


def test_interviewers_questions_in_a_note_of_her_own_make_no_mans_voice(
    make_vault: MakeVault,
) -> None:
    questions = "".join(f"- спросил про {topic}\n" for topic in ("Kafka", "SQL", "A/B", "cohorts"))
    root = make_vault(
        {
            "Daily/2026-11-20.md": "- отправила CV\n- написала Диме\n- получила отказ\n",
            "Вопросы с собесов.md": questions,
        }
    )
    assert owner_gender(pipeline.build(root, use_cache=False).graph) == "f"
