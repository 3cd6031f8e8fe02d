"""Bodies a report describes instead of naming: "a petroleum distribution company", "the
consulting firm", "a rehab facility".

Two reports often describe one unnamed company or place of business in other words: "the
Crowley fuel distribution center" / "a petroleum distribution company next door", "a
consulting company" / "the consulting firm", "a prominent rehab clinic" / "a rehab
facility". No capital letter marks them and their words are common, so neither names nor
key terms find them. A description is a run of lower-case words ending in a word for a body
(``HEADS``: "company", "firm", "center"...), after an article, a possessive or a name; what
it is, is its last word before the head ("distribution", "consulting"). Two reports describe
one body when sentences the alignment paired describe the same kind with different heads. A
body two reports describe alike ("the consulting firm" in both) is the story's vocabulary,
as a key term written alike is (``terms.link_terms``): the aligned sentences show it.
Pure functions over ``Document``s.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from . import patterns
from .lexicon import american, fold, stem
from .match import UnionFind
from .model import Document, Span
from .terms import NOT_TERM, edge_word

HEADS = frozenset(
    """company firm corporation center centre facility plant factory clinic maker
    manufacturer producer supplier distributor retailer operator provider contractor agency
    organization organisation charity group store shop warehouse""".split()
)
"""Words for a body or a place of business, the last word of a description: two reports'
different heads over one kind ("company" / "firm", "center" / "company") are one body."""
_HEAD = patterns.compile(r"\b(?:" + "|".join(sorted(HEADS)) + r")\b(?![-'’]\w)")
_WORD_BEFORE = patterns.compile(r"\b([a-z][a-z-]*)\s+\Z")
"""The lower-case word just before a point, spaced from it: a description's word."""
_ARTICLES = frozenset("the a an its their his her our this that".split())
_OPENER = patterns.compile(r"(?:\b(?i:" + "|".join(sorted(_ARTICLES)) + r")|['’]s|"
                           r"\b[A-Z][\w.&'’-]*)\s+\Z")
"""What stands before a description of one body: an article, a possessive or a name ("the
Crowley fuel distribution center"); a plural head is a kind, no body."""
MAX_WORDS = 3
"""The words of a description before its head, at most: "fuel distribution center"."""
_LOOK_BACK = 60
"""Characters read back from a head for its description's words (three long words)."""


@dataclass(frozen=True, slots=True)
class Body:
    """One description of a body in one sentence."""

    start: int
    end: int
    sentence: int
    text: str
    kind: str
    """Its word before the head, folded, American and stemmed: "distribut"."""
    head: str
    """Its head in American spelling: "center"."""
    owner: str = ""
    """The name it follows, if any: "Crowley" of "the Crowley fuel distribution center"."""


def find_bodies(doc: Document, taken: Sequence[Span] = ()) -> list[Body]:
    """Every description of a body in a document, in text order: a head (``HEADS``) after
    one to ``MAX_WORDS`` lower-case content words, themselves after an opener (``_OPENER``).
    A description never overlaps another fact's words (``taken``)."""
    text = doc.text
    starts: list[int] = []
    ends: list[int] = []  # the taken spans merged where they overlap or touch
    for a, b in sorted(taken):
        if ends and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    out: list[Body] = []
    for index, (s_start, s_end) in enumerate(doc.sentences):
        for head in _HEAD.finditer(text, s_start, s_end):
            start, words = head.start(), []
            while len(words) < MAX_WORDS:
                before = _WORD_BEFORE.search(text, max(s_start, start - _LOOK_BACK), start)
                if before is None or before.group(1) in NOT_TERM or edge_word(before.group(1)):
                    break
                words.append(before.group(1))
                start = before.start(1)
            opening = start  # the opener may stand before participles and adverbs, no
            for _ in range(2):  # part of a description: "an approved rehab facility"
                before = _WORD_BEFORE.search(text, max(s_start, opening - _LOOK_BACK), opening)
                if before is None or not edge_word(before.group(1)):
                    break
                opening = before.start(1)
            opener = _OPENER.search(text, max(s_start, opening - _LOOK_BACK), opening)
            if not words or opener is None:
                continue
            end = head.end()
            k = bisect_right(ends, start)
            if k < len(starts) and starts[k] < end:
                continue
            owner = opener.group().strip()
            if not owner[:1].isupper() or owner.lower() in _ARTICLES:
                owner = ""  # "The consulting firm": an article, no name
            out.append(Body(start, end, index, text[start:end], stem(american(fold(words[0]))),
                            american(head.group()), owner))
    return out


def link_bodies(bodies: Sequence[Sequence[Body]],
                aligned: Iterable[tuple[int, int, int, int]]) -> list[list[tuple[int, int]]]:
    """Group the descriptions two documents give of one body, as lists of ``(document,
    index)``: their sentences are aligned (``aligned``: left document, sentence, right
    document, sentence), they describe one kind with different heads. Only the aligned
    sentences' descriptions are the fact: a story may hold several bodies of one kind (the
    rehab centre a star leaves, the one she enters), so a report's other "rehab centre" is
    not taken to be this one; a sentence that describes two of one kind links neither, nor
    does a report that puts two names to one kind (``_several``)."""
    at: dict[tuple[int, int], list[int]] = {}
    for d, bs in enumerate(bodies):
        several = _several(bs)
        for i, b in enumerate(bs):
            if b.kind not in several:
                at.setdefault((d, b.sentence), []).append(i)
    uf = UnionFind()
    linked: set[tuple[int, int]] = set()
    for left, ls, right, rs in aligned:
        ours, theirs = _one_of_a_kind(bodies[left], at.get((left, ls), ())), _one_of_a_kind(
            bodies[right], at.get((right, rs), ()))
        for i in ours:
            a = bodies[left][i]
            for j in theirs:
                b = bodies[right][j]
                if a.kind == b.kind and a.head != b.head:
                    uf.union((left, i), (right, j))
                    linked.update(((left, i), (right, j)))
    return uf.groups(sorted(linked))  # each group holds two documents' descriptions


def _one_of_a_kind(bodies: Sequence[Body], found: Sequence[int]) -> list[int]:
    """The descriptions of one sentence (``found``: indices into ``bodies``) that are the
    only ones of their kind in it."""
    kinds = Counter(bodies[i].kind for i in found)
    return [i for i in found if kinds[bodies[i].kind] == 1]


def _several(bodies: Sequence[Body]) -> set[str]:
    """The kinds a document describes after two names: "the Palm Springs rehab centre",
    "the Cliffside rehab centre". It holds several bodies of that kind, and which one another
    report's "rehab facility" is, is not guessed (as a surname two people share is not)."""
    owners: dict[str, set[str]] = {}
    for b in bodies:
        if b.owner:
            owners.setdefault(b.kind, set()).add(b.owner)
    return {kind for kind, names in owners.items() if len(names) > 1}
