"""The reports' coverage parts: with three or more sources the text report has a COVERAGE
section that fits 80 columns, Markdown a coverage table, and JSON a per-source summary."""

from __future__ import annotations

import json

import pytest

from compare.cli import _doc_id
from compare.engine import build_document, compare_documents
from compare.model import Comparison
from compare.report import json_format, markdown, text
from tests.story import STORY, story_comparison


@pytest.fixture(scope="module")
def story() -> Comparison:
    return story_comparison()


def section(report: str, heading: str) -> list[str]:
    """The lines of one section, from its heading to the next heading."""
    lines = report.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(heading))
    end = next((i for i in range(start + 2, len(lines)) if lines[i][:1].isupper()
                and lines[i + 1:i + 2] and lines[i + 1].startswith("─")), len(lines))
    return lines[start:end]


def test_text_coverage_section(story: Comparison) -> None:
    report = text.render(story)
    lines = section(report, "COVERAGE")
    # 13 facts: "Calif." after Rancho Mirage is part of the town's mention, no fact of A's
    assert lines[0] == "COVERAGE (13 facts, 4 sources): who reports what"
    assert max(len(line) for line in report.splitlines()) <= 80
    body = "\n".join(lines)
    # the letters' legend, with each source's figures
    assert "  A  ap" in body and "  D  tmz" in body
    ap = next(line for line in lines if line.startswith("  A  ap"))
    assert ap.split()[2:] == ["8", "62%", "1", "1"]
    # the grid: most widely carried first, the disagreement marked on its two sources
    grid = [line for line in lines if line.rstrip().endswith(tuple("0123456789"))
            and ("●" in line or "≠" in line)]
    counts = [int(line.split()[-1]) for line in grid]
    assert counts == sorted(counts, reverse=True)
    # the two facts all four carry, in order of first appearance
    assert grid[0].startswith("  Lindsay Lohan") and grid[1].startswith("  Betty Ford Center")
    assert grid[0].split()[-5:] == grid[1].split()[-5:] == ["●", "●", "●", "●", "4"]
    assert grid[2].split()[-1] == "3"
    conflict = next(line for line in grid if line.startswith("  five times / six times"))
    assert conflict.split()[-5:] == ["≠", "≠", "·", "·", "2"]
    assert "and 4 facts one source reports each (ONLY IN below)." in body
    assert "A ap and B daily-news disagree on 1 of the 5 facts both report" in body
    # the section comes before the facts it summarises
    assert report.index("COVERAGE") < report.index("SHARED FACTS")


def test_two_sources_keep_the_pair_report(compare_texts) -> None:
    comparison = compare_texts(*(t for _, t in STORY[:2]))
    assert "COVERAGE" not in text.render(comparison)
    assert "## Coverage" not in markdown.render(comparison)


def test_markdown_coverage_table(story: Comparison) -> None:
    report = markdown.render(story)
    assert "## Coverage (13 facts, 4 sources)" in report
    assert "| A | ap | 8 | 62% | 1 | 1 |" in report
    assert "| Fact | Kind | A | B | C | D | Sources |" in report
    assert ("|:-:|--:|\n"  # the table's first rows: the two facts all four carry
            "| Lindsay Lohan | entity | ● | ● | ● | ● | 4 |\n"
            "| Betty Ford Center | entity | ● | ● | ● | ● | 4 |\n") in report
    assert "| five times / six times | number | **five** | **six** |  |  | 2 |" in report


def test_json_per_source_summary(story: Comparison) -> None:
    data = json.loads(json_format.render(story))["coverage"]
    assert data["facts"] == 13
    assert data["sources"][0] == {"doc": "A", "facts": 8, "share": 0.6154, "only": 1,
                                  "disagreements": 1}
    assert [s["doc"] for s in data["sources"]] == ["A", "B", "C", "D"]
    assert data["pairs"] == [{"docs": ["A", "B"], "disagreements": 1, "both": 5}]


def test_many_sources_go_in_bands_within_80_columns() -> None:
    """60 sources (ids up to H3): the grid is cut into bands of sources, ids read top-down."""
    docs = [build_document(_doc_id(i), f"source-{i}", f"test:{i}", STORY[i % 4][1])
            for i in range(60)]
    report = text.render(compare_documents(docs))
    lines = section(report, "COVERAGE")
    assert max(len(line) for line in report.splitlines()) <= 80
    bands = [line for line in lines if line.startswith("  sources ")]
    assert bands == ["  sources A to D2:", "  sources E2 to H3:"]
    heading = next(i for i, line in enumerate(lines) if line.startswith("  fact "))
    assert lines[heading + 1].strip().startswith("22")  # the second letters of A2, B2...


