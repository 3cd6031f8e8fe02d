"""TUI benchmark: the pair view on two long documents, or the coverage view on many reports.

    .venv/bin/python bench/tui.py [--sentences 5000] [--presses 5]    the pair view
    .venv/bin/python bench/tui.py --story [--texts N]                  the coverage view

Pair view: builds two documents of ``--sentences`` sentences from the corpus (timed apart, it is
the engine's cost), then drives the app through Textual's ``App.run_test()``: the time from
entering ``run_test`` until the app is mounted and idle, and for each key the time of
``await pilot.press(key)`` plus ``await pilot.pause()``. The pilot's own cost is measured apart
(a pause alone; an unbound key pressed the same way), and the time from the press to the first
frame painted after it is reported too (the app's answer, free of the pilot's 20 ms idle
polling); then every key of the view once, with the first and the last frame it caused.
Writes bench/tui-results.json.

Coverage view (``--story``): all texts of the corpus's largest story (39), or with ``--texts N``
the largest stories joined until N texts; times the engine, the text report (the whole
``compare-news report`` process too), the view opening on the coverage table, and every key of
the table, Enter (the pair view at a fact) and ``b`` (back) included.
Writes bench/tui-coverage-results.json (``--texts``: bench/tui-coverage-N-results.json).

Targets (2 cores): pair view opens < 2 s, key press < 100 ms; one story's texts: report < 2 s,
view opens < 2 s, each key < 100 ms; 200 texts < 15 s. When the TUI is missing or fails, says
so and exits 1.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
from run import machine  # noqa: E402

KEYS = ("down", "n")
UNBOUND = "f19"
TARGET_OPEN_S = 2.0
TARGET_KEY_S = 0.1
TARGET_REPORT_S = 2.0
TARGET_MANY_S = 15.0

PAIR_SWEEP = (
    "down", "j", "n", "p", "tab", "k", "u", "c", "d", "pagedown", "end", "home", "m", "down",
    "tab", "m", "f", "2", "f", "slash", "w", "a", "enter", "escape",
)
"""Every key of the pair view once (search typed as 'wa'), for the first and last frame."""
COVERAGE_SWEEP = (
    "down", "j", "right", "l", "left", "pagedown", "end", "home", "up", "2", "3", "4", "1",
    "t", "t", "s", "s", "space", "right", "enter", "b", "down", "enter", "escape",
)
"""Every key of the coverage table once; Enter opens the pair view, b and Escape come back."""


def frame_timer(app) -> list[float]:  # type: ignore[no-untyped-def]
    """Times of painted frames, appended as they happen (App._display is private, but every
    frame goes through it; without it only press + pause can be reported)."""
    frames: list[float] = []
    display = getattr(app, "_display", None)
    if display is not None:
        def timed_display(*args, **kwargs):  # type: ignore[no-untyped-def]
            out = display(*args, **kwargs)
            frames.append(time.perf_counter())
            return out

        app._display = timed_display  # type: ignore[method-assign]
    return frames


async def sweep(pilot, frames: list[float], keys: tuple[str, ...]) -> dict:  # type: ignore[no-untyped-def]
    """For each key: the time from the press to the first frame after it (the move shown) and
    to the last one it caused (a follow-up scroll or restyle), and the CPU time the process
    spent from the press to idle (the app's own cost, pilot included, whatever the machine's
    load); the worst of repeated keys."""
    first: dict[str, list[float]] = {}
    last: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    for key in keys:
        frames.clear()
        pressed, used = time.perf_counter(), time.process_time()
        await pilot.press(key)
        await pilot.pause()
        cpu.setdefault(key, []).append(time.process_time() - used)
        shown = [t - pressed for t in frames] or [0.0]
        first.setdefault(key, []).append(shown[0])
        last.setdefault(key, []).append(shown[-1])
    medians = {key: statistics.median(v) for key, v in first.items()}
    cpu_medians = {key: statistics.median(v) for key, v in cpu.items()}
    return {
        "first_frame_max_s": max(max(v) for v in first.values()),
        "first_frame_median_s": statistics.median(medians.values()),
        "last_frame_max_s": max(max(v) for v in last.values()),
        "cpu_median_s": statistics.median(cpu_medians.values()),
        "cpu_max_s": max(max(v) for v in cpu.values()),
        "first_frame_s": medians,
        "last_frame_s": {key: max(v) for key, v in last.items()},
        "cpu_s": cpu_medians,
        "first_frame_worst_s": {key: max(v) for key, v in first.items()},
        "cpu_worst_s": {key: max(v) for key, v in cpu.items()},
        "presses": {key: len(v) for key, v in cpu.items()},
    }


async def drive(comparison, presses: int) -> dict:  # type: ignore[no-untyped-def]
    from compare.tui.app import CompareApp

    app = CompareApp(comparison, recompute=None,
                     report_path=Path(tempfile.gettempdir()) / "bench.compare.txt")
    frames = frame_timer(app)
    started = time.perf_counter()
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        opened = time.perf_counter() - started
        idle = []
        for _ in range(3):
            t = time.perf_counter()
            await pilot.pause()
            idle.append(time.perf_counter() - t)
        # the pilot's own cost: a key no binding uses, pressed the same way
        unbound = []
        for _ in range(presses):
            t = time.perf_counter()
            await pilot.press(UNBOUND)
            await pilot.pause()
            unbound.append(time.perf_counter() - t)
        keys: dict[str, list[float]] = {k: [] for k in KEYS}
        first_frame: dict[str, list[float]] = {k: [] for k in KEYS}
        for _ in range(presses):
            for key in KEYS:
                frames.clear()
                t = time.perf_counter()
                await pilot.press(key)
                await pilot.pause()
                keys[key].append(time.perf_counter() - t)
                if frames:
                    first_frame[key].append(frames[0] - t)
        every_key = await sweep(pilot, frames, PAIR_SWEEP)
    return {
        "open_s": opened,
        "pause_alone_s": statistics.median(idle),
        "unbound_key_s": statistics.median(unbound),
        "keys": {
            k: {
                "median_s": statistics.median(v),
                "max_s": max(v),
                "runs": len(v),
                "first_frame_median_s": (
                    statistics.median(first_frame[k]) if first_frame[k] else None
                ),
                "first_frame_max_s": max(first_frame[k]) if first_frame[k] else None,
            }
            for k, v in keys.items()
        },
        "every_key": every_key,
    }


async def drive_coverage(comparison, repeat: int = 1) -> dict:  # type: ignore[no-untyped-def]
    """Open the view on the coverage table (the first screen with 3+ documents), then sweep
    (``repeat`` times: each key's figures are then its medians, and its worst)."""
    from compare.tui.app import CompareApp
    from compare.tui.coverage_screen import CoverageScreen

    app = CompareApp(comparison, report_path=Path(tempfile.gettempdir()) / "bench.compare.txt")
    frames = frame_timer(app)
    started, used = time.perf_counter(), time.process_time()
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        opened, open_cpu = time.perf_counter() - started, time.process_time() - used
        first_frame = frames[0] - started if frames else None
        if not isinstance(app.screen, CoverageScreen):
            raise RuntimeError("the view did not open on the coverage table")
        every_key = await sweep(pilot, frames, COVERAGE_SWEEP * repeat)
    return {"open_s": opened, "open_cpu_s": open_cpu, "open_first_frame_s": first_frame,
            "every_key": every_key}


def story_texts(rows: list[dict], count: int | None) -> list[tuple[str, str]]:
    """All texts of the largest story, or of the largest stories joined until ``count``."""
    sizes = Counter(r["topic"] for r in rows)
    order = sorted(sizes, key=lambda t: (-sizes[t], t))
    picked: list[dict] = []
    for topic in order:
        picked += [r for r in rows if r["topic"] == topic]
        if count is None or len(picked) >= count:
            break
    picked = picked[:count] if count is not None else picked
    return [(r["doc"], corpus.clean_text(r["text"])) for r in picked]


def report_process_s(texts: list[tuple[str, str]], runs: int = 3) -> float:
    """Median wall time of the whole ``python -m compare report`` process on the texts."""
    with tempfile.TemporaryDirectory() as folder:
        files = []
        for name, text in texts:
            path = Path(folder) / f"{name}.txt"
            path.write_text(text, encoding="utf-8")
            files.append(str(path))
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "compare", "report", *files], check=True,
                           stdout=subprocess.DEVNULL, cwd=HERE.parent)
            times.append(time.perf_counter() - t)
    return statistics.median(times)


