"""Timing check for the TUI on a long synthetic pair (a script, not a test).

Run ``python -m compare.tui.bench [--corpus PATH] [--sentences N]``. It joins the ECB+ texts of
half the topics into one article and the other half into another, cuts both to N sentences,
compares them (cached in the temp folder, since the engine takes seconds), then measures how long
the app takes to show its first screen and how long key presses take to answer.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import pickle
import tempfile
import time
from pathlib import Path

from ..engine import build_document, compare_documents
from ..model import Comparison

CORPUS = Path("/work/shared/bench/ecbplus-news.jsonl")
KEYS = (
    "down", "j", "n", "p", "tab", "k", "u", "c", "d", "pagedown", "end", "home", "m", "down",
    "tab", "m", "f", "2", "f", "slash", "w", "a", "enter", "escape",
)


def long_pair(corpus: Path = CORPUS, sentences: int = 5000) -> Comparison:
    """Two articles of ``sentences`` sentences from disjoint topics, compared.

    The comparison is cached in the temp folder, keyed by the corpus and the engine's files.
    """
    engine_files = sorted(Path(__file__).resolve().parents[1].glob("*.py"))
    stamps = ",".join(str(f.stat().st_mtime_ns) for f in [corpus, *engine_files])
    key = hashlib.sha1(f"{corpus}:{sentences}:{stamps}".encode()).hexdigest()
    cache = Path(tempfile.gettempdir()) / f"compare-tui-bench-{key[:12]}.pickle"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    rows = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line]
    topics = sorted({row["topic"] for row in rows})
    halves = (set(topics[::2]), set(topics[1::2]))
    docs = []
    for doc_id, half in zip("AB", halves, strict=True):
        text = "\n\n".join(row["text"].strip() for row in rows if row["topic"] in half)
        doc = build_document(doc_id, f"ecbplus-{doc_id.lower()}", str(corpus), text)
        if len(doc.sentences) > sentences:
            text = text[: doc.sentences[sentences - 1][1]]
            doc = build_document(doc_id, doc.label, doc.source, text)
        docs.append(doc)
    comparison = compare_documents(docs)
    cache.write_bytes(pickle.dumps(comparison))
    return comparison


async def measure(comparison: Comparison, size: tuple[int, int] = (160, 48)) -> dict[str, float]:
    """Seconds to the first painted screen, and how long key presses take to show.

    For each key: the time from the press to the first screen update after it (the update that
    shows the move) and to the last one it caused (a follow-up scroll or a deferred restyle).
    Frames are timed by wrapping ``App._display`` (private, but every frame passes through it),
    since ``Pilot.pause`` itself waits about 100 ms for the app to go idle.
    """
    from .app import CompareApp

    app = CompareApp(comparison, report_path=Path(tempfile.gettempdir()) / "bench.compare.txt")
    frames: list[float] = []
    display = app._display

    def timed_display(screen, renderable):  # type: ignore[no-untyped-def]
        display(screen, renderable)
        frames.append(time.perf_counter())

    app._display = timed_display  # type: ignore[method-assign]
    started = time.perf_counter()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        opened = frames[-1] - started if frames else time.perf_counter() - started
        first: dict[str, float] = {}
        last: dict[str, float] = {}
        for key in KEYS:
            frames.clear()
            pressed = time.perf_counter()
            await pilot.press(key)
            await pilot.pause()
            shown = [t - pressed for t in frames] or [0.0]
            first[key] = max(first.get(key, 0.0), shown[0])
            last[key] = max(last.get(key, 0.0), shown[-1])
    return {
        "open_s": opened,
        "key_first_frame_max_s": max(first.values()),
        "key_first_frame_mean_s": sum(first.values()) / len(first),
        "key_last_frame_max_s": max(last.values()),
        **{f"key[{key}]_s": first[key] for key in first},
        **{f"key[{key}]_last_s": last[key] for key in last},
    }


def main() -> None:
    """Build (or load) the long pair and print the timings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--sentences", type=int, default=5000)
    args = parser.parse_args()
    comparison = long_pair(args.corpus, args.sentences)
    sizes = [len(d.sentences) for d in comparison.documents]
    print(f"sentences {sizes}, facts {len(comparison.facts)}, pairs {len(comparison.alignments)}")
    for name, value in asyncio.run(measure(comparison)).items():
        print(f"{name}: {value * 1000:.0f} ms")


if __name__ == "__main__":
    main()
