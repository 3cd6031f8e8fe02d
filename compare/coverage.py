"""Who reports what across many sources: rows of facts against columns of sources.

With five or twenty reports of one story the question is not how A and B differ but which facts
every source carries, which only one carries, and who disagrees with whom. This module answers it
from a ``Comparison`` alone (pure: no I/O, no Textual), for the TUI's coverage table and for the
reports' COVERAGE section and story figures alike.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import combinations

from .model import Comparison, Fact, Kind, Status

FILTERS = ("all", "every", "one", "conflict")
"""Row filters: every fact, facts all sources carry, facts one source carries, disagreements."""

FILTER_NAMES = {
    "all": "all facts",
    "every": "carried by all",
    "one": "carried by one",
    "conflict": "disagreements",
}


@dataclass(frozen=True, slots=True)
class Row:
    """One fact as a row of the table: which sources carry it, and what each one says."""

    fact: Fact
    order: int
    """Position of the fact in the comparison (the engine numbers facts by first appearance)."""
    carriers: tuple[int, ...]
    """Indices of the documents that report the fact, in document order."""
    values: tuple[tuple[int, str], ...] = ()
    """For a disagreement: each source's own value, ``(document index, value as written)``."""

    @property
    def count(self) -> int:
        return len(self.carriers)

    def value_in(self, doc: int) -> str | None:
        """The source's own value when the sources disagree ("20,000" against "22,000");
        several values of one source are joined with " / "; None when values agree."""
        found = [value for d, value in self.values if d == doc]
        return " / ".join(found) if found else None


@dataclass(frozen=True, slots=True)
class SourceFigures:
    """Per source: facts it reports, facts only it reports, disagreements it is part of."""

    doc: int
    facts: int
    only: int
    disagreements: int
    share: float
    """``facts`` as a share of all the story's facts (0..1)."""


@dataclass(frozen=True, slots=True)
class PairFigures:
    """Two sources that disagree: on how many facts, out of how many both report."""

    docs: tuple[int, int]
    disagreements: int
    both: int
    """Facts both sources report (the disagreements included)."""


@dataclass(frozen=True, slots=True)
class Coverage:
    """Rows sorted for reading, per-source figures, and the pairs that disagree (most first)."""

    sources: int
    rows: tuple[Row, ...]
    figures: tuple[SourceFigures, ...]
    pairs: tuple[PairFigures, ...]

    @property
    def carried_by_all(self) -> int:
        return sum(1 for row in self.rows if row.count == self.sources)

    @property
    def carried_by_one(self) -> int:
        return sum(1 for row in self.rows if row.count == 1)

    @property
    def disagreements(self) -> int:
        return sum(1 for row in self.rows if row.fact.status is Status.CONFLICT)

    def filtered(self, name: str = "all", kind: Kind | None = None) -> list[Row]:
        """The rows a filter (one of ``FILTERS``) and an optional kind keep, in table order."""
        return [row for row in self.rows if keep(row, name, self.sources, kind)]


def keep(row: Row, name: str, sources: int, kind: Kind | None = None) -> bool:
    """Whether a row passes a filter of ``FILTERS`` and, if given, is of ``kind``."""
    if kind is not None and row.fact.kind is not kind:
        return False
    if name == "every":
        return row.count == sources
    if name == "one":
        return row.count == 1
    if name == "conflict":
        return row.fact.status is Status.CONFLICT
    return True


def vocabulary(kind: str, sources: int) -> bool:
    """Whether a fact of this kind and number of sources is a source's vocabulary, not a
    claim: a key term only one source uses ("training seminars"). The pair reports list
    such terms on one line; as rows of a coverage or facts of the per-outlet figures they
    would bury the facts one source alone reports (about six a text). A term two sources
    share (a compound written two ways, one person's role) is a fact like any other."""
    return kind == Kind.TERM and sources == 1


def counted(fact: Fact) -> bool:
    """Whether a fact is a row of the coverage (``vocabulary``)."""
    return not vocabulary(fact.kind, len(set(fact.docs)))


