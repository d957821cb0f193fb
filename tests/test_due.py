"""The due rules at their boundaries, on real vault folders."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import MakeVault

from vaultkit import config
from vaultkit.app import pipeline
from vaultkit.app.session import Session
from vaultkit.domain.addressing import addressed_as
from vaultkit.domain.note_outcome import is_final_stage, normalise_result
from vaultkit.notes import due_reasons, due_wording, registry
from vaultkit.rules.due import DueItem

COMPANY = "---\ntype: company\n---\n"


def items(root: Path, today: str) -> list[DueItem]:
    built = pipeline.build(root, use_cache=False)
    return list(registry.due_report(built.facts(date.fromisoformat(today))).items)


def kinds(root: Path, today: str) -> list[tuple[str, str, str]]:
    return [
        (i.kind, i.contact.name if i.contact else "", i.due_on.isoformat())
        for i in items(root, today)
    ]


def contact(props: str, body: str = "") -> str:
    return f"---\ntype: contact\n{props}\n---\n{body}"


def test_cadence_day_boundary(make_vault: MakeVault) -> None:
    root = make_vault({"People/Anna.md": contact("tier: key\nlast_contact: 2026-10-01")})
    [item] = items(root, "2026-10-31")  # 30 days: due today, not overdue
    assert (item.kind, item.due_on.isoformat(), item.days_since) == ("reach_out", "2026-10-31", 30)
    assert not item.due_on < date(2026, 10, 31)
    [later] = items(root, "2026-11-01")
    assert later.due_on < date(2026, 11, 1)  # a day later it is overdue


def test_tier_defaults_and_cadence_override(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Key.md": contact("tier: ключевой\nlast_contact: 2026-10-01"),
            "People/Support.md": contact("last_contact: 2026-10-01"),
            "People/Custom.md": contact(
                "tier: key\ncadence: раз в 2 недели\nlast_contact: 2026-10-01"
            ),
        }
    )
    due = {i.contact.name: i.due_on.isoformat() for i in items(root, "2026-12-29") if i.contact}
    assert due == {"Key": "2026-10-31", "Support": "2026-12-30", "Custom": "2026-10-15"}


def test_tiers_written_as_synonyms_or_phrases(make_vault: MakeVault) -> None:
    tiers = {
        "VIP": "key",
        "Key contact": "key",
        "важный": "key",
        "вспомогательный": "supporting",
        "Supporting (agency)": "supporting",
        "not key": "supporting",  # a negation: read as the default, with a warning
        "a lot": "supporting",  # single letters are not read from phrases
    }
    root = make_vault({f"People/{name}.md": contact(f"tier: {name}") for name in tiers})
    built = pipeline.build(root, use_cache=False)
    facts = built.facts(date(2026, 11, 1))
    people, diagnostics = facts.contacts(), facts.contact_diagnostics()
    assert {person.name: person.tier for person in people} == tiers
    assert {d.path for d in diagnostics} == {"People/not key.md", "People/a lot.md"}


def test_unreadable_cadence_is_a_diagnostic_not_a_crash(make_vault: MakeVault) -> None:
    root = make_vault({"People/Anna.md": contact("cadence: sometimes\nlast_contact: 2026-10-01")})
    built = pipeline.build(root, use_cache=False)
    facts = built.facts(date(2026, 11, 1))
    [person], diagnostics = facts.contacts(), facts.contact_diagnostics()
    assert person.cadence_days == 90
    assert diagnostics[0].line == 3 and "sometimes" in diagnostics[0].message


def test_a_last_contact_after_today_is_reported_not_counted(make_vault: MakeVault) -> None:
    root = make_vault(
        {"People/Anna.md": contact("tier: key\nlast_contact: 2062-11-01", "- 2026-10-01 call\n")}
    )
    built = pipeline.build(root, use_cache=False)
    facts = built.facts(date(2026, 11, 24))
    [anna], diagnostics = facts.contacts(), facts.contact_diagnostics()
    last = anna.last_interaction
    assert last is not None and last.on == date(2026, 10, 1)
    [warning] = diagnostics
    assert warning.line == 4 and "2062-11-01 is after today (2026-11-24)" in warning.message


def test_last_interaction_from_every_source(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Anna.md": contact(
                "tier: key\nlast_contact: 2026-09-01", "- 2026-09-10 call: x\n"
            ),
            "Daily/2026-09-20.md": "- email to [[Anna]] about the offer",
            "Meetings/Coffee.md": '---\ncategories: ["[[Meetings]]"]\ndate: 2026-09-25\n'
            'people: ["[[Anna]]"]\nchannel: coffee\n---\n',
            "Interviews/Acme.md": '---\ntype: interview\nrecruiter: "[[Anna]]"\ndate: 2026-09-28\n---\n',
            "Daily/2026-12-01.md": "- future plan: call [[Anna]]",
        }
    )
    [item] = [i for i in items(root, "2026-10-30") if i.kind == "reach_out"]
    last = item.last_interaction
    assert last is not None
    assert (last.on.isoformat(), last.source, last.channel) == (
        "2026-09-28",
        "interview",
        "interview",
    )
    (root / "Interviews/Acme.md").write_text("no date: not an interaction")
    [item] = items(root, "2026-10-30")
    assert item.last_interaction is not None
    assert (item.last_interaction.source, item.last_interaction.channel) == ("meeting", "coffee")


def test_a_meeting_or_interview_named_by_its_date_needs_no_date_property(
    make_vault: MakeVault,
) -> None:
    """Notes made from a template are often named '2026-11-20 Coffee with Anna': without a
    `date` property, the date their name starts with is their day (a property still wins)."""
    meeting = '---\ncategories: ["[[Meetings]]"]\npeople: ["[[Anna]]"]\n{}---\n'
    root = make_vault(
        {
            "People/Anna.md": contact("tier: key"),
            "Meetings/2026-11-20 Coffee with Anna.md": meeting.format(""),
        }
    )
    [item] = items(root, "2026-11-24")
    assert item.kind == "reach_out" and item.last_interaction is not None
    assert (item.last_interaction.on.isoformat(), item.last_interaction.channel) == (
        "2026-11-20",
        "coffee",
    )
    (root / "Meetings/2026-11-20 Coffee with Anna.md").write_text(
        meeting.format("date: 2026-11-18\n"), encoding="utf-8"
    )
    (root / "Meetings/21.11.2026 Созвон с Анной.md").write_text(meeting.format(""), "utf-8")
    (root / "Meetings/2026-11-2027 not a date.md").write_text(meeting.format(""), "utf-8")
    [item] = items(root, "2026-11-24")
    assert item.last_interaction is not None
    assert item.last_interaction.on.isoformat() == "2026-11-21"
    (root / "Meetings/21.11.2026 Созвон с Анной.md").unlink()
    [item] = items(root, "2026-11-24")
    assert item.last_interaction is not None
    assert item.last_interaction.on.isoformat() == "2026-11-18"  # the property, not the name
    root = make_vault(
        {
            "Companies/Acme.md": COMPANY,
            "Interviews/2026-11-12 Acme final.md": interview("stage: final"),
        }
    )
    [follow_up] = [i for i in items(root, "2026-11-16") if i.kind == "follow_up"]
    assert follow_up.interview is not None and follow_up.interview.on == date(2026, 11, 12)


def test_a_contacts_language_property_chooses_the_language_of_their_items(
    make_vault: MakeVault,
) -> None:
    """A name says Russian by its letters; a `language` property says it outright (and wins
    over the config's draft_language); a list of languages spoken decides nothing."""
    root = make_vault(
        {
            "People/Dmitry Sokolov.md": contact("language: ru"),
            "People/Анна Смит.md": contact("language: English"),
            "People/Ирина.md": contact("language: [ru, en]"),
            "People/Tom.md": contact("draft_language: русский\nlanguage: [German, English]"),
            "People/Olga.md": contact(""),
        }
    )
    by_name = {i.contact.name: i.language for i in items(root, "2026-11-24") if i.contact}
    assert by_name == {
        "Dmitry Sokolov": "ru",
        "Анна Смит": "en",
        "Ирина": "ru",
        "Tom": "ru",
        "Olga": "en",
    }
    (root / ".vaultkit").mkdir()
    (root / ".vaultkit" / "config.toml").write_text('[due]\ndraft_language = "en"\n', "utf-8")
    by_name = {i.contact.name: i.language for i in items(root, "2026-11-24") if i.contact}
    assert by_name["Dmitry Sokolov"] == "ru" and by_name["Ирина"] == "en"


def test_property_keys_written_with_spaces_or_hyphens_are_read(make_vault: MakeVault) -> None:
    """Obsidian lets a property be named `Last contact`; vaultkit reads it as last_contact."""
    root = make_vault(
        {
            "People/Anna.md": contact("Tier: key\nLast contact: 2026-11-01\nДень рождения: 12-03"),
            "People/Boris.md": contact("snooze-until: 2026-12-31"),
        }
    )
    found = items(root, "2026-11-24")
    assert [(i.kind, i.contact.name) for i in found if i.contact] == [
        ("reach_out", "Anna"),
        ("special_date", "Anna"),
    ]
    [check_in] = [i for i in found if i.kind == "reach_out"]
    assert check_in.due_on == date(2026, 12, 1)  # key tier, a month after the last contact


def test_daily_note_channel_from_the_line(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Anna.md": contact("tier: key"),
            "Daily/2026-10-05.md": "- Telegram: sent [[Anna]] my CV\n- unrelated",
        }
    )
    [item] = items(root, "2026-10-06")
    assert item.kind == "reach_out"
    assert item.last_interaction is not None
    assert item.last_interaction.channel == "telegram"


