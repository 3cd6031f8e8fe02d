"""The coverage view, driven by keys through ``App.run_test()``: four reports of one story open
on the table; sorting, filters, the current fact's sentences, and the pair view and back."""

from __future__ import annotations

import pytest

from compare.coverage import coverage
from compare.engine import build_document, compare_documents
from compare.model import Comparison, Kind, Status
from compare.tui.app import CompareApp, next_documents
from compare.tui.columns import AlignedView
from compare.tui.coverage_screen import CoverageScreen, sources_list
from compare.tui.coverage_table import HEADINGS, CoverageTable
from tests.story import STORY, story_comparison

SIZE = (160, 48)


@pytest.fixture(autouse=True)
def plain_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TEXTUAL_THEME", raising=False)


@pytest.fixture(scope="module")
def story() -> Comparison:
    return story_comparison()


def table_of(app: CompareApp) -> CoverageTable:
    assert isinstance(app.screen, CoverageScreen)
    return app.screen.query_one(CoverageTable)


def lines(table: CoverageTable) -> list[str]:
    return [table.render_line(y).text.rstrip() for y in range(table.size.height)]


def detail(app: CompareApp) -> str:
    return str(app.screen.query_one("#coverage-detail").render())


async def test_opens_on_the_table_sorted_by_sources(story: Comparison) -> None:
    app = CompareApp(story)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = table_of(app)
        shown = lines(table)
        assert shown[0].split()[:5] == ["source", "A", "B", "C", "D"]
        # 13 facts: "Calif." after Rancho Mirage is part of the town's mention, no fact of A's
        assert shown[1].split() == ["facts", "8", "9", "6", "6"]
        assert shown[2].split() == ["only", "it", "1", "2", "0", "1"]
        assert shown[3].split() == ["disagrees", "1", "1", "0", "0"]
        body = shown[len(HEADINGS):]
        # the two facts all four carry first, in order of first appearance
        assert body[0].split() == ["Lindsay", "Lohan", "entity", "4", "●", "●", "●", "●"]
        assert body[1].split() == ["Betty", "Ford", "Center", "entity", "4", "●", "●", "●", "●"]
        counts = [row.count for row in table.rows]
        assert counts == sorted(counts, reverse=True)
        conflict = next(line for line in body if line.startswith(" five times"))
        assert conflict.split()[-4:] == ["five", "six", "·", "·"]
        summary = str(app.screen.query_one("#coverage-summary").render())
        assert summary.startswith("4 sources · 13 facts · 2 carried by all · 4 by one only")
        assert "disagree most: A–B (1 of the 5 facts both report)" in summary
        source = str(app.screen.query_one("#coverage-source").render())
        assert "A  ap · 8 facts (62% of 13) · 1 only here · 1 disagreements" in source


async def test_filters_and_kind(story: Comparison) -> None:
    app = CompareApp(story)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = table_of(app)
        await pilot.press("2")
        assert [r.fact.label for r in table.rows] == ["Lindsay Lohan", "Betty Ford Center"]
        await pilot.press("3")
        assert table.rows and all(r.count == 1 for r in table.rows)
        await pilot.press("4")
        assert [r.fact.status for r in table.rows] == [Status.CONFLICT]
        assert "4 disagreements" in str(app.screen.query_one("#coverage-filter").render())
        await pilot.press("1", "t")
        kind = app.screen.kind
        assert kind is Kind.NUMBER
        assert table.rows and all(r.fact.kind is kind for r in table.rows)
        assert "kind: number" in str(app.screen.query_one("#coverage-filter").render())
        for _ in range(len(Kind) + 1):
            await pilot.press("t")
            if app.screen.kind is None:
                break
        assert len(table.rows) == 13


