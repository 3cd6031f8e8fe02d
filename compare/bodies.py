"""Bodies a report describes instead of naming: "a petroleum distribution company", "the
consulting firm", "a rehab facility".

Two reports often describe one unnamed company or place of business in other words: "the
Crowley fuel distribution center" / "a petroleum distribution company next door", "a
consulting company" / "the consulting firm", "a prominent rehab clinic" / "a rehab
facility". No capital letter marks them and their words are common, so neither names nor
key terms find them. A description is a run of lower-case words ending in a word for a body
(``HEADS``: "company", "firm", "center"...), after an article, a possessive or a name, and
before no word that would make the head a verb or a modifier ("tanks store fuel", "the data
center market"); what it is, is its last word before the head ("distribution",
"consulting"). Two reports describe one body when sentences the alignment paired describe
the same kind with heads that may name one body (``_MAY_BE_ONE``) but differ. A body two
reports describe alike ("the consulting firm" in both) is the story's vocabulary, as a key
term written alike is (``terms.link_terms``): the aligned sentences show it. Pure functions
over ``Document``s.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from . import patterns
from .lexicon import american, fold, stem, word_class
from .match import UnionFind
from .model import Document, Span
from .terms import NOT_TERM, edge_word

_BUSINESS = frozenset("company firm corporation".split())
"""A business, whatever it does: one business is "a company" in one report, "a firm" in
another."""
_PREMISES = frozenset("center facility".split())
"""A place of any kind: the premises of a business ("the fuel distribution center" of "a
petroleum distribution company") or of an institution ("a rehab facility", "a rehab
clinic")."""
_PLACES = frozenset("plant factory clinic store shop warehouse".split())
"""A place of one kind: two kinds of place are two places ("a nearby store" is no "nearby
warehouse"), and a business is no place of one kind ("the nuclear plant" is not its
operator)."""
_PUBLIC = frozenset("agency organization charity".split())
"""A body that is no business: "the news agency" / "a news organization"."""
HEADS = _BUSINESS | _PREMISES | _PLACES | _PUBLIC | frozenset(("centre", "organisation"))
"""The words for a body that end a description (British spellings too)."""
_MAY_BE_ONE = (_BUSINESS | _PREMISES, _PUBLIC)
"""Heads that may name one body, two by two: two of a business and its premises, two public
bodies; or premises and a place of one kind (``_may_be_one``)."""
_HEAD = patterns.compile(r"\b(?:" + "|".join(sorted(HEADS)) + r")\b(?!-\w|['’](?!s\b)\w)")
"""A head, not inside a hyphened word ("company-wide"); its possessive is one ("the
consulting firm's founder")."""
_WORD_BEFORE = patterns.compile(r"(?<![\w'’.-])([a-z][a-z-]*)\s+\Z")
"""The lower-case word just before a point, spaced from it: a description's word; not the
"s" of a possessive ("Dell's")."""
_WORD_AFTER = patterns.compile(r"\s+([A-Za-z][\w-]*)")
"""The word after a head; none is looked at after its possessive ("the firm's founder")."""
_PLACE_WORDS = frozenset("next near nearby outside inside behind beside".split())
"""Words of place that follow a body ("the company next door"), which the function words
lack."""
_ARTICLES = frozenset("the a an its their his her our this that".split())
_OPENER = patterns.compile(r"(?:\b(?i:" + "|".join(sorted(_ARTICLES)) + r")|['’]s|"
                           r"\b[A-Z][\w.&'’-]*)\s+\Z")
"""What stands before a description of one body: an article, a possessive or a capitalised
word ("the Crowley fuel distribution center"); a plural head is a kind, no body."""
_MAX_WORDS = 3
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
    """The name it follows, if another fact is that name: "Crowley" of "the Crowley fuel
    distribution center" or of "Crowley's fuel company"."""


def find_bodies(doc: Document, taken: Sequence[Span] = ()) -> list[Body]:
    """Every description of a body in a document, in text order: a head (``HEADS``) after
    one to ``_MAX_WORDS`` lower-case content words, themselves after an opener
    (``_OPENER``), perhaps over participles and adverbs ("an approved rehab facility"). Not
    one: a head before a content word, which makes it a verb or a modifier ("tanks store
    fuel", "the data center market"; a word of place, a participle, a name or a function
    word may follow); a plural just before the head ("farmers plant corn"); a head inside
    a longer description ("a data center engineering firm" is one). A description never
    overlaps another fact's words (``taken``), and follows a name when one of them ends at
    its opener."""
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
            after = _WORD_AFTER.match(text, head.end(), s_end)
            if after is not None and not _may_follow(after.group(1)):
                continue
            start, words = head.start(), []
            while len(words) < _MAX_WORDS:
                before = _WORD_BEFORE.search(text, max(s_start, start - _LOOK_BACK), start)
                if before is None or before.group(1) in NOT_TERM or edge_word(before.group(1)):
                    break
                words.append(before.group(1))
                start = before.start(1)
            if not words or word_class(words[0]) == "s":
                continue
            opening = start  # the opener may stand before participles and adverbs, no
            for _ in range(2):  # part of a description: "an approved rehab facility"
                before = _WORD_BEFORE.search(text, max(s_start, opening - _LOOK_BACK), opening)
                if before is None or not edge_word(before.group(1)):
                    break
                opening = before.start(1)
            opener = _OPENER.search(text, max(s_start, opening - _LOOK_BACK), opening)
            end = head.end()
            k = bisect_right(ends, start)
            if opener is None or k < len(starts) and starts[k] < end:
                continue
            if out and out[-1].sentence == index and out[-1].end > start:
                out.pop()  # "a data center engineering firm": the head inside is no body
            out.append(Body(start, end, index, text[start:end], stem(american(fold(words[0]))),
                            american(head.group()), _owner(text, opener, starts, ends)))
    return out


def _may_follow(word: str) -> bool:
    """Whether a word may follow a body's head: a function word, a word of place, a name, a
    participle or an adverb ("the company announced", "a firm specializing in"); any other
    word makes the head a verb or a modifier."""
    low = word.lower()
    return (not word[:1].islower() or low in NOT_TERM or low in _PLACE_WORDS
            or edge_word(low) or low.endswith("ing"))


def _owner(text: str, opener: re.Match[str], starts: list[int], ends: list[int]) -> str:
    """The name a description follows: another fact's words that end at its opener, or
    at its opener's possessive ("Crowley's")."""
    at, word = opener.start(), opener.group().rstrip()
    if word.lower() in _ARTICLES:
        return ""
    end = at if word in ("'s", "’s") else at + len(word)
    k = bisect_left(ends, end)
    if k < len(ends) and ends[k] == end and starts[k] < end:
        return text[starts[k]:end]
    return ""


def link_bodies(bodies: Sequence[Sequence[Body]],
                aligned: Iterable[tuple[int, int, int, int]]) -> list[list[tuple[int, int]]]:
    """Group the descriptions two documents give of one body, as lists of ``(document,
    index)``: their sentences are aligned (``aligned``: left document, sentence, right
    document, sentence), they describe one kind with heads that may name one body and
    differ. Only the aligned sentences' descriptions are the fact: a story may hold several
    bodies of one kind (the rehab centre a star leaves, the one she enters), so a report's
    other "rehab centre" is not taken to be this one. Not linked: a sentence that
    describes two of one kind; a report that puts two names to one kind (``_several``); a
    group where one report gives two heads (a sentence aligned with two of the other's,
    "a rehab center" left and "a rehab clinic" entered)."""
    at: dict[tuple[int, int], dict[str, int]] = {}
    for d, bs in enumerate(bodies):
        several = _several(bs)
        by_sentence: dict[int, list[int]] = {}
        for i, b in enumerate(bs):
            if b.kind not in several:
                by_sentence.setdefault(b.sentence, []).append(i)
        for sentence, found in by_sentence.items():
            kinds = Counter(bs[i].kind for i in found)
            at[(d, sentence)] = {bs[i].kind: i for i in found if kinds[bs[i].kind] == 1}
    uf = UnionFind()
    linked: set[tuple[int, int]] = set()
    for left, ls, right, rs in aligned:
        theirs = at.get((right, rs), {})
        for kind, i in at.get((left, ls), {}).items():
            j = theirs.get(kind)
            if j is not None and _may_be_one(bodies[left][i].head, bodies[right][j].head):
                uf.union((left, i), (right, j))
                linked.update(((left, i), (right, j)))
    return [g for g in uf.groups(sorted(linked))
            if all(len({bodies[d][i].head for d, i in g if d == doc}) == 1 for doc, _ in g)]


def _may_be_one(a: str, b: str) -> bool:
    """Whether two different heads may name one body (``_MAY_BE_ONE``): "company" and
    "firm", "center" and "company", "facility" and "clinic"; not two places of two kinds
    ("store" and "warehouse"), nor a business and a place of one kind ("plant")."""
    if a == b:
        return False
    if a in _PREMISES and b in _PLACES or b in _PREMISES and a in _PLACES:
        return True
    return any(a in group and b in group for group in _MAY_BE_ONE)


def _several(bodies: Sequence[Body]) -> set[str]:
    """The kinds a document describes after two names: "the Palm Springs rehab centre",
    "the Cliffside rehab centre". It holds several bodies of that kind, and which one another
    report's "rehab facility" is, is not guessed (as a surname two people share is not)."""
    owners: dict[str, set[str]] = {}
    for b in bodies:
        if b.owner:
            owners.setdefault(b.kind, set()).add(b.owner)
    return {kind for kind, names in owners.items() if len(names) > 1}
