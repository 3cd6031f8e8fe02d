"""Matching mentions across documents: which numbers, dates and quotations are one fact.

A number is one fact with another of the same value only when both say what it is about in a
compatible way: "published in 2017" and "the 2017 election" stay two facts. Quotations match
by rapidfuzz partial ratio, against the other document's quotations and its plain text, since
one outlet often quotes what another reports in its own words.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from . import patterns
from .align import compound_part, related, sorted_runs, verb_of_noun, written_number
from .lexicon import STOPWORDS, noun_synonyms, stem, synonyms
from .model import Document, Kind
from .names import Name
from .numbers import NUMBER_WORDS
from .phrases import CHARGE, Phrase
from .quantities import GAME_CLOCK, SCORE, SCORE_VALUE, TWELVE_HOUR, Quantity, is_score
from .quotes import Quote

Ref = tuple[int, int]
"""(document index, item index): one mention in one document."""


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[Ref, Ref] = {}

    def find(self, x: Ref) -> Ref:
        parent = self.parent
        up = parent.setdefault(x, x)
        while up != x:  # path halving, each parent read once
            grand = parent[x] = parent[up]
            x, up = grand, parent[grand]
        return x

    def union(self, a: Ref, b: Ref) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def union_all(self, refs: Sequence[Ref]) -> None:
        """``union`` of every ref with the first: one lookup a ref, not two (a table's
        bucket of one value holds thousands)."""
        roots = {self.find(r) for r in refs}
        if len(roots) > 1:
            low = min(roots)
            for root in roots:
                self.parent[root] = low

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
    names = entity_at(start, end)
    if not names and (not q.noun or q.noun in q.terms):
        return q.terms  # nothing to add: the words around it, found with the quantity
    terms = set(q.terms)
    terms.update(names)
    if q.noun:
        terms.add(q.noun)
    return frozenset(terms)


def _distinctive(q: Quantity) -> bool:
    """Repeated in one article, this value is one fact: large or precise numbers, full dates."""
    return _distinctive_value(q.kind, q.value)


@lru_cache(maxsize=1 << 12)
def _distinctive_value(kind: Kind, value: str) -> bool:
    """``_distinctive``, remembered: a table repeats its values thousands of times."""
    if kind in (Kind.MONEY, Kind.PERCENT, Kind.TIME):
        return True
    if value.startswith("date "):
        return True
    if kind is Kind.NUMBER and not value.startswith(("ordinal", "year")):
        if SCORE_VALUE.fullmatch(value):
            return True  # a score or a record ("31-24")
        try:
            return float(value) >= 11 or "." in value
        except ValueError:
            return False
    return False


def link_quantities(
    quantities: Sequence[Sequence[Quantity]],
    contexts: Sequence[Sequence[frozenset[str]]],
    common: Callable[[str], bool],
    sentence_terms: Callable[[int, int], frozenset[str]] | None = None,
) -> list[list[Ref]]:
    """Group the quantities of all documents into facts: same value, compatible context.

    Mentions of one value are split first by what they count (``counted``): "two counts"
    and "two girls" are never one fact, whatever their context. A count that names
    nothing, a weekday or a time is linked here as a candidate: ``engine`` keeps it in a
    shared fact only where the aligner pairs its sentence with another source's mention.
    A full date joins a bare year only when no other full date of that year is in play,
    so two different dates are never one fact. A year or a span of time left unlinked
    across two sources is linked by ``sentence_terms`` (document, sentence -> its words,
    the story's common ones left out), when given: ``_link_by_sentence``.
    """
    uf = UnionFind()
    refs: list[Ref] = []
    by_key: dict[str, list[Ref]] = defaultdict(list)
    for d, qs in enumerate(quantities):
        for i, q in enumerate(qs):
            refs.append((d, i))
            uf.parent[(d, i)] = (d, i)
            for key in q.keys:
                by_key[key].append((d, i))
    is_common = lru_cache(maxsize=None)(common)  # asked of each word of each mention's context
    statistics = _statistics(quantities)
    for key, members in by_key.items():
        if len(members) < 2:
            continue
        for bucket in _buckets(quantities, key, members):
            if len(bucket) < 2:
                continue  # one mention links with nothing (a third of the buckets)
            _link_bucket(quantities, contexts, is_common, key, bucket, uf, statistics)
            if sentence_terms is not None:
                _link_by_sentence(quantities, sentence_terms, key, bucket, uf)
    return uf.groups(refs)


_SAYING = frozenset(stem(w) for w in
                    "said say says told tell tells reported reports announced according".split())
"""Words of reporting, no event: two weekdays near "police said" may be two days."""
_SPANS = frozenset(stem(w) for w in "years months weeks days hours minutes".split())
"""What a span of time counts: "for 30 years" and "for three decades" (30 years) of one
story are one span far more often than two."""
_MOST_BY_SENTENCE = 4
"""A value given more often by one source is a table's or a theme's: left to the words
around each mention."""


_NAME_WORD = patterns.compile(r"[\w'’-]+")
_NUMBER_STEMS = frozenset(stem(w) for w in NUMBER_WORDS)
"""Numbers written in words: the value itself, no evidence of what it is about."""


def linking_terms(
    plain_terms: Sequence[Sequence[frozenset[str]]],
    common: Callable[[str], bool],
    names: Sequence[Sequence[Name]],
) -> Callable[[int, int], frozenset[str]]:
    """A sentence's words as ``link_quantities`` compares two sentences: the aligner's
    terms less the numbers written in it, the story's common words and the words of names
    (who is in it says little of what happened: "the 1972 break-in" and "a 1972 meeting with
    Mitchell and Nixon" are two events of one story), a hyphenated word as
    its parts ("police-bribery": police, bribery), a noun in "-ery" as its verb's stem
    ("bribery", "robbery", "forgery" meet "bribing", "robbing", "forging"), and a word of
    a synonym group or of the aligner's related words as the group ("built" and
    "constructed" are "=build"), so that each word counts once. Made on first use (few
    sentences are asked for)."""
    groups, related_words = synonyms(), related()
    made: dict[tuple[int, int], frozenset[str]] = {}
    named: dict[int, dict[int, list[Name]]] = {}

    def terms(doc: int, sentence: int) -> frozenset[str]:
        got = made.get((doc, sentence))
        if got is None:
            if doc not in named:
                named[doc] = defaultdict(list)
                for name in names[doc]:
                    named[doc][name.sentence].append(name)
            in_names = {stem(w) for name in named[doc].get(sentence, ())
                        for w in _NAME_WORD.findall(name.text)}
            out: set[str] = set()
            for t in plain_terms[doc][sentence]:
                if written_number(t) or common(t) or t in _NUMBER_STEMS or t in in_names:
                    continue
                if t[0] == "~" or compound_part(t):
                    continue  # the aligner's group or part of a word: the word is read below
                for p in [stem(p) for p in t.split("-") if len(p) > 2] if "-" in t else [t]:
                    p = verb_of_noun(p)
                    out.add("=" + groups[p] if p in groups else related_words.get(p, p))
            got = made[(doc, sentence)] = frozenset(out)
        return got

    return terms


def _link_by_sentence(
    quantities: Sequence[Sequence[Quantity]],
    sentence_terms: Callable[[int, int], frozenset[str]],
    key: str,
    members: list[Ref],
    uf: UnionFind,
) -> None:
    """A year, or a span of time counted in one unit, that two sources give with no word in
    common near it: "finally admitted his insanity ruse at an April 2003 court hearing" and
    "it was not until 2003, after more than three decades of faking mental illness, that
    Gigante admitted in court". When one source gives it once, that mention is linked with
    the other source's mention whose sentence shares most words with it, two at least
    (``linking_terms``: not the story's common words nor names' words; one word for
    a synonym group, the parts of a hyphenated word, "bribery" as "bribing"): "It was built in
    1935, the same year" takes "The building was constructed in 1935, predating statehood by
    more than 20 years" (built, year) from "The trading post, also built in 1935" (built).
    Two best of one score, or a value both sources give more than once (the "1972" of
    Watergate: a break-in, a meeting, a film), are left unlinked: nothing says which is meant.
    One word is not enough: on the corpus it linked "The 2008 Chiefs ended the season" to
    "the Miami Dolphins of 2008" of "this season"."""
    given: dict[int, int] = defaultdict(int)
    for d, _ in members:
        given[d] += 1
        if given[d] > _MOST_BY_SENTENCE:
            return  # a table's value: not read through
    years = key.startswith("year ")
    by_doc: dict[int, list[Ref]] = defaultdict(list)
    for d, i in members:
        q = quantities[d][i]
        if years or q.kind is Kind.NUMBER and q.noun in _SPANS:
            by_doc[d].append((d, i))
    docs = sorted(by_doc)
    for x, d1 in enumerate(docs):
        for d2 in docs[x + 1:]:
            left, right = by_doc[d1], by_doc[d2]
            if min(len(left), len(right)) > 1 or (
                {uf.find(a) for a in left} & {uf.find(b) for b in right}
            ):
                continue  # given several times by both, or linked already by nearby words
            (one,), many = (left, right) if len(left) == 1 else (right, left)
            scores = sorted(((_words_in_common(quantities, sentence_terms, one, m), m)
                             for m in many), reverse=True)
            best, other = scores[0], scores[1][0] if len(scores) > 1 else 0
            if best[0] >= _LEAST_WORDS and best[0] > other:
                uf.union(one, best[1])


_LEAST_WORDS = 2


def _words_in_common(
    quantities: Sequence[Sequence[Quantity]],
    sentence_terms: Callable[[int, int], frozenset[str]],
    a: Ref,
    b: Ref,
) -> int:
    """How many words the sentences of two mentions share, the noun they count left out
    ("years" of "30 years" and "three decades")."""
    qa, qb = quantities[a[0]][a[1]], quantities[b[0]][b[1]]
    both = sentence_terms(a[0], qa.sentence) & sentence_terms(b[0], qb.sentence)
    return len(both - {qa.noun, qb.noun})


def _link_bucket(
    quantities: Sequence[Sequence[Quantity]],
    contexts: Sequence[Sequence[frozenset[str]]],
    common: Callable[[str], bool],
    key: str,
    members: list[Ref],
    uf: UnionFind,
    statistics: Collection[tuple[int, str]] = (),
) -> None:
    """Link mentions of one value counting one thing: on the value alone when it is
    distinctive, else when they share a word of context."""
    qs = [quantities[d][i] for d, i in members]  # each looked up once: a table's bucket
    finer = {q.value for q in qs} - {key}
    # a free value ("9/11" of a report with no publication date) is one fact with the one
    # finer value it can stand for (the 9/11 of a dated report), never with two
    free = [r for r, q in zip(members, qs, strict=True)
            if q.free and (key == q.value or len(finer) == 1)]
    if key.startswith("weekday ") and finer:
        # a dated report's day and an undated report's weekday: one fact only about one
        # event, two words around both ("hit by a car in Queens Friday night" / "hit by a
        # car ... on Friday night"), not a hearing's Friday and an arrest's
        bare = [r for r, q in zip(members, qs, strict=True) if q.value == key]
        uf.union_all(bare)
        words = {r: {t for t in contexts[r[0]][r[1]] if not common(t) and t not in _SAYING}
                 for r in free}
        for r in free:
            if r not in bare:
                for b in bare:
                    if len(words[r] & words[b]) >= 2:  # one may be the attribution's
                        uf.union(r, b)  # ("his lawyer said", "police said")
        return  # the dated days themselves are linked by their own value's bucket
    uf.union_all(free)
    per_doc: dict[int, list[Ref]] = defaultdict(list)
    for r, q in zip(members, qs, strict=True):
        if key == q.value and _distinctive(q):
            per_doc[r[0]].append(r)
    for rs in per_doc.values():
        if len(rs) > 1:
            uf.union_all(rs)
    by_term: dict[str, list[Ref]] = defaultdict(list)
    # a toll's action in any of its words: "70 people have been hurt" / "70 people injured";
    # not a year's or a date's ("killed in 1972" / "died in 1972" may be two deaths)
    groups = {} if qs[0].kind in (Kind.DATE, Kind.TIME) or key.startswith(
        ("year", "ordinal")) else _toll_words()
    group_of = groups.get
    for r in members:
        for term in contexts[r[0]][r[1]]:
            if not common(term):
                by_term[group_of(term, term)].append(r)
    linked: set[tuple[Ref, ...]] = set()
    for rs in by_term.values():
        if len(rs) < 2:
            continue  # a word of one mention's context links nothing (most of them)
        held = tuple(rs)
        if held in linked:
            continue  # the same mentions under another word (half the lists): asked already
        linked.add(held)
        if len({r[0] for r in rs}) < 2 and not _same_noun(quantities, rs):
            continue
        uf.union_all(rs)
    if qs[0].kind in (Kind.MONEY, Kind.PERCENT) or qs[0].kind is Kind.TIME and to_the_minute(
            key) and _one_clock(qs, key):
        _link_sums(quantities, qs, members, uf)
    elif qs[0].kind is Kind.NUMBER and not key.startswith(("year", "ordinal")) and not any(
            (d, counted(q)) in statistics for (d, _), q in zip(members, qs, strict=True)):
        _link_named_counts(contexts, qs, members, uf)
        _link_sole_counts(quantities, qs, members, uf)


def _in_a_list(qs: Sequence[Quantity], i: int) -> bool:
    """Whether the sentence of ``qs[i]`` gives two more values of its kind (mentions are in
    the order of the text, so only the neighbours are read, a few on each side); a value
    written at most ``_CONVERSION_GAP`` characters after another (a bracket, a semicolon, a
    dash between) is that one converted or the other end of its range ("2m euros (£1.7m;
    $2.6m)", "$5m-$10m"), no value of its own."""
    q = qs[i]
    same = [p for p in qs[max(0, i - 6):i + 7] if p.sentence == q.sentence and p.kind is q.kind]
    values = sum(1 for p, after in zip(same, same[1:], strict=False)
                 if after.start - p.end > _CONVERSION_GAP) + 1 if same else 0
    return values >= 3


_CONVERSION_GAP = 3
"""The most characters between a sum and its conversion: " (", "; "."""


def _one_clock(qs: Sequence[Quantity], key: str) -> bool:
    """Whether times of one value are read on one clock of the day, so the value alone says
    they are one moment: not a game's clock ("with 7:41 left" in two quarters), two zones
    ("10:12 a.m. local time" / "10:12 a.m. ET"; a zone one report writes and the other
    leaves out is one: "2:09 am PST" / "2:09 a.m."), a bare "3:16" that may be either half
    of the day, nor a reading of another value ("3:16" read as 15:16)."""
    clocks = {q.clock for q in qs} - {""}  # a zone one report leaves out is no other zone
    return all(q.value == key for q in qs) and len(clocks) <= 1 and all(map(day_clock, clocks))


def day_clock(clock: str) -> bool:
    """Whether a time's clock (``Quantity.clock``) tells a moment of the day: not a game's
    clock, nor a twelve-hour reading that may be either half of the day."""
    return clock not in (GAME_CLOCK, TWELVE_HOUR)


def to_the_minute(key: str) -> bool:
    """A clock time to the minute ("time 02:09"), not a round hour: as precise as a sum."""
    return key.startswith("time ") and not key.endswith(":00")


_VALUE_MENTIONS = 2
"""The most mentions of one sum, share or count one report may give for ``_link_sums`` or
``_link_sole_counts`` to link it on its value: more is a table's or a list's."""


def _link_sums(quantities: Sequence[Sequence[Quantity]], qs: Sequence[Quantity],
               members: Sequence[Ref], uf: UnionFind) -> None:
    """Link one sum of money, one share or one time of day to the minute ("3:33 a.m.", on
    one clock: ``_one_clock``), each report giving it once or twice, across the reports on
    its value alone, unless what each is named differs ("a $14 billion deal" /
    "a $14 billion market value") or what each is a share of: "Ross was paid $3 million to
    direct" / "a relatively low $3 million salary for directing", "plus five per cent on
    the back end" / "5% on the backend". Its context words need not meet: the story's own
    words ("direct", "offer", "church") are the common ones of two reports of it, and a
    bracket cuts a mention's context short ("2m euros (£1.7m; $2.6m) in gems"). Not a sum
    in a list of three or more of its kind ("signed Brand to an $82 million deal and
    re-signed Iguodala and Williams for $80 million and $25 million, respectively"), whose
    value says nothing of which it is."""
    by_doc = _by_document(members)
    if len(by_doc) < 2 or any(len(ks) > _VALUE_MENTIONS for ks in by_doc.values()):
        return
    if any(_in_a_list(quantities[d], i) for d, i in members):
        return
    nouns = {counted_noun(q.noun) for q in qs if q.noun}
    references = {q.reference for q in qs if q.reference}
    if len(nouns) > 1 or len(references) > 1:
        return
    uf.union_all(list(members))


def _by_document(members: Sequence[Ref]) -> dict[int, list[int]]:
    """The places in ``members`` of each report's mentions."""
    by_doc: dict[int, list[int]] = defaultdict(list)
    for k, (d, _) in enumerate(members):
        by_doc[d].append(k)
    return by_doc


def _statistics(quantities: Sequence[Sequence[Quantity]]) -> set[tuple[int, str]]:
    """(document, counted noun) of the things a report counts with three values or more: a
    game's points and yards, a range of sizes: a statistic of many, whose one value says
    nothing of which it is."""
    values: dict[tuple[int, str], set[str]] = defaultdict(set)
    for d, qs in enumerate(quantities):
        for q in qs:
            if q.kind is Kind.NUMBER and q.noun:
                values[(d, counted(q))].add(q.value)
    return {key for key, found in values.items() if len(found) >= 3}


def _link_named_counts(contexts: Sequence[Sequence[frozenset[str]]], qs: Sequence[Quantity],
                       members: Sequence[Ref], uf: UnionFind) -> None:
    """Link a count of one named thing that each report gives once, across the reports,
    when a word around it meets, the story's common words counting: "pulling a gun on two
    guards" / "he pulled a gun on two guards" (a story of an escape writes "gun" and
    "guards" in every fifth sentence, so ``_link_bucket`` links nothing there). Not a count
    of a thing every story counts (people, years, times), whose words say little of which
    it is."""
    if not _one_named_thing(qs):
        return
    by_doc = _by_document(members)
    if len(by_doc) < 2 or any(len(ks) > 1 for ks in by_doc.values()):
        return
    own = {q.noun for q in qs} | {w for q in qs for w in q.phrase}  # the noun meets anyway
    if _words_around(contexts, members, by_doc, own, least=2):
        uf.union_all(list(members))


def _link_sole_counts(quantities: Sequence[Sequence[Quantity]], qs: Sequence[Quantity],
                      members: Sequence[Ref], uf: UnionFind) -> None:
    """Link a count of five or more of one named thing that each report gives once or twice,
    on its value and noun alone: "spotted a group of five suspicious boats" / "Five pirate
    boats tried to attack". The story's own words ("boats", "vessels") are its common ones,
    so no word around them need meet; the value and what it counts say which it is. Not a
    count of one to four, nor a vague one ("dozens of boats"), nor of a thing every story
    counts (people, years: ``_generic``), nor one in a list, nor counts under two actions or
    under one that only one report tells ("arrested eight suspects" / "eight suspects
    escaped"), nor two of other years ("in March 2009" / "in 2008 alone"), nor of two
    distances' references."""
    if not _one_named_thing(qs) or small(qs[0]) or not _NUMERIC.fullmatch(qs[0].value) or any(
            q.value != qs[0].value for q in qs):
        return
    by_doc = _by_document(members)
    if len(by_doc) < 2 or any(len(ks) > _VALUE_MENTIONS for ks in by_doc.values()):
        return
    if len({q.action for q in qs}) > 1 or len(
            {q.reference for q in qs if q.reference}) > 1:
        return
    if any(_in_a_list(quantities[d], i) for d, i in members):
        return  # "six carries for 23 yards, 10 catches for 91 yards": a line of statistics
    years = [_years_beside(quantities[d], i) for d, i in members]
    if any(a and b and not a & b for a in years for b in years):
        return
    uf.union_all(list(members))


def _years_beside(qs: Sequence[Quantity], i: int) -> set[str]:
    """The years written in the sentence of ``qs[i]`` (its neighbours in the text's order)."""
    sentence = qs[i].sentence
    lo = bisect_left(qs, sentence, key=lambda q: q.sentence)
    hi = bisect_right(qs, sentence, key=lambda q: q.sentence)
    return {key for q in qs[lo:hi] for key in q.keys if key.startswith("year ")}


_NUMERIC = patterns.compile(r"\d+(?:\.\d+)?")
"""A value that is one number ("26", "2000000"), not a vague size ("dozens", "millions")."""


def _one_named_thing(qs: Sequence[Quantity]) -> bool:
    """Whether the mentions count one thing they name, not one every story counts."""
    nouns = {counted(q) for q in qs}
    return len(nouns) == 1 and nouns.isdisjoint(("", "*")) and nouns.isdisjoint(_generic())


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    """Counted nouns of any story: two counts of them meet only through their own words."""
    return frozenset(counted_noun(stem(w)) for w in (
        "people persons person others times years months weeks days hours minutes seconds "
        "members men women children".split()))


def _words_around(contexts: Sequence[Sequence[frozenset[str]]], members: Sequence[Ref],
                  by_doc: Mapping[int, list[int]], own: Collection[str] = (), *,
                  least: int = 1) -> bool:
    """Whether every report's mentions of a value have ``least`` words of context in common
    with another report's, common words of the story included, words of saying and ``own``
    (the counted noun's) not: two, so that a story's "police" alone joins no "three
    suspects" arrested with three who escaped."""
    words = {d: set().union(*(contexts[d][members[k][1]] for k in ks)) - _SAYING - set(own)
             for d, ks in by_doc.items()}
    return all(any(len(words[d] & words[o]) >= least for o in words if o != d) for d in words)


@lru_cache(maxsize=1)
def _toll_words() -> dict[str, str]:
    """The words of a toll's actions as their synonym group ("hurt", "wound", "injured":
    injure; "murder", "slain": kill; "perish": die), by which two counts of one noun link
    when the story's noun links nothing. Only these groups: words of other actions have a
    second sense near a count ("in charge of six officers" is no indictment, "last fall"
    no drop, "cardiac arrest" no detention), and "slew" is "a slew of"."""
    return {word: group for word, group in synonyms().items()
            if group in TOLL_ACTIONS and word != "slew"}


TOLL_ACTIONS = frozenset(("kill", "die", "injure"))
"""The synonym groups of a toll's actions."""


_METRE = patterns.compile(r"(?<=\w\w)tr$")


def counted(q: Quantity) -> str:
    """What a mention counts, for matching: its noun's synonym group ("people" and
    "person" are one), "" when it names nothing; money, percentages, dates and times
    count their own kind, and every score or record counts scores."""
    if q.kind is not Kind.NUMBER or q.value.startswith("year"):
        return "*"
    if "-" in q.value and is_score(q):  # a score's value has a dash: most are asked no regex
        return SCORE  # "a 31-24 victory" is the score of "beat the Jaguars 31-24"
    if not q.noun:
        return ""
    return counted_noun(q.noun)


def counted_noun(noun: str, groups: Mapping[str, str] | None = None) -> str:
    """A noun's form for matching what two mentions count: one unit however spelt
    ("metres", "meters"), solid ("buy-out", "buyout"), its synonym group (of ``groups``, all
    of synonyms.txt's by default). Remembered for the default groups: a comparison asks it
    of each mention's noun several times."""
    if groups is None and (known := _COUNTED_NOUNS.get(noun)) is not None:
        return known
    form = _METRE.sub("ter", noun) if "tr" in noun else noun  # "metres" and "meters" count
    form = _unhyphened(form)  # one unit (the regex only where it may match)
    if groups is not None:
        return _COUNTED_AS.get(form) or groups.get(form, form)
    if len(_COUNTED_NOUNS) >= 1 << 14:
        _COUNTED_NOUNS.clear()  # bounded in a long-running process
    found = _COUNTED_NOUNS[noun] = _COUNTED_AS.get(form) or synonyms().get(form, form)
    return found


_COUNTED_NOUNS: dict[str, str] = {}
"""``counted_noun`` of the nouns asked with the default groups."""


_COUNTED_AS = {"count": "charge"}
"""Nouns that count what another group's noun counts, the group's verbs left alone: "two
counts of murder" are "two murder charges", but "were counted" is no charging."""


def _unhyphened(noun: str) -> str:
    """A noun's stem written solid: "co-workers" and "coworkers", "e-mails" and "emails"
    count one thing; a model's "AK-47" keeps its hyphen."""
    if "-" in noun and not any(ch.isdigit() for ch in noun):
        return noun.replace("-", "")
    return noun


def small(q: Quantity) -> bool:
    """A count of one to four (or an ordinal up to fourth): too common to share unnamed."""
    head = q.value.removeprefix("ordinal ")
    return head in ("1", "2", "3", "4")


def _buckets(
    quantities: Sequence[Sequence[Quantity]], key: str, members: list[Ref]
) -> list[list[Ref]]:
    """The members of one key, split into groups that may be one fact."""
    qs = [quantities[d][i] for d, i in members]  # each looked up once: a table's bucket
    primary = [(r, q) for r, q in zip(members, qs, strict=True) if q.value == key]
    secondary = [(r, q) for r, q in zip(members, qs, strict=True) if q.value != key]
    if len({q.value for _, q in secondary}) > 1:
        secondary = []  # two full dates of one year: the year alone cannot say which
    by_noun: dict[str, list[Ref]] = defaultdict(list)
    for r, q in primary + secondary:
        by_noun[counted(q)].append(r)
    # two nouns are one thing when one heads a phrase naming the other: "14 seats" and
    # "14 former Tory MPs in marginal seats", "the fifth successful anti-piracy operation"
    # and "the fifth anti-piracy operation"; not for a count of one to four, which shares
    # only with the same noun ("two incidents on consecutive days" is not "two days")
    nouns = sorted(n for n in by_noun if n not in ("", "*"))
    if len(nouns) > 1 and key not in ("1", "2", "3", "4"):
        groups = noun_synonyms()
        same = UnionFind()
        place = {n: k for k, n in enumerate(nouns)}  # not nouns.index: linear in the nouns
        for n in nouns:
            for d, i in by_noun[n]:
                for word in quantities[d][i].phrase:  # a few words, not every noun
                    other = counted_noun(word, groups)  # as ``counted`` writes the noun,
                    # through the groups of nouns only ("GHz": gigahertz)
                    if other != n and other in place:
                        same.union((place[n], 0), (place[other], 0))
        merged: dict[str, list[Ref]] = defaultdict(list)
        for n in nouns:
            merged[nouns[same.find((place[n], 0))[0]]].extend(by_noun.pop(n))
        by_noun.update(merged)
    named = [n for n in by_noun if n not in ("", "*")]
    unnamed = by_noun.pop("", [])
    if len(named) == 1 and unnamed:
        # one thing counted: a mention naming nothing may be it (``engine`` keeps it only
        # where the aligner pairs its sentence), unless it is a count of one to four
        keep = [r for r in unnamed if not small(quantities[r[0]][r[1]])]
        by_noun[named[0]].extend(keep)
        kept = set(keep)
        unnamed = [r for r in unnamed if r not in kept]  # a set: a table's bucket is large
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
    _link_charges_by_their_core(phrases, by_key, by_word, uf, max_postings)
    return uf.groups(refs)


def _link_charges_by_their_core(
    phrases: Sequence[Sequence[Phrase]], by_key: dict[frozenset[str], Ref],
    by_word: dict[str, list[Ref]], uf: UnionFind, max_postings: int,
) -> None:
    """A charge one report names bare and another names more fully is one charge: "facing
    manslaughter charges" / "charged with vehicular manslaughter", "polygamy" / "practicing
    polygamy", "attempted murder" / "attempted murder for allegedly shooting". The fuller
    wording must hold every word of the bare one and be the only such wording of the story
    ("assault" beside "sexual assault" and "aggravated assault" says neither), and add no word
    that makes another crime of it: "murder" is no "attempted murder" nor "conspiracy to
    commit murder"."""
    sentences_of: dict[frozenset[str], set[tuple[int, int]]] = defaultdict(set)
    for d, ps in enumerate(phrases):
        for p in ps:
            sentences_of[p.key].add((d, p.sentence))
    for key, ref in by_key.items():
        if phrases[ref[0]][ref[1]].topic != CHARGE:
            continue
        postings = [by_word.get(word, ()) for word in key]
        if not postings or any(len(p) > max_postings for p in postings):
            continue
        fuller = {phrases[d][i].key for d, i in min(postings, key=len)}
        fuller = {k for k in fuller if key < k and not (k - key) & _ANOTHER_CRIME
                  and phrases[by_key[k][0]][by_key[k][1]].topic == CHARGE
                  and _heads(key, phrases[by_key[k][0]][by_key[k][1]].text)}
        if len(fuller) == 1 and sentences_of[key].isdisjoint(sentences_of[next(iter(fuller))]):
            uf.union(ref, by_key[fuller.pop()])  # a sentence naming both names two charges
            # ("robbery and armed robbery")


_PHRASE_WORD = patterns.compile(r"[\w'’-]+")


def _heads(core: frozenset[str], fuller: str) -> bool:
    """Whether the words of ``core`` open ``fuller`` but for qualifiers before them, no small
    word there: "vehicular manslaughter", "practicing polygamy", "attempted murder for
    allegedly shooting"; not "battery on his sister" for "sister" nor "stealing a guitar from
    his sister" (the charge is another, the word its object)."""
    words = [w.lower() for w in _PHRASE_WORD.findall(fuller)]
    places = [n for n, w in enumerate(words) if stem(w) in core]
    if not places:
        return False
    first, last = places[0], places[-1]
    return not any(w in STOPWORDS or w.endswith("ing") and w not in _DOING
                   for w in words[:first]) and (
        last + 1 == len(words) or words[last + 1] in STOPWORDS)  # "assault weapons" is no
    # assault, "promoting prostitution" no prostitution; "for allegedly shooting" a tail


_DOING = frozenset("practicing practising committing".split())
"""Verbs before a charge that commit it, not another crime ("practicing polygamy"; not
"promoting prostitution", "financing terrorism", "possessing burglary tools")."""


_ANOTHER_CRIME = frozenset(
    "attempt conspiracy conspir accessory solicitat solicit aid abett incit threaten "
    "intent intend plot plott plan plann order hir".split())
"""Stems of the words that make another crime of a charge ("attempted murder", "conspiracy
to commit murder", "solicitation of murder", "aiding and abetting", "intent to kill",
"plotting the murder", "ordering", "hiring" a killing)."""


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
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in _fold_marks(text))


