"""Quality of the who-did-what reading on labelled interaction lines written by helpers who had
not seen the rules: tests/data/interactions_train.jsonl (tuned on) and, when present,
tests/data/interactions_heldout.jsonl (never tuned on).

Prints, per set, how often the starter (me, them, both, unknown) is right, and how often the
starter and the answer together are; `--mistakes` lists what it gets wrong.

    python -m bench.bench_who_did [--mistakes]
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from vaultkit.domain.interactions import detect_channel
from vaultkit.domain.who_did import read_turn

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
SETS = ("interactions_train.jsonl", "interactions_heldout.jsonl")


@dataclass(frozen=True)
class Scores:
    """Accuracy on one labelled set."""

    items: int
    starter: float
    """Share of lines whose starter is right."""
    starter_and_answer: float
    """Share of lines whose starter and answer are both right."""
    mistakes: tuple[str, ...]


def evaluate(path: Path) -> Scores:
    """Score `read_turn` against the labelled lines in `path` (JSON lines)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    starter = both = 0
    mistakes = []
    for row in rows:
        text = row["text"].lstrip("-*+ ")
        turn = read_turn(text, "entry", detect_channel(text))
        by = turn.by or "unknown"
        starter += by == row["by"]
        if by == row["by"] and turn.answered == row["answered"]:
            both += 1
        else:
            mistakes.append(
                f"{row['by']}/{row['answered']} read as {by}/{turn.answered}: {row['text']}"
            )
    count = max(len(rows), 1)
    return Scores(len(rows), starter / count, both / count, tuple(mistakes))


def main(argv: list[str]) -> None:
    """Print the scores of each labelled set that exists."""
    for name in SETS:
        path = DATA / name
        if not path.exists():
            print(f"{name}: absent")
            continue
        scores = evaluate(path)
        print(
            f"{name}: {scores.items} lines, starter {scores.starter:.3f}, "
            f"starter and answer {scores.starter_and_answer:.3f}"
        )
        if "--mistakes" in argv:
            for mistake in scores.mistakes:
                print("  ", mistake)


if __name__ == "__main__":
    main(sys.argv[1:])
