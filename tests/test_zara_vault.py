"""The twenty-third stranger's vault, kept by a helper who had never seen vaultkit (answer
key: tests/vaults/zara.expected.md): Zara, a product designer in Amsterdam with a Zettelkasten
(every note named by a timestamp id, `202611031415 Jeroen.md`), maps of content, Dataview
`up::` fields and companies named in plain text in one note and linked in the next. Each test
holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def zara(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "zara")


def test_a_notes_timestamp_id_is_no_part_of_its_name(zara: Build) -> None:
    names = {c.name for c in zara.facts(TODAY).contacts()}
    assert {"Jeroen", "Hilde", "Katya Sokolova"} <= names  # not "202611031415 Jeroen"
    titles = {i.title for i in zara.facts(TODAY).interviews()}
    assert "Groenwerk - case study panel" in titles


def test_a_process_named_in_text_and_linked_is_one(zara: Build) -> None:
    # "company: Groenwerk" in the panel's note, a link to "202609101000 Groenwerk" in the
    # rejection's: one process, answered (rejected 13 Nov), so the panel is not chased
    due = registry.due_report(zara.facts(TODAY)).items
    assert not [i for i in due if i.interview and "Groenwerk" in i.interview.title]


def test_a_fleeting_note_named_by_its_time_is_that_days_log(zara: Build) -> None:
    last = {c.name: c.last_interaction for c in zara.facts(TODAY).contacts()}
    # "202611161145.md": "- emailed Ruben asking to be a reference" is a talk of 16 Nov;
    # "- Lotte accepted LinkedIn 👍" there is a connection, no talk: hers stays her note's
    # 14 Nov ("wrote a short thank you. she accepted")
    ruben, lotte = last["Ruben"], last["Lotte Jansen"]
    assert ruben is not None and ruben.on >= date(2026, 11, 16)
    assert lotte is not None and lotte.on == date(2026, 11, 14)


def test_a_withdrawal_in_a_company_notes_log_ends_the_process(zara: Build) -> None:
    # "- **6 Nov — withdrew.** emailed Esther…" in the note made on 1 Oct 2026
    # ("202610011000 Stroomlijn"): 2026's, the bold closing after the words
    due = registry.due_report(zara.facts(TODAY)).items
    assert not [i for i in due if i.interview and "Stroomlijn" in i.interview.title]


def test_a_round_linked_to_an_application_named_for_its_company_is_that_companys(
    zara: Build,
) -> None:
    # `company: "[[202610151100 Bolder|Bolder]]"` links the note tagged [company, interview]
    # that keeps the whole Bolder process: the whiteboard round is Bolder's
    rounds = {i.title: i for i in zara.facts(TODAY).interviews()}
    assert rounds["Bolder - whiteboard challenge"].company_name == "Bolder"
    assert rounds["Bolder"].company_name == "Bolder"


def test_a_round_of_an_old_search_left_waiting_is_not_chased(zara: Build) -> None:
    # "202303091000 Knip - portfolio round", tagged status/waiting in March 2023
    due = registry.due_report(zara.facts(TODAY)).items
    assert not [i for i in due if i.interview and "Knip" in i.interview.title]


def test_an_offer_in_the_company_notes_log_answers_a_round_that_names_it_in_text(
    zara: Build,
) -> None:
    # "company: Lumen Pay" in the verbal offer's note; "- 3 Dec — written offer" in the log of
    # the note "202610201130 Lumen Pay" that the other rounds link: the round is answered
    due = registry.due_report(zara.facts(TODAY)).items
    lumen = [i for i in due if i.interview and "Lumen Pay" in i.interview.title]
    assert [(i.kind, i.due_on) for i in lumen] == [("answer_offer", date(2026, 12, 11))]
    # answered by Fri 11 Dec, as the daily note that tells of the offer says; to no one with a
    # note (Bas, the recruiter, has none; Dima is listed as the "(referral)")
    assert lumen[0].contact is None


def test_a_take_home_at_work_answers_the_round_before_it(zara: Build) -> None:
    # "202611301015 Adyen take-home - brief" (received 2026-11-30, status: in progress)
    due = registry.due_report(zara.facts(TODAY)).items
    assert not [i for i in due if i.interview and "Adyen" in i.interview.title]


def test_an_idea_turned_down_or_put_off_is_owed_to_no_one_today(zara: Build) -> None:
    # "- [ ] tell him about Kleur silence? nah", "- [ ] if Bolder works out → big dinner"
    due = registry.due_report(zara.facts(TODAY)).items
    texts = {i.promise.text for i in due if i.promise}
    assert not {t for t in texts if "Kleur silence" in t or "works out" in t}
    assert any("Katya portfolio notes" in t or "portfolio notes for Katya" in t for t in texts)
