"""Odd names render as written: Mermaid labels escaped, a name no link can reach named in
Vault health, greetings without the marks around a name, two notes of one title told apart."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import MakeVault

from vaultkit.app import pipeline
from vaultkit.app.session import Session
from vaultkit.domain.addressing import addressed_as
from vaultkit.notes.mermaid import label, link_text
from vaultkit.notes.render import inline

TODAY = date(2026, 11, 24)


def test_mermaid_labels_escape_what_mermaid_would_read() -> None:
    text = label('A & B %% `x` <b> "q" #1')
    assert text == '"A #38; B #37;#37; #96;x#96; #lt;b#gt; #quot;q#quot; #35;1"'


def test_two_notes_of_one_title_open_their_own_note() -> None:
    titles = {"anna": 2}
    assert link_text("People/Anna.md", titles) == "People/Anna"
    assert link_text("Archive/Anna.md", titles) == "Archive/Anna"
    assert link_text("People/Boris.md", {"boris": 1}) == "Boris"


def test_a_name_no_link_can_reach_is_named_in_vault_health(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/C# dev Anna.md": "---\ntype: contact\n---\n",
            "People/Boris.md": "---\ntype: contact\n---\n",
        }
    )
    pipeline.rebuild(Session(root), TODAY)
    health = (root / "vaultkit" / "Vault health.md").read_text(encoding="utf-8")
    assert "its name holds '#', which Obsidian cannot link to" in health
    assert health.count("Obsidian cannot link to") == 1


def test_a_greeting_drops_marks_around_the_name(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Anna P.md": '---\ntype: contact\nfirst_name: "Anna,"\ntier: key\n---\n',
            "People/Ольга.md": '---\ntype: contact\nимя: "«Ольга»"\n---\n',
        }
    )
    built = pipeline.build(root, use_cache=False)
    names = {c.name: c.addressed_as for c in built.facts(TODAY).contacts()}
    assert names == {"Anna P": "Anna", "Ольга": "Ольга"}


def test_a_users_words_are_shown_as_written() -> None:
    # a '%%' would open a comment hiding the rest of the note; a '<' would start HTML
    assert inline("50%% off <b>now</b>") == "50%\u200b% off &lt;b>now&lt;/b>"


@pytest.mark.parametrize(
    ("title", "greeted"),
    [
        ("Сорокина Вика", "Вика"),
        ("Гусев Дмитрий", "Дмитрий"),
        ("Ким Анна", "Анна"),
        ("Беридзе Нино", "Нино"),
        ("Марина Петрова", "Марина"),
        ("Вениамин Иванов", "Вениамин"),
        ("Анна Ким", "Анна"),
        ("Белова Ирина Сергеевна", "Ирина Сергеевна"),
    ],
)
def test_a_russian_name_filed_surname_first_is_greeted_by_the_given_name(
    title: str, greeted: str
) -> None:
    assert addressed_as(title) == greeted
