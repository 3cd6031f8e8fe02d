"""Pathological inputs: the whole command on hostile text at 50 KB and 200 KB.

    .venv/bin/python bench/pathological.py                  # every class, both sizes
    .venv/bin/python bench/pathological.py --only hyphen-run --sizes 10000,50000

Each class is text a scraper, a table, a menu or a malicious file gives easily (runs of
punctuation, capitalised words, digits, hyphens; long charge lists; unclosed markup; ...). For
each class and size, ``python -m compare report HOSTILE SEED`` runs in its own process with a
timeout; the table gives the CPU seconds at each size (wall seconds are inflated by whoever
else uses the machine; on an idle one they are the same) and their ratio. Targets: under 3 s at
200 KB and at most 5x from 50 KB to 200 KB (4x the input), that is no quadratic path.
``bench/run.py`` runs it too and prints the table with the rest.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEED = ROOT / "seeds" / "pendle-mpacuk.txt"
SIZES = (50_000, 200_000)
TIMEOUT_S = 60.0
MAX_SECONDS = 3.0
MAX_RATIO = 5.0

_WORDS = ("Aaron Bexley Carter Dawson Ellis Foster Graham Hughes Irwin Jensen Keller Lawson "
          "Morgan Nolan Owens Parker Quinn Reyes Sutton Turner Upton Vance Walsh Young").split()


def _fill(unit: str, size: int, lead: str = "", tail: str = "") -> str:
    """``lead`` + ``unit`` repeated + ``tail``, about ``size`` bytes in UTF-8."""
    width = max(1, len(unit.encode("utf-8")))
    count = max(1, (size - len(lead.encode()) - len(tail.encode())) // width)
    return lead + unit * count + tail


def _capitalised(size: int) -> str:
    """Distinct capitalised words, one long run: a name finder's worst case."""
    out, n, total = [], 0, 0
    while total < size:
        word = _WORDS[n % len(_WORDS)] + _letters(n // len(_WORDS))
        out.append(word)
        total += len(word) + 1
        n += 1
    return "The list: " + " ".join(out) + " ended."


def _letters(n: int) -> str:
    """0 -> "", then "a", "b", ... "z", "ba", ...: a distinct lower-case tail for each n."""
    out = ""
    while n:
        n, digit = divmod(n, 26)
        out = chr(ord("a") + digit) + out
    return out


def _described(size: int) -> str:
    """One sentence of bodies of distinct kinds ("the ba company, the bb firm, ..."): paired
    with a copy of itself, the sentence meets its copy, word by word."""
    out, n, total = ["They said"], 26, 0
    while total < size:
        part = f" the {_letters(n)} {('company', 'firm')[n % 2]},"
        out.append(part)
        total += len(part)
        n += 1
    return "".join(out) + " done."


def _menu(size: int) -> str:
    """A site's menu: Title Case lines without punctuation."""
    line = "Home News Sport Business Opinion Culture Lifestyle Travel Money Property Jobs\n"
    return _fill(line, size)


def _charges(size: int) -> str:
    unit = ("charged with murder, arson, theft and criminal damage, then "
            "accused of fraud, forgery and perjury and ")
    return _fill(unit, size, lead="The man was ", tail="nothing else.")


def _hyphens(size: int) -> str:
    return _fill("-a", size, lead="A", tail=".b is the name.")


def _one_sentence(size: int) -> str:
    unit = "the council said the road would stay closed while crews worked and "
    return _fill(unit, size, lead="Officials said ", tail="that was all.")


def _many_quotes(size: int) -> str:
    unit = '“We will rebuild the school this year,” Mr Walsh said. '
    return _fill(unit, size)


def _numbers(size: int) -> str:
    return _fill("12, 345, 6.7, ", size, lead="The counts were ", tail="and 8 people.")


def _echoes(size: int) -> str:
    """A few sentences said again and again with other names (a page of comments, a feed):
    paired with a copy of itself, each sentence meets every echo of itself."""
    first, last = _WORDS[:8], _WORDS[8:16]
    pick = random.Random(7).choice  # the same text on every run
    out, total = [], 0
    while total < size:
        a, b = (f"{pick(first)} {pick(last)}" for _ in range(2))
        line = (f'"It was fine," said police chief {a}, according to the fire chief, {b}, '
                f"who told {a} the {b} said. ")
        out.append(line)
        total += len(line)
    return "".join(out)


def _tag_soup(size: int) -> str:
    return _fill(" b=c", size, lead="Intro text. <a", tail=" and no closing bracket.")


@dataclass(frozen=True, slots=True)
class Case:
    """One class of hostile input: its name, where its fix lives, and its text at a size."""

    name: str
    issue_item: str
    make: Callable[[int], str]
    against_itself: bool = False
    """Compared with a copy of itself rather than with a seed article."""


CASES: tuple[Case, ...] = (
    Case("dots-run", "4 segment", lambda n: _fill(".", n, lead="It ended")),
    Case("questions-run", "4 segment", lambda n: _fill("?", n, lead="Why")),
    Case("ellipsis-run", "4 segment", lambda n: _fill("…", n, lead="And then")),
    Case("punct-mix-runs", "4 segment", lambda n: _fill("..?!…", n, lead="What")),
    Case("capitalised-words", "5 names", _capitalised),
    Case("initials", "5 names", lambda n: _fill("A. B. C. ", n)),
    Case("titles", "5 names", lambda n: _fill("Mr. ", n)),
    Case("acronyms", "5 names", lambda n: _fill("U.S. ", n)),
    Case("title-case-menu", "5 names", _menu),
    Case("digits-then-letter", "6 quantities", lambda n: _fill("1", n, tail="a")),
    Case("hyphen-run", "7 names", _hyphens),
    Case("charge-lists", "8 phrases", _charges),
    Case("unclosed-comments", "9 reading", lambda n: _fill("<!-- note ", n)),
    Case("unclosed-cdata", "9 reading", lambda n: _fill("<![CDATA[ data ", n)),
    Case("unclosed-script", "9 reading", lambda n: _fill("<script> x ", n)),
    Case("tag-soup", "found", _tag_soup),
    Case("one-long-sentence", "found", _one_sentence),
    Case("many-quotations", "found", _many_quotes),
    Case("open-quotes", "found", lambda n: _fill("“Yes ‘no «maybe ", n, lead="He said ")),
    Case("number-list", "found", _numbers),
    Case("repeated-name", "found", lambda n: _fill("Walsh spoke again. ", n)),
    Case("quoted-titles", "found (review)",
         lambda n: _fill('Smith "Back of the Net" Jones and ', n, tail="the rest.")),
    Case("of-links", "found (review)", lambda n: _fill("Fire of ", n, lead="The ", tail="Fire.")),
    Case("possessive-links", "found (review)",
         lambda n: _fill("Fire's ", n, lead="The ", tail="Club.")),
    Case("for-links", "found (hook's reading)",
         lambda n: _fill("Alpha for Beta ", n, lead="The ", tail="Club.")),
    Case("military-word", "found (review 32)",
         lambda n: _fill("army", n, lead="Sudan said.\nThe ", tail=" said.")),
    Case("hyphened-forms", "found (review 32)",
         lambda n: _fill("-Sudan", n, lead="The Sudan Armed Forces said.\nThe ", tail=" said.")),
    Case("echoes-against-a-copy", "found (session 34)", _echoes, against_itself=True),
    Case("letters-after-digits", "found (review 36)", lambda n: _fill("4Kids\n\n", n)),
    Case("and-chains", "found (review 36)",
         lambda n: _fill("microservers and ", n, lead="They sold ", tail="racks.")),
    Case("body-descriptions", "bodies (session 37)",
         lambda n: _fill("the fuel company and a fuel firm and ", n, lead="They said ",
                         tail="done.")),
    Case("long-sentence-against-a-copy", "found (review 37)", _described, against_itself=True),
)


@dataclass(frozen=True, slots=True)
class Run:
    """One class at one size: CPU seconds (user + sys) of the whole process, or None when it
    did not finish; its wall-clock seconds; the exit status."""

    case: str
    size: int
    seconds: float | None
    status: str
    wall: float | None = None


def cached_env() -> dict[str, str]:
    """The environment a user runs the tool in: Python writes and reads its bytecode cache
    (a sandbox's PYTHONDONTWRITEBYTECODE would add about a second of compiling to each run,
    which no installed copy pays)."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_case(case: Case, size: int, folder: Path, timeout: float = TIMEOUT_S) -> Run:
    """``python -m compare report HOSTILE SEED`` in its own process, timed to the end."""
    path = folder / f"{case.name}-{size}.txt"
    path.write_text(case.make(size), encoding="utf-8")
    other = SEED
    if case.against_itself:
        other = folder / f"{case.name}-{size}-copy.txt"
        other.write_bytes(path.read_bytes())
    command = [sys.executable, "-m", "compare", "report", str(path), str(other)]
    before = _children_cpu()
    start = time.perf_counter()
    try:
        done = subprocess.run(command, cwd=ROOT, capture_output=True, timeout=timeout,
                              env=cached_env())
    except subprocess.TimeoutExpired:
        return Run(case.name, size, None, "timeout")
    wall = time.perf_counter() - start
    status = "ok" if done.returncode == 0 else _failure(done.returncode, done.stderr)
    return Run(case.name, size, _children_cpu() - before, status, wall)


def _children_cpu() -> float:
    """CPU seconds of the finished child processes: on a shared machine, unlike the wall
    clock, not inflated by other people's work (equal to it on an idle one)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _failure(code: int, stderr: bytes) -> str:
    lines = stderr.decode("utf-8", "replace").strip().splitlines()
    return f"exit {code}: {lines[-1][:60] if lines else ''}"


def measure(cases: tuple[Case, ...] = CASES, sizes: tuple[int, ...] = SIZES,
            timeout: float = TIMEOUT_S, progress: bool = False) -> list[Run]:
    """Every case at every size; a case that times out at one size is not tried larger."""
    runs: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="compare-pathological-") as tmp:
        for case in cases:
            for size in sizes:
                if runs and runs[-1].case == case.name and runs[-1].seconds is None:
                    runs.append(Run(case.name, size, None, "skipped"))
                    continue
                run = run_case(case, size, Path(tmp), timeout)
                runs.append(run)
                if progress:
                    print(f"  {case.name} {size}: {_seconds(run, timeout)} {run.status}",
                          file=sys.stderr, flush=True)
    return runs


