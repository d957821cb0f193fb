"""The vault of Marina Sokolova (tests/vaults/sokolova, answer key sokolova.expected.md), a product analyst
in Belgrade who collects every word of feedback: a feedback log with a section per company and
recruiters' Telegram, LinkedIn and e-mail messages pasted in as quotes, scorecards, one-word
verdicts, her own retrospectives and her notes on juniors she interviews. A helper who had never
seen vaultkit wrote it and its key (18 of its 62 quotes read). The tests hold what is read
right; the key's quotes still missed are named in MISSED."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build

TODAY = date(2026, 12, 6)
LOG = "Feedback/Фидбек — копилка.md"

MISSED = (
    "Аня's Telegram pasted as a quote under ## Monetka in her log ('Фидбек от меня: очень "
    "структурно рассказываешь'; 'Фидбек по кейсу: Команда отметила …'): read for one session "
    "and undone (tests/test_attack41.py)",
    "Аня переслала, что написал Рома (прям списком): a list led in without a feedback word",
    "Interviews/Korzina scorecard (Google Doc).md: a note of `type: feedback`, its table",
    "Sophie's 'You came across as very clear and well-structured': a message with no word of "
    "feedback in it",
    "'your English is absolutely not a blocker': a denied blocker is not read as praise",
)


@pytest.fixture(scope="module")
def sokolova(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "sokolova")


def test_the_rejection_e_mail_in_her_log_gives_its_feedback(sokolova: Build) -> None:
    # «Фидбек — копилка», ## Finvera, Sophie's rejection of 22.10: "The panel was impressed by
    # your SQL … The main gap was experimentation: we'd love to see more depth in
    # experimentation …"
    said = [
        (item.text, item.polarity)
        for item in sokolova.facts(TODAY).feedback()
        if item.company_name == "Finvera"
    ]
    assert any(
        t.startswith("The panel was impressed by your SQL") and p == "strength" for t, p in said
    )
    assert any("more depth in experimentation" in t and p == "improvement" for t, p in said)


def test_her_own_thoughts_and_her_notes_on_juniors_are_no_feedback(sokolova: Build) -> None:
    paths = {item.path for item in sokolova.facts(TODAY).feedback()}
    assert not any(path.startswith(("Work/", "Personal/")) for path in paths)
