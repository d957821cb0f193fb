"""The twenty-seventh stranger's vault, kept by a helper who had never seen vaultkit (answer
key: tests/vaults/helena.expected.md): Helena, a VP of engineering in London searching through
executive-search firms, her network kept as a CRM with the Tasks plugin's recurring check-ins.
Each test holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def helena(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "helena")


def test_a_promise_never_to_do_something_is_no_task(helena: Build) -> None:
    # "Promised him I would never name him as a source." (Tomasz, 25 Sep)
    due = registry.due_report(helena.facts(TODAY)).items
    assert not [i for i in due if i.promise and "never" in i.promise.text]


def test_her_processes_end_as_she_wrote(helena: Build) -> None:
    results = {i.title: i.result for i in helena.facts(TODAY).interviews()}
    assert results["Quillon - VP Engineering"] == "withdrawn"
    assert results["Northwind Health - CTO"] == "offer"
