"""The plain-text report: readable at 80 columns, every line traceable to the articles."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

from ..model import Comparison, Fact, Status
from .common import first_mentions, snippet, summarise, word_diff

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
        for line in textwrap.wrap(text, WIDTH, initial_indent=indent,
                                  subsequent_indent=hanging if hanging is not None else indent,
                                  break_long_words=False, break_on_hyphens=False) or [indent]:
            self.lines.append(line)

    def heading(self, text: str) -> None:
        self.line()
        self.line(self.paint(text, "heading"))
        self.line(self.paint("─" * min(WIDTH, len(text)), "dim"))


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
        if d.published:
            out.wrapped(f"published: {d.published}", "      ")
    only = ", ".join(f"{n} only in {d.id}" for d, n in zip(docs, summary.unique, strict=True))
    out.line()
    out.wrapped(
        f"Summary: {summary.shared} shared facts, {summary.conflicts} disagreements, {only}, "
        f"{summary.pairs} aligned sentence pairs (threshold {comparison.threshold:.2f}).",
        "",
        "  ",
    )

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
        for fact in unique:
            mentions = fact.mentions_in(index)
            more = f" (+{len(mentions) - 1} more)" if len(mentions) > 1 else ""
            out.wrapped(
                f"{out.paint('•', 'unique')} {fact.label} ({fact.kind}){more}: "
                f"{snippet(comparison, mentions[0], width=50)}",
                "  ",
                "    ",
            )
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


def _facts(out: _Writer, comparison: Comparison, facts: Iterable[Fact], style: str) -> None:
    docs = comparison.documents
    for fact in facts:
        out.wrapped(f"{out.paint('=', style)} {fact.label} ({fact.kind})", "  ", "    ")
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
