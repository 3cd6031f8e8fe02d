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
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from . import patterns
from .lexicon import american, fold, land_names, land_of, stem
from .match import UnionFind
from .model import Document, Span
from .names import state_abbreviations, state_names
from .terms import NOT_TERM, edge_word, merged_spans, overlaps

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
_HEAD = patterns.compile(r"(?:" + "|".join(sorted(HEADS)) + r")\b(?!-\w|['’](?!s\b)\w)")
"""A head, not inside a hyphened word ("company-wide"); its possessive is one ("the
consulting firm's founder"). Its start is checked apart (``find_bodies``): a leading
``\b`` made the scan of a whole text half as slow again."""
_WORD_BEFORE = patterns.compile(r"(?<![\w'’.-])([a-z][a-z-]*)\s+\Z")
"""The lower-case word just before a point, spaced from it: a description's word; not the
"s" of a possessive ("Dell's")."""
_VERB_LIKE = frozenset("plant store shop firm center centre".split())
"""Heads that are verbs too ("farmers plant corn", "tanks store fuel", "the police store
it"), or that name a market or a field as often as a body before another noun ("the data
center market"): only these are checked for the word after them. Others never are:
"company", "agency", "facility" are no verbs, and a word after them is the body's ("a fuel
company spokesman")."""
_NEXT_HEAD = patterns.compile(r"((?:\s+[a-z][a-z-]*){0,2}?)\s+(" + "|".join(sorted(HEADS))
                              + r")\b(?!-\w)")
"""Another head within two lower-case words after one: "data center engineering firm"."""
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
    """The name it follows, if an entity is that name: "Crowley" of "the Crowley fuel
    distribution center" or of "Crowley's fuel company"."""
    beside: frozenset[str] = frozenset()
    """The keys of the entities it stands beside, but places: its owner, a name in
    apposition ("Promises Treatment Center, a prominent rehab clinic") or just after it
    ("the software security company Trend Micro")."""


def find_bodies(doc: Document, taken: Sequence[Span] = (),
                names: Sequence[tuple[int, int, str]] = ()) -> list[Body]:
    """Every description of a body in a document, in text order: a head (``HEADS``) after
    one to ``_MAX_WORDS`` lower-case content words, themselves after an opener
    (``_OPENER``), perhaps over participles and adverbs ("an approved rehab facility"). Not
    one: a head before a content word, which makes it a verb or a modifier ("tanks store
    fuel", "the data center market"; ``_may_follow``), for the heads that may be verbs or
    modifiers (``_VERB_LIKE``); a head inside a longer description ("a data center
    engineering firm" is one). A description never overlaps another fact's words
    (``taken``); ``names`` are the entities' mentions (start, end, key), which own or stand
    beside a description."""
    text = doc.text
    starts, ends = merged_spans(taken)
    ending = {end: (start, key) for start, end, key in names}
    starting = {start: (end, key) for start, end, key in names}
    out: list[Body] = []
    sentence_starts = [s for s, _ in doc.sentences]
    for head in _HEAD.finditer(text):  # one scan of the text: heads are few
        if head.start() and (text[head.start() - 1].isalnum() or text[head.start() - 1] == "_"):
            continue  # inside a word: "subcompany", "Hostcenter"
        index = bisect_right(sentence_starts, head.start()) - 1
        if index < 0 or head.end() > doc.sentences[index][1]:
            continue  # outside every sentence
        s_start, s_end = doc.sentences[index]
        if _inside(text, head.end(), s_end):
            continue  # "a data center engineering firm": the firm is the body
        verb_like = head.group() in _VERB_LIKE
        after = _WORD_AFTER.match(text, head.end(), s_end) if verb_like else None
        if after is not None and not _may_follow(after.group(1)):
            continue
        start, words = head.start(), []
        while len(words) < _MAX_WORDS:
            before = _WORD_BEFORE.search(text, max(s_start, start - _LOOK_BACK), start)
            if before is None or before.group(1) in NOT_TERM or edge_word(before.group(1)):
                break
            words.append(before.group(1))
            start = before.start(1)
        if not words:
            continue
        opening = start  # the opener may stand before participles and adverbs, no
        for _ in range(2):  # part of a description: "an approved rehab facility"
            before = _WORD_BEFORE.search(text, max(s_start, opening - _LOOK_BACK), opening)
            if before is None or not edge_word(before.group(1)):
                break
            opening = before.start(1)
        opener = _OPENER.search(text, max(s_start, opening - _LOOK_BACK), opening)
        end = head.end()
        if opener is None or overlaps(starts, ends, start, end):
            continue
        owner, owner_key = _owner(text, opener, ending)
        apposed = _beside(text, opener, end, (s_start, s_end), ending, starting)
        beside = frozenset(k for k in (owner_key, apposed) if k)
        out.append(Body(start, end, index, text[start:end], stem(american(fold(words[0]))),
                        american(head.group()), owner, beside))
    return out


def _inside(text: str, end: int, s_end: int) -> bool:
    """Whether a head ending at ``end`` is a word of a longer description: another head
    follows within two lower-case content words ("data center engineering firm"), itself
    no verb or modifier. A participle between is a verb ("the chemical company halted plant
    operations")."""
    found = _NEXT_HEAD.match(text, end, s_end)
    if found is None or any(w in NOT_TERM or edge_word(w) for w in found.group(1).split()):
        return False
    if found.group(2) not in _VERB_LIKE:
        return True
    after = _WORD_AFTER.match(text, found.end(), s_end)
    return after is None or _may_follow(after.group(1))


