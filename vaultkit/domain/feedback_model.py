"""The small trained model beside the rules: over the features of domain/feedback_features.py,
one softmax over the three polarities and one sigmoid per packaged theme, read straight from the
features (logistic regression, the packaged model) or through one hidden layer (`Hidden`, which
the trainer can write for experiments). Its weights are in vaultkit/feedback_model.npz (written
by `python -m bench.train_feedback_model` from the labelled lines in tests/data; plain arrays,
no pickle).

A feature the model never saw weighs nothing, so a line in words it has not met leaves the
decision to the rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import numpy as np

from vaultkit.domain.feedback_features import features
from vaultkit.domain.polarity import Polarity

POLARITIES: tuple[Polarity, ...] = ("strength", "improvement", "neutral")
"""The order of the polarity columns."""


@dataclass(frozen=True, slots=True)
class Hidden:
    """A hidden layer between the features and the outputs: the rows of `embedding` a line's
    features pick, summed and divided by the square root of their count, plus `bias`, through a
    ReLU; the model's weight tables then read these units."""

    embedding: np.ndarray
    """Features x units."""
    bias: np.ndarray
    polarity_bias: np.ndarray
    """Added to the three polarity scores."""
    theme_bias: np.ndarray
    """Added to the theme scores."""


@dataclass(frozen=True, slots=True)
class Model:
    """Trained weights."""

    index: dict[str, int]
    """Feature name -> row of the weight tables."""
    polarity_weights: np.ndarray
    """Features x 3 (POLARITIES order)."""
    theme_weights: np.ndarray
    """Features x themes."""
    themes: tuple[str, ...]
    """The theme of each column of theme_weights."""
    rule_weight: float
    """What the rules' answer adds to the log-odds of the polarity it names."""
    hidden: Hidden | None = None
    """The hidden layer, if the model has one: the weight tables are then units x outputs."""


@lru_cache(maxsize=1)
def default_model() -> Model:
    """The packaged model."""
    return load_model(resources.files("vaultkit").joinpath("feedback_model.npz"))


def load_model(source: Traversable | Path) -> Model:
    """The model stored at `source` (as bench/train_feedback_model.py writes it)."""
    with source.open("rb") as stream, np.load(stream, allow_pickle=False) as stored:
        names = bytes(stored["features"]).decode("utf-8").split("\n")
        return Model(
            index={name: row for row, name in enumerate(names)},
            polarity_weights=stored["polarity"].astype(np.float32),
            theme_weights=stored["themes_weights"].astype(np.float32),
            themes=tuple(bytes(stored["themes"]).decode("utf-8").split("\n")),
            rule_weight=float(stored["rule_weight"]),
            hidden=_hidden(stored),
        )


def _hidden(stored: Any) -> Hidden | None:
    """The stored hidden layer, if the file has one."""
    if "embedding" not in stored.files:
        return None
    return Hidden(
        stored["embedding"].astype(np.float32),
        stored["hidden_bias"].astype(np.float32),
        stored["polarity_bias"].astype(np.float32),
        stored["theme_bias"].astype(np.float32),
    )


@dataclass(frozen=True, slots=True)
class Reading:
    """What the model makes of one text."""

    polarity_scores: np.ndarray
    """Log-odds of each polarity (POLARITIES order), up to a constant."""
    theme_odds: dict[str, float]
    """Probability of each packaged theme."""


def read(text: str, model: Model | None = None) -> Reading:
    """The model's reading of one line or clause."""
    model = model or default_model()
    rows = [row for name in features(text) if (row := model.index.get(name)) is not None]
    if model.hidden is None:
        polarity_scores = model.polarity_weights[rows].sum(axis=0)
        theme_scores = model.theme_weights[rows].sum(axis=0)
    else:
        layer = model.hidden
        summed = layer.embedding[rows].sum(axis=0) / np.sqrt(max(1, len(rows)))
        units = np.maximum(summed + layer.bias, 0.0)
        polarity_scores = units @ model.polarity_weights + layer.polarity_bias
        theme_scores = units @ model.theme_weights + layer.theme_bias
    odds = 1.0 / (1.0 + np.exp(-theme_scores))
    return Reading(
        polarity_scores - polarity_scores.max(),
        dict(zip(model.themes, odds.tolist(), strict=True)),
    )


def polarity_with_rules(reading: Reading, rules: Polarity, model: Model | None = None) -> Polarity:
    """The polarity the model and the rules' answer `rules` agree on: the rules' answer counts
    as `rule_weight` of log-odds, so the model overturns it where it is surer of another by
    more than that (1.0 in the packaged model: see bench/train_feedback_model.py)."""
    model = model or default_model()
    scores = reading.polarity_scores.copy()
    scores[POLARITIES.index(rules)] += model.rule_weight
    return POLARITIES[int(scores.argmax())]