def test_first_touch_snooze_and_status(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/New.md": contact("tier: key"),
            "People/Snoozed.md": contact("last_contact: 2026-01-01\nsnooze_until: 2026-11-10"),
            "People/Archived.md": contact("status: archived\nlast_contact: 2026-01-01"),
            "People/Paused.md": contact("status: paused\nlast_contact: 2026-01-01"),
            "People/Hold.md": contact("status: On hold\nlast_contact: 2026-01-01"),
            "People/DNC.md": contact('status: "[[Не писать]]"\nlast_contact: 2026-01-01'),
        }
    )
    assert kinds(root, "2026-11-09") == [("first_touch", "New", "2026-11-09")]
    on_last_day = kinds(root, "2026-11-10")  # the snooze ends on its day
    assert ("reach_out", "Snoozed", "2026-04-01") in on_last_day
    left_out = ("Archived", "Paused", "Hold", "DNC")
    assert all(name not in left_out for _, name, _ in on_last_day)


def test_a_log_without_years_is_read_up_to_today(make_vault: MakeVault) -> None:
    # the note gives no year to its lines: each is read as the latest such day up to today (and
    # a warning names the line), never "we have not been in touch yet" to someone it knows
    root = make_vault(
        {
            "People/Julia.md": contact(
                "tier: key\nbirthday: 1990-11-12", "- 23 Oct — she sent the JD\n- 6 Nov — offer"
            ),
            "People/Kira.md": contact("tier: key", "- 24.06.26 созвон-знакомство\n"),
            "People/New.md": contact("tier: key", "- met at a meetup, no date\n"),
        }
    )
    assert kinds(root, "2026-11-09") == [
        ("reach_out", "Kira", "2026-07-24"),  # dd.mm.yy read: a key contact, a month on
        ("first_touch", "New", "2026-11-09"),
        ("special_date", "Julia", "2026-11-12"),  # her birthday still comes up
        ("reach_out", "Julia", "2026-12-06"),  # 6 Nov, a key contact: a month on
    ]


