"""Cases a seventh attacker built against the ledgers of people, checklists kept as timelines,
dictated names and company notes (kept in tests/vaults/attack27/): notes that are no ledger of
people (trades, places, talks watched, a roster of interviewers, a template section, a
company's "Role:" line), a section whose first line links someone else, the same person in a
section a year, two sections of one name, a heading written twice; an open task whose
subtasks are not all done, tasks that read and then reply, tasks said done that are not;
dictated words that are name forms ("поля", "из милана", "валю"); a line before the day
applied, a round line that mentions prep, a study item before a round, last year's checklist;
a friend's process in a company note, "Сбер" beside "Сбербанк", another candidate's
withdrawal. Each is what Due contacts lists now, checked against the attacker's key."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest
from conftest import due_in_kept_case, run_cli, tick

TODAY = date(2026, 12, 6)
KEPT = Path(__file__).parent / "vaults" / "attack27"

CASES: dict[str, set[tuple[str, str, date]]] = {
    "checklist_last_years_process": set(),
    "checklist_prep_not_round": {("follow_up", "Jess Moreau", date(2026, 10, 27))},
    "company_note_duplicates_interview": {
        ("follow_up", "Собесы/Сбер — Data Platform.md", date(2026, 11, 23))
    },
    "company_note_friends_process": set(),
    "dictated_word_is_short_name": {
        ("reach_out", "Валентина Ли", date(2026, 12, 1)),
        ("reach_out", "Милана Сергеева", date(2026, 12, 17)),
        ("reach_out", "Полина Смирнова", date(2026, 12, 9)),
    },
    "ledger_conference_talks": set(),
    "ledger_duplicate_of_contact_note": {("reach_out", "Thomas Brecken", date(2027, 1, 1))},
    "ledger_heading_repeated_above": {
        ("reach_out", "Ben Adeyemi", date(2026, 11, 8)),
        ("reach_out", "Linda Osei", date(2026, 12, 1)),
        ("special_date", "Tom Brecken", date(2026, 12, 20)),
    },
    "ledger_household_services": set(),
    "ledger_link_in_fields_merges_wrong": {("reach_out", "Priya Raman", date(2026, 11, 28))},
    "ledger_log_section_person": set(),
    "ledger_places_ru": set(),
    "ledger_promise_tick_comes_back": {
        ("promise", "Tom Brecken", date(2026, 12, 6)),
        ("reach_out", "Ben Adeyemi", date(2026, 11, 8)),
        ("reach_out", "Linda Osei", date(2026, 12, 19)),
        ("special_date", "Tom Brecken", date(2026, 12, 20)),
    },
    "ledger_same_person_by_year": set(),
    "ledger_template_section_is_person": set(),
    # two people called "## Alex": a name alone is no ledger's person (as before the session)
    "ledger_two_sections_same_name": set(),
    "not_owed_read_then_reply": {
        ("promise", "Anna Kim", date(2026, 12, 4)),
        ("promise", "Jess Moreau", date(2026, 12, 3)),
        ("promise", "Дмитрий Захаров", date(2026, 12, 3)),
    },
    "not_owed_said_done_but_not": {
        ("promise", "Dana Whitfield", date(2026, 12, 6)),
        ("promise", "Nika Orlova", date(2026, 12, 4)),
    },
    "panel_notes_interviewers": set(),
    "round_with_prep_word_dropped": {
        ("follow_up", "Interviews/Northwind — EM.md", date(2026, 11, 27)),
        # Авито's final (26 Nov), "по ощущениям прошло отлично": how it went, no pass; silent
        ("follow_up", "Собесы/Авито — Senior Python.md", date(2026, 12, 1)),
    },
    "someone_else_withdrew": {("follow_up", "Компании/Озон.md", date(2026, 12, 3))},
    "subtask_done_parent_open": {("promise", "Priya Raman", date(2026, 12, 2))},
    "targets_note_companies": set(),
    "tracker_roles_as_people": {
        ("follow_up", "Job search 2026.md#Stripe", date(2026, 10, 28)),
        ("follow_up", "Job search 2026.md#Wise", date(2026, 11, 23)),
    },
    "yearless_before_applied_pushed_ahead": {
        ("follow_up", "Interviews/Shopwise EM.md", date(2026, 11, 23)),
        ("reach_out", "Priya Raman", date(2026, 10, 8)),
    },
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_what_is_due(tmp_path: Path, case: str) -> None:
    assert due_in_kept_case(KEPT / case, tmp_path, TODAY) == CASES[case]


@pytest.mark.parametrize(
    ("case", "pattern", "where"),
    [
        ("ledger_promise_tick_comes_back", r"send Tom the article", "People.md"),
        (
            "ledger_heading_repeated_above",
            r"Write to \[\[People#Ben",
            "vaultkit/Interaction log.md",
        ),
    ],
)
def test_a_tick_for_a_ledger_person_is_recorded_once_and_settles(
    tmp_path: Path, case: str, pattern: str, where: str
) -> None:
    root = tmp_path / "vault"
    shutil.copytree(KEPT / case, root)
    (root / ".obsidian").mkdir(exist_ok=True)
    assert run_cli("rebuild", root, "--today", TODAY.isoformat()).returncode == 0
    before = (root / "People.md").read_text(encoding="utf-8")
    due = root / "vaultkit" / "Due contacts.md"
    tick(due, pattern, TODAY.isoformat())
    assert run_cli("rebuild", root, "--today", TODAY.isoformat()).returncode == 0
    recorded = (root / where).read_text(encoding="utf-8")
    assert recorded.count("(Due contacts)") == 1
    if where != "People.md":  # a heading written twice: the ledger is left as it was
        assert (root / "People.md").read_text(encoding="utf-8") == before
    assert run_cli("rebuild", root, "--today", TODAY.isoformat()).returncode == 0
    listed = [line for line in due.read_text(encoding="utf-8").split("\n") if "- [ ]" in line]
    assert not [line for line in listed if re.search(pattern, line)]
