"""Feedback extraction and the themes report, on real vault folders."""

from __future__ import annotations

import re
from datetime import date

from conftest import MakeVault
from hypothesis import given
from hypothesis import strategies as st

from vaultkit.app import pipeline
from vaultkit.domain.feedback import split_items
from vaultkit.domain.feedback_leads import GIVEN
from vaultkit.domain.polarity import polarity
from vaultkit.domain.sections import NEGATIONS, is_feedback_heading
from vaultkit.notes import registry
from vaultkit.rules.themes import ThemeReport


def report(make_vault: MakeVault, files: dict[str, str | bytes], today: str) -> ThemeReport:
    root = make_vault(files)
    return registry.theme_report(
        pipeline.build(root, use_cache=False).facts(date.fromisoformat(today))
    )


def interview(company: str, recruiter: str, on: str, body: str, props: str = "") -> str:
    return (
        f'---\ntype: interview\ncompany: "[[{company}]]"\nrecruiter: "[[{recruiter}]]"\n'
        f"date: {on}\n{props}---\n{body}"
    )


def test_split_items_lists_and_prose() -> None:
    assert split_items("- First point\n- Second point\n1. Third one") == [
        "First point",
        "Second point",
        "Third one",
    ]
    assert split_items("Strong coding. Weak on design! Ok?") == [
        "Strong coding.",
        "Weak on design!",
        "Ok?",
    ]
    assert split_items("-\n- \n") == []


def test_items_from_sections_properties_and_contacts(make_vault: MakeVault) -> None:
    found = report(
        make_vault,
        {
            "Companies/Acme.md": "---\ntype: company\n---\n",
            "People/Anna.md": "---\ntype: contact\n---\n## Обратная связь\n"
            "- 2026-10-01 Слабый системный дизайн\n- 3 октября 2026: Хорошо объясняет решения\n",
            "Interviews/A.md": interview(
                "Acme",
                "Anna",
                "2026-10-10",
                "## Feedback\n- Weak system design\n### Round 2\n- Clear communication\n",
                'feedback: "Salary expectations above the budget"\n',
            ),
        },
        "2026-11-01",
    )
    texts = {item.text: item for item in found.items}
    assert set(texts) == {
        "Weak system design",
        "Clear communication",
        "Salary expectations above the budget",
        "Слабый системный дизайн",
        "Хорошо объясняет решения",
    }
    assert texts["Слабый системный дизайн"].on == date(2026, 10, 1)
    assert texts["Хорошо объясняет решения"].on == date(2026, 10, 3)
    assert texts["Weak system design"].company == "Companies/Acme.md"
    assert texts["Weak system design"].recruiter == "People/Anna.md"


HEADINGS = ("feedback", "обратная связь", "отзыв", "фидбек")


def test_feedback_headings_as_people_write_them() -> None:
    for heading in (
        "Feedback",
        "1. Feedback:",
        "💬 Фидбек",
        "Recruiter feedback",
        "Feedback from the recruiter",
        "Обратная связь от HR",
        "Feedback (Anna)",
        "Feedback — 2026-11-13",
        "Обратная связь, 15.10",
    ):
        assert is_feedback_heading(heading, HEADINGS), heading
    for heading in ("Feedbacks", "Feedback request", "Feedback request drafts", "No feedback"):
        assert not is_feedback_heading(heading, HEADINGS), heading
    assert not is_feedback_heading("Нет обратной связи", HEADINGS)


@given(st.text(max_size=40))
def test_words_then_feedback_make_a_feedback_heading_unless_they_deny_it(words: str) -> None:
    heading = f"{words} feedback"
    folded = heading.casefold()
    negated = bool(NEGATIONS.intersection(re.findall(r"[^\W\d_]+", folded)))
    given_by_me = GIVEN.search(folded) is not None  # "ОТВЕТИЛ feedback": the owner's own
    assert is_feedback_heading(heading, HEADINGS) is not (negated or given_by_me)
    assert is_feedback_heading(words, HEADINGS) in (True, False)  # any text: read, no error


def test_a_heading_with_words_around_feedback_holds_the_feedback(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Companies/Acme.md": "---\ntype: company\n---\n",
            "People/Anna.md": "---\ntype: contact\n---\n",
            "Interviews/A.md": interview(
                "Acme",
                "Anna",
                "2026-11-10",
                "## Feedback request\n- sent on 2026-11-11\n"
                "## Recruiter feedback\n- Weak system design\n",
                "stage: final\nresult: rejected\nresult_date: 2026-11-11\n",
            ),
        }
    )
    built = pipeline.build(root, use_cache=False)
    found = registry.theme_report(built.facts(date(2026, 11, 20)))
    assert [item.text for item in found.items] == ["Weak system design"]
    due = registry.due_report(built.facts(date(2026, 11, 12)))
    assert not [item for item in due.items if item.kind == "request_feedback"]  # received


