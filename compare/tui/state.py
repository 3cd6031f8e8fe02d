"""The comparison as seen through the two documents on screen: pairs, partners, marks, order.

Everything here is plain data derived once from a ``Comparison``, so the widgets only look
things up while painting. Side 0 is the left column, side 1 the right one; sentence numbers are
indices into each document's ``sentences``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from ..model import Comparison, Document, Fact, Status
from . import worddiff

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def display_text(text: str) -> str:
    """``text`` with every control character (newlines too) as a space: same length, one line."""
    return _CONTROL.sub(" ", text)


class Pair(NamedTuple):
    """An alignment between the two shown documents, with left and right in screen order."""

    left: int
    right: int
    score: float
    facts: tuple[str, ...]


class Mark(NamedTuple):
    """A fact mention in one document, with the status that decides how it is drawn."""

    start: int
    end: int
    status: Status
    fact_id: str
    sentence: int


@dataclass(frozen=True, slots=True)
class Block:
    """One row group of the aligned layout: a left sentence and the right sentences beside it.

    ``right`` holds the right sentences placed here (each appears once on screen, beside its
    best-scoring left partner); ``elsewhere`` the pairs whose right sentence sits in another row.
    """

    left: int | None
    right: tuple[Pair | int, ...]
    elsewhere: tuple[Pair, ...] = ()


class View:
    """The two shown documents of a comparison and every lookup the screen needs."""

    def __init__(self, comparison: Comparison, shown: tuple[int, int] = (0, 1)) -> None:
        self.comparison = comparison
        self.shown = shown
        self.docs: tuple[Document, Document] = (
            comparison.documents[shown[0]],
            comparison.documents[shown[1]],
        )
        self.texts = (display_text(self.docs[0].text), display_text(self.docs[1].text))
        self.pairs = self._pairs()
        self.partners: tuple[dict[int, list[Pair]], dict[int, list[Pair]]] = ({}, {})
        for pair in self.pairs:
            self.partners[0].setdefault(pair.left, []).append(pair)
            self.partners[1].setdefault(pair.right, []).append(pair)
        self.marks = (self._marks(shown[0]), self._marks(shown[1]))
        self._mark_starts = ([m.start for m in self.marks[0]], [m.start for m in self.marks[1]])
        self._longest_mark = max((m.end - m.start for side in self.marks for m in side), default=0)
        self._diff_cache: dict[tuple[int, int], list[tuple[int, int]]] = {}

    # -- derived once -----------------------------------------------------------------------

    def _pairs(self) -> list[Pair]:
        left_doc, right_doc = self.shown
        pairs = []
        for a in self.comparison.alignments:
            if (a.left_doc, a.right_doc) == (left_doc, right_doc):
                pairs.append(Pair(a.left, a.right, a.score, a.facts))
            elif (a.left_doc, a.right_doc) == (right_doc, left_doc):
                pairs.append(Pair(a.right, a.left, a.score, a.facts))
        pairs.sort(key=lambda p: (p.left, p.right))
        return pairs

    def _marks(self, doc: int) -> list[Mark]:
        marks = [
            Mark(m.start, m.end, fact.status, fact.id, m.sentence)
            for fact in self.comparison.facts
            for m in fact.mentions
            if m.doc == doc and m.end > m.start
        ]
        marks.sort(key=lambda m: (m.start, -m.end))
        return marks

    @cached_property
    def tags(self) -> tuple[str, str]:
        """Short names for the two sides: the document id when short, else A, B, C..."""
        return (self._tag(self.shown[0]), self._tag(self.shown[1]))

    def _tag(self, doc: int) -> str:
        doc_id = self.comparison.documents[doc].id
        return doc_id if 0 < len(doc_id) <= 3 else chr(ord("A") + doc % 26)

    @cached_property
    def _sentence_starts(self) -> tuple[list[int], list[int]]:
        return ([s for s, _ in self.docs[0].sentences], [s for s, _ in self.docs[1].sentences])

    def sentence_at(self, side: int, offset: int) -> int:
        """The sentence of one side holding ``offset`` (the last one starting at or before it)."""
        return max(0, bisect_right(self._sentence_starts[side], offset) - 1)

    @cached_property
    def facts_by_id(self) -> dict[str, Fact]:
        return {f.id: f for f in self.comparison.facts}

    @cached_property
    def blocks(self) -> list[Block]:
        """The aligned layout's row groups, in the left article's order.

        Each right sentence is placed once, beside its best-scoring partner, so the right column
        never repeats text; right sentences aligned to nothing follow at the end in their order.
        """
        best: dict[int, Pair] = {}
        for pair in self.pairs:
            if pair.right not in best or pair.score > best[pair.right].score:
                best[pair.right] = pair
        placed: dict[int, list[Pair]] = {}
        for pair in best.values():
            placed.setdefault(pair.left, []).append(pair)
        blocks = []
        for left in range(len(self.docs[0].sentences)):
            here = sorted(placed.get(left, ()), key=lambda p: p.right)
            elsewhere = tuple(p for p in self.partners[0].get(left, ()) if best[p.right] != p)
            blocks.append(Block(left, tuple(here), elsewhere))
        for right in range(len(self.docs[1].sentences)):
            if right not in best:
                blocks.append(Block(None, (right,)))
        return blocks

    @cached_property
    def aligned_order(self) -> tuple[list[int], list[int]]:
        """Sentence order of each side as the aligned layout shows them."""
        right: list[int] = []
        for block in self.blocks:
            right.extend(p.right if isinstance(p, Pair) else p for p in block.right)
        return list(range(len(self.docs[0].sentences))), right

    @cached_property
    def paragraph_starts(self) -> tuple[frozenset[int], frozenset[int]]:
        """Sentences that open a paragraph (other than the first), per side."""
        out = []
        for doc in self.docs:
            starts = [s for s, _ in doc.sentences]
            found = set()
            for p_start, _ in doc.paragraphs[1:]:
                i = bisect_left(starts, p_start)
                if i < len(starts):
                    found.add(i)
            out.append(frozenset(found))
        return out[0], out[1]

    @cached_property
    def sentence_facts(self) -> tuple[dict[int, list[Mark]], dict[int, list[Mark]]]:
        """Fact mentions per sentence, per side."""
        out: tuple[dict[int, list[Mark]], dict[int, list[Mark]]] = ({}, {})
        for side in (0, 1):
            for mark in self.marks[side]:
                out[side].setdefault(mark.sentence, []).append(mark)
        return out

    # -- counts for the header --------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """The summary counts for the two documents shown: facts both report, facts only one of
        them reports in the whole story (drawn bold), disagreements between them, their aligned
        pairs. With two documents these are the Comparison's own counts."""
        c = self.comparison
        left, right = self.shown
        both = [f for f in c.facts if left in f.docs and right in f.docs]
        return {
            "shared": sum(1 for f in both if f.status is Status.SHARED),
            "only_left": len(c.unique_to(left)),
            "only_right": len(c.unique_to(right)),
            "conflict": sum(1 for f in both if f.status is Status.CONFLICT),
            "pairs": len(self.pairs),
        }

    # -- look-ups while painting ------------------------------------------------------------

    def marks_in(self, side: int, start: int, end: int) -> list[Mark]:
        """Fact mentions overlapping ``[start, end)`` of one side."""
        marks, starts = self.marks[side], self._mark_starts[side]
        lo = bisect_left(starts, start - self._longest_mark)
        hi = bisect_left(starts, end)
        return [m for m in marks[lo:hi] if m.end > start]

    def partner_sentences(self, side: int, sentence: int) -> list[int]:
        """The other side's sentences aligned with this one."""
        other = 1 - side
        return [p[other] for p in self.partners[side].get(sentence, ())]

    def best_partner(self, side: int, sentence: int) -> int | None:
        """The other side's sentence that pairs best with this one (the first on a tie)."""
        pairs = self.partners[side].get(sentence)
        if not pairs:
            return None
        return max(pairs, key=lambda p: (p.score, -p[1 - side]))[1 - side]

    def diff_spans(self, side: int, sentence: int) -> list[tuple[int, int]]:
        """Words of this sentence its partners do not have (empty when it has no partner)."""
        key = (side, sentence)
        if (cached := self._diff_cache.get(key)) is not None:
            return cached
        partners = self.partner_sentences(side, sentence)
        spans: list[tuple[int, int]] = []
        if partners:
            text = self.texts[side]
            start, end = self.docs[side].sentences[sentence]
            other_text = self.texts[1 - side]
            partner_words = []
            for p in sorted(partners):
                p_start, p_end = self.docs[1 - side].sentences[p]
                partner_words.extend(worddiff.tokens(other_text, p_start, p_end))
            spans = worddiff.changed_spans(worddiff.tokens(text, start, end), partner_words)
        self._diff_cache[key] = spans
        return spans

    def sentences_with(self, side: int, status: Status) -> list[int]:
        """Sentences of one side holding a mention of a fact with this status, in text order."""
        return sorted(
            s
            for s, marks in self.sentence_facts[side].items()
            if any(m.status is status for m in marks)
        )


def find_matches(text: str, query: str) -> list[tuple[int, int]]:
    """Case-insensitive plain-text occurrences of ``query`` in ``text``."""
    if not query.strip():
        return []
    pattern = re.compile(re.escape(query), re.IGNORECASE)
    return [m.span() for m in pattern.finditer(text)]


def spans_overlapping(
    spans: list[tuple[int, int]], starts: list[int], start: int, end: int
) -> list[tuple[int, int]]:
    """The spans (sorted, non-overlapping; ``starts`` are their starts) overlapping the range."""
    lo = max(0, bisect_right(starts, start) - 1)
    hi = bisect_left(starts, end)
    return [s for s in spans[lo:hi] if s[1] > start]
