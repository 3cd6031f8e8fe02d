"""Per-outlet figures over compared stories: how much of each story an outlet carries, what it
alone reports, and how often it disagrees with the others.

Pure: ``compare/1`` records (plain JSON data) in, counts and tables out. The figures are read
from the records, not from the engine's objects, so a resumed batch sums stories it compared
long ago exactly like the ones it has just compared. An outlet is a document's ``outlet``, or its
``label`` when it has none; all articles of one outlet in one story count together.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from typing import Any

from .coverage import vocabulary


@dataclass(frozen=True, slots=True)
class OutletCounts:
    """One outlet's counts, in one story or summed over many."""

    outlet: str
    stories: int
    articles: int
    facts: int
    """Facts its articles report."""
    core: int
    """Facts of those stories that two or more outlets report: what the story is made of."""
    carried: int
    """Core facts it reports."""
    alone: int
    """Facts no other outlet reports."""
    disagrees: int
    """Core facts it reports with a value another outlet gives differently (a conflict)."""

    def __add__(self, other: OutletCounts) -> OutletCounts:
        return OutletCounts(
            self.outlet,
            *(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)[1:]),
        )


def story_counts(record: Mapping[str, Any]) -> tuple[OutletCounts, ...]:
    """Each outlet's counts in one compared story (a ``compare/1`` record), by outlet name."""
    outlet_of = {d["id"]: d.get("outlet") or d["label"] for d in record["documents"]}
    articles = Counter(outlet_of.values())
    facts: Counter[str] = Counter()
    carried: Counter[str] = Counter()
    alone: Counter[str] = Counter()
    disagrees: Counter[str] = Counter()
    core = 0
    for fact in record["facts"]:
        if vocabulary(fact.get("kind", ""), len(set(fact["docs"]))):
            continue  # a key term one source uses: no claim
        outlets = {outlet_of[doc] for doc in fact["docs"]}
        facts.update(outlets)
        if len(outlets) == 1:
            alone.update(outlets)
            continue
        core += 1
        carried.update(outlets)
        if fact["status"] == "conflict":
            disagrees.update(outlets)
    return tuple(
        OutletCounts(name, 1, articles[name], facts[name], core, carried[name], alone[name],
                     disagrees[name])
        for name in sorted(articles)
    )


def summarise(counts: Iterable[OutletCounts]) -> tuple[OutletCounts, ...]:
    """Counts summed by outlet; the outlets with most articles first, then by name."""
    totals: dict[str, OutletCounts] = {}
    for item in counts:
        totals[item.outlet] = totals[item.outlet] + item if item.outlet in totals else item
    return tuple(sorted(totals.values(), key=lambda c: (-c.articles, c.outlet)))


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def to_markdown(rows: Iterable[OutletCounts]) -> str:
    """A Markdown table, columns padded so it reads as plain text on a terminal too."""
    header = ("outlet", "stories", "articles", "facts", "carries", "alone", "disagrees")
    table = [header]
    for r in rows:
        table.append((
            r.outlet.replace("|", "\\|"),
            f"{r.stories:,}",
            f"{r.articles:,}",
            f"{r.facts:,}",
            f"{r.carried:,} of {r.core:,} ({_share(r.carried, r.core):.0%})",
            f"{r.alone:,} ({_share(r.alone, r.facts):.0%})",
            f"{r.disagrees:,} ({_share(r.disagrees, r.carried):.0%})",
        ))
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    lines = []
    for n, row in enumerate(table):
        cells = [cell.ljust(w) if i == 0 else cell.rjust(w)
                 for i, (cell, w) in enumerate(zip(row, widths, strict=True))]
        lines.append("| " + " | ".join(cells) + " |")
        if n == 0:
            lines.append("|" + "|".join(
                "-" * (w + 1) + ":" if i else ":" + "-" * (w + 1) for i, w in enumerate(widths)
            ) + "|")
    return "\n".join(lines) + "\n"


def to_csv(rows: Iterable[OutletCounts]) -> str:
    """Counts and shares (0..1, four decimals), one outlet a row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["outlet", "stories", "articles", "facts", "core", "carried", "carries",
                     "alone", "alone_share", "disagrees", "disagrees_share"])
    for r in rows:
        writer.writerow([
            r.outlet, r.stories, r.articles, r.facts, r.core, r.carried,
            f"{_share(r.carried, r.core):.4f}", r.alone, f"{_share(r.alone, r.facts):.4f}",
            r.disagrees, f"{_share(r.disagrees, r.carried):.4f}",
        ])
    return out.getvalue()
