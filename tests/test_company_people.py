"""People kept in their company's note, a section each under its people's part ("## People ¶
### Jo Lane — recruiter ¶ - 2026-11-20 — …"): each a contact of that company; a team's or a
role's heading is no one. And a birthday list's relative ("Айгерим (двоюродная сестра)") is no
contact of that name."""

from __future__ import annotations

from datetime import date

from conftest import MakeVault

from vaultkit.app import pipeline
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)

ACME = """---
type: company
---
# Acme

Applied 2026-11-02.

## People

### Jo Lane — recruiter
- 2026-11-20 — Jo wrote: could you send me two slots for next week?

### Platform Team
- 2026-11-12 — they run Kafka

### Sam Reyes (hiring manager)
- 2026-11-18 — HM call, went well

## Notes
- 2026-11-25 — nothing new
"""


def test_a_company_notes_people_are_its_contacts(make_vault: MakeVault) -> None:
    root = make_vault({"Companies/Acme.md": ACME})
    facts = pipeline.build(root, use_cache=False).facts(TODAY)
    people = {c.name: c for c in facts.contacts()}
    assert set(people) == {"Jo Lane", "Sam Reyes"}
    assert people["Jo Lane"].path == "Companies/Acme.md#Jo Lane — recruiter"
    assert people["Sam Reyes"].companies == ("Companies/Acme.md",)
    assert people["Sam Reyes"].last_interaction is not None
    assert people["Sam Reyes"].last_interaction.on == date(2026, 11, 18)
    due = registry.due_report(facts).items
    assert [(i.kind, i.due_on) for i in due if i.contact and i.contact.name == "Jo Lane"] == [
        ("reply", date(2026, 11, 20))
    ]


def test_a_relative_in_a_birthday_list_is_not_a_contact_of_her_name(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Люди/Айгерим Сейтова.md": "---\ntype: contact\n---\n- 2026-12-03 — созвон\n",
            "Дни рождения.md": "# Дни рождения\n\n- Айгерим (двоюродная сестра) — 15.12\n",
        }
    )
    facts = pipeline.build(root, use_cache=False).facts(TODAY)
    assert not [i for i in registry.due_report(facts).items if i.kind == "special_date"]
