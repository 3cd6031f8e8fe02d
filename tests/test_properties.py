"""Properties that hold for any input, checked with hypothesis over news-like and hostile text.

Whatever a scraper, a table, a menu or a malicious file gives, the engine must not raise, every
offset must point at the words it names, and the same input must give the same bytes. The text
is built from the seed articles' sentences mixed with hostile pieces (runs of punctuation,
capitals, digits and hyphens; broken markup; quotation marks left open; invisible and control
characters). Examples are few and derandomised so the suite stays quick and repeatable;
``COMPARE_PROPERTY_EXAMPLES=2000`` searches longer with fresh random examples.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compare.engine import build_document, compare_documents
from compare.model import Comparison, Kind
from compare.reading import clean_text, detect_title, shown
from compare.report.json_format import render as render_json
from compare.report.markdown import render as render_markdown
from compare.report.text import render as render_text

ROOT = Path(__file__).resolve().parents[1]
_SEEDS = [
    clean_text((ROOT / "seeds" / name).read_text(encoding="utf-8"))
    for name in ("the-national-mpacuk.txt", "pendle-mpacuk.txt")
]
SENTENCES = sorted({s.strip() for text in _SEEDS for s in re.split(r"(?<=[.!?”])\s+", text)
                    if s.strip()})
"""Real news sentences: quotations, numbers, money, names, dates."""

NEWS_PIECES = [
    "He was charged with murder, arson and criminal damage, police said.",
    "She pleaded guilty to fraud and was accused of perjury and forgery.",
    "About 20,000 refugees fled; more than 22,000 arrived by March 3, 2012.",
    "The £4,000 raised was 20% of a $1.5 million goal, the U.S. Senate said at 7 p.m. Friday.",
    "“We will rebuild,” said Gov. Sarah Palin. ``Not again,'' Mr. Walsh replied.",
    "Dr. A. B. Carter Jr. of St. Louis, Mo., met the U.N. chief on the 21st.",
]
HOSTILE_PIECES = [
    "....", "?!?!", "……", "…", "!!!", ". . .", "“", "”", '"', "«", "‘", "'", "``", "''",
    "(", ")", "[", "—", " - ", "-", "–", "/", "&amp;", "&#0;", "&#x1b;", "&bogus;",
    "<!--", "-->", "<![CDATA[", "]]>", "<script>", "</script>", "<p>", "</p>", "<br>", "<a b=",
    "<", ">", "\u200b", "\u200d", "\ufeff", "\u202e", "\u00ad", "\x1b[31m", "\x07", "\x00",
    "\x85", "\u2028", "\u2029", "\r\n", "\r", "\t", "\n", "\n\n", "  ", "Mr.", "Dr.", "U.S.",
    "A.", "e.g.", "No.", "1.", "3.5", "1,000,000", "0.000", "-7", "99%", "$", "£", "€",
    "trillion", "21st", "1st", "2017", "12:30", "a.m.", "Jan.", "10-year-old", "A-a-a-a",
    "charged with", "accused of", "and", ",", ";", ":", "Aaa Bbb Ccc Ddd", "IBM", "ÉTÉ",
    "東京", "\U0001F469\u200d\U0001F692", "x" * 60,
]
DIGIT_RUN = st.integers(1, 30).map(lambda n: "7" * n)
CAPITAL_RUN = st.lists(st.sampled_from(["Aaa", "Bbb", "Ccc", "U.S.", "Mr.", "A."]),
                       min_size=2, max_size=12).map(" ".join)
PUNCT_RUN = st.text(alphabet=".?!…,;:-“”\"'", min_size=2, max_size=20)


def _piece() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(SENTENCES), st.sampled_from(NEWS_PIECES),
        st.sampled_from(HOSTILE_PIECES), DIGIT_RUN, CAPITAL_RUN, PUNCT_RUN,
        st.text(max_size=12),
    )


def _joined(pieces: list[str], seps: list[str]) -> str:
    return "".join(p + s for p, s in zip(pieces, seps, strict=False))


SEPARATOR = st.sampled_from([" ", " ", " ", "", "\n", "\n\n"])
RAW = st.lists(_piece(), min_size=1, max_size=25).flatmap(
    lambda pieces: st.lists(SEPARATOR, min_size=len(pieces), max_size=len(pieces)).map(
        lambda seps: _joined(pieces, seps)
    )
)
"""Raw input, as a file could hold it: markup, entities and control characters included."""

_EXAMPLES = os.environ.get("COMPARE_PROPERTY_EXAMPLES")
"""Set it (say 2000) to search longer, with fresh random examples each run."""
PROPERTY = settings(
    max_examples=int(_EXAMPLES or 40), deadline=None, derandomize=not _EXAMPLES, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _documents(raws: list[str]):
    docs = []
    for i, raw in enumerate(raws):
        text = clean_text(raw)
        docs.append(build_document("ABC"[i], f"doc{i}", f"test:{i}", text, detect_title(text)))
    return docs


def _check_offsets(comparison: Comparison) -> None:
    docs = comparison.documents
    for doc in docs:
        for spans in (doc.sentences, doc.paragraphs):
            for (start, end), following in zip(spans, spans[1:] + ((len(doc.text), 0),),
                                               strict=True):
                assert 0 <= start < end <= following[0] <= len(doc.text)
                assert doc.text[start:end].strip() == doc.text[start:end]
    for fact in comparison.facts:
        assert fact.mentions, fact
        assert set(fact.docs) == {m.doc for m in fact.mentions}
        for m in fact.mentions:
            doc = docs[m.doc]
            assert 0 <= m.start <= m.end <= len(doc.text)
            assert m.text == doc.text[m.start:m.end]
            assert 0 <= m.sentence < len(doc.sentences)
            s_start, s_end = doc.sentences[m.sentence]
            assert s_start <= m.start < s_end or m.start == m.end == s_end, (m, s_start, s_end)
            if fact.kind is not Kind.QUOTE:  # the contract: only a quotation runs on
                assert m.end <= s_end, (fact.kind, m, s_start, s_end)
            else:
                assert m.sentence == doc.sentence_at(m.start)
    for a in comparison.alignments:
        assert 0 <= a.left < len(docs[a.left_doc].sentences)
        assert 0 <= a.right < len(docs[a.right_doc].sentences)
        assert 0.0 <= a.score <= 1.0
        assert all(any(f.id == fid for f in comparison.facts) for fid in a.facts)


_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _check_renders(comparison: Comparison) -> None:
    for text in (render_text(comparison, color=False), render_markdown(comparison),
                 render_json(comparison)):
        assert not _UNSAFE.search(text), _UNSAFE.search(text)
        text.encode("utf-8")  # no lone surrogate reaches the output


@PROPERTY
@given(st.lists(RAW, min_size=2, max_size=3))
def test_any_text_compares_with_valid_offsets(raws: list[str]) -> None:
    docs = [d for d in _documents(raws) if d.text]
    if len(docs) < 2:
        return  # the reader refuses an empty document before the engine sees it
    comparison = compare_documents(docs)
    _check_offsets(comparison)
    _check_renders(comparison)


@PROPERTY
@given(RAW, RAW)
def test_same_input_same_bytes(first: str, second: str) -> None:
    outputs = []
    for _ in range(2):
        docs = _documents([first, second])
        if not all(d.text for d in docs):
            return
        outputs.append(render_json(compare_documents(docs)))
    assert outputs[0] == outputs[1]


@PROPERTY
@given(RAW)
def test_clean_text_is_shown_text(raw: str) -> None:
    """No control character survives but the line break, no run of spaces or blank lines,
    and cleaning twice changes nothing more than cleaning once did to markup-free text."""
    text = clean_text(raw)
    assert not _UNSAFE.search(text) and "\t" not in text and "\r" not in text
    assert "  " not in text and "\n\n\n" not in text and text == text.strip()


@settings(PROPERTY, max_examples=int(_EXAMPLES or 20))  # the longest texts: fewer of them
@given(st.lists(st.sampled_from(SENTENCES + NEWS_PIECES), min_size=3, max_size=15, unique=True))
def test_the_same_sentences_in_another_order_align(sentences: list[str]) -> None:
    """Two outlets with the same sentences in another order: each sentence of one aligns with
    its copy in the other, wherever it stands."""
    a = " ".join(sentences)
    b = "\n\n".join(reversed(sentences))
    comparison = compare_documents(_documents([a, b]))
    _check_offsets(comparison)
    _check_renders(comparison)
    doc_a, doc_b = comparison.documents
    pairs = {(doc_a.sentence_text(x.left), doc_b.sentence_text(x.right))
             for x in comparison.alignments}
    for i in range(len(doc_a.sentences)):
        sentence = doc_a.sentence_text(i)
        if len(sentence.split()) >= 4 and sentence in {doc_b.sentence_text(j)
                                                       for j in range(len(doc_b.sentences))}:
            assert (sentence, sentence) in pairs, sentence


@PROPERTY
@given(st.one_of(st.text(), st.binary().map(lambda b: b.decode("utf-8", "surrogateescape"))))
def test_any_name_is_shown_printable(name: str) -> None:
    """A file name or label, whatever its bytes, prints as valid UTF-8 with no control
    character, and a printable name is shown as it is."""
    out = shown(name)
    out.encode("utf-8")
    assert not _UNSAFE.search(out) and "\n" not in out
    if name.isprintable():
        assert out == name
