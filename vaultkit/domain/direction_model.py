"""The small trained model beside the direction rules: logistic regression over the features of
domain/direction_features.py, one sigmoid for "the owner gave something" and one for "the owner
received something", its weights in vaultkit/direction_model.npz (written by `python -m
bench.train_direction_model` from the labelled training lines in tests/data; plain arrays, no
pickle, loaded in milliseconds).

The rules' answer for a side counts as `rule_weights` of log-odds for it (or against it, where
they found nothing on that side), so the model overturns the rules only where it is far surer;
the weights are chosen by leave-one-file-out validation over the training files. A feature the
model never saw weighs nothing; direction tags overrule both (domain/exchange.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import repeat

import numpy as np

from vaultkit.domain.direction_features import features
from vaultkit.domain.value_kinds import kinds_in

_LAST_WORD = 99.0
"""A rule weight this high is the rules' last word (the trainer's grid tops out there)."""
_ZEROS = repeat(0.0)
"""What a feature the model never saw adds."""
_LINK = re.compile(r"\[\[[^\]]*\]\]")


@dataclass(frozen=True, slots=True)
class Model:
    """Trained weights."""

    weights: dict[str, tuple[float, float]]
    """Feature name -> the log-odds it adds to "given" and to "received"."""
    rule_weights: tuple[float, float, float]
    """What the rules' answer for a side adds to its log-odds where they found something on that
    side; what it takes from them where they found nothing there but the line names a kind of
    value; and what it takes where the line names none (the kind is then the model's guess).
    The last two count only where the rules found the other side or set a value aside (see
    `combine`): a line they read nothing in at all is one they could not read, and their
    silence there is no evidence."""
    kinds: tuple[str, ...] = ()
    """The kinds of value the model guesses among (`value_kinds.KINDS` keys)."""
    kind_weights: dict[str, tuple[float, ...]] = field(default_factory=dict)
    """Feature name -> the log-odds it adds to each of `kinds` (a line naming no kind in words
    the rules know may still name one: "пинганул насчёт стажки", "ref'd Jess")."""
    sides: tuple[dict[str, float], dict[str, float]] = field(init=False, repr=False)
    """`weights` as one table per side: summed in C, a line's 150 features cost a third less."""

    def __post_init__(self) -> None:
        given = {name: pair[0] for name, pair in self.weights.items()}
        received = {name: pair[1] for name, pair in self.weights.items()}
        object.__setattr__(self, "sides", (given, received))


@lru_cache(maxsize=1)
def default_model() -> Model:
    """The packaged model."""
    packaged = resources.files("vaultkit").joinpath("direction_model.npz")
    with packaged.open("rb") as stream, np.load(stream, allow_pickle=False) as stored:
        names = bytes(stored["features"]).decode("utf-8").split("\n")
        rows = stored["weights"].astype(np.float64).tolist()
        kind_rows = stored["kind_weights"].astype(np.float64).tolist()
        return Model(
            weights={name: (row[0], row[1]) for name, row in zip(names, rows, strict=True)},
            rule_weights=tuple(float(weight) for weight in stored["rule_weights"]),  # type: ignore[arg-type]
            kinds=tuple(bytes(stored["kinds"]).decode("utf-8").split("\n")),
            kind_weights={
                name: tuple(row) for name, row in zip(names, kind_rows, strict=True) if any(row)
            },
        )


def line_features(text: str, given: list[str], received: list[str]) -> set[str]:
    """The features of `text`, the rules reading it as giving `given` and receiving
    `received`."""
    return features(text, (bool(given), bool(received)))


def odds(names: set[str], model: Model | None = None) -> tuple[float, float]:
    """The model's log-odds, given features `names`, that the line gave something and that it
    received something (the rules' answer among the features, not yet weighed on its own)."""
    given, received = (model or default_model()).sides
    return sum(map(given.get, names, _ZEROS)), sum(map(received.get, names, _ZEROS))


def with_rules(
    text: str,
    given: list[str],
    received: list[str],
    model: Model | None = None,
    aside: Callable[[], bool] = lambda: False,
) -> tuple[list[str], list[str]]:
    """The kinds given and received once the model has had its say on the rules' reading
    (`given`, `received`; `aside()`: they set aside a value the line names, see `combine`)."""
    model = model or default_model()
    settled = (given and received) or not _SEVERAL.search(text.strip())
    if model.rule_weights[0] >= _LAST_WORD and (given or received) and settled:
        return given, received  # what the rules found stands; so does one clause's giver
        # ("she sent me her updated CV" gave nothing back)
    names = line_features(text, given, received)
    return combine(
        (given, received),
        odds(names, model),
        model.rule_weights,
        lambda: named(text),
        lambda: guess(names, model),
        aside,
    )


_SEVERAL = re.compile(r"[,;:.!?—–→]|\s(and|and then|и|а|но|but|then|потом|затем|после)\s")
"""What joins two clauses: a line without it is one clause."""


def guess(names: set[str], model: Model | None = None) -> list[str]:
    """The kinds of value the model reads in a line of features `names`: those it gives even
    odds or better, else the likeliest one ("other" for a model that knows no kinds)."""
    model = model or default_model()
    found = [row for row in map(model.kind_weights.get, names) if row is not None]
    scores = [sum(column) for column in zip(*found, strict=True)] or [0.0] * len(model.kinds)
    sure = [kind for kind, score in zip(model.kinds, scores, strict=True) if score > 0]
    if sure or not scores:
        return sure or ["other"]
    return [model.kinds[scores.index(max(scores))]]


def combine(
    rules: tuple[list[str], list[str]],
    scores: tuple[float, float],
    weights: tuple[float, float, float],
    words: Callable[[], list[str]],
    guessed: Callable[[], list[str]],
    aside: Callable[[], bool] = lambda: False,
) -> tuple[list[str], list[str]]:
    """The rules' kinds given and received (`rules`) with each side turned on or off by the
    model's log-odds `scores`, the rules' answer weighing `weights` (see `Model.rule_weights`).
    A side turned off loses its kinds; a side turned on takes the kinds of a side turned off,
    else those the line's words name (`words()`), else the model's guess (`guessed()`). Where
    the rules found nothing at all and set nothing aside (`aside()`: a negated, planned or
    requested value, good wishes, a step of a hiring process; asked only when the model would
    turn a side on), they could not read the line and the model decides alone."""
    was = [bool(side) for side in rules]
    last_word = weights[0] >= _LAST_WORD
    if not any(was):
        if not any(score > 0 for score in scores):
            return rules  # nothing either way, whatever the rules' silence weighs
        if not aside():
            weights = (weights[0], 0.0, 0.0)  # they could not read it: silence says nothing
    on = [
        (said and last_word) or score + (weights[0] if said else -weights[1]) > 0
        for score, said in zip(scores, was, strict=True)
    ]
    if on == was:
        return rules
    moved = [kind for side, now in zip(rules, on, strict=True) if not now for kind in side]
    if not moved and any(now and not said for now, said in zip(on, was, strict=True)):
        moved = words()
        if not moved:  # no kind in words the rules know: only a surer model turns a side on
            on = [
                now and (said or score > weights[2])
                for now, said, score in zip(on, was, scores, strict=True)
            ]
            moved = guessed()
    found: list[list[str]] = []
    for side, now, said in zip(rules, on, was, strict=True):
        if not now:
            found.append([])
        else:
            found.append(side if said else moved)
    return found[0], found[1]


def named(text: str) -> list[str]:
    """The kinds of value a line's words name, whoever gave them (a link's words name none)."""
    return list(_named(text))


@lru_cache(maxsize=1 << 12)  # the trainer asks again for each setting it tries
def _named(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(kinds_in(_LINK.sub("[[]]", text.casefold()))))
