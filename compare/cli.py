"""The command line: ``compare-news [view|report] FILE FILE [...]``.

stdout carries the report and nothing else; every problem is one line on stderr and exit 2.
The TUI is imported only when it starts, so ``report`` never loads Textual.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from enum import IntEnum
from pathlib import Path

from . import __version__
from .model import Comparison
from .reading import InputError, Source, is_url, read_sources, seed_paths, shown

PROG = "compare-news"
FORMATS = ("text", "markdown", "json")


class ExitCode(IntEnum):
    OK = 0
    FAILED = 1
    USAGE = 2
    INTERRUPTED = 130


class UsageError(Exception):
    """A problem with the command line itself, reported like an input problem."""


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="*", metavar="FILE",
                        help="articles to compare (two or more; '-' reads standard input); "
                             "none: the bundled seed articles")
    parser.add_argument("--label", action="append", metavar="NAME", default=None,
                        help="name of a source in every output; once per file, in order "
                             "(default: the file's stem)")
    parser.add_argument("--aliases", metavar="FILE",
                        help="extra alias groups, one a line: 'Tory = Conservative'")
    parser.add_argument("--no-default-aliases", action="store_true",
                        help="do not use the alias list shipped with the tool")
    parser.add_argument("--published", action="append", type=_iso_date, default=None,
                        metavar="YYYY-MM-DD",
                        help="publication date of a source; once per file, in order (default: "
                             "the date its own time stamp gives); relative dates resolve to it")
    parser.add_argument("--threshold", type=_threshold, default=None, metavar="X",
                        help="lowest score (0..1) of an aligned sentence pair "
                             "(default: %(default)s = the engine's default)")
    parser.add_argument("--save", metavar="DIR",
                        help="keep the pages fetched from web addresses in DIR as "
                             "LABEL.html, to rerun the comparison offline from those files")


def _threshold(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, got {value}")
    return number


def _iso_date(value: str) -> str:
    from datetime import date

    try:
        if len(value) == 10:
            return date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {value!r}")


class _Parser(argparse.ArgumentParser):
    """argparse, with the arguments it quotes in an error made safe to print."""

    def error(self, message: str):  # type: ignore[override]
        super().error(shown(message))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Compare how two or more articles report the same story: what every "
        "source reports, what only one reports, and where they disagree.",
        epilog="With no command: open the side-by-side view when run in a terminal, "
        "else print the text report.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="{report,view,batch}")
    report = sub.add_parser("report", help="print the comparison (text, Markdown or JSON)")
    _common(report)
    report.add_argument("--format", "-f", choices=FORMATS, default="text",
                        help="output format (default: text)")
    report.add_argument("-o", "--output", metavar="OUT",
                        help="write to OUT instead of standard output (never over an input)")
    report.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                        help="colour in the text report (auto: on a terminal without NO_COLOR)")
    view = sub.add_parser("view", help="open the interactive side-by-side view")
    _common(view)
    _add_batch_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # OpenBLAS starts a thread per core when numpy is imported, and each spins for about 60
    # ms of CPU waiting for work; the engine never calls BLAS (numpy sorts and counts, and
    # its one product multiplies integers), so one thread is enough, unless the user says
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or args_list[0] not in ("report", "view", "batch", "-h", "--help",
                                             "--version"):
        args_list = ["view", *args_list]
    parser = build_parser()
    args = parser.parse_args(args_list)
    try:
        if args.command == "view" and not (sys.stdout.isatty() and sys.stdin.isatty()):
            return _report(args, fmt="text", output=None, color="auto")
        if args.command == "view":
            return _view(args)
        if args.command == "batch":
            return _batch(args)
        return _report(args, fmt=args.format, output=args.output, color=args.color)
    except InputError as err:
        message = err.problem if err.name == PROG else str(err)
        for line in message.splitlines():  # several addresses may fail at once: one line each
            print(f"{PROG}: error: {line}", file=sys.stderr)
        return ExitCode.USAGE
    except UsageError as err:
        print(f"{PROG}: error: {shown(str(err))}", file=sys.stderr)
        return ExitCode.USAGE
    except KeyboardInterrupt:
        return ExitCode.INTERRUPTED


def _sources(args: argparse.Namespace) -> list[Source]:
    files = args.files or seed_paths()
    sources = read_sources(files, args.label)
    for source in sources:
        for warning in source.warnings:
            print(f"{PROG}: warning: {shown(warning)}", file=sys.stderr)
    if args.save:
        _save_pages(args.save, sources)
    return sources


def _save_pages(folder: str, sources: Sequence[Source]) -> None:
    """--save: every fetched page as the server sent it, once all were read."""
    from .fetch import save_pages

    pages = [(s.label, s.page) for s in sources if s.page is not None]
    if not pages:
        print(f"{PROG}: warning: --save {folder}: no web address among the inputs; nothing "
              "saved", file=sys.stderr)
        return
    try:
        for path in save_pages(folder, pages):
            print(f"{PROG}: saved {path}", file=sys.stderr)
    except OSError as err:
        raise InputError(folder, f"cannot save the pages: {err.strerror or err}") from None


def _import_engine() -> None:
    """Import the engine with the cycle collector paused, then freeze what the import made.
    Its modules, compiled patterns and word tables live as long as the process: the
    collections that allocating them sets off (about seventy while the patterns compile,
    a twentieth of a seeds report) find nothing to free, and later ones need not walk them."""
    if "compare.engine" in sys.modules:
        return
    gc.disable()
    try:
        from . import engine  # noqa: F401
    finally:
        gc.freeze()
        gc.enable()


def _aliases(args: argparse.Namespace) -> list[list[str]]:
    _import_engine()
    from .entities import default_aliases, parse_aliases
    from .reading import read_source

    groups = [] if args.no_default_aliases else default_aliases()
    if args.aliases:
        source = read_source(args.aliases)
        try:
            groups += parse_aliases(source.text)
        except ValueError as err:
            raise InputError(args.aliases, str(err)) from None
    return groups


def _compare(args: argparse.Namespace, aliases: list[list[str]]) -> Comparison:
    from .engine import DEFAULT_THRESHOLD, build_document, compare_documents
    from .workers import parallel

    sources = _sources(args)
    published = args.published or [None] * len(sources)
    if len(published) != len(sources):
        times = f"{len(published)} time{'s' if len(published) != 1 else ''}"
        raise UsageError(f"--published: given {times} for {len(sources)} files")
    documents = [
        build_document(_doc_id(i), s.label, s.source, s.text, s.title,
                       published=published[i] or s.published, outlet=s.outlet, author=s.author)
        for i, s in enumerate(sources)
    ]
    threshold = DEFAULT_THRESHOLD if args.threshold is None else args.threshold
    with parallel():  # long documents: the later ones read on a second core
        return compare_documents(documents, threshold=threshold, aliases=aliases)


def _doc_id(index: int) -> str:
    """A, B, ... Z, then A2, B2, ...: short ids for the report's sentence references."""
    letter = chr(ord("A") + index % 26)
    return letter if index < 26 else f"{letter}{index // 26 + 1}"