def test_wrap_is_textwrap_line_for_line(seed_texts) -> None:
    """The report's own greedy fill gives textwrap's lines (long words unbroken), at every
    indent the report uses, for real sentences cut at every length and for the odd spacing
    it hands to textwrap."""
    import textwrap

    paragraphs = [" ".join(p.split()) for t in seed_texts.values() for p in t.split("\n")]
    paragraphs += ["x" * 90 + " a b", "a " + "y" * 100 + " b", "a  b", " lead", "trail ", "a\tb"]
    for paragraph in filter(None, paragraphs):
        for cut in range(1, len(paragraph) + 1, 7):
            piece = paragraph[:cut]
            for indent, hanging in (("", "  "), ("  ", "    "), ("    ", "       "), ("", "")):
                expected = textwrap.wrap(piece, text.WIDTH, initial_indent=indent,
                                         subsequent_indent=hanging, break_long_words=False,
                                         break_on_hyphens=False)
                assert text.wrap(piece, indent, hanging) == expected


def test_a_quotation_is_printed_with_its_speaker(compare_texts) -> None:
    """The text and Markdown reports name who said a quotation, as the view and JSON do."""
    comparison = compare_texts(
        "“We are thrilled to have Ellen DeGeneres host the Oscars,” said Craig Zadan.",
        "Ellen DeGeneres will host the Oscars again, the Academy said on Friday.",
    )
    printed = " ".join(text.render(comparison).split())  # as wrapped at 80 columns
    assert "(quote, said by Craig Zadan)" in printed
    assert "(quote, said by Craig Zadan)" in markdown.render(comparison)


# the word-level difference: difflib's, at a bounded cost


def test_word_opcodes_are_difflibs_on_sentences() -> None:
    from difflib import SequenceMatcher

    from compare.report.common import word_opcodes

    pairs = [("Pendle is one of 14 seats MPACUK is targeting", "MPACUK is targeting 14 seats"),
             ("the cat the dog", "the dog"), ("same words", "same words"), ("", "new words"),
             ("old words", "")]
    for old, new in pairs:
        a, b = old.split(), new.split()
        assert word_opcodes(a, b) == SequenceMatcher(None, a, b, autojunk=False).get_opcodes()


def test_word_opcodes_tile_both_lists_past_the_bound(monkeypatch) -> None:
    """Past the bound, the opcodes still cover both lists in order, equal where they say."""
    import random

    from compare.report import common

    monkeypatch.setattr(common, "DIFF_MOST_PAIRS", 4)
    pick = random.Random(5)
    for _ in range(3000):
        a = [pick.choice("xyz") for _ in range(pick.randrange(8))]
        b = [pick.choice("xyz") for _ in range(pick.randrange(8))]
        ops = common.word_opcodes(a, b)
        i = j = 0
        for tag, i1, i2, j1, j2 in ops:
            assert (i1, j1) == (i, j) and (i2 > i1 or j2 > j1)
            if tag == "equal":
                assert a[i1:i2] == b[j1:j2]
            i, j = i2, j2
        assert (i, j) == (len(a), len(b))


def test_word_opcodes_bound_a_hostile_sentence() -> None:
    """difflib's search grows with the cube of the length on repetitive words: 1,000 words
    of two in turn against one repeated took it 8.7 s, a 200 KB sentence against itself a
    minute. The words both start and end with are equal at once, and a middle past the
    bound is one change."""
    import time

    from compare.report.common import word_opcodes

    words = [w for n in range(20_000) for w in ("the", f"w{n % 97}")]
    assert word_opcodes(words, words) == [("equal", 0, len(words), 0, len(words))]
    assert word_opcodes(["a", *words, "b"], ["x", *words, "y"]) == [
        ("replace", 0, len(words) + 2, 0, len(words) + 2)]
    assert word_opcodes(["a", *words], ["x", *words]) == [
        ("replace", 0, 1, 0, 1), ("equal", 1, len(words) + 1, 1, len(words) + 1)]
    started = time.process_time()
    for n in (100, 101, 1000):
        word_opcodes(["q", *(f"w{i % 2}" for i in range(n)), "q"], ["r", *["w0"] * n, "r"])
    assert time.process_time() - started < 1.0  # 8.7 s before the bound
