"""Train the direction model shipped in vaultkit/direction_model.npz, and cross-validate it.

Logistic regression in numpy: one sigmoid for "the owner gave something", one for "the owner
received something", on the features of domain/direction_features.py (the rules' answer among
them), trained on the training files only: tests/data/interactions_train.jsonl and every
tests/data/direction_train*.jsonl. Full-batch Adam from zero weights, no randomness: the same
data and settings give the same file, byte for byte. The settings (CHOSEN) were chosen by the
leave-one-file-out search of `--search`, never by the held-out files; writing the weights uses
them as recorded, so a retrain takes a minute and the search (an hour and more with thirty
writers) is run only to check or change them.

    python -m bench.train_direction_model            # write the weights, with CHOSEN
    python -m bench.train_direction_model --cv-only  # leave-one-file-out figures of CHOSEN
    python -m bench.train_direction_model --search   # the settings search; writes nothing
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import zipfile
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from bench.bench_direction import ALIASES
from bench.train_feedback_model import Sparse
from vaultkit.domain.clause_verbs import in_process
from vaultkit.domain.direction import reading
from vaultkit.domain.direction_model import Model, combine, guess, line_features, named, odds
from vaultkit.domain.exchange import exchange_of
from vaultkit.domain.value_kinds import KINDS

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
OUTPUT = Path(__file__).resolve().parents[1] / "vaultkit" / "direction_model.npz"


def train_files(data: Path = DATA) -> tuple[str, ...]:
    """The training files in `data`: interactions_train.jsonl and every direction_train*.jsonl
    (a new writer's file joins by its name alone). The held-out files are never among them."""
    found = sorted(path.name for path in data.glob("direction_train*.jsonl"))
    return ("interactions_train.jsonl", *found)


@dataclass(frozen=True)
class Example:
    """One labelled line, the rules' reading of it and its features."""

    text: str
    given: tuple[str, ...]
    received: tuple[str, ...]
    rules: tuple[list[str], list[str]]
    features: frozenset[str]
    source: str
    aside: bool = False
    """The rules set aside a value the line names (see `direction_model.combine`)."""


@dataclass(frozen=True)
class Settings:
    """Training knobs."""

    min_count: int = 2
    l2: float = 3e-3
    steps: int = 300
    rate: float = 0.05
    rule_weights: tuple[float, float, float] = (3.0, 3.0, 3.0)
    """Log-odds the rules' answer for a side adds to it where they found something there, takes
    from it where they found nothing but the line names a kind, and where it names none."""
    keep: float = 0.01
    """Features whose weights both stay below this are not shipped."""
    dropped: tuple[str, ...] = ()
    """Feature kinds left out (by prefix, e.g. "r:"), for experiments."""


def load(names: tuple[str, ...] | None = None) -> list[Example]:
    """The labelled lines of `names` (the training files), read by the rules and featurised."""
    found = []
    for name in names or train_files():
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            rule_given, rule_received, aside = reading(row["text"])
            aside = aside or in_process(row["text"])
            rules = (rule_given, rule_received)
            names_on = line_features(row["text"], *rules)
            given = tuple(ALIASES.get(kind, kind) for kind in row["given"])
            received = tuple(ALIASES.get(kind, kind) for kind in row["received"])
            found.append(
                Example(row["text"], given, received, rules, frozenset(names_on), name, aside)
            )
    return found


def vocabulary(examples: list[Example], settings: Settings) -> list[str]:
    """Features seen in at least `min_count` examples."""
    counts = Counter(name for example in examples for name in example.features)
    return sorted(
        name
        for name, count in counts.items()
        if (count >= settings.min_count or name == "bias") and not name.startswith(settings.dropped)
    )


def fit_weights(examples: list[Example], settings: Settings) -> tuple[list[str], np.ndarray]:
    """Vocabulary and weights (features x (2 + kinds): given, received, then each of `KINDS`
    named on either side) by full-batch Adam from zero."""
    names = vocabulary(examples, settings)
    index = {name: column for column, name in enumerate(names)}
    inputs = Sparse(examples, index)  # type: ignore[arg-type]
    wanted = np.array(
        [
            [bool(e.given), bool(e.received)]
            + [kind in e.given or kind in e.received for kind in KINDS]
            for e in examples
        ],
        dtype=float,
    )
    penalty = np.full((len(names), 1), settings.l2)
    penalty[index["bias"]] = 0.0
    weights = np.zeros((len(names), wanted.shape[1]))
    first = np.zeros_like(weights)
    second = np.zeros_like(weights)
    for step in range(1, settings.steps + 1):
        odds = 1.0 / (1.0 + np.exp(-inputs.times(weights)))
        grad = inputs.transposed_times((odds - wanted) / len(examples)) + penalty * weights
        first = 0.9 * first + 0.1 * grad
        second = 0.999 * second + 0.001 * grad * grad
        weights -= (
            settings.rate * (first / (1 - 0.9**step)) / (np.sqrt(second / (1 - 0.999**step)) + 1e-8)
        )
    return names, weights


def fit(examples: list[Example], settings: Settings) -> Model:
    """The model trained on `examples`, its negligible features left out."""
    names, weights = fit_weights(examples, settings)
    kept = [
        row
        for row, name in enumerate(names)
        if name == "bias" or np.abs(weights[row]).max() >= settings.keep
    ]
    rounded = weights[kept].astype(np.float16).astype(np.float64).tolist()
    return Model(
        weights={names[row]: (pair[0], pair[1]) for row, pair in zip(kept, rounded, strict=True)},
        rule_weights=settings.rule_weights,
        kinds=tuple(KINDS),
        kind_weights={names[row]: tuple(pair[2:]) for row, pair in zip(kept, rounded, strict=True)},
    )


def save(model: Model, path: Path = OUTPUT) -> None:
    """Write `model` as an .npz of plain arrays, byte for byte the same for the same model (a
    fixed date inside the zip)."""
    names = list(model.weights)
    arrays = {
        "features": np.frombuffer("\n".join(names).encode("utf-8"), dtype=np.uint8),
        "weights": np.array([model.weights[name] for name in names], dtype=np.float16),
        "kinds": np.frombuffer("\n".join(model.kinds).encode("utf-8"), dtype=np.uint8),
        "kind_weights": np.array(
            [model.kind_weights.get(name, (0.0,) * len(model.kinds)) for name in names],
            dtype=np.float16,
        ),
        "rule_weights": np.array(model.rule_weights, dtype=np.float32),
    }
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, array in arrays.items():
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, array, allow_pickle=False)
            archive.writestr(
                zipfile.ZipInfo(name + ".npy", date_time=(2026, 1, 1, 0, 0, 0)),
                buffer.getvalue(),
                compress_type=zipfile.ZIP_DEFLATED,
                compresslevel=9,
            )