def _may_follow(word: str) -> bool:
    """Whether a word may follow a head that may be a verb or a modifier (``_VERB_LIKE``): a
    function word but an object ("the police store it"), a word of place, a name, a
    participle or an adverb ("the plant exploded", "a firm specializing in"); any other
    word makes the head a verb or a modifier ("tanks store fuel", "the data center
    market")."""
    low = word.lower()
    if low in _OBJECTS:
        return False
    return (not word[:1].islower() or low in NOT_TERM or low in _PLACE_WORDS
            or edge_word(low) or low.endswith("ing"))


_OBJECTS = frozenset("it them him her its their his this these those the a an our".split())
"""Words that open a verb's object: a head before one is a verb ("the police store it")."""


def _a_place(name: str) -> bool:
    """Whether a name is a land, its people or a US state, or ends in one ("Southern
    California", "Calif.", "Yemen", "Chinese", "UK"): a body it owns is there, not named by
    it ("a Southern California rehab facility", "a Chinese construction firm"). A city
    is not known as one: "a Malibu rehab clinic" stands beside Malibu."""
    if name in state_abbreviations() or name.replace(".", "") in _LAND_LETTERS:
        return True
    words = name.split()
    for n in (1, 2, 3):
        tail = " ".join(words[-n:])
        if tail in state_names() or fold(tail) in land_names():
            return True
    return land_of(fold(words[-1])) is not None if words else False


_LAND_LETTERS = frozenset("UK US USA UAE EU UN".split())
"""Lands and unions written in capitals ("U.K.", "US"), which no list of names spells."""
_APPOSED = patterns.compile(r"\.?(\s*\([^()\n]{0,60}\))?[.\"”’']{0,2}\s*,[\"”’']?\s*\Z")
"""The comma of an apposition just before an opener, after a name, a closing quotation mark,
an abbreviation's point or a bracket ("Qualys Inc., a consulting firm", "“Promises,” a
clinic", "EYP Mission Critical Facilities (eypmcf.com), a consulting company")."""


def _beside(text: str, opener: re.Match[str], end: int, sentence: Span,
            ending: dict[int, tuple[int, str]], starting: dict[int, tuple[int, str]]) -> str:
    """The key of an entity a description stands beside, if no place: in apposition after
    it ("Promises Treatment Center, a prominent rehab clinic"), or just after it in its
    sentence ("the software security company Trend Micro"). A place in the apposition's
    bracket makes its name a place too ("Rancho Mirage (Calif.), a rehab clinic")."""
    s_start, s_end = sentence
    after = end + len(text[end:min(end + 2, s_end)]) - len(text[end:min(end + 2, s_end)].lstrip())
    found = starting.get(after) if after > end else None
    if found is not None and text[after:after + 1].isupper() and not _a_place(
            text[after:found[0]]):
        return found[1]
    if opener.group().strip().lower() not in _ARTICLES:
        return ""
    comma = _APPOSED.search(text, max(s_start, opener.start() - 72), opener.start())
    named = ending.get(comma.start()) if comma is not None else None
    if named is None or _a_place(text[named[0]:comma.start()]):
        return ""
    bracket = comma.group(1)
    if bracket and _a_place(bracket.strip()[1:-1].strip()):
        return ""
    before = _PREPOSITION_BEFORE.search(text, max(0, named[0] - 12), named[0])
    if before is not None and before.group(1).lower() in _AT_PLACE:
        return ""  # "Near Malibu, a rehab clinic": a place, not the clinic's name
    return named[1]


_PREPOSITION_BEFORE = patterns.compile(r"(?<![\w'’.-])([A-Za-z]+)\s+\Z")
_AT_PLACE = frozenset("in at near outside inside behind beside across around".split())
"""Prepositions of place: a name after one is a place ("Near Malibu, a rehab clinic")."""


def _owner(text: str, opener: re.Match[str],
           ending: dict[int, tuple[int, str]]) -> tuple[str, str]:
    """The name a description follows, and its entity's key (none for a place): an
    entity's mention that ends at its opener, or at its opener's possessive
    ("Crowley's")."""
    at, word = opener.start(), opener.group().rstrip()
    if word.lower() in _ARTICLES:
        return "", ""
    end = at + len(word)
    if word.endswith(("'s", "’s")):
        end -= 2  # "Crowley's", or the "'s" alone after a name
    elif word.endswith(("'", "’")):
        end -= 1  # "Springs'"
    found = ending.get(end)
    if found is None or found[0] >= end:
        return "", ""
    name = text[found[0]:end]
    return name, "" if _a_place(name) else found[1]


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
    "a rehab center" left and "a rehab clinic" entered); two descriptions that both stand
    beside one entity (``Body.beside``), which is the fact, not to be counted twice."""
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
            if j is None or not bodies[left][i].beside.isdisjoint(bodies[right][j].beside):
                continue  # one entity beside both: the entity is the fact, counted once
            if _may_be_one(bodies[left][i].head, bodies[right][j].head):
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
