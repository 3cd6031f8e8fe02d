"""Benchmark inputs built from the shared ECB+ news corpus, read at run time.

The corpus (``../shared/bench/ecbplus-news.jsonl``: 864 news texts on 40 stories) is never
copied into the project. Everything here is deterministic: the same corpus and seed give the
same documents and the same planted pairs.
"""

from __future__ import annotations

import json
import random
import re
import sys
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "bench" / "ecbplus-news.jsonl"

sys.path.insert(0, str(ROOT))

from compare.engine import build_document  # noqa: E402
from compare.reading import clean_text  # noqa: E402


def corpus_path() -> Path:
    return CORPUS


def load_corpus(path: Path = CORPUS) -> list[dict]:
    """The corpus rows (topic, doc, text); exits with a clear message when it is absent."""
    if not path.is_file():
        sys.exit(
            f"benchmark corpus not found: {path}\n"
            "It is read at run time from ../shared/bench/ecbplus-news.jsonl (next to the"
            " project); it is not part of the project."
        )
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def halves(rows: list[dict]) -> tuple[list[str], list[str]]:
    """Cleaned texts of every other story (sorted by topic) against the remaining stories."""
    topics = sorted({r["topic"] for r in rows})
    left = set(topics[0::2])
    a = [clean_text(r["text"]) for r in rows if r["topic"] in left]
    b = [clean_text(r["text"]) for r in rows if r["topic"] not in left]
    return a, b


def largest_topic(rows: list[dict]) -> tuple[int, list[tuple[str, str]]]:
    """The story with the most texts, as (doc name, cleaned text) pairs in corpus order."""
    counts = Counter(r["topic"] for r in rows)
    topic = min(counts, key=lambda t: (-counts[t], t))
    return topic, [(r["doc"], clean_text(r["text"])) for r in rows if r["topic"] == topic]


def grow(texts: list[str], n_sentences: int) -> tuple[str, list[tuple[int, int]]]:
    """Texts joined into one document cut (or grown, by cycling the texts) to ``n_sentences``.

    Returns the text and its sentence spans.
    """
    pieces: list[str] = []
    count = 0
    k = 0
    while count < n_sentences:
        text = texts[k % len(texts)]
        pieces.append(text)
        count += len(build_document("x", "x", "x", text).sentences)
        k += 1
    joined = "\n\n".join(pieces)
    spans = build_document("x", "x", "x", joined).sentences
    cut = joined[: spans[n_sentences - 1][1]]
    spans = build_document("x", "x", "x", cut).sentences
    return cut, list(spans)


# --- planting reworded copies ------------------------------------------------------------

_NUMBER_WORDS = {
    "0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six",
    "7": "seven", "8": "eight", "9": "nine", "10": "ten", "11": "eleven", "12": "twelve",
    "13": "thirteen", "14": "fourteen", "15": "fifteen", "16": "sixteen", "17": "seventeen",
    "18": "eighteen", "19": "nineteen", "20": "twenty", "30": "thirty", "40": "forty",
    "50": "fifty", "60": "sixty", "70": "seventy", "80": "eighty", "90": "ninety",
    "100": "a hundred",
}
_WORD_NUMBERS = {w: d for d, w in _NUMBER_WORDS.items() if " " not in w}
_TOKEN = re.compile(r"\S+")
_NUMBER_TOKEN = re.compile(r"\b(\d{1,3})\b(?![.,:]\d)")
_NUMBER_WORD = re.compile(r"\b(" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))
                          + r")\b", re.IGNORECASE)


def _rewrite_numbers(sentence: str, rng: random.Random) -> str | None:
    """Digits as words ("3" -> "three") or words as digits ("three" -> "3")."""
    digits = [m for m in _NUMBER_TOKEN.finditer(sentence) if m.group(1) in _NUMBER_WORDS]
    words = list(_NUMBER_WORD.finditer(sentence))
    if not digits and not words:
        return None
    m = rng.choice(digits + words)
    new = _NUMBER_WORDS[m.group(1)] if m in digits else _WORD_NUMBERS[m.group(1).lower()]
    return sentence[: m.start()] + new + sentence[m.end():]


