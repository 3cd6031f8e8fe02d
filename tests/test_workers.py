"""The second core: the same results as reading the documents in turn, and no hang."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from compare import cli, workers
from compare.engine import build_document, compare_documents
from compare.report.json_format import to_data
from compare.workers import map_documents, set_parallel

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no os.fork on this platform")


def _docs(n: int = 3, sentences: int = 30) -> list:
    return [build_document(f"D{k}", f"D{k}", f"d{k}", " ".join(
        f"Sentence {i} of document {k} says {i * k} things." for i in range(sentences)))
        for k in range(n)]


@pytest.fixture(autouse=True)
def time_limit() -> Iterator[None]:
    """A hung child or parent fails its test instead of stopping the suite."""
    def late(signum: int, frame: object) -> None:
        raise TimeoutError("map_documents hung")

    previous = signal.signal(signal.SIGALRM, late)
    signal.alarm(30)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def forks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Any length and any machine may fork; the list counts the forks made."""
    made: list[int] = []
    real_fork = os.fork

    def counted() -> int:
        made.append(1)
        return real_fork()

    monkeypatch.setattr(workers, "_ENABLED", True)
    monkeypatch.setattr(workers, "MIN_SENTENCES", 1)
    monkeypatch.setattr(workers, "_cores", lambda: 2)
    monkeypatch.setattr(workers, "_alone", lambda: True)  # threads other tests left idle
    monkeypatch.setattr(os, "fork", counted)
    return made


def test_the_later_documents_are_read_in_a_child(forks: list[int]) -> None:
    docs = _docs()
    parent = os.getpid()
    found = map_documents(lambda d: (d.id, os.getpid()), docs)
    assert forks == [1]
    assert [doc_id for doc_id, _ in found] == ["D0", "D1", "D2"]
    assert found[0][1] == parent
    assert found[-1][1] != parent  # the last document was read elsewhere


def test_a_comparison_is_the_same_with_the_child(forks: list[int]) -> None:
    texts = [(SEEDS / name).read_text("utf-8")
             for name in ("the-national-mpacuk.txt", "pendle-mpacuk.txt")]

    def run() -> dict:
        docs = [build_document(k, k, k.lower(), t) for k, t in zip("AB", texts, strict=True)]
        return to_data(compare_documents(docs))

    together = run()
    assert forks == [1]
    previous = set_parallel(False)
    try:
        alone = run()
    finally:
        set_parallel(previous)
    assert forks == [1]  # forbidden: no second fork
    assert together == alone


def test_a_failing_child_leaves_the_work_to_this_process(forks: list[int]) -> None:
    parent = os.getpid()

    def work(doc):
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        return doc.id

    assert map_documents(work, _docs()) == ["D0", "D1", "D2"]
    assert forks == [1]


def test_an_error_here_ends_the_child_and_is_raised(forks: list[int]) -> None:
    """The child's results fill more than a pipe holds: with nobody reading them, it must
    still end, and this process must not wait for it forever."""
    parent = os.getpid()

    def work(doc):
        if os.getpid() == parent:
            raise ValueError("this process fails")
        return "x" * 1_000_000

    with pytest.raises(ValueError, match="this process fails"):
        map_documents(work, _docs())
    assert forks == [1]


def test_no_child_while_another_thread_runs(monkeypatch: pytest.MonkeyPatch,
                                            forks: list[int]) -> None:
    monkeypatch.setattr(workers, "_alone", lambda: threading.active_count() == 1)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert map_documents(lambda d: d.id, _docs()) == ["D0", "D1", "D2"]
    finally:
        stop.set()
        other.join()
    assert forks == []


def test_no_child_for_short_documents_or_one_core(monkeypatch: pytest.MonkeyPatch,
                                                  forks: list[int]) -> None:
    monkeypatch.setattr(workers, "MIN_SENTENCES", 1000)
    assert map_documents(lambda d: d.id, _docs()) == ["D0", "D1", "D2"]
    monkeypatch.setattr(workers, "MIN_SENTENCES", 1)
    monkeypatch.setattr(workers, "_cores", lambda: 1)
    assert map_documents(lambda d: d.id, _docs()) == ["D0", "D1", "D2"]
    assert map_documents(lambda d: d.id, _docs(n=1)) == ["D0"]
    assert forks == []


