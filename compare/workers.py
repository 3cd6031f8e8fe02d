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
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
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
        status = 1
        try:
            os.close(read_end)
            payload = pickle.dumps([work(d) for d in documents[cut:]], pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(payload)
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    pipe = os.fdopen(read_end, "rb")
    try:
        mine = [work(d) for d in documents[:cut]]
        payload = pipe.read()
    finally:
        pipe.close()  # on an error here, the child's write fails and it leaves
        _, status = os.waitpid(pid, 0)
    if status != 0 or not payload:
        return mine + [work(d) for d in documents[cut:]]
    return mine + pickle.loads(payload)