def _use_color(choice: str, stream_is_tty: bool) -> bool:
    if choice == "always":
        return True
    if choice == "never":
        return False
    return stream_is_tty and not os.environ.get("NO_COLOR")


def render(comparison: Comparison, fmt: str, *, color: bool = False) -> str:
    if fmt == "json":
        from .report.json_format import render as render_json

        return render_json(comparison)
    if fmt == "markdown":
        from .report.markdown import render as render_markdown

        return render_markdown(comparison)
    from .report.text import render as render_text

    return render_text(comparison, color=color)


def _report(args: argparse.Namespace, *, fmt: str, output: str | None, color: str) -> int:
    if output is not None:
        _check_output(output, args.files or [])
    comparison = _compare(args, _aliases(args))
    if output is None:
        painted = fmt == "text" and _use_color(color, sys.stdout.isatty())
        text = render(comparison, fmt, color=painted)
        return _print(_encodable(text))
    text = render(comparison, fmt, color=color == "always" and fmt == "text")
    target = Path(output)
    temporary = target.with_name(f".{target.name}.tmp")
    data = _encodable(text).encode("utf-8")
    try:
        temporary.write_bytes(data)
        temporary.replace(target)
    except OSError as err:
        temporary.unlink(missing_ok=True)
        raise InputError(output, f"cannot write: {err.strerror or err}") from None
    return ExitCode.OK


def _print(text: str) -> int:
    """Write the report to standard output: a reader that stops early (``| head``) ends the run
    quietly, a full disk with one line, never a traceback."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # nobody reads any more: point stdout at nothing so the flush at exit cannot fail too
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return ExitCode.USAGE
    except OSError as err:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        print(f"{PROG}: error: cannot write the report: {_reason(err)}", file=sys.stderr)
        return ExitCode.USAGE
    return ExitCode.OK


def _reason(err: OSError) -> str:
    return (err.strerror or type(err).__name__).lower()


def _encodable(text: str) -> str:
    """The text with nothing that cannot be written as UTF-8: a lone surrogate (a byte of a
    name that was not UTF-8) that reached it anyway becomes an escape, never an error or an
    invalid byte in the output."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _check_output(output: str, files: Sequence[str]) -> None:
    target = Path(output)
    if target.is_dir():
        raise UsageError(f"{output}: is a directory; -o needs a file name")
    if not target.parent.exists():
        raise UsageError(f"{output}: no such folder: {target.parent}")
    for name in files:
        if name != "-" and Path(name).exists() and target.exists() and target.samefile(name):
            raise UsageError(f"{output}: is one of the inputs; refusing to write over it")


