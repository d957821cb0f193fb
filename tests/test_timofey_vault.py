"""The twenty-ninth session's third stranger's vault, kept by a helper who had never seen
vaultkit (answer key: tests/vaults/timofey.expected.md): Тимофей, a backend developer in
Berlin who writes Russian and English in one sentence, pastes chats and e-mails whole, and keeps
pros and cons as "+" and "−" lines. Each test holds a verdict the first reading got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build_stranger_vault

from vaultkit.app.build import Build
from vaultkit.notes import registry

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def timofey(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_stranger_vault(tmp_path_factory, "timofey")


def _kontor(timofey: Build) -> list[tuple[str, str]]:
    return [
        (item.text, item.polarity)
        for item in timofey.facts(TODAY).feedback()
        if item.path.endswith("Kontor Pay.md")
    ]


def test_a_pasted_letters_header_and_sign_off_are_no_feedback(timofey: Build) -> None:
    # "Best regards, Lena Vogt Talent Acquisition, Kontor Pay" was read as praise
    texts = [text for text, _ in _kontor(timofey)]
    assert not [text for text in texts if "regards" in text or "From:" in text]
    assert "We were impressed by your technical skills" in " ".join(texts)


def test_cons_written_with_a_minus_sign_are_each_a_criticism(timofey: Build) -> None:
    # "+ Kotlin, coroutines, structured concurrency" / "− consistency в ledger: …" /
    # "− idempotency на ретраях …": the minus lines ran together as one line of prose
    read = dict(_kontor(timofey))
    assert read["Kotlin, coroutines, structured concurrency"] == "strength"
    assert read["consistency в ledger: нет гарантии от double spend при ретраях"] == "improvement"
    cons = [text for text, said in read.items() if text.startswith("idempotency")]
    assert cons and read[cons[0]] == "improvement"


def test_an_agency_recruiters_feedback_is_her_one_clients(timofey: Build) -> None:
    # Katrin (Hayes & Brandt, an agency not kept as a note) retells Parcelio's feedback in her
    # log; her note links [[Parcelio]], where he interviewed, and [[Lumora]], his employer
    items = [
        item for item in timofey.facts(TODAY).feedback() if item.path.endswith("Katrin Schulz.md")
    ]
    assert items and {item.company_name for item in items} == {"Parcelio"}


def test_a_birthday_written_twice_is_one_date(timofey: Build) -> None:
    # "др: 10.12" in the properties and "ДР:: 1991-12-10" in the text of Андрей's note
    due = registry.due_report(timofey.facts(TODAY)).items
    birthdays = [
        i.special
        for i in due
        if i.kind == "special_date" and i.contact and i.contact.name == "Андрей Ковалёв"
    ]
    assert len(birthdays) == 1 and birthdays[0] and birthdays[0].year == 1991  # its year kept


def test_a_call_asked_of_the_recruiter_is_no_promise_to_the_manager(timofey: Build) -> None:
    # "- [ ] попросить Katrin про короткий call с Jonas — on-call, компенсация": Katrin's
    due = registry.due_report(timofey.facts(TODAY)).items
    assert not [
        i for i in due if i.kind == "promise" and i.contact and i.contact.name == "Jonas Richter"
    ]


def test_a_stop_with_its_reason_after_a_comma_stops(timofey: Build) -> None:
    # Felix's note closes "Больше не пишу, теперь через процесс." ("через" is no later word here)
    due = registry.due_report(timofey.facts(TODAY)).items
    assert not [i for i in due if i.contact and i.contact.name == "Felix Baumann"]


def test_a_german_rejection_in_the_company_note_closes_the_process(timofey: Build) -> None:
    # Компании/Heimwerk Digital.md: `status: Absage` and `исход:: отказ 16.11, причина — немецкий`
    results = {i.company_name: i.company_result for i in timofey.facts(TODAY).interviews()}
    assert results["Heimwerk Digital"] == "rejected"
