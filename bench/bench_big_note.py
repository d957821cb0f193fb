"""The cost of one huge note, with and without the size limit, against the vault without it.

A synthetic vault is read (scan, parse, graph; no cache) in a fresh process three ways, in
rounds that alternate them: without the big note (the baseline), with a note of `--mb`
megabytes full of links under the default limit (5 MB: only its properties are read), and with
the limit raised past it (`max_note_size_mb = 1000`: read as any note, up to the 32 MB that any
note is read at most). Prints the median time and peak memory of each, and each against the
baseline.

    python -m bench.bench_big_note [--notes 1000] [--mb 50] [--rounds 3]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

from bench.generate import ensure

HERE = Path(__file__).resolve().parent
MEASURE = """
import resource, sys, time
from pathlib import Path
from vaultkit.app import pipeline
start = time.perf_counter()
built = pipeline.build(Path(sys.argv[1]), use_cache=False)
seconds = time.perf_counter() - start
print(seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, built.graph.link_count)
"""
CASES = {
    "without the big note": None,
    "big note, default limit": "",
    "big note, no limit": "max_note_size_mb = 1000\n",
}
"""Each case's config file (None: the vault without the big note)."""


def big_note(megabytes: int, seed: int = 0) -> str:
    """A contact note of `megabytes` MB: properties, then lines of six links each."""
    rng = random.Random(seed)
    parts = ["---\ntype: contact\ntags: [log]\n---\n# Pasted log\n"]
    size = len(parts[0])
    while size < megabytes * 1_000_000:
        line = " ".join(f"[[Target {rng.randrange(5000)}]]" for _ in range(6)) + "\n"
        parts.append(line)
        size += len(line)
    return "".join(parts)


def vaults(notes: int, megabytes: int) -> dict[str, Path]:
    """A copy of the synthetic vault per case, set up as the case says."""
    source = ensure(HERE / ".vaults" / str(notes), notes)
    made = {}
    text = big_note(megabytes)
    for number, (case, config) in enumerate(CASES.items()):
        root = HERE / ".vaults" / f"big-note-{notes}-{megabytes}-{number}"
        if not (root / ".complete").exists():
            shutil.rmtree(root, ignore_errors=True)
            shutil.copytree(source, root, ignore=shutil.ignore_patterns(".vaultkit", "vaultkit"))
            if config is not None:
                (root / "People" / "Pasted log.md").write_text(text, encoding="utf-8")
                (root / ".vaultkit").mkdir(exist_ok=True)
                (root / ".vaultkit" / "config.toml").write_text(config, encoding="utf-8")
            (root / ".complete").touch()
        made[case] = root
    return made


def measure(vault: Path) -> tuple[float, float, int]:
    """(seconds, peak MB, links) of a read of `vault`, in a fresh process."""
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, str(vault)],
        cwd=HERE.parent,
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, peak, links = done.stdout.split()
    return float(seconds), float(peak), int(links)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=1000)
    parser.add_argument("--mb", type=int, default=50, help="size of the big note")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    roots = vaults(args.notes, args.mb)
    runs: dict[str, list[tuple[float, float, int]]] = {case: [] for case in CASES}
    for _ in range(args.rounds):  # alternating, so that the machine's drift falls on all
        for case, root in roots.items():
            runs[case].append(measure(root))
    base_seconds = statistics.median(run[0] for run in runs["without the big note"])
    base_peak = statistics.median(run[1] for run in runs["without the big note"])
    for case, measured in runs.items():
        seconds = statistics.median(run[0] for run in measured)
        peak = statistics.median(run[1] for run in measured)
        print(
            f"{case}: {seconds:.3f} s ({seconds / base_seconds:.2f}x), peak {peak:.0f} MB "
            f"({peak / base_peak:.2f}x), {measured[0][2]} links"
        )


if __name__ == "__main__":
    main()