def _fold_marks(text: str) -> str:
    """``text.translate(_FOLD_CHARS)`` by one ``replace`` per mark: the same string, several
    times faster on a long text (``translate`` looks every character up in a dict)."""
    for mark, plain in _FOLD_CHARS.items():
        text = text.replace(chr(mark), plain)
    return text


def fold_quote_text(text: str) -> str:
    """``_norm`` at C speed: ``lower()`` differs from ``_norm``'s character-by-character
    lowering only where a character lowers to several (then the length changes) or for a
    final sigma; those texts take ``_norm`` itself."""
    plain = _fold_marks(text)
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
    pieces = _quote_pieces(needle)
    for s in sentence_ids:
        start, end = doc.sentences[s]
        lo = start
        hi = min(len(doc.text), end + len(needle))
        hay = folded[lo:hi] if folded is not None else _norm(doc.text[lo:hi])
        at = hay.find(needle)
        if at >= 0:
            return QuoteMatch(-1, lo + at, lo + at + len(needle), 100.0)
        result = fuzz.partial_ratio_alignment(needle, hay, score_cutoff=cutoff) if (
            _may_reach(needle, hay, cutoff)) else None
        if result is None:
            for piece in pieces:  # one whole sentence of the quotation, as written here
                at = hay.find(piece)
                if at >= 0 and not _inside_a_word(hay, at, at + len(piece)) and (
                        best is None or best.score < _PIECE_SCORE):
                    best = QuoteMatch(-1, lo + at, lo + at + len(piece), _PIECE_SCORE)
                    break
            continue
        if best is None or result.score > best.score:
            best = QuoteMatch(-1, *_whole_words(doc.text, lo + result.dest_start,
                                                lo + result.dest_end), result.score)
    return best


