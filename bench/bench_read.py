"""The cost of reading a vault, against another checkout of vaultkit measured in the same run.

Times, in process, the parse of the first 4,000 notes of a synthetic vault and a read of the
whole vault (scan, parse, graph; no cache), alternating this checkout with the one given, and
prints each median and the ratio. The other checkout needs a venv of its own (`.venv/`); its
code may be laid out as before the stage packages.

    python -m bench.bench_read --against ../vaultkit-5bd5afb [--notes 10000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

from bench.generate import ensure

HERE = Path(__file__).resolve().parent
MEASURE = """
import sys, time
from pathlib import Path
try:
    from vaultkit.app import pipeline
    from vaultkit.parse.note_parser import loads
except ImportError:  # before the stage packages
    from vaultkit import pipeline
    from vaultkit.parse import loads
root = Path(sys.argv[1])
texts = [(str(p.relative_to(root)), p.read_text()) for p in sorted(root.rglob("*.md"))[:4000]]
start = time.perf_counter()
for path, text in texts:
    loads(text, path)
parse = time.perf_counter() - start
start = time.perf_counter()
pipeline.build(root, use_cache=False)
print(parse, time.perf_counter() - start)
"""


def measure(python: str, cwd: Path, vault: Path) -> tuple[float, float]:
    """(parse of 4,000 notes, read of the vault) in seconds, in a fresh process."""
    done = subprocess.run(
        [python, "-c", MEASURE, str(vault)], cwd=cwd, capture_output=True, text=True, check=True
    )
    parse, read = done.stdout.split()
    return float(parse), float(read)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", type=Path, required=True, help="the other checkout")
    parser.add_argument("--notes", type=int, default=10000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    vault = ensure(HERE / ".vaults" / str(args.notes), args.notes)
    other = str(args.against / ".venv" / "bin" / "python")
    here: list[tuple[float, float]] = []
    there: list[tuple[float, float]] = []
    for _ in range(args.rounds):  # alternating, so that the machine's drift falls on both
        here.append(measure(sys.executable, HERE.parent, vault))
        there.append(measure(other, args.against, vault))
    for index, what in enumerate(("parse of 4,000 notes", f"read of {args.notes} notes")):
        mine = statistics.median(run[index] for run in here)
        theirs = statistics.median(run[index] for run in there)
        print(f"{what}: {theirs:.3f} s there, {mine:.3f} s here ({mine / theirs:.2f}x)")


if __name__ == "__main__":
    main()
