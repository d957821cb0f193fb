"""Quality of the feedback classifier on the labelled dev set (../shared/data).

Prints micro-averaged precision, recall and F1 of themes, polarity accuracy, and every item the
classifier gets wrong.

    python -m bench.bench_themes [path/to/feedback_themes_dev.jsonl]
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from vaultkit.domain.feedback_classifier import classify

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


def main() -> None:
    """Command line."""
    scores = evaluate(Path(sys.argv[1]) if len(sys.argv) > 1 else DEV_SET)
    print(
        f"{scores.items} items: themes micro P {scores.precision:.3f} R {scores.recall:.3f} "
        f"F1 {scores.f1:.3f}; polarity accuracy {scores.polarity_accuracy:.3f}"
    )
    for mistake in scores.mistakes:
        print("  -", mistake)


if __name__ == "__main__":
    main()
