"""Every interview state as people write it, in both languages, with the one item it may
produce today (or none)."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest
from conftest import MakeVault, run_cli

from vaultkit.app import pipeline
from vaultkit.notes import registry

TODAY = date(2026, 11, 24)
HEAD = "---\ntype: interview\nrecruiter: '[[Anna]]'\ndate: 2026-11-10\n"


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (HEAD + "stage: final\n---\n", "follow_up"),  # waiting after the final
        (HEAD + "stage: финал\nresult: ждём решения\n---\n", "follow_up"),
        (HEAD + "stage: screen\n---\n", "follow_up"),  # every stage gone silent: one nudge
        (HEAD + "stage: final\nresult: отказ\nresult_date: 2026-11-23\n---\n", "request_feedback"),
        (HEAD + "stage: final\n---\n- 2026-11-23 rejected, no reasons given\n", "request_feedback"),
        (
            HEAD + "stage: final\nresult: rejected\nresult_date: 2026-11-23\n---\n## Feedback\n"
            "- more depth in system design\n",
            "thank_you",
        ),  # feedback recorded: no request, one thank-you
        (HEAD + "stage: final\nresult: rejected\n---\n", "request_feedback"),  # 14 days: still
        (
            HEAD.replace("11-10", "11-05") + "stage: final\nresult: rejected\n---\n",
            None,
        ),  # later: no
        (HEAD + "stage: final\nresult: offer\n---\n", None),
        (HEAD + "stage: финал\nresult: устный оффер, ждём письменный\n---\n", None),
        (HEAD + "stage: final\nresult: I withdrew\n---\n", None),
        (HEAD + "stage: final\nresult: на паузе\n---\n", "follow_up"),  # on hold 14 days
        (
            HEAD + "stage: final\nresult: on hold\nresult_date: 2026-11-12\n---\n"
            "- 2026-11-23 спросила про статус\n",
            None,
        ),  # on hold, asked once since: then nothing
        (HEAD + "stage: финал\nresult: сняла кандидатуру\n---\n", None),  # withdrawn
        # passed when? not said: no thanks; the final passed and silent since: one follow-up
        (HEAD + "stage: final\nresult: passed\n---\n", "follow_up"),
        (HEAD + "stage: final\nresult: tbd\n---\n", None),  # unreadable: nothing is sent
        (HEAD + "stage: final\n---\n- 2026-11-20 offer call\n- 2026-11-20 rejection email\n", None),
        (HEAD + "stage: final\n---\n- 2026-11-18 pinged Anna about the status\n", None),
        (HEAD + "stage: финал\n---\n- 2026-11-18 Написала Анне, есть ли новости\n", None),
        (HEAD + "stage: final\n---\n- 2026-11-18 Anna wrote: decision next week\n", "follow_up"),
    ],
)
def test_each_state_gives_at_most_its_one_item(
    make_vault: MakeVault, note: str, expected: str | None
) -> None:
    root = make_vault(
        {
            "People/Anna.md": "---\ntype: contact\ntier: key\nlast_contact: 2026-11-20\n---\n",
            "Interviews/Acme final.md": note,
        }
    )
    facts = pipeline.build(root, use_cache=False).facts(TODAY)
    kinds = [item.kind for item in registry.due_report(facts).items if item.interview]
    assert kinds == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("held", "log", "chased"),
    [
        ("2026-01-10", "", True),
        ("2025-11-01", "", False),
        ("2025-11-01", "- 2026-11-18 HR wrote: the director decides next week\n", True),
    ],
)
def test_a_year_of_silence_ends_a_process(
    make_vault: MakeVault, held: str, log: str, chased: bool
) -> None:
    # a round left "waiting" long ago ("2023: Knip, status/waiting") is not chased years on;
    # one of ten months is, once, and so is one whose note was written to lately
    root = make_vault(
        {
            "People/Anna.md": "---\ntype: contact\n---\n",
            "Interviews/Acme final.md": HEAD.replace("2026-11-10", held)
            + "stage: final\n---\n"
            + log,
        }
    )
    facts = pipeline.build(root, use_cache=False).facts(TODAY)
    kinds = [item.kind for item in registry.due_report(facts).items if item.interview]
    assert kinds == (["follow_up"] if chased else [])


def test_a_ping_in_a_daily_note_is_the_one_follow_up(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Sarah Miller (Stripe).md": "---\ntype: contact\ntier: key\n---\n",
            "Interviews/Stripe onsite.md": "---\ntype: interview\nrecruiter: '[[Sarah Miller "
            "(Stripe)]]'\nstage: onsite\ndate: 2026-11-17\n---\n",
            "Daily/2026-11-25.md": "- Pinged [[Sarah Miller (Stripe)]] about the status of the "
            "onsite, no reply yet\n",
        }
    )
    facts = pipeline.build(root, use_cache=False).facts(date(2026, 11, 28))
    [interview] = facts.interviews()
    assert interview.followed_up == date(2026, 11, 25)
    assert not [item for item in registry.due_report(facts).items if item.interview]


def test_a_ticked_follow_up_dated_in_its_words_is_the_one(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Daniel.md": "---\ntype: contact\n---\n",
            "Interviews/Revolut HR screen.md": "---\ntype: interview\nrecruiter: '[[Daniel]]'\n"
            "date: 2026-10-28\n---\n## Follow-up\n- [x] thank you email ✅ 2026-10-28\n"
            "- [x] follow-up 16.11 — нет ответа\n",
        }
    )
    facts = pipeline.build(root, use_cache=False).facts(date(2026, 12, 6))
    [interview] = facts.interviews()
    assert interview.followed_up == date(2026, 11, 16)
    assert not [item for item in registry.due_report(facts).items if item.interview]


@pytest.mark.parametrize(
    "outcome",
    [
        "\n## Итог\nНет, отказ.\n",
        "\n## Итог\nБез объяснений отказ.\n",
        "\n## Outcome\nNo feedback, rejected.\n",
        "\n## Outcome\nThey went with another candidate.\n",
        "\n## Итог\nВыбрали другого кандидата.\n",
        "\n## Outcome\nThey said it was complicated.\n",  # unreadable: nothing is sent
        "Итог:: отказ\nResult:: offer\n",  # two that disagree: nothing is sent
    ],
)
def test_no_follow_up_on_an_outcome_section_that_says_no_or_cannot_be_read(
    make_vault: MakeVault, outcome: str
) -> None:
    root = make_vault(
        {
            "People/Anna.md": "---\ntype: contact\ntier: key\nlast_contact: 2026-11-20\n---\n",
            "Interviews/Acme final.md": HEAD + "stage: final\n---\n" + outcome,
        }
    )
    facts = pipeline.build(root, use_cache=False).facts(TODAY)
    kinds = [item.kind for item in registry.due_report(facts).items if item.interview]
    assert "follow_up" not in kinds


def test_contradicting_result_keys_leave_the_outcome_unreadable(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Anna.md": "---\ntype: contact\n---\n",
            "Interviews/Acme final.md": HEAD + "stage: final\nитог: отказ\nresult: offer\n---\n",
        }
    )
    facts = pipeline.build(root, use_cache=False).facts(TODAY)
    [interview] = facts.interviews()
    assert interview.result is None and interview.outcome_unreadable
    assert not [item for item in registry.due_report(facts).items if item.interview]


@pytest.mark.parametrize(
    "feedback",
    [
        "- Strong coding, but not yet ready for the lead role.",
        "- Пока нет опыта с Kubernetes, в остальном хорошо.",
        "- They requested more depth on databases.",
    ],
)
def test_feedback_that_says_not_yet_is_still_feedback(make_vault: MakeVault, feedback: str) -> None:
    root = make_vault(
        {
            "People/Anna.md": "---\ntype: contact\n---\n",
            "Interviews/Acme final.md": HEAD + "stage: final\nresult: rejected\n"
            f"result_date: 2026-11-23\n---\n## Feedback\n{feedback}\n",
        }
    )
    facts = pipeline.build(root, use_cache=False).facts(TODAY)
    kinds = [item.kind for item in registry.due_report(facts).items if item.interview]
    assert kinds == ["thank_you"]  # feedback is in: no request, a thank-you


def test_dates_no_one_means_are_no_crash(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Interviews/a.md": "---\ntype: interview\ndate: 9999-12-31\nstage: final\n---\n",
            "Interviews/b.md": HEAD + "stage: final\nresult: отказ\nresult_date: 9999-12-31\n---\n",
            "People/Anna.md": "---\ntype: contact\ncadence: 99999999999999999999 days\n---\n"
            "- 9999-12-31 call\n",
        }
    )
    facts = pipeline.build(root, use_cache=False).facts(TODAY)
    registry.due_report(facts)  # no OverflowError


def test_an_update_line_before_any_heading_counts(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Anna.md": "---\ntype: contact\n---\n",
            "Interviews/Acme final.md": HEAD + "stage: final\n---\nWent well.\n\n"
            "**UPD 23.11:** пришёл отказ\n",
        }
    )
    facts = pipeline.build(root, use_cache=False).facts(TODAY)
    [interview] = facts.interviews()
    assert (interview.result, interview.result_date) == ("rejected", date(2026, 11, 23))
    kinds = [item.kind for item in registry.due_report(facts).items if item.interview]
    assert kinds == ["request_feedback"]


INTERVIEWS_VAULT = Path(__file__).parent / "vaults" / "interviews"
GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize(("language", "title"), [("en", "Due contacts"), ("ru", "Кому написать")])
def test_the_interview_vault_gives_its_golden_due_note(
    tmp_path: Path, language: str, title: str
) -> None:
    """A late follow-up (apologising), a ping then silence (no second nudge), a rejection asked
    about on the day it came, a process on hold, and check-in drafts that name an unanswered
    message as mine."""
    root = tmp_path / "vault"
    shutil.copytree(INTERVIEWS_VAULT, root)
    (root / ".vaultkit").mkdir()
    (root / ".vaultkit" / "config.toml").write_text(f'language = "{language}"\n')
    result = run_cli("rebuild", root, "--today", "2026-11-24")
    assert result.returncode == 0, result.stderr
    written = (root / "vaultkit" / f"{title}.md").read_text(encoding="utf-8")
    golden = GOLDEN / f"interviews.due.{language}.md"
    if os.environ.get("VAULTKIT_UPDATE_GOLDEN"):
        golden.write_text(written, encoding="utf-8")
    assert written == golden.read_text(encoding="utf-8")
    assert "Acme final" not in written  # pinged on 17 Nov, no reply: never a second nudge


def test_explain_names_the_rule_behind_each_interview_item(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    shutil.copytree(INTERVIEWS_VAULT, root)
    told = run_cli("explain", root, "2026-11-10 Stripe onsite", "--today", "2026-11-24")
    assert told.returncode == 0, told.stderr
    assert "rule: onsite on 2026-11-10, no decision recorded" in told.stdout
    assert "its window closed on 2026-11-17, so it is in Overdue" in told.stdout
    held = run_cli("explain", root, "Озон техническое", "--today", "2026-11-24")
    assert "rule: on hold since 2026-11-08: one follow-up 14 days later" in held.stdout


def test_an_interview_item_colours_its_recruiters_card(tmp_path: Path) -> None:
    """Sarah is due nothing but a follow-up whose window closed on 15 Nov: her card is red, as
    an overdue check-in's is; Tom, pinged and waiting, is not."""
    import json

    root = tmp_path / "vault"
    shutil.copytree(INTERVIEWS_VAULT, root)
    assert run_cli("rebuild", root, "--today", "2026-11-24").returncode == 0
    canvas = json.loads((root / "vaultkit" / "Network.canvas").read_text(encoding="utf-8"))
    colours = {node.get("file"): node.get("color") for node in canvas["nodes"]}
    assert colours["People/Sarah Miller (Stripe).md"] == "1"
    assert colours["People/Игорь Волков.md"] == "2"  # on hold: its window closes today
    assert colours["People/Tom Becker.md"] != "1"


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        ("", ["2026-10-04"]),  # the interview's day + 14: nothing says when the hold came
        ("- 2026-10-01 call: he said the role is on hold for now\n", ["2026-10-15"]),
        (
            "- 2026-10-01 call: he said the role is on hold for now\n"
            "- 2026-11-05 call, nothing new on the role\n",
            [],
        ),  # a word with him since the hold: the one check is done
        ("- 2026-10-01 call: he said the role is on hold until January\n", ["2027-01-08"]),
        (
            "- 2026-10-01 call: he said the role is on hold until January\n"
            "- 2026-11-05 call, nothing new on the role\n",
            ["2027-01-08"],
        ),  # a word before the day it was to end does not answer whether it has
        (
            "- 2026-10-01 call: he said the role is on hold until December\n"
            "- 2026-12-03 he wrote, the role is open again\n",
            [],
        ),
        ("- 2026-10-02 заморозили в октябре, бюджет пересматривают\n", ["2026-10-16"]),  # began
        (
            "- 2026-10-01 call: he said the role is on hold for now\n"
            "- 2026-11-05 should ping him about the hold next week\n",
            ["2026-10-15"],
        ),  # a plan to ask is no word with him
        ("- 2026-10-02 on hold until 12.01\n", ["2027-01-19"]),
        ("- 2026-10-02 заморозили до 15 января, вернётся сама\n", []),  # not within 30 days
        ("- 2026-10-02 заморозили до 10 января, вернётся сама\n", ["2027-01-17"]),
        ("- 2026-10-02 сказал, что вакансию заморозили\n", ["2026-10-16"]),
    ],
)
def test_an_on_hold_follow_up_dates_from_the_hold_and_ends_with_a_word_since(
    make_vault: MakeVault, entries: str, expected: list[str]
) -> None:
    root = make_vault(
        {
            "People/Mark Hill.md": "---\ntype: recruiter\ncompany: '[[Acme]]'\n---\n" + entries,
            "Interviews/Acme screen.md": "---\ntype: interview\ncompany: '[[Acme]]'\n"
            "date: 2026-09-20\nrecruiter: '[[Mark Hill]]'\nresult: on hold\n---\n",
        }
    )
    facts = pipeline.build(root, use_cache=False).facts(date(2026, 12, 20))
    items = [item for item in registry.due_report(facts).items if item.interview]
    assert [item.due_on.isoformat() for item in items] == expected
    assert all(item.kind == "follow_up" for item in items)


