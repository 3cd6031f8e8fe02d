"""The comparison model: plain frozen records shared by the engine, the report and the TUI.

Offsets are half-open ``(start, end)`` code-point offsets into ``Document.text``, the text as
shown (markup stripped, entities decoded), so ``text[start:end]`` is always the highlighted words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

Span = tuple[int, int]


class Status(StrEnum):
    SHARED = "shared"
    UNIQUE = "unique"
    CONFLICT = "conflict"


class Kind(StrEnum):
    NUMBER = "number"
    MONEY = "money"
    PERCENT = "percent"
    DATE = "date"
    TIME = "time"
    ENTITY = "entity"
    QUOTE = "quote"
    PHRASE = "phrase"
    TERM = "term"


@dataclass(frozen=True, slots=True)
class Document:
    """One article as shown: its text, title and sentence and paragraph spans."""

    id: str
    label: str
    source: str
    text: str
    sentences: tuple[Span, ...]
    paragraphs: tuple[Span, ...] = ()
    title: str | None = None
    published: str | None = None
    """When the article was published, ISO 8601 ("2013-09-10" or with a time): the date
    relative dates ("Monday", "yesterday") resolve against. Metadata, never a fact."""
    outlet: str | None = None
    """The publication (a web page's site name), where known."""
    author: str | None = None
    stamps: tuple[Span, ...] = ()
    """Spans of the text's time stamps ("Posted 05/02/07, 9:00 PM"): metadata, so what they
    hold is never matched with another document."""

    def sentence_text(self, index: int) -> str:
        start, end = self.sentences[index]
        return self.text[start:end]

    def in_stamp(self, offset: int) -> bool:
        """Whether ``offset`` lies in one of the text's time stamps: metadata, never a fact
        matched with another document."""
        return bool(self.stamps) and any(lo <= offset < hi for lo, hi in self.stamps)

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (the last one starting at or before it)."""
        from bisect import bisect_right

        return max(0, bisect_right(self.sentences, (offset, float("inf"))) - 1)


@dataclass(frozen=True, slots=True)
class Mention:
    """Where a fact stands in one document."""

    doc: int
    sentence: int
    start: int
    end: int
    text: str
    value: str = ""
    """The normalised value this mention gives (differs between documents in a conflict)."""


@dataclass(frozen=True, slots=True)
class Fact:
    """One thing reported: a number with what it counts, a name, a date, a quotation."""

    id: str
    kind: Kind
    label: str
    status: Status
    docs: tuple[int, ...]
    mentions: tuple[Mention, ...]
    values: tuple[tuple[int, str], ...] = ()
    """For a conflict: ``(document index, value as written)`` for each side."""
    speaker: str | None = None
    candidates: tuple[str, ...] = ()
    """For an entity named by a lone surname that two or more people of the story share in
    full: their labels ("Vincent Gigante", "Louis Gigante"). The name is ambiguous, unguessed."""

    def mentions_in(self, doc: int) -> tuple[Mention, ...]:
        return tuple(m for m in self.mentions if m.doc == doc)


@dataclass(frozen=True, slots=True)
class Alignment:
    """Two sentences, in two documents, that report the same thing."""

    left_doc: int
    left: int
    right_doc: int
    right: int
    score: float
    facts: tuple[str, ...] = ()
    """Ids of the facts both sentences report, the evidence for the pair."""


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything the engine found, for every renderer to show."""

    documents: tuple[Document, ...]
    facts: tuple[Fact, ...]
    alignments: tuple[Alignment, ...]
    threshold: float
    pairs_scored: int = 0
    """How many sentence pairs the aligner scored: the cost guard of the benchmarks."""
    warnings: tuple[str, ...] = field(default=())

    def facts_with(self, status: Status) -> tuple[Fact, ...]:
        return tuple(f for f in self.facts if f.status is status)

    def unique_to(self, doc: int) -> tuple[Fact, ...]:
        return tuple(f for f in self.facts if f.status is Status.UNIQUE and f.docs == (doc,))

    def fact(self, fact_id: str) -> Fact:
        """The fact with this id. The engine numbers facts f1, f2... in order, so it is found
        by position (a report looks up every aligned pair's evidence: a scan was quadratic on
        many sources); ids made otherwise are scanned for."""
        number = fact_id[1:]
        if number.isdigit() and 0 < int(number) <= len(self.facts):
            fact = self.facts[int(number) - 1]
            if fact.id == fact_id:
                return fact
        for fact in self.facts:
            if fact.id == fact_id:
                return fact
        raise KeyError(fact_id)