def _swap_clauses(sentence: str) -> str | None:
    """ "After X happened, Y said Z." -> "Y said Z, after X happened." """
    end = len(sentence.rstrip(".!?\"'”’ "))
    body, tail = sentence[:end], sentence[end:]
    cuts = [m.start() for m in re.finditer(r", ", body)]
    cuts = [c for c in cuts if len(body[:c].split()) >= 3 and len(body[c + 2:].split()) >= 3]
    if not cuts:
        return None
    c = cuts[len(cuts) // 2]
    first, second = body[:c], body[c + 2:]
    if first[:1].isupper() and not first.split()[0].isupper() and first.split()[0][1:].islower():
        first = first[0].lower() + first[1:]
    second = second[:1].upper() + second[1:]
    return f"{second}, {first}{tail or '.'}"


def _drop_words(sentence: str, rng: random.Random) -> str:
    tokens = _TOKEN.findall(sentence)
    droppable = [i for i in range(1, len(tokens) - 1) if tokens[i].isalpha()]
    for i in sorted(rng.sample(droppable, min(len(droppable), rng.choice((1, 2)))), reverse=True):
        del tokens[i]
    return " ".join(tokens)


def reword(sentence: str, rng: random.Random) -> str:
    """A light rewording: a word or two dropped, numbers rewritten, clauses swapped."""
    out = sentence
    if rng.random() < 0.5:
        out = _swap_clauses(out) or out
    out = _rewrite_numbers(out, rng) or out
    return _drop_words(out, rng)


@dataclass
class LongPair:
    n: int
    text_a: str
    text_b: str
    planted: list[tuple[int, list[int]]]
    """(sentence of A, sentences of B holding its reworded copy)."""


def long_pair(a_texts: list[str], b_texts: list[str], n: int, n_planted: int = 200,
              seed: int = 7) -> LongPair:
    """Document A of ``n`` sentences; document B of ``n - n_planted`` sentences of other stories
    with ``n_planted`` reworded copies of A's sentences inserted at random places."""
    rng = random.Random(seed * 1_000_003 + n)
    text_a, spans_a = grow(a_texts, n)
    sentences_a = [text_a[s:e] for s, e in spans_a]
    seen = Counter(sentences_a)
    eligible = [
        i for i, s in enumerate(sentences_a)
        if seen[s] == 1 and 8 <= len(s.split()) <= 60 and "\n" not in s
    ]
    n_planted = min(n_planted, len(eligible), n // 2)
    chosen = sorted(rng.sample(eligible, n_planted))
    base, _ = grow(b_texts, n - n_planted)
    lines = base.split("\n")
    # insert after random paragraph lines, from the back so earlier positions stay valid
    slots = sorted(rng.sample(range(len(lines) + 1), n_planted))
    order = list(chosen)
    rng.shuffle(order)
    planted_at: dict[int, int] = {}
    for slot, i in sorted(zip(slots, order, strict=True), reverse=True):
        lines[slot:slot] = ["", reword(sentences_a[i], rng), ""]
        planted_at[i] = slot
    # each planted line's final line number: later insertions shift it by 3 lines each
    final_line = {
        i: slot + 3 * sum(1 for other in planted_at.values() if other < slot) + 1
        for i, slot in planted_at.items()
    }
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    text_b = "\n".join(lines)
    doc_b = build_document("B", "B", "b", text_b)
    starts = [s for s, _ in doc_b.sentences]
    planted: list[tuple[int, list[int]]] = []
    for i in chosen:
        k = final_line[i]
        lo, hi = offsets[k], offsets[k] + len(lines[k])
        first = bisect_left(starts, lo)
        sentences = list(range(first, bisect_left(starts, hi)))
        planted.append((i, sentences))
    return LongPair(n, text_a, text_b, planted)