def _may_reach(needle: str, hay: str, cutoff: float) -> bool:
    """Whether ``fuzz.partial_ratio_alignment(needle, hay)`` can reach ``cutoff``: False only
    where it provably cannot, found by one bit-parallel LCS (a fiftieth of the alignment's
    cost; on the corpus four calls in five are ruled out).

    The alignment's score is the best ``200 * LCS(a, b) / (len(a) + len(b))`` over pairs of
    the shorter string (length ``s``) and a stretch ``b`` of the other at most as long. The
    stretch's LCS is at most ``L``, the LCS of the two whole strings, and at most ``len(b)``,
    so every score is at most ``200 * L / (s + L)``; below the cutoff (by a margin for the
    float arithmetic), no score reaches it and the call returns None."""
    common = LCSseq.similarity(needle, hay)
    return 200 * common >= (cutoff - 1e-6) * (min(len(needle), len(hay)) + common)


_PIECE_SCORE = 90.0
"""The score of a quotation found by one whole sentence of it (``_quote_pieces``)."""
_INSERTION = patterns.compile(r"(?<=\w)[ \t]*\([^()]{1,40}\)")
"""An editor's insertion inside a quotation, in round brackets after a word: "altered (its
direction) towards"; not a square-bracketed substitution, which may be its subject ("[Mark
Dunn] lied to the police")."""
_PIECE_END = patterns.compile(r"(?<=[.!?])[ \t]+")
_PIECE_LEAST = 30
"""The fewest characters of a sentence of a quotation that is searched for on its own."""


