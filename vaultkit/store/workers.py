"""The worker processes that parse notes beside the main one: started fresh, dying with it.

A forked worker would inherit every descriptor of the process that started it, the daemon's
lock among them: after a SIGKILL of `vaultkit watch` during a large parse, an orphaned worker
kept the lock, and every restart said "already running" with a dead pid. Closing descriptors
in the worker after the fork leaves a window and must know them all, and a fork of the daemon
copies its watchdog threads' locks in whatever state they are; so the daemon's workers are
started with 'spawn' (a fresh interpreter, given no descriptor but multiprocessing's own
pipes). A one-shot command holds no lock and runs one thread: its workers are forked, which
saves each one the start of an interpreter (a cold read of 10,000 notes is about 8 % faster).
Either way a worker ends when the process that started it ends: an orphan would wait for work
forever.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor

_PR_SET_PDEATHSIG = 1
"""prctl(2)'s option: the signal a process gets when its parent ends (Linux)."""


_fresh_only = False


def spawn_only() -> None:
    """From now on, workers are started fresh, never forked (the daemon calls it once it holds
    its lock)."""
    global _fresh_only
    _fresh_only = True


def pool(workers: int) -> ProcessPoolExecutor:
    """A pool of `workers` processes that die with this one: forked in a process of one
    thread that holds no lock, else started fresh."""
    forkable = not _fresh_only and threading.active_count() == 1 and hasattr(os, "fork")
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("fork" if forkable else "spawn"),
        initializer=die_with_parent,
        initargs=(os.getpid(),),
    )


def die_with_parent(parent: int) -> None:
    """In a worker: end this process as soon as process `parent`, which started it, ends.

    On Linux the kernel sends SIGKILL at once (prctl PR_SET_PDEATHSIG; strictly, when the
    thread that started the worker ends: a pool lives within one call, so in one thread);
    elsewhere a thread looks every half second. Either way the parent may have ended before:
    then end now.
    """
    armed = False
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            armed = libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
        except (OSError, AttributeError):
            armed = False
    if os.getppid() != parent:
        os._exit(1)
    if not armed:
        threading.Thread(target=_orphan_watch, args=(parent,), daemon=True).start()


def _orphan_watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)