FINAL = "---\ntype: interview\ncompany: '[[Kontor]]'\ndate: 2026-10-06\nstage: final\n---\n"


@pytest.mark.parametrize(
    ("company", "expected"),
    [
        ("---\ntype: company\n---\n", ["follow_up"]),  # nothing said anywhere: one nudge
        ("---\ntype: company\nstatus: rejected\n---\n", []),
        ("---\ncategory: company\npipeline: accepted 🎉\n---\n", []),
        ("---\ntype: company\nстатус: отказ\n---\n", []),
        ("---\ntype: company\nstage: Seed (€6M, 2026)\n---\n", ["follow_up"]),  # funding
        ("---\ntype: company\nstatus: interviewing\n---\n", ["follow_up"]),
        ("---\ntype: company\nstatus: waiting for offer\n---\n", ["follow_up"]),
        ("---\ntype: company\nstatus: финал, ждём оффер\n---\n", ["follow_up"]),
        ("---\ntype: company\nstage: offer stage\n---\n", ["follow_up"]),
        (
            "---\ntype: company\nstatus: rejected in March 2025, reapplying now\n---\n",
            ["follow_up"],
        ),
        ("---\ntype: company\nстатус: отказ в 2025, снова подалась\n---\n", ["follow_up"]),
        ("---\ntype: company\n---\noutcome:: rejected\n", []),
        ("---\ntype: company\n---\n- 2026-10-14 rejection email from Lena\n", []),
        (
            "---\ntype: company\n---\n- 2025-03-02 rejected after the screen\n",
            ["follow_up"],
        ),  # an earlier process's answer is not this one's
        ("---\ntype: company\n---\n- 2026-10-20 followed up with Lena\n", []),
        ("---\ntype: company\n---\n- [x] follow up w/ Lena ✅ 2026-10-13\n", []),
        ("---\ntype: company\n---\n- [ ] follow up w/ Lena 📅 2026-10-13\n", ["follow_up"]),
    ],
)
def test_a_company_note_that_keeps_the_process_answers_its_interviews(
    make_vault: MakeVault, company: str, expected: list[str]
) -> None:
    root = make_vault(
        {"Companies/Kontor.md": company, "Interviews/2026-10-06 Kontor final.md": FINAL}
    )
    facts = pipeline.build(root, use_cache=False).facts(date(2026, 12, 5))
    kinds = [item.kind for item in registry.due_report(facts).items if item.interview]
    assert kinds == expected


def test_a_timeline_dated_the_german_way_is_read(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Companies/Mosaik.md": "---\ntype: company\n---\n## Timeline\n- 5.10. applied\n"
            "- 3.11. [[Mosaik final]] onsite\n- 13.11. nothing → followed up by email to Ravi\n"
            "- [x] 2nd follow up ✅ 2026-11-24\n",
            "Interviews/Mosaik final.md": "---\ntype: interview\ncompany: '[[Mosaik]]'\n"
            "date: 2026-11-03\nstage: final\n---\n",
        }
    )
    facts = pipeline.build(root, use_cache=False).facts(date(2026, 12, 5))
    company = facts.graph.notes["Companies/Mosaik.md"]
    assert [(e.on.isoformat(), e.text[:7]) for e in company.entries] == [
        ("2026-10-05", "applied"),
        ("2026-11-03", "[[Mosai"),
        ("2026-11-13", "nothing"),
    ]
    [interview] = facts.interviews()
    assert interview.followed_up == date(2026, 11, 24)  # the ticked second one
    assert not [item for item in registry.due_report(facts).items if item.interview]
