"""A letter pasted between code fences is read as a quoted one; code stays code."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vaultkit.domain.fenced_letters import unfenced_letters
from vaultkit.parse.mail_marks import holds_mail


def test_a_fenced_letter_is_quoted_line_by_line_in_its_place() -> None:
    text = "email 19/11:\n\n```\nHi Tariq,\n\nCoding was strong.\n\nRavi\n```\nfair tbh."
    assert unfenced_letters(text).split("\n") == [
        "email 19/11:",
        "",
        "",
        "> Hi Tariq,",
        ">",
        "> Coding was strong.",
        ">",
        "> Ravi",
        "",
        "fair tbh.",
    ]


def test_code_a_header_of_mail_and_an_unclosed_fence() -> None:
    code = "```python\nprint('hi')\n```"
    assert unfenced_letters(code) == code
    command = "```\nuv sync\n```"
    assert unfenced_letters(command) == command
    mail = "~~~ email\nFrom: Laura <l@thg.com>\nThe role is on hold.\n~~~"
    assert unfenced_letters(mail).split("\n")[1:3] == [
        "> From: Laura <l@thg.com>",
        "> The role is on hold.",
    ]
    unclosed = "```\nHi Tariq,\nno end"
    assert unfenced_letters(unclosed) == unclosed


PIECES = st.sampled_from(["```", "~~~", "\n", "Hi", " ", "a", ">", "Dear", "```text"])


@given(st.lists(PIECES, max_size=30).map("".join))
def test_every_line_keeps_its_place(text: str) -> None:
    assert unfenced_letters(text).count("\n") == text.count("\n")


@given(st.lists(PIECES, max_size=30).map("".join))
def test_a_letter_set_apart_is_looked_for_in_any_text(text: str) -> None:
    holds_mail(text)  # finishes, whatever its marks


def test_a_letter_set_apart_keeps_its_notes_lead() -> None:
    assert holds_mail("---\na: 1\n---\nnote\n\n---\n\nHi Siobhan,\nthe panel …\n---\n")
    assert not holds_mail("---\na: 1\n---\ntext")
    assert not holds_mail("| a | b |\n|---|---|\nHi")  # a table's rule