def test_special_dates_written_with_a_month_name(make_vault: MakeVault) -> None:
    written = {
        "Ru": "1 декабря",
        "RuYear": "14 марта 1990",
        "En": "December 2",
        "Short": "Dec 3rd, 1988",
        "DayFirst": "4 Dec",
        "NoMonth": "5 Foo",
        "NoDay": "31 June",
        "Number": "03.12",  # the number 3.12 to YAML: two decimals, 3 December either way
        "Tenth": "03.10",  # the number 3.1: 3 October or 3 January? not read, warned
    }
    root = make_vault(
        {
            f"People/{name}.md": contact(f"last_contact: 2026-11-20\nwork_anniversary: {value}")
            for name, value in written.items()
        }
    )
    found = {
        i.contact.name: (i.due_on.isoformat(), i.years)
        for i in items(root, "2026-11-24") + items(root, "2027-03-01")
        if i.kind == "special_date" and i.contact
    }
    assert found == {
        "Ru": ("2026-12-01", None),
        "En": ("2026-12-02", None),
        "Short": ("2026-12-03", 38),
        "DayFirst": ("2026-12-04", None),
        "RuYear": ("2027-03-14", 37),
        "Number": ("2026-12-03", None),
    }
    built = pipeline.build(root)
    problems = built.facts(date(2026, 11, 24)).contact_diagnostics()
    warned = {d.path for d in problems if "is not a date" in d.message}
    assert warned == {"People/NoMonth.md", "People/NoDay.md", "People/Tenth.md"}
    [number] = [d.message for d in problems if d.path == "People/Tenth.md"]
    assert number == (
        'work_anniversary 3.1 is not a date (a number to YAML: write "03.12" in quotes, '
        "12-03 or 1991-12-03)"
    )