def _inside_a_word(hay: str, start: int, end: int) -> bool:
    """Whether a found piece starts or ends inside a word ("he was ..." found in "she
    was ...")."""
    return start > 0 and hay[start - 1].isalnum() or end < len(hay) and hay[end].isalnum()


def _quote_pieces(needle: str) -> list[str]:
    """The sentences of a quotation of two or more, and the quotation without an editor's
    insertion, each long enough to say one thing: another report may quote one sentence of
    it, or quote it without the insertion ("The warship immediately altered (its direction)
    towards the suspicious vessels and challenged them. On seeing the resolve, ..." /
    "The warship immediately altered towards the suspicious vessels and challenged
    them")."""
    plain = _INSERTION.sub("", needle) if "(" in needle else needle  # an insertion's bracket
    pieces = [p.strip(" .,;:\"'!?") for p in _PIECE_END.split(plain)]
    out = [p for p in pieces if len(p) >= _PIECE_LEAST and p != needle]
    if plain != needle and len(pieces) == 1 and len(plain) >= _PIECE_LEAST:
        out = [plain.strip(" .,;:\"'")]
    return out


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A fuzzy alignment's span without the spaces at its edges and widened to whole words
    (an apostrophe or a hyphen inside one): it may cut one where the wordings differ
    ("they'll continue" aligned from "ll")."""
    def joins(at: int, step: int) -> bool:  # the word goes on at ``at`` (``step`` away)
        ch = text[at]
        return ch.isalnum() or (ch in "'’-" and 0 <= at + step < len(text)
                                and text[at + step].isalnum())

    while start < end and text[start].isspace():
        start += 1
    while start < end and text[end - 1].isspace():
        end -= 1
    if start < end and text[start].isalnum():
        while start > 0 and joins(start - 1, -1):
            start -= 1
    if start < end and text[end - 1].isalnum():
        while end < len(text) and joins(end, 1):
            end += 1
    return start, end


_GRAM = 3
"""Quotations are screened by the character trigrams they share with a stretch of text."""


def _gram_keys(text: str) -> np.ndarray:
    """Each character trigram of ``text`` as one number (three 21-bit code points)."""
    if len(text) < _GRAM:
        return np.empty(0, dtype=np.uint64)
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    points = points.astype(np.uint64)
    return (points[:-2] << np.uint64(42)) | (points[1:-1] << np.uint64(21)) | points[2:]


@dataclass(frozen=True, slots=True)
class QuoteIndex:
    """The character trigrams of every document's text in ``find_quote``'s form, with where
    each occurs, and every sentence's span: built once for a comparison, so each quotation is
    searched for only in the sentences that can hold it (``quote_candidates``)."""

    grams: np.ndarray
    """The distinct trigrams of all documents, sorted (``_gram_keys``)."""
    starts: np.ndarray
    """Where each trigram's run of ``postings`` starts (one more at the end)."""
    postings: np.ndarray
    """Each trigram's positions, in the texts laid end to end, each run in order."""
    keyed: np.ndarray
    """``postings`` with each trigram's number times ``width`` added: one sorted array, so
    one search finds how often any trigram occurs in any stretch."""
    width: int
    """More than any position."""
    sentence_start: np.ndarray
    """Every sentence of every document in turn: its start in the texts laid end to end."""
    sentence_end: np.ndarray
    text_end: np.ndarray
    """The end of each sentence's document, in the texts laid end to end."""
    first: tuple[int, ...]
    """Each document's first sentence in the arrays above."""
    document: np.ndarray
    """The document of each sentence."""
    mean_sentence: float


