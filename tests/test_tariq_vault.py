"""The thirty-third session's fifth stranger's vault, kept by a helper who had never seen
vaultkit (answer key: tests/vaults/tariq.expected.md): Tariq, an ML engineer in Manchester, who
keeps a Zettelkasten (`Zettels/202612021630 Fernway tech interview.md`), people as `@Name`
notes, and marks what was said of him with a tag on the line ("… i caught it #fb"). Read at
the end of the thirty-third session, mended in the thirty-fourth: each test holds a verdict the
first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def tariq(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "tariq")


def test_a_line_tagged_as_feedback_is_feedback(tariq: Build) -> None:
    # "- Aisha said most candidates miss the label leakge in the churn q, i caught it #fb" in a
    # zettel linking [[Fernway]]; the tag is no part of the remark
    said = {i.text: i for i in tariq.facts(TODAY).feedback()}
    caught = said["Aisha said most candidates miss the label leakge in the churn q, i caught it"]
    assert caught.company_name == "Fernway" and caught.polarity == "strength"
    assert not [text for text in said if "#fb" in text]


def _said(tariq: Build) -> dict[str, tuple[str | None, str]]:
    return {i.text: (i.company_name, i.polarity) for i in tariq.facts(TODAY).feedback()}


def test_his_inbox_lines_tagged_as_feedback_are_of_the_company_they_name(tariq: Build) -> None:
    # inbox.md, a log of yearless lines linking no company: "- 2/12 Ravi said Cleo HM liked the
    # eval harness #fb"; "- 2/12 also Priya thought …" is Cleo's by her `works_at: Cleo`
    said = _said(tariq)
    assert said["Ravi said Cleo HM liked the eval harness"] == ("Cleo", "strength")
    assert said["Sophie says THG HM rated me strong on experimentation / AB testing"][0] == "THG"
    hand_wavy = 'also Priya thought my latency budget answer was "a bit hand-wavy"'
    assert said[hand_wavy] == ("Cleo", "improvement")
    on = {i.text: i.on for i in tariq.facts(TODAY).feedback()}
    assert on["Ravi said Cleo HM liked the eval harness"] == date(2026, 12, 2)


def test_a_zettel_named_for_a_company_only_in_its_title_is_that_companys(tariq: Build) -> None:
    # "Zettels/202612031015 Monzo offer call.md" links Hannah and Marcus, not [[Monzo]]
    said = _said(tariq)
    assert said["only flag: behavioural answers ran long, be more concise"] == (
        "Monzo",
        "improvement",
    )
    assert not [text for text in said if "#fb" in text]


def test_a_letter_pasted_in_a_code_fence_is_read_as_a_quoted_one(tariq: Build) -> None:
    # "Zettels/202611191210 Peak rejection.md": Ravi's e-mail between ``` fences
    said = _said(tariq)
    gap = (
        "System design was the gap - you went straight to model choice without pinning down "
        "requirements."
    )
    assert said[gap] == ("Peak", "improvement")  # "requirements" is no job ad's here
    assert not [text for text in said if "decided not to progress" in text]  # "- feedback below"
    assert not [text for text in said if "Gutted" in text or "Cleo still" in text]


def test_due_lists_each_promise_once_and_to_each_it_names(tariq: Build) -> None:
    items = registry.due_report(tariq.facts(TODAY)).items
    promises = [(i.contact.name, i.promise.text) for i in items if i.contact and i.promise]
    # "- [ ] send him role summary + what to stress" in Ben's note is the inbox's "send Ben role
    # summary + what to stress for Monzo ref"
    assert [text for name, text in promises if name == "Ben Harris"] == [
        "send him role summary + what to stress #todo"
    ]
    assert len([text for name, text in promises if "monzo deadline" in text]) == 2
    assert ("Sophie Bell", "tell Ravi + Sophie monzo deadline is 11/12 #todo") in promises
    assert tariq.graph.kinds["People/@Chip Huyen.md"] == "other"  # "#author", "met: never"
    assert not [i for i in items if i.contact and i.contact.name == "Chip Huyen"]


def test_an_agencys_recruiter_is_whom_to_write_to_not_the_hiring_manager(tariq: Build) -> None:
    # Companies/Cleo.md: "people: [[@Priya Nair]] (HM), [[@Ravi Mistry]] (agency)"; Priya's
    # `works_at: Cleo` names the company, Ravi's agency has no note
    recruiters = {i.company_name: i.recruiter for i in tariq.facts(TODAY).interviews()}
    assert recruiters["Cleo"] == "People/@Ravi Mistry.md"
    assert recruiters["Fernway"] == "People/@Ravi Mistry.md"


def test_a_letter_quoted_in_a_persons_note_and_signed_by_them_is_read(tariq: Build) -> None:
    # "- 26/11 emailed me direct: ¶ > Hi Tariq, sorry this one didn't work out … > Best, Dan"
    said = _said(tariq)
    fit = "For what it's worth I enjoyed our chat and you'd have been a strong fit."
    assert said[fit] == ("Kinetic Health", "strength")
