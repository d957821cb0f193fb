"""An attacker's cases against the fourteenth session's rules (talks called off, the team's
need met, weekly notes, chats and e-mails pasted into a log, plain-text companies, org notes),
each held to what a careful reader says."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import MakeVault

from vaultkit.app import pipeline
from vaultkit.domain.feedback_classifier import classify
from vaultkit.parse.note_parser import loads
from vaultkit.rules.facts import Facts

TODAY = date(2026, 12, 6)


def _facts(make_vault: MakeVault, files: dict[str, str]) -> Facts:
    return pipeline.build(make_vault(files), use_cache=False).facts(TODAY)


def _last(facts: Facts) -> dict[str, date | None]:
    return {c.name: c.last_interaction.on if c.last_interaction else None for c in facts.contacts()}


@pytest.mark.parametrize(
    "line",
    [
        "Had a call with [[Tom]] — the Monzo final was postponed to January",
        "Созвонились с [[Tom]] — он рассказал, что финал перенесли на январь",
        "Missed [[Tom]] at the meetup, caught up over lunch after",
        "Встретились с [[Tom]] в кафе, отменный разговор про найм",
        "Мок-собес с [[Tom]], готовиться особо не пришлось",
        "Lunch with [[Tom]]; her advice on the offer's cancellation clause",
        "Zoom with [[Tom]] – he rescheduled his move to Berlin",
        "~~gym~~ coffee with [[Tom]] about Monzo, ~~laundry~~",
        "[[Tom]] в телеге: созвон отменяется, давай в среду",
    ],
)
def test_a_talk_that_happened_is_a_talk_whatever_else_was_put_off(
    make_vault: MakeVault, line: str
) -> None:
    facts = _facts(make_vault, {"People/Tom.md": "#recruiter\n", "Daily/2026-11-20.md": line})
    assert _last(facts)["Tom"] == date(2026, 11, 20)


@pytest.mark.parametrize(
    "line",
    ["Call with [[Tom]] called off", "~~Написал [[Tom]] про реферал~~ (передумал)"],
)
def test_a_talk_called_off_or_struck_through_is_none(make_vault: MakeVault, line: str) -> None:
    facts = _facts(make_vault, {"People/Tom.md": "#recruiter\n", "Daily/2026-11-20.md": line})
    assert _last(facts)["Tom"] is None


def test_a_log_line_a_task_or_a_note_title_that_mentions_a_postponement_is_a_talk(
    make_vault: MakeVault,
) -> None:
    facts = _facts(
        make_vault,
        {
            "People/Tom.md": "#recruiter\n- 2026-11-20 call — went over the rescheduled final\n",
            "People/Kate.md": "#recruiter\n",
            "Daily/2026-11-18.md": "- [x] Call [[Kate]] about the postponed start date ✅ 2026-11-18",
        },
    )
    assert _last(facts) == {"Tom": date(2026, 11, 20), "Kate": date(2026, 11, 18)}


@pytest.mark.parametrize(
    "text",
    [
        "Far from what the team needs",
        "Не то, что нужно команде",
        "Что нужно команде, так это опыт с Kafka",
        "Что нужно команде сейчас — это сильный бэкенд",
        "Не совпадает с тем, что нужно команде",
        "Мимо того, что нужно команде",
        "Not exactly what the team needs",
        "Проблемы с коммуникацией",
    ],
)
def test_a_need_denied_or_set_is_no_praise(text: str) -> None:
    assert classify(text).polarity == "improvement"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("- вт 1 собес с [[Тимур]]", date(2026, 11, 24)),
        ("- Mon 30 min call with [[Tom]]", date(2026, 11, 23)),
        ("- Thu 3 rounds at Acme with [[Tom]]", date(2026, 11, 26)),
        ("- Wed 11 am coffee with [[Tom]]", date(2026, 11, 25)),
    ],
)
def test_a_number_after_a_weekday_is_no_day_unless_a_dash_follows(line: str, day: date) -> None:
    assert [entry.on for entry in loads(line, "Weeks/2026-W48.md").entries] == [day]


def test_a_days_heading_that_tells_of_a_talk_keeps_it(make_vault: MakeVault) -> None:
    facts = _facts(
        make_vault,
        {
            "People/Марко.md": "#recruiter\n",
            "People/Tom.md": "#recruiter\n",
            "People/Лена.md": "#recruiter\n",
            "Недели/2026-W46.md": "### 2026-11-10 — финал Nordeus с [[Марко]]\nПрошло хорошо.\n\n"
            "### 12.11 call with [[Tom]]\n\n## Пт 13.11 — кофе с [[Лена]]\n",
        },
    )
    assert _last(facts) == {
        "Марко": date(2026, 11, 10),
        "Tom": date(2026, 11, 12),
        "Лена": date(2026, 11, 13),
    }


def test_a_task_in_a_callout_under_a_day_is_no_talk(make_vault: MakeVault) -> None:
    facts = _facts(
        make_vault,
        {
            "People/Tom.md": "#recruiter\n",
            "Weeks/2026-W48.md": "## Fri 27.11\nQuiet day.\n> [!todo] Next week\n"
            "> - [ ] call [[Tom]] about the referral\n",
        },
    )
    assert _last(facts)["Tom"] is None


def test_a_deeper_heading_under_a_day_stays_in_that_day() -> None:
    note = loads("## Вт 24.11\n### Созвоны\n- созвон с [[Милица]]\n", "Недели/2026-W48.md")
    assert [entry.on for entry in note.entries] == [date(2026, 11, 24)]


def test_a_weekly_note_kept_a_section_a_company_is_still_a_tracker(
    make_vault: MakeVault,
) -> None:
    facts = _facts(
        make_vault,
        {
            "Weeks/2026-W48.md": "# Pipeline, week 48\n\n## Wolt\n- 23.11 отклик\n- 25.11 отказ\n\n"
            "## Bolt\n- 23.11 отклик\n- 27.11 скрининг\n",
        },
    )
    assert {i.company_name for i in facts.interviews()} == {"Wolt", "Bolt"}


def test_a_third_speaker_in_a_group_chat_is_heard(make_vault: MakeVault) -> None:
    facts = _facts(
        make_vault,
        {
            "Companies/Miro.md": "---\ntype: company\n---\n",
            "People/Анна Ким.md": "---\ncompany: Miro\n---\n#recruiter\n",
            "Weeks/2026-W47.md": "## Пн 16.11\nЧат с фидбеком:\n"
            "> [16.11.2026 12:05] Анна Ким: Вера, передаю слово Тому.\n"
            "> [16.11.2026 12:06] Tom Becker: Your system design was weak and unstructured.\n"
            "> [16.11.2026 12:20] Вера: Спасибо, подтяну.\n",
        },
    )
    said = {(i.company_name, i.polarity, i.text) for i in facts.feedback()}
    assert ("Miro", "improvement", "Your system design was weak and unstructured.") in said
    assert not [text for _, _, text in said if "подтяну" in text]


@pytest.mark.parametrize(
    "line",
    [
        "- Sophie passed on feedback from Monzo: strong SQL, but system design needs work",
        "- Frank feedback from Monzo: strong SQL, but system design needs work",
    ],
)
def test_a_company_named_outweighs_the_one_of_a_person_named(
    make_vault: MakeVault, line: str
) -> None:
    facts = _facts(
        make_vault,
        {
            "Companies/Monzo.md": "---\ntype: company\n---\n",
            "Companies/Harnham.md": "---\ntype: company\n---\n",
            "People/Sophie Marsh.md": "---\ncompany: Harnham\naliases: [Sophie]\n---\n",
            "People/Frank Doe.md": "---\ncompany: Harnham\naliases: [Frank]\n---\n",
            "Daily/2026-11-20.md": line,
        },
    )
    assert {i.company_name for i in facts.feedback()} == {"Monzo"}


def test_an_email_ends_where_the_owners_log_goes_on(make_vault: MakeVault) -> None:
    facts = _facts(
        make_vault,
        {
            "Companies/Auto Trader.md": "---\ntype: company\n---\n",
            "Daily/2026-11-24.md": "- Auto Trader said no. Pasting it in:\n\nFrom: Sophie Marsh\n"
            "Sent: 24 November 2026\nSubject: RE: Auto Trader – feedback\n\n"
            "Here is their feedback:\n- The panel said you were a great communicator.\n\n"
            "- Mock interview with Dan; he said my system design answers ramble\n",
        },
    )
    said = [(i.company_name, i.text) for i in facts.feedback()]
    assert said == [("Auto Trader", "The panel said you were a great communicator.")]


def test_a_chat_with_a_twelve_hour_clock_is_stamped_month_first() -> None:
    note = loads("[12/2/26, 11:02:15 AM] Tom Baker: Great news\n", "People/Tom Baker.md")
    assert [entry.on for entry in note.entries] == [date(2026, 12, 2)]


def test_feedback_in_a_chat_pasted_later_is_of_the_day_it_was_said(
    make_vault: MakeVault,
) -> None:
    facts = _facts(
        make_vault,
        {
            "Companies/Miro.md": "---\ntype: company\n---\n",
            "People/Анна Ким.md": "---\ncompany: Miro\n---\n#recruiter\n",
            "Weeks/2026-W48.md": "## Пт 27.11\nНашла старый чат с фидбеком:\n"
            "> [16.11.2026 12:05] Анна Ким: Вера, в целом сильно, но не хватает метрик.\n",
        },
    )
    assert {i.on for i in facts.feedback()} == {date(2026, 11, 16)}
    assert _last(facts)["Анна Ким"] == date(2026, 11, 16)


def test_a_folder_of_research_interviews_and_an_organisation_tag_are_no_job_search(
    make_vault: MakeVault,
) -> None:
    facts = _facts(
        make_vault,
        {
            "Интервью/Респондент 4 — онбординг.md": "---\ndate: 2026-11-20\n---\nХвалил онбординг.",
            "Weekly review.md": "#organization\n\nFeedback: clear and well structured.\n",
        },
    )
    assert facts.interviews() == () or not list(facts.interviews())
    assert not list(facts.feedback())
