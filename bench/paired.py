"""Two versions of the project timed in turn, for a ratio that survives a drifting machine.

This machine's speed changes by up to 1.8x within minutes, so two versions timed a quarter of
an hour apart tell little. Here each round runs version A, then version B, each in a fresh
process, on the same input, and the ratio of each round (B / A) is kept: a drift slower than
a round moves both sides alike. The order alternates (A B, B A, ...), so neither version always
runs second. The summary is the median of the rounds' ratios, with the
lowest and highest, and the ratio of the summed times.

```
git worktree add /tmp/old 3494a22                     # the version to compare against
.venv/bin/python bench/paired.py /tmp/old . --case 8000 --rounds 10
.venv/bin/python bench/paired.py /tmp/old . --case seeds --rounds 41
```

Cases: ``seeds`` is the whole ``report`` command on the bundled seeds (``python -m compare
report``, the CLI's text report), timed as the process's CPU (user + system) and wall time;
``500``, ``2000``, ``8000`` are the long-document pairs of ``bench/run.py`` (the same
corpus texts and planted pairs), run through each version's ``bench/worker.py compare``, which
times building the documents and comparing them, as ``bench/run.py`` does. Each version runs
with its own tree first on ``PYTHONPATH`` and the interpreter that runs this script.
``--parallel`` lets a version that can read the later document on a second core
(``compare.workers``, as ``compare-news report`` does) do so; the engine alone does not.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
from run import PLANTED  # noqa: E402


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(command: list[str], tree: Path) -> tuple[float, float, str]:
    """One run of ``command`` in ``tree``: CPU seconds, wall seconds and its last line."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as an installed copy runs: bytecode cached
    cpu, wall = _children_cpu(), time.perf_counter()
    done = subprocess.run(command, cwd=tree, env=env, capture_output=True, text=True)
    wall, cpu = time.perf_counter() - wall, _children_cpu() - cpu
    if done.returncode != 0:
        raise SystemExit(f"{tree}: {' '.join(command)} failed:\n{done.stderr[-2000:]}")
    lines = done.stdout.strip().splitlines()
    return cpu, wall, lines[-1] if lines else ""


def _command(case: str, job: Path | None) -> list[str]:
    if case == "seeds":
        return [sys.executable, "-m", "compare", "report", "seeds/pendle-mpacuk.txt",
                "seeds/the-national-mpacuk.txt"]
    return [sys.executable, "bench/worker.py", "compare", str(job)]


def _summary(name: str, a: list[float], b: list[float]) -> str:
    ratios = [y / x for x, y in zip(a, b, strict=True)]
    return (f"{name}: B/A median {statistics.median(ratios):.3f} (lowest {min(ratios):.3f}, "
            f"highest {max(ratios):.3f}); summed {sum(b) / sum(a):.3f}; "
            f"A median {statistics.median(a):.3f} s, B median {statistics.median(b):.3f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("a", type=Path, help="the tree of version A (the one compared against)")
    parser.add_argument("b", type=Path, help="the tree of version B")
    parser.add_argument("--case", default="8000", choices=["seeds", "500", "2000", "8000"])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--parallel", action="store_true",
                        help="long cases: let each version read the later document on a "
                             "second core, as the command line does (compare.workers)")
    args = parser.parse_args(argv)
    trees = [args.a.resolve(), args.b.resolve()]
    with tempfile.TemporaryDirectory(prefix="compare-paired-") as tmp:
        job = None
        if args.case != "seeds":
            a_texts, b_texts = corpus.halves(corpus.load_corpus())
            pair = corpus.long_pair(a_texts, b_texts, int(args.case), PLANTED)
            job = Path(tmp) / "job.json"
            job.write_text(json.dumps({"text_a": pair.text_a, "text_b": pair.text_b,
                                       "planted": pair.planted,
                                       "parallel": args.parallel}), "utf-8")
        command = _command(args.case, job)
        for tree in trees:
            _timed(command, tree)  # warm the caches and write the bytecode
        cpu: list[list[float]] = [[], []]
        wall: list[list[float]] = [[], []]
        inner: list[list[float]] = [[], []]
        for n in range(args.rounds):
            order = (0, 1) if n % 2 == 0 else (1, 0)  # ABBA: neither always runs second
            for side in order:
                tree = trees[side]
                c, w, last = _timed(command, tree)
                cpu[side].append(c)
                wall[side].append(w)
                if job is not None:
                    inner[side].append(json.loads(last)["seconds"])
            print(f"round {n + 1}: A {cpu[0][-1]:.3f} s CPU, B {cpu[1][-1]:.3f} s CPU "
                  f"({cpu[1][-1] / cpu[0][-1]:.3f})", flush=True)
    print(f"case {args.case}, {args.rounds} rounds, A = {trees[0]}, B = {trees[1]}")
    print(_summary("CPU, whole process", cpu[0], cpu[1]))
    print(_summary("wall, whole process", wall[0], wall[1]))
    if job is not None:
        print(_summary("seconds as bench/run.py times them", inner[0], inner[1]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
