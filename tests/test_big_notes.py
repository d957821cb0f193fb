"""A note over the size limit (max_note_size_mb) is read for its properties only, never its
body, and Vault health names it with its size and the limit."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import MakeVault, run_cli

TODAY = "2026-11-24"
BODY_LINKS = "".join(f"- 2026-11-{day:02d} call with [[Nowhere {day}]]\n" for day in range(1, 29))
BIG = (
    '---\ntype: recruiter\ncompany: "[[Acme]]"\ncadence: monthly\nlast_contact: 2026-10-01\n'
    f"---\n# Big\n{BODY_LINKS}"
)
SMALL = "---\ntype: recruiter\n---\n# Small\n- 2026-11-02 call with [[Nowhere small]]\n"


def big_vault(make_vault: MakeVault, limit_mb: str) -> Path:
    """A vault with a note over 1,000 bytes, one under, and the size limit `limit_mb`."""
    return make_vault(
        {
            ".vaultkit/config.toml": f"max_note_size_mb = {limit_mb}\n",
            "People/Big.md": BIG,
            "People/Small.md": SMALL,
            "Companies/Acme.md": "---\ntype: company\n---\n",
        }
    )


def checked(root: Path) -> Any:
    """What `vaultkit check --json` reports of the vault at `root`."""
    result = run_cli("check", root, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_note_over_the_limit_is_read_for_its_properties_only(make_vault: MakeVault) -> None:
    size = len(BIG.encode("utf-8"))
    assert 1000 < size < 10_000
    root = big_vault(make_vault, "0.001")  # 1,000 bytes
    report = checked(root)
    targets = {item["target"] for item in report["unresolved"]}
    assert targets == {"Nowhere small"}  # Big's body was not read, Small's was
    assert report["kinds"]["contact"] == 2
    assert {"source": "People/Big.md", "target": "Acme", "line": 3} not in report["unresolved"]
    message = (
        f"the note is {size:,} bytes, over the limit of 1,000 bytes (max_note_size_mb in "
        ".vaultkit/config.toml): only its properties were read, not its text"
    )
    assert {"path": "People/Big.md", "line": 0, "severity": "warning", "message": message} in (
        report["diagnostics"]
    )
    run_cli("rebuild", root, "--today", TODAY, check=True)
    health = (root / "vaultkit" / "Vault health.md").read_text(encoding="utf-8")
    assert f"- [[People/Big|Big]]\n  - warning: {message}\n" in health
    network = (root / "vaultkit" / "Network.md").read_text(encoding="utf-8")
    assert "[[People/Big\\|Big]]" in network  # a contact, of Acme: its company was read
    assert "Contacts with no company:\n- [[People/Small|Small]]\n\n" in network
    due = (root / "vaultkit" / "Due contacts.md").read_text(encoding="utf-8")
    assert "[[People/Big|Big]]" in due  # its last_contact property was read


def test_a_change_of_the_limit_reads_the_note_again(make_vault: MakeVault) -> None:
    root = big_vault(make_vault, "0.001")
    assert len(checked(root)["unresolved"]) == 1
    (root / ".vaultkit" / "config.toml").write_text("max_note_size_mb = 0.01\n")
    report = checked(root)  # the cache held Big read in part: it is read whole now
    assert len(report["unresolved"]) == 29
    assert not any("over the limit" in d["message"] for d in report["diagnostics"])
    (root / ".vaultkit" / "config.toml").write_text("max_note_size_mb = 0.001\n")
    assert len(checked(root)["unresolved"]) == 1


def test_the_limit_must_be_a_size(make_vault: MakeVault) -> None:
    root = big_vault(make_vault, "0")
    result = run_cli("check", root)
    assert result.returncode == 2
    assert (
        "error: .vaultkit/config.toml:1: max_note_size_mb must be between 0.001 and 1000 "
        "(megabytes), not 0.0"
    ) in result.stderr
