"""The plain-text report: readable at 80 columns, every line traceable to the articles."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable

from ..coverage import Coverage, coverage, percent
from ..model import Comparison, Fact, Kind, Status
from .common import (
    ABSENT,
    MARK,
    OTHER_VALUE,
    coverage_rows,
    fact_label,
    first_mentions,
    kind_of,
    page_metadata,
    pair_line,
    snippet,
    summarise,
    word_diff,
)

WIDTH = 80
_STYLE = {
    "shared": "\x1b[32m",
    "conflict": "\x1b[1;31m",
    "unique": "\x1b[33m",
    "heading": "\x1b[1m",
    "delete": "\x1b[31m",
    "insert": "\x1b[32m",
    "dim": "\x1b[2m",
}
_RESET = "\x1b[0m"


class _Writer:
    def __init__(self, color: bool) -> None:
        self.color = color
        self.lines: list[str] = []

    def paint(self, text: str, style: str) -> str:
        return f"{_STYLE[style]}{text}{_RESET}" if self.color and text else text

    def line(self, text: str = "") -> None:
        self.lines.append(text)

    def wrapped(self, text: str, indent: str, hanging: str | None = None) -> None:
        self.lines.extend(wrap(text, indent, indent if hanging is None else hanging) or [indent])

    def heading(self, text: str) -> None:
        self.line()
        self.line(self.paint(text, "heading"))
        self.line(self.paint("─" * min(WIDTH, len(text)), "dim"))


_CONTROL_SPACE = re.compile(r"[\t\n\x0b\x0c\r]|  ")
"""What ``wrap`` leaves to ``textwrap``: words one space apart are the common case."""


def wrap(text: str, indent: str, hanging: str) -> list[str]:
    """``textwrap.wrap`` at ``WIDTH``, long words and hyphens unbroken, line for line: a report
    of many sources wraps hundreds of thousands of lines, and for words one space apart the
    greedy fill is a line's last space that fits, found in one search a line."""
    if not text or text[0] == " " or text[-1] == " " or _CONTROL_SPACE.search(text):
        return textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent=hanging,
                             break_long_words=False, break_on_hyphens=False)
    lines: list[str] = []
    at, prefix = 0, indent
    while len(text) - at > WIDTH - len(prefix):
        cut = text.rfind(" ", at, at + WIDTH - len(prefix) + 1)
        if cut < 0:  # a word longer than the line stands alone on it
            cut = text.find(" ", at)
            if cut < 0:
                break
        lines.append(prefix + text[at:cut])
        at, prefix = cut + 1, hanging
    lines.append(prefix + text[at:])
    return lines


