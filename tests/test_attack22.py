"""Cases an attacker built against dates read month first and the rules that came with them
(kept in tests/vaults/attack22/): a pair in a sentence (a challenge's day, a grade, a duration,
a quarter) or a clipped posting's whole date tells no vault's order; a note that writes day
first keeps it whatever its vault does, and date_order = day-first keeps every note so; a
heading decides only with its day and words under it; "Amazon (AWS)" and "Amazon (Retail)" are
two jobs; a question about an offer, or a slot turned down, decides nothing."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from conftest import due_in_kept_case

from vaultkit.app import pipeline

TODAY = date(2026, 12, 6)
KEPT = Path(__file__).parent / "vaults" / "attack22"
FU = "follow_up"

CASES: dict[str, set[tuple[str, str, date]]] = {
    "amazon_title_match": {
        (FU, "Kim Nguyen", date(2026, 12, 4)),
        (FU, "Raj Patel", date(2026, 12, 7)),
    },
    "amazon_two_orgs_one_process": {
        (FU, "Kim Nguyen", date(2026, 12, 4)),
        ("request_feedback", "Raj Patel", date(2026, 12, 3)),
    },
    "clipped_us_postings_flip_vault": {(FU, "Tom Reed", date(2026, 12, 9))},
    "company_history_rejection_heading": {(FU, "Elin Berg", date(2026, 12, 4))},
    "company_note_offer_perks": {(FU, "Mia Schulz", date(2026, 12, 4))},
    "crm_person_with_status": {
        ("promise", "Anna Keller", TODAY),
        ("reach_out", "Jonas Bauer", date(2026, 9, 8)),
    },
    "dayfirst_config_ignored_by_note_rule": set(),
    "dayfirst_note_in_us_vault": set(),
    "empty_offer_placeholder_heading": {(FU, "Lena Hoffmann", date(2026, 12, 3))},
    "french_grades_out_of_20": set(),
    "hiring_manager_person_in_interviews_folder": set(),  # Sam is a contact, talked 5 Nov
    "note_flipped_by_duration": {(FU, "Sanne de Vries", date(2026, 12, 4))},
    "pasted_us_email_flips_note": set(),
    "quarter_q1_27_on_hold": set(),  # "hiring freeze until Q1/27": not before January
    # "## Rejection (12/1)" in a note that writes day first is 12 January, still to come: it
    # decides nothing, and the round is chased as before (the attacker would read Dec 1)
    "rejection_heading_dated_future": {(FU, "Kayla Moore", date(2026, 11, 25))},
    "uk_vault_flipped_by_challenge_counter": {(FU, "Tom Reed", date(2026, 12, 9))},
    # no offer at Personio ("asked when they'll make an offer"), no rejection at Zalando ("they
    # rejected my first slot for the next round"): a next round, thanked for; the two recruiters'
    # talks are only in yearless interview logs, which count for no one yet (a weakness left)
    "yearless_log_now_read_for_outcome": {
        ("first_touch", "Lea Braun", TODAY),
        ("first_touch", "Mia Schulz", TODAY),
        ("thank_you", "Mia Schulz", date(2026, 12, 2)),
    },
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_what_is_due(tmp_path: Path, case: str) -> None:
    assert due_in_kept_case(KEPT / case, tmp_path, TODAY) == CASES[case]


def test_a_vault_said_to_write_day_first_keeps_its_words_and_days(tmp_path: Path) -> None:
    shutil.copytree(KEPT / "dayfirst_config_ignored_by_note_rule", tmp_path / "vault")
    (tmp_path / "vault" / ".obsidian").mkdir(exist_ok=True)
    built = pipeline.build(tmp_path / "vault", use_cache=False)
    log = built.graph.notes["People/Priya Shah.md"].log_as_of(TODAY)
    assert [(entry.on, entry.text[:14]) for entry in log] == [
        (date(2026, 11, 5), "met at the Lon"),
        (date(2026, 12, 3), "10/15 min call"),
    ]
