"""The thirty-third session's fifth stranger's vault, kept by a helper who had never seen
vaultkit (answer key: tests/vaults/tariq.expected.md): Tariq, an ML engineer in Manchester, who
keeps a Zettelkasten (`Zettels/202612021630 Fernway tech interview.md`), people as `@Name`
notes, and marks what was said of him with a tag on the line ("… i caught it #fb"). Read at
the end of the session: what it showed is listed in the closing note for the next; the test
holds the one reading mended."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def tariq(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "tariq")


def test_a_line_tagged_as_feedback_is_feedback(tariq: Build) -> None:
    # "- Aisha said most candidates miss the label leakge in the churn q, i caught it #fb" in a
    # zettel linking [[Fernway]]; the tag is no part of the remark
    said = {i.text: i for i in tariq.facts(TODAY).feedback()}
    caught = said["Aisha said most candidates miss the label leakge in the churn q, i caught it"]
    assert caught.company_name == "Fernway" and caught.polarity == "strength"
    assert not [text for text in said if "#fb" in text]
