"""Key terms: the subjects a report names in common nouns ("training seminars", "electoral
districts", "microservers", "interior minister"), which no capital letter or digit marks.

A term is the end of a run of lower-case content words (at most ``MAX_WORDS``; English
compounds end in their head noun) that holds a word rare in news text: one in none of its
spellings in ``data/common_words.txt`` ("organisations" is "organizations", "districts" is
"district"). A run is cut at punctuation, at another fact's words, at adverbs and participles
and at a word its neighbours show to be a verb ("to hold training seminars", "examines the
budget"). Two reports share a term when they write one compound with different joins:
"microservers" = "micro servers" = "micro-servers". Pure functions over ``Document``s.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, count

from . import patterns
from .lexicon import BRITISH_ENDINGS, SPELLINGS, STOPWORDS, common_words, fold, stem, word_class
from .match import UnionFind
from .model import Document, Span
from .numbers import NUMBER_WORDS

_TOKEN = patterns.compile(r"(?<!\w)[^\W\d_][\w'’/-]*(?<=[^\W_])")
"""A word, hyphens, slashes and apostrophes inside it ("administrative-territorial",
"CPU/IO"); it starts with a letter, not inside another word (no "th" of "11th"), and a word
with a digit in it ("mp3") may stand in a term but is never its rare word (``rare``). Its
last character (a letter or a digit) is checked looking back, which splits a sentence a
fifth faster than one more to match; a word of one letter passes the check at that letter,
so it needs no optional group around the rest (an eighth faster again)."""
_TOKENS_KEPT = patterns.compile(f"({_TOKEN.pattern})")
"""``_TOKEN`` kept by a split: the words of a sentence and the gaps between them, at once."""
_FOUR_LETTERS = patterns.compile(r"[^\W\d_]{4}")
"""A rare word has four letters at least (``rare``)."""
_GAP = patterns.compile(r"\s+")
"""Only white space joins two words of one term: a comma, a quotation mark or a dash ends it."""
MAX_WORDS = 4
"""The longest term: a rare word with its compound around it."""
NOT_TERM = STOPWORDS | frozenset(
    """is are was were be been being has have had do does did will would can could may might
    must shall should also just even only very still yet however meanwhile instead thereby
    whereby therefore hence moreover furthermore nevertheless nonetheless otherwise today
    yesterday tomorrow tonight now then ago late early later earlier here there where year
    years month months week weeks day days time times way ways thing things lot lots
    something anything nothing everything someone anyone everyone people percent per cent""".split()
) | NUMBER_WORDS | frozenset(w + "s" for w in NUMBER_WORDS)
"""Words that are never part of a term: function words, light nouns, numbers in words."""
@dataclass(frozen=True, slots=True)
class Term:
    """One key term as written in one sentence."""

    start: int
    end: int
    sentence: int
    text: str
    keys: tuple[str, ...]
    """The endings of its compound that hold a rare word, closed up and stemmed, longest
    first: "terminal servers" gives ("terminalserver", "server")."""
    words: int = 1
    joins: tuple[tuple[int, int], ...] = ()
    """For each key: how it is written, as (words, parts): "micro servers" (2, 2),
    "micro-servers" (1, 2), "microservers" (1, 1)."""
    conjuncts: tuple[str, ...] = ()
    """For two terms joined by "and" or "or" ("industrialists and entrepreneurs"): the keys
    of both; the pair is one term, found besides its two (``link_terms``)."""

    @property
    def value(self) -> str:
        return self.keys[0]


@lru_cache(maxsize=1 << 15)
def rare(word: str) -> bool:
    """Whether a lower-case word is rare in news text: neither it, its singular nor its
    American spelling is in the common list; a hyphenated word when one part of three letters
    or more is ("administrative-territorial", "fastest-growing")."""
    if "-" in word or "/" in word:
        return any(rare(p) for p in re.split(r"[-/]", word) if len(p) > 2)
    if len(word) < 4 or not word.isalpha():
        return False
    common = common_words()
    if word in common:
        return False
    if word[-1] != "s":
        if not word.endswith(BRITISH_ENDINGS):
            return True  # no other spelling to look up: most words
        forms = {word}
    else:  # the singular: "districts", "communities", "taxes"
        forms = {word, word[:-1]}
        if word.endswith("ies"):
            forms.add(word[:-3] + "y")
        if word.endswith("es"):
            forms.add(word[:-2])
        if not forms.isdisjoint(common):
            return False
        if not any(f.endswith(BRITISH_ENDINGS) for f in forms):
            return True
    for pattern, repl in SPELLINGS:
        forms |= {pattern.sub(repl, f) for f in tuple(forms)}
    return not forms & common


@lru_cache(maxsize=1 << 15)
def edge_word(word: str) -> bool:
    """An adverb or a participle ("reportedly", "newly", "dubbed", "created"), or an age
    ("year-old"), as written: no part of a compound noun. A word in "-ly" is an adverb by its
    ending or when the word without it is common ("family", "assembly" are nouns)."""
    low = fold(word)
    if len(low) > 3 and low.endswith("ed") and not low.endswith("eed") or low.endswith("-old"):
        return True
    return len(low) > 4 and low.endswith("ly") and (
        low.endswith(_ADVERB_ENDINGS) or low[:-2] in common_words()
        or low[:-2] + "e" in common_words())


_ADVERB_ENDINGS = ("ily", "ally", "ently", "antly", "ously", "ively", "fully")
_JUDGEMENT = ("ive", "ous", "ful", "ic", "ical", "able", "ible", "less", "ing")
"""Endings of adjectives of judgement and participles ("definitive", "ridiculous",
"pragmatic", "crushing"): a term whose only rare words end so names no subject ("pragmatic
power"); an "-ing" word alone neither ("mobilising"). Tested with ``str.endswith``, which
reads the end alone, where a pattern ending in ``$`` is tried at every letter (a folded
word holds no line break, where ``$`` would differ)."""


def _subject(words: Sequence[str], rares: Sequence[bool]) -> bool:
    """Whether a term's rare words (``rares``: which of ``words`` are) name a subject: one
    of them is not an adjective of judgement (a hyphenated word is a compound and counts).
    The ending says so only before the head: the last word of a compound is its noun
    ("pandemic", "explosive"), unless it is an "-ing" word ("mobilising")."""
    last = len(words) - 1
    for n, w in enumerate(words):
        if rares[n] and ("-" in w or not w.endswith(_JUDGEMENT)
                         or (n == last and not w.endswith("ing"))):
            return True
    return False


_BEFORE_VERB = frozenset("to will would can could may might must shall should he she it they we i "
                         "who which that".split())
"""A content word after one of these is a verb: "to hold training seminars"."""
_AFTER_VERB = frozenset("the a an its his her their this these those them him it our".split())
"""A content word before one of these (or a digit) is a verb: "examines the state budget"."""


def merged_spans(spans: Iterable[Span]) -> tuple[list[int], list[int]]:
    """Spans merged where they overlap or touch, as their starts and their ends (both in
    order): what other facts take of a text, looked up by bisection (``overlaps``)."""
    starts: list[int] = []
    ends: list[int] = []
    for a, b in sorted(spans):
        if ends and a <= ends[-1]:
            if b > ends[-1]:
                ends[-1] = b
        else:
            starts.append(a)
            ends.append(b)
    return starts, ends


def overlaps(starts: list[int], ends: list[int], start: int, end: int) -> bool:
    """Whether ``start``-``end`` overlaps one of the ``merged_spans``."""
    k = bisect_right(ends, start)
    return k < len(starts) and starts[k] < end


def find_terms(doc: Document, taken: Sequence[Span] = ()) -> list[Term]:
    """Every key term of a document, in text order: the last words (at most ``MAX_WORDS``)
    of each run of lower-case content words, when they hold a rare word. A run is cut at
    punctuation, at a word of another fact (``taken``: names, numbers), at an adverb or a
    participle, and at a word that reads as a verb from its neighbours ("to hold", "examines
    the"): English compounds end in their head noun. Only the runs around a rare word are
    read word by word (one word in fifteen of news text is rare)."""
    text = doc.text
    taken_starts, taken_ends = merged_spans(taken)
    out: list[Term] = []
    may_be_rare, rare_inside = _MAY_BE_RARE, _RARE_INSIDE
    if len(may_be_rare) + len(rare_inside) > _MAY_BE_RARE_MAX:
        for words in may_be_rare, rare_inside, _CONTENT_FIRST, _CONTENT_INSIDE:
            words.clear()
    for index, (s_start, s_end) in enumerate(doc.sentences):
        if not _FOUR_LETTERS.search(text, s_start, s_end):
            continue  # no word long enough to be rare: "A. B. C.", a list of numbers
        parts = _TOKENS_KEPT.split(text[s_start:s_end])  # gap, word, gap, ..., word, gap
        if len(parts) < 2:
            continue  # letters but no word: "4Kids", "__init__" (each run follows a digit)
        rare_at = list(compress(count(1), map(rare_inside.__getitem__, parts[3::2])))
        if may_be_rare[parts[1]]:  # the first word may be capitalised
            rare_at.insert(0, 0)
        if not rare_at:
            continue  # no rare word, no term
        sentence = _Sentence(text, index, s_start, parts)
        sentence.block(taken_starts, taken_ends, bisect_right(taken_ends, s_start), s_end)
        words = len(sentence.written)
        last = -1  # the last word of the run read last
        for n in rare_at:
            if n <= last or not sentence.free(n):
                continue
            first = last = n
            while first > 0 and sentence.spaced(first) and sentence.free(first - 1):
                first -= 1
            while last + 1 < words and sentence.spaced(last + 1) and sentence.free(last + 1):
                last += 1
            joint = -1  # the "and" after the run, and the run after it: a pair's first
            # term holds a rare word, read first, so only a run's end is looked at
            if sentence.coordinator(last + 1) and sentence.free(last + 2):
                joint = last = last + 1
                while last + 1 < words and sentence.spaced(last + 1) and sentence.free(last + 1):
                    last += 1
            out.extend(_run_terms(sentence, range(first, last + 1), joint))
    return out


def _content_folded(word: str, low: str, first: bool) -> bool:
    """``_Content`` of a word whose folded form ``low`` the caller has already."""
    return not (low in NOT_TERM or "'" in low or "’" in low) and (
        word[0].islower() or (first and word[1:].islower()))


class _MayBeRare(dict[str, bool]):
    """Whether each word as written may be a term's rare word, wherever it stands: worked out
    once a word and then looked up, as every word of a text is."""

    def __missing__(self, word: str) -> bool:
        # as a sentence's first word: the looser test, which every other place passes too;
        # a word of three letters is rare only with a hyphen or a slash (``rare``)
        low = fold(word)
        self[word] = found = (len(low) > 3 or "-" in low or "/" in low) and _content_folded(
            word, low, True) and rare(low)
        return found


class _RareInside(dict[str, bool]):
    """``_MayBeRare`` for a word after a sentence's first: one in lower case. A capitalised
    word there is a name's, never a term's (``_Content``): left out before a sentence is
    read word by word, a sixth of the sentences read before are not."""

    def __missing__(self, word: str) -> bool:
        # a word in lower case passes the test of ``_MayBeRare`` as it is a content word
        # inside a sentence (``_Content``), kept too: a term's words are looked up there next
        if not word[0].islower():
            self[word] = _CONTENT_INSIDE[word] = False
            return False
        low = fold(word)
        content = _CONTENT_INSIDE[word] = _content_folded(word, low, False)
        self[word] = found = content and (len(low) > 3 or "-" in low or "/" in low) and rare(low)
        return found


class _Content(dict[str, bool]):
    """Whether a word as written may stand in a term: a lower-case content word, or with
    ``first`` (a sentence's first word) a capitalised one too. A dict looked up by the word
    alone: an ``lru_cache`` of two arguments builds a key tuple at each of its 20,000 calls
    in a long document. Its words are those of ``_MAY_BE_RARE`` (first) or ``_RARE_INSIDE``,
    and it is emptied with them."""

    def __init__(self, first: bool) -> None:
        super().__init__()
        self.first = first

    def __missing__(self, word: str) -> bool:
        self[word] = found = _content_folded(word, fold(word), self.first)
        return found


_MAY_BE_RARE = _MayBeRare()
"""Kept across documents: a story's reports, and the two sides of a comparison, share most
of their words (a document of 2,000 sentences asks about 6,000 words)."""
_RARE_INSIDE = _RareInside()
_CONTENT_FIRST, _CONTENT_INSIDE = _Content(True), _Content(False)
_MAY_BE_RARE_MAX = 1 << 17


class _Sentence:
    """One sentence's words (``_TOKEN``) as written and the gaps between them: word ``n`` runs
    from ``starts[n]`` to ``ends[n]`` in ``text`` and follows ``gaps[n]``; ``blocked`` holds
    the words inside another fact. A plain class with slots (no frozen dataclass, whose
    init sets each field through object.__setattr__): nine sentences in ten make one."""

    __slots__ = ("blocked", "ends", "gaps", "index", "starts", "text", "written")

    def __init__(self, text: str, index: int, start: int, parts: list[str]) -> None:
        self.text, self.index = text, index
        self.written, self.gaps = parts[1::2], parts[0::2]
        bounds = list(accumulate(map(len, parts), initial=start))
        self.starts, self.ends = bounds[1:-1:2], bounds[2::2]
        self.blocked: set[int] = set()

    def block(self, starts: list[int], ends: list[int], k: int, end: int) -> None:
        """Mark the words that overlap a span of another fact (``starts``, ``ends``: sorted,
        apart), from span ``k``, the first that ends after the sentence starts, to the last
        that starts before ``end``, where the sentence ends."""
        while k < len(starts) and starts[k] < end:
            self.blocked.update(range(bisect_right(self.ends, starts[k]),
                                      bisect_left(self.starts, ends[k])))
            k += 1

    def free(self, n: int) -> bool:
        """Whether word ``n`` may stand in a term: a content word in lower case (the first
        may be capitalised), in no other fact."""
        return n not in self.blocked and (_CONTENT_INSIDE if n else _CONTENT_FIRST)[
            self.written[n]]

    def spaced(self, n: int) -> bool:
        """Whether only white space stands between word ``n`` and the word before it."""
        gap = self.gaps[n]
        return gap == " " or _GAP.fullmatch(gap) is not None

    def coordinator(self, n: int) -> bool:
        """Whether word ``n`` is "and" or "or" with white space alone around it, between two
        words of the sentence: "industrialists and entrepreneurs"."""
        return (0 < n < len(self.written) - 1 and self.written[n] in _COORDINATORS
                and n not in self.blocked and self.spaced(n) and self.spaced(n + 1))


def _run_terms(sentence: _Sentence, run: range, joint: int = -1) -> list[Term]:
    """The terms of one run of content words (``run``: indices into the sentence's words):
    cut at its adverbs, participles and verbs, each piece's last words, if they hold a rare
    word. Most runs hold none and are not looked at (``find_terms`` passes only those that
    do). ``joint``, when in the run, is the "and" of two runs: the terms on either side of
    it are also one term together (``_coordination``)."""
    out: list[Term] = []
    piece: list[int] = []
    written = sentence.written
    before: Term | None = None  # the term that ends at the joint, from word ``lead``
    lead = 0
    for n in [*run, -1]:
        if n < 0 or n == joint or edge_word(written[n]) or _verb(sentence, n):
            if piece:
                term = _term(sentence, piece[-MAX_WORDS:])
                if term is not None:
                    out.append(term)
                    if n == joint:
                        before, lead = term, piece[-MAX_WORDS:][0]
                    elif before is not None and piece[0] == joint + 1:
                        pair = _coordination(sentence, before, term, len(piece), lead)
                        if pair is not None:
                            out.append(pair)
                piece = []
        else:
            piece.append(n)
    return out


_COORDINATORS = frozenset(("and", "or"))
_BEFORE_ITEM = NUMBER_WORDS | frozenset(("a", "an", "the"))
"""Words between a list's comma and an item's term: "rifles, two mortars and landmines"."""


def _plural(term: str) -> bool:
    """Whether a term's last word is a form in -s in the dictionary of ``word_class``: a
    plural ("slippers") or a verb's third person; never an adjective."""
    return word_class(fold(term.split()[-1])) == "s"


def _coordination(sentence: _Sentence, first: Term, second: Term, words: int,
                  lead: int) -> Term | None:
    """Two terms joined by "and" or "or" as one ("industrialists and entrepreneurs",
    "landmines and mortars"): a pair of subjects a report names together, which neither
    names alone. The second term is the whole piece after the joint (``words`` long), as the
    first (from word ``lead``) ends at it. Not a pair:
    - a list's end: a comma before the first, over a name, a number or an article ("riots,
      arson and looting", "bald eagles, Florida panthers and whooping cranes");
    - adjectives: one of the two must end in a plural ("industrialists", "slippers"), which
      no adjective is ("thinnest and lightest", "frail and weary", "suitable and
      sufficient"; two singular nouns are lost with them, "guitar or piano")."""
    if second.words != words:
        return None
    written, gaps = sentence.written, sentence.gaps
    k = lead  # back over a name, a number or an article, to a comma
    while k > 0 and k > lead - 2 and sentence.spaced(k) and (
            k - 1 in sentence.blocked or written[k - 1].lower() in _BEFORE_ITEM):
        k -= 1
    if "," in gaps[k]:
        return None
    if not (_plural(first.text) or _plural(second.text)):
        return None
    if first.value == second.value:
        return None  # "militants or militant"
    start, end = first.start, second.end
    both = first.words + 1 + second.words  # with the "and"
    return Term(start, end, sentence.index, sentence.text[start:end],
                ("&".join(sorted((first.value, second.value))),), both,
                ((both, first.joins[0][1] + 1 + second.joins[0][1]),), first.keys + second.keys)


def _verb(sentence: _Sentence, n: int) -> bool:
    """Whether the word reads as a verb from its neighbours in the same clause."""
    written, gaps = sentence.written, sentence.gaps
    before = written[n - 1].lower() if n > 0 else ""
    if before in _BEFORE_VERB and _GAP.fullmatch(gaps[n]) and (
            before != "to" or not rare(fold(written[n]))):
        return True  # "to" before a rare word is more often a preposition: "due to"
    end = sentence.ends[n]
    after = sentence.text[end:end + 2]
    if after[:1] == " " and after[1:].isdigit():
        return True
    return n + 1 < len(written) and written[n + 1] in _AFTER_VERB and _GAP.fullmatch(
        gaps[n + 1]) is not None


def _term(sentence: _Sentence, piece: Sequence[int]) -> Term | None:
    """The term written in the words ``piece`` (the end of a run), if it names a subject."""
    if not piece:
        return None
    written = tuple(sentence.written[piece[0]:piece[-1] + 1])  # the piece runs on
    compound = _COMPOUNDS[written]
    if compound is None:
        return None
    start, end = sentence.starts[piece[0]], sentence.ends[piece[-1]]
    return Term(start, end, sentence.index, sentence.text[start:end], compound[0],
                len(written), compound[1])


_KeysJoins = tuple[tuple[str, ...], tuple[tuple[int, int], ...]]
"""A term's keys and joins (``Term``)."""


class _Compounds(dict[tuple[str, ...], _KeysJoins | None]):
    """``_compound`` of a piece's words as written, looked up without folding them: a report
    writes its subjects again and again, in the same letters. Emptied when full."""

    def __missing__(self, written: tuple[str, ...]) -> _KeysJoins | None:
        if len(self) >= _COMPOUNDS_MAX:
            self.clear()
        self[written] = found = _compound(tuple(map(fold, written)))
        return found


_COMPOUNDS = _Compounds()
_COMPOUNDS_MAX = 1 << 15


def _compound(plain: tuple[str, ...]) -> _KeysJoins | None:
    """A term's keys and joins (``Term``) from its words in lower case, or None when it names
    no subject; its keys are the endings of its compound that hold a rare word, closed up and
    stemmed, longest first. The endings are built from the last word back, each from the
    one after it (remembered in ``_COMPOUNDS``: a report writes its subjects again and
    again)."""
    rares = [rare(w) for w in plain]
    if not _subject(plain, rares):
        return None
    last_rare = max(n for n, r in enumerate(rares) if r)
    keys, joins = [], []
    closed, parts = "", 0  # the ending from word n on: closed up, and its parts
    for n in range(len(plain) - 1, -1, -1):
        w = plain[n]
        ps = [p for p in w.replace("/", "-").split("-") if p] if "-" in w or "/" in w else [w]
        closed = "".join(ps) + closed
        parts += len(ps)
        if n <= last_rare:  # the endings that hold a rare word
            keys.append(stem(closed))  # closed up, then stemmed: "cease-fire" and
            # "ceasefire" meet, as their parts stemmed would not
            joins.append((len(plain) - n, parts))
    return tuple(reversed(keys)), tuple(reversed(joins))


def link_terms(terms: Sequence[Sequence[Term]]) -> list[list[tuple[int, int]]]:
    """Group the terms of all documents into facts, as lists of ``(document, index)``.

    One document's mentions of one compound (its longest key) are one fact. Two documents'
    are one shared fact when one's compound is the other's or ends it and they write it
    with different joins: closed, open or hyphenated ("microservers" / "micro servers"), the
    variants a reader would not see as one word. A compound two documents write alike
    ("refugee camp", "dairy building") is the story's vocabulary, which the aligned
    sentences show; as a fact it is neither one report's own nor, on the keyed pairs, a
    fact the keys accept, so it is left out where it is the whole term (a longer compound
    ending in it, "traditional servers", stays its document's own). A one-word term its
    document uses once is left out too (most such words are verbs and adjectives the common
    list lacks: "vowing", "tiny")."""
    units: dict[tuple[int, str], list[int]] = {}
    length: dict[tuple[int, str], int] = {}
    users: dict[str, dict[tuple[int, str], set[tuple[int, int]]]] = {}
    for d, ts in enumerate(terms):
        for i, t in enumerate(ts):
            unit = (d, t.keys[0])
            units.setdefault(unit, []).append(i)
            length[unit] = max(length.get(unit, 0), t.words)
            for n, key in enumerate(t.keys):
                users.setdefault(key, {}).setdefault(unit, set()).add(t.joins[n])
    uf = UnionFind()
    linked: set[tuple[int, str]] = set()
    dropped: set[tuple[int, str]] = set()
    shared = [key for key, written in users.items() if len(written) > 1]  # a key of one
    # unit is one document's: most keys, skipped before the others are sorted
    for key in sorted(shared, key=lambda k: (-len(k), k)):
        written = users[key]
        if len({d for d, _ in written}) < 2 or not any(k == key for _, k in written):
            continue
        if len(set().union(*written.values())) > 1:
            uf.union_all(sorted(written))
            linked.update(written)
        else:
            dropped.update(u for u in written if u[1] == key and u not in linked)
    left_out = _paired_or_pairs(terms, users)
    groups: dict[tuple[int, str], list[tuple[int, int]]] = {}
    for unit, members in sorted(units.items()):
        if unit not in linked and (unit in dropped or (len(members) == 1 and length[unit] == 1)):
            continue
        root = uf.find(unit) if unit in linked else unit  # only linked units were joined
        groups.setdefault(root, []).extend(
            [(unit[0], i) for i in members if (unit[0], i) not in left_out])
    return sorted((sorted(g) for g in groups.values() if g), key=lambda g: g[0])


def _paired_or_pairs(terms: Sequence[Sequence[Term]],
                     users: dict[str, dict[tuple[int, str], set[tuple[int, int]]]],
                     ) -> set[tuple[int, int]]:
    """The terms left out where two are written as a pair ("landmines and mortars"): the
    pair when another document names either of its terms (they are compared alone there),
    else the two, which the pair stands for, so no words are two facts."""
    out: set[tuple[int, int]] = set()
    for d, ts in enumerate(terms):
        for i, t in enumerate(ts):
            if not t.conjuncts:
                continue
            if any(u[0] != d for key in (*t.conjuncts, t.value) for u in users.get(key, ())):
                out.add((d, i))
                continue
            j = i - 1  # the pair's two terms come just before it
            while j >= 0 and ts[j].sentence == t.sentence and ts[j].start >= t.start:
                out.add((d, j))
                j -= 1
    return out


MAX_ROLE_WORDS = 6
"""The most role words walked back over before a name ("Executive Vice President and Chief
Operating Officer" is the longest kind): a run of "Mr. Mr. Mr." is not walked to its start."""
_HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady mister madam rev".split())
_APPOSITION = patterns.compile(r",\s+(?:the\s+|a\s+|an\s+)?")
_ROLE_WORD = patterns.compile(r"[A-Za-z][\w-]*")
_LAST_WORD = patterns.compile(r"([A-Za-z][\w-]*)\s+\Z")


def _role_word(word: str, roles: frozenset[str]) -> bool:
    """A word of a role: in the list of titles, and no function word ("his", "her", "us",
    "most" are on nameparser's list for "His Holiness", "Most Reverend")."""
    low = fold(word)
    return low in roles and low not in STOPWORDS


def role_spans(text: str, start: int, end: int, name: str, roles: frozenset[str],
               lower: int = 0) -> list[tuple[int, int, str, bool]]:
    """The roles written with one mention of a person: the run of role words just before the
    name proper ("SeaMicro Chief Executive Andrew Feldman", "President Obama") and the run
    that opens an apposition after it ("Andrew Feldman, chief executive of Sea Micro"), as
    ``(start, end, role, apposition)`` with the role in lower case. ``start, end``: the
    mention, which may hold the role; ``name``: the name proper in it; ``lower``: no role
    starts before this offset (the sentence's start). Titles of address alone ("Mr") are no
    role."""
    return [*_named(text, _title_before(text, start, end, name, roles, lower), False),
            *apposition_role(text, end, roles)]


def _title_before(text: str, start: int, end: int, name: str, roles: frozenset[str],
                  lower: int) -> list[tuple[int, int]]:
    """The run of role words just before the name proper in a mention (``role_spans``)."""
    at = text.find(name, start, end) if name else -1
    at = start if at < 0 else at
    words: list[tuple[int, int]] = []
    cursor = at
    while len(words) < MAX_ROLE_WORDS:  # back over the role words before the name
        base = max(lower, cursor - 40)
        m = _LAST_WORD.search(text[base:cursor])
        if m is None or not _role_word(m.group(1), roles):
            break
        before = _LAST_WORD.search(text[max(lower, base + m.start(1) - 20):base + m.start(1)])
        if before is not None and fold(before.group(1)) in _BEFORE_VERB:
            break  # "He met Lisa Su": after a subject, a verb ("met" is a title too)
        words.insert(0, (base + m.start(1), base + m.end(1)))
        cursor = base + m.start(1)
    return [(words[0][0], words[-1][1])] if words else []


def apposition_role(text: str, end: int,
                    roles: frozenset[str]) -> list[tuple[int, int, str, bool]]:
    """The role that opens an apposition after a mention ending at ``end`` ("Andrew Feldman,
    chief executive of Sea Micro"), as ``role_spans`` gives it: an apposition in capitals is
    a place or a name ("Bountiful, British Columbia"), and one that goes on in words not on
    the list is some other role ("security research director")."""
    opening = _APPOSITION.match(text, end)
    if not opening:
        return []
    run: list[tuple[int, int]] = []
    words = list(_ROLE_WORD.finditer(text, opening.end(), min(len(text), opening.end() + 80)))
    for k, m in enumerate(words):
        joins = bool(run) and m.group() == "and" and k + 1 < len(words) and (
            words[k + 1].group()[0].islower()) and _role_word(
            words[k + 1].group(), roles)  # "vice president and chief executive"
        if (not joins and not _role_word(m.group(), roles)) or not m.group()[0].islower() or (
                run and text[run[-1][1]:m.start()] != " "):
            break
        run.append(m.span())
    after = _ROLE_WORD.match(text, run[-1][1] + 1) if run else None
    if after and text[after.start() - 1] == " " and after.group()[0].isupper() and not (
            after.group().isupper()):
        return []  # the title of the name after it, in a list of people: "Ford, coach Roy
        # Williams and athletic director Dick Baddour" (not "president and CEO")
    if after and after.group() == "and":  # "security and forensic analyst"
        after = _ROLE_WORD.match(text, after.end() + 1)
    if run and not (after and text[after.start() - 1] == " " and after.group()[0].islower()
                    and fold(after.group()) not in STOPWORDS):
        return _named(text, [(run[0][0], run[-1][1])], True)  # not cut short
    return []


def _named(text: str, spans: list[tuple[int, int]],
           apposition: bool) -> list[tuple[int, int, str, bool]]:
    """Each role span with its role in lower case, unless it is titles of address alone."""
    found = []
    for a, b in spans:
        role = " ".join(fold(w) for w in text[a:b].split())
        if set(role.split()) - _HONORIFICS:
            found.append((a, b, role, apposition))
    return found