def render(comparison: Comparison, *, color: bool = False) -> str:
    """The whole report as one string, ending with a newline."""
    out = _Writer(color)
    docs = comparison.documents
    summary = summarise(comparison)
    out.line(out.paint(f"compare-news: {len(docs)} sources", "heading"))
    label_width = max(len(d.label) for d in docs)
    for d in docs:
        n = len(d.sentences)
        size = f"{len(d.text):,} characters, {n} sentence{'s' if n != 1 else ''}"
        out.wrapped(f"{d.id}  {d.label:<{label_width}}  {size}", "  ", "      ")
        out.wrapped(d.source, "     ")
        if d.title:
            out.wrapped(f"title: {d.title}", "      ")
        if about := page_metadata(d):
            out.wrapped(about, "      ")
    only = ", ".join(f"{n} only in {d.id}" for d, n in zip(docs, summary.unique, strict=True))
    out.line()
    out.wrapped(
        f"Summary: {summary.shared} shared facts, {summary.conflicts} disagreements, {only}, "
        f"{summary.pairs} aligned sentence pairs (threshold {comparison.threshold:.2f}).",
        "",
        "  ",
    )
    if len(docs) > 2:
        _coverage(out, comparison, coverage(comparison))

    shared = comparison.facts_with(Status.SHARED)
    out.heading(f"SHARED FACTS ({len(shared)}): reported by two or more sources")
    _facts(out, comparison, shared, "shared")
    if not shared:
        out.line("  (none)")

    conflicts = comparison.facts_with(Status.CONFLICT)
    out.heading(f"DISAGREEMENTS ({len(conflicts)}): the same thing, different values")
    for fact in conflicts:
        out.wrapped(f"{out.paint('≠', 'conflict')} {fact.label} ({fact.kind})", "  ", "    ")
        for doc, value in fact.values:
            mention = next((m for m in fact.mentions_in(doc) if m.text == value), None)
            where = f"  {snippet(comparison, mention)}" if mention else ""
            out.wrapped(f"{docs[doc].id}: {value}{where}", "      ", "         ")
    if not conflicts:
        out.line("  (none)")

    for index, doc in enumerate(docs):
        unique = comparison.unique_to(index)
        out.heading(f"ONLY IN {doc.id} ({len(unique)}): {doc.label}")
        terms = [fact for fact in unique if fact.kind is Kind.TERM]
        for fact in unique:
            if fact.kind is Kind.TERM:
                continue  # listed on one line below: one-source key terms are many and short
            mentions = fact.mentions_in(index)
            more = f" (+{len(mentions) - 1} more)" if len(mentions) > 1 else ""
            out.wrapped(
                f"{out.paint('•', 'unique')} {fact_label(fact)} ({kind_of(fact)}){more}: "
                f"{snippet(comparison, mentions[0], width=50)}",
                "  ",
                "    ",
            )
        if terms:
            out.wrapped(f"{out.paint('•', 'unique')} key terms ({len(terms)}): "
                        + ", ".join(fact.label for fact in terms), "  ", "    ")
        if not unique:
            out.line("  (none)")

    pairs = len(comparison.alignments)
    out.heading(f"ALIGNED SENTENCES ({pairs}): pairs that report the same thing")
    for pair in comparison.alignments:
        left, right = docs[pair.left_doc], docs[pair.right_doc]
        evidence = ", ".join(comparison.fact(f).label for f in pair.facts) or "wording only"
        out.line(
            f"  {left.id}{pair.left + 1} ~ {right.id}{pair.right + 1}  score {pair.score:.2f}"
        )
        out.wrapped(f"shared: {evidence}", "    ", "            ")
        old, new = left.sentence_text(pair.left), right.sentence_text(pair.right)
        out.wrapped(f"{left.id}: {' '.join(old.split())}", "    ", "       ")
        out.wrapped(f"{right.id}: {' '.join(new.split())}", "    ", "       ")
        out.wrapped("diff: " + _diff(out, old, new), "    ", "          ")
        out.line()
    if not comparison.alignments:
        out.line("  (none)")
    out.wrapped(
        "Key: sentence numbers count from 1 in each source; diff shows "
        "[-words only in the first-] {+words only in the second+}.",
        "",
    )
    return "\n".join(line.rstrip() for line in out.lines) + "\n"


PAIRS_LISTED = 10
"""How many disagreeing pairs of sources the story figures name."""
MIN_LABEL = 24
"""The narrowest fact column of the coverage grid; more sources go to another band."""