async def test_the_current_row_shows_each_source_sentence(story: Comparison) -> None:
    app = CompareApp(story)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = table_of(app)
        while table.current_row and table.current_row.fact.status is not Status.CONFLICT:
            await pilot.press("down")
        await pilot.press("right")
        text = detail(app)
        assert text.splitlines()[0] == "Fact five times / six times · number · disagreement"
        # the current column's source first, each with its own value and its sentence
        assert text.splitlines()[1].startswith("▶ B   six  B2 › Lohan, who has been in rehab "
                                                "a total of six times")
        assert text.splitlines()[2].startswith("  A   five  A2 › Lohan, who has been in rehab")
        await pilot.press("right")
        assert "C does not report it." in detail(app)
        await pilot.press("s")
        listed = detail(app).splitlines()
        assert listed[0] == "Pairs that disagree most: A–B 1 of 5"
        assert listed[1].startswith(" B  daily-news · 9 facts (69% of 13)")  # most facts first
        assert listed[-1].startswith(" D  tmz · 6 facts (46% of 13)")  # ties in source order


def test_the_sources_list_puts_most_facts_first() -> None:
    """The same four reports in reverse order: the list follows the facts, not the letters."""
    docs = [build_document(chr(ord("A") + i), label, f"test:{label}", text)
            for i, (label, text) in enumerate(reversed(STORY))]
    comparison = compare_documents(docs)
    listed = sources_list(comparison.documents, coverage(comparison), 10).plain.splitlines()
    assert [line.split()[:5] for line in listed[1:]] == [
        ["C", "daily-news", "·", "9", "facts"], ["D", "ap", "·", "8", "facts"],
        ["A", "tmz", "·", "6", "facts"], ["B", "access", "·", "6", "facts"]]


async def test_enter_opens_the_pair_at_the_fact_and_b_comes_back(story: Comparison) -> None:
    app = CompareApp(story)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = table_of(app)
        await pilot.press("4", "right", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, CoverageScreen)
        assert app.shown == (1, 0)  # daily-news beside the source it disagrees with
        assert app.cursor.fact is not None
        assert app.view.facts_by_id[app.cursor.fact[0]].status is Status.CONFLICT
        sentence = app.view.docs[app.cursor.side].sentence_text(app.cursor.sentence)
        assert "six times" in sentence
        assert "≠" not in sentence
        details = str(app.query_one("#details").render())
        assert "Values: five in ap · six in daily-news" in details
        await pilot.press("b")
        await pilot.pause()
        assert app.screen.query_one(CoverageTable) is table
        assert (table.column, table.current_row.fact.status) == (1, Status.CONFLICT)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("escape")  # with nothing to close, escape goes back too
        await pilot.pause()
        assert isinstance(app.screen, CoverageScreen)


