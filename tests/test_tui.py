"""The Textual view, driven with Pilot on the seed articles (and a few small made-up ones).

Expected numbers come from the Comparison itself, never from constants, so these tests keep
passing while the engine's scores change.
"""

from __future__ import annotations

import ast
import contextlib
from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.worker import WorkerFailed

from compare.engine import build_document, compare_documents
from compare.model import Comparison, Status
from compare.tui.app import CompareApp
from compare.tui.columns import AlignedView, ReadingColumn
from compare.tui.coverage_screen import CoverageScreen
from compare.tui.export import default_report_path
from compare.tui.facts_panel import FactsPanel
from compare.tui.help import HelpScreen
from compare.tui.layout import aligned_layout, reading_layout, wrap
from compare.tui.seeds import seed_comparison
from compare.tui.state import View
from compare.tui.theme import component_style

SIZE = (160, 48)
ROOT = Path(__file__).resolve().parents[1]
BOASTED = "boasted of ousting eight Conservative MPs"
KICKED = "we kicked out 8 MPs"


@pytest.fixture(autouse=True)
def plain_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Colour on (NO_COLOR would swap in a monochrome filter) and no theme from outside."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TEXTUAL_THEME", raising=False)


@pytest.fixture(scope="module")
def seeds() -> tuple[Comparison, object]:
    return seed_comparison()


def make_app(comparison: Comparison, **options: object) -> CompareApp:
    app = CompareApp(comparison, **options)  # type: ignore[arg-type]
    app.theme = "textual-dark"
    return app


def text_of(app: CompareApp, selector: str) -> str:
    return str(app.query_one(selector).render())


def sentence_with(view: View, side: int, words: str) -> int:
    doc = view.docs[side]
    return next(i for i in range(len(doc.sentences)) if words in doc.sentence_text(i))


async def test_opens_on_the_seeds_with_the_summary_counts(seeds) -> None:
    comparison, recompute = seeds
    async with make_app(comparison, recompute=recompute).run_test(size=SIZE) as pilot:
        await pilot.pause()
        counts = text_of(pilot.app, "#counts")
        shared = len(comparison.facts_with(Status.SHARED))
        assert f"{shared} shared facts" in counts
        assert f"{len(comparison.unique_to(0))} only in A" in counts
        assert f"{len(comparison.unique_to(1))} only in B" in counts
        assert f"{len(comparison.facts_with(Status.CONFLICT))} disagreements" in counts
        assert f"{len(comparison.alignments)} aligned sentence pairs" in counts
        sources = text_of(pilot.app, "#sources")
        assert "the-national-mpacuk" in sources and "pendle-mpacuk" in sources
        assert "Legend" in text_of(pilot.app, "#legend")


async def test_n_reaches_the_boasted_pair_and_the_details_name_it(seeds) -> None:
    comparison, recompute = seeds
    app = make_app(comparison, recompute=recompute)
    async with app.run_test(size=SIZE) as pilot:
        view = app.view
        left, right = sentence_with(view, 0, BOASTED), sentence_with(view, 1, KICKED)
        assert any(p.left == left and p.right == right for p in view.pairs)
        for _ in range(len(view.pairs)):
            await pilot.press("n")
            pair = app.cursor.pair
            if pair is not None and (pair.left, pair.right) == (left, right):
                break
        pair = app.cursor.pair
        assert pair is not None and (pair.left, pair.right) == (left, right)
        details = text_of(app, "#details")
        assert f"A{left + 1}" in details and f"B{right + 1}" in details
        assert BOASTED in details and KICKED in details
        assert f"score {pair.score:.2f}" in details
        assert app.query_one(AlignedView).is_visible(0, left)
        assert app.query_one(AlignedView).is_visible(1, right)