def test_special_dates_and_leap_day(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Leap.md": contact("last_contact: 2026-11-01\nbirthday: 1992-02-29"),
            "People/NoYear.md": contact("last_contact: 2026-11-01\nbirthday: 03-14"),
            "People/Hired.md": contact("last_contact: 2026-11-01\nwork_anniversary: 2024-03-01"),
            "People/Role.md": contact("last_contact: 2026-11-01\nnew_role: 2027-03-10"),
        }
    )
    found = [
        (i.contact.name, i.due_on.isoformat(), i.years)
        for i in items(root, "2027-02-24")
        if i.kind == "special_date" and i.contact
    ]
    assert found == [
        ("Leap", "2027-02-28", None),
        ("Hired", "2027-03-01", 3),
        ("Role", "2027-03-10", None),
    ]
    in_leap_year = [
        i.due_on.isoformat()
        for i in items(root, "2028-02-20")
        if i.kind == "special_date" and i.contact and i.contact.name == "Leap"
    ]
    assert in_leap_year == ["2028-02-29"]
    assert any(
        i.contact and i.contact.name == "NoYear"
        for i in items(root, "2027-03-01")
        if i.kind == "special_date"
    )
    assert not any(i.kind == "special_date" for i in items(root, "2027-01-01"))


def interview(props: str, body: str = "") -> str:
    return f'---\ntype: interview\ncompany: "[[Acme]]"\nrecruiter: "[[Anna]]"\n{props}\n---\n{body}'


def test_request_feedback_on_the_result_day_with_48h_window(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Anna.md": contact("last_contact: 2026-11-01"),
            "Companies/Acme.md": COMPANY,
            "Interviews/I.md": interview(
                "date: 2026-11-01\nstage: final\nresult: отказ\nresult_date: 2026-11-05"
            ),
        }
    )
    [item] = [i for i in items(root, "2026-11-05") if i.kind == "request_feedback"]
    assert (item.due_on.isoformat(), item.latest_on.isoformat()) == ("2026-11-05", "2026-11-07")  # type: ignore[union-attr]
    late = {day: [i for i in items(root, day) if i.kind == "request_feedback"] for day in LATE}
    assert [day for day, found in late.items() if found] == ["2026-11-21"]  # then it is dropped:
    # two weeks after its window closed (7 Nov) a request only reads as odd


LATE = ("2026-11-21", "2026-11-22", "2027-03-01")


def test_reasons_listed_under_the_outcome_are_feedback(make_vault: MakeVault) -> None:
    reasons = (
        "## Итог\nКира позвонила 29.07 — отказ.\n- взяли кандидата с опытом Unity и C#\n"
        '- "к тебе как к специалисту вопросов нет"\n'
    )
    bare = (
        "## Итог\nКира позвонила 29.07 — отказ.\n- [ ] спросить фидбек\n- письмо в 18:00\n"
        "- next step: ask the recruiter for detailed feedback\n"
    )
    own = "## Итог\nОтказ.\n- мне самому не понравилась команда\n- I think my English was slow\n"
    root = make_vault(
        {
            "People/Anna.md": contact("last_contact: 2026-07-29"),
            "Companies/Acme.md": COMPANY,
            "Interviews/Given.md": interview("date: 2026-07-21\nresult: отказ", reasons),
            "Interviews/Bare.md": interview("date: 2026-07-21\nresult: отказ", bare),
            "Interviews/Own.md": interview("date: 2026-07-21\nresult: отказ", own),
        }
    )
    found = [(i.kind, i.interview.path) for i in items(root, "2026-07-29") if i.interview]  # type: ignore[union-attr]
    assert ("request_feedback", "Interviews/Bare.md") in found
    assert ("request_feedback", "Interviews/Own.md") in found  # her own remarks: still ask
    assert ("request_feedback", "Interviews/Given.md") not in found  # a reason is feedback
    built = pipeline.build(root, use_cache=False)
    said = {item.text for item in built.facts(date(2026, 7, 29)).feedback() if "Given" in item.path}
    assert said == {"взяли кандидата с опытом Unity и C#", "к тебе как к специалисту вопросов нет"}


def test_harsh_rejection_waits(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Anna.md": contact(""),
            "Companies/Acme.md": COMPANY,
            "Interviews/I.md": interview(
                "date: 2026-11-01\nresult: rejected\nresult_date: 2026-11-05\nrejection_tone: harsh"
            ),
        }
    )
    [item] = [i for i in items(root, "2026-11-05") if i.kind == "request_feedback"]
    assert item.due_on.isoformat() == "2026-11-08"


