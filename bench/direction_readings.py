"""The readings of who gave what, frozen: every labelled line of tests/data and the interaction
texts of a generated vault, each with what `read_exchange` answers for it, written to
tests/data/direction_readings.json. A change meant to make the reader faster must leave every
one of these answers as it was (tests/test_direction_equivalence.py holds it to that).

    python -m bench.direction_readings [--notes 1000]   # rewrites the fixture: only on purpose
"""

from __future__ import annotations

import argparse
import json
import tempfile
from datetime import date
from pathlib import Path

from bench.generate import ensure
from vaultkit.app.pipeline import build
from vaultkit.domain.exchange import read_exchange

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
FIXTURE = DATA / "direction_readings.json"
LABELLED = ("direction_*.jsonl", "interactions_*.jsonl", "feedback_*.jsonl")


def labelled_texts() -> list[str]:
    """The text of every labelled line, in file order."""
    texts = []
    for pattern in LABELLED:
        for path in sorted(DATA.glob(pattern)):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    texts.append(json.loads(line)["text"])
    return texts


def vault_texts(notes: int) -> list[str]:
    """The interaction texts of a generated vault of `notes` notes."""
    with tempfile.TemporaryDirectory() as folder:
        root = ensure(Path(folder) / "vault", notes)
        built = build(root, use_cache=False)
        texts = [
            interaction.text
            for contact in built.facts(date(2026, 11, 24)).contacts()
            for interaction in contact.interactions
            if interaction.text
        ]
    return texts


def reading(text: str) -> list[object]:
    """What `read_exchange` answers for `text`, as JSON."""
    found = read_exchange.__wrapped__(text)
    return [list(found.given), list(found.received), found.initiative, found.answered]


def main() -> None:
    """Command line: write the fixture."""
    arguments = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    arguments.add_argument("--notes", type=int, default=1000)
    options = arguments.parse_args()
    texts = list(dict.fromkeys(labelled_texts() + vault_texts(options.notes)))
    readings = {text: reading(text) for text in texts}
    lines = [f"{json.dumps(t, ensure_ascii=False)}: {json.dumps(r)}" for t, r in readings.items()]
    FIXTURE.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
    print(f"{len(readings)} texts, {sum(1 for r in readings.values() if r[0] or r[1])} with value")


if __name__ == "__main__":
    main()
