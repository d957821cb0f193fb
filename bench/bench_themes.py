"""Quality of the feedback classifier on labelled feedback lines.

Prints micro-averaged precision, recall and F1 of themes and polarity accuracy on each labelled
set (the training sets it was tuned on, the old hold-out, and the held-out set written by another
helper, never tuned on), and, with --against, the same figures of another checkout measured in
the same run (its own `.venv/`). With a path, it scores that file alone and lists every mistake.

    python -m bench.bench_themes [--against ../vaultkit-5bd5afb] [--cv] [--timing]
    python -m bench.bench_themes path/to/labelled.jsonl

--cv adds the leave-one-file-out figures of the trained model (train on two training files,
score the third: a new writer); --timing the cost of a line and of loading the model.
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import dataclass
from pathlib import Path

from bench.checkouts import run_python
from vaultkit.domain import feedback_model
from vaultkit.domain.feedback_classifier import classify
from vaultkit.domain.polarity import clause_polarity
from vaultkit.domain.stemming import stem

DEV_SET = Path(__file__).resolve().parents[2] / "shared" / "data" / "feedback_themes_dev.jsonl"


@dataclass(frozen=True)
class Scores:
    """Quality figures on a labelled set."""

    precision: float
    recall: float
    f1: float
    polarity_accuracy: float
    items: int
    mistakes: tuple[str, ...]


def evaluate(path: Path = DEV_SET) -> Scores:
    """Score the classifier against the labelled items in `path` (JSON lines)."""
    true_positive = false_positive = false_negative = polarity_right = items = 0
    mistakes = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        labelled = json.loads(line)
        result = classify(labelled["text"])
        wanted, got = set(labelled["themes"]), set(result.themes)
        true_positive += len(wanted & got)
        false_positive += len(got - wanted)
        false_negative += len(wanted - got)
        polarity_right += result.polarity == labelled["polarity"]
        items += 1
        if wanted != got or result.polarity != labelled["polarity"]:
            mistakes.append(
                f"{labelled['text']!r}: themes {sorted(got)} (want "
                f"{sorted(wanted)}), {result.polarity} (want {labelled['polarity']})"
            )
    precision = true_positive / max(1, true_positive + false_positive)
    recall = true_positive / max(1, true_positive + false_negative)
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    return Scores(precision, recall, f1, polarity_right / max(1, items), items, tuple(mistakes))


DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
SETS = {
    **{
        f"{name} ({'tuned on' if name in ('train', 'train2', 'train3') else 'model trained on'})": (
            DATA / f"feedback_{name}.jsonl"
        )
        for name in sorted(
            (path.stem.removeprefix("feedback_") for path in DATA.glob("feedback_train*")),
            key=lambda name: int(name.removeprefix("train") or 1),
        )
    },
    "holdout (old, 30)": DATA / "feedback_holdout.jsonl",
    "heldout2 (never tuned on)": DATA / "feedback_heldout2.jsonl",
    "heldout3 (never tuned on)": DATA / "feedback_heldout3.jsonl",
    "short_a (not trained on)": DATA / "feedback_short_a.jsonl",
    "short_b (not trained on)": DATA / "feedback_short_b.jsonl",
    "vaults (not trained on)": DATA / "feedback_vaults.jsonl",
    "vaults_heldout (never tuned on)": DATA / "feedback_vaults_heldout.jsonl",
    "not feedback a (not trained on)": DATA / "not_feedback_a.jsonl",
    "not feedback b (not trained on)": DATA / "not_feedback_b.jsonl",
    "not feedback (never tuned on)": DATA / "not_feedback_heldout.jsonl",
}
"""Every writer's training set (a new one joins by its name), then the held-out sets, then the
fragments of one to six words (scored, not trained on), then the feedback lines of the strangers'
vaults in tests/vaults as vaultkit hands them to the classifier (labelled by two helpers, half
the vaults each; scored, not trained on), then lines that are no feedback on the
owner (greetings, logistics, moods, the owner's view of a company, others' interviews: a and b
scored, not trained on, and a held-out set by a third writer), scored by how many are read as
feedback at all (a theme or a side)."""
ELSEWHERE = """
import json, sys
try:
    from vaultkit.domain.feedback_classifier import classify
except ImportError:  # before the stage packages
    from vaultkit.classifier import classify
for path in sys.argv[1:]:
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    found = [classify(row["text"]) for row in rows]
    print(json.dumps([[list(r.themes), r.polarity] for r in found]))
"""


def _labelled(path: Path) -> list[dict[str, object]]:
    """The labelled rows of `path`."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def no_feedback_in(path: Path) -> bool:
    """Whether every line of `path` is labelled no feedback (no theme, neutral)."""
    return all(not row["themes"] and row["polarity"] == "neutral" for row in _labelled(path))


