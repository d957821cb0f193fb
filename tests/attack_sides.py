"""The two tests an attacker's file of lines held by their sides runs: each line read in its
owner's voice ("f": a woman's notes, "-": a man's or unknown), each side held to "+" (some
value; a kind written after it is the attacker's guess, not held), "-" (none) or "?" (either);
the lines still read wrong held to their wrong reading as strict expected failures, so a fix
shows up. A file calls `sided_tests(HELD, KNOWN_WRONG)` and binds the two tests it returns."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from vaultkit.domain.exchange import read_exchange

Case = tuple[str, str, str, str]
"""(voice, text, given, received)."""


def _side_holds(expected: str, kinds: tuple[str, ...]) -> bool:
    return expected == "?" or expected.startswith("+") == bool(kinds)


def reads(voice: str, text: str, given: str, received: str) -> bool:
    """True when `text`, read in `voice`, has each side as expected."""
    exchange = read_exchange(text, "f" if voice == "f" else "")
    return _side_holds(given, exchange.given) and _side_holds(received, exchange.received)


def sided_tests(
    held: list[Case], known_wrong: list[Case]
) -> tuple[Callable[..., None], Callable[..., None]]:
    """The test of the lines read right and the strict expected failure of the known wrong."""

    @pytest.mark.parametrize(("voice", "text", "given", "received"), held)
    def read_right(voice: str, text: str, given: str, received: str) -> None:
        assert reads(voice, text, given, received)

    @pytest.mark.parametrize(("voice", "text", "given", "received"), known_wrong)
    @pytest.mark.xfail(strict=True, reason="known wrong: see KNOWN_WRONG")
    def still_wrong(voice: str, text: str, given: str, received: str) -> None:
        assert reads(voice, text, given, received)

    return read_right, still_wrong
