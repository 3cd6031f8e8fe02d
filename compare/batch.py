"""``compare-news batch``: a corpus of stories, each compared like ``report``, in parallel.

The parent reads the input (a JSON Lines file, one article a line, or a folder of story folders)
into small picklable stories. Each story is compared by :func:`run_story` in a worker, local
processes (``concurrent.futures``) or an existing Dask cluster, and never raises: a story that
fails comes back as an error record naming it and the reason. The parent writes one JSON line a
story as each finishes, whole and flushed, so a killed run keeps all it did but perhaps a cut
last line, which ``--resume`` drops before it carries on; at the end OUT is put in input order
(a copy swapped in whole), so it is the same bytes whatever ran it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from .cli import _doc_id
from .model import Document
from .outlets import OutletCounts, story_counts, summarise, to_csv, to_markdown
from .reading import InputError, Source, clean_text, detect_title, read_error, read_source

SUMMARY_FORMATS = {".csv": to_csv, ".md": to_markdown, ".markdown": to_markdown}


@dataclass(frozen=True, slots=True)
class Article:
    """One article of a story as the input gives it: its text, or where to read it."""

    source: str
    """The outlet's label: the ``source`` field, or the file's stem in a story folder."""
    origin: str
    """Where it came from, for messages and ``documents[].source``: a path, a URL, INPUT:LINE."""
    text: str | None = None
    path: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None


@dataclass(frozen=True, slots=True)
class Story:
    """The articles of one story, or the problem that stops it being compared."""

    name: str | None
    """None only for an input line that names no story."""
    articles: tuple[Article, ...] = ()
    problem: str | None = None
    size: int = 0
    """Characters (or bytes on disk) to read: the largest stories are sent out first."""


@dataclass(frozen=True, slots=True)
class Settings:
    """What every story is compared with."""

    threshold: float
    aliases: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class Result:
    """One story's line of OUT, and its outlets' counts when it was compared."""

    line: bytes
    counts: tuple[OutletCounts, ...] = ()
    failed: bool = False


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a run did, for the closing message, the summary and the exit status."""

    compared: int
    failed: int
    kept: int
    single: tuple[str, ...]
    """Stories with fewer than two articles: nothing to compare, no line in OUT."""
    outlets: tuple[OutletCounts, ...]
    """Per-outlet counts over every compared story in OUT, the kept ones too."""


# -- reading the input (parent) -------------------------------------------------------------


def read_stories(path: str) -> list[Story]:
    """The stories of INPUT in input order: a folder of story folders, else a JSON Lines file."""
    if Path(path).is_dir():
        return _folder_stories(Path(path))
    try:
        with open(path, "rb") as handle:
            return _jsonl_stories(handle, path)
    except OSError as err:
        raise read_error(path, err) from None


def _folder_stories(root: Path) -> list[Story]:
    """One story a sub-folder (by name), one article a file in it (by name; label: its stem)."""
    stories = []
    for folder in sorted(_visible(root), key=lambda p: p.name):
        if not folder.is_dir():
            continue
        try:
            files = sorted((f for f in _visible(folder) if not f.is_dir()), key=lambda p: p.name)
        except OSError as err:
            stories.append(Story(folder.name, problem=f"{folder}: cannot list: {err.strerror}"))
            continue
        articles = tuple(Article(f.stem, str(f), path=str(f)) for f in files)
        stories.append(Story(folder.name, articles, size=sum(_disk_size(f) for f in files)))
    if not stories:
        raise InputError(str(root), "no story folders in it (one folder a story, its articles "
                                    "inside)")
    return stories


def _visible(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if not p.name.startswith(".")]


