"""Stop signals in words stop check-ins where they stand alone, never inside another sentence."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import MakeVault

from vaultkit.app import pipeline
from vaultkit.notes import registry

TODAY = date(2026, 11, 24)
HEAD = "---\ntype: contact\ntier: key\nlast_contact: 2026-09-01\n"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (HEAD + "status: closed\n---\n", 5),
        (HEAD + "status: Do not contact\n---\n", 5),
        (HEAD + "note: больше не писать\n---\n", 5),
        (HEAD + "cadence: as needed\n---\n", 5),
        (HEAD + "cadence: по необходимости\n---\n", 5),
        (HEAD + "---\n## Log\n- 2026-11-20 done chasing\n", 7),
        (HEAD + "---\n## Заметки\nНе беспокоить.\n", 7),
        (HEAD + "---\nStatus:: do not contact\n", 6),
        (
            HEAD
            + "---\n❌ **НЕ ОТВЕЧАТЬ.** Предлагал аутсорс за копейки, спрашивал паспортные данные "
            "и текущую зарплату, на созвоне был очень настойчив. Очень мутно, больше не трачу время.\n",
            6,
        ),
        (HEAD + "---\n## Notes\n**Do not reply.** He asked for my passport scan.\n", 7),
        (HEAD + "stage: rejected\n---\n", 5),  # the recruiter's own note files them as done
        (HEAD + "этап: отказ\n---\n", 5),
        (HEAD + "---\nОдин раз ответил.\n\nВсё, больше не пишу. Двух follow-up хватит.\n", 8),
        (HEAD + "---\n- 2026-11-23 I'm done chasing. Two follow-ups is enough.\n", 6),
        (HEAD + "---\nEuan says hiring freeze (20/10). so that's that. Not chasing again.\n", 6),
        # tests/vaults/timofey: the decision, then its reason after a comma
        (HEAD + "---\nБольше не пишу, теперь через процесс.\n", 6),
    ],
)
def test_a_stop_signal_stops_check_ins_and_says_where(
    make_vault: MakeVault, text: str, line: int
) -> None:
    facts = pipeline.build(make_vault({"People/Anna.md": text}), use_cache=False).facts(TODAY)
    [anna] = facts.contacts()
    assert anna.status == "archived" and anna.stopped_by is not None
    assert anna.stopped_by.line == line
    assert not registry.due_report(facts).items
    assert not [d for d in facts.problems() if "cadence" in d.message]


@pytest.mark.parametrize(
    "text",
    [
        HEAD + "---\n## Заметки\nНе писать про зарплату до оффера.\n",
        HEAD + "---\n- 2026-11-20 she said the role is closed, will ping me about others\n",
        HEAD + "---\n## Log\n- closed\n",  # "closed" alone on a line: a position, maybe
        HEAD + "result: rejected\n---\n",
        HEAD + "---\nНе писать про зарплату до оффера. Остальное можно.\n",
        HEAD + "---\nNot chasing again. Will ping her in January.\n",
        HEAD + "---\nБольше не пишу, подожду до января.\n",
        HEAD + "---\nБольше не пишу, пока сама не ответит.\n",
        HEAD + "---\nБольше не пишу, через пару недель пингану.\n",
        HEAD
        + "---\nБольше не пишу. Напишу в январе, если откроют роль.\n",  # a later word  # one interview's result, not the person's stage
    ],
)
def test_the_same_words_inside_another_sentence_are_no_stop(
    make_vault: MakeVault, text: str
) -> None:
    facts = pipeline.build(make_vault({"People/Anna.md": text}), use_cache=False).facts(TODAY)
    [anna] = facts.contacts()
    assert anna.status == "active" and anna.stopped_by is None
    assert [item.kind for item in registry.due_report(facts).items] == ["reach_out"]


def test_the_vault_owner_is_never_a_contact(make_vault: MakeVault) -> None:
    me = "---\ntype: person\n---\n# Ирина\n"
    files = {
        "People/Ирина (я).md": me,
        "People/Anna.md": HEAD + "---\n",
        "Meetings/2026-11-01 sync.md": "---\nauthor: '[[Ирина (я)]]'\npeople: '[[Anna]]'\n---\n",
        "Daily/2026-11-02.md": "---\nme: '[[Ирина (я)]]'\n---\n",
    }
    facts = pipeline.build(make_vault(files), use_cache=False).facts(TODAY)
    assert [c.name for c in facts.contacts()] == ["Anna"]
    assert facts.owner() == "People/Ирина (я).md"


def test_the_owner_named_in_the_config_is_never_a_contact(make_vault: MakeVault) -> None:
    files = {
        "People/Irina.md": HEAD + "---\n",
        "People/Anna.md": HEAD + "---\n",
        ".vaultkit/config.toml": 'owner = "[[Irina]]"\n',
    }
    facts = pipeline.build(make_vault(files), use_cache=False).facts(TODAY)
    assert [c.name for c in facts.contacts()] == ["Anna"]
    network = registry.network_report(facts)
    assert [r.contact.name for r in network.relationships] == ["Anna"]


def test_the_author_of_clippings_is_not_the_owner(make_vault: MakeVault) -> None:
    files = {
        "Recruiters/Anna Petrova.md": HEAD + "---\n",
        "Clippings/Post 1.md": "---\nauthor:\n  - '[[Anna Petrova]]'\n---\n",
        "Clippings/Post 2.md": "---\nauthor:\n  - '[[Anna Petrova]]'\n---\n",
    }
    facts = pipeline.build(make_vault(files), use_cache=False).facts(TODAY)
    assert facts.owner() is None
    assert [c.name for c in facts.contacts()] == ["Anna Petrova"]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("---\ntype: contact\nlast_contact: 2026-06-01\n---\nDo not contact\n", 5),
        (
            "---\ntype: contact\nlast_contact: 2026-06-01\n---\nРекрутер из Acme.\nБольше не писать.\n",
            6,
        ),
        ("---\ntype: contact\nlast_contact: 2026-06-01\n---\n# Anna\n\n**Do not contact**\n", 7),
    ],
)
def test_a_stop_signal_before_any_heading_or_in_bold_counts(
    make_vault: MakeVault, text: str, line: int
) -> None:
    facts = pipeline.build(make_vault({"People/Anna.md": text}), use_cache=False).facts(TODAY)
    [anna] = facts.contacts()
    assert anna.stopped_by is not None and anna.stopped_by.line == line
    assert not registry.due_report(facts).items


def test_a_kanban_boards_cards_say_nothing_about_anyone(make_vault: MakeVault) -> None:
    board = (
        "---\nkanban-plugin: basic\n---\n\n## Interviewing\n\n- [ ] [[Anna]] onsite @{2026-11-20}\n"
        "\n## Done\n\n- [x] [[Anna]] sent the CV\n- [x] [[Anna]] call ✅ 2026-11-21\n"
        "- 2026-11-22 [[Anna]] coffee\n"
    )
    root = make_vault({"People/Anna.md": HEAD + "---\n", "Job hunt.md": board})
    facts = pipeline.build(root, use_cache=False).facts(TODAY)
    [anna] = facts.contacts()
    assert anna.last_interaction is not None and anna.last_interaction.on == date(2026, 9, 1)
    assert [item.kind for item in registry.due_report(facts).items] == ["reach_out"]
    assert not [d for d in facts.problems() if d.path == "Job hunt.md"]
