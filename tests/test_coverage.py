"""The coverage of a story: rows by how many sources carry each fact, figures per source, and
the pairs of sources that disagree (four reports of Lindsay Lohan entering Betty Ford)."""

from __future__ import annotations

import pytest

from compare.coverage import coverage, keep, partner, percent
from compare.model import Comparison, Kind, Status
from tests.story import story_comparison


@pytest.fixture(scope="module")
def story() -> Comparison:
    return story_comparison()


def labels(rows) -> list[str]:
    return [row.fact.label for row in rows]


def test_rows_sort_by_sources_then_first_appearance(story: Comparison) -> None:
    rows = coverage(story).rows
    counts = [row.count for row in rows]
    assert counts == sorted(counts, reverse=True)
    # the facts all four carry, in order of first appearance ("Lohan" alone joins the one
    # Lindsay Lohan named in full)
    assert labels(rows[:2]) == ["Lindsay Lohan", "Betty Ford Center"]
    assert rows[0].carriers == rows[1].carriers == (0, 1, 2, 3)
    assert rows[2].count == 3
    for a, b in zip(rows, rows[1:], strict=False):
        if a.count == b.count:
            assert a.order < b.order  # ties keep the engine's first-appearance order
    assert sorted(row.fact.id for row in rows) == sorted(
        f.id for f in story.facts if f.kind is not Kind.TERM or len(f.docs) > 1)


def test_a_disagreement_gives_each_source_its_own_value(story: Comparison) -> None:
    row = next(r for r in coverage(story).rows if r.fact.status is Status.CONFLICT)
    assert row.carriers == (0, 1)
    assert row.value_in(0) == "five"
    assert row.value_in(1) == "six"
    assert row.value_in(2) is None
    agreed = next(r for r in coverage(story).rows if r.fact.label == "Thursday")
    assert agreed.value_in(1) is None  # agreeing sources show a mark, not a value


def test_figures_per_source(story: Comparison) -> None:
    cov = coverage(story)
    total = len(story.facts)
    for figures in cov.figures:
        carried = [f for f in story.facts if figures.doc in f.docs]
        assert figures.facts == len(carried)
        assert figures.only == len(story.unique_to(figures.doc))
        assert figures.share == pytest.approx(len(carried) / total)
    ap, daily, access, tmz = cov.figures
    assert (ap.disagreements, daily.disagreements, access.disagreements) == (1, 1, 0)
    assert tmz.only == 1  # Newport Beach, the rehab she walked out of


def test_pairs_that_disagree_with_what_both_report(story: Comparison) -> None:
    (pair,) = coverage(story).pairs
    assert pair.docs == (0, 1)
    assert pair.disagreements == 1
    both = [f for f in story.facts if 0 in f.docs and 1 in f.docs]
    assert pair.both == len(both)


def test_filters(story: Comparison) -> None:
    cov = coverage(story)
    assert labels(cov.filtered("every")) == ["Lindsay Lohan", "Betty Ford Center"]
    assert cov.carried_by_all == 2
    one = cov.filtered("one")
    assert {row.count for row in one} == {1}
    assert len(one) == cov.carried_by_one == sum(len(story.unique_to(d)) for d in range(4))
    assert labels(cov.filtered("conflict")) == ["five times / six times"]
    dates = cov.filtered("all", Kind.DATE)
    assert dates and all(row.fact.kind is Kind.DATE for row in dates)
    assert labels(cov.filtered("every", Kind.DATE)) == []
    assert all(keep(row, "all", 4) for row in cov.rows)


def test_two_sources_are_a_coverage_too(compare_texts) -> None:
    comparison = compare_texts(
        "Lindsay Lohan checked into the Betty Ford Center on Thursday.",
        "Lindsay Lohan has checked into the Betty Ford Center in Rancho Mirage.",
    )
    cov = coverage(comparison)
    assert cov.sources == 2
    total = len(comparison.facts)
    assert cov.figures[0].share == pytest.approx(len([f for f in comparison.facts
                                                       if 0 in f.docs]) / total)
    assert cov.pairs == ()


def test_a_key_term_one_source_uses_is_no_row(compare_texts) -> None:
    """Vocabulary, not a claim: the pair report lists it on one line; a term two sources
    write two ways is a row."""
    comparison = compare_texts(
        "At a meeting of the Central Election Commission it was decided to hold training "
        "seminars for representatives of political parties. AMD is buying the maker of "
        "energy-efficient microservers.",
        "The Central Election Commission said 125 electoral districts will be established. "
        "SeaMicro makes products called micro servers.",
    )
    terms = {f.label: f for f in comparison.facts if f.kind is Kind.TERM}
    assert len(terms["training seminars"].docs) == 1
    rows = {row.fact.label for row in coverage(comparison).rows}
    assert "training seminars" not in rows and "electoral districts" not in rows
    assert any(len(f.docs) == 2 and label in rows for label, f in terms.items())


def test_percent_never_rounds_to_none_or_all() -> None:
    assert percent(0.004) == "<1%"
    assert percent(0.996) == ">99%"
    assert (percent(0.0), percent(1.0), percent(0.5)) == ("0%", "100%", "50%")


def test_partner_of_a_cell(story: Comparison) -> None:
    cov = coverage(story)
    row = {r.fact.label: r for r in cov.rows}
    assert partner(cov, row["five times / six times"], 1) == 0  # the other side of the dispute
    assert partner(cov, row["Thursday"], 1) == 2  # the next source reporting it
    assert partner(cov, row["Thursday"], 3) == 1  # wrapping to the first one
    newport = row["Newport Beach"]  # only tmz (D) reports it
    shared_with_d = {d: sum(1 for r in cov.rows if 3 in r.carriers and d in r.carriers)
                     for d in range(3)}
    best = max(shared_with_d.values())
    assert partner(cov, newport, 3) == min(d for d, n in shared_with_d.items() if n == best)
    assert partner(cov, newport, 0) == 3  # a source without the fact meets the one with it
