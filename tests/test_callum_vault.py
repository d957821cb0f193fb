"""The twenty-sixth stranger's vault, kept by a helper who had never seen vaultkit (answer
key: tests/vaults/callum.expected.md): Callum, a data scientist in Edinburgh who prepends,
every log newest first and mostly without a year ("- 2 Nov — started at Kelpie Robotics",
"- 20 Oct — pint", "- 11 Sep — messaged"). Each test holds a verdict the first reading got
wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def callum(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "callum")


def test_a_log_kept_newest_first_dates_the_last_talk(callum: Build) -> None:
    last = {c.name: c.last_interaction for c in callum.facts(TODAY).contacts()}
    euan = last["Euan MacLeod"]  # his log's top line, "2 Nov", not "11 Sep" at its bottom
    assert euan is not None and euan.on == date(2026, 11, 2)
    tom = last["Tom Whitelaw"]
    assert tom is not None and tom.on == date(2026, 11, 18)


def test_a_company_note_that_keeps_the_application_is_its_process(callum: Build) -> None:
    # "Companies/Tessellate Health.md": `applied: 22/09/2026`, `status: 🤝 offer`, a timeline
    results = {i.title: (i.result, i.result_date) for i in callum.facts(TODAY).interviews()}
    assert results["Tessellate Health"] == ("offer", date(2026, 12, 3))
    assert results["Skyscanner"] == ("rejected", date(2026, 11, 12))


def test_a_move_told_with_the_company_in_bold_is_a_change_of_role(callum: Build) -> None:
    # "- 2 Nov — started at **Kelpie Robotics** … Sent a pic of his desk."
    moved = {c.name: c.role_change for c in callum.facts(TODAY).contacts()}
    euan = moved["Euan MacLeod"]
    assert euan is not None and euan.on == date(2026, 11, 2)


def test_a_wave_across_the_room_is_no_talk(callum: Build) -> None:
    # "- 26 Nov — across the room at PyData, waved. should've gone over."
    last = {c.name: c.last_interaction for c in callum.facts(TODAY).contacts()}
    kasia = last["Kasia Nowak"]
    assert kasia is not None and kasia.on == date(2026, 10, 2)
