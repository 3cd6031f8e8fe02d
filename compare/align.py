"""Sentence alignment: which sentences of two documents report the same thing.

Each sentence is a set of terms (word stems, plus the facts it mentions, so "eight" and "8"
or "Tory" and "Conservative" meet). Candidate pairs come from an inverted index of the
terms that are rare in the other document, so the cost grows with the number of plausible
pairs, not with the product of the sentence counts. Candidates are scored by an idf-weighted
cosine of their terms, blended with rapidfuzz's token-set ratio over the words.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process, utils

from .lexicon import STOPWORDS, fold, stem
from .model import Document

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
FACT_WEIGHT = 1.6
"""Facts weigh more than words: a shared name or number is stronger evidence than a verb."""
LEXICAL_WEIGHT = 0.25


def _normalise(shared: np.ndarray, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Cosine of idf-weighted term sets, from the shared weight and the two squared norms."""
    return shared / np.sqrt(left * right)


@dataclass(frozen=True, slots=True)
class Candidate:
    left: int
    right: int
    score: float


def sentence_terms(
    doc: Document,
    facts_by_sentence: Sequence[set[str]] = (),
    masks: Sequence[Sequence[tuple[int, int]]] = (),
) -> list[frozenset[str]]:
    """Stems of a sentence's content words and the ids of the facts it mentions.

    Words inside ``masks`` (the names and numbers already counted as facts) are left out, so
    a name weighs once, and "Tory" and "Conservative" meet through their shared fact id.
    """
    terms = []
    text = doc.text
    for index, (start, end) in enumerate(doc.sentences):
        masked = masks[index] if index < len(masks) else ()
        words = set()
        for m in _WORD.finditer(text, start, end):
            if any(s <= m.start() < e for s, e in masked):
                continue
            low = fold(m.group(0))
            if len(low) > 1 and low not in STOPWORDS:
                words.add(stem(low))
        words.update(facts_by_sentence[index] if index < len(facts_by_sentence) else ())
        terms.append(frozenset(words))
    return terms


def score_pairs(
    left_terms: Sequence[frozenset[str]],
    right_terms: Sequence[frozenset[str]],
    left_texts: Sequence[str],
    right_texts: Sequence[str],
    *,
    cutoff: float = 0.1,
    max_postings: int = 0,
) -> tuple[list[Candidate], int]:
    """Score the sentence pairs that share a rare term; return the scored pairs above
    ``cutoff`` and how many pairs were scored in all.

    ``max_postings`` caps how many sentences of the right document a term may index (0: grow
    with the document, so very common words never make a pair on their own).
    """
    n_left, n_right = len(left_terms), len(right_terms)
    if not n_left or not n_right:
        return [], 0
    df: Counter[str] = Counter()
    for terms in left_terms:
        df.update(terms)
    for terms in right_terms:
        df.update(terms)
    total = n_left + n_right
    weight = {
        t: math.log(1 + total / c) * (FACT_WEIGHT if t.startswith("§") else 1.0)
        for t, c in df.items()
    }
    left_norm = np.array([math.sqrt(sum(weight[t] ** 2 for t in ts)) or 1.0 for ts in left_terms])
    right_norm = np.array(
        [math.sqrt(sum(weight[t] ** 2 for t in ts)) or 1.0 for ts in right_terms]
    )
    cap = max_postings or max(64, int(2 * math.sqrt(max(n_left, n_right))))
    right_index: dict[str, list[int]] = defaultdict(list)
    for j, terms in enumerate(right_terms):
        for t in terms:
            right_index[t].append(j)
    left_index: dict[str, list[int]] = defaultdict(list)
    for i, terms in enumerate(left_terms):
        for t in terms:
            if t in right_index:
                left_index[t].append(i)
    keys: list[np.ndarray] = []
    values: list[np.ndarray] = []
    for t, lefts in left_index.items():
        rights = right_index[t]
        if len(rights) > cap or len(lefts) > cap:
            continue
        pair = (np.asarray(lefts, dtype=np.int64)[:, None] * n_right
                + np.asarray(rights, dtype=np.int64)[None, :]).ravel()
        keys.append(pair)
        values.append(np.full(pair.shape, weight[t] ** 2))
    if not keys:
        return [], 0
    all_keys = np.concatenate(keys)
    all_values = np.concatenate(values)
    unique, inverse = np.unique(all_keys, return_inverse=True)
    sums = np.bincount(inverse, weights=all_values)
    li, ri = unique // n_right, unique % n_right
    cosine = _normalise(sums, left_norm[li] ** 2, right_norm[ri] ** 2)
    lexical = process.cpdist(
        [left_texts[i] for i in li.tolist()],
        [right_texts[j] for j in ri.tolist()],
        scorer=fuzz.token_set_ratio,
        processor=utils.default_process,
        workers=-1,
    ) / 100.0
    scores = (1 - LEXICAL_WEIGHT) * cosine + LEXICAL_WEIGHT * lexical * np.minimum(1.0, cosine * 4)
    keep = scores >= cutoff
    candidates = [
        Candidate(int(i), int(j), float(s))
        for i, j, s in zip(li[keep].tolist(), ri[keep].tolist(), scores[keep].tolist(), strict=True)
    ]
    return candidates, int(unique.size)


def select(
    candidates: Sequence[Candidate], *, threshold: float, relative: float = 0.3
) -> list[Candidate]:
    """Keep pairs above ``threshold`` that are not far below the best pair of either sentence.

    One-to-many stays possible (a sentence summarised by two), but a partner scoring under
    ``relative`` times the best of either of its sentences is dropped.
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
        and c.score >= relative * best_left[c.left]
        and c.score >= relative * best_right[c.right]
    ]
    chosen.sort(key=lambda c: (c.left, c.right))
    return chosen

