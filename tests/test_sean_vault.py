"""The thirty-second session's third stranger's vault, kept by a helper who had never seen
vaultkit (answer key: tests/vaults/sean.expected.md): Sean, an SRE in Dublin, who lives in daily
notes headed by the hour ("## 14:30 call w/ [[Aoife Byrne]] (Stripe)"), keeps what was said on
a call as bare bullets under it, and pastes recruiters' e-mails and LinkedIn messages under a
line that leads them in. Each test holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.domain.call_notes import call_remarks
from vaultkit.domain.led_letters import led_letters
from vaultkit.domain.name_forms import name_index
from vaultkit.model import Section

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def sean(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "sean")


def test_the_bullets_of_a_calls_notes_are_what_was_said(sean: Build) -> None:
    # "## 12:00 call w/ [[Orla Quinn]] (Intercom)" over "- coding round was "solid, clean, good
    # tests" - no issues there", "- i talked too much in the behavioural …"
    items = {item.text: item for item in sean.facts(TODAY).feedback()}
    coding = items['coding round was "solid, clean, good tests" - no issues there']
    assert coding.company_name == "Intercom" and coding.polarity == "strength"
    talked = (
        "i talked too much in the behavioural, answers weren't structured - use STAR or similar"
    )
    assert items[talked].polarity == "improvement"
    # not the band, a deadline, an outcome or the owner's own remark on the caller
    for said in ("RSUs are decent", "need an answer by Fri 11/12", "through to final panel 🙌"):
        assert said not in items
    assert "v decent of her to do this at all" not in items


def test_a_calls_bullets_need_a_call_and_one_company() -> None:
    index = name_index([("Stripe", "Companies/Stripe.md")])
    hiring = name_index([("Aoife", "People/Aoife.md")])
    bullets = '- Liam was "v impressed" w/ the debugging\n- band up to 95 base\n- [ ] prep doc'
    call = Section("14:30 call w/ Aoife (Stripe)", 2, 2, bullets)
    told = call_remarks(call, TODAY, (index, {}, name_index([]), hiring, frozenset()), [])
    assert [words for _, _, words, _ in told] == ['Liam was "v impressed" w/ the debugging']
    walk = Section("17:30 pints w/ the lads (Stripe)", 2, 2, bullets)
    assert call_remarks(walk, TODAY, (index, {}, name_index([]), hiring, frozenset()), []) == []
    friend = Section("12:00 call w/ Petya (Stripe)", 2, 2, bullets)  # no recruiter, no manager
    assert call_remarks(friend, TODAY, (index, {}, name_index([]), hiring, frozenset()), []) == []


def test_a_message_pasted_under_the_line_that_leads_it_in_is_read(sean: Build) -> None:
    # "email from [[Ciara Nolan]] (Intercom) 😞 pasting: ¶ > … The panel really liked your
    # incident management story …"; its thanks, decision and wishes are not read
    texts = [item.text for item in sean.facts(TODAY).feedback() if item.company_name == "Intercom"]
    assert any(t.startswith("The panel really liked your incident management story") for t in texts)
    assert not [t for t in texts if "stay in touch" in t or "Thank you so much" in t]
    lead = "[[Róisín Walsh]] msg on LI, pasting:\n> For what it's worth, the team rated your take-home highly."
    assert led_letters(lead, logged=True) and not led_letters(lead)
