"""Per-document work on a second core: long documents are read side by side, not in turn.

Most of a comparison's time goes to reading each document on its own (names, numbers,
words, phrases, quotations), and those readings do not depend on one another. When the
documents are long enough to repay it (``MIN_SENTENCES``), ``map_documents`` forks one
child process that reads the later documents while this process reads the earlier ones, and
takes the child's results back through a pipe. The result is the list ``[work(d) for d in
documents]`` would give, in the same order, and it is that list, computed here, whenever a
child is not worth it or not safe: one core, no ``fork``, other threads running (a TUI),
short documents, or a child that fails.

A library call never forks unless asked (``parallel``): a process that embeds the engine
decides how it uses its cores. The command line asks, for ``report`` and ``view``.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import TypeVar

from .model import Document

T = TypeVar("T")

MIN_SENTENCES = 600
"""Documents with fewer sentences than this in all are read in this process: below it the
fork and the pickled results cost about what the second core saves (``bench/``)."""

_ENABLED = False


def set_parallel(enabled: bool) -> bool:
    """Allow or forbid the child process (a batch whose workers already fill the cores
    forbids it); returns the previous setting."""
    global _ENABLED
    previous, _ENABLED = _ENABLED, enabled
    return previous


@contextmanager
def parallel(enabled: bool = True) -> Iterator[None]:
    """``set_parallel`` for a block, the previous setting restored after it."""
    previous = set_parallel(enabled)
    try:
        yield
    finally:
        set_parallel(previous)


def _cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _alone() -> bool:
    """No other thread runs: a fork copies none, and a lock one of them held stays held."""
    return threading.active_count() == 1


def _may_fork(documents: Sequence[Document]) -> bool:
    return (
        _ENABLED
        and len(documents) > 1
        and hasattr(os, "fork")
        and sys.platform != "darwin"  # forking a process that loaded system frameworks aborts
        and _alone()
        and sum(len(d.sentences) for d in documents) >= MIN_SENTENCES
        and _cores() > 1
    )


def _split(documents: Sequence[Document]) -> int:
    """Where the child's share begins: the documents after it hold about half the
    sentences."""
    total = sum(len(d.sentences) for d in documents)
    done = 0
    for k, doc in enumerate(documents):
        if done and done + len(doc.sentences) / 2 > total / 2:
            return k
        done += len(doc.sentences)
    return len(documents) - 1


def map_documents(work: Callable[[Document], T], documents: Sequence[Document]) -> list[T]:
    """``[work(d) for d in documents]``, the later documents read in a forked child when
    that is worth it and safe. ``work`` must be pure: its results are pickled back."""
    if not _may_fork(documents):
        return [work(d) for d in documents]
    cut = _split(documents)
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return [work(d) for d in documents]
    if pid == 0:  # the child: read its share, send it, and leave without any clean-up
        _child(work, documents[cut:], read_end, write_end)
    done = False
    try:
        os.close(write_end)
        began = time.monotonic()
        mine = [work(d) for d in documents[:cut]]
        now = time.monotonic()
        payload = _receive(read_end, deadline=now + _patience(now - began))
        done = True
    finally:
        os.close(read_end)
        status = _reap(pid, kill=not done or payload is None)
    if status != 0 or not payload:
        return mine + [work(d) for d in documents[cut:]]
    return mine + pickle.loads(payload)


def _child(work: Callable[[Document], T], documents: Sequence[Document], read_end: int,
           write_end: int) -> None:
    """Read ``documents``, write the pickled results and leave at once: no ``atexit``, no
    second flush of the parent's buffered output, whatever happens."""
    status = 1
    try:
        os.close(read_end)
        payload = pickle.dumps([work(d) for d in documents], pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(payload)
        status = 0
    finally:
        os._exit(status)


CHILD_PATIENCE = 4.0
"""How many times this process's own reading time (plus ``CHILD_GRACE`` seconds) the child
may take beyond it: it reads about as much, so a child that takes far longer is stuck (on a
lock a thread of the parent held at the fork) and is killed, its share read here."""
CHILD_GRACE = 10.0


def _patience(own_seconds: float) -> float:
    return CHILD_PATIENCE * own_seconds + CHILD_GRACE


def _receive(read_end: int, deadline: float) -> bytes | None:
    """All the child writes, or None if it is not done by ``deadline`` (``time.monotonic``).
    ``poll``, not ``select``: a host may hold more than ``select``'s 1,024 descriptors."""
    chunks = []
    waiting = select.poll()
    waiting.register(read_end, select.POLLIN)
    while True:
        left = deadline - time.monotonic()
        if left <= 0 or not waiting.poll(left * 1000):
            return None
        chunk = os.read(read_end, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _reap(pid: int, *, kill: bool) -> int:
    """Wait for the child (killed first when its results are not wanted, or late) and give
    its exit status; a status of 1 when it cannot be waited for (SIGCHLD ignored)."""
    if kill:
        with suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    try:
        return os.waitpid(pid, 0)[1]
    except ChildProcessError:  # the host ignores SIGCHLD: the child was reaped already
        return 1
