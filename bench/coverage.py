"""Coverage report benchmark: the whole ``compare-news report`` process on many texts of a story.

    .venv/bin/python bench/coverage.py                       one story (39 texts) and 200 texts
    .venv/bin/python bench/coverage.py --texts 39 --runs 5   one size, more runs
    .venv/bin/python bench/coverage.py --keep DIR            also keep the input files in DIR

``--texts N`` takes the largest stories of ``../shared/bench/ecbplus-news.jsonl`` in turn (most
texts first) until N texts (39 is the largest story alone; 200 joins seven stories), writes
each text as a file and times ``python -m compare report FILES...`` as a whole process: wall
seconds and CPU seconds (user + sys of the child, which other work on a shared machine does
not inflate), median of ``--runs``. It prints the SHA-256 of the report, so two versions of the
code can be checked for the same bytes. Targets: one story < 2 s, 200 texts < 15 s, judged on
the CPU seconds (on a shared machine the wall time says as much about the others' work).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
from tui import story_texts  # noqa: E402

TARGETS = {39: 2.0, 200: 15.0}


def write_texts(folder: Path, texts: list[tuple[str, str]]) -> list[str]:
    """One file a text, named by its corpus name; the paths in order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in texts:
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def time_report(paths: list[str], fmt: str) -> tuple[float, float, str]:
    """Wall seconds, child CPU seconds and the SHA-256 of one report process."""
    before = os.times()
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "compare", "report", "-f", fmt, *paths],
                          check=True, capture_output=True, cwd=HERE.parent)
    wall = time.perf_counter() - t
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system)
    return wall, cpu, hashlib.sha256(done.stdout).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=int, action="append",
                        help="texts to join (repeatable; default 39 and 200)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each size (median)")
    parser.add_argument("--format", default="text", choices=("text", "markdown", "json"))
    parser.add_argument("--keep", default=None, help="write the input files here and keep them")
    args = parser.parse_args(argv)
    rows = corpus.load_corpus()
    print(f"load average {os.getloadavg()[0]:.1f} at the start")
    missed = False
    for count in args.texts or (39, 200):
        texts = story_texts(rows, count)
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(args.keep) / f"texts-{count}" if args.keep else Path(scratch)
            paths = write_texts(folder, texts)
            runs = [time_report(paths, args.format) for _ in range(args.runs)]
        wall = statistics.median(r[0] for r in runs)
        cpu = statistics.median(r[1] for r in runs)
        digests = sorted({r[2] for r in runs})
        target = TARGETS.get(count)
        verdict = ""
        if target is not None:
            met = cpu < target
            missed |= not met
            verdict = f" [target < {target:.0f} s: {'met' if met else 'MISSED'}]"
        print(f"{len(texts)} texts, report -f {args.format}, whole process, median of "
              f"{args.runs}: wall {wall:.2f} s (min {min(r[0] for r in runs):.2f}, max "
              f"{max(r[0] for r in runs):.2f}), CPU {cpu:.2f} s{verdict}")
        print(f"    output sha256 {' '.join(d[:16] for d in digests)}"
              + ("" if len(digests) == 1 else "  (runs DIFFER)"))
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
