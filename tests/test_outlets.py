"""Per-outlet figures from compare/1 records: what "carries", "alone" and "disagrees" count."""

from __future__ import annotations

import csv
import io

from compare.engine import build_document, compare_documents
from compare.model import Kind
from compare.outlets import OutletCounts, story_counts, summarise, to_csv, to_markdown
from compare.report.json_format import to_data


def record(outlets: dict[str, str], facts: list[tuple[str, list[str]]]) -> dict:
    """A compare/1 record reduced to what the figures read: documents and facts' docs."""
    return {
        "documents": [{"id": doc, "label": doc.lower(), "outlet": outlet}
                      for doc, outlet in outlets.items()],
        "facts": [{"status": status, "docs": docs} for status, docs in facts],
    }


# A and C are two articles of one outlet; B is another outlet
STORY = record(
    {"A": "Reuters", "B": "AP", "C": "Reuters"},
    [
        ("shared", ["A", "B"]),      # core: both outlets
        ("shared", ["A", "B", "C"]),  # core
        ("conflict", ["B", "C"]),    # core, and both disagree
        ("shared", ["A", "C"]),      # two articles, one outlet: Reuters alone
        ("unique", ["B"]),           # AP alone
    ],
)


def test_counts_by_outlet_not_by_article() -> None:
    ap, reuters = story_counts(STORY)
    assert reuters == OutletCounts("Reuters", stories=1, articles=2, facts=4, core=3, carried=3,
                                   alone=1, disagrees=1)
    assert ap == OutletCounts("AP", stories=1, articles=1, facts=4, core=3, carried=3, alone=1,
                              disagrees=1)


def test_a_document_without_outlet_counts_under_its_label() -> None:
    story = record({"A": "", "B": "AP"}, [("shared", ["A", "B"])])
    story["documents"][0]["outlet"] = None
    assert [c.outlet for c in story_counts(story)] == ["AP", "a"]


def test_summed_over_stories_most_articles_first() -> None:
    other = record({"A": "AP", "B": "BBC"}, [("shared", ["A", "B"]), ("unique", ["A"])])
    rows = summarise([*story_counts(STORY), *story_counts(other)])
    assert [r.outlet for r in rows] == ["AP", "Reuters", "BBC"]
    assert rows[0] == OutletCounts("AP", 2, 2, 6, 4, 4, 2, 1)


def test_tables_give_counts_and_shares() -> None:
    rows = summarise(story_counts(STORY))
    markdown = to_markdown(rows).splitlines()
    assert [cell.strip() for cell in markdown[0].split("|")[1:-1]] == [
        "outlet", "stories", "articles", "facts", "carries", "alone", "disagrees"]
    assert markdown[2] == "| Reuters |       1 |        2 |     4 | 3 of 3 (100%) | 1 (25%) " \
                          "|   1 (33%) |"
    parsed = list(csv.DictReader(io.StringIO(to_csv(rows))))
    assert parsed[0] == {"outlet": "Reuters", "stories": "1", "articles": "2", "facts": "4",
                         "core": "3", "carried": "3", "carries": "1.0000", "alone": "1",
                         "alone_share": "0.2500", "disagrees": "1",
                         "disagrees_share": "0.3333"}


def test_figures_of_a_real_comparison(seed_texts: dict[str, str]) -> None:
    docs = [build_document(doc, doc.lower(), doc, text, outlet=outlet)
            for doc, text, outlet in (("A", seed_texts["A"], "The National"),
                                      ("B", seed_texts["B"], "Pendle Today"))]
    comparison = compare_documents(docs)
    counts = {c.outlet: c for c in story_counts(to_data(comparison))}
    shared = len(comparison.facts) - len(comparison.unique_to(0)) - len(comparison.unique_to(1))
    for doc, outlet in enumerate(("The National", "Pendle Today")):
        assert counts[outlet].core == counts[outlet].carried == shared
        claims = [f for f in comparison.unique_to(doc) if f.kind is not Kind.TERM]
        assert counts[outlet].alone == len(claims)  # a one-source key term is no claim
        assert len(claims) < len(comparison.unique_to(doc))  # the seeds have such terms
    assert counts["The National"].disagrees == len(comparison.facts_with("conflict"))