def _view(args: argparse.Namespace) -> int:
    aliases = _aliases(args)  # read once: every threshold change reuses it
    comparison = _compare(args, aliases)
    first = (args.files or seed_paths())[0]  # the path as given: documents show it escaped
    in_cwd = first == "-" or is_url(first)  # a web page's report goes to the current folder
    folder = Path.cwd() if in_cwd else Path(first).resolve().parent
    stem = comparison.documents[0].label.replace("/", "-") if is_url(first) else (
        "stdin" if first == "-" else Path(first).stem)
    report_path = folder / f"{stem}.compare.txt"

    def recompute(threshold: float) -> Comparison:
        from .engine import compare_documents

        return compare_documents(comparison.documents, threshold=threshold, aliases=aliases)

    from .tui.app import run_tui

    return run_tui(comparison, recompute, report_path)


def _add_batch_parser(sub: argparse._SubParsersAction) -> None:
    batch = sub.add_parser(
        "batch", help="compare a corpus of stories: one JSON line a story, per-outlet figures",
        description="Compare every story of INPUT that has two or more articles, in parallel, "
        "and print the per-outlet figures.")
    batch.add_argument("input", metavar="INPUT",
                       help="a JSON Lines file, one article a line (story, source, and text, "
                            "path or url; optional title, published), or a folder of story "
                            "folders")
    batch.add_argument("-o", "--output", metavar="OUT", required=True,
                       help="JSON Lines: one compare/1 object (or error record) a story")
    batch.add_argument("--summary", metavar="FILE",
                       help="write the per-outlet figures to FILE: .csv or .md")
    batch.add_argument("--workers", type=_positive, metavar="N", default=None,
                       help="local worker processes (default: one a core)")
    batch.add_argument("--scheduler", metavar="ADDRESS",
                       help="run on an existing Dask cluster (needs compare-news[dask])")
    batch.add_argument("--resume", action="store_true",
                       help="keep the stories OUT already holds compared; do the rest")
    batch.add_argument("--aliases", metavar="FILE",
                       help="extra alias groups, one a line: 'Tory = Conservative'")
    batch.add_argument("--no-default-aliases", action="store_true",
                       help="do not use the alias list shipped with the tool")
    batch.add_argument("--threshold", type=_threshold, default=None, metavar="X",
                       help="lowest score (0..1) of an aligned sentence pair")


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {value}")
    return number


def _batch(args: argparse.Namespace) -> int:
    from .batch import (
        SUMMARY_FORMATS,
        ProgressBar,
        Settings,
        read_stories,
        run_batch,
        write_summary,
    )
    from .engine import DEFAULT_THRESHOLD
    from .outlets import to_markdown

    if args.workers is not None and args.scheduler is not None:
        raise UsageError("--workers and --scheduler: give one (Dask decides its own workers)")
    if args.summary and Path(args.summary).suffix.lower() not in SUMMARY_FORMATS:
        raise UsageError(f"{args.summary}: --summary needs a .csv or .md file name")
    inputs = [args.input] if Path(args.input).is_file() else []
    _check_output(args.output, inputs)
    if args.summary:
        if Path(args.summary).resolve() == Path(args.output).resolve():
            raise UsageError(f"{args.summary}: --summary and -o name the same file")
        _check_output(args.summary, inputs)
    stories = read_stories(args.input)
    threshold = DEFAULT_THRESHOLD if args.threshold is None else args.threshold
    settings = Settings(threshold, tuple(tuple(group) for group in _aliases(args)))
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    workers = args.workers or cores or 1
    bar = ProgressBar() if sys.stderr.isatty() else None
    try:
        outcome = run_batch(stories, settings, args.output, workers=workers,
                            scheduler=args.scheduler, resume=args.resume, progress=bar)
    finally:
        if bar:
            bar.close()
    if args.summary:
        write_summary(args.summary, outcome.outlets)
    sys.stdout.write(to_markdown(outcome.outlets))
    sys.stdout.flush()
    kept = f", {outcome.kept} kept from before" if outcome.kept else ""
    single = f", {len(outcome.single)} with one article not compared" if outcome.single else ""
    print(f"{PROG}: {outcome.compared} stories compared, {outcome.failed} failed{kept}{single}"
          f" -> {args.output}", file=sys.stderr)
    return ExitCode.FAILED if outcome.failed else ExitCode.OK