def test_follow_up_three_to_five_working_days_after_last_contact(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Anna.md": contact(""),
            "Companies/Acme.md": COMPANY,
            "Interviews/I.md": interview("date: 2026-11-10\nstage: финал\nresult: ожидание"),
        }
    )
    [item] = [i for i in items(root, "2026-11-12") if i.kind == "follow_up"]
    # Tuesday the 10th: Friday the 13th, and Tuesday the 17th at the latest (no weekend days)
    assert (item.due_on.isoformat(), item.latest_on.isoformat()) == ("2026-11-13", "2026-11-17")  # type: ignore[union-attr]
    (root / "Daily").mkdir()
    (root / "Daily/2026-11-14.md").write_text("- call with [[Anna]]: decision next week")
    [moved] = [i for i in items(root, "2026-11-15") if i.kind == "follow_up"]
    assert moved.due_on.isoformat() == "2026-11-18"  # counted from the later contact (a Saturday)
    (root / "Interviews/I.md").write_text(
        interview("date: 2026-11-10\nstage: final\nresult: pending\nfollowed_up: 2026-11-17")
    )
    assert not [i for i in items(root, "2026-11-30") if i.kind == "follow_up"]


@pytest.mark.parametrize(
    ("stage", "config", "window"),
    [
        ("screen", "", ("2026-11-13", "2026-11-17")),  # every stage gone silent: 3-5 days
        ("Отклик на вакансию", "", ("2026-11-19", "2026-11-24")),  # an application: 7-10
        ("screen", "[due.follow_up_by_stage]\nscreen = [5, 8]\n", ("2026-11-17", "2026-11-20")),
    ],
)
def test_a_stage_gone_silent_gets_one_follow_up_in_its_window(
    make_vault: MakeVault, stage: str, config: str, window: tuple[str, str]
) -> None:
    root = make_vault(
        {
            ".vaultkit/config.toml": config,
            "People/Anna.md": contact(""),
            "Companies/Acme.md": COMPANY,
            "Interviews/I.md": interview(f"date: 2026-11-10\nstage: {stage}\nresult: pending"),
        }
    )
    [item] = [i for i in items(root, "2026-11-12") if i.kind == "follow_up"]
    assert (item.due_on.isoformat(), item.latest_on.isoformat()) == window  # type: ignore[union-attr]


def test_a_follow_up_answered_allows_one_more_unanswered_never(make_vault: MakeVault) -> None:
    files = {
        "People/Anna.md": contact(""),
        "Companies/Acme.md": COMPANY,
        "Interviews/I.md": interview(
            "date: 2026-09-29\nstage: screen\nresult: pending\nfollowed_up: 2026-10-06"
        ),
    }
    assert not [i for i in items(make_vault(files), "2026-12-04") if i.kind == "follow_up"]
    files["People/Anna.md"] = contact("", "- 2026-10-07 she answered: still collecting feedback\n")
    [item] = [i for i in items(make_vault(files), "2026-12-04") if i.kind == "follow_up"]
    assert item.due_on.isoformat() == "2026-10-12"  # three working days after her answer


def test_one_reminder_only_then_nothing(make_vault: MakeVault) -> None:
    base = "date: 2026-11-01\nresult: rejected\nresult_date: 2026-11-03\nfeedback_requested: 2026-11-03"
    root = make_vault(
        {
            "People/Anna.md": contact(""),
            "Companies/Acme.md": COMPANY,
            "Interviews/I.md": interview(base),
        }
    )
    [item] = [i for i in items(root, "2026-11-05") if i.kind == "feedback_reminder"]
    assert item.due_on.isoformat() == "2026-11-10"
    (root / "Interviews/I.md").write_text(interview(base + "\nfeedback_reminded: 2026-11-10"))
    assert not [i for i in items(root, "2026-12-01") if i.interview]


def test_no_requests_under_a_no_feedback_policy_or_once_feedback_is_in(
    make_vault: MakeVault,
) -> None:
    root = make_vault(
        {
            "People/Anna.md": contact(""),
            "Companies/Acme.md": "---\ntype: company\nfeedback_policy: none\n---\n",
            "Companies/Beta.md": COMPANY,
            "Interviews/A.md": interview(
                "date: 2026-11-01\nresult: rejected\nresult_date: 2026-11-03"
            ),
            "Interviews/B.md": '---\ntype: interview\ncompany: "[[Beta]]"\nrecruiter: "[[Anna]]"\n'
            "date: 2026-11-01\nresult: rejected\nresult_date: 2026-11-03\n---\n"
            "## Обратная связь\n- Не хватило глубины в SQL\n",
        }
    )
    found = [(i.kind, i.interview.path) for i in items(root, "2026-11-03") if i.interview]  # type: ignore[union-attr]
    assert found == [("thank_you", "Interviews/B.md")]  # no request; thanks for the feedback once
    (root / "Interviews/B.md").write_text(
        (root / "Interviews/B.md").read_text() + "- 2026-11-03 thanked Anna for the feedback\n"
    )
    assert not [i for i in items(root, "2026-11-03") if i.interview]


