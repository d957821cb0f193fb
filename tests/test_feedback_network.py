"""The trainer's hidden-layer model (an experiment, not the packaged one): it trains from a seeded
start, is written and read back as plain arrays, and the classifier reads with it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np

from bench.feedback_network import NetworkSettings
from bench.train_feedback_model import Settings, fit, load, save
from vaultkit.domain.feedback_classifier import classify
from vaultkit.domain.feedback_model import POLARITIES, load_model, read

SMALL = Settings(min_count=2, network=NetworkSettings(units=8, epochs=3))
LINES = (
    "Strong coding, but the system design lacked depth",
    "Не хватило опыта с Kafka",
    "Thanks, talk soon!",
)


def test_a_network_is_written_and_read_back_as_it_was_trained(tmp_path: Path) -> None:
    examples = load(("feedback_train.jsonl",))
    model = fit(examples, SMALL)
    save(model, tmp_path / "network.npz")
    again = load_model(tmp_path / "network.npz")
    assert again.hidden is not None and model.hidden is not None
    assert again.hidden.embedding.shape == (len(again.index), 8)
    for text in LINES:
        mine, stored = read(text, model), read(text, again)
        assert np.allclose(mine.polarity_scores, stored.polarity_scores, atol=1e-3)
        assert classify(text, model=model) == classify(text, model=again)


def test_the_same_lines_give_the_same_network(tmp_path: Path) -> None:
    examples = load(("feedback_train.jsonl",))
    save(fit(examples, SMALL), tmp_path / "one.npz")
    save(fit(examples, SMALL), tmp_path / "two.npz")
    assert (tmp_path / "one.npz").read_bytes() == (tmp_path / "two.npz").read_bytes()
    other_seed = replace(SMALL, network=NetworkSettings(units=8, epochs=3, seed=1))
    save(fit(examples, other_seed), tmp_path / "three.npz")
    assert (tmp_path / "three.npz").read_bytes() != (tmp_path / "one.npz").read_bytes()


def test_the_network_learns_its_lines() -> None:
    examples = load(("feedback_train.jsonl", "feedback_train2.jsonl"))
    whole = [e for e in examples if e.whole]

    def alone(epochs: int) -> float:
        """The share of polarities the network alone (no rules) reads right."""
        model = fit(
            examples, replace(SMALL, network=NetworkSettings(units=16, epochs=epochs, batch=32))
        )
        said = [POLARITIES[int(read(e.text, model).polarity_scores.argmax())] for e in whole]
        return sum(s == e.polarity for s, e in zip(said, whole, strict=True)) / len(whole)

    assert alone(0) < 0.6 < 0.85 < alone(10)