def test_recurring_needs_two_different_sources(make_vault: MakeVault) -> None:
    files: dict[str, str | bytes] = {
        "Companies/Acme.md": "---\ntype: company\n---\n",
        "Companies/Beta.md": "---\ntype: company\n---\n",
        "People/Anna.md": "---\ntype: contact\n---\n",
        "People/Bob.md": "---\ntype: contact\n---\n",
        "Interviews/A1.md": interview(
            "Acme", "Anna", "2026-05-01", "## Feedback\n- Weak system design\n"
        ),
        "Interviews/A2.md": interview(
            "Acme", "Anna", "2026-10-01", "## Feedback\n- Architecture lacked depth\n"
        ),
    }
    single = report(make_vault, files, "2026-11-01")
    [design] = [s for s in single.stats if s.theme == "system_design"]
    assert not design.recurring and design.sources == 1
    assert design.trend == "steady"  # one before the 90 days, one within
    files["Interviews/B1.md"] = interview(
        "Beta",
        "Bob",
        "2026-10-20",
        "## Обратная связь\n- Не спроектировал масштабирование\n- Непонятная фраза без темы\n",
    )
    both = report(make_vault, files, "2026-11-01")
    [design] = [s for s in both.stats if s.theme == "system_design"]
    assert design.recurring and design.sources == 2 and design.improvements == 3
    assert design.trend == "rising"
    assert both.recurring_improvements[0].theme == "system_design"
    assert [item.text for item in both.unclassified] == ["Непонятная фраза без темы"]


def test_a_theme_of_my_own_from_the_config(make_vault: MakeVault) -> None:
    found = report(
        make_vault,
        {
            ".vaultkit/config.toml": '[themes.words]\nleadership = ["mentoring", "наставничество"]\n',
            "Interviews/A.md": "---\ntype: interview\ndate: 2026-10-01\n---\n## Feedback\n"
            "- Little mentoring experience\n",
        },
        "2026-11-01",
    )
    assert [stat.theme for stat in found.stats] == ["experience", "leadership"]


def test_a_list_of_pros_and_cons_says_its_sides() -> None:
    items = split_items(
        "+ сам нашёл гонку в их коде\n- про индексы в Postgres\n+ wrote tests first"
    )
    assert items == [
        "+ сам нашёл гонку в их коде",
        "− про индексы в Postgres",
        "+ wrote tests first",
    ]
    assert [polarity(item) for item in items] == ["strength", "improvement", "strength"]
    # a list of "-" items alone, or "+" items alone, is only a list
    assert split_items("- про индексы\n- про кэш") == ["про индексы", "про кэш"]
    assert split_items("+ про индексы\n+ про кэш") == ["про индексы", "про кэш"]
    # the mark is the writer's word, whatever a clause after it says: 26 of the 27 marked lines
    # of the training sets with a clause the other way are labelled with their mark's side
    assert polarity("+ Сказали, что ждут ответ до пятницы, но там вопросы по SQL") == "strength"


def test_pros_and_cons_in_an_interview_note_are_read_as_sides_and_shown_as_written(
    make_vault: MakeVault,
) -> None:
    found = report(
        make_vault,
        {
            "Companies/Acme.md": "---\ntype: company\n---\n",
            "People/Anna.md": "---\ntype: contact\n---\n",
            "Interviews/A.md": interview(
                "Acme",
                "Anna",
                "2026-11-10",
                "## Фидбек\n+ сам нашёл гонку в их коде на ревью\n"
                "- индексы в Postgres\n+ wrote the tests before they asked\n",
            ),
        },
        "2026-11-20",
    )
    assert [(item.text, item.polarity) for item in found.items] == [
        ("сам нашёл гонку в их коде на ревью", "strength"),
        ("индексы в Postgres", "improvement"),
        ("wrote the tests before they asked", "strength"),
    ]


def test_a_nested_plus_list_is_only_nesting() -> None:
    text = "- Coding\n  + strong on algorithms\n- Design\n  + weak on caching\n"
    assert split_items(text) == ["Coding", "strong on algorithms", "Design", "weak on caching"]
    sided = "- Coding\n\t+ strong\n\t- weak on caching\n"
    assert split_items(sided) == ["Coding", "+ strong", "− weak on caching"]
