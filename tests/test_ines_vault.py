"""The vault of Inês (tests/vaults/ines, answer key ines.expected.md), a product manager in
Lisbon who keeps each process as nested YAML in its company's note (`process: rounds: - date:
…, outcome: …`), her interviews as Full Calendar events, no daily notes but a weekly review
named "2026 Week 49" whose "Next week" list she writes anew each week, and a Christmas list of
gifts. A helper who had never seen vaultkit wrote it and its key. Each test holds a verdict
the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry
from vaultkit.parse.weekly_notes import week_of_note

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def ines(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "ines")


def _owed(ines: Build, name: str) -> list[str]:
    items = registry.due_report(ines.facts(TODAY)).items
    return sorted(
        i.promise.path for i in items if i.promise and i.contact and i.contact.name == name
    )


def test_a_week_named_in_words_is_a_weekly_note() -> None:
    found = week_of_note("2026 Week 49")
    assert found is not None and (found["year"], found["week"]) == ("2026", "49")
    assert week_of_note("Week in Porto") is None


def test_a_weekly_reviews_tasks_are_read_in_its_week(ines: Build) -> None:
    # "Call Rafa. Properly." under "## Next week" of "Weekly/2026 Week 49.md"
    assert "Weekly/2026 Week 49.md" in _owed(ines, "Rafael Moreira")


def test_a_gift_for_a_birthday_is_the_birthdays_item(ines: Build) -> None:
    # "- [ ] Ana F. — birthday 15/12 AND Christmas, do one nice thing: the ceramics workshop?"
    assert "Personal/Christmas 2026.md" not in _owed(ines, "Ana Ferreira")
    items = registry.due_report(ines.facts(TODAY)).items
    assert [(i.kind, i.due_on) for i in items if i.contact and i.contact.name == "Ana Ferreira"][
        -1
    ] == ("special_date", date(2026, 12, 15))


def test_they_hired_someone_else_is_a_rejection(ines: Build) -> None:
    # Cerulean Pay: "- 7/10 Hannah called — no. They hired someone from a card issuer."
    (cerulean,) = [
        i for i in ines.facts(TODAY).interviews() if i.path.startswith("Calendar/2026-09-15")
    ]
    assert (cerulean.company_result, cerulean.company_result_on) == ("rejected", date(2026, 10, 7))


def test_a_cv_of_hers_to_look_at_is_owed_to_her(ines: Build) -> None:
    # Weekly/2026 Week 49.md: "- [ ] Mari's CV" (Mariana sent it on 27 Nov and nudged on 2 Dec:
    # the nudge wants its reply, and the look at her CV is owed besides)
    due = registry.due_report(ines.facts(TODAY)).items
    kinds = sorted(i.kind for i in due if i.contact and i.contact.name == "Mariana Costa")
    assert kinds == ["promise", "reply"]
