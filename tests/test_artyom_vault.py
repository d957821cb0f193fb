"""The thirty-first session's Russian stranger's vault, kept by a helper who had never seen
vaultkit (answer key: tests/vaults/artyom.expected.md): Артём, an iOS developer in Yerevan, with
people in `Люди/` named to their company in plain text (`компания: Picsart`), a running log by
month headings, and company notes in `Компании/`. Each test holds a verdict the first reading
got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def artyom(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "artyom")


def test_a_company_written_as_plain_text_is_where_they_work(artyom: Build) -> None:
    # every contact had no company: `компания: Picsart` was not read as Компании/Picsart.md
    companies = {c.name: c.companies for c in artyom.facts(TODAY).contacts()}
    assert companies["Ани Саргсян"] == ("Компании/Picsart.md",)
    assert companies["Мария Ковалёва"] == ("Компании/Авито.md",)
    assert companies["Lilit Hakobyan"] == ("Компании/ServiceTitan.md",)
    assert companies["Гор Мкртчян"] == ("Компании/Krisp.md",)
    assert companies["Катя Лебедева"] == ()  # a friend, no company of hers kept


def test_the_processes_kept_in_company_notes(artyom: Build) -> None:
    results = {i.title: i.result for i in artyom.facts(TODAY).interviews()}
    assert results == {
        "Krisp": None,
        "Picsart": "offer",
        "ServiceTitan": "on_hold",
        "Авито": "rejected",
    }