def coverage(comparison: Comparison) -> Coverage:
    """The coverage of a comparison: rows by how many sources carry the fact (most first),
    then by first appearance; figures per source; disagreeing pairs, most disagreements first.
    A key term only one source uses is no row (``counted``)."""
    n = len(comparison.documents)
    rows = [
        Row(fact, order, tuple(sorted(set(fact.docs))), _values(fact))
        for order, fact in enumerate(comparison.facts) if counted(fact)
    ]
    rows.sort(key=lambda row: (-row.count, row.order))
    carried: Counter[int] = Counter()
    only: Counter[int] = Counter()
    disputed: Counter[int] = Counter()
    pair_disputes: Counter[tuple[int, int]] = Counter()
    for row in rows:
        carried.update(row.carriers)
        if row.count == 1:
            only[row.carriers[0]] += 1
        if row.fact.status is Status.CONFLICT:
            disputed.update(_disputants(row))
            pair_disputes.update(_disputing_pairs(row))
    total = len(rows)
    figures = tuple(
        SourceFigures(d, carried[d], only[d], disputed[d], carried[d] / total if total else 0.0)
        for d in range(n)
    )
    return Coverage(n, tuple(rows), figures, _pairs(rows, pair_disputes))


def _values(fact: Fact) -> tuple[tuple[int, str], ...]:
    """Each side's value of a disagreement; nothing for a fact whose sources agree."""
    if fact.status is not Status.CONFLICT:
        return ()
    if fact.values:
        return fact.values
    return tuple(sorted({(m.doc, m.text) for m in fact.mentions}))


def _disputing_pairs(row: Row) -> list[tuple[int, int]]:
    """The pairs of sources a disagreement sets against each other: two sources that each give
    a value, and not the same one (a source quoting the words without naming the speaker of a
    disputed quotation takes no side)."""
    if not row.values:
        return list(combinations(row.carriers, 2))
    by_doc = {doc: value for doc in row.carriers if (value := row.value_in(doc)) is not None}
    return [(a, b) for a, b in combinations(sorted(by_doc), 2) if by_doc[a] != by_doc[b]]


def _disputants(row: Row) -> tuple[int, ...]:
    """The sources that take a side in a disagreement (all carriers when no values are known)."""
    if not row.values:
        return row.carriers
    return tuple(sorted({doc for doc, _ in row.values}))


def _pairs(rows: list[Row], disputes: Counter[tuple[int, int]]) -> tuple[PairFigures, ...]:
    """Disagreeing pairs with the facts both report, counted only for those pairs (a set
    intersection each, never every pair of sources)."""
    facts_of: dict[int, set[int]] = {}
    for row in rows:
        for doc in row.carriers:
            facts_of.setdefault(doc, set()).add(row.order)
    pairs = [
        PairFigures((a, b), count, len(facts_of[a] & facts_of[b]))
        for (a, b), count in disputes.items()
    ]
    pairs.sort(key=lambda p: (-p.disagreements, -p.disagreements / max(1, p.both), p.docs))
    return tuple(pairs)


def percent(share: float) -> str:
    """A share as a whole percentage, never rounded to 0% or 100% when it is not."""
    value = round(share * 100)
    if value == 0 and share > 0:
        return "<1%"
    if value == 100 and share < 1:
        return ">99%"
    return f"{value}%"


def partner(cov: Coverage, row: Row, doc: int) -> int:
    """The source to set beside ``doc`` when the reader opens one cell of a row: the source it
    disagrees with, else another source reporting the fact, else (when only ``doc`` reports
    it) the source that reports most of the facts ``doc`` reports."""
    mine = row.value_in(doc)
    if mine is not None:
        for other, value in row.values:
            if other != doc and value != mine:
                return other
    others = [d for d in row.carriers if d != doc]
    if others:
        return next((d for d in others if d > doc), others[0])
    common: Counter[int] = Counter()
    for other_row in cov.rows:
        if doc in other_row.carriers:
            common.update(d for d in other_row.carriers if d != doc)
    if common:
        return min(common, key=lambda d: (-common[d], d))
    return (doc + 1) % cov.sources