def test_same_name_in_two_folders(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Alex Kim.md": contact("last_contact: 2026-10-01\ntier: key"),
            "Contacts/Agency/Alex Kim.md": contact("last_contact: 2026-06-01"),
            "Contacts/Agency/Call.md": '---\ncategories: ["[[Meetings]]"]\ndate: 2026-10-20\n---\n'
            "call with [[Alex Kim]]",
            "Daily/2026-10-25.md": "- coffee with [[Alex Kim]]",
        }
    )
    found = {
        i.contact.path: i.last_interaction.on.isoformat()  # type: ignore[union-attr]
        for i in items(root, "2026-12-31")
        if i.contact and i.last_interaction
    }
    # the daily note's link goes to the shortest path; the agency's call note to its own Alex
    assert found == {
        "People/Alex Kim.md": "2026-10-25",
        "Contacts/Agency/Alex Kim.md": "2026-10-20",
    }


def test_categories_people_org_conventions(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Anna.md": '---\ncategories: ["[[People]]"]\norg: "[[Acme]]"\n---\n',
            "Acme.md": '---\ncategories: ["[[Companies]]"]\n---\n',
            "Final.md": '---\ntype: ["[[Job Interviews]]"]\norg: "[[Acme]]"\npeople: ["[[Anna]]"]\n'
            "date: 2026-11-10\nstage: final\n---\n",
            "Coffee.md": '---\ncategories: ["[[Meetings]]"]\ndate: 2026-11-12\npeople: ["[[Anna]]"]\n---\n',
        }
    )
    found = items(root, "2026-11-14")
    follow = [i for i in found if i.kind == "follow_up"]
    assert follow and follow[0].contact is not None and follow[0].contact.name == "Anna"
    assert follow[0].interview is not None and follow[0].interview.company_name == "Acme"
    assert follow[0].due_on.isoformat() == "2026-11-17"  # 3 working days from the coffee (12th)


def test_a_draft_greets_by_the_given_name(make_vault: MakeVault) -> None:
    """The first word of a name; a Russian full name with a patronymic by name and patronymic,
    in either order; a `first_name` property over both."""
    assert addressed_as("Anna Petrova") == "Anna"
    assert addressed_as("Белова Ирина Сергеевна") == "Ирина Сергеевна"
    assert addressed_as("Ирина Сергеевна Шостакович") == "Ирина Сергеевна"
    assert addressed_as("Шостакович Иван Петрович") == "Иван Петрович"
    assert addressed_as("Mary Ann Smith") == "Mary" and addressed_as("") == ""
    root = make_vault(
        {
            "People/Белова Ирина Сергеевна.md": contact(""),
            "People/Smith J.md": contact("first_name: Jo"),
            "Companies/Acme.md": COMPANY,
            "Interviews/I.md": '---\ntype: interview\ncompany: "[[Acme]]"\n'
            'people: ["[[Белова Ирина Сергеевна]]", "[[Smith J]]"]\n'
            "date: 2026-11-01\nresult: rejected\nresult_date: 2026-11-03\n---\n",
        }
    )
    pipeline.rebuild(Session(root), date(2026, 11, 3))
    text = (root / "vaultkit" / "Due contacts.md").read_text(encoding="utf-8")
    assert "> Ирина Сергеевна, добрый день!" in text
    (root / "Interviews/I.md").write_text(
        (root / "Interviews/I.md").read_text("utf-8").replace('"[[Белова Ирина Сергеевна]]", ', ""),
        "utf-8",
    )
    pipeline.rebuild(Session(root), date(2026, 11, 3))
    text = (root / "vaultkit" / "Due contacts.md").read_text(encoding="utf-8")
    assert "> Hi Jo," in text


