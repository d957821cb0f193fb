"""Cadence values as people write them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vaultkit.parse.cadence import parse_cadence


@pytest.mark.parametrize(
    "value, days",
    [
        (30, 30),
        ("30", 30),
        ("2w", 14),
        ("6 weeks", 42),
        ("monthly", 30),
        ("quarterly", 90),
        ("ежемесячно", 30),
        ("раз в квартал", 90),
        ("раз в 2 недели", 14),
        ("every 2 weeks", 14),
        ("once a month", 30),
        ("3m", 90),
        ("10 дней", 10),
        ("каждые две недели", 14),
        ("раз в месяц", 30),
        ("Weekly", 7),
        ("раз в год", 365),
        ("1.5 months", 45),
        ("раз в полгода", 182),
        ("semiannually", 182),
        ("every other week", 14),
        ("twice a month", 15),
        ("2 раза в месяц", 15),
        ("3 times a year", 122),
        ("2 раза в неделю", 4),
    ],
)
def test_readable_cadences(value: object, days: int) -> None:
    assert parse_cadence(value) == days


@pytest.mark.parametrize(
    "value", ["blah", "0", "", "2 weekz", True, -3, None, "every", 0, "0 times a month", "other"]
)
def test_unreadable_cadences(value: object) -> None:
    assert parse_cadence(value) is None


@given(st.text(max_size=40))
def test_never_raises(text: str) -> None:
    result = parse_cadence(text)
    assert result is None or result > 0