def _seconds(run: Run, timeout: float) -> str:
    return f"> {timeout:.0f}" if run.seconds is None else f"{run.seconds:.2f}"


def rows(runs: list[Run], timeout: float = TIMEOUT_S) -> list[dict]:
    """One row per class: seconds at the smallest and largest size, the ratio, the verdict."""
    by_case: dict[str, list[Run]] = {}
    for run in runs:
        by_case.setdefault(run.case, []).append(run)
    items = {c.name: c.issue_item for c in CASES}
    out = []
    for name, group in by_case.items():
        small, large = group[0], group[-1]
        ratio = (large.seconds / small.seconds
                 if small.seconds and large.seconds is not None else None)
        ok = (large.seconds is not None and large.seconds < MAX_SECONDS
              and ratio is not None and ratio <= MAX_RATIO
              and all(r.status == "ok" for r in group))
        out.append({
            "case": name, "item": items.get(name, ""),
            "small": _seconds(small, timeout), "large": _seconds(large, timeout),
            "ratio": "-" if ratio is None else f"{ratio:.1f}",
            "status": "; ".join(sorted({r.status for r in group}
                                       - {"ok", "skipped"})) or "ok",
            "met": ok,
        })
    return out


def table(runs: list[Run], timeout: float = TIMEOUT_S) -> str:
    sizes = sorted({r.size for r in runs})
    small, large = (f"{s // 1000} KB s" for s in (sizes[0], sizes[-1]))
    lines = [
        f"pathological inputs: python -m compare report HOSTILE seeds/{SEED.name}, whole "
        f"process, CPU seconds (user + sys);",
        f"stopped after {timeout:.0f} s wall; target < {MAX_SECONDS:.0f} s at the largest size "
        f"and at most {MAX_RATIO:.0f}x the smallest",
        "",
        f"{'class':<20} {'issue item':<13} {small:>9} {large:>9} {'ratio':>6}  result",
    ]
    for row in rows(runs, timeout):
        verdict = "met " if row["met"] else "MISS"
        extra = "" if row["status"] == "ok" else f" ({row['status']})"
        lines.append(
            f"{row['case']:<20} {row['item']:<13} {row['small']:>9} {row['large']:>9} "
            f"{row['ratio']:>6}  {verdict}{extra}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(str(s) for s in SIZES),
                        help="input sizes in bytes, comma-separated (default: %(default)s)")
    parser.add_argument("--only", action="append", metavar="CLASS",
                        help="run only this class (repeatable)")
    parser.add_argument("--timeout", type=float, default=TIMEOUT_S,
                        help="seconds before one run is stopped (default: %(default)s)")
    args = parser.parse_args(argv)
    cases = tuple(c for c in CASES if not args.only or c.name in args.only)
    if not cases:
        parser.error(f"no such class; choose from {', '.join(c.name for c in CASES)}")
    sizes = tuple(int(s) for s in args.sizes.split(","))
    runs = measure(cases, sizes, args.timeout, progress=True)
    print(table(runs, args.timeout))
    return 0 if all(row["met"] for row in rows(runs, args.timeout)) else 1


if __name__ == "__main__":
    raise SystemExit(main())