async def test_back_from_the_pair_view_keeps_the_painted_rows(
    story: Comparison, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Coming back re-applies the same styles: no row is drawn again (each redraw of a table
    of 39 sources cost the return 20-40 ms); a new theme still repaints every row."""
    app = CompareApp(story)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = table_of(app)
        await pilot.press("down", "enter")
        await pilot.pause()
        drawn: list[int] = []
        row = CoverageTable._row
        monkeypatch.setattr(CoverageTable, "_row", lambda self, index, width: (
            drawn.append(index) or row(self, index, width)))
        for back in ("escape", "b"):
            await pilot.press(back)
            await pilot.pause()
            assert app.screen.query_one(CoverageTable) is table
            assert drawn == []
            await pilot.press("enter")
            await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await pilot.pause()
        assert sorted(set(drawn)) == list(range(len(table.rows)))


async def test_two_marked_columns_open_side_by_side(story: Comparison) -> None:
    app = CompareApp(story)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = table_of(app)
        await pilot.press("right", "right", "space")
        assert table.marked == 2
        assert "marked: C" in str(app.screen.query_one("#coverage-source").render())
        await pilot.press("right", "down", "down", "enter")  # Betty Ford: in D, not in C
        await pilot.pause()
        assert app.shown == (2, 3)
        fact = app.view.facts_by_id[app.cursor.fact[0]]
        assert fact.label == "Betty Ford"
        assert 3 in fact.docs and 2 not in fact.docs
        assert app.cursor.side == 1  # the fact is only in the right one of the two
        assert app.query_one(AlignedView).is_visible(app.cursor.side, app.cursor.sentence)


async def test_a_click_selects_a_cell_and_a_second_click_opens_it(story: Comparison) -> None:
    app = CompareApp(story)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = table_of(app)
        label_width, cell_width, _ = table.layout()
        x = label_width + 8 + 4 + 3 * cell_width + 1  # the fourth source, D
        y = len(HEADINGS) + 2
        offset = table.region.offset
        await pilot.click(offset=(offset.x + x, offset.y + y))
        assert (table.row, table.column) == (2, 3)
        await pilot.click(offset=(offset.x + x, offset.y + y))
        await pilot.pause()
        assert not isinstance(app.screen, CoverageScreen)
        assert 3 in app.shown


async def test_news_text_is_never_read_as_markup() -> None:
    texts = [t for _, t in STORY[:3]]
    texts[0] = ("[bold]Lindsay Lohan[/bold] checked into [Betty Ford Center] on Thursday. "
                + texts[0])
    docs = [build_document(c, f"[{c}]", c, t) for c, t in zip("ABC", texts, strict=True)]
    app = CompareApp(compare_documents(docs))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = table_of(app)
        while table.current_row and "[bold]" not in detail(app):
            if table.row == len(table.rows) - 1:
                break
            await pilot.press("down")
        assert "[bold]Lindsay Lohan[/bold] checked into [Betty Ford Center]" in detail(app)
        assert "[A]" in str(app.screen.query_one("#coverage-source").render())


async def test_help_lists_the_table_keys(story: Comparison) -> None:
    app = CompareApp(story)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        keys = str(app.screen.query_one("#help-keys").render())
        assert "Mark this column as one of two to compare" in keys
        assert "b (pair view)" in keys
        await pilot.press("escape")
        assert isinstance(app.screen, CoverageScreen)


async def test_a_new_threshold_refreshes_the_table(story: Comparison) -> None:
    app = CompareApp(story)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("plus")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("b")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CoverageScreen)
        assert screen.comparison is app.comparison
        assert app.comparison.threshold == pytest.approx(story.threshold + 0.05)


def test_o_steps_through_every_pair_of_documents_without_listing_them() -> None:
    order = [(0, 1)]
    while len(order) < 11:
        order.append(next_documents(order[-1], 5))
    assert order[:10] == [(a, b) for a in range(5) for b in range(a + 1, 5)]
    assert order[10] == (0, 1)
    assert next_documents((2, 0), 3) == (1, 2)  # a pair opened from the table, right first


async def test_the_pair_view_counts_the_two_documents_shown(story: Comparison) -> None:
    """Opened from the table, the pair's summary counts that pair, not the whole story."""
    app = CompareApp(story)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("4", "enter")
        await pilot.pause()
        counts = str(app.query_one("#counts").render())
        both = [f for f in story.facts if 0 in f.docs and 1 in f.docs]
        shared = sum(1 for f in both if f.status is Status.SHARED)
        pairs = sum(1 for a in story.alignments if {a.left_doc, a.right_doc} == {0, 1})
        assert counts.startswith(f"{shared} facts both report · 1 only in A of all 4 · "
                                 f"2 only in B of all 4 · 1 disagreements · {pairs} aligned")
        assert pairs < len(story.alignments)


def footer_keys(app: CompareApp) -> dict[str, bool]:
    """The keys the current screen's footer shows, each with whether it is enabled."""
    from textual.widgets._footer import FooterKey

    return {key.description: not key.disabled for key in app.screen.query(FooterKey)}


async def test_each_footer_shows_its_screens_keys_enabled_after_every_switch(
    story: Comparison,
) -> None:
    """The footers keep their keys across switches (they are not rebuilt when the keys are the
    same): after each switch, the screen shown lists its own keys, all enabled."""
    app = CompareApp(story)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table_keys = footer_keys(app)
        assert table_keys["Pair view"] and table_keys["Mark"] and all(table_keys.values())
        for back in ("b", "escape", "b"):
            await pilot.press("enter")
            await pilot.pause()
            pair_keys = footer_keys(app)
            assert "Pair view" not in pair_keys
            assert len(pair_keys) > 5 and all(pair_keys.values()), pair_keys
            await pilot.press(back)
            await pilot.pause()
            assert footer_keys(app) == table_keys
        await pilot.press("question_mark")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert footer_keys(app) == table_keys