def read_as_feedback(answers: list[list[object]]) -> int:
    """How many of `answers` ([themes, polarity] per line) make an item: a theme or a side."""
    return sum(bool(themes) or polarity != "neutral" for themes, polarity in answers)


def read_as_feedback_in(path: Path) -> tuple[int, int]:
    """How many lines of `path` the classifier reads as feedback (`read_as_feedback`), and how
    many lines it has."""
    texts = [str(row["text"]) for row in _labelled(path)]
    found = read_as_feedback([[list(r.themes), r.polarity] for r in map(classify, texts)])
    return found, len(texts)


def _score_answers(path: Path, answers: list[list[object]]) -> tuple[float, float]:
    """Theme F1 and polarity accuracy of `answers` ([themes, polarity] per line of `path`)."""
    rows = _labelled(path)
    hit = extra = missed = right = 0
    for row, (themes, polarity) in zip(rows, answers, strict=True):
        wanted, got = set(row["themes"]), set(themes)  # type: ignore[call-overload]
        hit, extra, missed = (
            hit + len(wanted & got),
            extra + len(got - wanted),
            missed + len(wanted - got),
        )
        right += polarity == row["polarity"]
    precision, recall = hit / max(1, hit + extra), hit / max(1, hit + missed)
    return 2 * precision * recall / max(1e-9, precision + recall), right / max(1, len(rows))


def _answers_elsewhere(checkout: Path, paths: list[Path]) -> list[list[list[object]]]:
    """The answers ([themes, polarity] per line) of the classifier of another checkout on
    each of `paths`."""
    output = run_python(checkout, ELSEWHERE, [str(path) for path in paths])
    return [json.loads(line) for line in output.splitlines()]


def _row(name: str, path: Path, there: list[list[object]] | None) -> str:
    """One line of the table: the figures of the set at `path`, and those of `there` (another
    checkout's answers on it) in brackets."""
    if no_feedback_in(path):
        here, lines = read_as_feedback_in(path)
        line = f"{name:32} {lines:5}  read as feedback: {here} ({here / lines:.0%})"
        return line + (f"  (there: {read_as_feedback(there)})" if there is not None else "")
    scores = evaluate(path)
    line = f"{name:32} {scores.items:5}  {scores.f1:10.3f}  {scores.polarity_accuracy:9.3f}"
    if there is not None:
        f1, polarity = _score_answers(path, there)
        line += f"  ({f1:.3f}, {polarity:.3f})"
    return line


def timing() -> tuple[float, float]:
    """Seconds to load the packaged model, and microseconds per training line classified cold
    (the stem and clause caches emptied first, as in a fresh process)."""
    feedback_model.default_model.cache_clear()
    started = time.perf_counter()
    feedback_model.default_model()
    loaded = time.perf_counter() - started
    texts = [
        json.loads(line)["text"]
        for name in ("feedback_train.jsonl", "feedback_train2.jsonl", "feedback_train3.jsonl")
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    classify(texts[0])
    stem.cache_clear()
    clause_polarity.cache_clear()
    started = time.perf_counter()
    for text in texts:
        classify(text)
    return loaded, (time.perf_counter() - started) / len(texts) * 1e6


def main() -> None:
    """Command line."""
    arguments = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    arguments.add_argument("path", nargs="?", type=Path, help="one labelled file, mistakes listed")
    arguments.add_argument("--against", type=Path, help="another checkout, with its own .venv/")
    arguments.add_argument("--cv", action="store_true", help="leave-one-file-out figures")
    arguments.add_argument("--timing", action="store_true", help="µs per line, model load")
    options = arguments.parse_args()
    if options.path is not None:
        scores = evaluate(options.path)
        print(
            f"{scores.items} items: themes micro P {scores.precision:.3f} R {scores.recall:.3f} "
            f"F1 {scores.f1:.3f}; polarity accuracy {scores.polarity_accuracy:.3f}"
        )
        for mistake in scores.mistakes:
            print("  -", mistake)
        return
    sets = {name: path for name, path in SETS.items() if path.exists()}
    there = _answers_elsewhere(options.against, list(sets.values())) if options.against else []
    print(
        f"{'set':32} {'items':>5}  {'themes F1':>10}  {'polarity':>9}"
        + ("  (there: F1, polarity)" if there else "")
    )
    for index, (name, path) in enumerate(sets.items()):
        print(_row(name, path, there[index] if there else None))
    if options.cv:
        from bench.train_feedback_model import Settings, cross_validate, load

        print("leave one training file out (F1, polarity): rules alone -> rules and model")
        for held, (alone, both) in cross_validate(load(), Settings()).items():
            print(f"  {held:24} {alone[0]:.3f} {alone[1]:.3f} -> {both[0]:.3f} {both[1]:.3f}")
    if options.timing:
        loaded, per_line = timing()
        print(f"model loaded in {loaded * 1000:.0f} ms; {per_line:.0f} µs per line (cold caches)")


if __name__ == "__main__":
    main()
