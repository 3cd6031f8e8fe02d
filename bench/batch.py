"""Benchmark of ``compare-news batch``: the whole ECB+ corpus as one batch.

The corpus (864 texts, 40 stories; ``../shared/bench/ecbplus-news.jsonl``, read at run time,
never copied) is written as a batch input: one line a text, ``story`` its topic and ``source``
its name in the corpus (the corpus names no outlets, so each text stands as its own outlet).
The same batch then runs on 1 and 2 local worker processes and on a Dask ``LocalCluster`` of
2 single-threaded worker processes, in turn, ``--repeat`` times; each run is a fresh process
running the command line (``compare.cli.main``). It reports the median wall time of each, the
speed-ups, the peak RSS of one worker, and checks that the three outputs are the same bytes.

The cluster exists only around the Dask runs: an idle ``LocalCluster`` (scheduler, nannies,
workers heartbeating and sampling their own stacks) used 16-20% of a core, which a 1-worker run
never misses (the second core is free) but a 2-worker run, which needs both cores, does: kept up
through the local runs, as it was, it took about a tenth of the 2-worker run's CPU. Each run also
reports the CPU it used (the command's own process and its workers) and what every other process
on the machine used meanwhile, so a ratio measured on a busy machine can be read for what it is.

    .venv/bin/python bench/batch.py [--repeat 3] [--table FILE.md]
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import load_corpus  # noqa: E402


def write_input(folder: Path, stories: int | None = None) -> Path:
    """The corpus as a batch input, one text a line, in corpus order (its first N stories)."""
    rows = load_corpus()
    keep = sorted({r["topic"] for r in rows})[:stories]
    path = folder / "ecbplus-batch.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        for row in (r for r in rows if r["topic"] in keep):
            line = {"story": str(row["topic"]), "source": row["doc"], "text": row["text"]}
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    return path


def one_run(argv: list[str]) -> None:
    """Child process: one batch through the command line, then its figures as JSON."""
    from compare.cli import main

    busy = machine_busy()
    before = resource.getrusage(resource.RUSAGE_SELF)
    start = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        status = main(["batch", *argv])
    wall = time.perf_counter() - start
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    own_cpu = own.ru_utime + own.ru_stime - before.ru_utime - before.ru_stime
    workers_cpu = children.ru_utime + children.ru_stime
    busy = machine_busy() - busy if busy is not None else None
    others = busy - own_cpu - workers_cpu if busy is not None else None
    print(json.dumps({"status": int(status), "wall": wall, "self_kb": own.ru_maxrss,
                      "children_kb": children.ru_maxrss, "own_cpu": own_cpu,
                      "workers_cpu": workers_cpu, "others_cpu": others}))


def machine_busy() -> float | None:
    """CPU seconds all processors spent busy since boot (Linux; not idle, I/O wait, steal)."""
    try:
        with open("/proc/stat", encoding="ascii") as handle:
            ticks = [int(x) for x in handle.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    return (sum(ticks[:7]) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")


def timed(argv: list[str]) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, __file__, "--one", *argv], capture_output=True,
                          text=True, env=env, cwd=ROOT, check=False)
    if done.returncode != 0:
        sys.exit(f"batch run failed: {argv}\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dask_worker_peaks(client) -> list[int]:
    """Peak RSS (kB) of each Dask worker process so far."""

    def peak() -> int:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    return sorted(client.run(peak).values())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each setting (median)")
    parser.add_argument("--table", help="also write the per-outlet table (Markdown) here")
    parser.add_argument("--stories", type=int, help="only the first N stories (a quick check)")
    parser.add_argument("--one", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        one_run(args.one)
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        batch = write_input(folder, args.stories)
        outs = {name: folder / f"{name}.jsonl" for name in ("1 worker", "2 workers", "dask")}
        load = os.getloadavg()
        local = {
            "1 worker": [str(batch), "-o", str(outs["1 worker"]), "--workers", "1"],
            "2 workers": [str(batch), "-o", str(outs["2 workers"]), "--workers", "2"],
        }
        runs: dict[str, list[dict]] = {name: [] for name in outs}
        cluster_starts: list[float] = []
        dask_peaks: list[int] = []
        for round_ in range(args.repeat):
            for name, arguments in local.items():  # no cluster alive: nothing else to share with
                runs[name].append(timed(arguments))
                report(round_, name, runs[name][-1])
            run, started, peaks = dask_run(batch, outs["dask"])
            runs["dask"].append(run)
            cluster_starts.append(started)
            dask_peaks = [max(pair) for pair in zip(dask_peaks or peaks, peaks, strict=True)]
            report(round_, "dask", run)
        digests = {name: digest(path) for name, path in outs.items()}
        if args.table:
            # --resume on a complete OUT compares nothing and prints the table of what it holds
            from compare.cli import main as cli_main

            with contextlib.redirect_stdout(io.StringIO()) as text:
                cli_main(["batch", str(batch), "-o", str(outs["1 worker"]), "--resume"])
            Path(args.table).write_text(text.getvalue(), encoding="utf-8")
        size = outs["1 worker"].stat().st_size

    median = {name: statistics.median(r["wall"] for r in rs) for name, rs in runs.items()}
    spread = {name: (min(r["wall"] for r in rs), max(r["wall"] for r in rs))
              for name, rs in runs.items()}
    one_kb = max(r["self_kb"] for r in runs["1 worker"])
    two_kb = max(r["children_kb"] for r in runs["2 workers"])
    parent_kb = max(r["self_kb"] for r in runs["2 workers"])
    identical = len(set(digests.values())) == 1
    print(f"load average at start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} "
          f"({os.cpu_count()} cores)")
    print(f"{'setting':<10} {'median':>8} {'min':>7} {'max':>7} {'our CPU':>9} "
          f"{'(command)':>9} {'others':>7}  peak RSS of a worker")
    peaks = {"1 worker": f"{one_kb / 1024:.0f} MB (in-process)",
             "2 workers": f"{two_kb / 1024:.0f} MB (parent {parent_kb / 1024:.0f} MB)",
             "dask": " / ".join(f"{kb / 1024:.0f} MB" for kb in dask_peaks)}
    for name in median:
        low, high = spread[name]
        ours = statistics.median(r["own_cpu"] + r["workers_cpu"] for r in runs[name])
        own = statistics.median(r["own_cpu"] for r in runs[name])
        others = [r["others_cpu"] for r in runs[name] if r["others_cpu"] is not None]
        elsewhere = f"{statistics.median(others):>6.1f}s" if others else f"{'?':>7}"
        print(f"{name:<10} {median[name]:>7.2f}s {low:>6.2f}s {high:>6.2f}s {ours:>8.1f}s "
              f"{own:>8.1f}s {elsewhere}  {peaks[name]}")
    print("(CPU medians: ours = the command and its workers, Dask's the cluster's too; others ="
          " every other process on the machine meanwhile)")
    print(f"speed-up, 2 workers over 1: x{median['1 worker'] / median['2 workers']:.2f} "
          f"(target >= 1.7)")
    print(f"Dask over 2 local workers: x{median['dask'] / median['2 workers']:.2f} "
          f"(target <= 1.3); cluster start {statistics.median(cluster_starts):.1f} s, "
          f"not counted")
    print(f"outputs identical: {identical} ({size / 1e6:.1f} MB each)")
    return 0 if identical else 1


def report(round_: int, name: str, run: dict) -> None:
    others = run["others_cpu"]
    print(f"round {round_ + 1} {name}: {run['wall']:.2f} s, our CPU "
          f"{run['own_cpu'] + run['workers_cpu']:.1f} s"
          + (f", others {others:.1f} s" if others is not None else ""), file=sys.stderr)


def dask_run(batch: Path, out: Path) -> tuple[dict, float, list[int]]:
    """One Dask run on a cluster started (and warmed) for it, then shut down.

    Returns the run's figures (the cluster's CPU counted as ours), the cluster's start time
    and the peak RSS of each worker.
    """
    from dask.distributed import Client, LocalCluster

    started = time.perf_counter()
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      host="127.0.0.1", dashboard_address=":0") as cluster, \
            Client(cluster) as client:
        start = time.perf_counter() - started
        # a warm cluster, as a running one is: the workers import the engine once
        client.run(lambda: __import__("compare.batch"))
        before = cluster_cpu(client)
        run = timed([str(batch), "-o", str(out), "--scheduler", cluster.scheduler_address])
        used = cluster_cpu(client) - before
        peaks = dask_worker_peaks(client)
    run["workers_cpu"] += used
    if run["others_cpu"] is not None:
        run["others_cpu"] -= used
    return run, start, peaks


def cluster_cpu(client) -> float:
    """CPU seconds of this process (scheduler, nannies, client) and of every Dask worker."""

    def cpu() -> float:
        import resource

        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime

    return cpu() + sum(client.run(cpu).values())


if __name__ == "__main__":
    raise SystemExit(main())
