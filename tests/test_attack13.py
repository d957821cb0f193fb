"""What a second attacker broke in the twelfth session's newest rules (next steps kept in
properties, tracker tables and boards, a name in Cyrillic, drafts by what was promised, lines
that say nothing more), each kept as the note that broke it."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import MakeVault

from vaultkit.app import pipeline
from vaultkit.domain.addressing import language_of
from vaultkit.domain.feedback import split_items
from vaultkit.domain.next_action import planned_steps, step_day_problems
from vaultkit.domain.promises import Promise
from vaultkit.notes import registry
from vaultkit.notes.drafts import promise_kind
from vaultkit.parse.note_parser import loads

TODAY = date(2026, 12, 6)


def _step(words: str, day: str = "") -> tuple[int, str, date | None] | None:
    text = f"---\ntype: person\nnext_action: {words}\nnext_action_date: {day}\n---\n"
    steps = planned_steps(loads(text, "People/Bob.md"), TODAY)
    return steps[0] if steps else None


@pytest.mark.parametrize(
    "words",
    [
        "they'll call me",
        "HR to send contract",
        "waiting for their reply",
        "Noah will intro me to the CTO",
        "ball is in their court",
        "done",
        "TBD",
        "'-'",
        "Follow up? No.",
        "нужно ли писать? нет",
    ],
)
def test_a_step_that_is_someone_elses_or_none_is_no_promise(words: str) -> None:
    assert _step(words) is None


@pytest.mark.parametrize(
    ("words", "day"),
    [
        ("Don't forget to send the portfolio", None),
        ("Send CV (which version?)", None),
        ("Нет ответа — напомнить про тестовое", None),
        ("send portfolio by 15.12", date(2026, 12, 15)),  # a day its words give
    ],
)
def test_a_step_of_the_owners_is_one(words: str, day: date | None) -> None:
    step = _step(words)
    assert step is not None and step[2] == day


def test_a_step_planned_for_another_day_is_another_step() -> None:
    def planned(day: date) -> Promise:
        return Promise("People/Bob.md", 3, "follow up", day, None, "People/Bob.md", True)

    assert planned(date(2026, 12, 4)).block_id != planned(date(2026, 12, 10)).block_id


def test_feedback_that_goes_on_after_nothing_or_a_lead_in_is_kept() -> None:
    items = split_items(
        "Nothing specific on the code, but they said my system design was weak.\n"
        "Strong communication, weak testing discipline. Details from Lena:\n"
        "- need more experience with Kafka\n"
    )
    assert "Strong communication, weak testing discipline." in items
    assert any(item.startswith("Nothing specific on the code, but") for item in items)


COMPANIES = {f"Companies/{name}.md": "---\ntype: company\n---\n" for name in ("Kontor", "Allegro")}
LENA = "---\ntype: contact\ncompany: '[[Allegro]]'\ntags: [recruiter]\n---\n"
SILENT = (
    "---\ntype: interview\ncompany: '[[Allegro]]'\nrecruiter: '[[Lena]]'\ndate: 2026-11-20\n"
    "stage: tech\n---\n"
)


def _chased(make_vault: MakeVault, path: str, text: str) -> bool:
    files = {**COMPANIES, "People/Lena.md": LENA, "Interviews/Allegro tech.md": SILENT, path: text}
    facts = pipeline.build(make_vault(files), use_cache=False).facts(TODAY)
    return any(i.kind == "follow_up" for i in registry.due_report(facts).items)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        (  # the row is Kontor's; Allegro is only named in it
            "Search.md",
            "| Company | Role | Status |\n|---|---|---|\n"
            "| [[Kontor]] via an [[Allegro]] alum | PA | Rejected |\n",
        ),
        (  # outreach, not applications
            "Outreach.md",
            "| Company | Person | Message | Status |\n|---|---|---|---|\n"
            "| [[Allegro]] | their CTO | asked for a coffee chat | ghosted 👻 |\n",
        ),
        (  # last year's search
            "Job search 2025.md",
            "| Company | Applied | Status |\n|---|---|---|\n| [[Allegro]] | 05.02 | Rejected |\n",
        ),
        (  # the steps done lane keeps no rejection open, and last year's board decides nothing
            "Board 2025.md",
            "---\nkanban-plugin: board\n---\n\n## Rejected\n\n- [ ] [[Allegro]] @{2025-03-01}\n",
        ),
    ],
)
def test_a_table_or_board_that_is_not_this_process_settles_nothing(
    make_vault: MakeVault, path: str, text: str
) -> None:
    assert _chased(make_vault, path, text)


def test_a_done_lane_keeps_no_rejected_company_open(make_vault: MakeVault) -> None:
    board = (
        "---\nkanban-plugin: board\n---\n\n## Done ✔\n\n- [x] [[Allegro]] HR screen\n\n"
        "## Rejected ❌\n\n- [ ] [[Allegro]] after tech\n"
    )
    assert not _chased(make_vault, "Board.md", board)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("# Clara Novak\n\nМы не говорим по-русски, только English.\n", "en"),
        ("# Jane Doe\n\n- 2026-11-27 call; she asked whether I speak Russian\n", "en"),
        ("# Заметки Созвона\n", "en"),  # a heading that is not the name
        ("# Анна Смит (пишем только по-английски)\n", "en"),
        ("# Денис Орлов — рекрутер Яндекса\n", "ru"),
        ("# 👤 **Денис Орлов**\n", "ru"),
    ],
)
def test_russian_is_written_only_to_who_reads_it(text: str, language: str) -> None:
    title = "Denis Orlov" if "Денис" in text else "Karl Marx" if "Заметки" in text else "Anna"
    assert language_of(loads(f"---\ntype: contact\n---\n{text}", f"People/{title}.md")) == language


@pytest.mark.parametrize(
    ("task", "kind"),
    [
        ("ask Anna to send me the contract", "ask"),
        ("спросить, получили ли они моё резюме", "ask"),
        ("thank [[Anna]] for the intro", ""),
        ("update CV before the call with [[Anna]]", ""),
    ],
)
def test_a_drafts_kind_is_its_first_verb(task: str, kind: str) -> None:
    assert promise_kind(task) == kind


def test_a_list_of_steps_is_each_a_step_and_a_wait_among_them_none() -> None:
    text = (
        "---\ntype: person\nnext_action:\n  - send portfolio by 15.12\n  - they'll call me\n"
        "  - call Anna\n---\n"
    )
    steps = planned_steps(loads(text, "People/Bob.md"), TODAY)
    assert [(words, day) for _, words, day in steps] == [
        ("send portfolio by 15.12", date(2026, 12, 15)),
        ("call Anna", None),
    ]


def test_a_step_date_that_is_no_date_is_named_with_its_line() -> None:
    text = "---\ntype: person\nnext_action: send CV\nnext_action_date: Fri 4th\n---\n"
    note = loads(text, "People/Bob.md")
    [problem] = step_day_problems(note)
    assert (problem.line, problem.severity) == (4, "warning")
    assert "'Fri 4th'" in problem.message
    assert not step_day_problems(loads(text.replace("Fri 4th", "2026-12-04"), "People/Bob.md"))
