"""The thirty-second session's fourth stranger's vault, kept by a helper who had never seen
vaultkit (answer key: tests/vaults/farid.expected.md): Farid, an Android engineer in Warsaw,
who keeps his search in one note a month with a heading per company and dated bullets under
each, and few notes of people. Read at the end of the session: what it showed is listed in the
closing note for the next; the test holds the one verdict mended."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def farid(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "farid")


def test_a_rejection_letters_courtesy_is_no_feedback(farid: Build) -> None:
    # Revolut's letter, pasted under "- 16/11 rejection mail from Ola, pasting:": "We would be
    # happy to consider you again in the future." is a courtesy; the reasons around it are read
    items = [i for i in farid.facts(TODAY).feedback() if i.company_name == "Revolut"]
    texts = [i.text for i in items]
    assert not [t for t in texts if "consider you again" in t]
    assert any(t.startswith("However, they felt your system design answers") for t in texts)