def test_the_split_gives_the_child_about_half_the_sentences() -> None:
    assert workers._split(_docs(2)) == 1
    assert workers._split(_docs(4)) == 2
    uneven = [*_docs(1, sentences=90), *_docs(2, sentences=30)]
    assert workers._split(uneven) == 1


def test_a_library_call_forks_only_when_asked(monkeypatch: pytest.MonkeyPatch,
                                              forks: list[int]) -> None:
    monkeypatch.setattr(workers, "_ENABLED", False)  # as imported
    assert map_documents(lambda d: d.id, _docs()) == ["D0", "D1", "D2"]
    assert forks == []
    with workers.parallel():
        assert map_documents(lambda d: d.id, _docs()) == ["D0", "D1", "D2"]
    assert forks == [1]
    assert workers._ENABLED is False  # restored


def test_the_report_command_reads_on_two_cores(monkeypatch: pytest.MonkeyPatch,
                                               forks: list[int],
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(workers, "_ENABLED", False)
    seeds = [str(SEEDS / "the-national-mpacuk.txt"), str(SEEDS / "pendle-mpacuk.txt")]
    assert cli.main(["report", *seeds, "--format", "json"]) == 0
    together = capsys.readouterr().out
    assert forks == [1]
    monkeypatch.setattr(workers, "_cores", lambda: 1)
    assert cli.main(["report", *seeds, "--format", "json"]) == 0
    assert forks == [1]
    assert capsys.readouterr().out == together


def test_an_interrupt_here_kills_the_child_at_once(monkeypatch: pytest.MonkeyPatch,
                                                   forks: list[int]) -> None:
    """This process fails while the child is still reading: it does not wait for it."""
    parent = os.getpid()
    children: list[int] = []
    counted_fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: children.append(pid := counted_fork()) or pid)

    def work(doc):
        if os.getpid() != parent:
            time.sleep(20)
            return doc.id
        raise KeyboardInterrupt

    began = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        map_documents(work, _docs())
    assert time.monotonic() - began < 5
    assert len(children) == 1
    with pytest.raises(ChildProcessError):
        os.waitpid(children[0], os.WNOHANG)  # reaped: no child left behind, not even a zombie


def test_a_stuck_child_is_killed_and_its_share_read_here(monkeypatch: pytest.MonkeyPatch,
                                                         forks: list[int]) -> None:
    monkeypatch.setattr(workers, "CHILD_GRACE", 0.5)
    parent = os.getpid()

    def work(doc):
        if os.getpid() != parent:
            time.sleep(20)  # as a child stuck on a lock would
        return doc.id

    began = time.monotonic()
    assert map_documents(work, _docs()) == ["D0", "D1", "D2"]
    assert time.monotonic() - began < 5
    assert forks == [1]


def test_a_host_that_ignores_sigchld(forks: list[int]) -> None:
    previous = signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    try:
        assert map_documents(lambda d: d.id, _docs()) == ["D0", "D1", "D2"]
    finally:
        signal.signal(signal.SIGCHLD, previous)
    assert forks == [1]


def test_the_shortest_documents_that_fork(monkeypatch: pytest.MonkeyPatch,
                                          forks: list[int]) -> None:
    monkeypatch.undo()  # the real MIN_SENTENCES
    monkeypatch.setattr(workers, "_ENABLED", True)
    monkeypatch.setattr(workers, "_cores", lambda: 2)
    monkeypatch.setattr(workers, "_alone", lambda: True)
    made: list[int] = []
    real_fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: made.append(1) or real_fork())
    half = workers.MIN_SENTENCES // 2
    assert map_documents(lambda d: len(d.sentences), _docs(2, half - 1)) == [half - 1] * 2
    assert made == []
    assert map_documents(lambda d: len(d.sentences), _docs(2, half)) == [half] * 2
    assert made == [1]
