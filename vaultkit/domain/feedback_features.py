"""The features a line of feedback shows the trained model (domain/feedback_model.py): its word
stems and stem pairs, the stems a negation reaches ("not clear" is not "clear"), the stems after
its last contrast word ("..., but weak design"), and the character 3-5-grams of its words
(typos and inflections the stemmer misses). No rule's answer is among them: the rules were tuned
on the same lines, so a model fed their answers learns to copy them; the two are combined
afterwards (domain/feedback_classifier.py). Shared by the runtime and the training script
(bench/train_feedback_model.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from vaultkit.domain.polarity_words import cues
from vaultkit.domain.stemming import stem

_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)?|[\U0001F300-\U0001FAFF\u2600-\u27BF]|[,:;()—–!?]")
_JOINED = {("не", "только"), ("not", "only"), ("но", "и"), ("but", "also")}
"""Pairs read as one word: "не только X, но и Y" neither negates nor contrasts."""
_NEGATION_REACH = 3
_GRAMS = (3, 4, 5)
_CONTRAST = frozenset(
    {"но", "а", "однако", "хотя", "зато", "but", "however", "although", "though", "yet"}
)
"""Words a line turns on ("strong coding, but weak design"): the stems after the last one are
marked (`a:`), as what follows a contrast is what the writer most means. Chosen 2026-12-05 (the
seventh session) on the later writers: the model of train..train75 read 0.824 of train76-81's
polarities with them and 0.816 without, that of train..train69 0.874 and 0.871 of train70-75's;
themes F1 the same within 0.001."""


@lru_cache(maxsize=1 << 16)
def _grams(token: str) -> frozenset[str]:
    """A word's character 3-5-grams, padded at both ends (words recur: each is cut once)."""
    padded = f"<{token}>"
    return frozenset(
        "c:" + padded[start : start + size]
        for size in _GRAMS
        for start in range(len(padded) - size + 1)
    )


def features(text: str) -> set[str]:
    """The named features of one line (or one clause) of feedback."""
    negation = cues().negation
    found = {"bias"}
    reach = 0
    previous = "^"
    tokens = _TOKEN.findall(text.casefold())
    as_written = tuple(tokens)  # the loop below blanks the second word of a joined pair
    for place, token in enumerate(tokens):
        if token == "":  # the second word of a joined pair
            continue
        if place + 1 < len(tokens) and (token, tokens[place + 1]) in _JOINED:
            token, tokens[place + 1] = f"{token}+{tokens[place + 1]}", ""
        if not token[0].isalnum():
            reach = 0
            found.add("w:" + token)
            previous = token
            continue
        word = stem(token)
        found.add("w:" + word)
        found.add(f"b:{previous} {word}")
        if reach:
            found.add("n:" + word)
            reach -= 1
        if word in negation or word.endswith("n't"):
            reach = _NEGATION_REACH
        if "+" not in token:  # a joined pair's letters are not those of "не" or "но"
            found.update(_grams(token))
        previous = word
    found.add(f"b:{previous} $")
    found.update(_after_contrast(as_written))
    return found


def _after_contrast(tokens: tuple[str, ...]) -> set[str]:
    """`k:contrast` and the stems after the line's last contrast word, where it has one."""
    last = max((place for place, token in enumerate(tokens) if token in _CONTRAST), default=-1)
    if last < 0:
        return set()
    return {"k:contrast"} | {
        "a:" + stem(token) for token in tokens[last + 1 :] if token[0].isalnum()
    }
