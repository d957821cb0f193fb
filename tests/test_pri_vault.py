"""The vault of Pri (tests/vaults/pri, answer key pri.expected.md), a frontend engineer in
Amsterdam who lives in her inbox: Outlook's "From: / Sent:" blocks pasted into a note per
process, auto-replies among them ("I'm currently out of the office until…", "on parental leave
until March"), people notes with properties of her own, and promises logged with their keeping
after an arrow ("→ sent 10-09"). A helper who had never seen vaultkit wrote it and its key.
Each test holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def pri(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "pri")


def _due(pri: Build) -> set[tuple[str, str, date]]:
    return {
        (item.kind, item.contact.name if item.contact else "", item.due_on)
        for item in registry.due_report(pri.facts(TODAY)).items
    }


def test_a_promise_logged_with_its_keeping_after_an_arrow_is_not_owed(pri: Build) -> None:
    # "I said I'd send her portfolio to Ruben at Groenhuis → sent 10-09"; "told him I'd pass
    # his name to Tom (Pinnacle) → done 10-21"
    names = {name for kind, name, _ in _due(pri) if kind == "promise"}
    assert "Sophie Laurent" not in names
    assert "Joost de Boer" not in names


def test_a_recruiter_on_parental_leave_until_march_is_not_chased_now(pri: Build) -> None:
    # Sanne's auto-reply of 5 Nov: "on parental leave until March 2027"
    assert not {item for item in _due(pri) if item[1] == "Sanne Visser"}


def test_a_chase_she_put_off_until_the_15th_waits_for_it(pri: Build) -> None:
    # "- [ ] Femke — after the 15th, not this week" (Femke's out of office till the 15th)
    femke = {day for _, name, day in _due(pri) if name == "Femke de Vries"}
    assert femke and min(femke) > date(2026, 12, 15)
