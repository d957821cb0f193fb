"""The trained feedback model's features: the words after a line's last contrast are marked."""

from __future__ import annotations

from vaultkit.domain.feedback_features import features
from vaultkit.domain.stemming import stem


def test_the_words_after_the_last_contrast_are_marked() -> None:
    found = features("Strong coding, but weak system design")
    assert "k:contrast" in found
    assert {"a:" + stem("weak"), "a:" + stem("design")} <= found
    assert "a:" + stem("strong") not in found


def test_a_russian_contrast_marks_what_follows_it() -> None:
    found = features("Код аккуратный, но тестов мало")
    assert {"k:contrast", "a:" + stem("тестов"), "a:" + stem("мало")} <= found
    assert "a:" + stem("аккуратный") not in found


def test_a_line_without_a_contrast_has_no_marked_words() -> None:
    found = features("Explained the trade-offs clearly")
    assert not any(name.startswith(("a:", "k:")) for name in found)
