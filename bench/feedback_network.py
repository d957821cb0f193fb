"""A hidden layer for the feedback model: train it in numpy (used by bench/train_feedback_model.py
when its settings ask for one).

The line's features pick rows of an embedding, summed and divided by the square root of their
count, plus a bias, through a ReLU; the polarity softmax and the theme sigmoids read those units.
Minibatch Adam with dropout on the units, from a start drawn by a seeded generator: the same lines
and settings give the same weights on the same machine.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from vaultkit.domain.feedback_model import POLARITIES, Hidden

_BETAS = (0.9, 0.999)


@dataclass(frozen=True)
class NetworkSettings:
    """The knobs of the hidden layer (chosen on the later writers: docs/accuracy-history.md)."""

    units: int = 32
    epochs: int = 10
    batch: int = 256
    rate: float = 0.003
    l2: float = 1e-6
    dropout: float = 0.3
    seed: int = 0


@dataclass
class _Batch:
    """One minibatch's inputs: the feature columns of its lines, flattened."""

    columns: np.ndarray
    counts: np.ndarray
    starts: np.ndarray
    scale: np.ndarray

    @classmethod
    def of(cls, rows: list[np.ndarray]) -> _Batch:
        counts = np.array([len(row) for row in rows])
        starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
        scale = (1.0 / np.sqrt(np.maximum(counts, 1))).astype(np.float32)
        return cls(np.concatenate(rows), counts, starts, scale)


class _Adam:
    """Adam over a list of arrays, updated in place."""

    def __init__(self, params: list[np.ndarray], rate: float) -> None:
        self.params, self.rate, self.step = params, rate, 0
        self.first = [np.zeros_like(p) for p in params]
        self.second = [np.zeros_like(p) for p in params]

    def update(self, grads: list[np.ndarray]) -> None:
        self.step += 1
        one, two = _BETAS
        for k, (param, grad) in enumerate(zip(self.params, grads, strict=True)):
            self.first[k] = one * self.first[k] + (1 - one) * grad
            self.second[k] = two * self.second[k] + (1 - two) * grad * grad
            move = self.first[k] / (1 - one**self.step)
            size = np.sqrt(self.second[k] / (1 - two**self.step)) + 1e-8
            param -= self.rate * move / size


def fit_network(
    rows: list[np.ndarray],
    polarity: list[str],
    marked: np.ndarray,
    weight: np.ndarray,
    width: int,
    settings: NetworkSettings,
) -> tuple[Hidden, np.ndarray, np.ndarray]:
    """The hidden layer and the two output tables (units x 3, units x themes) trained on lines
    given as their feature columns `rows` (of `width` features), their polarities, their themes
    as a 0/1 table `marked` and their sample weights."""
    generator = np.random.default_rng(settings.seed)
    units, themes = settings.units, marked.shape[1]
    embedding = (generator.standard_normal((width, units)) * 0.05).astype(np.float32)
    bias = np.zeros(units, np.float32)
    outputs = (generator.standard_normal((units, 3 + themes)) * 0.1).astype(np.float32)
    output_bias = np.zeros(3 + themes, np.float32)
    params = [embedding, bias, outputs, output_bias]
    adam = _Adam(params, settings.rate)
    wanted = np.zeros((len(rows), 3 + themes), np.float32)
    wanted[np.arange(len(rows)), [POLARITIES.index(p) for p in polarity]] = 1.0
    wanted[:, 3:] = marked
    for _ in range(settings.epochs):
        order = generator.permutation(len(rows))
        for start in range(0, len(order), settings.batch):
            chosen = order[start : start + settings.batch]
            batch = _Batch.of([rows[i] for i in chosen])
            grads = _gradients(params, batch, wanted[chosen], weight[chosen], settings, generator)
            adam.update(grads)
    hidden = Hidden(embedding, bias, output_bias[:3].copy(), output_bias[3:].copy())
    return hidden, outputs[:, :3].copy(), outputs[:, 3:].copy()


def _gradients(
    params: list[np.ndarray],
    batch: _Batch,
    wanted: np.ndarray,
    weight: np.ndarray,
    settings: NetworkSettings,
    generator: np.random.Generator,
) -> list[np.ndarray]:
    """The gradients of the weighted loss (softmax over the polarities, a sigmoid per theme) of
    one minibatch, with dropout on the units."""
    embedding, bias, outputs, output_bias = params
    pre = np.add.reduceat(embedding[batch.columns], batch.starts, axis=0) * batch.scale[:, None]
    pre += bias
    kept = (generator.random(pre.shape) > settings.dropout).astype(np.float32)
    kept /= 1.0 - settings.dropout
    units = np.maximum(pre, 0) * kept
    scores = units @ outputs + output_bias
    polar = np.exp(scores[:, :3] - scores[:, :3].max(axis=1, keepdims=True))
    polar /= polar.sum(axis=1, keepdims=True)
    error = np.empty_like(scores)
    error[:, :3] = polar - wanted[:, :3]
    error[:, 3:] = 1.0 / (1.0 + np.exp(-scores[:, 3:])) - wanted[:, 3:]
    error *= (weight / len(weight))[:, None].astype(np.float32)
    back = (error @ outputs.T) * kept * (pre > 0)
    spread = np.repeat(back * batch.scale[:, None], batch.counts, axis=0)
    order = np.argsort(batch.columns, kind="stable")
    used, firsts = np.unique(batch.columns[order], return_index=True)
    embedding_grad = np.zeros_like(embedding)
    embedding_grad[used] = np.add.reduceat(spread[order], firsts, axis=0)
    return [
        embedding_grad,
        back.sum(axis=0),
        units.T @ error + settings.l2 * outputs,
        error.sum(axis=0),
    ]
