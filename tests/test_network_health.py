"""Relationship health at its boundaries, on real vault folders: no value for months, one side
starting, answers missing, moves between key and supporting, changes of role, ratings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import MakeVault

from vaultkit.app import pipeline
from vaultkit.app.session import Session
from vaultkit.cli.network import network_json
from vaultkit.rules.network import Relationship

TODAY = date(2026, 11, 24)


def relationships(root: Path, today: date = TODAY) -> dict[str, Relationship]:
    built = pipeline.build(root, use_cache=False)
    return {r.contact.name: r for r in built.facts(today).network().relationships}


def contact(props: str, *lines: str) -> str:
    history = "".join(f"- {line}\n" for line in lines)
    return f"---\ntype: contact\n{props}\n---\n## History\n{history}"


def kinds(r: Relationship) -> list[str]:
    return [flag.kind for flag in r.flags]


def test_no_value_either_way_for_three_months(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Quiet.md": contact(
                "tier: key", "2026-07-01 sent her my CV #given", "2026-11-20 call, small talk"
            ),
            "People/Known.md": contact("tier: key", "2026-08-26 sent him my CV #given"),
            "People/New.md": contact("tier: key", "2026-09-01 call, small talk"),
        }
    )
    found = relationships(root)
    assert kinds(found["Quiet"]) == ["no_value"]  # value last on 07-01, known since then
    assert kinds(found["Known"]) == []  # value 90 days ago: within the window
    assert kinds(found["New"]) == []  # known for less than three months


def test_one_side_starts_with_the_ratio(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Mine.md": contact(
                "",
                "2026-09-01 I wrote to her about the role; she replied",
                "2026-10-01 I called her; she answered",
                "2026-11-01 I wrote to her again; she replied",
                "2026-11-05 I called her about the offer",
                "2026-11-10 she wrote to me about a new opening",
            ),
            "People/Even.md": contact(
                "",
                "2026-09-01 I wrote to him; he replied",
                "2026-10-01 he wrote to me",
                "2026-11-01 I wrote to him; he replied",
            ),
        }
    )
    found = relationships(root)
    [flag] = [f for f in found["Mine"].flags if f.kind == "one_sided"]
    assert (flag.side, flag.count, flag.total) == ("me", 4, 5)  # 80%: the share that flags
    assert "one_sided" not in kinds(found["Even"])  # 2 of 3: 67%


def test_answers_missing_both_ways(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Silent.md": contact(
                "", "2026-10-01 I emailed him, no reply", "2026-10-15 I pinged him, no answer"
            ),
            "People/Once.md": contact("", "2026-10-01 I emailed him, no reply"),
            "People/Waiting.md": contact(
                "", "2026-11-20 она написала мне: есть вопросы по офферу?"
            ),
        }
    )
    found = relationships(root)
    assert "unanswered" in kinds(found["Silent"]) and "unanswered" not in kinds(found["Once"])
    [owed] = [f for f in found["Waiting"].flags if f.kind == "reply_owed"]
    assert owed.count == 4  # days she has waited


def test_moves_between_key_and_supporting(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Rising.md": contact(
                "tier: supporting",
                "2026-10-20 she sent me a vacancy at Ozon",
                "2026-11-01 I sent her my CV #given",
            ),
            "People/Fading.md": contact("tier: key", "2026-09-24 call"),  # 61 days, cadence 30
            "People/Steady.md": contact("tier: key", "2026-09-25 call"),  # 60 days: not yet
            "People/Never.md": contact("tier: key"),  # just added: a first touch, no move
        }
    )
    found = relationships(root)
    assert found["Rising"].suggestion is not None and found["Rising"].suggestion.move == "to_key"
    fading = found["Fading"].suggestion
    assert fading is not None and (fading.move, fading.silent_days) == ("to_supporting", 61)
    assert found["Steady"].suggestion is None
    assert found["Never"].suggestion is None


def test_a_move_to_another_company_is_congratulated_and_kept_as_history(
    make_vault: MakeVault,
) -> None:
    root = make_vault(
        {
            "Companies/Old.md": "---\ntype: company\n---\n",
            "Companies/New.md": "---\ntype: company\n---\n",
            "People/Ольга.md": contact(
                'company: "[[New]]"\nprevious_company: "[[Old]]"',
                "2026-11-16 она перешла в New, ведёт data-направление",
            ),
            "People/Ivan.md": contact("", "2026-11-16 I joined the call late"),
            "People/Max.md": contact("", "2026-11-01 joined Stripe as head of talent"),
        }
    )
    found = relationships(root)
    olga = found["Ольга"]
    assert olga.contact.companies == ("Companies/New.md",)
    assert olga.contact.previous_companies == ("Companies/Old.md",)
    built = pipeline.build(root, use_cache=False)
    due = built.facts(TODAY).due().items
    moved = {(i.contact.name, i.due_on.isoformat()) for i in due if i.kind == "special_date"}
    assert moved == {("Ольга", "2026-11-16")}  # Max's move is 23 days old: past 14 days
    assert found["Ivan"].contact.role_change is None


def test_a_move_told_in_prose_waits_for_the_next_word_up_to_six_weeks(
    make_vault: MakeVault,
) -> None:
    long = " Haven't said anything yet; they have data roles open in London, worth a look later."
    root = make_vault(
        {
            "People/Ben.md": "---\ntype: contact\nlast_contact: 2026-10-09\n---\nOld desk mate.\n\n"
            f"Moved to [[Wise]] in October - saw it on LinkedIn on 28 Oct.{long}\n",
            "People/Ann.md": "---\ntype: contact\n---\n## About\n"
            "She joined Stripe as a recruiter a while ago, no idea when.\n",
            "People/Kim.md": "---\ntype: contact\n---\n## About\nStarted at Revolut on 20 Oct."
            "\n## History\n- 2026-10-22 call, I congratulated her\n",
            "People/Ted.md": "---\ntype: contact\n---\nI moved to Berlin on 2 Nov, told Ted.\n",
        }
    )
    built = pipeline.build(root, use_cache=False)
    due = built.facts(TODAY).due().items
    moved = {(i.contact.name, i.due_on.isoformat()) for i in due if i.kind == "special_date"}
    # Ben's move, 27 days old, is unsaid since; Kim's was spoken of two days after it; Ann's
    # names no day; Ted's is the owner's
    assert moved == {("Ben", "2026-10-28")}
    found = relationships(root)
    assert found["Ann"].contact.role_change is None
    assert found["Ted"].contact.role_change is None
    later = {
        i.contact.name
        for i in built.facts(date(2026, 12, 10)).due().items
        if i.kind == "special_date"
    }
    assert "Ben" not in later  # six weeks on, the moment has passed


def test_ratings_in_the_note_and_the_json(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Anna.md": contact(
                'trust: 5\nsatisfaction: "4/5"\nsalary_range: €80–95k', "2026-11-01 call"
            ),
            "People/Bad.md": contact("trust: 9", "2026-11-01 call"),
        }
    )
    built = pipeline.build(root, use_cache=False)
    facts = built.facts(TODAY)
    data = {r["contact"]: r for r in network_json(facts.network())["relationships"]}
    assert (data["Anna"]["trust"], data["Anna"]["satisfaction"]) == (5, 4)
    assert data["Anna"]["salary_range"] == "€80–95k" and data["Bad"]["trust"] is None
    assert any("trust 9 is not a rating" in d.message for d in facts.problems())
    pipeline.rebuild(Session(root), TODAY)
    text = (root / "vaultkit" / "Network.md").read_text(encoding="utf-8")
    assert "| [[People/Anna\\|Anna]] | 5 | 4 | €80–95k | — |" in text


def test_the_monthly_review_in_due_contacts_for_a_week(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Fading.md": contact("tier: key", "2026-09-01 call"),
            ".vaultkit/config.toml": "[network]\nreview_day = 3\n",
        }
    )
    due = root / "vaultkit" / "Due contacts.md"
    shown = []
    for day in (2, 3, 9, 10):
        pipeline.rebuild(Session(root), date(2026, 12, day))
        shown.append("## Monthly review" in due.read_text(encoding="utf-8"))
    assert shown == [False, True, True, False]  # from the 3rd, for a week
    pipeline.rebuild(Session(root), date(2026, 12, 3))
    text = due.read_text(encoding="utf-8")
    assert (
        "- [ ] Review your network in [[vaultkit/Network#Review|Network]]: 1 contact to move"
        in text
    )


def test_no_congratulation_for_a_move_that_is_not_theirs_or_did_not_happen(
    make_vault: MakeVault,
) -> None:
    lines = {
        "A": "2026-11-20 I've joined Stripe, told her about it",
        "B": "2026-11-20 Рассказал ему, что перешёл в Ozon",
        "C": "2026-11-20 She declined the offer and never joined Stripe",
        "D": "2026-11-20 не перешла в Ozon, осталась",
        "E": "2026-11-20 she left for vacation",
        "F": "2026-11-20 joined us for lunch",
        "G": "2026-11-20 she is now at the airport",
        "H": "2026-11-20 она хочет перейти в Ozon",
        "Moved": "2026-11-20 она перешла в «Тинькофф»",
    }
    root = make_vault({f"People/{name}.md": contact("", line) for name, line in lines.items()})
    found = relationships(root)
    assert [name for name, r in found.items() if r.contact.role_change] == ["Moved"]


def test_what_went_unanswered_before_they_answered_is_settled(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Old.md": contact(
                "",
                "2025-01-10 I emailed him, no reply",
                "2025-01-20 I pinged him, no answer",
                "2025-02-01 he replied and apologised",
                "2026-11-01 call",
            ),
        }
    )
    assert "unanswered" not in kinds(relationships(root)["Old"])


def test_ratings_out_of_five_only_and_a_company_both_current_and_left(
    make_vault: MakeVault,
) -> None:
    root = make_vault(
        {
            "Companies/Ozon.md": "---\ntype: company\n---\n",
            "People/Anna.md": contact(
                'trust: "3/10"\nsatisfaction: "4/5"\ncompany: "[[Ozon]]"\n'
                'previous_company: "[[Ozon]]"',
                "2026-11-01 call",
            ),
        }
    )
    anna = relationships(root)["Anna"].contact
    assert (anna.ratings.trust, anna.ratings.satisfaction) == (None, 4)
    assert anna.companies == ("Companies/Ozon.md",) and anna.previous_companies == ()