def score(
    readings: list[tuple[list[str], list[str]]], tested: list[Example]
) -> tuple[float, float]:
    """Direction accuracy and kind micro-F1 (over (direction, kind) pairs) of `readings`."""
    right = hit = extra = missed = 0
    for (given, received), truth in zip(readings, tested, strict=True):
        got = {("given", k) for k in given} | {("received", k) for k in received}
        wanted = {("given", k) for k in truth.given} | {("received", k) for k in truth.received}
        right += (bool(given), bool(received)) == (bool(truth.given), bool(truth.received))
        hit, extra, missed = (
            hit + len(got & wanted),
            extra + len(got - wanted),
            missed + len(wanted - got),
        )
    precision, recall = hit / max(1, hit + extra), hit / max(1, hit + missed)
    return right / max(1, len(tested)), 2 * precision * recall / max(1e-9, precision + recall)


GRID_L2 = (3e-3, 1e-2)
GRID_DROPPED: tuple[tuple[str, ...], ...] = (("r:",),)
"""The rules' own answer is left out of the features: with it the model learns to copy the rules
where they were tuned, and leaving one file out it did no better (six files, l2 1e-2, before the
coarse word-class sequences: 0.778 with it, 0.779 without; with the first two files alone it
made the model copy the rules outright)."""
GRID_WEIGHTS = (0.0, 1.0, 2.0, 3.0, 4.0, 6.0, 99.0)
"""The settings tried: 99 is the rules' answer as the last word."""