def test_vault_templates_override_and_note_text_is_never_a_template(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/{{ 7 * 7 }}.md": contact("tier: key\nlast_contact: 2026-10-01"),
            "Companies/Acme.md": COMPANY,
            "Interviews/I.md": interview(
                'position: "{% raw %}{{ config }}"\ndate: 2026-11-01\n'
                "result: rejected\nresult_date: 2026-11-03"
            ),
            "People/Anna.md": contact(""),
        }
    )
    pipeline.rebuild(Session(root), date(2026, 11, 3))
    text = (root / "vaultkit" / "Due contacts.md").read_text(encoding="utf-8")
    assert "{{ 7 * 7 }}" in text and "49" not in text
    assert "{% raw %}{{ config }}" in text
    override = root / ".vaultkit" / "templates" / "en" / "drafts"
    override.mkdir(parents=True)
    (override / "request_feedback.md.j2").write_text("Dear {{ first_name }}, my own words.")
    pipeline.rebuild(Session(root), date(2026, 11, 3))
    text = (root / "vaultkit" / "Due contacts.md").read_text(encoding="utf-8")
    assert "> Dear Anna, my own words." in text


def test_sandbox_blocks_unsafe_template_code(make_vault: MakeVault) -> None:
    root = make_vault({"People/Anna.md": contact("")})
    override = root / ".vaultkit" / "templates" / "en"
    override.mkdir(parents=True)
    (override / "health.md.j2").write_text("---\nvaultkit: health\n---\n{{ ''.__class__.__mro__ }}")
    [failed] = [w for w in pipeline.rebuild(Session(root), date(2026, 11, 3)).writes if w.message]
    assert failed.outcome == "failed"
    assert "template .vaultkit/templates/en/health.md.j2:4: SecurityError" in failed.message
    (override / "health.md.j2").write_text("---\nvaultkit: health\n---\n{% if %}")
    [failed] = [w for w in pipeline.rebuild(Session(root), date(2026, 11, 3)).writes if w.message]
    assert failed.outcome == "failed" and "health.md.j2:4" in failed.message


@pytest.mark.parametrize(
    ("written", "result"),
    [
        ("Rejected", "rejected"),
        ("нет ответа", "no_response"),
        ("offer received", "offer"),
        ("Оффер!", "offer"),
        ("Отказали после финала", "rejected"),
        ("ждём ответа", "pending"),
        ("didn't pass", "rejected"),  # a negation turns a pass around
        ("не прошёл", "rejected"),
        ("Absage", "rejected"),  # German, as a vault kept in Germany writes it
        ("Absage per Mail am 16.11", "rejected"),
        ("Zusage!", "offer"),
        ("they went with someone more senior who has more experience", "rejected"),
        ("решили взять другого кандидата", "rejected"),
        ("могут взять другого кандидата", None),  # a guess, not a decision
        ("решили выбрать другую дату", None),  # a new day for the round
        ("Absage des Termins", None),  # an appointment called off
        ("Zusage für das Onsite", None),
        ("dass wir uns für andere Kandidat*innen entschieden haben", "rejected"),
        ("we have decided to move forward with other candidates", "rejected"),
        ("they went with internal tooling", None),
        ("decided to go with an internal candidate", "rejected"),
        ("не отказ", None),  # and a rejection into nothing said
        ("no offer", None),
        ("offer, then rejected", None),  # two results: not guessed
        ("tbd", None),
        ("", None),
    ],
)
def test_results_are_read_from_the_words_they_are_written_with(
    written: str, result: str | None
) -> None:
    assert normalise_result(written) == result


def test_a_result_vaultkit_cannot_read_is_reported(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Anna.md": contact(""),
            "Interviews/Acme.md": "---\ntype: interview\nrecruiter: '[[Anna]]'\nstage: final\n"
            "date: 2026-11-10\nresult: tbd, see the thread\n---\n",
        }
    )
    built = pipeline.build(root)
    facts = built.facts(date(2026, 11, 24))
    [problem] = [d for d in facts.problems() if d.path == "Interviews/Acme.md"]
    assert (problem.line, problem.severity) == (6, "warning")
    assert problem.message.startswith("result 'tbd, see the thread' says no outcome vaultkit reads")
    # never taken as waiting for a decision: no "any news?" to the recruiter
    assert not [item for item in registry.due_report(facts).items if item.interview]


@pytest.mark.parametrize(
    ("stage", "final"),
    [
        ("final", True),
        ("Final round", True),
        ("финальное интервью", True),
        ("Onsite with the CTO", True),
        ("on-site", True),
        ("pre-final", False),
        ("not final yet", False),
        ("tech screen", False),
        ("", False),
    ],
)
def test_final_stages_written_as_phrases(stage: str, final: bool) -> None:
    assert is_final_stage(stage, config.default().due.final_stages) is final


