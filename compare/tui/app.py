"""The interactive view of a comparison: ``CompareApp`` and ``run_tui``.

The app never reads files: it is given a ``Comparison`` and, to change the alignment threshold, a
``recompute(threshold)`` callable that it runs in a thread worker so the screen never freezes.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Input, Static
from textual.worker import Worker, WorkerState, get_current_worker

from ..model import Comparison, Status
from ..reading import shown
from . import cursor as moves
from .columns import AlignedView, ArticleRows, ReadingColumn
from .coverage_screen import CoverageScreen
from .cursor import ALIGNED, READING, Cursor
from .details import describe, describe_fact
from .export import default_report_path, write_report
from .facts_panel import FactsPanel, FactsTable
from .footer import KeysFooter
from .header import SummaryHeader
from .help import HelpScreen
from .keys import BINDINGS, system_commands
from .panes import AlignedPane, ReadingPane
from .search import SearchBar
from .state import View

Recompute = Callable[[float], Comparison]
THRESHOLD_STEP = 0.05


FULL_COLLECTION_EVERY = 100
"""Middle-generation collections between two full ones (Python's default is 10)."""


class CompareApp(App[int]):
    """Two articles side by side, their facts marked, their matching sentences paired; with
    three or more, the coverage table first (``CoverageScreen``), from which a pair opens."""

    CSS_PATH = "app.tcss"
    TITLE = "compare-news"
    BINDINGS: ClassVar[list[BindingType]] = BINDINGS

    def __init__(
        self,
        comparison: Comparison,
        *,
        recompute: Recompute | None = None,
        report_path: Path | None = None,
    ) -> None:
        if len(comparison.documents) < 2:
            raise ValueError("a comparison needs at least two documents to show")
        super().__init__()
        self.comparison = comparison
        self.recompute = recompute or _engine_recompute(comparison)
        self.report_path = report_path
        self.shown = (0, 1)
        self.view = View(comparison, self.shown)
        self.cursor = Cursor()
        self.layout_name = ALIGNED
        self.target_threshold = comparison.threshold

    # -- composition ------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield SummaryHeader(id="summary")
        with ContentSwitcher(initial="aligned-pane", id="panes"):
            yield AlignedPane(id="aligned-pane")
            yield ReadingPane(id="reading-pane")
        yield FactsPanel(id="facts")
        yield Static(id="details")
        yield SearchBar(id="search")
        yield KeysFooter(compact=True)

    def on_mount(self) -> None:
        self.query_one(FactsPanel).display = False
        self.query_one(SearchBar).display = False
        self.show_view()
        self.query_one("#aligned").focus()
        if self.many:
            self.install_screen(CoverageScreen(self.comparison), "coverage")
            self.push_screen("coverage")
        self.call_after_refresh(self.freeze_heap, collect=True)
        self.call_after_refresh(self.prepare_reading)

    @property
    def many(self) -> bool:
        """Three or more documents: the coverage table is the first screen."""
        return len(self.comparison.documents) > 2

    def freeze_heap(self, collect: bool = False) -> None:
        """Exempt the comparison and its indexes from garbage collection.

        A long pair is a few hundred thousand objects that live as long as the app; without this,
        each full collection walks them all and a key press can stall for 100-200 ms.
        """
        if collect:
            gc.collect()
            young, middle, _ = gc.get_threshold()
            # a full collection 10x less often: between key presses, after each new pair,
            # the survivors are frozen instead (a full walk in a press cost it 35-60 ms)
            gc.set_threshold(young, middle, FULL_COLLECTION_EVERY)
        gc.freeze()

    def prepare_reading(self) -> None:
        self.query_one(ReadingPane).prepare(self.view, self.size.width)

    @property
    def columns(self) -> list[ArticleRows]:
        return list(self.query(ArticleRows))

    def show_view(self) -> None:
        """Paint everything for ``self.view`` (a new comparison or pair of documents)."""
        view = self.view
        self.query_one(SummaryHeader).show(view, self.layout_name)
        self.query_one(AlignedPane).show(view, self.cursor)
        self.query_one(ReadingPane).show(view, self.cursor)
        self.query_one(FactsPanel).show(view)
        self.call_after_refresh(self.reveal)
        self.update_details()

    # -- painting after a move --------------------------------------------------------------

    def refresh_view(self) -> None:
        """Repaint the columns, keep the cursor in sight, and rewrite the details."""
        for column in self.columns:
            column.repaint()
        self.reveal()
        self.update_details()

    def reveal(self) -> None:
        """Scroll the cursor sentence into view, and in the reading layout its partner too."""
        side, sentence = self.cursor.side, self.cursor.sentence
        if not self.view.docs[side].sentences:
            return
        if self.layout_name == ALIGNED:
            self.query_one(AlignedView).bring_into_view(side, sentence)
            return
        self.query_one(f"#reading-{side}", ReadingColumn).bring_into_view(side, sentence)
        partner = self.cursor.pair[1 - side] if self.cursor.pair else None
        if partner is None:
            partner = self.view.best_partner(side, sentence)
        if partner is not None:
            other = self.query_one(f"#reading-{1 - side}", ReadingColumn)
            other.bring_into_view(1 - side, partner)

    def update_details(self) -> None:
        self.query_one("#details", Static).update(describe(self.view, self.cursor))

    def go(self, side: int, sentence: int) -> None:
        """Move the cursor; the other side remembers the best partner."""
        self.cursor.go(side, sentence)
        best = self.view.best_partner(side, sentence)
        if best is not None:
            self.cursor.sentences[1 - side] = best
        self.refresh_view()

    # -- moving -----------------------------------------------------------------------------

    def action_move(self, delta: int) -> None:
        """Previous or next sentence of the current column, in display order."""
        self.cursor.match = None
        self.go(self.cursor.side, moves.step(self.view, self.layout_name, self.cursor, delta))

    def action_page(self, direction: int) -> None:
        """A screen's worth of rows up or down."""
        column = self.active_column()
        rows = direction * max(1, column.scrollable_content_region.height - 2)
        found = moves.page(self.view, self.layout_name, column.grid, self.cursor, rows)
        if found is not None:
            self.go(self.cursor.side, found)

    def action_edge(self, direction: int) -> None:
        """First or last sentence of the current column."""
        order = moves.order(self.view, self.layout_name, self.cursor.side)
        if order:
            self.go(self.cursor.side, order[0] if direction < 0 else order[-1])

    def action_switch_column(self) -> None:
        """Move to the other column: to the partner if there is one, else nearby."""
        if not isinstance(self.focused, ArticleRows):
            self.active_column().focus()
            return
        side = 1 - self.cursor.side
        grid = self.query_one(AlignedView).grid if self.layout_name == ALIGNED else None
        target = moves.across(self.view, grid, self.cursor)
        if target is None:
            return
        pair = self.cursor.pair
        self.go(side, target)
        self.cursor.pair = pair
        self.active_column().focus()
        self.update_details()

    def action_next_pair(self, direction: int) -> None:
        """Next or previous aligned pair, in the left article's order."""
        pair = moves.next_pair(self.view, self.cursor, direction)
        if pair is None:
            self.notify("No more aligned pairs this way." if self.view.pairs else
                        "No sentences are aligned at this threshold.")
            return
        self.go(0, pair.left)
        self.cursor.sentences[1] = pair.right
        self.cursor.pair = pair
        self.refresh_view()

    def action_next_marked(self, status: str) -> None:
        """Next sentence with a fact only its source reports (or with a disagreement)."""
        found = moves.next_marked(self.view, self.layout_name, self.cursor, Status(status))
        if found is None:
            what = "facts only one source reports" if status == "unique" else "disagreements"
            self.notify(f"No {what} in these two documents.")
            return
        self.go(*found)
        if self.layout_name == READING:
            self.active_column().focus()

    def active_column(self) -> ArticleRows:
        if self.layout_name == ALIGNED:
            return self.query_one(AlignedView)
        return self.query_one(f"#reading-{self.cursor.side}", ReadingColumn)

    @on(ArticleRows.SentenceClicked)
    def sentence_clicked(self, event: ArticleRows.SentenceClicked) -> None:
        self.cursor.match = None
        self.go(event.side, event.sentence)

    # -- layout, diff, facts ----------------------------------------------------------------

    def action_toggle_layout(self) -> None:
        """Aligned pairs side by side, or each article in its own order."""
        self.layout_name = READING if self.layout_name == ALIGNED else ALIGNED
        self.query_one(ContentSwitcher).current = f"{self.layout_name}-pane"
        self.query_one(SummaryHeader).show(self.view, self.layout_name)
        if not isinstance(self.focused, Input | FactsTable):
            self.active_column().focus()
        for column in self.columns:
            column.repaint()
        self.call_after_refresh(self.reveal)

    def action_toggle_diff(self) -> None:
        """Mark the words each side of a pair adds, drops or changes."""
        self.cursor.diff = not self.cursor.diff
        self.notify(f"Word differences {'on' if self.cursor.diff else 'off'}.", timeout=2)
        self.refresh_view()

    def action_toggle_facts(self) -> None:
        panel = self.query_one(FactsPanel)
        panel.display = not panel.display
        if panel.display:
            panel.rebuild()
            panel.table.focus()
        else:
            self.active_column().focus()
        self.call_after_refresh(self.reveal)

    def action_filter(self, name: str) -> None:
        """Show the facts panel with one filter: all, shared, only left/right, disagreements."""
        panel = self.query_one(FactsPanel)
        if not panel.display:
            panel.display = True
            panel.table.focus()
        panel.set_filter(name)

    @on(FactsPanel.Chosen)
    def fact_chosen(self, event: FactsPanel.Chosen) -> None:
        """Go to the fact's first mention; choosing it again goes to the next one."""
        found = moves.next_mention(self.view, self.cursor, event.fact_id)
        if found is None:
            self.notify("This fact is not mentioned in the two documents shown.")
            return
        side, sentence, index = found
        self.go(side, sentence)
        self.cursor.fact = (event.fact_id, index)
        self.refresh_view()

    @on(FactsPanel.Highlighted)
    def fact_highlighted(self, event: FactsPanel.Highlighted) -> None:
        fact = self.view.facts_by_id[event.fact_id]
        same = self.cursor.fact is not None and self.cursor.fact[0] == fact.id
        mention = self.cursor.fact[1] if same and self.cursor.fact else 0
        self.query_one("#details", Static).update(describe_fact(self.view, fact, mention))

    # -- search -----------------------------------------------------------------------------

    def action_search(self) -> None:
        self.query_one(SearchBar).open()

    @on(Input.Changed, "#search")
    def search_changed(self, event: Input.Changed) -> None:
        self.apply_search(event.value)

    def apply_search(self, query: str) -> None:
        """Highlight every match of the query in both articles."""
        self.cursor.query, self.cursor.match = query, None
        self.cursor.matches = self.query_one(SearchBar).matches(self.view, query)
        for column in self.columns:
            column.repaint()

    @on(Input.Submitted, "#search")
    def search_next(self, _event: Input.Submitted) -> None:
        """Go to the next match."""
        found = moves.next_match(self.cursor, self.view)
        if found is None:
            self.notify("No match.", timeout=2)
            return
        side, index = found
        self.go(side, self.view.sentence_at(side, self.cursor.matches[side][index][0]))
        self.cursor.match = found

    def action_close(self) -> None:
        """Escape: close the search bar (clearing its marks) or leave the facts table; with
        neither open and three or more documents, back to the coverage table."""
        search = self.query_one(SearchBar)
        if self.many and not search.display and not isinstance(self.focused, FactsTable):
            self.action_coverage()
            return
        search.close()
        self.active_column().focus()

    # -- the coverage table (three or more documents) ---------------------------------------

    def open_pair(self, shown: tuple[int, int], fact_id: str) -> None:
        """From the coverage table: these two documents side by side, at the fact's first
        mention (in the left one when it reports the fact)."""
        if isinstance(self.screen, CoverageScreen):
            self.pop_screen()
        if shown != self.shown:
            self.show_documents(shown)
        found = moves.next_mention(self.view, Cursor(), fact_id)
        if found is None:
            return
        side, sentence, index = found
        self.go(side, sentence)
        self.cursor.fact = (fact_id, index)
        self.refresh_view()
        self.call_after_refresh(self.reveal)

    def action_coverage(self) -> None:
        """Back to the coverage table, where its cursor was."""
        if self.many and not isinstance(self.screen, CoverageScreen):
            self.push_screen("coverage")

    # -- threshold, export, documents, help -------------------------------------------------

    def action_threshold(self, steps: int) -> None:
        """Raise or lower the alignment threshold; pairs are recomputed off the UI thread."""
        target = round(min(1.0, max(0.0, self.target_threshold + steps * THRESHOLD_STEP)), 2)
        if target == self.target_threshold:
            self.notify(f"The threshold is already {target:.2f}.", timeout=2)
            return
        self.target_threshold = target
        self.query_one(SummaryHeader).busy(True)
        self.recompute_pairs(target)

    @work(thread=True, exclusive=True, group="recompute", exit_on_error=False)
    def recompute_pairs(self, threshold: float) -> None:
        comparison = self.recompute(threshold)
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self.apply_comparison, comparison)

    def apply_comparison(self, comparison: Comparison) -> None:
        """Show a recomputed comparison, keeping the reader's place."""
        self.comparison = comparison
        self.view = View(comparison, self.shown)
        if self.cursor.pair not in self.view.pairs:
            self.cursor.pair = None
        self.cursor.fact = None  # fact ids are numbered afresh by each comparison
        self.query_one(SummaryHeader).busy(False)
        self.show_view()
        if self.many:
            coverage_screen = self.get_screen("coverage")
            assert isinstance(coverage_screen, CoverageScreen)
            coverage_screen.show(comparison)
        self.call_after_refresh(self.freeze_heap)
        self.call_after_refresh(self.prepare_reading)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "recompute" and event.state is WorkerState.ERROR:
            self.target_threshold = self.comparison.threshold
            self.query_one(SummaryHeader).busy(False)
            self.notify(f"Recomputing failed: {event.worker.error}", severity="error",
                        markup=False)

    def action_export(self) -> None:
        """Write the text report beside the first input (or to ``report_path``)."""
        path = self.report_path or default_report_path(self.comparison)
        try:
            write_report(self.comparison, path)
        except ImportError:
            self.notify("The text report is not available.", severity="error")
            return
        except OSError as error:
            self.notify(f"Could not write {shown(str(path))}: {error.strerror or error}",
                        severity="error", markup=False)
            return
        self.notify(f"Report written to {shown(str(path))}", title="Exported", markup=False)

    def action_other_documents(self) -> None:
        """With three or more documents: show the next pair of them."""
        self.show_documents(next_documents(self.shown, len(self.comparison.documents)))

    def show_documents(self, shown: tuple[int, int]) -> None:
        self.shown = shown
        self.view = View(self.comparison, shown)
        self.cursor = Cursor(diff=self.cursor.diff)
        self.show_view()
        self.apply_search(self.query_one(SearchBar).value)
        # the new pair's view and rows live until another pair: out of the collector's walks
        # (a full collection over them stalled a later key press by 50-60 ms)
        self.call_after_refresh(self.freeze_heap)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """No article keys while help or the palette is open; ``o`` only with 3+ documents."""
        if len(self.screen_stack) > 1 and action != "quit":
            return False
        if action in ("other_documents", "coverage"):
            return self.many
        return True

    def action_help(self) -> None:
        self.push_screen(HelpScreen(Binding.make_bindings(self.BINDINGS)))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield from system_commands(self)


def next_documents(shown: tuple[int, int], count: int) -> tuple[int, int]:
    """The pair of documents after ``shown`` in the order (0, 1), (0, 2) ... (1, 2) ...,
    wrapping round; counted, not listed (200 documents make 19,900 pairs)."""
    a, b = min(shown), max(shown)
    if b + 1 < count:
        return a, b + 1
    if a + 2 < count:
        return a + 1, a + 2
    return 0, 1


def _engine_recompute(comparison: Comparison) -> Recompute:
    """Without a recompute callable: the engine again, on the same documents (no aliases)."""
    from ..engine import compare_documents

    return lambda threshold: compare_documents(list(comparison.documents), threshold=threshold)


def run_tui(
    comparison: Comparison, recompute: Recompute | None = None, report_path: Path | None = None
) -> int:
    """Run the app until the reader quits; the exit status for the command line."""
    app = CompareApp(comparison, recompute=recompute, report_path=report_path)
    app.run()
    return app.return_code or 0


def demo() -> None:
    """Open the two seed articles (for trying the app from a checkout)."""
    from .seeds import seed_comparison

    comparison, recompute = seed_comparison()
    raise SystemExit(run_tui(comparison, recompute))
