"""Shorthand arrows say who gave: from the owner (or from a thing) to a person is given, to the
owner is received, a thing passed on by way of someone else is received, and a person's arrow to
a thing is left to the sentence reader."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vaultkit.domain.arrows import arrow_side
from vaultkit.domain.direction import read_value


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("- 03/09 Tom→me: 2 roles @ [[Monzo]]; me→Tom: CV", (["update"], ["vacancy"])),
        ("[22.03.24] Я → Марина: контакт Лёхи, DBA, ищет работу", (["candidate"], [])),
        ("- 10/04 → Stefan: DH HM recap, team = 14 eng, burnout vibes", (["other"], [])),
        ("- 3/10 cv -> Ioana", (["update"], [])),
        ("- 3/11 intro -> Miro TA (for Ken)", (["introduction"], [])),
        ("- 3/11 intro -> Nadia (Wise ops) via Sophie", ([], ["introduction"])),
        ("- 3/11 intro -> Nadia (Wise ops), made by Jess", ([], ["introduction"])),
        ("- 3/10 cv -> Ioana by email, before Friday", (["update"], [])),
        ("- 22.03 Ваня → мне интро к своему будущему лиду", ([], ["introduction"])),
        ("Костя -> интро в Авито", ([], ["introduction"])),
        (
            "- 6.11 Ерлан -> мне: реф в Kolesa ✅ | я -> Ерлану: реф его брата",
            (["referral"], ["referral"]),
        ),  # the sentence reader's own rule
    ],
)
def test_an_arrow_says_who_gave(text: str, read: tuple[list[str], list[str]]) -> None:
    assert read_value(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "отклик -> отказ",
        "статус: ждём -> тишина",
        "no arrow here",
        "- call with [[Tom Becker]] → [[2026-11-27 Call with Tom Becker]]",  # a note, no person
    ],
)
def test_an_arrow_to_no_person_decides_nothing(text: str) -> None:
    assert arrow_side(text) is None


_NAMES = st.sampled_from(["Tom", "[[Anna]]", "Марина", "Stefan"])
_VALUES = st.sampled_from(["CV", "2 roles", "intro", "контакт Лёхи", "recap"])


@given(_NAMES, _VALUES, st.sampled_from(["->", "→", "=>"]))
def test_the_arrows_way_decides_the_side(name: str, value: str, arrow: str) -> None:
    assert arrow_side(f"me {arrow} {name}: {value}") == "me"
    assert arrow_side(f"{name} {arrow} me: {value}") == "them"
    assert arrow_side(f"{arrow} {name}: {value}") == "me"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("- 7.10. told me she's leaving Halde → Brightline", ([], [])),  # no one's arrow
        (
            "- 24.11 прислала отказ с подробным фидбеком → [[Кредо - фидбек]]",
            ([], ["company_feedback"]),
        ),
        ("- 2026-11-19 round 2 with Karin Holm (Eng lead) → [[northwind r2]]", ([], [])),
        ("- 3/10 sent updated CV -> Ioana", (["update"], [])),
    ],
)
def test_a_sentence_before_an_arrow_is_read_as_a_sentence(
    text: str, read: tuple[list[str], list[str]]
) -> None:
    assert read_value(text) == read