def test_reasons_agree_with_their_numbers(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Today.md": contact("tier: key\ncadence: 1\nlast_contact: 2026-11-24"),
            "People/Yesterday.md": contact("tier: key\ncadence: 1\nlast_contact: 2026-11-23"),
            "People/Hired.md": contact("last_contact: 2026-11-20\nwork_anniversary: 2025-12-01"),
        }
    )
    reasons = {
        i.contact.name: due_reasons.reason(i, "en") for i in items(root, "2026-11-24") if i.contact
    }
    assert reasons["Today"] == "key contact, every 1 day; last: contact today (24\u00a0Nov)"
    assert reasons["Yesterday"] == "key contact, every 1 day; last: contact 1 day ago (23\u00a0Nov)"
    assert reasons["Hired"] == "work anniversary: 1 year on 1\u00a0Dec"
    [hired] = [i for i in items(root, "2026-11-24") if i.contact and i.contact.name == "Hired"]
    assert due_reasons.reason(hired, "ru").startswith("годовщина работы: 1 год")


def test_what_to_share_follows_the_specialisation_and_recruiter_type(
    make_vault: MakeVault,
) -> None:
    def contact(specialization: str, recruiter_type: str) -> str:
        return (
            f"---\ntype: contact\nspecialization: {specialization}\n"
            f"recruiter_type: {recruiter_type}\n---\n"
        )

    root = make_vault(
        {
            "People/Tech.md": contact("IT recruiter", "agency"),
            "People/Exec.md": contact("управленческий", "in-house"),
            "People/Людмила.md": contact("руководящие роли", "независимый"),
            "People/Recruiter.md": contact("recruiter for writing roles", "unknown"),
            "People/Plain.md": "---\ntype: contact\n---\n",
        }
    )
    report = registry.due_report(pipeline.build(root).facts(date(2026, 11, 24)))
    shares = {
        item.contact.name: due_wording.share(item, "en") for item in report.items if item.contact
    }
    assert shares == {
        "Tech": "a project you shipped or a skill you picked up; the roles you would take now, "
        "so that they think of you first",
        "Exec": "a result as a leader: a team you grew, a decision you drove; your interest in "
        "their team and its plans",
        "Людмила": "a result as a leader: a team you grew, a decision you drove; the roles you "
        "would take now, so that they think of you first",
        "Recruiter": "",  # 'it' inside a word, an unknown type: nothing to suggest
        "Plain": "",
    }
    exec_item = next(item for item in report.items if item.contact and item.contact.name == "Exec")
    assert due_wording.share(exec_item, "ru") == (
        "результат руководителя: выросшая команда, принятое решение; интерес к их команде и её "
        "планам"
    )


def test_a_birthday_kept_as_an_inline_bday_field(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Ulli.md": contact("last_contact: 2026-12-03", "bday:: 14.12.\n"),
            "People/Kim.md": contact("b-day: 1990-12-10\nlast_contact: 2026-12-03"),
        }
    )
    assert kinds(root, "2026-12-05") == [
        ("special_date", "Kim", "2026-12-10"),
        ("special_date", "Ulli", "2026-12-14"),
    ]


def test_a_log_without_years_runs_forward_across_new_year(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Olga.md": contact(
                "tier: key",
                "- 15.11 познакомились\n- 20.12 созвон\n- 10.01 написала\n- 05.02 кофе\n",
            )
        }
    )
    assert kinds(root, "2026-12-05") == [("reach_out", "Olga", "2026-03-07")]  # long overdue


@pytest.mark.parametrize(
    ("task", "en", "ru"),
    [
        ("send [[{name}]] my CV", "as promised, here it is.", "Как и обещал(а), отправляю."),
        ("поздравить [[{name}]] с новой работой", "congratulate you properly", "поздравить с"),
        ("спросить [[{name}]] про роли в Vinted", "a quick question", "хочу спросить"),
        ("рассказать [[{name}]] чем кончилось", "a quick update", "коротко о новостях"),
        ("созвон с [[{name}]]", "getting back to you, as promised.", "Возвращаюсь, как и"),
    ],
)
def test_a_promises_draft_says_what_was_promised(
    make_vault: MakeVault, task: str, en: str, ru: str
) -> None:
    for name, wanted in (("Anna Smith", en), ("Анна Белова", ru)):
        root = make_vault(
            {
                f"People/{name}.md": contact("tier: key\nlast_contact: 2026-11-20"),
                "Daily/2026-11-28.md": f"- [ ] {task.format(name=name)}\n",
            }
        )
        pipeline.rebuild(Session(root), date(2026, 11, 30))
        text = (root / "vaultkit" / "Due contacts.md").read_text(encoding="utf-8")
        assert wanted in text, (name, task)
