"""Real-style variants built from the seeds at test time: a changed number, reordered
paragraphs, a reworded sentence, an unrelated third article; and the yida pair's disputes."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from compare.engine import build_document, compare_documents
from compare.model import Comparison, Fact, Kind, Status
from compare.reading import clean_text

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="module")
def base(seed_texts, compare_texts) -> Comparison:
    return compare_texts(seed_texts["A"], seed_texts["B"])


def replaced(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def facts_touching(comparison: Comparison, doc: int, text: str) -> list[Fact]:
    return [f for f in comparison.facts if any(m.doc == doc and m.text == text for m in f.mentions)]


def sentence_of(comparison: Comparison, doc: int, needle: str) -> int:
    d = comparison.documents[doc]
    hits = [i for i in range(len(d.sentences)) if needle in d.sentence_text(i)]
    assert len(hits) == 1, needle
    return hits[0]


def fact_signature(comparison: Comparison) -> Counter:
    """Facts by kind, status, label and mention texts: everything but offsets and ids."""
    return Counter(
        (f.kind, f.status, f.label, tuple(sorted((m.doc, m.text) for m in f.mentions)))
        for f in comparison.facts
    )


def aligned_texts(comparison: Comparison) -> Counter:
    docs = comparison.documents
    return Counter(
        (
            a.left_doc,
            docs[a.left_doc].sentence_text(a.left),
            a.right_doc,
            docs[a.right_doc].sentence_text(a.right),
        )
        for a in comparison.alignments
    )


# a changed number


def test_changed_count_of_mps_is_reported_as_a_conflict(seed_texts, compare_texts) -> None:
    b = replaced(seed_texts["B"], "8 MPs", "9 MPs")
    comparison = compare_texts(seed_texts["A"], b)
    conflicts = [
        f
        for f in comparison.facts_with(Status.CONFLICT)
        if any(m.doc == 0 and m.text == "eight" for m in f.mentions)
    ]
    assert len(conflicts) == 1
    fact = conflicts[0]
    assert fact.kind is Kind.NUMBER
    assert {(m.doc, m.text) for m in fact.mentions} == {(0, "eight"), (1, "9")}
    assert dict(fact.values) == {0: "eight", 1: "9"}


def test_changed_count_no_longer_shares_eight_with_b(seed_texts, compare_texts, base) -> None:
    (before,) = facts_touching(base, 0, "eight")
    assert before.status is Status.SHARED
    assert {m.text for m in before.mentions_in(1)} == {"8"}
    b = replaced(seed_texts["B"], "8 MPs", "9 MPs")
    comparison = compare_texts(seed_texts["A"], b)
    for fact in facts_touching(comparison, 0, "eight"):
        assert fact.status is not Status.SHARED
        assert not any(m.doc == 1 and m.text == "8" for m in fact.mentions)


# reordered paragraphs


@pytest.fixture(scope="module")
def reordered(seed_texts, compare_texts) -> Comparison:
    paragraphs = seed_texts["B"].split("\n\n")
    assert len(paragraphs) > 5
    b = "\n\n".join(paragraphs[1::2] + paragraphs[0::2])
    assert b != seed_texts["B"]
    assert sorted(b.split("\n\n")) == sorted(paragraphs)
    return compare_texts(seed_texts["A"], b)


def test_reordered_paragraphs_give_the_same_facts(base, reordered) -> None:
    assert fact_signature(reordered) == fact_signature(base)


def test_reordered_paragraphs_give_the_same_aligned_sentence_pairs(base, reordered) -> None:
    assert aligned_texts(reordered) == aligned_texts(base)


def test_reordered_paragraphs_change_only_offsets(base, reordered) -> None:
    offsets = {(m.doc, m.text, m.start) for f in base.facts for m in f.mentions if m.doc == 1}
    moved = {(m.doc, m.text, m.start) for f in reordered.facts for m in f.mentions if m.doc == 1}
    assert offsets != moved
    a_side = {(m.text, m.start, m.end) for f in base.facts for m in f.mentions if m.doc == 0}
    assert a_side == {
        (m.text, m.start, m.end) for f in reordered.facts for m in f.mentions if m.doc == 0
    }


# a reworded sentence


OLD_SENTENCE = (
    "Its website says there are enough Muslim voters in each of the 14 seats to defeat the "
    "Conservative candidate."
)
NEW_SENTENCE = (
    "According to its website, each of the 14 seats has enough Muslim voters to beat the Tory "
    "candidate."
)
A_SEATS = "is focusing on 14 seats where it believes Muslim votes could topple"


@pytest.mark.parametrize("b_sentence", [OLD_SENTENCE, NEW_SENTENCE], ids=["original", "reworded"])
def test_sentence_about_the_14_seats_aligns_with_a_14_seats_sentence(
    seed_texts, compare_texts, b_sentence
) -> None:
    b = replaced(seed_texts["B"], OLD_SENTENCE, b_sentence)
    comparison = compare_texts(seed_texts["A"], b)
    left = sentence_of(comparison, 0, A_SEATS)
    right = sentence_of(comparison, 1, b_sentence)
    assert any((a.left, a.right) == (left, right) for a in comparison.alignments)


def test_reworded_sentence_keeps_its_14_in_the_shared_14_seats_fact(
    seed_texts, compare_texts
) -> None:
    b = replaced(seed_texts["B"], OLD_SENTENCE, NEW_SENTENCE)
    comparison = compare_texts(seed_texts["A"], b)
    right = sentence_of(comparison, 1, NEW_SENTENCE)
    left = sentence_of(comparison, 0, A_SEATS)
    (fact,) = [
        f
        for f in comparison.facts
        if any(m.doc == 1 and m.sentence == right and m.text == "14" for m in f.mentions)
    ]
    assert fact.status is Status.SHARED
    assert any(m.doc == 0 and m.sentence == left and m.text == "14" for m in fact.mentions)


# an unrelated third article


FOOTBALL = (
    "Rovers beat United 3-1 in a rain-soaked derby at Ewood Park on Saturday afternoon.\n\n"
    "Striker Tom Baxter scored twice before half-time, and the visitors' goalkeeper was sent "
    "off after 60 minutes.\n\n"
    "A crowd of 18,500 watched the match. Manager Paul Wright praised his players: “They showed "
    "real character today.”"
)


def bench_text() -> str:
    corpus = SHARED / "bench" / "ecbplus-news.jsonl"
    if not corpus.is_file():
        pytest.skip(f"benchmark corpus {corpus} is absent")
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if "Klitschko" in row.get("text", "") and "Thompson" in row["text"]:
                return clean_text(row["text"])
    pytest.skip("no boxing story (Klitschko v Thompson) in the benchmark corpus")


def trivial(fact: Fact) -> bool:
    """Facts any two articles may share by chance: small counts, weekdays, months, years."""
    value = fact.mentions[0].value
    if fact.kind is Kind.NUMBER:
        return value.startswith("ordinal") or not value.isdigit() or int(value) <= 10
    if fact.kind is Kind.DATE:
        return value.startswith(("weekday", "month", "year"))
    return False


def ab_shared(comparison: Comparison) -> set[tuple]:
    """A–B shared facts by kind and A/B mention offsets (labels may take a third document's
    wording)."""
    out = set()
    for f in comparison.facts:
        spans = tuple(sorted((m.doc, m.start, m.end) for m in f.mentions if m.doc in (0, 1)))
        if f.status is Status.SHARED and {d for d, _, _ in spans} == {0, 1}:
            out.add((f.kind, spans))
    return out


@pytest.mark.parametrize("source", ["football", "bench"])
def test_unrelated_third_article_shares_nothing_but_trivia(seed_texts, base, source) -> None:
    third = FOOTBALL if source == "football" else bench_text()
    docs = [
        build_document(i, i, f"test:{i}", t)
        for i, t in zip("ABC", (seed_texts["A"], seed_texts["B"], third), strict=True)
    ]
    comparison = compare_documents(docs)
    with_third = [f for f in comparison.facts if 2 in f.docs and len(f.docs) > 1]
    assert [f.label for f in with_third if not trivial(f)] == []
    assert ab_shared(comparison) == ab_shared(base)
    assert not [a for a in comparison.alignments if a.right_doc == 2 and a.score >= 0.3]


# the yida pair: two disputes


@pytest.fixture(scope="module")
def yida() -> Comparison:
    folder = SHARED / "pairs" / "yida-refugee-camp-bombing-2011"
    if not (folder / "a.txt").is_file():
        pytest.skip(f"pair {folder} is absent")
    docs = [
        build_document(
            i, name, str(folder / name), clean_text((folder / name).read_text(encoding="utf-8"))
        )
        for i, name in (("A", "a.txt"), ("B", "b.txt"))
    ]
    return compare_documents(docs)


@pytest.mark.parametrize(
    ("in_a", "in_b", "kind", "a_context", "b_context"),
    [
        (
            "20,000",
            "22,000",
            Kind.NUMBER,
            "camp of about 20,000 refugees",
            "home to more than 22,000 refugees",
        ),
        ("June", "July", Kind.DATE, "fighting Sudan's army since June", "began in July"),
    ],
    ids=["camp-population", "fighting-began"],
)
def test_yida_pair_reports_the_dispute(yida, in_a, in_b, kind, a_context, b_context) -> None:
    a_sentence = sentence_of(yida, 0, a_context)
    b_sentence = sentence_of(yida, 1, b_context)
    conflicts = [
        f
        for f in yida.facts_with(Status.CONFLICT)
        if any(m.doc == 0 and m.text == in_a and m.sentence == a_sentence for m in f.mentions)
    ]
    assert len(conflicts) == 1
    fact = conflicts[0]
    assert fact.kind is kind
    assert any(m.doc == 1 and m.text == in_b and m.sentence == b_sentence for m in fact.mentions)
    assert (0, in_a) in fact.values and (1, in_b) in fact.values
