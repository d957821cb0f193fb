"""How far two careful human readers agree on the held-out labels: the ceiling the accuracy
goals of issues 21 and 23 are measured under.

A second helper, who saw neither the first writer's labels nor vaultkit, labelled the texts of
two held-out sets by the same guide (tests/data/second_reader/). This prints the agreement in
the measures the benches use: polarity accuracy and theme micro-F1 for feedback, direction
accuracy (something given, something received, both right) and kind F1 for who gave what.

    python -m bench.bench_agreement
"""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


def _rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _f1(pairs: list[tuple[set[object], set[object]]]) -> float:
    hit = sum(len(first & second) for first, second in pairs)
    extra = sum(len(second - first) for first, second in pairs)
    missed = sum(len(first - second) for first, second in pairs)
    precision, recall = hit / max(1, hit + extra), hit / max(1, hit + missed)
    return 2 * precision * recall / max(1e-9, precision + recall)


def feedback(name: str) -> tuple[int, float, float]:
    """Lines, polarity agreement and theme F1 between the writer and the second reader."""
    first, second = _rows(DATA / f"{name}.jsonl"), _rows(DATA / "second_reader" / f"{name}.jsonl")
    pairs = list(zip(first, second, strict=True))
    same = sum(one["polarity"] == other["polarity"] for one, other in pairs)
    themes = _f1([(set(one["themes"]), set(other["themes"])) for one, other in pairs])  # type: ignore[call-overload]
    return len(pairs), same / len(pairs), themes


def _sides(row: dict[str, object]) -> set[object]:
    return {("given", kind) for kind in row["given"]} | {  # type: ignore[attr-defined]
        ("received", kind)
        for kind in row["received"]  # type: ignore[attr-defined]
    }


def direction(name: str) -> tuple[int, float, float]:
    """Lines, direction agreement and kind F1 between the writer and the second reader."""
    first, second = _rows(DATA / f"{name}.jsonl"), _rows(DATA / "second_reader" / f"{name}.jsonl")
    pairs = list(zip(first, second, strict=True))
    same = sum(
        (bool(one["given"]), bool(one["received"]))
        == (bool(other["given"]), bool(other["received"]))
        for one, other in pairs
    )
    return (
        len(pairs),
        same / len(pairs),
        _f1([(_sides(one), _sides(other)) for one, other in pairs]),
    )


def main() -> None:
    """Command line."""
    lines, polarity, themes = feedback("feedback_heldout3")
    print(f"feedback_heldout3   {lines} lines: polarity {polarity:.3f}, themes F1 {themes:.3f}")
    lines, ways, kinds = direction("direction_heldout2")
    print(f"direction_heldout2  {lines} lines: direction {ways:.3f}, kind F1 {kinds:.3f}")


if __name__ == "__main__":
    main()
