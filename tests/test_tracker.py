"""One note that keeps the whole job search, a section a company with its dated lines: each
section is a process of its own (its company, recruiter, latest round, outcome, next round);
a silent one is followed up, a decided one is not, a dated round is prepared for, and a tick
of its follow-up is recorded under its own heading. Sections that are no company's ("##
Notes") and notes of a few sections that log no steps are none."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import MakeVault, run_cli

from vaultkit.app import pipeline
from vaultkit.domain.process_remarks import process_remarks
from vaultkit.notes import registry
from vaultkit.notes.render import wikilink
from vaultkit.rules.facts import Facts

TODAY = date(2026, 12, 6)
NINA = "---\ntags: [hr]\n---\n# Нина\n"
TRACKER = """---
tags: [работа]
---
# Поиск работы 2026

Ищу: Senior Backend.

## Exness

Рекрутер — [[Нина]]
- 08.09 отправил резюме через Нину
- 18.09 скрининг с Ниной
- 15.10 пришёл отказ, шаблонный
- итог: отказ. закрыто.

## Playrix

Рекрутер — Ксения, только имя
- 03.11 откликнулся на hh
- 11.11 прислали тестовое
- 18.11 отправил тестовое. Ксения: "ответ в течение недели"
- итог: жду ответ

## Miro

- 10.09 откликнулся сам
- 13.10 тех интервью (Go) — норм
- 20.11 оффер!
- 27.11 offer declined by me
- итог: отказался сам

## Semrush

- 16.11 написали в линкедин
- 26.11 скрининг с HM
- 04.12 назначили тех интервью: **10.12 в 15:00**, Zoom

## Заметки

