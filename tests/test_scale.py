"""The shape of the cost, without a clock: how many sentence pairs the aligner scores as the
documents grow, and whether it still finds the sentences planted in a long document.

The corpus tests read ../shared/bench/ecbplus-news.jsonl (skipped with a reason when absent);
the synthetic ones need nothing. Timings live in bench/, not here.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from compare.engine import build_document, compare_documents

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "bench" / "ecbplus-news.jsonl"
needs_corpus = pytest.mark.skipif(
    not CORPUS.is_file(), reason=f"benchmark corpus absent: {CORPUS}"
)


def _compare(text_a: str, text_b: str):
    docs = [build_document("A", "A", "a", text_a), build_document("B", "B", "b", text_b)]
    return compare_documents(docs)


def _recall(comparison, planted) -> float:
    found = {(a.left, a.right) for a in comparison.alignments if a.left_doc == 0}
    hits = sum(1 for i, copies in planted if any((i, j) in found for j in copies))
    return hits / len(planted)


# --- synthetic text: Zipf-distributed made-up words, so no corpus is needed ----------------

_SYLLABLES = ["ka", "lo", "mi", "ten", "sar", "vu", "pel", "dor", "ni", "ras", "gu", "fen",
              "tal", "bo", "cre", "mun", "shi", "ol", "zed", "har"]


def _vocabulary(size: int, rng: random.Random) -> list[str]:
    words: list[str] = []
    seen: set[str] = set()
    while len(words) < size:
        word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def _synthetic_text(n: int, seed: int) -> str:
    rng = random.Random(seed)
    vocab = _vocabulary(6000, random.Random(1))  # one language for both documents
    weights = [1 / (rank + 1) for rank in range(len(vocab))]
    sentences = []
    for _ in range(n):
        words = rng.choices(vocab, weights=weights, k=rng.randint(8, 20))
        sentences.append(" ".join(words).capitalize() + ".")
    return "\n\n".join(sentences)


def test_pairs_scored_grow_about_linearly_on_synthetic_text() -> None:
    small = _compare(_synthetic_text(300, 1), _synthetic_text(300, 2))
    large = _compare(_synthetic_text(1200, 1), _synthetic_text(1200, 2))
    assert small.pairs_scored > 0
    growth = large.pairs_scored / small.pairs_scored
    assert growth <= 6, f"4x the sentences scored {growth:.1f}x the pairs"


# --- corpus-built long documents, as in bench/run.py ----------------------------------------

@pytest.fixture(scope="module")
def halves():
    from bench import corpus

    return corpus.halves(corpus.load_corpus(CORPUS))


@needs_corpus
def test_pairs_scored_grow_about_linearly_on_news(halves) -> None:
    from bench import corpus

    a, b = halves
    scored = []
    for n in (500, 2000):
        pair = corpus.long_pair(a, b, n, n_planted=50)
        scored.append(_compare(pair.text_a, pair.text_b).pairs_scored)
    growth = scored[1] / scored[0]
    assert growth <= 6, f"4x the sentences scored {growth:.1f}x the pairs ({scored})"


@needs_corpus
def test_planted_pairs_are_found_in_long_news_documents(halves) -> None:
    from bench import corpus

    a, b = halves
    pair = corpus.long_pair(a, b, 1000, n_planted=50)
    comparison = _compare(pair.text_a, pair.text_b)
    assert len(pair.planted) == 50
    assert _recall(comparison, pair.planted) >= 0.95


def test_planted_pairs_are_found_in_synthetic_documents() -> None:
    from bench import corpus

    rng = random.Random(5)
    text_a = _synthetic_text(1200, 3)
    base_b = _synthetic_text(1150, 4).split("\n\n")
    doc_a = build_document("A", "A", "a", text_a)
    chosen = sorted(rng.sample(range(len(doc_a.sentences)), 50))
    copies = {i: corpus.reword(doc_a.sentence_text(i), rng) for i in chosen}
    slots = sorted(rng.sample(range(len(base_b)), 50))
    lines = list(base_b)
    for slot, i in sorted(zip(slots, chosen, strict=True), reverse=True):
        lines.insert(slot, copies[i])
    doc_b = build_document("B", "B", "b", "\n\n".join(lines))
    where = {doc_b.sentence_text(j): j for j in range(len(doc_b.sentences))}
    planted = [(i, [where[copies[i]]]) for i in chosen]
    comparison = compare_documents([doc_a, doc_b])
    assert _recall(comparison, planted) >= 0.95


def test_per_document_work_is_done_once_per_document_not_once_per_pair(monkeypatch) -> None:
    """N documents: one vocabulary, one term table per document and one search form per
    quotation, however many document pairs read them; each pair is then only array work."""
    from collections import Counter

    from compare import align, engine

    calls: Counter[str] = Counter()

    def counting(module, name: str) -> None:
        original = getattr(module, name)

        def counted(*args, **kwargs):
            calls[name] += 1
            return original(*args, **kwargs)

        monkeypatch.setattr(module, name, counted)

    for name in ("vocabulary", "term_table", "pair_cosines"):
        counting(align, name)
    counting(engine, "quote_needle")
    texts = [
        f'The council said "the bridge over the {river} will reopen in May" on Monday. '
        + _synthetic_text(12, seed)
        for seed, river in enumerate(["Avon", "Tyne", "Wear", "Tees", "Exe", "Usk", "Wye", "Dee"])
    ]
    docs = [build_document(f"D{k}", f"D{k}", f"d{k}", t) for k, t in enumerate(texts)]
    comparison = compare_documents(docs)
    n = len(docs)
    assert calls["vocabulary"] == 1
    assert calls["term_table"] == n
    assert calls["pair_cosines"] == n * (n - 1) // 2
    assert calls["quote_needle"] == n  # one quotation per document, searched in seven others
    # the searches ran: the quotation, one river apart, is found in every document
    quotes = [f for f in comparison.facts if f.kind.value == "quote"]
    assert [f.docs for f in quotes] == [tuple(range(n))]


def test_each_quotation_screens_a_bounded_number_of_sentences(monkeypatch) -> None:
    """A long document of many quotations against a short one: each quotation of the long
    one is screened against the short one's sentences, and the short one's is searched in at
    most a dozen partners in the long one, never in every sentence of it (that made 200 KB of
    quotations take 23 s, not 3)."""
    from compare import engine

    unit = "“We will rebuild the school this year,” Mr Walsh said. "
    short = "Mr Walsh spoke to parents on Monday. “We will rebuild the school,” he said."
    screened: list[int] = []
    searched: list[int] = []
    real = engine.quote_candidates
    real_find = engine.find_quote

    def counting(index, needle, rows=None, **options):
        screened.append(index.sentence_start.size if rows is None else rows.size)
        return real(index, needle, rows, **options)

    def finding(quote, doc, sentence_ids, **options):
        searched.append(len(sentence_ids))
        return real_find(quote, doc, sentence_ids, **options)

    from compare import match

    stretches: list[int] = []
    real_stretch = match._most_in_a_stretch

    def stretch(places, *args):
        stretches.append(places.size)
        return real_stretch(places, *args)

    monkeypatch.setattr(engine, "quote_candidates", counting)
    monkeypatch.setattr(engine, "find_quote", finding)
    monkeypatch.setattr(match, "_most_in_a_stretch", stretch)
    for copies in (100, 400):
        screened.clear()
        searched.clear()
        comparison = _compare(unit * copies, short)
        assert screened == [2] * copies  # each of the long one's: the short one's sentences
        assert max(searched) <= 12  # the short one's: a dozen partners in the long one
        # and the screen, whose cost is the places of the quotation's rare trigrams in all
        # the texts (8,000-sentence reports: 12 s -> 31 s), gathers no more of them than
        # searching those few sentences outright reads characters
        assert max(stretches, default=0) <= 2 * 2 * len(unit)
        assert len(comparison.documents[0].sentences) >= copies


def test_few_short_sentences_are_screened_before_they_are_searched(monkeypatch) -> None:
    """Two short reports: a quotation is scored only against the sentences whose trigrams
    could hold it, as the screen costs less than the searches there (the seeds' report made
    425 fuzzy searches, 30 ms of its 0.4 s, and makes 26 with the screen), and is still
    found."""
    from compare import match

    calls: list[str] = []
    real = match.fuzz.partial_ratio_alignment

    def counting(needle, hay, **options):
        calls.append(hay)
        return real(needle, hay, **options)

    monkeypatch.setattr(match.fuzz, "partial_ratio_alignment", counting)
    filler = [f"Officials in district {n} counted the ballots on Tuesday morning."
              for n in range(30)]
    quote = "“We will rebuild the school before the winter comes,” Mr Walsh said."
    text_a = " ".join([*filler[:15], quote, *filler[15:]])
    text_b = " ".join([*filler[:20], quote.replace("winter", "Winter"), *filler[20:]])
    comparison = _compare(text_a, text_b)
    quotes = [f for f in comparison.facts if f.kind.value == "quote"]
    assert [f.docs for f in quotes] == [(0, 1)]
    assert len(calls) <= 2  # not one search per sentence of the other report (31)
