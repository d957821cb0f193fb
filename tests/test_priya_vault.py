"""The seventh stranger's vault (tests/vaults/priya): a backend engineer's job search in
Amsterdam, kept by a helper who had never seen vaultkit (its answer key:
tests/vaults/priya.expected.md): folders of her own (`CRM/`, `Pipeline/`), people and
applications told apart only by their properties, every log a Markdown table. The first reading
found no contact, no company and no interview in it. Each test holds a verdict it got wrong."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 5)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "priya")


def test_people_and_applications_by_their_properties(built: Build) -> None:
    kinds = Counter(
        kind for path, kind in built.graph.kinds.items() if path.startswith(("CRM/", "Pipeline/"))
    )
    assert kinds == {"contact": 14, "interview": 8}  # `org` and `title`; `stage` and `applied`


def test_a_log_kept_as_a_table_dates_her_contacts(built: Build) -> None:
    contacts = {c.name: c for c in built.facts(TODAY).contacts()}
    carlos = contacts["Carlos Mendes"].last_interaction  # "| Nov 18 | email + LinkedIn | …"
    lena = contacts["Lena Vos"].last_interaction  # "Lena emailed after" in the 4 Dec daily note
    assert carlos is not None and carlos.on == date(2026, 11, 18)
    assert lena is not None and lena.on == date(2026, 12, 4)


def test_what_is_due_is_hers_to_do(built: Build) -> None:
    due = registry.due_report(built.facts(TODAY)).items
    replies = sorted(item.contact.name for item in due if item.kind == "reply" and item.contact)
    assert replies == ["Hannah Müller", "Tom Becker"]
    assert [item.contact.name for item in due if item.kind == "special_date" and item.contact] == [
        "Meera Iyer"  # `birthday: 1990-12-18`; Arjun's (`bday: Nov 28`) has passed
    ]
    followed = [item.interview.title for item in due if item.kind == "follow_up" and item.interview]
    # Brightwave: two follow-ups in its rounds table; Polder: "Polder said no" in Tom's table;
    # Grachten: she withdrew; Kestrel: the offer is in; only Orbital's onsite (9 Dec) waits
    assert followed == ["Orbital Maps"]


def test_an_applications_feedback_is_its_companys(built: Build) -> None:
    items = [i for i in built.facts(TODAY).feedback() if i.company_name == "Tulipa Health"]
    assert sorted(item.polarity for item in items) == ["improvement", "improvement", "strength"]
