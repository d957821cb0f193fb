"""A company written as plain text in a property (`компания: Авито`, `company: Picsart`) is
read as a link to the company's note where one of that name or alias exists, and as nothing
(no broken link) where none does: contacts' companies, the network's boxes and the health
note's counts agree with what the vault holds."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from vaultkit.app import pipeline

TODAY = date(2026, 12, 7)


def _vault(root: Path, notes: dict[str, str]) -> Path:
    (root / ".obsidian").mkdir(parents=True)
    for name, text in notes.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def _companies(root: Path) -> dict[str, tuple[str, ...]]:
    facts = pipeline.build(root, use_cache=False).facts(TODAY)
    return {contact.name: contact.companies for contact in facts.contacts()}


def test_a_plain_name_leads_to_the_company_note_of_that_name_alias_or_name_after_an_id(
    tmp_path: Path,
) -> None:
    root = _vault(
        tmp_path / "vault",
        {
            "Люди/Мария Ковалёва.md": "---\nкомпания: Авито\nроль: IT-рекрутер\n---\n",
            "Люди/Ани Саргсян.md": "---\nкомпания: picsart\nроль: HR\n---\n",
            "People/Tom.md": "---\ntype: contact\norg: Kestrel\n---\n",
            "202610141140 Linnea.md": "---\norg: Einride\ntags: [recruiter]\n---\n",
            "202610141200 Einride.md": "---\norg: Einride\ntags: [company]\n---\n",
            "Компании/Авито.md": "---\nкомпания: Авито\nстатус: отказ\n---\n# Авито\n",
            "Компании/Picsart.md": "---\ntype: company\n---\n",
            "Companies/Kestrel Pay.md": "---\ntype: company\naliases: [Kestrel]\n---\n",
        },
    )
    assert _companies(root) == {
        "Мария Ковалёва": ("Компании/Авито.md",),
        "Ани Саргсян": ("Компании/Picsart.md",),
        "Tom": ("Companies/Kestrel Pay.md",),
        "Linnea": ("202610141200 Einride.md",),  # named after its Zettelkasten id
    }


def test_a_plain_name_with_no_note_is_no_link_and_no_broken_one(tmp_path: Path) -> None:
    root = _vault(
        tmp_path / "vault",
        {
            "People/Ana.md": "---\ntype: contact\ncompany: Google\n---\n",
            "People/Ben.md": "---\ntype: contact\ncompany: https://acme.io/jobs\n---\n",
            "People/Cleo.md": "---\ntype: contact\ncompany: Acme (via [[Hays]])\n---\n",
            "Companies/Hays.md": "---\ntype: company\ncompany: Hays\n---\n",
        },
    )
    build = pipeline.build(root, use_cache=False)
    assert build.graph.unresolved == ()
    assert build.graph.link_count == 1  # Cleo's [[Hays]]; Hays's own name is no link to itself
    assert {c.name: c.companies for c in build.facts(TODAY).contacts()} == {
        "Ana": (),
        "Ben": (),
        "Cleo": ("Companies/Hays.md",),
    }
