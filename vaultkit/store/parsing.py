"""Reading and parsing notes for the cache: in batches, with worker processes when there are
many, each note into its codec text (only the properties of a note over the size limit)."""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from vaultkit.keys import KeyNames
from vaultkit.model import Note
from vaultkit.parse import note_parser, oversized
from vaultkit.store import codec, workers
from vaultkit.store.vault import read_bytes, read_head

PARALLEL_FROM = 300
"""Parse in worker processes too (up to 4 processes in all, one per core) from this many
changed notes."""
_CHUNK = 100


@dataclass(frozen=True, slots=True)
class ParseFailure:
    """A note that could not be read at all."""

    reason: str
    """Why, in the operating system's words."""


ParseOutcome = tuple[str, str | ParseFailure, Note | None]
"""A note's path; its parsed form as codec JSON text (for the cache), or why it could not be
read; and the Note itself when it was parsed in this process (else it is decoded from the
text, which crosses between processes far more cheaply than a Note)."""


def _parse_chunk(
    root: str,
    paths: list[str],
    names: KeyNames = (),
    max_bytes: int | None = None,
    keep_notes: bool = False,
) -> list[ParseOutcome]:
    """Read and parse `paths` into codec text (of a note over `max_bytes`, only its
    properties), and keep the Notes when asked."""
    results: list[ParseOutcome] = []
    for path in paths:
        try:
            if max_bytes is None:
                raw, size = read_bytes(Path(root), path), 0
            else:
                raw, size = read_head(Path(root), path, max_bytes)
        except OSError as error:
            results.append((path, ParseFailure(error.strerror or str(error)), None))
            continue
        if max_bytes is not None and size > max_bytes:
            note = oversized.load_properties(raw, path, size, max_bytes, names)
        else:
            note = note_parser.load(raw, path, names)
        results.append((path, codec.dumps(note), note if keep_notes else None))
    return results


def parse_files(
    root: Path, paths: list[str], names: KeyNames = (), max_bytes: int | None = None
) -> Iterator[list[ParseOutcome]]:
    """Parse the notes at `paths` (of one over `max_bytes`, only its properties), in batches,
    with worker processes when there are many.

    This process works too: the workers take chunks from the front, and whenever no finished
    chunk is waiting to be handed on, this process takes the last chunk no worker has started.
    Its own chunks need no decoding, and the caller stores each batch as it comes. Batches come
    in no fixed order.
    """
    where = str(root)
    chunks = [paths[start : start + _CHUNK] for start in range(0, len(paths), _CHUNK)]
    helpers = min(4, os.cpu_count() or 1) - 1
    handed: set[int] = set()
    if len(paths) >= PARALLEL_FROM and helpers > 0:
        try:
            with workers.pool(helpers) as pool:
                queued = deque(
                    (number, pool.submit(_parse_chunk, where, chunk, names, max_bytes))
                    for number, chunk in enumerate(chunks)
                )
                while queued:
                    number, future = queued[0]
                    if not future.done():
                        last, latest = queued[-1]
                        if latest.cancel():
                            queued.pop()
                            handed.add(last)
                            yield _parse_chunk(where, chunks[last], names, max_bytes, True)
                            continue
                    queued.popleft()
                    batch = future.result()
                    handed.add(number)
                    yield batch
            return
        except (OSError, BrokenProcessPool) as error:  # no processes here: parse in this one
            logging.getLogger(__name__).warning("parsing in one process: %s", error)
    for number, chunk in enumerate(chunks):
        if number not in handed:
            yield _parse_chunk(where, chunk, names, max_bytes, True)
