"""The thirteenth stranger's vault (tests/vaults/dana): an engineering manager's search from
Toronto, in English, kept by a helper who had never seen vaultkit (its answer key:
tests/vaults/dana.expected.md) with the Full Calendar and Projects plugins: one note per
application in `Job Search/` (`company`, `role`, `status`, `applied`, `next_step`,
`next_step_date`), dates written the North American way (`12/02/2026`), people with their own
property names. Each test holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.domain.interviews import Interview
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "dana")


def _applications(built: Build) -> dict[str, Interview]:
    return {
        interview.company_name or "": interview
        for interview in built.facts(TODAY).interviews()
        if interview.path.startswith("Job Search/")
    }


def test_an_application_note_is_no_person(built: Build) -> None:
    contacts = {contact.path for contact in built.facts(TODAY).contacts()}
    assert not [path for path in contacts if path.startswith("Job Search/")]
    assert {"Stripe", "Wave", "1Password", "Datadog"} <= set(_applications(built))


def test_dates_written_month_first_are_read_so(built: Build) -> None:
    wave = _applications(built)["Wave"]
    assert (wave.result, wave.result_date) == ("offer", date(2026, 12, 3))  # "12/03/2026 — OFFER"


def test_an_offer_to_refer_is_no_job_offer_and_a_closed_status_is_read(built: Build) -> None:
    applications = _applications(built)
    assert applications["Stripe"].result is None  # "10/26/2026 — Lina offered to refer me."
    assert applications["Datadog"].result == "rejected"  # `status: Closed - rejected`


def test_whom_to_write_to_and_whom_not(built: Build) -> None:
    items = registry.due_report(built.facts(TODAY)).items
    follow_ups = {i.contact.name for i in items if i.kind == "follow_up" and i.contact}
    assert "Jordan Pike" in follow_ups  # 1Password said "by Wednesday, Dec 2 at the latest"
    # Datadog said no; Contentful waits on her writing sample (due 12/10), not she on them
    assert not follow_ups & {"Chelsea Ng", "Anneke de Vries"}
    prepared = [
        (i.kind, i.interview.company_name) for i in items if i.kind == "prepare" and i.interview
    ]
    assert ("prepare", "Stripe") in prepared  # `next_step: Onsite (4 sessions)` on 2026-12-09


def test_a_round_booked_in_the_calendar_holds_the_any_news(built: Build) -> None:
    # Calendar/2026-12-15 Shopify — panel.md (`title: Shopify — panel`, `startTime: "10:00"`)
    items = registry.due_report(built.facts(TODAY)).items
    assert not [
        i for i in items if i.kind == "follow_up" and i.interview and "Shopify" in i.interview.title
    ]