@dataclass(frozen=True)
class Fold:
    """The lines of one training file and the model's log-odds for each, trained on the
    others."""

    held: str
    tested: list[Example]
    scores: list[tuple[float, float]]
    model: Model


def folds(examples: list[Example], settings: Settings) -> list[Fold]:
    """Leave one training file out: train on the others, read the lines of the one left out."""
    found = []
    for held in dict.fromkeys(e.source for e in examples):
        model = fit([e for e in examples if e.source != held], settings)
        tested = [e for e in examples if e.source == held]
        found.append(Fold(held, tested, [odds(set(e.features), model) for e in tested], model))
    return found


def cross_validate(
    fold_list: list[Fold], weights: tuple[float, float, float]
) -> dict[str, tuple[tuple[float, float], tuple[float, float]]]:
    """Per file left out, (direction accuracy, kind F1) with the rules alone and with the rules
    and the model (the rules were tuned on some of these files, so there the rules-alone figure
    flatters them, and the choice leans to the rules)."""
    return {
        fold.held: (
            score([e.rules for e in fold.tested], fold.tested),
            score(
                [
                    combine(
                        e.rules,
                        scores,
                        weights,
                        lambda e=e: named(e.text),  # type: ignore[misc]
                        lambda e=e, fold=fold: guess(set(e.features), fold.model),  # type: ignore[misc]
                        lambda e=e: e.aside,  # type: ignore[misc]
                    )
                    for e, scores in zip(fold.tested, fold.scores, strict=True)
                ],
                fold.tested,
            ),
        )
        for fold in fold_list
    }


def _weights() -> list[tuple[float, float, float]]:
    """The rule weights tried: a side the line names no kind for needs at least the weight of
    one it names a kind for."""
    return [
        (on, off, none)
        for on in GRID_WEIGHTS
        for off in GRID_WEIGHTS
        for none in GRID_WEIGHTS
        if none >= off
    ]


PHRASINGS = Path(__file__).resolve().parents[1] / "tests" / "direction_phrasings.py"


def phrasings() -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """The phrasing table of tests/direction_phrasings.py."""
    spec = importlib.util.spec_from_file_location("direction_phrasings", PHRASINGS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.CASES)


def keeps_the_table(
    model: Model, cases: list[tuple[str, tuple[str, ...], tuple[str, ...]]]
) -> bool:
    """True when `model` with its rule weights reads every sentence of the phrasing table right."""
    for text, given, received in cases:
        exchange = exchange_of(text, model)
        if (exchange.given, exchange.received) != (given, received):
            return False
    return True


def choose(examples: list[Example], verbose: bool = True) -> Settings:
    """The settings of the grid chosen by leaving one file out: of those that read the whole
    phrasing table right (tests/direction_phrasings.py) and whose mean direction accuracy is
    within one standard error of the best of them (differences smaller than that are noise),
    the one that trusts the rules most (the largest weights, found side first), then
    the stronger regularisation. The rules were tuned on some of these files, so their figure
    there flatters them; the new writers' files are what the choice really answers to."""
    tried: list[tuple[float, float, Settings]] = []
    cases = phrasings()
    for l2 in GRID_L2:
        for dropped in GRID_DROPPED:
            full = fit(examples, Settings(l2=l2, dropped=dropped))
            fold_list = folds(examples, Settings(l2=l2, dropped=dropped))
            for weights in _weights():
                if not keeps_the_table(replace(full, rule_weights=weights), cases):
                    continue  # the phrasing table is the contract
                figures = cross_validate(fold_list, weights).values()
                tried.append(
                    (
                        sum(both[0] for _, both in figures) / len(figures),
                        sum(both[1] for _, both in figures) / len(figures),
                        Settings(l2=l2, dropped=dropped, rule_weights=weights),
                    )
                )
    if not tried:
        raise SystemExit(
            "no setting of the grid reads the whole phrasing table (tests/direction_phrasings.py)"
            " right: the rules or the table need work before the search can choose"
        )
    best = max(accuracy for accuracy, _, _ in tried)
    error = (best * (1 - best) / len(examples)) ** 0.5
    near = [entry for entry in tried if entry[0] >= best - error]
    accuracy, f1, settings = max(
        near, key=lambda entry: (entry[2].rule_weights, entry[2].l2, entry[1], entry[0])
    )
    if verbose:
        print(f"best mean direction accuracy {best:.3f} (standard error {error:.3f})")
        print(f"chosen: {settings}: {accuracy:.3f}, kind F1 {f1:.3f}")
        _print_folds(examples, settings)
    return settings


