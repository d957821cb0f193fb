"""What the owner means to do for a contact, written as people write it: a task in the
contact's own note, a task that names them without a link ("reply Priya", "Паше — ужин"), a
TODO line, a task scheduled with ⏳. A task that only mentions someone is no promise to them."""

from __future__ import annotations

from datetime import date

from conftest import MakeVault

from vaultkit.app import pipeline
from vaultkit.notes import registry

TODAY = date(2026, 12, 5)
PEOPLE = {
    "People/Mia Keller.md": "---\ntype: contact\nlast_contact: 2026-12-01\n---\n"
    "- [ ] write Mia's reference 📅 2026-12-09\n",
    "People/Priya Raman.md": "---\ntype: contact\nlast_contact: 2026-11-20\naliases: [Priya]\n---\n",
    "People/Amelie Kaya.md": "---\ntype: contact\nlast_contact: 2026-11-27\n---\n",
    "People/Паша Ким.md": "---\ntype: contact\nlast_contact: 2026-11-27\n---\nTODO: ужин за рефку\n",
    "People/Ines Vogel.md": "---\ntype: contact\nlast_contact: 2026-10-09\n---\n",
}


def _promised(make_vault: MakeVault, notes: dict[str, str]) -> list[tuple[str, str, str]]:
    root = make_vault({**PEOPLE, **notes})
    facts = pipeline.build(root, use_cache=False).facts(TODAY)
    return sorted(
        (item.contact.name, item.due_on.isoformat(), item.promise.text[:24])
        for item in registry.due_report(facts).items
        if item.kind == "promise" and item.contact and item.promise
    )


def test_own_notes_todo_lines_and_named_tasks_are_promises(make_vault: MakeVault) -> None:
    found = _promised(
        make_vault,
        {
            "Weekly/2026-W49.md": "- [ ] reply Priya, say thanks 📅 2026-12-07\n"
            "- [ ] order the book Amelie mentioned\n"  # about her, not to her
            "- [ ] написать Паше про ужин\n"
            "- [x] ping Ines ✅ 2026-12-01\n",
            "Companies/Halde.md": "---\ntype: company\n---\n- [ ] ping Ines after Xmas ⏳ 2026-12-28\n"
            "- [ ] write Ines early Feb ⏳ 2027-02-01\n",  # beyond the list's reach: not yet
        },
    )
    assert found == [
        ("Ines Vogel", "2026-12-28", "ping Ines after Xmas ⏳ 2"),
        ("Mia Keller", "2026-12-09", "write Mia's reference 📅 "),
        ("Priya Raman", "2026-12-07", "reply Priya, say thanks "),
        ("Паша Ким", "2026-12-05", "написать Паше про ужин"),
        ("Паша Ким", "2026-12-05", "ужин за рефку"),
    ]


def test_a_first_name_two_contacts_share_names_neither(make_vault: MakeVault) -> None:
    found = _promised(
        make_vault,
        {
            "People/Mia Wong.md": "---\ntype: contact\n---\n",
            "Daily/2026-12-05.md": "- [ ] reply to Mia about the call\n"
            "- [ ] email Mia Wong the deck\n",
        },
    )
    assert ("Mia Wong", "2026-12-05", "email Mia Wong the deck") in found
    assert not [row for row in found if row[2].startswith("reply to Mia")]


def test_a_name_in_a_task_about_something_else_is_no_promise(make_vault: MakeVault) -> None:
    found = _promised(
        make_vault,
        {
            "People/Mark Hill.md": "---\ntype: contact\nlast_contact: 2026-11-27\n---\n",
            "People/Will Turner.md": "---\ntype: contact\nlast_contact: 2026-11-27\n---\n",
            "People/Роман Ковалёв.md": "---\ntype: contact\nlast_contact: 2026-11-27\n---\n",
            "People/Tom Reed.md": "---\ntype: contact\nlast_contact: 2026-11-27\n---\n",
            "Daily/2026-12-05.md": "- [ ] Mark all recruiter emails as read\n"
            "- [ ] Will need to finish the take-home by Friday\n"
            "- [ ] Роман «Идиот» дочитать\n"
            "- [ ] send Priya's CV to Tom Reed\n"
            "- [ ] Amelie to send the JD\n"
            "- [ ] feedback call w/ Ines — she was going to send slots\n"
            "- [ ] созвон с Пашей — он обещал скинуть слоты\n"
            "- [ ] Mark — confirm Tuesday\n",
        },
    )
    assert not [text for _, _, text in found if "slots" in text or "слоты" in text]  # theirs
    named = [(who, text) for who, _, text in found if who not in ("Mia Keller", "Паша Ким")]
    assert named == [
        ("Mark Hill", "Mark — confirm Tuesday"),
        ("Tom Reed", "send Priya's CV to Tom R"),
    ]


def test_a_contact_named_in_a_dated_line_is_no_stranger(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Виктория Назарова.md": "---\nкомпания:\n---\n# Виктория Назарова\n",
            "People/Lena Brandt.md": "---\ntype: contact\n---\n",
            "Daily/2026-11-27.md": "- подписал, скан Виктории\n",
        }
    )
    facts = pipeline.build(root, use_cache=False).facts(TODAY)
    firsts = [i.contact.name for i in registry.due_report(facts).items if i.kind == "first_touch"]
    assert firsts == ["Lena Brandt"]  # never named anywhere: a first touch still