async def test_f_then_2_lists_only_shared_facts(seeds) -> None:
    comparison, recompute = seeds
    app = make_app(comparison, recompute=recompute)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f")
        panel = app.query_one(FactsPanel)
        assert panel.display and len(panel.fact_ids) == len(comparison.facts)
        await pilot.press("2")
        await pilot.pause()
        shared = [f.id for f in comparison.facts_with(Status.SHARED)]
        assert panel.fact_ids == shared
        first_row = panel.table.render_line(0).text
        assert comparison.fact(shared[0]).label in first_row and "shared" in first_row
        await pilot.press("enter")
        fact = comparison.fact(shared[0])
        assert app.cursor.fact == (fact.id, 0)
        first = fact.mentions[0]
        assert (app.cursor.side, app.cursor.sentence) == (first.doc, first.sentence)
        await pilot.press("enter")
        assert app.cursor.fact == (fact.id, 1)


async def test_m_switches_layouts_and_brings_the_partner_into_view(seeds) -> None:
    comparison, recompute = seeds
    app = make_app(comparison, recompute=recompute)
    async with app.run_test(size=SIZE) as pilot:
        # the pair whose right sentence lies furthest down its column
        target = max(app.view.pairs, key=lambda p: (p.right, p.left))
        while app.cursor.pair != target:
            await pilot.press("n")
        await pilot.press("m")
        await pilot.pause()
        assert app.layout_name == "reading"
        left = app.query_one("#reading-0", ReadingColumn)
        right = app.query_one("#reading-1", ReadingColumn)
        assert left.display and right.display
        assert left.is_visible(0, target.left)
        assert right.is_visible(1, target.right)
        assert "◆" in "".join(right.render_line(y).text for y in range(right.size.height))
        await pilot.press("down")
        await pilot.pause()
        best = app.view.best_partner(0, app.cursor.sentence)
        assert best is None or right.is_visible(1, best)
        await pilot.press("m")
        assert app.layout_name == "aligned"


async def test_plus_recomputes_the_pairs_in_a_worker(seeds) -> None:
    comparison, recompute = seeds
    app = make_app(comparison, recompute=recompute)
    async with app.run_test(size=SIZE) as pilot:
        before = len(app.view.pairs)
        await pilot.press("plus")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert app.comparison.threshold == pytest.approx(comparison.threshold + 0.05)
        assert len(app.view.pairs) != before
        assert f"{len(app.comparison.alignments)} aligned sentence pairs" in text_of(app, "#counts")
        assert f"threshold {comparison.threshold + 0.05:.2f}" in text_of(app, "#sources")
        await pilot.press("minus")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert len(app.view.pairs) == before


async def test_e_writes_the_report(seeds, tmp_path: Path) -> None:
    from compare.report.text import render

    comparison, recompute = seeds
    target = tmp_path / "seeds.compare.txt"
    app = make_app(comparison, recompute=recompute, report_path=target)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await pilot.pause()
    assert target.read_text(encoding="utf-8") == render(comparison)
    assert list(tmp_path.iterdir()) == [target]


def test_the_default_report_goes_beside_the_first_input(seeds) -> None:
    comparison, _ = seeds
    first = Path(comparison.documents[0].source)
    assert default_report_path(comparison) == first.with_name(f"{first.stem}.compare.txt")
    doc = build_document("A", "stdin", "-", "One sentence here. Another one there.")
    other = build_document("B", "b", "b.txt", "One sentence here.")
    from_stdin = compare_documents([doc, other])
    assert default_report_path(from_stdin) == Path.cwd() / "stdin.compare.txt"


async def test_slash_searches_both_articles(seeds) -> None:
    comparison, recompute = seeds
    app = make_app(comparison, recompute=recompute)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        assert app.focused is app.query_one("#search")
        await pilot.press(*"whatsapp")
        await pilot.pause()
        left, right = app.cursor.matches
        assert left and right
        await pilot.press("enter")
        side, sentence = app.cursor.side, app.cursor.sentence
        assert "whatsapp" in app.view.docs[side].sentence_text(sentence).casefold()
        visited = {(side, sentence)}
        for _ in range(len(left) + len(right)):
            await pilot.press("enter")
            visited.add((app.cursor.side, app.cursor.sentence))
        assert {s for s, _ in visited} == {0, 1}
        await pilot.press("escape")
        assert not app.query_one("#search").display and app.cursor.matches == ([], [])