def sentence_rows(docs: Sequence[Document]) -> tuple[tuple[int, ...], np.ndarray]:
    """Every sentence of every document in turn, as ``quote_index`` numbers its rows: each
    document's first row, and the document of each row."""
    sizes = [len(doc.sentences) for doc in docs]
    first = tuple(int(n) for n in np.cumsum([0, *sizes[:-1]])) if docs else ()
    return first, np.repeat(np.arange(len(docs)), sizes)


def quote_index(docs: Sequence[Document], folded: Sequence[str]) -> QuoteIndex:
    """``QuoteIndex`` of the documents; ``folded`` is each one's ``fold_quote_text``."""
    keys, places, starts, ends, text_ends = [], [], [], [], []
    base = count = 0
    for doc, text in zip(docs, folded, strict=True):
        found = _gram_keys(text)
        keys.append(found)
        places.append(np.arange(base, base + found.size, dtype=np.int64))
        count += len(doc.sentences)
        starts.extend(base + s for s, _ in doc.sentences)
        ends.extend(base + e for _, e in doc.sentences)
        text_ends.extend([base + len(text)] * len(doc.sentences))
        base += len(text)
    first, document = sentence_rows(docs)
    all_keys = np.concatenate(keys) if keys else np.empty(0, dtype=np.uint64)
    # one stable sort gives the distinct trigrams, their runs and each run's places in order
    order = np.argsort(all_keys, kind="stable")
    ordered = all_keys[order]
    grams, runs = sorted_runs(ordered)
    sentence_start = np.array(starts, dtype=np.int64)
    sentence_end = np.array(ends, dtype=np.int64)
    postings = (np.concatenate(places) if places else np.empty(0, np.int64))[order]
    width = base + 1
    return QuoteIndex(
        grams=grams,
        starts=np.concatenate(([0], np.cumsum(runs))).astype(np.int64),
        postings=postings,
        keyed=np.repeat(np.arange(grams.size, dtype=np.int64), runs) * width + postings,
        width=width,
        sentence_start=sentence_start,
        sentence_end=sentence_end,
        text_end=np.array(text_ends, dtype=np.int64),
        first=first,
        document=document,
        mean_sentence=float((sentence_end - sentence_start).mean()) if count else 0.0,
    )