def _disk_size(path: Path | str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


@dataclass(slots=True)
class _Group:
    """A story while its lines are read."""

    articles: list[Article]
    problems: list[str]
    size: int = 0


def _jsonl_stories(lines: Iterable[bytes], name: str) -> list[Story]:
    """Stories from JSON Lines, grouped by ``story`` in order of first appearance.

    A line that names no story becomes a story of its own with no name; any other bad line
    makes its story fail, so a story is never compared with one of its articles missing.
    """
    base = Path(name).parent
    groups: dict[str | None, _Group] = {}
    stray: list[tuple[int, Story]] = []
    order: list[tuple[int, str]] = []
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        where = f"line {number}"
        try:
            row = json.loads(raw)
        except UnicodeDecodeError:
            stray.append((number, Story(None, problem=f"{name}: {where}: not valid UTF-8")))
            continue
        except ValueError as err:
            problem = f"{name}: {where}: not valid JSON ({getattr(err, 'msg', err)})"
            stray.append((number, Story(None, problem=problem)))
            continue
        story = _story_name(row)
        if story is None:
            problem = f"{name}: {where}: no story (a string or a number)"
            stray.append((number, Story(None, problem=problem)))
            continue
        if story not in groups:
            groups[story] = _Group([], [])
            order.append((number, story))
        group = groups[story]
        article = _article(row, f"{name}:{number}", base)
        if isinstance(article, str):
            group.problems.append(f"{name}: {where}: {article}")
            continue
        group.articles.append(article)
        group.size += len(article.text) if article.text is not None else (
            _disk_size(article.path) if article.path else 0)
    units = stray + [
        (number, Story(story, tuple(groups[story].articles),
                       "; ".join(groups[story].problems) or None, groups[story].size))
        for number, story in order
    ]
    return [story for _, story in sorted(units, key=lambda unit: unit[0])]


def _story_name(row: Any) -> str | None:
    story = row.get("story") if isinstance(row, dict) else None
    if isinstance(story, bool) or not isinstance(story, str | int):
        return None
    name = str(story).strip()
    return name or None


def _article(row: dict[str, Any], origin: str, base: Path) -> Article | str:
    """The article a line describes, or what is wrong with it."""
    source = row.get("source")
    if not isinstance(source, str) or not source.strip():
        return "no source (the outlet's name)"
    given = [key for key in ("text", "path", "url") if row.get(key) is not None]
    if len(given) != 1:
        return "needs exactly one of text, path, url" + (f" (has {', '.join(given)})"
                                                          if given else "")
    key = given[0]
    value = row[key]
    if not isinstance(value, str):
        return f"{key} is not a string"
    for optional in ("title", "published"):
        if row.get(optional) is not None and not isinstance(row[optional], str):
            return f"{optional} is not a string"
    published = row.get("published")
    if published is not None:
        try:
            datetime.fromisoformat(published)
        except ValueError:
            return f"published is not an ISO 8601 date: {published!r}"
    fields = {"title": row.get("title"), "published": published}
    if key == "text":
        return Article(source.strip(), origin, text=value, **fields)
    if key == "url":
        return Article(source.strip(), value, url=value, **fields)
    return Article(source.strip(), value, path=str(base / value), **fields)


# -- comparing one story (worker) -----------------------------------------------------------


class _ArticleError(Exception):
    """A problem with one article that fails its story."""


def run_story(story: Story, settings: Settings) -> Result:
    """Compare one story; never raises, so a bad story cannot stop the batch."""
    from .engine import compare_documents
    from .report.json_format import to_data

    if story.problem:
        return failure(story.name, story.problem)
    try:
        labels = _distinct([a.source for a in story.articles])
        documents = [_document(i, label, article)
                     for i, (label, article) in enumerate(zip(labels, story.articles,
                                                              strict=True))]
        comparison = compare_documents(documents, threshold=settings.threshold,
                                       aliases=settings.aliases)
        data = {"story": story.name, **to_data(comparison)}
        return Result(_json_line(data), story_counts(data))
    except (InputError, _ArticleError) as err:
        return failure(story.name, str(err))
    except Exception as err:  # noqa: BLE001 - one story's bug must not stop the others
        return failure(story.name, f"internal error: {type(err).__name__}: {err}")


def failure(story: str | None, reason: str) -> Result:
    """An error record: the story (None when the input line named none) and why it failed."""
    return Result(_json_line({"story": story, "error": reason}), failed=True)


def _json_line(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


def _document(index: int, label: str, article: Article) -> Document:
    from .engine import build_document

    published = article.published
    if article.url is not None or article.path is not None:
        source = _fetch(article.url, label) if article.url else read_source(article.path, label)
        text, title = source.text, article.title or source.title
        published = published or getattr(source, "published", None)
    else:
        text = clean_text(article.text or "")
        if not text:
            raise _ArticleError(f"{article.origin}: empty article ({article.source})")
        title = article.title or detect_title(text)
    return build_document(_doc_id(index), label, article.origin, text, title,
                          published=published, outlet=article.source)


def _fetch(url: str, label: str) -> Source:
    """The page at URL, fetched and read as the command line reads an address (a failure is
    the reader's one-line error, and fails the story)."""
    from . import reading

    return reading.fetch_sources([url], [label])[0]


def _distinct(labels: Sequence[str]) -> list[str]:
    """Labels told apart within a story: "bbc", "bbc (2)"; the outlet keeps the plain name."""
    taken: set[str] = set()
    out = []
    for label in labels:
        candidate, n = label, 1
        while candidate in taken:
            n += 1
            candidate = f"{label} ({n})"
        taken.add(candidate)
        out.append(candidate)
    return out


# -- running the batch (parent) -------------------------------------------------------------


def run_batch(
    stories: Sequence[Story],
    settings: Settings,
    out: str,
    *,
    workers: int = 1,
    scheduler: str | None = None,
    resume: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> Outcome:
    """Compare every story with two or more articles and write OUT; see the module docstring.

    ``progress(done, total)`` is called before the first story and as each one is done.
    """
    with _dask_client(scheduler) if scheduler is not None else nullcontext() as client:
        return _run(stories, settings, Path(out), workers, client, resume, progress)


@dataclass(frozen=True, slots=True)
class _Line:
    """Where a record stands in OUT, and where it goes in the finished file."""

    rank: int
    offset: int
    length: int


def _run(stories: Sequence[Story], settings: Settings, out: Path, workers: int, client: Any,
         resume: bool, progress: Callable[[int, int], None] | None) -> Outcome:
    rank = {s.name: i for i, s in enumerate(stories) if s.name is not None}
    kept, lines = _keep_complete(out, rank) if resume else ({}, [])
    if not resume:
        out.write_bytes(b"")
    where = [i for i, s in enumerate(stories)
             if (s.problem or len(s.articles) >= 2) and (s.name is None or s.name not in kept)]
    todo = [stories[i] for i in where]
    single = tuple(s.name for s in stories
                   if not s.problem and len(s.articles) < 2 and s.name not in kept)
    if progress:
        progress(0, len(todo))
    failed = 0
    counts = [c for story in kept.values() for c in story]
    offset = out.stat().st_size
    with open(out, "ab") as handle:
        done = _results(todo, settings, workers, client)
        if progress:
            done = _counted(done, len(todo), progress)
        for index, result in done:
            handle.write(result.line)
            handle.flush()
            lines.append(_Line(where[index], offset, len(result.line)))
            offset += len(result.line)
            failed += result.failed
            counts.extend(result.counts)
    _put_in_order(out, lines)
    return Outcome(len(todo) - failed, failed, len(kept), tuple(n for n in single if n),
                   summarise(counts))


def _results(stories: Sequence[Story], settings: Settings, workers: int,
             client: Any) -> Iterator[tuple[int, Result]]:
    """(position, result) as each story is done; bad stories never leave the parent."""
    work = []
    for index, story in enumerate(stories):
        if story.problem:
            yield index, failure(story.name, story.problem)
        else:
            work.append(index)
    # largest first, so that no worker is left with a big story at the end
    work.sort(key=lambda i: -stories[i].size)
    if client is not None:
        yield from _on_dask(stories, work, settings, client)
    elif workers <= 1 or len(work) <= 1:
        for index in sorted(work):
            yield index, run_story(stories[index], settings)
    else:
        yield from _on_processes(stories, work, settings, min(workers, len(work)))


def _on_processes(stories: Sequence[Story], work: list[int], settings: Settings,
                  workers: int) -> Iterator[tuple[int, Result]]:
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    from .workers import set_parallel

    # the workers fill the cores already: none forks a second reader of its own
    pool = ProcessPoolExecutor(max_workers=workers, initializer=set_parallel, initargs=(False,))
    finished = False
    try:
        futures = {pool.submit(run_story, stories[i], settings): i for i in work}
        for future in as_completed(futures):
            index = futures[future]
            try:
                result = future.result()
            except BrokenProcessPool:
                result = failure(stories[index].name,
                                 "a worker process died while comparing it (out of memory?)")
            yield index, result
        finished = True
    finally:
        if not finished:  # Ctrl-C or the caller gave up: end the stories in flight, not wait
            for process in list(pool._processes.values()):
                process.terminate()
        pool.shutdown(wait=True, cancel_futures=True)


def _dask_client(address: str) -> Any:
    """A client of the Dask cluster at ADDRESS; Dask is imported only here."""
    try:
        from dask.distributed import Client
    except ImportError:
        raise InputError("--scheduler", "needs Dask: pip install 'compare-news[dask]'") from None
    try:
        return Client(address, timeout="10s", set_as_default=False)
    except (OSError, TimeoutError, ValueError) as err:
        raise InputError("--scheduler", f"cannot reach a Dask scheduler at {address}: {err}") \
            from None


def _on_dask(stories: Sequence[Story], work: list[int], settings: Settings,
             client: Any) -> Iterator[tuple[int, Result]]:
    """The stories as Dask tasks; Dask reruns the tasks of a lost worker, not us."""
    from dask.distributed import as_completed

    # submitted largest first: Dask starts one client's tasks in the order they came
    futures = [client.submit(run_story, stories[i], settings, pure=False) for i in work]
    position = {f.key: i for f, i in zip(futures, work, strict=True)}
    for future in as_completed(futures, loop=client.loop):
        index = position[future.key]
        try:
            # waits when the result was lost with a killed worker as it was yielded (status
            # "lost", no exception): Dask computes it again
            result = future.result()
        except Exception as err:  # noqa: BLE001 - the cluster's: KilledWorker, cancelled...
            result = failure(stories[index].name, f"lost on the Dask cluster: {err!r}")
        else:
            if not (isinstance(result, Result) and isinstance(result.line, bytes)):
                result = failure(stories[index].name, "the Dask worker runs another version "
                                                      "of compare-news")
        yield index, result
        future.release()


def _counted(results: Iterator[tuple[int, Result]], total: int,
             progress: Callable[[int, int], None]) -> Iterator[tuple[int, Result]]:
    for done, item in enumerate(results, 1):
        progress(done, total)
        yield item


def _keep_complete(out: Path, rank: dict[str, int]
                   ) -> tuple[dict[str, tuple[OutletCounts, ...]], list[_Line]]:
    """The stories OUT already holds compared (their counts by name) and where their lines are.

    Error records are left behind (their stories are tried again) and so is a cut last line,
    which is cut off first so new lines start whole. Lines split on ``\\n`` alone: a JSON
    string may hold U+2028. A story the input no longer has keeps its line, after the others.
    """
    kept: dict[str, tuple[OutletCounts, ...]] = {}
    lines: list[_Line] = []
    if not out.exists():
        return kept, lines
    offset = 0
    try:
        with open(out, "rb") as handle:
            for line in handle:
                if not line.endswith(b"\n"):
                    break
                record = _compared_record(line)
                if record is not None and record["story"] not in kept:
                    kept[record["story"]] = story_counts(record)
                    lines.append(_Line(rank.get(record["story"], len(rank) + len(lines)),
                                       offset, len(line)))
                offset += len(line)
        os.truncate(out, offset)
    except OSError as err:
        raise InputError(str(out), f"cannot resume from it: {err.strerror}") from None
    return kept, lines


def _compared_record(line: bytes) -> dict[str, Any] | None:
    try:
        record = json.loads(line)
    except ValueError:
        return None
    ok = (isinstance(record, dict) and isinstance(record.get("story"), str)
          and record.get("format") == "compare/1" and "error" not in record)
    return record if ok else None


def _put_in_order(out: Path, lines: list[_Line]) -> None:
    """OUT rewritten with these lines in input order, then swapped in whole, when need be.

    Lines are written as stories finish, so a killed run keeps all it did; the finished file
    is in input order, the same bytes however many workers ran it and in whatever order.
    """
    ordered = sorted(lines, key=lambda line: line.rank)
    if ordered == lines and sum(line.length for line in lines) == out.stat().st_size:
        return
    temporary = out.with_name(f".{out.name}.tmp")
    with open(out, "rb") as source, open(temporary, "wb") as target:
        for line in ordered:
            source.seek(line.offset)
            target.write(source.read(line.length))
        target.flush()
        os.fsync(target.fileno())
    temporary.replace(out)


def write_summary(path: str, outlets: Sequence[OutletCounts]) -> None:
    """The per-outlet table, CSV or Markdown by the file's extension, written atomically."""
    render = SUMMARY_FORMATS[Path(path).suffix.lower()]
    target = Path(path)
    temporary = target.with_name(f".{target.name}.tmp")
    try:
        temporary.write_text(render(outlets), encoding="utf-8")
        temporary.replace(target)
    except OSError as err:
        temporary.unlink(missing_ok=True)
        raise InputError(path, f"cannot write: {err.strerror or err}") from None


class ProgressBar:
    """A rich progress bar on stderr, redrawn on each story (no thread: the pool forks)."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._bar = Progress(TextColumn("comparing stories"), BarColumn(),
                             MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn(),
                             console=Console(stderr=True), auto_refresh=False)
        self._task = self._bar.add_task("stories", total=None)
        self._bar.start()

    def __call__(self, done: int, total: int) -> None:
        self._bar.update(self._task, completed=done, total=total)
        self._bar.refresh()

    def close(self) -> None:
        self._bar.stop()
