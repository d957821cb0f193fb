"""`vaultkit explain`: every fact read about a contact or an interview, where it was read, and
how the verdict follows."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import MakeVault, run_cli

TODAY = "2026-11-24"


def test_a_contact_is_explained_fact_by_fact(sample_copy: Path) -> None:
    result = run_cli("explain", sample_copy, "Anna Petrova", "--today", TODAY)
    assert result.returncode == 0, result.stderr
    assert "tier: key  [People/Anna Petrova.md:4, property]" in result.stdout
    assert "last interaction: 2026-11-19 (interview)" in result.stdout
    assert "-> last contact 2026-11-19 + 30 days = 2026-12-19: not yet" in result.stdout


def test_an_interview_is_explained_with_its_outcome_and_rule(sample_copy: Path) -> None:
    result = run_cli(
        "explain", sample_copy, "2026-09-29 Northwind system design", "--today", TODAY, "--json"
    )
    assert result.returncode == 0, result.stderr
    told = json.loads(result.stdout)
    assert told["kind"] == "interview"
    outcome = next(read for read in told["read"] if read["what"] == "outcome")
    assert outcome["value"] == "rejected on 2026-10-06"
    assert outcome["where"].endswith(".md:9")
    assert told["verdict"] == ["nothing is due: rejected, and the feedback is recorded"]


def test_a_name_is_found_as_a_link_is_and_an_unclear_one_is_refused(sample_copy: Path) -> None:
    missing = run_cli("explain", sample_copy, "Anna", "--today", TODAY)
    assert missing.returncode == 2 and "did you mean Anna Petrova" in missing.stderr


def test_where_each_fact_was_written_is_named(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Recruiters/Мария.md": "---\ntype: contact\n---\nУровень:: key\n"
            "## Журнал\n- 2026-10-20 созвонились в телеграме\n",
            "Daily/2026-11-02.md": "- написала [[Мария]] про вакансию\n",
            "Recruiters/Олег.md": "---\ntype: contact\nstatus: do not contact\n---\n",
        }
    )
    maria = run_cli("explain", root, "Мария", "--today", TODAY)
    assert "tier: key  [Recruiters/Мария.md:4, inline field]" in maria.stdout
    assert "last interaction: 2026-11-02" in maria.stdout
    assert "[Daily/2026-11-02.md:1, daily note]" in maria.stdout
    oleg = run_cli("explain", root, "Олег", "--today", TODAY)
    assert "stop: status: do not contact  [Recruiters/Олег.md:3, stop signal]" in oleg.stdout
    assert "-> no check-ins: the note says to stop (line 3)" in oleg.stdout


def test_vault_health_names_the_keys_vaultkit_does_not_read(make_vault: MakeVault) -> None:
    contact = (
        "---\ntype: contact\nСтатус собеседования: ждём\nlast_contcat: 2026-10-01\n"
        "Time: 17:00\nfirst contact: 2026-09-01\n---\n"
    )
    root = make_vault({f"People/P{number}.md": contact for number in range(3)})
    assert run_cli("rebuild", root, "--today", TODAY).returncode == 0
    health = (root / "vaultkit" / "Vault health.md").read_text(encoding="utf-8")
    assert "`last_contcat` on 3 notes" in health
    assert '`"last_contcat" = "last_contact"`' in health  # the nearest key, and how to map it
    assert '"time" = "tier"' not in health  # two letters of four are no typo
    assert '"first contact" = "last_contact"' not in health  # another key, not a slip
    assert "`Статус собеседования` on 3 notes" in health
