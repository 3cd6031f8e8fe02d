"""Matching mentions across documents: which numbers, dates and quotations are one fact.

A number is one fact with another of the same value only when both say what it is about in a
compatible way: "published in 2017" and "the 2017 election" stay two facts. Quotations match
by rapidfuzz partial ratio, against the other document's quotations and its plain text, since
one outlet often quotes what another reports in its own words.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from .lexicon import synonyms
from .model import Document, Kind
from .phrases import Phrase
from .quantities import Quantity
from .quotes import Quote

Ref = tuple[int, int]
"""(document index, item index): one mention in one document."""


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[Ref, Ref] = {}

    def find(self, x: Ref) -> Ref:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: Ref, b: Ref) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self, items: Sequence[Ref]) -> list[list[Ref]]:
        out: dict[Ref, list[Ref]] = defaultdict(list)
        for item in items:
            out[self.find(item)].append(item)
        return sorted((sorted(g) for g in out.values()), key=lambda g: g[0])


def context_terms(
    doc: Document, q: Quantity, entity_at: Callable[[int, int], set[str]]
) -> frozenset[str]:
    """What a number is about: the content words and names around it, and what it counts."""
    start, end = q.context
    terms = set(q.terms)  # the content words around it, found with the quantity
    terms.update(entity_at(start, end))
    if q.noun:
        terms.add(q.noun)
    return frozenset(terms)


def _distinctive(q: Quantity) -> bool:
    """Repeated in one article, this value is one fact: large or precise numbers, full dates."""
    if q.kind in (Kind.MONEY, Kind.PERCENT, Kind.TIME):
        return True
    if q.value.startswith("date "):
        return True
    if q.kind is Kind.NUMBER and not q.value.startswith(("ordinal", "year")):
        try:
            return float(q.value) >= 11 or "." in q.value
        except ValueError:
            return False
    return False


def link_quantities(
    quantities: Sequence[Sequence[Quantity]],
    contexts: Sequence[Sequence[frozenset[str]]],
    common: Callable[[str], bool],
) -> list[list[Ref]]:
    """Group the quantities of all documents into facts: same value, compatible context.

    Mentions of one value are split first by what they count (``counted``): "two counts"
    and "two girls" are never one fact, whatever their context. A count that names
    nothing, a weekday or a time is linked here as a candidate: ``engine`` keeps it in a
    shared fact only where the aligner pairs its sentence with another source's mention.
    A full date joins a bare year only when no other full date of that year is in play,
    so two different dates are never one fact.
    """
    uf = UnionFind()
    refs: list[Ref] = []
    by_key: dict[str, list[Ref]] = defaultdict(list)
    for d, qs in enumerate(quantities):
        for i, q in enumerate(qs):
            refs.append((d, i))
            uf.find((d, i))
            for key in q.keys:
                by_key[key].append((d, i))
    for key, members in by_key.items():
        if len(members) < 2:
            continue
        for bucket in _buckets(quantities, key, members):
            _link_bucket(quantities, contexts, common, key, bucket, uf)
    return uf.groups(refs)


def _link_bucket(
    quantities: Sequence[Sequence[Quantity]],
    contexts: Sequence[Sequence[frozenset[str]]],
    common: Callable[[str], bool],
    key: str,
    members: list[Ref],
    uf: UnionFind,
) -> None:
    """Link mentions of one value counting one thing: on the value alone when it is
    distinctive, else when they share a word of context."""
    finer = {quantities[d][i].value for d, i in members} - {key}
    # a free value ("9/11" of a report with no publication date) is one fact with the one
    # finer value it can stand for (the 9/11 of a dated report), never with two
    free = [r for r in members if quantities[r[0]][r[1]].free and
            (key == quantities[r[0]][r[1]].value or len(finer) == 1)]
    for r in free[1:]:
        uf.union(free[0], r)
    per_doc: dict[int, list[Ref]] = defaultdict(list)
    for r in members:
        if _distinctive(quantities[r[0]][r[1]]) and key == quantities[r[0]][r[1]].value:
            per_doc[r[0]].append(r)
    for rs in per_doc.values():
        for r in rs[1:]:
            uf.union(rs[0], r)
    by_term: dict[str, list[Ref]] = defaultdict(list)
    for r in members:
        for term in contexts[r[0]][r[1]]:
            if not common(term):
                by_term[term].append(r)
    for rs in by_term.values():
        if len({r[0] for r in rs}) < 2 and not _same_noun(quantities, rs):
            continue
        for r in rs[1:]:
            uf.union(rs[0], r)


def counted(q: Quantity) -> str:
    """What a mention counts, for matching: its noun's synonym group ("people" and
    "person" are one), "" when it names nothing; money, percentages, dates and times
    count their own kind."""
    if q.kind is not Kind.NUMBER or q.value.startswith("year"):
        return "*"
    if not q.noun:
        return ""
    noun = re.sub(r"(?<=\w\w)tr$", "ter", q.noun)  # "metres" and "meters" count one unit
    return synonyms().get(noun, noun)


def small(q: Quantity) -> bool:
    """A count of one to four (or an ordinal up to fourth): too common to share unnamed."""
    head = q.value.removeprefix("ordinal ")
    return head in ("1", "2", "3", "4")


def _buckets(
    quantities: Sequence[Sequence[Quantity]], key: str, members: list[Ref]
) -> list[list[Ref]]:
    """The members of one key, split into groups that may be one fact."""
    primary = [r for r in members if quantities[r[0]][r[1]].value == key]
    secondary = [r for r in members if quantities[r[0]][r[1]].value != key]
    if len({quantities[d][i].value for d, i in secondary}) > 1:
        secondary = []  # two full dates of one year: the year alone cannot say which
    members = primary + secondary
    by_noun: dict[str, list[Ref]] = defaultdict(list)
    for d, i in members:
        by_noun[counted(quantities[d][i])].append((d, i))
    # two nouns are one thing when one heads a phrase naming the other: "14 seats" and
    # "14 former Tory MPs in marginal seats", "the fifth successful anti-piracy operation"
    # and "the fifth anti-piracy operation"; not for a count of one to four, which shares
    # only with the same noun ("two incidents on consecutive days" is not "two days")
    nouns = sorted(n for n in by_noun if n not in ("", "*"))
    if len(nouns) > 1 and key not in ("1", "2", "3", "4"):
        same = UnionFind()
        for n in nouns:
            for d, i in by_noun[n]:
                for other in nouns:
                    if other != n and other in quantities[d][i].phrase:
                        same.union((nouns.index(n), 0), (nouns.index(other), 0))
        merged: dict[str, list[Ref]] = defaultdict(list)
        for n in nouns:
            merged[nouns[same.find((nouns.index(n), 0))[0]]].extend(by_noun.pop(n))
        by_noun.update(merged)
    named = [n for n in by_noun if n not in ("", "*")]
    unnamed = by_noun.pop("", [])
    if len(named) == 1 and unnamed:
        # one thing counted: a mention naming nothing may be it (``engine`` keeps it only
        # where the aligner pairs its sentence), unless it is a count of one to four
        keep = [r for r in unnamed if not small(quantities[r[0]][r[1]])]
        by_noun[named[0]].extend(keep)
        unnamed = [r for r in unnamed if r not in keep]
    out = [sorted(rs) for _, rs in sorted(by_noun.items())]
    if unnamed:
        out.append(sorted(unnamed))
    return out


def _same_noun(quantities: Sequence[Sequence[Quantity]], refs: Sequence[Ref]) -> bool:
    nouns = {quantities[d][i].noun for d, i in refs}
    return len(nouns) == 1 and "" not in nouns


def link_phrases(
    phrases: Sequence[Sequence[Phrase]], *, overlap: float = 0.6, max_postings: int = 200
) -> list[list[Ref]]:
    """Group the charges of all documents: one charge when their words overlap enough
    (shared words over all words, at least ``overlap``): "leaving the scene of an accident
    without reporting it" and "leaving the scene of a fatal accident" are one charge,
    "murder" and "attempted murder" are two. Candidates come from the words they share."""
    uf = UnionFind()
    refs: list[Ref] = []
    by_key: dict[frozenset[str], Ref] = {}
    by_word: dict[str, list[Ref]] = defaultdict(list)
    for d, ps in enumerate(phrases):
        for i, p in enumerate(ps):
            refs.append((d, i))
            uf.find((d, i))
            if p.key in by_key:
                uf.union(by_key[p.key], (d, i))  # one wording: linked without a lookup
                continue
            by_key[p.key] = (d, i)
            for word in sorted(p.key):
                by_word[word].append((d, i))
    seen: set[tuple[Ref, Ref]] = set()
    for members in by_word.values():
        if len(members) > max_postings:
            continue
        for n, a in enumerate(members):
            for b in members[n + 1:]:
                if (a, b) in seen:
                    continue
                seen.add((a, b))
                ka, kb = phrases[a[0]][a[1]].key, phrases[b[0]][b[1]].key
                if len(ka & kb) >= overlap * len(ka | kb):
                    uf.union(a, b)
    return uf.groups(refs)


@dataclass(frozen=True, slots=True)
class QuoteMatch:
    """A quotation of one document found in another: as a quotation or in plain text."""

    doc: int
    start: int
    end: int
    score: float


_FOLD_CHARS = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-",
                             "`": "'"})


def _norm(text: str) -> str:
    """Length-preserving normal form, so match offsets map back to the text."""
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text.translate(_FOLD_CHARS))


def fold_quote_text(text: str) -> str:
    """``_norm`` at C speed: ``lower()`` differs from ``_norm``'s character-by-character
    lowering only where a character lowers to several (then the length changes) or for a
    final sigma; those texts take ``_norm`` itself."""
    plain = text.translate(_FOLD_CHARS)
    low = plain.lower()
    return low if len(low) == len(plain) and "Σ" not in plain else _norm(text)


def quote_needle(quote: Quote) -> str:
    """The form of a quotation ``find_quote`` looks for: computed once per quotation by a
    caller searching many documents for it."""
    return fold_quote_text(quote.text).strip(" .,;:\"'")


def find_quote(
    quote: Quote,
    doc: Document,
    sentence_ids: Sequence[int],
    *,
    cutoff: float = 88.0,
    folded: str | None = None,
    needle: str | None = None,
) -> QuoteMatch | None:
    """Where ``quote`` stands in ``doc``, searching only the given candidate sentences.

    ``folded`` is ``doc.text`` already in normal form, for a caller searching one document
    for many quotations (the form is per character, so a slice of it is the slice's form);
    ``needle`` is ``quote_needle(quote)``, for a caller searching many documents for it.
    """
    if needle is None:
        needle = quote_needle(quote)
    if len(needle) < 8:
        return None
    best: QuoteMatch | None = None
    for s in sentence_ids:
        start, end = doc.sentences[s]
        lo = start
        hi = min(len(doc.text), end + len(needle))
        hay = folded[lo:hi] if folded is not None else _norm(doc.text[lo:hi])
        at = hay.find(needle)
        if at >= 0:
            return QuoteMatch(-1, lo + at, lo + at + len(needle), 100.0)
        result = fuzz.partial_ratio_alignment(needle, hay, score_cutoff=cutoff)
        if result is None:
            continue
        if best is None or result.score > best.score:
            best = QuoteMatch(-1, lo + result.dest_start, lo + result.dest_end, result.score)
    return best
