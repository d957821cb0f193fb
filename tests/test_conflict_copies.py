"""Sync conflict copies are versions of the note beside them, whichever tool made them: never a
contact, an interview or a node of their own, and named in Vault health beside that note."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import MakeVault

from vaultkit.app import pipeline
from vaultkit.notes import registry
from vaultkit.notes.render import Renderer
from vaultkit.store.conflicts import begins_alike, copies
from vaultkit.store.templates import load_templates

CONTACT = (
    "---\ntype: contact\ntier: key\nlast_contact: 2026-10-01\n---\n# Anna\nRecruiter at Acme\n"
)


@pytest.mark.parametrize(
    "copy",
    [
        "People/Anna (Conflicted copy 2026-11-20 101500).md",  # Obsidian Sync
        "People/Anna (Laptop's conflicted copy 2026-11-20).md",  # Dropbox
        "People/Anna (conflicted copy 2026-11-20 101500).md",  # Nextcloud
        "People/Anna.sync-conflict-20261120-101500-ABCDEF7.md",  # Syncthing
        "People/Anna (Case Conflict).md",
        "People/Anna (Case Conflict 1).md",
        "People/Anna-DESKTOP-1A2B3C4.md",  # OneDrive
        "People/Anna (1).md",  # Google Drive
        "People/Anna 2.md",  # iCloud
    ],
)
def test_each_tools_copy_is_a_copy_of_the_note_beside_it(copy: str) -> None:
    [found] = copies(["People/Anna.md", copy, "People/Bob.md"], lambda _a, _b: True)
    assert (found.path, found.original) == (copy, "People/Anna.md")


def test_a_name_a_person_could_give_is_a_copy_only_when_the_notes_begin_alike() -> None:
    paths = ["Interviews/Round.md", "Interviews/Round 2.md", "People/Anna (1).md", "People/Anna.md"]
    assert copies(paths, lambda _a, _b: False) == []
    long = CONTACT + "Notes on our calls. " * 20
    assert begins_alike(long, long + "\nmore at the end, past the first 200 characters\n")
    assert begins_alike(CONTACT, CONTACT.replace("tier: key", "tier: supporting"))  # edited
    assert not begins_alike("---\na: 1\n---\nHi\n", "---\na: 2\n---\nHi\n")  # little body
    assert not begins_alike(CONTACT, CONTACT.replace("Acme", "Initech"))


def test_a_copy_with_no_note_beside_it_stays_a_note() -> None:
    assert copies(["People/Anna (Case Conflict).md"], lambda _a, _b: True) == []


def test_a_copy_is_never_a_contact_and_health_names_it(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Anna.md": CONTACT,
            "People/Anna (Conflicted copy 2026-11-20 101500).md": CONTACT,
            "People/Anna 2.md": CONTACT,  # iCloud's, the same start
            "People/Round 2.md": "---\ntype: contact\n---\n# Someone else\n",
            "People/Round.md": "---\ntype: contact\n---\n# Round\n",
        }
    )
    built = pipeline.build(root, use_cache=False)
    assert set(built.graph.notes) == {"People/Anna.md", "People/Round.md", "People/Round 2.md"}
    facts = built.facts(date(2026, 11, 24))
    due = [item.contact.path for item in registry.due_report(facts).items if item.contact]
    assert due.count("People/Anna.md") == 1 and not any("Anna (" in path for path in due)
    named = {d.path: d.message for d in built.diagnostics if "conflict copy of" in d.message}
    assert set(named) == {"People/Anna (Conflicted copy 2026-11-20 101500).md", "People/Anna 2.md"}
    assert all("People/Anna.md" in message for message in named.values())
    health = registry.text_of(registry.OUTPUTS[0], facts, _renderer())
    assert "Anna 2" in health
    assert "People/Anna.md" in health


def _renderer() -> Renderer:
    return Renderer(load_templates(None), "en")


def test_a_copy_whose_properties_were_edited_is_still_a_copy(make_vault: MakeVault) -> None:
    body = "# Anna\nMet at the Berlin meetup; works on platform hiring at Acme.\n"
    root = make_vault(
        {
            "Recruiters/Anna Petrova.md": "---\nlast contact: 2026-11-28\n---\n" + body,
            "Recruiters/Anna Petrova 2.md": "---\nlast contact: 2026-08-01\n---\n" + body,
            "Recruiters/Anna Petrova-DESKTOP-1A2B3C.md": "---\nlast contact: 2026-08-01\n---\n"
            + body,
            "Recruiters/Anna Petrova (1).md": "---\nlast contact: 2026-08-01\n---\n" + body,
        }
    )
    built = pipeline.build(root, use_cache=False)
    assert [path for path in built.graph.notes] == ["Recruiters/Anna Petrova.md"]
    assert len([d for d in built.diagnostics if "conflict copy of" in d.message]) == 3