async def test_question_mark_opens_the_help(seeds) -> None:
    comparison, recompute = seeds
    app = make_app(comparison, recompute=recompute)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        keys = str(app.screen.query_one("#help-keys").render())
        for description in ("Next aligned pair", "Raise the alignment threshold", "Search"):
            assert description in keys
        await pilot.press("n")  # the article keys wait while the help is open
        assert app.cursor.pair is None
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


async def test_moves_tab_diff_only_here_and_clicks(seeds) -> None:
    comparison, recompute = seeds
    app = make_app(comparison, recompute=recompute)
    async with app.run_test(size=SIZE) as pilot:
        view = app.view
        await pilot.press("j", "j", "k")
        assert (app.cursor.side, app.cursor.sentence) == (0, 1)
        await pilot.press("tab")
        assert app.cursor.side == 1
        assert app.cursor.sentence == view.best_partner(0, 1)
        await pilot.press("tab", "u")
        side, sentence = app.cursor.side, app.cursor.sentence
        marks = view.sentence_facts[side][sentence]
        assert any(m.status is Status.UNIQUE for m in marks)
        await pilot.press("d")
        assert app.cursor.diff
        pair = view.pairs[0]
        assert view.diff_spans(0, pair.left) or view.diff_spans(1, pair.right)
        # a click on the first row of the left column selects the first sentence
        await pilot.click(AlignedView, offset=(5, 0))
        await pilot.pause()
        assert (app.cursor.side, app.cursor.sentence) == (0, 0)


async def test_article_text_is_never_read_as_markup() -> None:
    texts = (
        "The [b]mayor[/b] said [x] 40 homes were lost on Monday. Officials met later.",
        "Officials said 40 homes were lost [1] on Monday, the [b]mayor[/b] added.",
    )
    docs = [build_document(i, i.lower(), f"{i}.txt", t) for i, t in zip("AB", texts, strict=True)]
    app = make_app(compare_documents(docs))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        column = app.query_one(AlignedView)
        screen = "".join(column.render_line(y).text for y in range(6))
        assert "[b]mayor[/b] said [x]" in screen
        assert "[1]" in screen


async def test_three_documents_show_two_and_say_so(seeds) -> None:
    """Three documents open on the coverage table; Enter shows two of them side by side."""
    comparison, _ = seeds
    third = build_document("C", "third", "c.txt", "Boris Johnson spoke in Pendle on Monday.")
    three = compare_documents([*comparison.documents, third])
    app = make_app(three)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, CoverageScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert app.shown == (0, 1)
        assert "2 of 3 documents" in text_of(app, "#sources")
        await pilot.press("o")
        assert app.shown == (0, 2)
        assert "third" in text_of(app, "#sources")


async def test_marks_keep_a_cue_without_colour(seeds) -> None:
    comparison, _ = seeds
    async with make_app(comparison).run_test(size=SIZE) as pilot:
        column = pilot.app.query_one(AlignedView)
        assert component_style(column, "compare--shared").underline
        assert component_style(column, "compare--unique").bold
        assert component_style(column, "compare--conflict").reverse
        assert component_style(column, "compare--diff").italic


def test_wrap_keeps_every_character_and_the_width() -> None:
    text = "A controversial UK-based group – “kick out” – targets 14 seats, says the 東京 desk."
    for source in (text, text.encode("ascii", "replace").decode()):
        for width in (2, 5, 12, 30, 200):
            lines = wrap(source, 0, len(source), width)
            assert lines[0][0] == 0 and lines[-1][1] == len(source)
            assert all(a[1] == b[0] for a, b in zip(lines, lines[1:], strict=False))
            assert all(cell_len(source[a:b].rstrip()) <= width for a, b in lines)
            words = [w for a, b in lines for w in source[a:b].split()]
            assert len(words) >= len(source.split())


def test_each_sentence_is_laid_out_once(seeds) -> None:
    comparison, _ = seeds
    view = View(comparison)
    grid = aligned_layout(view, 157)
    for side in (0, 1):
        spans = [grid.sentence_span(side, i) for i in range(len(view.docs[side].sentences))]
        assert all(span is not None for span in spans)
        rows = [r for span in spans for r in range(span[0], span[1] + 1)]  # type: ignore[index]
        assert len(rows) == len(set(rows))
    # right sentences aligned to nothing come last, in their own order
    aligned_right = {p.right for p in view.pairs}
    order = view.aligned_order[1]
    tail = [s for s in order if s not in aligned_right]
    assert order[-len(tail):] == sorted(tail)
    reading = reading_layout(view, 1, 78)
    assert all(reading.sentence_span(1, i) for i in range(len(view.docs[1].sentences)))


