"""E-mails pasted with their headers (domain/pasted_mail): each message dated by its own
header, a decision quoted deep in a thread read on its day, and a Dataview field or a lone
"Date:" line no header."""

from __future__ import annotations

from datetime import date

from vaultkit.domain.note_outcome import outcome_of
from vaultkit.domain.pasted_mail import pasted_messages
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