SCREEN_FROM = 64
"""At most this many sentences chosen by the caller are searched without the trigram screen
when the screen would gather more places than the searches read characters (the same
answers: the screen only leaves out sentences find_quote would not match)."""


def quote_candidates(
    index: QuoteIndex, needle: str, rows: np.ndarray | None = None, *, cutoff: float = 88.0
) -> np.ndarray:
    """For every sentence of ``index`` (in its order), or only for the sentences ``rows``
    (their places in that order), whether ``find_quote`` can find ``needle`` (a
    ``quote_needle``) from it: False only where it provably cannot. Screening only the rows a
    caller will search keeps the work per quotation bounded by them, not by all the sentences.

    ``find_quote`` scores the needle against the text from the sentence's start to its end plus
    the needle's length (the "hay"): ``fuzz.partial_ratio_alignment`` reports a ratio of at
    least ``cutoff`` only for two strings, the shorter of needle and hay whole and a stretch of
    the other at most as long, whose longest common subsequence is at least ``cutoff / 200`` of
    their lengths together. Cut into trigrams, each character of the shorter left out of that
    subsequence breaks at most three of its trigrams and each gap in the subsequence two; the
    rest are trigrams both strings have. At a cutoff of 88 that is at least 0.2 of the two
    lengths together, less two, so at least 0.357 of the shorter's length, less two (the
    stretch is at least 0.786 of it). So the trigrams of the hay that the needle has, each
    counted at most as often as the needle has it, must reach that; and when the needle is the
    shorter, within one stretch of the hay as long as the needle. Counted over all sentences at
    once, from above: a trigram rare in the texts is counted without that cap (a stretch seldom
    holds it twice) in the stretch that holds most of them; then, only where that leaves the
    sentence in, a common one is counted exactly, capped, in the whole hay.
    """
    rate = cutoff / 100 - 0.001  # a little under the cutoff, against rounding at the edge
    slope = (2.5 * rate - 2) * 2 / (2 - rate)
    start, sentence_end, text_end = index.sentence_start, index.sentence_end, index.text_end
    if rows is not None:
        start, sentence_end, text_end = start[rows], sentence_end[rows], text_end[rows]
    if slope <= 0 or not index.grams.size:
        return np.ones(start.size, dtype=bool)
    keys = _gram_keys(needle)
    at = np.minimum(np.searchsorted(index.grams, keys), index.grams.size - 1)
    ids, counts = sorted_runs(np.sort(at[index.grams[at] == keys]))
    runs = index.starts[ids + 1] - index.starts[ids]
    hay_end = np.minimum(text_end, sentence_end + len(needle))
    # a trigram a hay may hold about as often as the needle or more is common
    common = runs * (index.mean_sentence + len(needle)) >= counts * index.postings.size
    rare, lengths = ids[~common], runs[~common]
    if rows is not None and rows.size <= SCREEN_FROM and lengths.sum() > (hay_end - start).sum():
        # a few sentences chosen are searched outright when the screen would gather more of
        # the rare trigrams' places, in all the texts, than the searches read characters
        # (two long reports: 12 s, against 31 s with the screen)
        return np.ones(start.size, dtype=bool)
    last = hay_end - (_GRAM - 1)  # trigrams start before this to lie inside the hay
    need = slope * np.minimum(len(needle), hay_end - start) - (_GRAM - 1)
    offsets = np.repeat(index.starts[rare] - np.cumsum(lengths) + lengths, lengths)
    places = np.sort(index.postings[offsets + np.arange(offsets.size)])
    rare_shared = _most_in_a_stretch(places, start, last, len(needle))
    live = rare_shared + int(counts[common].sum()) >= need
    found = np.flatnonzero(live)
    if found.size:
        shared = rare_shared[found] + _common_shared(
            index, ids[common], counts[common], start[found], last[found]
        )
        live[found] = shared >= need[found]
    return live


