"""E-mails pasted with their headers (domain/pasted_mail): each message dated by its own
header, a decision quoted deep in a thread read on its day, and a Dataview field or a lone
"Date:" line no header."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import MakeVault

from vaultkit.app import pipeline
from vaultkit.domain.note_outcome import outcome_of
from vaultkit.domain.pasted_mail import message_decision, pasted_messages
from vaultkit.model import Note
from vaultkit.parse.note_parser import loads

THREAD = """\
# Fieldstone

## Emails

**From:** Dana Kowalski <dana@fieldstone.io>
**Date:** Tue, Nov 24, 2026 at 3:31 PM
**Subject:** Re: Fieldstone

Hi Ethan, sharing the panel's notes. Happy to keep you in mind for future roles.

On Fri, Nov 20, 2026 at 9:02 AM Ethan Walsh <ethan@gmail.com> wrote:
> Thanks for letting me know. Any feedback?
>
> On Thu, Nov 19, 2026 at 5:47 PM Dana Kowalski <dana@fieldstone.io> wrote:
>> Hi Ethan,
>> The team has decided to move forward with another candidate.
"""


def _note(text: str) -> Note:
    return loads(text, "Pipeline/Fieldstone.md")


def test_each_message_of_a_thread_is_dated_by_its_header() -> None:
    messages = pasted_messages(_note(THREAD))
    assert [(m.on, m.sender) for m in messages] == [
        (date(2026, 11, 24), "Dana Kowalski <dana@fieldstone.io>"),
        (date(2026, 11, 20), "Ethan Walsh <ethan@gmail.com>"),
        (date(2026, 11, 19), "Dana Kowalski <dana@fieldstone.io>"),
    ]
    assert messages[2].text.endswith("move forward with another candidate.")
    assert "Any feedback" not in messages[0].text


def test_a_decision_quoted_under_a_reply_is_read_on_its_day() -> None:
    outcome = outcome_of(_note(THREAD))
    assert (outcome.result, outcome.on) == ("rejected", date(2026, 11, 19))


def test_a_russian_client_header_dates_its_message() -> None:
    text = (
        "пт, 20 нояб. 2026 г. в 09:02, Анна Смирнова <anna@hr.ru>:\n"
        "> К сожалению, мы решили продолжить с другим кандидатом.\n"
    )
    outcome = outcome_of(_note(text))
    assert (outcome.result, outcome.on) == ("rejected", date(2026, 11, 20))


def test_a_date_field_without_a_writer_is_no_header() -> None:
    text = "Дата:: 2026-10-27\nDate: 2026-10-28\n\nМаша получила отказ, а я жду.\n"
    assert pasted_messages(_note(text)) == []


def test_a_sentence_that_says_if_is_no_decision() -> None:
    text = (
        "From: Priya <priya@corvane.com>\nSent: Tuesday, December 1, 2026 9:00 AM\n\n"
        "If the offer is declined, we will move forward with another candidate.\n"
    )
    outcome = outcome_of(_note(text))
    assert outcome.result is None


def test_an_email_imported_as_a_note_gives_its_senders_company_feedback(
    make_vault: MakeVault,
) -> None:
    root = make_vault(
        {
            "Companies/Tines.md": "---\ntype: company\n---\n# Tines\n",
            "People/Rachel Doyle.md": (
                '---\ntype: contact\ncompany: "[[Tines]]"\ntags: [recruiter]\n---\n'
            ),
            "Mail/2026-12-03 Your interview.md": (
                '---\nfrom: "Rachel Doyle <rachel.doyle@tines.io>"\nsubject: "Your interview"\n'
                "date: 2026-12-03T11:47:00+00:00\n---\nHi Grace,\n\nFeedback from the panel:\n"
                "- Really strong SQL, clean and well structured\n"
                "- Communication could be more concise when explaining trade-offs\n\n"
                "Best,\nRachel\n"
            ),
        }
    )
    items = pipeline.build(root, use_cache=False).facts(date(2026, 12, 6)).feedback()
    assert {(i.company, i.on, i.polarity) for i in items} == {
        ("Companies/Tines.md", date(2026, 12, 3), "strength"),
        ("Companies/Tines.md", date(2026, 12, 3), "improvement"),
    }


def test_an_imported_email_is_a_message_from_its_sender() -> None:
    note = loads(
        '---\nfrom: "Aoife Kelly <aoife@stripe.com>"\ndate: 2026-12-04T09:00:00+00:00\n---\n'
        "Thanks for the chat.\n\nOn Thu, 3 Dec 2026 at 08:02, Grace <g@gmail.com> wrote:\n"
        "> Could we talk tomorrow?\n",
        "Mail/2026-12-04 Re- offer.md",
    )
    messages = pasted_messages(note)
    assert [(m.on, m.sender.split(" <")[0]) for m in messages] == [
        (date(2026, 12, 4), "Aoife Kelly"),
        (date(2026, 12, 3), "Grace"),
    ]
    assert messages[0].text == "Thanks for the chat."


def test_a_slashed_day_beside_a_twelve_hour_clock_is_month_first() -> None:
    note = loads(
        "From: Megan Price <megan@talent.com>\nSent: 12/4/2026 3:31 PM\n\n"
        "Unfortunately we have decided to move forward with another candidate.\n",
        "Interviews/2026-11-23 Tines onsite.md",
    )
    assert [m.on for m in pasted_messages(note)] == [date(2026, 12, 4)]


LONG = "They were very positive about your technical skills – " * 4


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('---\nfrom: "Ciara Byrne <ciara@intercom.io>"\ndate: 2026-11-12\n---\nHi,\n\n' + LONG, 1),
        ("Анна Иванова, [01.12.2026 19:20]\n" + LONG, 1),
        ("A note of prose, no message in it.\n\n" + LONG, 0),
        ("@karen_mel on Telegram.\n\n" + LONG, 0),  # a handle is no address
    ],
)
def test_a_note_that_holds_a_message_keeps_its_long_lines(text: str, kept: int) -> None:
    lead = loads(text, "Mail/x.md").sections[0].content
    assert lead.count(LONG.strip()) == kept


@pytest.mark.parametrize(
    ("text", "result"),
    [
        (
            "Unfortunately we've decided not to move forward with your application, but if a "
            "suitable role comes up we'll be in touch.",
            "rejected",
        ),
        ("К сожалению, решили не продолжать, но если появится вакансия, напишем.", "rejected"),
        ("We'd like to make you an offer, if you're still interested.", None),
        ("My friend was rejected, but if you apply you may get in.", None),
        ("If we decide not to move forward, I'll let you know.", None),
    ],
)
def test_a_rejection_is_read_before_a_condition_after_it(text: str, result: str | None) -> None:
    assert message_decision(text) == result
