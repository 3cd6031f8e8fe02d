"""The report as Markdown: the text report's content as tables and lists."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..coverage import coverage, percent
from ..model import Comparison, Document, Kind, Status
from .common import (
    MARK,
    coverage_rows,
    fact_label,
    first_mentions,
    kind_of,
    pair_line,
    snippet,
    summarise,
    wdiff,
)

_ESCAPE = re.compile(r"([\\`*_\[\]|<>#])")


def _md(text: str) -> str:
    return _ESCAPE.sub(r"\\\1", " ".join(text.split()))


def _about(docs: Sequence[Document]) -> list[str]:
    """What the pages say of themselves (title, outlet, author, published), a row a source;
    nothing when no source says any of it."""
    columns = [("Title", "title"), ("Outlet", "outlet"), ("Author", "author"),
               ("Published", "published")]
    columns = [(head, name) for head, name in columns if any(getattr(d, name) for d in docs)]
    if not columns:
        return []
    rows = ["", "| Id | " + " | ".join(head for head, _ in columns) + " |",
            "|---|" + "---|" * len(columns)]
    for d in docs:
        rows.append(f"| {d.id} | " + " | ".join(_md(getattr(d, name) or "")
                                                 for _, name in columns) + " |")
    return rows


def render(comparison: Comparison) -> str:
    docs = comparison.documents
    summary = summarise(comparison)
    lines = ["# Comparison", "", "| Id | Source | File | Characters | Sentences |",
             "|---|---|---|---:|---:|"]
    for d in docs:
        lines.append(f"| {d.id} | {_md(d.label)} | {_md(d.source)} | {len(d.text):,} | "
                     f"{len(d.sentences)} |")
    lines += _about(docs)
    only = ", ".join(f"{n} only in {d.id}" for d, n in zip(docs, summary.unique, strict=True))
    lines += ["", f"**Summary:** {summary.shared} shared facts, {summary.conflicts} "
              f"disagreements, {only}, {summary.pairs} aligned sentence pairs "
              f"(threshold {comparison.threshold:.2f}).", ""]
    if len(docs) > 2:
        lines += _coverage(comparison)

    shared = comparison.facts_with(Status.SHARED)
    lines += [f"## Shared facts ({len(shared)})", ""]
    if shared:
        lines += ["| Fact | Kind | " + " | ".join(d.id for d in docs) + " |",
                  "|---|---|" + "---|" * len(docs)]
        for fact in shared:
            cells = {doc: f"{_md(snippet(comparison, m))}{f' (+{more})' if more else ''}"
                     for doc, m, more in first_mentions(fact)}
            lines.append(f"| {_md(fact_label(fact))} | {_md(kind_of(fact))} | "
                         + " | ".join(cells.get(i, "") for i in range(len(docs))) + " |")
    else:
        lines.append("None.")
    conflicts = comparison.facts_with(Status.CONFLICT)
    lines += ["", f"## Disagreements ({len(conflicts)})", ""]
    if conflicts:
        lines += ["| Fact | Kind | Source | Value |", "|---|---|---|---|"]
        for fact in conflicts:
            for doc, value in fact.values:
                lines.append(f"| {_md(fact.label)} | {fact.kind} | {docs[doc].id} | {_md(value)} |")
    else:
        lines.append("None.")
    for index, doc in enumerate(docs):
        unique = comparison.unique_to(index)
        lines += ["", f"## Only in {doc.id}: {_md(doc.label)} ({len(unique)})", ""]
        for fact in unique:
            if fact.kind is Kind.TERM:
                continue  # listed on one line below, as in the text report
            mention = fact.mentions_in(index)[0]
            lines.append(f"- **{_md(fact_label(fact))}** ({_md(kind_of(fact))}): "
                         f"{_md(snippet(comparison, mention, width=50))}")
        terms = [_md(fact.label) for fact in unique if fact.kind is Kind.TERM]
        if terms:
            lines.append(f"- key terms ({len(terms)}): " + ", ".join(terms))
        if not unique:
            lines.append("None.")
    lines += ["", f"## Aligned sentences ({len(comparison.alignments)})", ""]
    for pair in comparison.alignments:
        left, right = docs[pair.left_doc], docs[pair.right_doc]
        evidence = ", ".join(_md(comparison.fact(f).label) for f in pair.facts) or "wording only"
        old, new = left.sentence_text(pair.left), right.sentence_text(pair.right)
        lines += [
            f"### {left.id}{pair.left + 1} ~ {right.id}{pair.right + 1} (score {pair.score:.2f})",
            "",
            f"Shared: {evidence}",
            "",
            f"> **{left.id}:** {_md(old)}",
            ">",
            f"> **{right.id}:** {_md(new)}",
            "",
            "```text",
            wdiff(" ".join(old.split()), " ".join(new.split())),
            "```",
            "",
        ]
    if not comparison.alignments:
        lines.append("None.")
    return "\n".join(lines).rstrip() + "\n"


def _coverage(comparison: Comparison) -> list[str]:
    """Figures per source, a table of facts against sources (most widely carried first, a
    source's own value where sources disagree) and the pairs that disagree most."""
    docs = comparison.documents
    cov = coverage(comparison)
    lines = [f"## Coverage ({len(cov.rows)} facts, {len(docs)} sources)", "",
             "| Id | Source | Facts | Share | Only it | Disagrees |",
             "|---|---|---:|---:|---:|---:|"]
    for d, figures in zip(docs, cov.figures, strict=True):
        lines.append(f"| {d.id} | {_md(d.label)} | {figures.facts} | {percent(figures.share)} | "
                     f"{figures.only} | {figures.disagreements} |")
    rows = coverage_rows(cov)
    lines += ["", f"Facts two or more sources report, most sources first ({MARK}: reports it; "
              "a value: the source's own value where sources disagree):", ""]
    if rows:
        lines += ["| Fact | Kind | " + " | ".join(d.id for d in docs) + " | Sources |",
                  "|---|---|" + ":-:|" * len(docs) + "--:|"]
        for row in rows:
            cells = []
            for d in range(len(docs)):
                value = row.value_in(d)
                cells.append("" if d not in row.carriers else
                             f"**{_md(value)}**" if value is not None else MARK)
            lines.append(f"| {_md(fact_label(row.fact))} | {row.fact.kind} | " + " | ".join(cells)
                         + f" | {row.count} |")
    else:
        lines.append("None.")
    rest = len(cov.rows) - len(rows)
    if rest:
        lines += ["", f"And {rest} facts one source reports each (*Only in* below)."]
    lines += ["", "**Pairs of sources that disagree most:**", ""]
    lines += [f"- {_md(pair_line(comparison, pair))}" for pair in cov.pairs[:10]] or ["None."]
    return [*lines, ""]
