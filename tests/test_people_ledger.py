"""People kept in one note, a section a person: each section is a contact ("People.md#Tom
Brecken"), its fields line read as properties, its dated lines as talks, its tasks as
promises; a person with a note of their own gets the section's lines; a tick in Due contacts
is recorded under the person's heading. Kwame's vault (tests/vaults/kwame, answer key
kwame.expected.md) was written so by a helper who had never seen vaultkit."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from conftest import MakeVault, build_stranger_vault, run_cli, tick

from vaultkit.app import pipeline
from vaultkit.app.build import Build
from vaultkit.app.session import Session
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)
LEDGER = """---
tags: [people]
---
# People

## Owe people
- [ ] intro Aisha → Linda 📅 2026-11-27

## Tom Brecken
Co: Shopwise, Director of Eng | Met: Oct 15 HM call | Bday: Dec 9
- Oct 15 — HM call, 45 min
- Dec 2 — verbal offer on Zoom

## Aisha Mohammed
Co: Maplecart | Met: Maplecart 2023
- 2026-11-20 — coffee at Dineen

## Linda Park
Company: Tessellate | Met: Corvid 2017
- 2026-09-20 — long call
- [ ] rebook coffee w/ Linda 📅 2026-12-04

## Gord Mackenzie
Co: retired | [[Gord Mackenzie]]
- 2026-11-27 — he rang after the reference call
"""
GORD = "---\ntype: contact\n---\n- 2026-10-08 — coffee\n"


@pytest.fixture
def ledger(make_vault: MakeVault) -> Path:
    return make_vault({"People.md": LEDGER, "People/Gord Mackenzie.md": GORD})


def test_each_section_is_a_contact_with_its_talks_and_birthday(ledger: Path) -> None:
    facts = pipeline.build(ledger, use_cache=False).facts(TODAY)
    found = {c.name: c for c in facts.contacts()}
    assert {"Tom Brecken", "Aisha Mohammed", "Linda Park"} <= set(found)
    tom = found["Tom Brecken"]
    assert tom.path == "People.md#Tom Brecken"
    assert tom.last_interaction is not None and tom.last_interaction.on == date(2026, 12, 2)
    assert [(d.month, d.day) for d in tom.special_dates] == [(12, 9)]
    # Gord has a note of his own: the section's lines are his, no second Gord
    assert [c.path for c in facts.contacts() if "Gord" in c.name] == ["People/Gord Mackenzie.md"]
    gord = found["Gord Mackenzie"].last_interaction
    assert gord is not None and gord.on == date(2026, 11, 27)


def test_promises_in_a_section_and_named_elsewhere_in_the_ledger(ledger: Path) -> None:
    facts = pipeline.build(ledger, use_cache=False).facts(TODAY)
    owed = {
        (i.contact.name, i.due_on)
        for i in registry.due_report(facts).items
        if i.kind == "promise" and i.contact
    }
    assert owed == {("Aisha Mohammed", date(2026, 11, 27)), ("Linda Park", date(2026, 12, 4))}


def test_a_tick_is_recorded_under_the_persons_heading(ledger: Path) -> None:
    assert run_cli("rebuild", ledger, "--today", TODAY.isoformat()).returncode == 0
    due = ledger / "vaultkit" / "Due contacts.md"
    tick(due, r"\[\[People#Aisha Mohammed")
    assert run_cli("rebuild", ledger, "--today", TODAY.isoformat()).returncode == 0
    text = (ledger / "People.md").read_text(encoding="utf-8")
    aisha = text.split("## Aisha Mohammed")[1].split("## Linda Park")[0]
    assert "kept a promise" in aisha
    assert "intro Aisha" not in due.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def kwame(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "kwame")


def test_kwames_people_are_his_ledgers_sections(kwame: Build) -> None:
    last = {
        c.name: c.last_interaction.on for c in kwame.facts(TODAY).contacts() if c.last_interaction
    }
    assert last["Tom Brecken"] == date(2026, 12, 2)  # "Dec 2 — verbal offer (Zoom w/ Dana)"
    assert last["Ravi Sandhu"] == date(2026, 12, 4)
    assert last["Dana Whitfield"] == date(2026, 12, 4)  # her section, beside her own note
    due = registry.due_report(kwame.facts(TODAY)).items
    owed = {(i.contact.name, i.due_on) for i in due if i.kind == "promise" and i.contact}
    assert ("Aisha Mohammed", date(2026, 11, 27)) in owed  # "intro Aisha → Linda … 📅 11-27"


def test_a_planned_day_dates_no_line_of_the_ledger(kwame: Build) -> None:
    # "- [ ] Derek bday 🔁 every year 📅 2027-11-30" put "- Sep 16 — texted…" in 2027
    priya = next(c for c in kwame.facts(TODAY).contacts() if c.name == "Priya Raman")
    assert max(i.on for i in priya.interactions) == date(2026, 12, 3)


def test_after_a_save_the_due_note_is_a_fresh_builds(ledger: Path, tmp_path: Path) -> None:
    with Session.open(ledger) as session:
        pipeline.rebuild(session, TODAY)
        people = ledger / "People.md"
        people.write_text(
            people.read_text(encoding="utf-8").replace(
                "- Dec 2 — verbal offer on Zoom", "- Dec 2 — verbal offer on Zoom\n- Dec 4 — call"
            ),
            encoding="utf-8",
        )
        kept = pipeline.rebuild(session, TODAY)
    fresh_root = tmp_path / "fresh"
    shutil.copytree(ledger, fresh_root, ignore=shutil.ignore_patterns(".vaultkit"))
    pipeline.rebuild(Session(fresh_root, use_cache=False), TODAY)
    due = "vaultkit/Due contacts.md"
    assert kept.build.graph.touched is not None  # the daemon's in-place path
    assert (ledger / due).read_text(encoding="utf-8") == (fresh_root / due).read_text(
        encoding="utf-8"
    )
    facts = pipeline.build(fresh_root, use_cache=False).facts(TODAY)
    tom = next(c for c in facts.contacts() if c.name == "Tom Brecken").last_interaction
    assert tom is not None and tom.on == date(2026, 12, 4)