CHOSEN = Settings(l2=1e-3, dropped=("r:",), rule_weights=(3.0, 2.0, 2.0))
"""The settings the shipped model is trained with, chosen on 2026-12-05 (the sixth session) by
the writers who came last: the model of the training files up to direction_train38 scored on
direction_train39-42 (1,200 lines no rule or setting had learned from), each setting checked
against the phrasing table (tests/direction_phrasings.py, the contract) first.

That round changed what the rules' silence means (`Model.rule_weights`, `combine`). It now
counts against a side only where the rules found the other side or set a value the line names
aside (negated, planned, asked for, good wishes; later also a step of a hiring process, a status
ping, a time set: `direction.in_process`). On a line they could not read at all, the model
decides alone. With the old meaning, the settings shipped until then ((3, 1, 1) at l2
3e-3) read 0.790 of those lines right. Weights of 0 for silence read 0.835, but broke the
table ("she sent me her updated CV" then reads as given too). With the new meaning, at l2
1e-3 (3e-3 did worse with every weight tried):

| weights | (3, 1, 1) | (3, 2, 2) | (2, 1, 1) | (3, 0, 0) |
| --- | --- | --- | --- | --- |
| later writers | 0.838, table broken | 0.824 | 0.838, table broken | 0.841, table broken |

These were measured before hiring-process lines counted as set aside; with them (3, 2, 2) read
0.823 there (987 of 1,200) and the test vaults' list lines (tests/data/direction_vaultlines.jsonl)
0.741 -> 0.769. The table broke at (3, 1, 1) on "the JD was sent by me" and "прислал вакансию
в финтехе". Without the set-aside exception (silence no evidence wherever the rules found
nothing) (3, 2, 2) read 0.830, but trained on all forty-two writers it broke "Congratulated him
on the new role".
The slower leave-one-file-out search (`--search`, over an hour) picked (3, 1, 1) with 18 and 21
writers and (2, 0, 0) with 29, all with the old meaning; it has not been rerun with the new one.

Checked again in the seventh session (2026-12-05) on the next writers: the model of the files up
to direction_train47 scored on direction_train48-50 (900 lines). At l2 1e-3, (3, 2, 2) read
0.839 with the table whole; (3, 1, 1) 0.842 but broke the same two sentences; (2, 2, 2) 0.837,
five broken; (4, 2, 2) 0.837; (3, 3, 3) 0.818. At l2 3e-3 every weight read lower (0.833 for
(3, 2, 2)). The settings stand."""


def train() -> Model:
    """The model the training files give with the recorded settings (CHOSEN)."""
    return fit(load(), CHOSEN)


def _print_folds(examples: list[Example], settings: Settings) -> None:
    figures = cross_validate(folds(examples, settings), settings.rule_weights)
    print(f"{settings}\nleave one file out (direction, kind F1): rules alone -> rules and model")
    for held, (alone, both) in figures.items():
        print(f"  {held:26} {alone[0]:.3f} {alone[1]:.3f} -> {both[0]:.3f} {both[1]:.3f}")


def main() -> None:
    """Command line."""
    arguments = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="The default writes vaultkit/direction_model.npz with the recorded settings.",
    )
    chosen = arguments.add_mutually_exclusive_group()
    chosen.add_argument("--cv-only", action="store_true", help="figures only, write nothing")
    chosen.add_argument(
        "--search", action="store_true", help="search the settings again (slow), write nothing"
    )
    options = arguments.parse_args()
    examples = load()
    if options.search:
        found = choose(examples)
        print("same as CHOSEN" if found == CHOSEN else f"differs from CHOSEN: {CHOSEN}")
        return
    if options.cv_only:
        _print_folds(examples, CHOSEN)
        return
    model = fit(examples, CHOSEN)
    save(model)
    print(f"{len(model.weights)} features, {OUTPUT.stat().st_size // 1024} KB: {OUTPUT}")


if __name__ == "__main__":
    main()