def _coverage(out: _Writer, comparison: Comparison, cov: Coverage) -> None:
    """With three or more sources: figures per source (the legend of the letters), the grid of
    facts against sources (most widely carried first) and the pairs that disagree most."""
    docs = comparison.documents
    total = len(cov.rows)
    out.heading(f"COVERAGE ({total} facts, {len(docs)} sources): who reports what")
    label_width = min(24, max(len(d.label) for d in docs))
    id_width = max(len(d.id) for d in docs)
    out.line(f"  {'':<{id_width}}  {'source':<{label_width}}  facts  share  only it  disagrees")
    for d, figures in zip(docs, cov.figures, strict=True):
        label = _cut(d.label, label_width)
        out.line(f"  {d.id:<{id_width}}  {label:<{label_width}}  {figures.facts:>5}  "
                 f"{percent(figures.share):>5}  {figures.only:>7}  {figures.disagreements:>9}")
    out.wrapped("share: the part of the story's facts the source reports; only it: facts no "
                "other source reports; disagrees: disagreements it takes a side in.", "  ")
    rows = coverage_rows(cov)
    out.line()
    mark, other = out.paint(MARK, "shared"), out.paint(OTHER_VALUE, "conflict")
    out.wrapped(f"{mark} reports the fact; {other} gives another value (see DISAGREEMENTS); "
                f"{ABSENT} does not; n: how many sources report it. Facts two or more sources "
                "report, most sources first, then in order of appearance:", "  ")
    step = 2 if 2 + MIN_LABEL + 8 + 2 * len(docs) + 4 <= WIDTH else 1
    room = max(1, (WIDTH - 2 - MIN_LABEL - 8 - 4) // step)
    bands = -(-len(docs) // room)
    per_band = -(-len(docs) // bands)  # bands of even size, each as wide as 80 columns allow
    for first in range(0, len(docs), per_band):
        band = range(first, min(len(docs), first + per_band))
        _grid(out, comparison, rows, band, step, len(docs) > per_band)
    if not rows:
        out.line("  (no fact is reported by two sources)")
    rest = total - len(rows)
    if rest:
        out.wrapped(f"and {rest} fact{'s' if rest != 1 else ''} one source reports each "
                    "(ONLY IN below).", "  ")
    out.line()
    if not cov.pairs:
        out.line("  No two sources disagree.")
        return
    out.line("  Pairs of sources that disagree most:")
    for pair in cov.pairs[:PAIRS_LISTED]:
        out.wrapped(pair_line(comparison, pair), "    ", "      ")
    if len(cov.pairs) > PAIRS_LISTED:
        out.line(f"    and {len(cov.pairs) - PAIRS_LISTED} more pairs")


def _grid(out: _Writer, comparison: Comparison, rows: list, band: range, step: int,
          banded: bool) -> None:
    """The grid of rows against the sources of one band: one column of ``step`` characters a
    source, ids written top-down when longer than a letter."""
    docs = comparison.documents
    columns = step * len(band)
    label_width = WIDTH - 2 - 8 - columns - 4
    ids = [docs[d].id for d in band]
    out.line()
    if banded:
        out.line(f"  sources {ids[0]} to {ids[-1]}:")
    for k in range(max(len(i) for i in ids)):
        heads = "".join((i[k] if k < len(i) else " ").ljust(step) for i in ids)
        lead = "fact".ljust(label_width) + "kind".ljust(8) if k == 0 else " " * (label_width + 8)
        out.line(f"  {lead}{heads}{'  n' if k == 0 else ''}")
    for row in rows:
        cells = []
        for d in band:
            if d not in row.carriers:
                cells.append(ABSENT.ljust(step))
            elif row.value_in(d) is not None:
                cells.append(out.paint(OTHER_VALUE, "conflict") + " " * (step - 1))
            else:
                cells.append(out.paint(MARK, "shared") + " " * (step - 1))
        label = _cut(fact_label(row.fact), label_width - 1).ljust(label_width)
        out.line(f"  {label}{str(row.fact.kind):<8}{''.join(cells)}{row.count:>3}")


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _facts(out: _Writer, comparison: Comparison, facts: Iterable[Fact], style: str) -> None:
    docs = comparison.documents
    for fact in facts:
        out.wrapped(f"{out.paint('=', style)} {fact_label(fact)} ({kind_of(fact)})", "  ",
                    "    ")
        for doc, mention, more in first_mentions(fact):
            extra = f" (+{more} more)" if more else ""
            out.wrapped(
                f"{docs[doc].id}: {snippet(comparison, mention)}{extra}", "      ", "         "
            )


def _diff(out: _Writer, old: str, new: str) -> str:
    parts = []
    for part in word_diff(old, new):
        if part.tag == "delete":
            parts.append(out.paint(f"[-{part.text}-]", "delete"))
        elif part.tag == "insert":
            parts.append(out.paint(f"{{+{part.text}+}}", "insert"))
        else:
            parts.append(part.text)
    return " ".join(parts)