def coverage_main(args: argparse.Namespace) -> int:
    from compare.cli import _doc_id
    from compare.engine import build_document, compare_documents
    from compare.report.text import render

    texts = story_texts(corpus.load_corpus(), args.texts)
    t = time.perf_counter()
    docs = [build_document(_doc_id(i), name, name, text)
            for i, (name, text) in enumerate(texts)]
    comparison = compare_documents(docs)
    engine_s = time.perf_counter() - t
    t = time.perf_counter()
    report = render(comparison)
    render_s = time.perf_counter() - t
    result: dict = {
        "machine": machine(),
        "texts": len(docs),
        "sentences": sum(len(d.sentences) for d in docs),
        "facts": len(comparison.facts),
        "alignments": len(comparison.alignments),
        "report_lines": report.count("\n"),
        "engine_s": engine_s,
        "text_report_render_s": render_s,
    }
    result["report_process_s"] = report_process_s(texts, 1 if args.texts else 3)
    try:
        result.update(asyncio.run(drive_coverage(comparison, args.repeat)))
    except Exception:
        result["error"] = "TUI failed while driven by run_test():\n" + traceback.format_exc()
    name = f"tui-coverage-{args.texts}-results.json" if args.texts else "tui-coverage-results.json"
    out = Path(args.out or HERE / name)
    out.write_text(json.dumps(result, indent=2) + "\n", "utf-8")
    m = result["machine"]
    print(f"TUI coverage benchmark: {m['cpu']}, {m['cores']} cores, Python {m['python']}")
    print(f"{result['texts']} texts, {result['sentences']} sentences, {result['facts']} facts, "
          f"{result['alignments']} aligned pairs")
    target = TARGET_MANY_S if args.texts else TARGET_REPORT_S
    whole = result["report_process_s"]
    print(f"engine {engine_s:.2f} s; text report rendered in {render_s:.2f} s "
          f"({result['report_lines']} lines); whole report process {whole:.2f} s "
          f"[target < {target:.0f} s: {'met' if whole < target else 'MISSED'}]")
    if "error" in result:
        print(result["error"])
        return 1
    opened = result["open_s"]
    print(f"view opens on the coverage table (run_test until mounted and idle): {opened:.2f} s, "
          f"{result['open_cpu_s']:.2f} s of CPU "
          f"[target < {TARGET_OPEN_S:.0f} s: {'met' if opened < TARGET_OPEN_S else 'MISSED'}]")
    keys = result["every_key"]
    worst = keys["first_frame_max_s"]
    print(f"keys ({len(COVERAGE_SWEEP)} presses, {args.repeat} times; per key its median): "
          "first frame median "
          f"{keys['first_frame_median_s'] * 1000:.0f} ms, worst {worst * 1000:.0f} ms "
          f"[target < 100 ms: {'met' if worst < TARGET_KEY_S else 'MISSED'}]; CPU median "
          f"{keys['cpu_median_s'] * 1000:.0f} ms, worst {keys['cpu_max_s'] * 1000:.0f} ms")
    for key, value in keys["first_frame_s"].items():
        worst, last = keys["first_frame_worst_s"][key], keys["last_frame_s"][key]
        print(f"    {key}: {value * 1000:.0f} ms (worst {worst * 1000:.0f} ms; last frame "
              f"{last * 1000:.0f} ms; CPU {keys['cpu_s'][key] * 1000:.0f} ms, worst "
              f"{keys['cpu_worst_s'][key] * 1000:.0f} ms; {keys['presses'][key]} presses)")
    print(f"written: {out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, default=5000)
    parser.add_argument("--presses", type=int, default=5, help="presses of each key")
    parser.add_argument("--story", action="store_true",
                        help="the coverage view on all texts of the largest story")
    parser.add_argument("--texts", type=int, default=None,
                        help="with --story: the largest stories joined until this many texts")
    parser.add_argument("--repeat", type=int, default=1,
                        help="with --story: run the sweep of keys this many times (medians)")
    parser.add_argument("--out", default=None)
    args = parser.parse_args(argv)
    if args.story:
        return coverage_main(args)

    from compare.engine import build_document, compare_documents

    rows = corpus.load_corpus()
    a, b = corpus.halves(rows)
    pair = corpus.long_pair(a, b, args.sentences)
    t = time.perf_counter()
    docs = [build_document("A", "A", "a", pair.text_a), build_document("B", "B", "b", pair.text_b)]
    comparison = compare_documents(docs)
    engine_s = time.perf_counter() - t
    result: dict = {
        "machine": machine(),
        "sentences": [len(d.sentences) for d in docs],
        "engine_s": engine_s,
    }
    out = Path(args.out or HERE / "tui-results.json")
    try:
        import compare.tui.app  # noqa: F401
    except Exception as err:
        result["error"] = f"TUI not available: cannot import compare.tui.app ({err!r})"
    else:
        try:
            result.update(asyncio.run(drive(comparison, args.presses)))
        except Exception:
            result["error"] = "TUI failed while driven by run_test():\n" + traceback.format_exc()

    out.write_text(json.dumps(result, indent=2) + "\n", "utf-8")
    m = result["machine"]
    print(f"TUI benchmark: {m['cpu']}, {m['cores']} cores, Python {m['python']}")
    print(f"documents: {result['sentences']} sentences; engine (not counted below): "
          f"{engine_s:.2f} s")
    if "error" in result:
        print(result["error"])
        return 1
    ok_open = result["open_s"] < TARGET_OPEN_S
    print(f"open (run_test until mounted and idle): {result['open_s']:.2f} s "
          f"[target < {TARGET_OPEN_S:.0f} s: {'met' if ok_open else 'MISSED'}]")
    base = result["unbound_key_s"]
    print(f"pilot overhead: pause alone {result['pause_alone_s'] * 1000:.0f} ms; an unbound key "
          f"({UNBOUND}) pressed + pause {base * 1000:.0f} ms (the harness, not the app)")
    for key, k in result["keys"].items():
        net = k["median_s"] - base
        k["net_median_s"] = net
        ok = k["median_s"] < TARGET_KEY_S
        print(f"key {key!r}: press + pause median {k['median_s'] * 1000:.0f} ms (max "
              f"{k['max_s'] * 1000:.0f} ms over {k['runs']}), {net * 1000:.0f} ms more than the "
              f"unbound key [target < 100 ms press + pause: {'met' if ok else 'MISSED'}]")
        if k["first_frame_median_s"] is not None:
            print(f"    first frame painted after the press: median "
                  f"{k['first_frame_median_s'] * 1000:.0f} ms, max "
                  f"{k['first_frame_max_s'] * 1000:.0f} ms")
    every = result["every_key"]
    print(f"every key of the view once: first frame median "
          f"{every['first_frame_median_s'] * 1000:.0f} ms, worst "
          f"{every['first_frame_max_s'] * 1000:.0f} ms")
    out.write_text(json.dumps(result, indent=2) + "\n", "utf-8")
    print(f"written: {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
