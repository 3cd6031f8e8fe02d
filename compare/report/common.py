"""What every printed format shares: counts, snippets and the word-level difference."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from ..coverage import Coverage, PairFigures, Row
from ..model import Comparison, Document, Fact, Kind, Mention, Status

_TOKEN = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class Summary:
    """The counts of the summary line, the TUI header and the tests."""

    shared: int
    conflicts: int
    unique: tuple[int, ...]
    pairs: int


def summarise(comparison: Comparison) -> Summary:
    n = len(comparison.documents)
    return Summary(
        shared=len(comparison.facts_with(Status.SHARED)),
        conflicts=len(comparison.facts_with(Status.CONFLICT)),
        unique=tuple(len(comparison.unique_to(d)) for d in range(n)),
        pairs=len(comparison.alignments),
    )


def fact_label(fact: Fact) -> str:
    """The label as printed: an ambiguous name says whom it may name, "Gigante (ambiguous:
    Vincent Gigante, Louis Gigante)", so the reader is not left to think it one person."""
    if fact.candidates:
        return f"{fact.label} (ambiguous: {', '.join(fact.candidates)})"
    return fact.label


def kind_of(fact: Fact) -> str:
    """The kind as printed after a label, with a quotation's speaker where the text names one
    ("quote, said by Bill McAllister"): who said the words is half of what a quotation
    reports."""
    if fact.kind is Kind.QUOTE and fact.speaker:
        return f"{fact.kind}, said by {fact.speaker}"
    return f"{fact.kind}"


def page_metadata(doc: Document) -> str:
    """Outlet, author and publication date, as known: "outlet: Reuters · author: Jill
    Serjeant · published: 2020-01-19"; empty when none is."""
    fields = (("outlet", doc.outlet), ("author", doc.author), ("published", doc.published))
    return " · ".join(f"{name}: {value}" for name, value in fields if value)


def snippet(comparison: Comparison, mention: Mention, *, width: int = 60) -> str:
    """The mention in the words around it, cut to its sentence: "…to oust 14 former Tory…"."""
    doc = comparison.documents[mention.doc]
    if mention.end - mention.start > width:
        words = " ".join(doc.text[mention.start:mention.end].split())
        return words[: width - 1].rsplit(" ", 1)[0] + "…"
    s_start, s_end = doc.sentences[mention.sentence]
    room = max(0, (width - (mention.end - mention.start)) // 2)
    start = max(s_start, mention.start - room)
    end = min(max(s_end, mention.end), mention.end + room)
    if start > s_start:
        space = doc.text.find(" ", start, mention.start)
        start = space + 1 if space != -1 else start
    if end < s_end:
        space = doc.text.rfind(" ", mention.end, end)
        end = space if space != -1 else end
    text = " ".join(doc.text[start:end].split())
    return ("…" if start > s_start else "") + text + ("…" if end < s_end else "")


def first_mentions(fact: Fact) -> list[tuple[int, Mention, int]]:
    """Per document reporting the fact: its first mention and how many more there are."""
    out = []
    for doc in fact.docs:
        mentions = fact.mentions_in(doc)
        if mentions:
            out.append((doc, mentions[0], len(mentions) - 1))
    return out


@dataclass(frozen=True, slots=True)
class DiffPart:
    """One run of a word-level difference: ``equal``, ``delete``, ``insert``."""

    tag: str
    text: str


DIFF_MOST_PAIRS = 10_000
"""The most pairs of words (one list's length times the other's) difflib compares
(``word_opcodes``): 100 words against 100 take it 0.01 s on the most repetitive words (two
words in turn against one repeated), 200 against 200 0.07 s, 1,000 against 1,000 8.7 s; a
news sentence has 20 to 40 words."""
Opcode = tuple[str, int, int, int, int]


def word_opcodes(a: Sequence[str], b: Sequence[str]) -> list[Opcode]:
    """difflib's opcodes of two lists of words, ``autojunk`` off (it would drop a long
    sentence's frequent words), at a bounded cost (difflib's search grows with the cube of
    the length on repetitive words: a 200 KB sentence against itself took a minute). Two
    lists of at most ``DIFF_MOST_PAIRS`` pairs are difflib's alone; longer ones are equal
    where they start and end alike, without a search, and what differs between, when still
    over the bound, is one change."""
    if len(a) * len(b) <= DIFF_MOST_PAIRS:
        return SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    most = min(len(a), len(b))
    head = 0
    while head < most and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < most - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    a_end, b_end = len(a) - tail, len(b) - tail
    out: list[Opcode] = [("equal", 0, head, 0, head)] if head else []
    if (a_end - head) * (b_end - head) > DIFF_MOST_PAIRS:
        tag = "replace" if a_end > head and b_end > head else (
            "delete" if a_end > head else "insert")
        out.append((tag, head, a_end, head, b_end))
    elif a_end > head or b_end > head:
        matcher = SequenceMatcher(None, a[head:a_end], b[head:b_end], autojunk=False)
        out.extend((tag, i1 + head, i2 + head, j1 + head, j2 + head)
                   for tag, i1, i2, j1, j2 in matcher.get_opcodes())
    if tail:
        out.append(("equal", a_end, len(a), b_end, len(b)))
    return out


def word_diff(old: str, new: str) -> list[DiffPart]:
    """Words ``new`` adds, drops or changes against ``old`` (``word_opcodes``)."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    parts: list[DiffPart] = []
    for tag, i1, i2, j1, j2 in word_opcodes([t.casefold() for t in a],
                                             [t.casefold() for t in b]):
        if tag == "equal":
            parts.append(DiffPart("equal", " ".join(b[j1:j2])))
            continue
        if i2 > i1:
            parts.append(DiffPart("delete", " ".join(a[i1:i2])))
        if j2 > j1:
            parts.append(DiffPart("insert", " ".join(b[j1:j2])))
    return parts


def wdiff(old: str, new: str) -> str:
    """The difference in wdiff style: ``[-dropped-] {+added+}``."""
    out = []
    for part in word_diff(old, new):
        if part.tag == "delete":
            out.append(f"[-{part.text}-]")
        elif part.tag == "insert":
            out.append(f"{{+{part.text}+}}")
        else:
            out.append(part.text)
    return " ".join(out)


MARK = "●"
"""A source reports the fact (the coverage grids of the text and Markdown reports)."""
OTHER_VALUE = "≠"
"""A source reports the fact with another value than a source it disagrees with."""
ABSENT = "·"
"""A source does not report the fact (text grid only: it keeps the columns readable)."""


def coverage_rows(cov: Coverage) -> list[Row]:
    """The rows the reports' coverage grids list: facts two or more sources carry, and every
    disagreement; facts of one source are listed under ONLY IN already."""
    return [row for row in cov.rows if row.count > 1 or row.fact.status is Status.CONFLICT]


def pair_line(comparison: Comparison, pair: PairFigures) -> str:
    """"A and B disagree on 2 of the 9 facts both report"."""
    a, b = (comparison.documents[d] for d in pair.docs)
    n = pair.disagreements
    return (f"{a.id} {a.label} and {b.id} {b.label} disagree on {n} of the {pair.both} "
            f"fact{'s' if pair.both != 1 else ''} both report")