- 01.12 обновить резюме
- 02.12 прочитать про system design
"""


def _build(root: Path, today: date = TODAY) -> list[tuple[str, str]]:
    facts = pipeline.build(root, use_cache=False).facts(today)
    return sorted(
        (item.kind, item.interview.title if item.interview else "")
        for item in registry.due_report(facts).items
        if item.interview is not None
    )


def _vault(make_vault: MakeVault) -> Path:
    return make_vault({"Поиск работы 2026.md": TRACKER, "Люди/Нина.md": NINA})


def test_each_company_section_is_a_process(make_vault: MakeVault) -> None:
    facts = pipeline.build(_vault(make_vault), use_cache=False).facts(TODAY)
    read = {i.title: (i.recruiter, i.on, i.result, i.next_on) for i in facts.interviews()}
    assert read == {
        "Exness": ("Люди/Нина.md", date(2026, 9, 18), "rejected", None),
        "Playrix": (None, date(2026, 11, 18), "pending", None),
        "Miro": (None, date(2026, 10, 13), "withdrawn", None),
        "Semrush": (None, date(2026, 11, 26), None, date(2026, 12, 10)),  # 04.12 books it
    }  # "## Заметки" is no company's
    [miro] = [i for i in facts.interviews() if i.title == "Miro"]
    assert miro.path == "Поиск работы 2026.md#Miro"
    assert wikilink(miro.path) == "[[Поиск работы 2026#Miro|Miro]]"


def test_the_silent_one_is_followed_up_the_dated_round_prepared_for(
    make_vault: MakeVault,
) -> None:
    root = _vault(make_vault)
    assert _build(root) == [("follow_up", "Playrix")]
    assert ("prepare", "Semrush") in _build(root, date(2026, 12, 8))


def test_a_ticked_follow_up_is_recorded_under_its_section(make_vault: MakeVault) -> None:
    root = _vault(make_vault)
    assert run_cli("rebuild", root, "--today", TODAY.isoformat()).returncode == 0
    due = root / "vaultkit" / "Due contacts.md"
    text = due.read_text(encoding="utf-8")
    assert "[[Поиск работы 2026#Playrix|Playrix]]" in text
    due.write_text(text.replace("- [ ] Follow up with Playrix", "- [x] Follow up with Playrix"))
    assert run_cli("rebuild", root, "--today", TODAY.isoformat()).returncode == 0
    tracker = (root / "Поиск работы 2026.md").read_text(encoding="utf-8")
    playrix = tracker.split("## Playrix")[1].split("## Miro")[0]
    assert "- 2026-12-06 followed up" in playrix  # under its own heading, nowhere else
    assert tracker.count("followed up") == 1
    assert "Follow up with Playrix" not in due.read_text(encoding="utf-8")


def test_a_note_of_sections_that_log_no_process_is_no_tracker(make_vault: MakeVault) -> None:
    meeting = (
        "# Retro\n\n## Went well\n- 01.12 shipped the release\n- 02.12 fixed the build\n\n"
        "## To improve\n- 01.12 flaky tests\n- 03.12 slow reviews\n"
    )
    root = make_vault({"Retro.md": meeting})
    assert pipeline.build(root, use_cache=False).facts(TODAY).interviews() == ()


def test_the_word_a_section_reports_is_its_companys_feedback(make_vault: MakeVault) -> None:
    tracker = TRACKER.replace(
        "- 18.09 скрининг с Ниной\n",
        '- 18.09 скрининг с Ниной. Нина передала: "код чистый, но медленно"\n'
        "- 19.09 тимлид сказал что у них монолит на PHP\n",  # of the company: no feedback
    )
    root = make_vault({"Поиск работы 2026.md": tracker, "Люди/Нина.md": NINA})
    items = pipeline.build(root, use_cache=False).facts(TODAY).feedback()
    assert [(i.company_name, i.text, i.polarity, str(i.on)) for i in items] == [
        ("Exness", "код чистый", "strength", "2026-09-18"),
        ("Exness", "медленно", "improvement", "2026-09-18"),
    ]
    assert items[0].interview == "Поиск работы 2026.md#Exness"


def _processes(make_vault: MakeVault, notes: dict[str, str], today: date = TODAY) -> dict:
    root = make_vault(notes)
    facts = pipeline.build(root, use_cache=False).facts(today)
    return {i.title: (i.on, i.result) for i in facts.interviews()}


def test_a_subsection_is_its_companys_and_holds_its_decision(make_vault: MakeVault) -> None:
    note = (
        "# Job search\n\n## Bolt\n- 22.09 screening with Sarah\n- 06.10 tech interview\n\n"
        "### Final round\n- 03.11 final: behavioural\n- 12.11 rejected after the final\n\n"
        "## Wolt\n- 18.11 applied via referral\n- 25.11 HR screening with Emma\n"
    )
    read = _processes(make_vault, {"Job search.md": note})
    assert read == {
        "Bolt": (date(2026, 11, 3), "rejected"),
        "Wolt": (date(2026, 11, 25), None),
    }  # no company called "Final round"


@pytest.mark.parametrize(
    "note",
    [
        # reading about companies
        "## Bolt\n- 20.11 read their engineering blog: tech stack is Go\n"
        "- 28.11 watched the CTO talk on their interview process, final round is bar raiser\n"
        "## Wolt\n- 21.11 Glassdoor: screening is 30 min, tech interview 90 min\n"
        "- 29.11 read about their offer packages\n",
        # books and bakes
        "## Dune\n- 02.11 the interview with Herbert at the end\n- 10.11 finally finished\n"
        "## Apple pie\n- 12.11 first try, apples too sour, the final bake was dry\n"
        "- 20.11 applied the tip from mom, finally good\n",
        # a weekly review kept in one note
        "## Week 46\n- 10.11 screening at Bolt\n- 12.11 tech interview at Wolt\n"
        "## Week 47\n- 17.11 final at Bolt\n- 20.11 offer from Wolt\n",
    ],
)
def test_notes_that_keep_no_search_are_no_tracker(make_vault: MakeVault, note: str) -> None:
    assert _processes(make_vault, {"Notes.md": "# Notes\n\n" + note}) == {}


def test_the_owners_candidates_are_no_processes_of_his(make_vault: MakeVault) -> None:
    hiring = (
        "# Найм в команду\n\n## Иван Петров\n- 20.11 скрининг\n- 24.11 техническое интервью\n"
        "## Ольга Ким\n- 21.11 скрининг\n- 25.11 техническое интервью: слабая в SQL\n"
    )
    assert _processes(make_vault, {"Найм в команду.md": hiring}) == {}


def test_headings_a_link_cannot_name_or_said_twice_are_none(make_vault: MakeVault) -> None:
    note = (
        "# Job search\n\n## Acme | Payments\n- 10.11 screening\n- 20.11 tech interview\n"
        "## Wolt\n- 2025-10-03 screening\n- 2025-10-12 tech interview\n"
        "## [[Playrix]]\n- 11.11 got the take-home, тестовое\n- 18.11 sent the take-home\n"
        "## Bolt\n- 01.10 applied\n- 12.10 screening\n"
        "## Wolt\n- 10.11 screening with Emma\n- 23.11 tech interview\n"
    )
    read = _processes(make_vault, {"Job search.md": note})
    assert set(read) == {"Playrix", "Bolt"}  # "Acme | Payments" cannot be linked; Wolt twice


def test_a_tick_under_a_linked_heading_and_before_a_footer(make_vault: MakeVault) -> None:
    note = (
        "# Job search\n\n## [[Playrix]]\n- 11.11 got the take-home, тестовое\n"
        "- 18.11 sent the take-home, they said a week\n\n## Wolt\n- 18.11 applied via referral\n"
        "- 25.11 HR screening with Emma\n\n---\nSummary (stale):\n- 12.11 Bolt rejected\n"
        "- Wolt — in progress\n"
    )
    root = make_vault({"Job search.md": note})
    assert _build(root) == [("follow_up", "Playrix"), ("follow_up", "Wolt")]
    assert run_cli("rebuild", root, "--today", TODAY.isoformat()).returncode == 0
    due = root / "vaultkit" / "Due contacts.md"
    text = due.read_text(encoding="utf-8")
    assert "[[Job search#Playrix|Playrix]]" in text and "[[Job search#Wolt|Wolt]]" in text
    due.write_text(text.replace("- [ ] Follow up", "- [x] Follow up"), encoding="utf-8")
    assert run_cli("rebuild", root, "--today", TODAY.isoformat()).returncode == 0
    kept = (root / "Job search.md").read_text(encoding="utf-8")
    playrix = kept.split("## [[Playrix]]")[1].split("## Wolt")[0]
    wolt = kept.split("## Wolt")[1].split("---")[0]
    assert "followed up" in playrix and "followed up" in wolt
    assert kept.split("---")[1] == note.split("---")[1]  # the summary as it was
    assert _build(root) == []


def test_a_tracker_written_newest_first(make_vault: MakeVault) -> None:
    note = (
        "# Поиск работы\n\n## Semrush\n- 04.12 назначили тех интервью на 10.12 в 15:00\n"
        "- 26.11 скрининг с Мариной, норм\n## Wolt\n- 25.11 HR скрининг с Emma, всё хорошо\n"
        "- 18.11 отклик по рефералу\n"
    )
    root = make_vault({"Поиск работы.md": note})
    facts = pipeline.build(root, use_cache=False).facts(date(2026, 12, 8))
    read = {i.title: (i.on, i.next_on) for i in facts.interviews()}
    assert read == {
        "Semrush": (date(2026, 11, 26), date(2026, 12, 10)),
        "Wolt": (date(2026, 11, 25), None),
    }


def test_a_decision_is_read_where_a_clause_opens_with_it(make_vault: MakeVault) -> None:
    note = (
        "# Поиск работы\n\n## Miro\n- 10.11 скрининг, HM сказал, что рекрутер напишет\n"
        "- 24.11 тех интервью, спросили про ожидания по офферу\n"
        "## Wolt\n- 20.11 скрининг, обсуждали вилку; сказали что reject-ы у них обычно быстро\n"
        "- 27.11 тех интервью, 90 мин\n"
        "## TBC\n- 01.10 отклик\n- 14.10 интервью с тимлидом\n"
        "- 02.11 Давид написал: вакансию заморозили до весны\n"
    )
    read = _processes(make_vault, {"Поиск работы.md": note})
    assert {name: result for name, (_, result) in read.items()} == {
        "Miro": "pending",  # "рекрутер напишет": a word to wait for
        "Wolt": None,
        "TBC": "on_hold",
    }


def test_words_on_the_company_or_others_are_no_feedback(make_vault: MakeVault) -> None:
    note = (
        "# Поиск работы\n\n## Wolt\n- 20.11 скрининг с Emma\n"
        '- 27.11 тех интервью. HM про команду: "у нас сильная команда, но слабые процессы"\n'
        "- 28.11 Лёша сказал что в Wolt платят мало и менеджмент слабый\n"
        "## Miro\n- 10.11 скрининг\n- 24.11 тех интервью\n"
        '- 25.11 Рекрутер написала: "кандидат, которого взяли, очень сильный в Kubernetes"\n'
    )
    root = make_vault({"Поиск работы.md": note})
    assert pipeline.build(root, use_cache=False).facts(TODAY).feedback() == ()


BACKTICKS = (
    "# Job search\n\nSetup: ```uv sync``` works\n```uv sync```\n\n"  # inline code, no fence
    "## Bolt\n- 10.11 screening\n- 20.11 tech interview\n\n"
    "## Miro\n- 01.10 applied\n- 10.10 screening\n- 01.11 rejected after tech\n"
)


def _ticked(make_vault: MakeVault, note: str) -> tuple[Path, Path]:
    """A vault of `note` (as Job search.md) rebuilt, its follow-ups ticked in Due contacts."""
    root = make_vault({"Job search.md": note})
    assert run_cli("rebuild", root, "--today", TODAY.isoformat()).returncode == 0
    due = root / "vaultkit" / "Due contacts.md"
    text = due.read_text(encoding="utf-8").replace("- [ ] Follow up", "- [x] Follow up")
    due.write_text(text, encoding="utf-8")
    return root, due


def test_a_tick_whose_heading_was_renamed_goes_to_the_log(make_vault: MakeVault) -> None:
    note = BACKTICKS.replace("## Bolt", "## 🟡 Bolt")
    root, due = _ticked(make_vault, note)
    tracker = root / "Job search.md"
    tracker.write_text(note.replace("## 🟡 Bolt", "## 🟢 Bolt"), encoding="utf-8")
    ran = run_cli("rebuild", root, "--today", "2026-12-08")
    assert ran.returncode == 0 and "refused" not in ran.stdout + ran.stderr
    assert tracker.read_text(encoding="utf-8") == note.replace("## 🟡 Bolt", "## 🟢 Bolt")
    log = (root / "vaultkit" / "Interaction log.md").read_text(encoding="utf-8")
    assert "followed up" in log
    assert "date: 2026-12-08" in due.read_text(encoding="utf-8")  # the list goes on


def test_a_tick_under_a_heading_after_inline_triple_backticks(make_vault: MakeVault) -> None:
    root, _ = _ticked(make_vault, BACKTICKS)
    assert run_cli("rebuild", root, "--today", TODAY.isoformat()).returncode == 0
    kept = (root / "Job search.md").read_text(encoding="utf-8")
    bolt = kept.split("## Bolt")[1].split("## Miro")[0]
    assert kept.count("## Bolt") == 1 and "followed up" in bolt


MIRO = "## Miro\n- 01.10 applied\n- 10.10 screening\n- 01.11 rejected after tech\n"


def _acme_facts(make_vault: MakeVault, acme: str, today: date) -> Facts:
    """The facts of a tracker of Acme (its lines `acme`) and a rejected Miro, on `today`."""
    root = make_vault({"Search.md": f"# Search\n\n## Acme\n{acme}\n{MIRO}"})
    return pipeline.build(root, use_cache=False).facts(today)


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        ("- 25.11 offer rescinded after background check\n", ["request_feedback"]),  # no thanks
        ("- 25.11 Unfortunately they went with another candidate\n", ["request_feedback"]),
        (
            "- 25.11 Марина написала, что к сожалению выбрали другого кандидата\n",
            ["request_feedback"],
        ),
        ("- 30.11 rejected\n- 01.12 asked for feedback, waiting\n", ["feedback_reminder"]),
        ("- 30.11 rejected, no feedback (company policy)\n", ["request_feedback"]),
        ("- 22.11 they asked for two references, I promised to send by Friday\n", []),
        ("- 01.12 recruiter: final rounds with two other candidates on Dec 10\n", ["follow_up"]),
    ],
)
def test_what_a_section_says_after_its_final(
    make_vault: MakeVault, lines: str, kinds: list[str]
) -> None:
    acme = f"- 01.10 applied\n- 10.10 screening with recruiter\n- 20.11 final round\n{lines}"
    facts = _acme_facts(make_vault, acme, date(2026, 12, 1))
    due = [
        i.kind
        for i in registry.due_report(facts).items
        if i.interview and i.interview.title == "Acme"
    ]
    assert due == kinds


def test_a_referrer_linked_first_is_not_the_recruiter(make_vault: MakeVault) -> None:
    note = (
        "# Job search\n\n## Bolt\nReferral via [[Ivan Petrov]] — he forwarded my CV to their "
        "recruiter.\n- 02.11 applied\n- 10.11 screening with [[Sarah Klein]]\n"
        "- 20.11 tech interview, went ok\n\n## Miro\n- 01.10 applied\n- 10.10 screening\n"
        "- 01.11 rejected after tech\n"
    )
    root = make_vault(
        {
            "Job search.md": note,
            "People/Ivan Petrov.md": "---\ntags: [friend]\n---\n",
            "People/Sarah Klein.md": "---\ntags: [recruiter]\n---\n",
        }
    )
    [bolt] = [
        i
        for i in pipeline.build(root, use_cache=False).facts(TODAY).interviews()
        if i.title == "Bolt"
    ]
    assert bolt.recruiter == "People/Sarah Klein.md"


@pytest.mark.parametrize(
    ("line", "due_on"),
    [
        ("- 25.11 Recruiter said they'll decide by Dec 15\n", date(2026, 12, 16)),
        ("- 25.11 рекрутер: решение будет после 14 декабря\n", date(2026, 12, 15)),
        ("- 25.11 Recruiter said the team is still interviewing\n", date(2026, 11, 25)),
    ],
)
def test_an_answer_promised_for_a_day_is_awaited_till_then(
    make_vault: MakeVault, line: str, due_on: date
) -> None:
    acme = f"- 01.10 applied\n- 10.10 screening with recruiter\n- 20.11 final round\n{line}"
    facts = _acme_facts(make_vault, acme, date(2026, 12, 1))
    [follow_up] = [i for i in registry.due_report(facts).items if i.kind == "follow_up"]
    assert follow_up.due_on == due_on


def test_a_round_moved_later_in_a_section_is_its_next(make_vault: MakeVault) -> None:
    acme = "- 01.10 applied\n- 10.10 screening\n- 01.12 назначили финал на 10.12\n"
    acme += "- 03.12 перенесли финал на 14.12\n"
    facts = _acme_facts(make_vault, acme, date(2026, 12, 6))
    [process] = [i for i in facts.interviews() if i.title == "Acme"]
    assert process.next_on == date(2026, 12, 14)


def test_the_quotes_after_a_speakers_first_are_hers_too() -> None:
    line = (
        'Emma: "great communication, very clear", но мои ожидания по деньгам '
        '"a bit above the band for this level", сказала обсудим после техов'
    )
    assert process_remarks(line) == [
        "great communication, very clear",
        "a bit above the band for this level",
    ]
    assert process_remarks('Emma: "great communication", I replied "thanks, glad to hear"') == [
        "great communication"
    ]  # the owner's own quote is none
    assert process_remarks('Emma: "clear answers", Tom: "weak on SQL basics"') == [
        "clear answers",
        "weak on SQL basics",
    ]
