"""Feedback kept in callouts ("> [!quote] Kestrel feedback", "> [!failure] Rejected" over a pasted
e-mail), the company it belongs to (named in the callout or the heading, else where the contact
works, unless they recruit for an agency), and a remark copied into several notes counted
once."""

from __future__ import annotations

from datetime import date

from conftest import MakeVault

from vaultkit.app import pipeline

TODAY = date(2026, 12, 6)
KESTREL = "---\ntags: [company]\n---\n# Kestrel Energy\n"
HARBOUR = "---\ntags: [company, agency]\n---\n# Harbour Talent\n"


def _feedback(make_vault: MakeVault, notes: dict[str, str]) -> list[tuple[str, str | None, str]]:
    root = make_vault({"Companies/Kestrel Energy.md": KESTREL, **notes})
    items = pipeline.build(root, use_cache=False).facts(TODAY).feedback()
    return [(item.text, item.company_name, str(item.on)) for item in items]


def test_a_callout_in_a_recruiters_note_is_her_companys(make_vault: MakeVault) -> None:
    sofia = (
        "---\ntags: [people/recruiter]\ncompany: '[[Kestrel Energy]]'\n---\n# Sofia\n\n"
        "### 14 Oct 2026 — call\n> [!quote] Kestrel feedback\n"
        '> "The team really liked your stakeholder experience from Brightline."\n\n'
        "### 2026-11-12 — email\n> [!failure] Rejected\n"
        '> "Thanks for your time. Your SQL was excellent, but your system design lacked depth '
        'on failure modes."\n'
    )
    found = _feedback(make_vault, {"People/Sofia.md": sofia})
    stakeholder = [on for text, _, on in found if "stakeholder experience" in text]
    assert stakeholder == ["2026-10-14"]  # the heading's day
    assert {company for _, company, _ in found} == {"Kestrel Energy"}
    assert {on for _, _, on in found} >= {"2026-11-12"}
    assert not [text for text, *_ in found if "[!" in text or "Thanks for your time" in text]


def test_an_agency_recruiter_relays_the_company_the_callout_names(make_vault: MakeVault) -> None:
    priya = (
        "---\ntags: [people/recruiter]\ncompany: '[[Harbour Talent]]'\n---\n# Priya\n\n"
        "### 2026-11-13 — call\n> [!quote] Feedback from Kestrel Energy\n"
        '> "Strong on Airflow and dbt, clearly knows his stuff."\n\n'
        '### 2026-11-20 — call\n> [!quote] Feedback\n> "Very clear communicator."\n'
    )
    found = _feedback(
        make_vault, {"Companies/Harbour Talent.md": HARBOUR, "People/Priya.md": priya}
    )
    companies = {text: company for text, company, _ in found}
    assert companies["Strong on Airflow and dbt, clearly knows his stuff."] == "Kestrel Energy"
    assert companies["Very clear communicator."] is None  # a client unnamed: not the agency's


def test_a_remark_copied_is_counted_once_a_short_one_twice(make_vault: MakeVault) -> None:
    said = '> [!quote] Feedback\n> "The take-home was really clean, good tests and structure."\n'
    short = "## Feedback\n- Good communication\n"
    notes = {
        "Interviews/Kestrel tech.md": "---\ntype: interview\ncompany: '[[Kestrel Energy]]'\n"
        "date: 2026-11-05\n---\n" + said + "\n" + short,
        "Companies/Volt.md": "---\ntags: [company]\n---\n# Volt\n\n" + short,
        "People/Ben.md": "---\ntags: [people/recruiter]\ncompany: '[[Kestrel Energy]]'\n---\n"
        "### 2026-11-06 — email\n" + said,
    }
    texts = [text for text, *_ in _feedback(make_vault, notes)]
    assert texts.count("The take-home was really clean, good tests and structure.") == 1
    assert texts.count("Good communication") == 2  # two companies said it: it recurs


def test_callouts_about_others_are_no_feedback_on_the_owner(make_vault: MakeVault) -> None:
    anna = (
        "---\ncompany: '[[Kestrel Energy]]'\nposition: Data analyst (my direct report)\n---\n"
        "## 2026-11-20 perf review\n> [!quote] Feedback for Anna's performance review\n"
        '> "Great at stakeholder management and explains results clearly."\n'
    )
    milan = (
        "---\ntags: [recruiter]\ncompany: '[[Kestrel Energy]]'\n---\n"
        "## 2026-11-21 call\n> [!failure] Rejected candidates: the most common mistakes\n"
        "> Candidates jump into implementation details without clarifying requirements.\n"
    )
    friend = (
        "---\ncompany: '[[Kestrel Energy]]'\ntags: [friend]\n---\n"
        "## Mock interview feedback (18.11)\n- You explain trade-offs clearly and calmly\n"
    )
    found = _feedback(
        make_vault,
        {"People/Anna.md": anna, "People/Milan.md": milan, "People/Lyosha.md": friend},
    )
    assert [text for text, *_ in found] == ["You explain trade-offs clearly and calmly"]
    assert [company for _, company, _ in found] == [None]  # a friend's mock, not his employer's


def test_an_agency_copy_of_a_remark_is_kept_beside_the_companys(make_vault: MakeVault) -> None:
    said = "Needs to go deeper on trade-offs at scale when designing systems"
    notes = {
        "Interviews/Kestrel tech.md": "---\ntype: interview\ncompany: '[[Kestrel Energy]]'\n"
        f"date: 2026-11-05\n---\n## Feedback\n- {said}\n",
        "People/Sarah.md": "---\ntags: [recruiter]\nrecruiter_type: agency\n---\n"
        f"## 2026-11-20 Feedback from her client (a Berlin fintech)\n- {said}\n",
    }
    texts = [(text, company) for text, company, _ in _feedback(make_vault, notes)]
    assert texts == [(said, "Kestrel Energy"), (said, None)]  # two sources: it recurs
