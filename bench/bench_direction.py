"""Quality and cost of reading who gave what from an interaction line.

Scores `read_exchange` on the labelled lines of tests/data: direction_train and
interactions_train (tuned on), direction_heldout and interactions_heldout (never tuned on).
Per set it prints the direction accuracy (per line: whether something was given and whether
something was received, both right) and the kind micro-F1 over (direction, kind) pairs, then
the cost of one uncached reading per line. With --against, another checkout (its own `.venv/`)
is measured in the same run and its figures print beside these; --mistakes lists the lines
read wrong.

    python -m bench.bench_direction [--against /tmp/vk/base-dir] [--mistakes]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from bench.checkouts import run_python

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
SETS = (
    *sorted(
        (path.stem for path in DATA.glob("direction_train*.jsonl")),
        key=lambda name: int(re.sub(r"\D", "", name) or 1),  # train, train2, ..., train10
    ),
    "direction_heldout",
    "direction_heldout2",
    "interactions_train",
    "interactions_heldout",
    "direction_vaultlines",
    "direction_strangers",
    "direction_strangers_heldout",
)
"""Every writer's training set in the order they were written, then the held-out sets, then
direction_vaultlines: the list lines of sample_vault and tests/vaults/irina, labelled by a
helper who saw neither the rules nor the model (never trained on, but its mistakes were read
when the rules for hiring-process lines were written). Then direction_strangers and
direction_strangers_heldout: the lines the Network note reads (each contact's interactions) of
the strangers' vaults in tests/vaults, labelled by two more helpers who saw neither (the first
set's mistakes may be read, the second's never), each read in its owner's voice."""
ALIASES = {"candidate_referral": "candidate"}
"""The kind's older name (before the direction reading), as the labels spell it."""

READ = """
import json, sys, time
from vaultkit.domain.exchange import read_exchange
read = getattr(read_exchange, "__wrapped__", read_exchange)
answers, texts = [], []
for path in sys.argv[1:]:
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    texts += [row["text"] for row in rows]
    found = [read(row["text"], "f" if row.get("owner") == "woman" else "") for row in rows]
    answers.append([[list(e.given), list(e.received)] for e in found])
rounds, start = 20, time.perf_counter()
for _ in range(rounds):
    for text in texts:
        read(text)
cost = (time.perf_counter() - start) / rounds / len(texts)
print(json.dumps({"answers": answers, "cost": cost}))
"""
"""Run in a checkout's own interpreter: the readings of each set and the cost of one."""


def _read(checkout: Path, paths: list[Path]) -> tuple[list[list[list[list[str]]]], float]:
    """The readings by the checkout at `checkout` of each labelled set, and the cost per line."""
    found = json.loads(run_python(checkout, READ, [str(path) for path in paths]))
    return found["answers"], found["cost"]


def score(path: Path, answers: list[list[list[str]]]) -> tuple[float, float, list[str]]:
    """Direction accuracy, kind micro-F1 and the mistaken lines of `answers` on `path`."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    right = hit = extra = missed = 0
    mistakes = []
    for row, (given, received) in zip(rows, answers, strict=True):
        got = {("given", ALIASES.get(k, k)) for k in given}
        got |= {("received", ALIASES.get(k, k)) for k in received}
        wanted = {("given", k) for k in row["given"]} | {("received", k) for k in row["received"]}
        ways = {w for w, _ in got} == {w for w, _ in wanted}
        right += ways
        hit, extra, missed = (
            hit + len(got & wanted),
            extra + len(got - wanted),
            missed + len(wanted - got),
        )
        if got != wanted:
            mark = "   " if ways else "DIR"
            mistakes.append(
                f"{mark} given {sorted(k for w, k in got if w == 'given')} received "
                f"{sorted(k for w, k in got if w == 'received')} (want {row['given']} "
                f"{row['received']}): {row['text']}"
            )
    precision, recall = hit / max(1, hit + extra), hit / max(1, hit + missed)
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    return right / max(1, len(rows)), f1, mistakes


def main() -> None:
    """Command line."""
    arguments = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    arguments.add_argument("--against", type=Path, help="another checkout, with its own .venv/")
    arguments.add_argument("--mistakes", action="store_true", help="list the lines read wrong")
    options = arguments.parse_args()
    paths = [DATA / f"{name}.jsonl" for name in SETS if (DATA / f"{name}.jsonl").exists()]
    here, cost = _read(Path(__file__).resolve().parents[1], paths)
    there, there_cost = _read(options.against, paths) if options.against else ([], 0.0)
    print(
        f"{'set':22} {'lines':>5}  {'direction':>9}  {'kind F1':>7}"
        + ("  (there: direction, kind F1)" if there else "")
    )
    for index, path in enumerate(paths):
        accuracy, f1, mistakes = score(path, here[index])
        line = f"{path.stem:22} {len(here[index]):5}  {accuracy:9.3f}  {f1:7.3f}"
        if there:
            there_accuracy, there_f1, _ = score(path, there[index])
            line += f"  ({there_accuracy:.3f}, {there_f1:.3f})"
        print(line)
        if options.mistakes and "heldout" not in path.stem:
            for mistake in mistakes:
                print("   ", mistake)
    print(
        f"cost per line: {cost * 1e6:.0f} µs"
        + (f" (there: {there_cost * 1e6:.0f} µs)" if there else "")
    )


if __name__ == "__main__":
    main()
