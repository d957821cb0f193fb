"""vaultkit's own generated notes in the graph: linked like notes, never read as notes."""

from __future__ import annotations

import json
from datetime import date

from conftest import MakeVault, run_cli

from vaultkit.app import pipeline
from vaultkit.app.session import Session


def test_links_to_the_generated_notes_resolve_before_and_after_a_rebuild(
    make_vault: MakeVault,
) -> None:
    """A home note linking the generated notes has no broken links: not before the first
    rebuild, not after it, and not in a note of the other language left behind."""
    root = make_vault(
        {
            "Home.md": "- [[Due contacts]] and [[vaultkit/Network.canvas|the canvas]]\n"
            "- [[Feedback themes#Action plan]], [[Vault health]], [[Кому написать]]\n",
            "Anna.md": "---\ntype: contact\n---\n[[Home]]\n",
        }
    )
    before = pipeline.build(root).graph
    expected = (
        "vaultkit/Due contacts.md",
        "vaultkit/Network.canvas",
        "vaultkit/Feedback themes.md",
        "vaultkit/Vault health.md",
        None,  # the Russian note: neither written in this vault's language nor there
    )
    assert before.link_targets["Home.md"] == expected
    pipeline.rebuild(Session(root), date(2026, 11, 24))
    (root / ".vaultkit" / "config.toml").write_text('language = "ru"\n', encoding="utf-8")
    pipeline.rebuild(Session(root), date(2026, 11, 24))  # the English notes become pointers
    after = pipeline.build(root).graph
    assert after.link_targets["Home.md"][:4] == expected[:4]
    assert after.link_targets["Home.md"][4] == "vaultkit/Кому написать.md"
    assert [problem.target for problem in after.unresolved] == []
    assert after.graph.nodes["vaultkit/Due contacts.md"]["kind"] == "generated"
    assert "vaultkit/Due contacts.md" not in after.notes  # linked, never read as a note
    health = (root / "vaultkit" / "Состояние хранилища.md").read_text(encoding="utf-8")
    assert "Home" not in health


def test_a_users_note_at_an_output_path_is_the_note_links_reach(make_vault: MakeVault) -> None:
    root = make_vault(
        {"vaultkit/Due contacts.md": "my own list\n", "Home.md": "[[Due contacts]]\n"}
    )
    graph = pipeline.build(root).graph
    assert graph.link_targets["Home.md"] == ("vaultkit/Due contacts.md",)
    assert "vaultkit/Due contacts.md" in graph.notes
    assert graph.graph.nodes["vaultkit/Due contacts.md"]["kind"] == "other"


def test_a_generated_note_outside_the_output_folder_is_not_read(make_vault: MakeVault) -> None:
    """Notes left in a former output folder (or a copy of one among meetings) name every
    contact; read as notes, they would count as a meeting with each of them."""
    root = make_vault(
        {
            "People/Anna.md": "---\ntype: contact\ntier: key\n---\n- 2026-09-01 call\n",
            "People/Boris.md": "---\ntype: contact\n---\n",
        }
    )
    day = "2026-11-24"
    assert run_cli("rebuild", root, "--today", day).returncode == 0
    before = json.loads(run_cli("due", root, "--today", day, "--json").stdout)
    assert {item["contact"] for item in before} == {"Anna", "Boris"}
    (root / ".vaultkit").mkdir(exist_ok=True)
    (root / ".vaultkit" / "config.toml").write_text('output_folder = "Reports"\n', "utf-8")
    copy = (root / "vaultkit" / "Due contacts.md").read_text(encoding="utf-8")
    (root / "Meetings").mkdir()
    (root / "Meetings" / "Copied list.md").write_text(copy, encoding="utf-8")
    rebuilt = run_cli("rebuild", root, "--today", day)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "warning: Meetings/Copied list.md:2: a note vaultkit generated" in rebuilt.stderr
    assert "warning: vaultkit/Due contacts.md:2: a note vaultkit generated" in rebuilt.stderr
    health = (root / "Reports" / "Vault health.md").read_text(encoding="utf-8")
    assert "- [[Meetings/Copied list|Copied list]]\n  - warning on line 2:" in health
    after = json.loads(run_cli("due", root, "--today", day, "--json").stdout)
    assert after == before
    graph = pipeline.build(root).graph
    assert sorted(graph.notes) == ["People/Anna.md", "People/Boris.md"]
    assert not graph.unresolved  # the leftovers still link to each other


def test_a_generated_note_competes_for_its_name_as_a_note_does(make_vault: MakeVault) -> None:
    """Among notes of one name Obsidian takes the shortest path, generated notes included."""
    root = make_vault(
        {
            "Notes/Archive/Network.md": "my old note on networking\n",
            "Topics/Network.md": "---\nkind: topic\n---\n",
            "Home.md": "[[Network]]\n",
            "Topics/Index.md": "[[Network]]\n",
        }
    )
    graph = pipeline.build(root).graph
    assert graph.link_targets["Home.md"] == ("Topics/Network.md",)  # shorter than vaultkit/
    assert graph.link_targets["Topics/Index.md"] == ("Topics/Network.md",)  # its folder
    (root / "Topics" / "Network.md").unlink()
    graph = pipeline.build(root).graph
    assert graph.link_targets["Home.md"] == ("vaultkit/Network.md",)  # fewer folders
    assert graph.link_targets["Topics/Index.md"] == ("vaultkit/Network.md",)