def _common_shared(index: QuoteIndex, grams: np.ndarray, counts: np.ndarray,
                   start: np.ndarray, last: np.ndarray) -> np.ndarray:
    """For each range ``[start, last)``: how many places of each of ``grams`` it holds, each
    gram counted at most its ``counts``, summed. Two searches in ``index.keyed`` answer every
    gram and range at once (a loop over grams cost a few numpy calls per gram and quotation,
    and gathering the grams' places cost their number: every sentence for a common one)."""
    shared = np.zeros(start.size, dtype=np.int64)
    step = max(1, (1 << 20) // max(1, start.size))  # grams per chunk: bounded memory
    for first in range(0, grams.size, step):
        shift = grams[first:first + step, None].astype(np.int64) * index.width
        held = (np.searchsorted(index.keyed, shift + last[None, :])
                - np.searchsorted(index.keyed, shift + start[None, :]))
        shared += np.minimum(np.maximum(held, 0), counts[first:first + step, None]).sum(axis=0)
    return shared


def _most_in_a_stretch(places: np.ndarray, start: np.ndarray, last: np.ndarray,
                       length: int) -> np.ndarray:
    """For each range ``[start, last)``: how many of the sorted ``places`` lie in it, at most
    as many as any stretch of ``length`` characters starting at one of them holds (a stretch
    may run past the range's end: the count stays an upper bound)."""
    lo, hi = np.searchsorted(places, start), np.searchsorted(places, last)
    inside = np.maximum(0, hi - lo)
    if not places.size:
        return inside
    # a sparse table of the stretch counts: level k holds the most over 2**k places in a row,
    # up to the most places one range holds
    levels = [np.searchsorted(places, places + length - (_GRAM - 1)) - np.arange(places.size)]
    while 2 ** len(levels) <= inside.max():
        step = 2 ** (len(levels) - 1)
        levels.append(np.maximum(levels[-1][:-step], levels[-1][step:]))
    most = np.zeros_like(inside)
    ranged = np.flatnonzero(hi > lo)
    level = np.log2(hi[ranged] - lo[ranged]).astype(np.int64)
    for k in sorted(set(level.tolist())):
        picked = ranged[level == k]
        most[picked] = np.maximum(levels[k][lo[picked]], levels[k][hi[picked] - 2 ** k])
    return np.minimum(inside, most)
