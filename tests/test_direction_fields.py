"""The owner's own direction fields (`gave::`, `they_gave::`, `got::`) decide the side, as a
direction tag does; the kinds come from the field's value."""

from __future__ import annotations

import pytest

from vaultkit.domain.direction_fields import fielded
from vaultkit.domain.exchange import read_exchange


@pytest.mark.parametrize(
    ("text", "given", "received"),
    [
        (
            "- (date:: 2026-10-30) coffee with [[Graham Pike|Graham]] — (they_gave:: salary ranges"
            " + market read)",
            (),
            ("market_info",),
        ),
        ("- 2024-03-10 given:: feedback on her portfolio site", ("advice",), ()),
        ("- 2024-02-20 given:: интро к [[Катя Альфа]]", ("introduction",), ()),
        (
            "gave:: Wise process notes · got:: Monzo salary bands",
            ("company_feedback",),
            ("market_info",),
        ),
        ("(date:: 2026-10-16) (i_gave:: CV review — lead with impact)", ("advice",), ()),
        ("dropped round — (they_gave:: bottle of Rioja as a thank-you)", (), ("other",)),
    ],
)
def test_a_direction_field_decides_the_side(
    text: str, given: tuple[str, ...], received: tuple[str, ...]
) -> None:
    exchange = read_exchange(text)
    assert (exchange.given, exchange.received) == (given, received)


@pytest.mark.parametrize(
    "text",
    [
        "role:: PM",
        "(date:: 2026-11-06) call with Sophie",
        "mood:: gave up early",
        "no fields",
        "- 2026-11-16 [[Kim]] call · gave:: · got::",  # a template's empty fields
        "got:: nothing, he was in a rush",
        "they_gave:: promised a referral",
        "- 2026-12-06 [[Nina]] · what they gave:: comp bands",  # their field, not the owner's
        "- [ ] gave:: intro to Sam",  # an open task
    ],
)
def test_other_fields_name_no_direction(text: str) -> None:
    assert fielded(text, []) is None
