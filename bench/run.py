"""compare-news benchmarks: latency, long documents, many reports, all-pairs baselines.

    .venv/bin/python bench/run.py            # full run (a few minutes)
    .venv/bin/python bench/run.py --quick    # short run (about half a minute)

Reads the ECB+ news corpus from ../shared/bench/ecbplus-news.jsonl at run time (never copied
into the project), prints a table and writes it as JSON to bench/results.json, with the
machine. Every measurement runs in its own process (bench/worker.py), so its peak RSS is its
own and imports are counted where they matter.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
import pathological  # noqa: E402

SEEDS = ["seeds/the-national-mpacuk.txt", "seeds/pendle-mpacuk.txt"]
PLANTED = 200
TARGETS = {
    "latency_s": 0.3,
    "long_8000_s": 5.0,
    "long_8000_rss_mb": 1024,
    "growth_time_per_4x": 5.0,
    "planted_recall": 0.95,
    "speedup_vs_cdist_8000": 10.0,
    "many_reports_s": 10.0,
}


# --- machine ------------------------------------------------------------------------------

def machine() -> dict:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    versions = {}
    for name in ("numpy", "rapidfuzz"):
        try:
            from importlib.metadata import version

            versions[name] = version(name)
        except Exception:  # pragma: no cover - informational only
            versions[name] = "?"
    return {
        "cpu": model,
        "cores": usable,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "system": f"{platform.system()} {platform.release()}",
        **versions,
    }


# --- helpers ------------------------------------------------------------------------------

def worker(kind: str, job: dict, tmp: Path) -> dict:
    path = tmp / f"{kind}-{time.monotonic_ns()}.json"
    path.write_text(json.dumps(job), "utf-8")
    done = subprocess.run(
        [sys.executable, str(HERE / "worker.py"), kind, str(path)],
        capture_output=True, text=True, cwd=ROOT,
    )
    path.unlink()
    if done.returncode != 0:
        raise SystemExit(f"bench worker {kind} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def cli_command() -> tuple[list[str], str]:
    """The seeds report through the CLI, or the same work in a one-liner while there is none."""
    if (ROOT / "compare" / "__main__.py").exists() and (ROOT / "compare" / "cli.py").exists():
        return [sys.executable, "-m", "compare", "report", *SEEDS], "python -m compare report"
    code = (
        "import sys; from compare.engine import build_document, compare_documents;"
        "from compare.reading import clean_text; from compare.report.json_format import render;"
        f"docs=[build_document(i,p,p,clean_text(open(p).read())) for i,p in zip('AB',{SEEDS!r})];"
        "sys.stdout.write(render(compare_documents(docs)))"
    )
    return [sys.executable, "-c", code], "python -c (engine + JSON, no CLI yet)"


def _timed_runs(command: list[str], how: str, runs: int, env: dict[str, str]) -> list[float]:
    subprocess.run(command, cwd=ROOT, capture_output=True, env=env)  # warm the caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(command, cwd=ROOT, capture_output=True, env=env)
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            raise SystemExit(f"seeds report failed ({how}):\n{done.stderr.decode()}")
    return times


def latency(runs: int) -> dict:
    """Whole-process time as a user sees it: Python's bytecode cached, as it is once the
    package has run (or was installed) once. Also timed, as a bound: every module compiled
    from source on each run, the standard library, numpy and rapidfuzz included (an empty
    PYTHONPYCACHEPREFIX); a sandbox that only sets PYTHONDONTWRITEBYTECODE still reads the
    caches that exist, so it pays less than this."""
    command, how = cli_command()
    env = pathological.cached_env()
    times = _timed_runs(command, how, runs, env)
    with tempfile.TemporaryDirectory() as empty:
        uncached = _timed_runs(command, how, runs, dict(
            env, PYTHONDONTWRITEBYTECODE="1", PYTHONPYCACHEPREFIX=empty))
    imports = subprocess.run(
        [command[0], "-X", "importtime", *command[1:]], cwd=ROOT, capture_output=True, text=True
    ).stderr
    modules = [line.split("|")[-1].strip() for line in imports.splitlines() if "|" in line]
    return {
        "command": how,
        "runs": runs,
        "median_s": statistics.median(times),
        "min_s": min(times),
        "max_s": max(times),
        "uncached_median_s": statistics.median(uncached),
        "textual_imported": any(m == "textual" or m.startswith("textual.") for m in modules),
    }


def fmt_s(seconds: float) -> str:
    if seconds >= 100:
        return f"{seconds:,.0f}"
    if seconds >= 10:
        return f"{seconds:.1f}"
    return f"{seconds:.2f}"


def pct(hits: int, total: int) -> str:
    return f"{100 * hits / total:.1f}%" if total else "-"


# --- the run ------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="short run: fewer latency runs, baselines at 8,000 extrapolated")
    parser.add_argument("--sizes", default="500,2000,8000",
                        help="sentences per side of the long documents (default 500,2000,8000)")
    parser.add_argument("--out", default=str(HERE / "results.json"), help="JSON results file")
    parser.add_argument("--corpus", default=str(corpus.CORPUS), help="ecbplus-news.jsonl")
    args = parser.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    rows = corpus.load_corpus(Path(args.corpus))

    results: dict = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "mode": "quick" if args.quick else "full",
        "machine": machine(),
        "corpus": {"path": str(Path(args.corpus)), "texts": len(rows),
                   "stories": len({r["topic"] for r in rows})},
        "targets": TARGETS,
    }
    print(f"compare-news benchmarks ({results['mode']}): {results['machine']['cpu']}, "
          f"{results['machine']['cores']} cores, Python {results['machine']['python']}",
          flush=True)

    results["latency"] = latency(5 if args.quick else 9)
    print(f"  latency done: {results['latency']['median_s']:.3f} s", flush=True)

    a_texts, b_texts = corpus.halves(rows)
    long_rows = []
    baselines = []
    with tempfile.TemporaryDirectory(prefix="compare-bench-") as tmpdir:
        tmp = Path(tmpdir)
        for n in sizes:
            pair = corpus.long_pair(a_texts, b_texts, n, PLANTED)
            job = {"text_a": pair.text_a, "text_b": pair.text_b, "planted": pair.planted}
            r = worker("compare", job, tmp)
            r["size"] = n
            long_rows.append(r)
            print(f"  compare-news {n}: {r['seconds']:.2f} s", flush=True)
            # rapidfuzz cdist over all pairs: measured, except beyond 2,000 in a quick run
            # (time extrapolated by pair count; recall from the planted pairs alone)
            measured = [b for b in baselines if b["method"] == "cdist" and not b["extrapolated"]]
            if args.quick and n > 2000 and measured:
                ref = measured[-1]
                c = worker("cdist", {**job, "planted_only": True}, tmp)
                baselines.append({"method": "cdist", "size": n, "extrapolated": True, **c,
                                  "seconds": ref["seconds"] * (n / ref["size"]) ** 2,
                                  "aligned": None, "peak_rss_mb": None})
            else:
                c = worker("cdist", job, tmp)
                baselines.append({"method": "cdist", "size": n, "extrapolated": False, **c})
            print(f"  cdist {n}: {baselines[-1]['seconds']:.2f} s", flush=True)
            # difflib over all pairs: measured at the smallest size only (sampled rows in a
            # quick run), extrapolated by the number of pairs; recall always measured
            smallest = n == min(sizes)
            d = worker("difflib", {**job, "sample_rows": 50 if args.quick else None,
                                   "planted_only": not smallest}, tmp)
            if smallest:
                ref_d = {"size": n, "seconds": d["seconds"]}
                baselines.append({"method": "difflib", "size": n,
                                  "extrapolated": d["rows_measured"] < d["rows"], **d})
            else:
                scale = (n / ref_d["size"]) ** 2
                baselines.append({"method": "difflib", "size": n, "extrapolated": True, **d,
                                  "seconds": ref_d["seconds"] * scale, "aligned": None,
                                  "peak_rss_mb": None})
            print(f"  difflib {n}: {baselines[-1]['seconds']:.1f} s", flush=True)

        topic, items = corpus.largest_topic(rows)
        many = worker("many", {"texts": items}, tmp)
        many["topic"] = topic
        print(f"  many reports: {many['seconds']:.2f} s", flush=True)

    # hostile inputs at 50 and 200 KB, the whole command (bench/pathological.py)
    hostile_timeout = 10.0 if args.quick else pathological.TIMEOUT_S
    hostile = pathological.measure(timeout=hostile_timeout, progress=True)
    results["pathological"] = {"timeout_s": hostile_timeout,
                               "rows": pathological.rows(hostile, hostile_timeout),
                               "table": pathological.table(hostile, hostile_timeout)}

    for prev, cur in zip(long_rows, long_rows[1:], strict=False):
        cur["growth_time"] = cur["seconds"] / prev["seconds"]
        cur["growth_pairs"] = cur["pairs_scored"] / prev["pairs_scored"]
        cur["growth_size"] = cur["size"] / prev["size"]
    by_size = {r["size"]: r for r in long_rows}
    for b in baselines:
        ours = by_size[b["size"]]
        b["times_slower_than_compare_news"] = b["seconds"] / ours["seconds"]
    results["long_documents"] = long_rows
    results["baselines"] = baselines
    results["many_reports"] = many
    results["verdict"] = verdict(results)

    text = table(results) + "\n\n" + results["pathological"]["table"]
    results["table"] = text
    Path(args.out).write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    print()
    print(text)
    print(f"\nwritten: {os.path.relpath(args.out, Path.cwd())}")
    return 0


def verdict(results: dict) -> list[dict]:
    out = []

    def check(name: str, value, target, ok: bool, note: str = "") -> None:
        out.append({"target": name, "value": value, "limit": target, "met": ok, "note": note})

    lat = results["latency"]
    check("seeds report < 0.3 s (median, whole process)", round(lat["median_s"], 3),
          TARGETS["latency_s"], lat["median_s"] < TARGETS["latency_s"])
    check("seeds report does not import textual",
          "textual imported" if lat["textual_imported"] else "not imported", "not imported",
          not lat["textual_imported"])
    longs = results["long_documents"]
    big = next((r for r in longs if r["size"] == 8000), None)
    if big:
        check("8,000 sentences per side < 5 s", round(big["seconds"], 2),
              TARGETS["long_8000_s"], big["seconds"] < TARGETS["long_8000_s"])
        check("8,000 sentences per side < 1 GB peak RSS", big["peak_rss_mb"],
              TARGETS["long_8000_rss_mb"], big["peak_rss_mb"] < TARGETS["long_8000_rss_mb"])
    for r in longs[1:]:
        allowed = TARGETS["growth_time_per_4x"] * r["growth_size"] / 4
        check(f"time growth {r['size'] // 4 if r['growth_size'] == 4 else '?'}"
              f"->{r['size']} at most {allowed:.1f}x", round(r["growth_time"], 2), allowed,
              r["growth_time"] <= allowed)
    for r in longs:
        recall = r["planted_found"] / r["planted"]
        check(f"planted pairs found at {r['size']} >= 95%", round(recall, 3),
              TARGETS["planted_recall"], recall >= TARGETS["planted_recall"])
    cd = next((b for b in results["baselines"] if b["method"] == "cdist" and b["size"] == 8000),
              None)
    if cd and big:
        note = "cdist time extrapolated (quick run)" if cd["extrapolated"] else ""
        speed = cd["seconds"] / big["seconds"]
        same = cd["planted"] is None or big["planted_found"] >= cd["planted_found"]
        check(">= 10x faster than all-pairs cdist at 8,000", round(speed, 1),
              TARGETS["speedup_vs_cdist_8000"], speed >= TARGETS["speedup_vs_cdist_8000"], note)
        if cd["planted"] is not None:
            check("same planted recall as all-pairs cdist at 8,000",
                  f"{big['planted_found']}/{big['planted']} vs "
                  f"{cd['planted_found']}/{cd['planted']}", "equal", same)
    many = results["many_reports"]
    check(f"one story's {many['documents']} reports at once < 10 s", round(many["seconds"], 2),
          TARGETS["many_reports_s"], many["seconds"] < TARGETS["many_reports_s"])
    hostile = results.get("pathological")
    if hostile:
        missed = [r["case"] for r in hostile["rows"] if not r["met"]]
        check("pathological inputs: every class < 3 s at 200 KB and <= 5x from 50 KB",
              f"{len(hostile['rows']) - len(missed)}/{len(hostile['rows'])} classes",
              "all", not missed, "missed: " + ", ".join(missed) if missed else "")
    return out


def table(results: dict) -> str:
    m = results["machine"]
    lines = [
        f"compare-news benchmarks, {results['mode']} run, {results['date']}",
        f"machine: {m['cpu']}, {m['cores']} cores, {m['implementation']} {m['python']}, "
        f"numpy {m['numpy']}, rapidfuzz {m['rapidfuzz']}, {m['system']}",
        "",
    ]
    lat = results["latency"]
    lines.append(
        f"latency: seeds report, whole process ({lat['command']}), median of {lat['runs']}: "
        f"{lat['median_s']:.3f} s (min {lat['min_s']:.3f}, max {lat['max_s']:.3f}) with bytecode "
        f"cached, {lat.get('uncached_median_s', float('nan')):.3f} s compiling every module; "
        f"textual imported: {'yes' if lat['textual_imported'] else 'no'}"
    )
    lines += [
        "",
        "long documents: A = all texts of half the stories, B = the other half with "
        f"{PLANTED} reworded copies of A's sentences planted",
        "(sentences per side; time and peak RSS of build_document + compare_documents, "
        "one process per size)",
        "",
        f"{'size':>6} {'time s':>8} {'x prev':>7} {'peak RSS MB':>12} {'pairs scored':>13} "
        f"{'x prev':>7} {'aligned':>8} {'planted found':>14}",
    ]
    for r in results["long_documents"]:
        gt = f"{r['growth_time']:.2f}" if "growth_time" in r else "-"
        gp = f"{r['growth_pairs']:.2f}" if "growth_pairs" in r else "-"
        lines.append(
            f"{r['size']:>6} {fmt_s(r['seconds']):>8} {gt:>7} {r['peak_rss_mb']:>12.0f} "
            f"{r['pairs_scored']:>13,} {gp:>7} {r['aligned']:>8,} "
            f"{pct(r['planted_found'], r['planted']):>14}"
        )
    lines += [
        "",
        "baselines: every sentence pair scored (difflib SequenceMatcher.ratio >= 0.6; rapidfuzz "
        "cdist token_set_ratio >= 80, workers=-1); est = extrapolated by pair count",
        "",
        f"{'size':>6} {'method':<10} {'time s':>10} {'x compare-news':>15} {'peak RSS MB':>12} "
        f"{'pairs kept':>11} {'planted found':>14}",
    ]
    by_size = {r["size"]: r for r in results["long_documents"]}
    for b in sorted(results["baselines"], key=lambda b: (b["method"], b["size"])):
        t = fmt_s(b["seconds"]) + (" est" if b["extrapolated"] else "")
        rss = f"{b['peak_rss_mb']:.0f}" if b.get("peak_rss_mb") and not (
            b["method"] == "difflib" and b["extrapolated"] and b["size"] != min(by_size)) else "-"
        kept = f"{b['aligned']:,}" if b.get("aligned") is not None else "-"
        found = pct(b["planted_found"], b["planted"]) if b.get("planted") else "-"
        lines.append(
            f"{b['size']:>6} {b['method']:<10} {t:>10} "
            f"{b['times_slower_than_compare_news']:>14.0f}x {rss:>12} {kept:>11} {found:>14}"
        )
    many = results["many_reports"]
    lines += [
        "",
        f"many reports: story {many['topic']}, all {many['documents']} texts "
        f"({many['sentences']} sentences) compared at once: {many['seconds']:.2f} s, "
        f"{many['pairs_scored']:,} pairs scored, peak RSS {many['peak_rss_mb']:.0f} MB",
        "",
        "targets:",
    ]
    for v in results["verdict"]:
        mark = "met " if v["met"] else "MISS"
        note = f" ({v['note']})" if v["note"] else ""
        lines.append(f"  [{mark}] {v['target']}: {v['value']}{note}")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