def test_nothing_outside_the_tui_imports_it() -> None:
    for path in (ROOT / "compare").rglob("*.py"):
        if "tui" in path.relative_to(ROOT / "compare").parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:  # top level only: cli.py imports the view inside a function
            if isinstance(node, ast.ImportFrom):
                assert "tui" not in (node.module or "").split("."), path
            if isinstance(node, ast.Import):
                assert not any("tui" in a.name.split(".") for a in node.names), path


def test_the_tui_never_imports_the_command_line() -> None:
    """No cli <-> tui circle: the view gets the seed paths from ``reading``."""
    for path in (ROOT / "compare" / "tui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                assert (node.module or "").split(".")[-1] != "cli", path
            if isinstance(node, ast.Import):
                assert not any(a.name.split(".")[-1] == "cli" for a in node.names), path


async def test_the_palette_offers_the_main_actions(seeds) -> None:
    comparison, recompute = seeds
    app = make_app(comparison, recompute=recompute)
    async with app.run_test(size=SIZE) as pilot:
        titles = {c.title for c in app.get_system_commands(app.screen)}
        for title in ("Next aligned pair", "Facts panel", "Export text report", "Help"):
            assert title in titles
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"facts panel")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.query_one(FactsPanel).display


async def test_a_failing_recompute_is_reported_and_the_view_kept(seeds) -> None:
    comparison, _ = seeds

    def broken(threshold: float) -> Comparison:
        raise RuntimeError("engine down")

    app = make_app(comparison, recompute=broken)
    told: list[str] = []
    notify = app.notify

    def remember(message: str, **options: object) -> None:
        told.append(message)
        notify(message, **options)  # type: ignore[arg-type]

    app.notify = remember  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("plus")
        # the worker's failure is re-raised to whoever waits for it once it has run (on a busy
        # machine it has by now), and only reported to the app otherwise
        with contextlib.suppress(WorkerFailed):
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert app.comparison is comparison
        assert app.target_threshold == comparison.threshold
        assert not app.query_one("#busy").display
        assert any("engine down" in message for message in told)


async def test_a_disagreement_shows_both_values_with_their_sources() -> None:
    texts = (
        "The fire destroyed 40 homes in Paradise on Monday, officials said. The mayor spoke.",
        "The fire destroyed 45 homes in Paradise on Monday, officials said. Rain is expected.",
    )
    docs = [
        build_document(i, f"paper-{i.lower()}", f"{i}.txt", t)
        for i, t in zip("AB", texts, strict=True)
    ]
    comparison = compare_documents(docs)
    conflicts = comparison.facts_with(Status.CONFLICT)
    assert conflicts, "the engine no longer sees 40 vs 45 homes as a disagreement"
    app = make_app(comparison)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        assert app.cursor.sentence == conflicts[0].mentions[0].sentence
        details = text_of(app, "#details")
        for doc, value in conflicts[0].values:
            assert f"{value} ({comparison.documents[doc].label})" in details
        await pilot.press("5", "enter")
        details = text_of(app, "#details")
        assert "Values:" in details and "paper-a" in details and "paper-b" in details


async def test_column_titles_show_each_source_outlet_and_publication_date() -> None:
    docs = [
        build_document("A", "wire", "a.txt", "Police said 12 people were hurt in Leeds.",
                       published="2013-09-10", outlet="Reuters"),
        build_document("B", "paper", "b.txt", "Twelve people were injured in Leeds, police said.",
                       published="2013-09-11"),
    ]
    app = make_app(compare_documents(docs))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        titles = text_of(app, "#titles")
        assert "wire · 1 sentences · Reuters · 2013-09-10" in titles
        assert "paper · 1 sentences · 2013-09-11" in titles
