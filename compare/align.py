"""Sentence alignment: which sentences of two documents report the same thing.

Each sentence is a set of terms: word stems, the group of related news words each belongs to
("died" and "killed" meet as "~kill", data/related_words.txt), the numbers written in it, and
the facts it mentions (so "eight" and "8" or "Tory" and "Conservative" meet). Candidate pairs
come from an inverted index of the terms that are rare in the other document, so the cost
grows with the number of plausible pairs, not with the product of the sentence counts.
Candidates are scored by an idf-weighted cosine of their terms, scaled down when the weight
they share is too little to tell (one common name), blended with rapidfuzz's token-set ratio
over the words, and raised for two sentences near the top of their reports (the lead bonus).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import chain, pairwise

import numpy as np
from rapidfuzz import fuzz, process, utils

from . import patterns
from .lexicon import STOPWORDS, Memo, american, fold, stem
from .model import Document

_WORD = patterns.compile(r"[^\W\d_][\w'’-]*")
_CONTRACTION = patterns.compile(r"'(?:s|re|ve|ll|d|m)$")
_NUMBER = patterns.compile(r"\d+(?:[,.]\d+)*")
_DIGIT = patterns.compile(r"\d")
_YEAR = patterns.compile(r"(?<![\d$£€.,])(1[89]\d|20\d)(\d)((?:['’]?s)?)(?![\d,.]\d)")
"""A year ("1983") or a decade ("1980s", "mid-1980s", "the 1980's"): a year stands in the
decade it falls in where another report names that decade (``bridge_names``)."""
_DECADE = "#?"
"""A year's decade before ``bridge_names``: "#?1980s" for "1983", kept as "#1980s" only where
another document writes the decade ("in the mid-1980s"), dropped elsewhere."""
_WRITTEN_DECADE = "#="
"""A decade as written ("#=1980s" for "the 1980s") before ``bridge_names``: kept as "#1980s"
only where another document names the decade or a year in it (else it weighs in the
sentence's norm and meets nothing)."""
FACT_WEIGHT = 1.6
"""Facts weigh more than words: a shared name or number is stronger evidence than a verb."""
LEXICAL_WEIGHT = 0.25
RELATED_WEIGHT = 1.0
"""Two words of one group of related words ("died" / "killed") share the group's term, at this
weight; the same word is shared both as itself and as its group, so it outweighs a related
one. 1.0 and 0.5 score alike left one pair out (bench/align_eval.py); at 1.0 no keyed pair
scores below the aligner without the groups."""
NUMBER_WEIGHT = 0.8
"""A number written alike in both sentences whose mentions were not linked as one fact
("built in 1935" / "constructed in 1935": no counted noun to tie them)."""
EVIDENCE = 1.0
"""The least shared evidence a pair needs to count at its full cosine, as a share of what one
word used by one sentence of the two documents weighs (squared); below it the cosine shrinks in
proportion. Two short sentences sharing only a common word or a name the story repeats
("Families were brought to Palmer and given land." / "Palmer does not own the properties,
Bower said.") have a high cosine on little evidence. Measured against the documents' own
largest weight, not a fixed number, so that short reports, where every weight is small, are
held to the same bar as long ones. 0 turns it off (bench/align_eval.py fits it left one pair
out)."""
LEAD_BONUS = 0.8
"""How much more a pair of two opening sentences scores: a report tells its story first in its
headline and lead, so the openings of two reports of one story pair more often than sentences
sharing as much further down (bench/align_eval.py fits it left one pair out; 0 turns it off).
Only between two documents that open with a title line (``opens_with_title``): a text that
starts in mid-prose (an excerpt, a body without its headline, paragraphs moved) has no known
lead, and its first sentences are no likelier partners than the rest."""
LEAD_PAIRED = 3
"""The sentences of a report's lead (its headline and first lines) whose pairs with the other
report's lead are kept above the threshold whatever else either pairs with (``select``)."""
LEAD_SENTENCES = 8
"""How far the lead bonus reaches: it falls linearly from ``LEAD_BONUS`` for two first
sentences to nothing when either sentence is this far into its document."""
NAME_LINES = True
"""Whether a sentence that is one name and nothing else ("Vincent L. Gigante", "Cheeks is
in.", a byline or a caption's credit) is left unpaired: it says nothing of its own and would
pair with every sentence naming the person. A one-word sentence ("I partied.") still pairs,
and so does one that is another fact, a phrase or a count ("No one was hurt." / "No one was
injured.", "There were no immediate reports of any casualties.")."""
_NAME_ID = "§e"
"""How an entity's fact id opens (the engine's ``§e`` keys)."""

COMPOUND_PARTS = True
"""Whether a hyphenated word also offers its parts where another report writes them as words
of their own ("a 1970 police-bribery case" / "indicted for bribing the entire five-man police
force"; "spin-doctor" / "spin doctor"; "greenhouse-gas emissions" / "greenhouse gases"), and
so does a dash typed as a hyphen ("his claim of mental illness-first used to escape trial").
The whole word stays a term, so a compound two reports write alike still meets as one. A part
no other report writes is dropped, as a group no other report uses is (``bridge_names``): it
would only weigh in the sentence's norm. Not in a word glued to a number ("16-year-old",
"6.1-magnitude"): its number and unit are the quantity's (``bench/align_eval.py --set
COMPOUND_PARTS=0`` measures without it)."""

SPEAKERS = True
"""Whether a person who only says something in a sentence ("..., Feldman said.", "according
to fire chief James Steele") is a term of its own there (``speaker_term``), apart from the
person as what a sentence tells of ("Feldman designed custom chips"): who speaks is the
source of a sentence, not its subject, and a report quotes its main speaker in many sentences
on many things. Two sentences the same person speaks still share the speaker's term, at
``SPEAKER_WEIGHT``. Not a body: "Microsoft said" is as often what the story is about (on the
corpus, reading bodies as speakers too dropped as many right pairs as wrong ones)."""
SPEAKER_WEIGHT = 1.2
"""What a speaker's term weighs before its rarity (a fact's is ``FACT_WEIGHT``): the keyed
pairs' mean precision of sentence pairs is 0.846 without speakers' terms, 0.864 at 1.0 and
1.1, 0.871 at 1.2, 0.865 at 1.3, 0.860 at 1.4, 0.849 at 1.6, with the same recall; from 1.2 to
1.4 no pair is worse than without them (``bench/align_eval.py``)."""
_SPEAKER_ID = "§s"


def speaker_term(fact_id: str) -> str:
    """The term of an entity (``§e4``) as the one who says something in a sentence
    (``§s4``)."""
    return _SPEAKER_ID + fact_id.removeprefix(_NAME_ID)


QUOTED_PAIRS = True
"""Whether two sentences that hold one quotation pair at the threshold at least
(``with_quoted``; bench/align_eval.py turns it off to measure it)."""


@cache
def related() -> dict[str, str]:
    """Each word stem's group in data/related_words.txt, as the group's term ("~kill")."""
    text = resources.files("compare").joinpath("data/related_words.txt").read_text("utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        words = line.split()
        if words and not line.startswith("#"):
            for w in words:
                out.setdefault(stem(w), "~" + words[0])
    return out


_NUMBER_TERM = "#"
_NAME_GROUP = "≈"
"""The group of a related word inside a name, before ``bridge_names``."""
_PART = "^"
"""A part of a hyphenated word ("^brib" in "police-bribery"), before ``bridge_names``."""


def written_number(term: str) -> bool:
    """A number as written in the sentence ("#1279"), not a word, a group or a fact: two
    sentences sharing one share only the digits, whatever they count."""
    return term.startswith(_NUMBER_TERM)


def compound_part(term: str) -> bool:
    """A part of a hyphenated word before ``bridge_names`` ("^brib"): a term only where
    another report writes the part as a word."""
    return term.startswith(_PART)


def term_weight(term: str) -> float:
    """What one term is worth before its rarity in the two documents: a fact more than a
    word, a bare number less."""
    kind = term[0]
    if kind == "§":
        return SPEAKER_WEIGHT if term.startswith(_SPEAKER_ID) else FACT_WEIGHT
    if kind == "~":
        return RELATED_WEIGHT
    if written_number(term):
        return NUMBER_WEIGHT
    return 1.0


def _normalise(shared: np.ndarray, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Cosine of idf-weighted term sets, from the shared weight and the two squared norms."""
    return shared / np.sqrt(left * right)


@dataclass(frozen=True, slots=True)
class Candidate:
    left: int
    right: int
    score: float
    lead: float = 1.0
    """The lead bonus the score was multiplied by (``LEAD_BONUS``)."""

    @property
    def likeness(self) -> float:
        """How alike the two sentences are: the score without the lead bonus, which is what
        the engine asks when two values in them may be one thing told two ways (two leads are
        likelier partners, not closer wordings). A score capped at 1 gives a lower bound."""
        return self.score / self.lead


def _function_word(low: str) -> bool:
    """A stopword, also when contracted ("it's", "that's", "we'll"; every "-n't" is an
    auxiliary): "it's" must not pair "it's needed" with "it's a very unconventional step"."""
    return low in STOPWORDS or low.endswith("n't") or (
        "'" in low and _CONTRACTION.sub("", low) in STOPWORDS)  # no regex call without one


def _stem(low: str) -> str:
    """``stem``, with a plural in "-ings" brought to its verb as its singular is: the stemmer
    strips one ending, so "buildings" stayed "building" while "building" became "build"."""
    if len(low) > 6 and low.endswith("ings"):
        low = low[:-1]
    return stem(low)


@lru_cache(maxsize=1 << 16)
def _word_stem(word: str) -> str | None:
    """A word as written to its stem, or None for a function word or a letter: asked once per
    distinct word, not once per token (a long document repeats its words)."""
    low = fold(word)
    if len(low) > 1 and not _function_word(low):
        return _stem(american(low))  # "jewellery" / "jewelry", "neighbours" / "neighbors"
    return None


_WORD_STEMS = Memo(_word_stem)
"""``_word_stem`` of each word as written (a document's tokens are mostly repeats)."""


def sentence_words(doc: Document) -> list[list[tuple[int, str]]]:
    """Each sentence's content words as (offset, stem): computed once, read by every pass."""
    text, stems, words = doc.text, _WORD_STEMS, _WORD.finditer
    return [[(m.start(), stemmed) for m in words(text, start, end)
             if (stemmed := stems[m.group()]) is not None] for start, end in doc.sentences]


def sentence_terms(
    doc: Document,
    facts_by_sentence: Sequence[set[str]] = (),
    masks: Sequence[Sequence[tuple[int, int]]] = (),
    words: Sequence[Sequence[tuple[int, str]]] | None = None,
    numbers: Sequence[frozenset[str]] | None = None,
    plain: Sequence[frozenset[str]] | None = None,
) -> list[frozenset[str]]:
    """Stems of a sentence's content words, their groups of related words, the numbers
    written in it and the ids of the facts it mentions.

    Words inside ``masks`` (the names and numbers already counted as facts) are left out, so
    a name weighs once, and "Tory" and "Conservative" meet through their shared fact id. A
    name of one word that is a related word keeps its group, apart ("≈tweet" for "Twitter"),
    for ``bridge_names``; a word inside a longer name is the name's ("Operation Muslim Vote").
    ``words`` and ``numbers`` are the document's ``sentence_words`` and
    ``sentence_numbers``, when the caller has them; ``plain`` the document's terms asked
    without facts or masks, which a sentence holding no fact keeps as they are.
    """
    if words is None:
        words = sentence_words(doc)
    if numbers is None:
        numbers = sentence_numbers(doc)
    group = related()
    terms = []
    for index, found in enumerate(words):
        masked = sorted(masks[index]) if index < len(masks) else []
        facts = facts_by_sentence[index] if index < len(facts_by_sentence) else ()
        if plain is not None and not masked and not facts:
            terms.append(plain[index])  # no fact in the sentence: as it was asked before
            continue
        if masked:
            kept = _masked_words(doc.text, found, masked, group)
        else:  # no fact in the sentence: every word, without a test for one
            kept = set()
            for at, word in found:
                kept.add(word)
                if word in group:
                    kept.add(group[word])
                if "-" in word and COMPOUND_PARTS:
                    kept.update(_compound_parts(doc.text, at, word))
        kept.update(numbers[index])
        kept.update(facts)
        terms.append(frozenset(kept))
    return terms


def _masked_words(text: str, found: Iterable[tuple[int, str]], masked: list[tuple[int, int]],
                  group: dict[str, str]) -> set[str]:
    """``sentence_terms`` of the words of a sentence with facts in it (``masked``: their
    spans, sorted): a word inside a fact is left out, or kept as its group apart when the
    fact is that one word ("≈tweet" for "Twitter")."""
    kept = set()
    k, n_masked = 0, len(masked)
    for at, word in found:
        while k < n_masked and masked[k][1] <= at:
            k += 1
        if k < n_masked and masked[k][0] <= at:
            lo, hi = masked[k]
            if word in group and lo == at and not text[lo:hi].split()[1:]:
                kept.add(_NAME_GROUP + group[word][1:])  # a name of one word: "Twitter"
            continue
        kept.add(word)
        if word in group:
            kept.add(group[word])
        if "-" in word and COMPOUND_PARTS:
            kept.update(_compound_parts(text, at, word))
    return kept


def _compound_parts(text: str, at: int, word: str) -> list[str]:
    """The parts of the hyphenated word at ``at`` (stemmed as ``word``) as pending terms
    (``_PART``), none for a word glued to a number ("16-year-old"). A noun in "-ery" is its
    verb's stem, as ``match.linking_terms`` reads it ("bribery" meets "bribing")."""
    if at > 1 and text[at - 1] == "-" and text[at - 2].isdigit():
        return []
    out = []
    for part in _WORD.match(text, at).group().split("-"):
        stemmed = _word_stem(part) if part else None
        if stemmed is None or stemmed == word:
            continue
        out.append(_PART + verb_of_noun(stemmed))
    return out


def verb_of_noun(stemmed: str) -> str:
    """A stemmed noun in "-ery" as its verb's stem ("bribery" meets "bribing"); any other
    stem as it is."""
    return stemmed[:-3] if len(stemmed) > 6 and stemmed.endswith("ery") else stemmed


def sentence_numbers(doc: Document) -> list[frozenset[str]]:
    """Each sentence's numbers as terms, and the decade of each year in it: a term of its own
    for "the 1980s", a term "in 1983" may meet it by. Read once per document, for both of
    the engine's passes of ``sentence_terms``."""
    out = []
    for start, end in doc.sentences:
        if _DIGIT.search(doc.text, start, end) is None:
            out.append(frozenset())  # no digit: two thirds of news sentences
            continue
        kept = {_NUMBER_TERM + m.group(0).replace(",", "")
                for m in _NUMBER.finditer(doc.text, start, end)}
        for m in _YEAR.finditer(doc.text, start, end):
            if m.group(3):
                if m.group(2) == "0":
                    kept.add(f"{_WRITTEN_DECADE}{m.group(1)}0s")  # "the 1980s"
            else:
                kept.add(f"{_DECADE}{m.group(1)}0s")  # "in 1983": maybe in "the 1980s"
        out.append(frozenset(kept))
    return out


@dataclass(frozen=True, slots=True)
class TermTable:
    """One document's sentence terms as arrays over a vocabulary shared by all documents:
    built once per document, read by every pair it is part of."""

    sentences: int
    ids: np.ndarray
    """The vocabulary ids the document uses, sorted."""
    counts: np.ndarray
    """How many of its sentences use each of ``ids``."""
    flat: np.ndarray
    """Each sentence's terms in turn, as positions in ``ids`` (in id order)."""
    owner: np.ndarray
    """The sentence of each entry of ``flat``."""
    postings: np.ndarray
    """The sentences using each of ``ids`` in turn, each run in sentence order."""
    starts: np.ndarray
    """Where each of ``ids``' run of ``postings`` starts (one more at the end)."""
    name_line: np.ndarray
    """Per sentence: its one term is a fact (``NAME_LINES``); per document, not per pair."""
    titled: bool = False
    """The document opens with a title line (``opens_with_title``): its lead is known."""


def _decades(used: Sequence[set[str]]) -> list[dict[str, str]]:
    """Per document, what each of its decade terms becomes (``_DECADE``,
    ``_WRITTEN_DECADE``): the decade ("#1980s") where another document writes the decade, or
    for a written decade, names a year in it; nothing ("") elsewhere."""
    kinds = [{t for t in found if t[:2] in (_DECADE, _WRITTEN_DECADE)} for found in used]
    written = Counter(t[2:] for found in kinds for t in found if t[:2] == _WRITTEN_DECADE)
    either = Counter(d for found in kinds for d in {t[2:] for t in found})
    out = []
    for found in kinds:
        own_written = {t[2:] for t in found if t[:2] == _WRITTEN_DECADE}
        own = {t[2:] for t in found}
        out.append({
            t: _NUMBER_TERM + t[2:]
            if (either[t[2:]] > (t[2:] in own) if t[:2] == _WRITTEN_DECADE
                else written[t[2:]] > (t[2:] in own_written))
            else ""
            for t in found
        })
    return out


def bridge_names(terms: Sequence[Sequence[frozenset[str]]]) -> list[list[frozenset[str]]]:
    """Each document's sentence terms with the groups of related words inside its names
    ("≈tweet" for "on Twitter") made groups ("~tweet") where another document uses a word of the
    group outside a name ("just tweeted"), and dropped elsewhere: the fact already stands for
    the name, and a group that meets nothing would only weigh in the sentence's norm
    ("Operation Muslim Vote 2019" and "Twitter" in the seeds, which no word answers). So with
    a year's decade ("#?1980s" for "filed for bankruptcy in November 1983"): it is the decade
    ("#1980s") where another document writes it ("taken over by the state in the
    mid-1980s"), as is a written decade where another document names it or a year in it."""
    used = [set().union(*doc) for doc in terms]  # each document's terms, read once
    plain = [{t for t in found if t[0] == "~"} for found in used]
    using = Counter(t for groups in plain for t in groups)  # documents using each group
    parts = [{t[1:] for t in found if t[0] == _PART} for found in used]
    wanted = set().union(*parts)
    words = [wanted & found for found in used]  # parts a document writes as words
    using.update(w for found in words for w in found)
    decades = _decades(used)
    out = []
    for own, changes, doc, found, own_words in zip(plain, decades, terms, used, words,
                                                    strict=True):

        def made(t: str, own: set[str] = own, changes: dict[str, str] = changes,
                 own_words: set[str] = own_words) -> str:
            if t[0] == _NAME_GROUP:
                group = "~" + t[1:]
                return group if using[group] > (group in own) else ""
            if t[0] == _PART:
                return t[1:] if using[t[1:]] > (t[1:] in own_words) else ""
            return changes.get(t, t)

        pending = {t for t in found if t[0] == _NAME_GROUP or t[0] == _PART}.union(changes)
        out.append([
            ts if ts.isdisjoint(pending)
            else (ts - pending).union(m for m in map(made, ts & pending) if m)
            for ts in doc
        ])
    return out


def vocabulary(terms: Sequence[Sequence[frozenset[str]]]) -> dict[str, int]:
    """Every term of every document, numbered in sorted order (so ties never depend on the
    order of a set)."""
    ordered = sorted(set().union(*chain.from_iterable(terms)))
    return dict(zip(ordered, range(len(ordered)), strict=True))


def term_weights(vocab: dict[str, int]) -> np.ndarray:
    """``term_weight`` of each term of the vocabulary, by id."""
    return np.array([term_weight(t) for t in vocab], dtype=np.float64)


def opens_with_title(doc: Document) -> bool:
    """Whether the document's first line is a title: one sentence, the whole line, that does
    not end as prose does (no full stop, question or exclamation mark, inside quotes or not).
    A headline or a dateline; "Fire destroys historic Mat Maid dairy building in Palmer"."""
    if not doc.sentences or not doc.paragraphs:
        return False
    start, end = doc.paragraphs[0]
    line = doc.text[start:end].strip()
    if doc.sentence_text(0) != line:
        return False
    return not line.rstrip("”’\"'» ").endswith((".", "!", "?", "…"))


def term_table(
    terms: Sequence[frozenset[str]], vocab: dict[str, int], titled: bool = False
) -> TermTable:
    """A document's sentence terms as a ``TermTable`` over ``vocab`` (``titled``: the
    document opens with a title line, see ``LEAD_BONUS``)."""
    sizes = np.fromiter(map(len, terms), np.int64, len(terms))
    owner = np.repeat(np.arange(len(terms), dtype=np.int64), sizes)
    # each sentence's ids in id order: one sort of (sentence, id) keys, not a sort a sentence
    width = len(vocab)
    keyed = np.fromiter(map(vocab.__getitem__, chain.from_iterable(terms)), np.int64,
                        int(sizes.sum()))
    keyed += owner * width
    keyed.sort()
    flat_ids = keyed - owner * width
    ids, flat, counts = np.unique(flat_ids, return_inverse=True, return_counts=True)
    order = np.argsort(flat, kind="stable")  # by term, then sentence: ``owner`` is in order
    starts = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
    name_line = np.array([len(ts) == 1 and next(iter(ts)).startswith((_NAME_ID, _SPEAKER_ID))
                          for ts in terms], dtype=bool)  # '"Yes," Feldman said.' too
    return TermTable(len(terms), ids, counts.astype(np.int64), flat.astype(np.int64).ravel(),
                     owner, owner[order], starts, name_line, titled)


def score_pairs(
    left_terms: Sequence[frozenset[str]],
    right_terms: Sequence[frozenset[str]],
    left_texts: Sequence[str],
    right_texts: Sequence[str],
    **options: int | float,
) -> tuple[list[Candidate], int]:
    """``score_tables`` for two documents given as sentence terms."""
    vocab = vocabulary([left_terms, right_terms])
    return score_tables(term_table(left_terms, vocab), term_table(right_terms, vocab),
                        term_weights(vocab), left_texts, right_texts, **options)


def score_tables(
    left: TermTable,
    right: TermTable,
    weights: np.ndarray,
    left_texts: Sequence[str],
    right_texts: Sequence[str],
    *,
    cutoff: float = 0.1,
    **options: int,
) -> tuple[list[Candidate], int]:
    """Score the sentence pairs of two documents that share a rare term; return the scored
    pairs above ``cutoff`` and how many pairs were scored in all (``pair_cosines``, then the
    token-set ratio of the pairs still live)."""
    return score_all([left, right], weights, [left_texts, right_texts], [(0, 1)],
                     cutoff=cutoff, **options)[0]


PARALLEL_RATIOS = 2_000
"""From this many sentence pairs on, rapidfuzz computes the token-set ratios on every core:
one call for all document pairs pays for the threads once (two long reports, 9,474 pairs, on
a machine of two cores: 49 ms in one thread, 34 ms in two, for 13% more CPU); below it the
work is under 15 ms and stays in the calling thread."""


def score_all(
    tables: Sequence[TermTable],
    weights: np.ndarray,
    texts: Sequence[Sequence[str]],
    pairs: Sequence[tuple[int, int]],
    *,
    cutoff: float = 0.1,
    **options: int,
) -> list[tuple[list[Candidate], int]]:
    """``score_tables`` for each pair ``(i, j)`` of documents, in order: the cosines pair by
    pair, then the token-set ratios of all pairs in one rapidfuzz call (a call's fixed cost,
    paid once rather than for each of N*(N-1)/2 document pairs). Each ratio is computed alone,
    so a pair's scores are the same as when it is scored by itself."""
    found = [pair_cosines(tables[i], tables[j], weights, cutoff=cutoff, **options)
             for i, j in pairs]
    if not found:
        return []
    # each sentence as rapidfuzz compares it: once per document, not once per document pair
    plain = [[utils.default_process(t) for t in doc] for doc in texts]
    lefts = [plain[i][k] for (i, _), f in zip(pairs, found, strict=True)
             for k in f.left.tolist()]
    rights = [plain[j][k] for (_, j), f in zip(pairs, found, strict=True)
              for k in f.right.tolist()]
    lexical = process.cpdist(
        lefts, rights, scorer=fuzz.token_set_ratio,
        workers=1 if len(lefts) < PARALLEL_RATIOS else -1,
    ) / 100.0 if lefts else np.zeros(0)
    out = []
    at = 0
    for f in found:
        size = f.left.size
        scores = ((1 - LEXICAL_WEIGHT) * f.cosine
                  + LEXICAL_WEIGHT * lexical[at:at + size] * f.reach)
        scores = np.minimum(1.0, scores * f.lead)
        at += size
        keep = scores >= cutoff
        out.append(([Candidate(i, j, s, b) for i, j, s, b in zip(
            f.left[keep].tolist(), f.right[keep].tolist(), scores[keep].tolist(),
            f.lead[keep].tolist(), strict=True)], f.scored))
    return out


@dataclass(frozen=True, slots=True)
class PairCosines:
    """The sentence pairs of two documents still live after the cosine, before the ratio."""

    left: np.ndarray
    right: np.ndarray
    cosine: np.ndarray
    reach: np.ndarray
    """The most the token-set ratio may add, as a share of ``LEXICAL_WEIGHT``."""
    lead: np.ndarray
    """What the pair's score is multiplied by for its place in the two documents (``lead``)."""
    scored: int
    """How many sentence pairs were scored in all."""


_NO_PAIRS = PairCosines(
    *(np.zeros(0, dtype=dt) for dt in (np.int64, np.int64, float, float, float)), 0
)


def lead(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """The lead bonus of sentence pairs given by their positions: ``1 + LEAD_BONUS`` for the
    two first sentences, falling linearly to 1 at ``LEAD_SENTENCES`` into either document."""
    if not LEAD_BONUS:
        return np.ones(left.size)
    far = np.maximum(left, right)
    return 1 + LEAD_BONUS * np.maximum(0.0, 1 - far / LEAD_SENTENCES)


def pair_cosines(
    left: TermTable,
    right: TermTable,
    weights: np.ndarray,
    *,
    cutoff: float = 0.1,
    max_postings: int = 64,
    pairs_per_sentence: int = 16,
    min_budget: int = 20_000,
    lookups: int = 2,
) -> PairCosines:
    """Score the sentence pairs that share a rare term by their cosine; keep those that may
    still reach ``cutoff`` once the token-set ratio is added.

    A term makes pairs only when at most ``max_postings`` sentences of each document use it
    (0: the default, 64).
    When those pairs exceed a budget that grows with the documents (``pairs_per_sentence``
    per sentence, at least ``min_budget``), the cost is kept linear: every sentence looks up
    the sentences of the other document that share one of its ``lookups`` terms rarest
    there, and the rarest terms make all their pairs while the budget lasts. Small documents
    never reach the budget.

    A pair's score does not depend on which term made it: the cosine counts every term the
    two sentences share. The token-set ratio (the costly part) is computed only for pairs
    whose cosine can still reach ``cutoff`` (``score_all``). ``weights`` are the
    vocabulary's ``term_weights``; all the per-pair work is array work over the two tables.
    """
    n_left, n_right = left.sentences, right.sentences
    if not left.ids.size or not right.ids.size:  # no sentences, or none with a term
        return _NO_PAIRS
    # the terms both use: each of the left's looked up in the right's sorted ids (cheaper
    # than ``np.intersect1d``, which sorts both again for each of the N*(N-1)/2 pairs)
    at = np.searchsorted(right.ids, left.ids)
    at[at == right.ids.size] = 0
    both = right.ids[at] == left.ids
    at_left = np.flatnonzero(both)
    n_terms = at_left.size
    if not n_terms:
        return _NO_PAIRS
    at_right = at[at_left]
    cap = max_postings or 64
    lefts_of = left.counts[at_left]
    rights_of = right.counts[at_right]
    blocked = (lefts_of <= cap) & (rights_of <= cap)
    if not blocked.any():
        return _NO_PAIRS
    # sentences using each term in the two documents together: idf-weighted norms
    total = n_left + n_right
    left_df = left.counts.astype(np.float64)
    left_df[at_left] += rights_of
    right_df = right.counts.astype(np.float64)
    right_df[at_right] += lefts_of
    left_weight = np.log(1 + total / left_df) * weights[left.ids]
    right_weight = np.log(1 + total / right_df) * weights[right.ids]
    left_norm = np.sqrt(np.bincount(left.owner, weights=left_weight[left.flat] ** 2,
                                    minlength=n_left))
    right_norm = np.sqrt(np.bincount(right.owner, weights=right_weight[right.flat] ** 2,
                                     minlength=n_right))
    left_norm[left_norm == 0] = 1.0
    right_norm[right_norm == 0] = 1.0
    shared_weight = left_weight[at_left]
    # each sentence's shared terms, numbered 0..n_terms-1 in vocabulary (sorted) order
    left_map = np.full(left.ids.size, -1, dtype=np.int64)
    left_map[at_left] = np.arange(n_terms)
    right_map = np.full(right.ids.size, -1, dtype=np.int64)
    right_map[at_right] = np.arange(n_terms)
    left_shared = left_map[left.flat]
    left_kept = left_shared >= 0
    flat_left = left_shared[left_kept]
    counts = np.bincount(left.owner[left_kept], minlength=n_left)
    right_shared = right_map[right.flat]
    right_kept = right_shared >= 0

    def left_index(k: int) -> np.ndarray:
        a = int(at_left[k])
        return left.postings[left.starts[a]:left.starts[a + 1]]

    def right_index(k: int) -> np.ndarray:
        a = int(at_right[k])
        return right.postings[right.starts[a]:right.starts[a + 1]]

    sizes = lefts_of * rights_of
    keys: list[np.ndarray] = []

    def pair_up(lefts: Sequence[int] | np.ndarray, rights: Sequence[int] | np.ndarray) -> None:
        keys.append((np.asarray(lefts, dtype=np.int64)[:, None] * n_right
                     + np.asarray(rights, dtype=np.int64)[None, :]).ravel())

    budget = max(min_budget, pairs_per_sentence * total)
    if int(sizes[blocked].sum()) > budget:
        rarity = -shared_weight
        probe_left = _probes(flat_left, left.owner[left_kept], rarity, rights_of, cap, lookups)
        probe_right = _probes(right_shared[right_kept], right.owner[right_kept], rarity,
                              lefts_of, cap, lookups)
        spent = _spent(probe_left, rights_of) + _spent(probe_right, lefts_of)
        ordered = np.sort(sizes[blocked])
        fits = ordered[np.cumsum(ordered) <= budget - spent]
        limit = int(fits[-1]) if fits.size else -1
        if int(sizes[blocked & (sizes <= limit)].sum()) > budget - spent:
            limit = int(fits[fits < limit][-1]) if (fits < limit).any() else -1  # ties
        blocked &= sizes <= limit
        for k in sorted(probe_left):
            if not blocked[k]:
                pair_up(probe_left[k], right_index(k))
        for k in sorted(probe_right):
            if not blocked[k]:
                pair_up(left_index(k), probe_right[k])
    keys.append(_cross_pairs(left, right, at_left[blocked], at_right[blocked]))
    unique, _ = sorted_runs(np.sort(np.concatenate(keys)))
    li, ri = unique // n_right, unique % n_right
    # shared weight of each pair, vectorised: each left term of the pair looked up among the
    # right sentence's terms (sorted keys sentence * n_terms + term), summed in term order
    right_keys = right.owner[right_kept] * n_terms + right_shared[right_kept]
    per_pair = counts[li]
    owner = np.repeat(np.arange(unique.size), per_pair)
    first = np.repeat(np.cumsum(counts)[li] - per_pair - (np.cumsum(per_pair) - per_pair),
                      per_pair)
    term = flat_left[first + np.arange(owner.size)]
    wanted = ri[owner] * n_terms + term
    hit = _members(right_keys, wanted, n_right * n_terms)
    squared = shared_weight ** 2
    sums = np.bincount(owner[hit], weights=squared[term[hit]], minlength=unique.size)
    cosine = _normalise(sums, left_norm[li] ** 2, right_norm[ri] ** 2)
    if EVIDENCE:
        cosine *= np.minimum(1.0, sums / (EVIDENCE * np.log(1 + total) ** 2))
    if NAME_LINES:
        cosine[left.name_line[li] | right.name_line[ri]] = 0.0
    reach = np.minimum(1.0, cosine * 4)
    bonus = lead(li, ri) if left.titled and right.titled else np.ones(li.size)
    # the lexical score is at most 1: a pair that cannot reach the cutoff with it is dropped
    live = ((1 - LEXICAL_WEIGHT) * cosine + LEXICAL_WEIGHT * reach) * bonus >= cutoff
    return PairCosines(li[live], ri[live], cosine[live], reach[live], bonus[live],
                       int(unique.size))


BIT_SET_MAX = 1 << 27
"""The most keys a bit set of ``_members`` spans (16 MB); beyond it, a binary search."""


def _members(keys: np.ndarray, wanted: np.ndarray, size: int) -> np.ndarray:
    """Whether each of ``wanted`` is one of ``keys`` (all in ``range(size)``): looked up in a
    bit set of the keys, or, when that would be too large, searched for in them sorted. Half a
    million lookups scattered over the keys took 18 ms searched, 2 ms in the bit set."""
    if size > BIT_SET_MAX:
        ordered = np.sort(keys)
        at = np.minimum(np.searchsorted(ordered, wanted), ordered.size - 1)
        return ordered[at] == wanted
    bits = np.zeros((size >> 3) + 1, dtype=np.uint8)
    np.bitwise_or.at(bits, keys >> 3, np.left_shift(1, keys & 7).astype(np.uint8))
    return ((bits[wanted >> 3] >> (wanted & 7).astype(np.uint8)) & 1).astype(bool)


def _probes(terms: np.ndarray, owner: np.ndarray, rarity: np.ndarray, others: np.ndarray,
            cap: int, lookups: int) -> dict[int, list[int]]:
    """The sentences each shared term is looked up for (``pair_cosines``), in sentence order:
    each sentence's ``lookups`` terms cheapest to look up in the other document (``others``:
    how many of its sentences use each), the rarer first, then in vocabulary order, those
    used at most ``cap`` times there; a sentence of common words its least common term, if
    used at most ``4 * cap`` times. ``terms``: each sentence's shared terms in turn, with
    their sentence ``owner``. One sort of all sentences' terms, not one small sort each."""
    if not terms.size:
        return {}
    # each term's place in (others, rarity, term) order, then one sort of integer keys (a
    # sentence holds a term once, so the keys are distinct and any sort gives this order):
    # a fifth of the time of ``np.lexsort`` over the four keys of every entry
    n_terms = rarity.size
    rank = np.empty(n_terms, dtype=np.int64)
    rank[np.lexsort((rarity, others))] = np.arange(n_terms)
    order = np.argsort(owner * n_terms + rank[terms])
    terms, owner = terms[order], owner[order]
    starts = np.flatnonzero(np.concatenate(([True], owner[1:] != owner[:-1])))
    rank = np.arange(terms.size) - np.repeat(starts, np.diff(np.append(starts, terms.size)))
    counted = others[terms]
    chosen = (rank < lookups) & (counted <= cap)
    none = ~np.logical_or.reduceat(chosen, starts) & (counted[starts] <= 4 * cap)
    chosen[starts[none]] = True  # a sentence of common words: the least common
    if not chosen.any():
        return {}  # every sentence's terms too common to look up
    by_term = np.lexsort((owner[chosen], terms[chosen]))
    terms, owner = terms[chosen][by_term], owner[chosen][by_term]
    bounds = np.flatnonzero(np.concatenate(([True], terms[1:] != terms[:-1], [True]))).tolist()
    sentences = owner.tolist()
    return dict(zip(terms[bounds[:-1]].tolist(),
                    (sentences[a:b] for a, b in pairwise(bounds)), strict=True))


def _spent(probes: dict[int, list[int]], others: np.ndarray) -> int:
    """The pairs the lookups ``probes`` make: each term's sentences times its sentences in the
    other document (``others``)."""
    if not probes:
        return 0
    looked_up = np.fromiter(map(len, probes.values()), np.int64, len(probes))
    return int(others[np.fromiter(probes, np.int64, len(probes))] @ looked_up)


def sorted_runs(ordered: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values of a sorted array and how many times each occurs in it:
    ``np.unique(..., return_counts=True)`` without its machinery, which costs a tenth of a
    millisecond a call on a few values and, for a million values asked without counts, uses
    a hash table many times slower than this pass over them."""
    if not ordered.size:
        return ordered, np.zeros(0, dtype=np.intp)
    bounds = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1], [True])))
    return ordered[bounds[:-1]], np.diff(bounds)


def _cross_pairs(
    left: TermTable, right: TermTable, left_terms: np.ndarray, right_terms: np.ndarray
) -> np.ndarray:
    """Every pair of a left and a right sentence sharing one of the terms (given as positions
    in each table's ``ids``), as keys ``left * right.sentences + right``, in one array pass."""
    left_from = left.starts[left_terms]
    left_size = left.starts[left_terms + 1] - left_from
    right_from = right.starts[right_terms]
    right_size = right.starts[right_terms + 1] - right_from
    sizes = left_size * right_size
    term = np.repeat(np.arange(sizes.size), sizes)
    offset = np.arange(term.size) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    width = right_size[term]
    lefts = left.postings[left_from[term] + offset // width]
    rights = right.postings[right_from[term] + offset % width]
    return lefts * right.sentences + rights


def with_quoted(
    candidates: Sequence[Candidate], quoted: Iterable[tuple[int, int]], threshold: float
) -> list[Candidate]:
    """The candidates with each pair of sentences that hold one quotation (matched across the
    two documents, ``match.find_quote``) raised to ``threshold`` at least, or added at it: the
    same words quoted in both say they report one statement, however little else the two
    sentences share ('Dubbed the "Oddfather" for his bizarre behavior, the former Genovese
    crime family head, ...' / 'To the writers of headlines he was sometimes "Daffy Don" or "the
    Oddfather" ...'). Not all quotations are matched, so this only adds evidence."""
    if not QUOTED_PAIRS:
        return list(candidates)
    wanted = set(quoted)
    out = [c if (c.left, c.right) not in wanted or c.score >= threshold
           else Candidate(c.left, c.right, threshold, c.lead) for c in candidates]
    wanted.difference_update((c.left, c.right) for c in candidates)
    out.extend(Candidate(left, right, threshold) for left, right in sorted(wanted))
    return out


def select(
    candidates: Sequence[Candidate], *, threshold: float, relative: float = 0.3
) -> list[Candidate]:
    """Keep pairs above ``threshold`` that are not far below the best pair of either sentence.

    One-to-many stays possible (a sentence summarised by two), but a partner scoring under
    ``relative`` times the best of either of its sentences is dropped. Not a pair of two
    leads (the first ``LEAD_PAIRED`` sentences of two reports that open with a title, which
    the lead bonus raised): two headlines often pair at 1, so that every other partner of
    either would need 0.3, while a report's headline and the other's first sentence tell one
    event ("Major fire at Waitrose in Wellington" / "A Waitrose supermarket in a Somerset
    town caught fire yesterday").
    """
    best_left: dict[int, float] = defaultdict(float)
    best_right: dict[int, float] = defaultdict(float)
    for c in candidates:
        best_left[c.left] = max(best_left[c.left], c.score)
        best_right[c.right] = max(best_right[c.right], c.score)
    chosen = [
        c
        for c in candidates
        if c.score >= threshold
        and (c.lead > 1 and max(c.left, c.right) < LEAD_PAIRED
             or c.score >= relative * best_left[c.left]
             and c.score >= relative * best_right[c.right])
    ]
    chosen = _fewest_partners(chosen, MAX_PARTNERS)
    chosen.sort(key=lambda c: (c.left, c.right))
    return chosen


MAX_PARTNERS = 12
"""The most partners a sentence keeps, its best: a pair is kept when it is among the best
``MAX_PARTNERS`` of both its sentences. On the 9,480 same-story pairs of the corpus no sentence
has more than 11; two copies of a page that repeats a few sentences hundreds of times paired
each with every echo (``bench/pathological.py``'s echoes-against-a-copy at 200 KB: 41,405
pairs, 3.5 s, most of it printing them; the page with another mix of names, 138,106 pairs,
up to 92 a sentence, 10.5 s), and a document that strings together twenty reports of one story
gives a sentence of it up to 35 (the 2,000-sentence long pair of ``bench/corpus.py``: 2,115
pairs, 177 dropped, every planted copy still found)."""


def _fewest_partners(chosen: list[Candidate], most: int) -> list[Candidate]:
    """``chosen`` less each pair that is not among the ``most`` best of its left and of its
    right sentence (best: higher score, then the earlier partner)."""
    rank_left: Counter[int] = Counter()
    rank_right: Counter[int] = Counter()
    kept = []
    for c in sorted(chosen, key=lambda c: (-c.score, c.left, c.right)):
        rank_left[c.left] += 1
        rank_right[c.right] += 1
        if rank_left[c.left] <= most and rank_right[c.right] <= most:
            kept.append(c)
    return kept

