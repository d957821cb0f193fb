"""How often each phrase of the packaged lexicon names a theme the writers gave the line.

Every lexicon phrase that fires on a line of the feedback training sets counts a hit when the
writer labelled that line with the phrase's theme, a miss when not. A phrase that fires on at
least `--min-lines` lines and names its theme on fewer than `--below` of them says more about
the words around it than about the theme ("ответ" in "вернусь с ответом", "excellent" stemmed
to "excel"): such phrases were taken out of lexicon.toml on 2026-12-05 (see README), and this
prints any that remain or appear.

    python -m bench.lexicon_precision [--min-lines 5] [--below 0.5]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from vaultkit.domain.feedback_classifier import Lexicon, default_lexicon, phrases_in
from vaultkit.domain.stemming import stems

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


def precision(
    lexicon: Lexicon, paths: list[Path]
) -> dict[tuple[tuple[str, ...], str], tuple[int, int]]:
    """Per (phrase stems, theme): the lines it fired on, and those labelled with its theme."""
    counts: dict[tuple[tuple[str, ...], str], list[int]] = defaultdict(lambda: [0, 0])
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                for phrase, theme in set(phrases_in(stems(row["text"]), lexicon)):
                    counts[(phrase, theme)][0] += 1
                    counts[(phrase, theme)][1] += theme in row["themes"]
    return {key: (lines, hits) for key, (lines, hits) in counts.items()}


def loose(
    lexicon: Lexicon, paths: list[Path], min_lines: int = 5, below: float = 0.5
) -> list[tuple[tuple[str, ...], str, int, int]]:
    """The phrases that name their theme on fewer than `below` of at least `min_lines` lines."""
    return sorted(
        (phrase, theme, lines, hits)
        for (phrase, theme), (lines, hits) in precision(lexicon, paths).items()
        if lines >= min_lines and hits / lines < below
    )


def main() -> None:
    """Command line."""
    arguments = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    arguments.add_argument("--min-lines", type=int, default=5)
    arguments.add_argument("--below", type=float, default=0.5)
    options = arguments.parse_args()
    paths = sorted(DATA.glob("feedback_train*.jsonl"))
    found = loose(default_lexicon(), paths, options.min_lines, options.below)
    for phrase, theme, lines, hits in found:
        print(f"{theme:14} {' '.join(phrase):28} {hits:3}/{lines:<3} {hits / lines:.2f}")
    print(f"{len(found)} phrases below {options.below:.0%} on {options.min_lines}+ lines")


if __name__ == "__main__":
    main()
