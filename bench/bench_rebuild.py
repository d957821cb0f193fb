"""Times vaultkit against a floor measured in the same run, on synthetic vaults.

For each size: the floor (read every file and count "[["), a cold read (no cache: scan, parse,
cache, graph: the foundation's pipeline, before any rule runs), a cold rebuild (no cache, all
the generated notes written), a warm rebuild (cache, nothing changed) and a rebuild after one
note changed, each in a fresh subprocess so peak memory is its own; then one more cold
rebuild, timed stage by stage (the read, the graph, each generated note).
Prints seconds, ratios to the floor and peak RSS (of the largest process: the main one, or a
parsing worker).

    python -m bench.bench_rebuild            # 1k and 10k notes
    python -m bench.bench_rebuild --sizes 1000 10000 50000
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from bench.generate import ensure
from vaultkit.notes.registry import OUTPUTS

HERE = Path(__file__).resolve().parent
VAULTS = HERE / ".vaults"

FLOOR = """
import json, os, resource, time
start = time.perf_counter()
count = 0
for folder, _, names in os.walk({root!r}):
    for name in names:
        with open(os.path.join(folder, name), "rb") as handle:
            count += handle.read().count(b"[[")
print(json.dumps({{"seconds": time.perf_counter() - start,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""

REBUILD = """
import json, resource, time
from datetime import date
from pathlib import Path
loading = time.perf_counter()
from vaultkit.app import pipeline
start = time.perf_counter()
result = pipeline.rebuild_if_needed(Path({root!r}), date(2026, 11, 24))
skipped = isinstance(result, pipeline.Skipped)
print(json.dumps({{"seconds": time.perf_counter() - start,
                  "parsed": 0 if skipped else result.build.parsed, "skipped": skipped,
                  "import_seconds": start - loading,
                  "rss_mb": max(resource.getrusage(who).ru_maxrss for who in
                                (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024}}))
"""
"""`vaultkit rebuild` as the command runs it (a rebuild with nothing changed does nothing)."""

STAGES = """
import json, time
from datetime import date
from pathlib import Path
from vaultkit.app import pipeline
marks = {{}}
start = time.perf_counter()
def progress(done, total):
    marks["read"] = time.perf_counter()  # the last call: every note parsed and cached
def stage(path, number, total):
    marks.setdefault(number, time.perf_counter())
pipeline.rebuild_if_needed(Path({root!r}), date(2026, 11, 24), progress=progress, stage=stage)
end = time.perf_counter()
made = [marks[number] for number in sorted(k for k in marks if k != "read")]
names = [path.rsplit("/", 1)[-1] for path in {outputs!r}]
spans = {{"read": marks["read"] - start, "graph": made[0] - marks["read"]}}
for name, begun, ended in zip(names, made, [*made[1:], end]):
    spans[name] = ended - begun
print(json.dumps(spans))
"""
"""One cold rebuild, timed stage by stage from the command's own progress callbacks: the read
(scan, parse, cache), the graph (with ticks), then each generated note (rules, render, write;
the last one with the stamp)."""

READ = """
import json, resource, time
from pathlib import Path
from vaultkit.app import pipeline
start = time.perf_counter()
built = pipeline.build(Path({root!r}))
print(json.dumps({{"seconds": time.perf_counter() - start, "parsed": built.parsed,
                  "rss_mb": max(resource.getrusage(who).ru_maxrss for who in
                                (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024}}))
"""
"""The vault read into the graph, as every command does first (scan, parse, cache, graph)."""


def _run(code: str) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _median(runs: list[dict[str, float]]) -> dict[str, float]:
    """The run with the median time (this machine's timings wander by a fifth)."""
    return sorted(runs, key=lambda run: run["seconds"])[len(runs) // 2]


def measure(size: int, repeats: int) -> dict[str, Any]:
    """Floor (median of 5), cold and warm (median of `repeats`) for `size` notes."""
    root = VAULTS / str(size)
    ensure(root, size)
    for generated in (root / ".vaultkit", root / "vaultkit"):
        shutil.rmtree(generated, ignore_errors=True)
    _run(FLOOR.format(root=str(root)))  # warm the OS file cache for every measurement alike
    floor = _median([_run(FLOOR.format(root=str(root))) for _ in range(5)])
    reads = []
    for _ in range(repeats):
        shutil.rmtree(root / ".vaultkit", ignore_errors=True)
        reads.append(_run(READ.format(root=str(root))))
    read = _median(reads)
    assert read["parsed"] == size
    colds = []
    for _ in range(repeats):
        shutil.rmtree(root / ".vaultkit", ignore_errors=True)
        colds.append(_run(REBUILD.format(root=str(root))))
    cold = _median(colds)
    warm = _median([_run(REBUILD.format(root=str(root))) for _ in range(repeats)])
    assert warm["skipped"], "a rebuild with nothing changed did work"
    touched = sorted((root / "People").glob("*.md"))[0]
    changes = []
    for _ in range(repeats):  # one note saved: the whole pipeline runs, one note parsed
        info = touched.stat()
        os.utime(touched, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))
        changes.append(_run(REBUILD.format(root=str(root))))
    change = _median(changes)
    assert change["parsed"] == 1 and not change["skipped"]
    shutil.rmtree(root / ".vaultkit", ignore_errors=True)
    outputs = [output.path("vaultkit", "en") for output in OUTPUTS]
    stages = _run(STAGES.format(root=str(root), outputs=outputs))
    return {
        "stages": stages,
        "notes": size,
        "floor_s": floor["seconds"],
        "import_s": cold["import_seconds"],
        "read_s": read["seconds"],
        "read_x": read["seconds"] / floor["seconds"],
        "cold_s": cold["seconds"],
        "warm_s": warm["seconds"],
        "cold_x": cold["seconds"] / floor["seconds"],
        "warm_x": warm["seconds"] / floor["seconds"],
        "change_s": change["seconds"],
        "change_x": change["seconds"] / floor["seconds"],
        "cold_rss_mb": cold["rss_mb"],
        "warm_rss_mb": warm["rss_mb"],
    }


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--repeats", type=int, default=3, help="runs of each rebuild")
    args = parser.parse_args()
    print("Seconds exclude interpreter start-up; 'import' (loading vaultkit and its libraries,")
    print("the same for any vault) is shown apart and left out of the ratios.")
    print("read: cold, the vault scanned, parsed, cached and linked into the graph; cold: a")
    print("cold `vaultkit rebuild`, that and every generated note made and written.")
    print("warm: nothing changed (the run finds so and stops); 1 changed: one note saved since,")
    print("so everything is rebuilt from the cache with that one note parsed.")
    print(
        f"{'notes':>7} {'floor s':>8} {'import s':>8} {'read s':>7} {'cold s':>7} "
        f"{'warm s':>7} {'1 changed s':>11} {'read/floor':>10} {'cold/floor':>10} "
        f"{'warm/floor':>10} {'1 changed/floor':>15} {'cold MB':>8} {'warm MB':>8}"
    )
    stages: list[tuple[int, float, dict[str, float]]] = []
    for size in args.sizes:
        row = measure(size, args.repeats)
        print(
            f"{size:>7} {row['floor_s']:>8.3f} {row['import_s']:>8.2f} {row['read_s']:>7.2f} "
            f"{row['cold_s']:>7.2f} {row['warm_s']:>7.2f} {row['change_s']:>11.2f} "
            f"{row['read_x']:>9.1f}x {row['cold_x']:>9.1f}x "
            f"{row['warm_x']:>9.1f}x {row['change_x']:>14.1f}x "
            f"{row['cold_rss_mb']:>8.0f} {row['warm_rss_mb']:>8.0f}"
        )
        stages.append((size, row["floor_s"], row["stages"]))
    print("\nOne cold rebuild, stage by stage (seconds, and x the floor):")
    for size, floor, spans in stages:
        shown = ", ".join(
            f"{name} {took:.2f} ({took / floor:.1f}x)" for name, took in spans.items()
        )
        print(f"{size:>7}: {shown}")


if __name__ == "__main__":
    main()
