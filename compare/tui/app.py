"""The interactive view of a comparison: ``CompareApp`` and ``run_tui``.

The app never reads files: it is given a ``Comparison`` and, to change the alignment threshold, a
``recompute(threshold)`` callable that it runs in a thread worker so the screen never freezes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Footer, Input, Static
from textual.worker import Worker, WorkerState, get_current_worker

from ..model import Comparison, Status
from . import cursor as moves
from .columns import AlignedView, ArticleRows, ReadingColumn
from .cursor import ALIGNED, READING, Cursor
from .details import describe, describe_fact
from .facts_panel import FILTERS, FactsPanel
from .header import ColumnTitles, SummaryHeader, reading_title
from .help import HelpScreen
from .state import View, find_matches

Recompute = Callable[[float], Comparison]
THRESHOLD_STEP = 0.05


def default_report_path(comparison: Comparison) -> Path:
    """``<first input stem>.compare.txt`` beside the first input; for stdin, in the cwd."""
    first = comparison.documents[0]
    if first.source in ("", "-", "stdin"):
        return Path.cwd() / "stdin.compare.txt"
    source = Path(first.source)
    return source.with_name(f"{source.stem}.compare.txt")


class CompareApp(App[int]):
    """Two articles side by side, their facts marked, their matching sentences paired."""

    CSS_PATH = "app.tcss"
    TITLE = "compare-news"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("down,j", "move(1)", "Next sentence", show=False),
        Binding("up,k", "move(-1)", "Previous sentence", show=False),
        Binding("tab", "switch_column", "Column", priority=True, tooltip="Switch column"),
        Binding("n", "next_pair(1)", "Next pair", tooltip="Next aligned pair"),
        Binding("p", "next_pair(-1)", "Prev pair", tooltip="Previous aligned pair"),
        Binding("u", "next_marked('unique')", "Only-here", tooltip="Next sentence with a fact "
                "only its source reports"),
        Binding("c", "next_marked('conflict')", "Conflict", tooltip="Next disagreement"),
        Binding("m", "toggle_layout", "Layout", tooltip="Aligned or reading layout"),
        Binding("f", "toggle_facts", "Facts", tooltip="Show or hide the facts panel"),
        Binding("d", "toggle_diff", "Diff", tooltip="Word differences inside pairs on/off"),
        Binding("slash", "search", "Search", key_display="/", tooltip="Search both articles"),
        Binding("plus,equals_sign", "threshold(1)", "Thr+", key_display="+",
                tooltip="Raise the alignment threshold by 0.05"),
        Binding("minus", "threshold(-1)", "Thr-", key_display="-",
                tooltip="Lower the alignment threshold by 0.05"),
        Binding("e", "export", "Export", tooltip="Write the text report next to the first input"),
        Binding("o", "other_documents", "Docs", tooltip="Show the next pair of documents"),
        Binding("escape", "close", "Close", show=False),
        *(Binding(str(k), f"filter('{name}')", show=False) for k, name in enumerate(FILTERS, 1)),
    ]

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
            with Vertical(id="aligned-pane"):
                yield ColumnTitles(id="titles")
                yield AlignedView(id="aligned")
            with Horizontal(id="reading-pane"):
                for side in (0, 1):
                    with Vertical(classes="reading-side"):
                        yield Static(id=f"reading-title-{side}", classes="reading-title")
                        yield ReadingColumn(side, id=f"reading-{side}")
        yield FactsPanel(id="facts")
        yield Static(id="details")
        yield Input(id="search", placeholder="Search both articles · enter: next match · "
                    "escape: close")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(FactsPanel).display = False
        self.query_one("#search").display = False
        self.show_view()
        self.query_one("#aligned").focus()

    @property
    def columns(self) -> list[ArticleRows]:
        return list(self.query(ArticleRows))

    def show_view(self) -> None:
        """Paint everything for ``self.view`` (a new comparison or pair of documents)."""
        view = self.view
        self.query_one(SummaryHeader).show(view, self.layout_name)
        self.query_one(ColumnTitles).show(view)
        for side in (0, 1):
            self.query_one(f"#reading-title-{side}", Static).update(reading_title(view, side))
        for column in self.columns:
            column.show(view, self.cursor)
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
        partners = sorted(self.cursor.partners(self.view))
        if partners:
            other = self.query_one(f"#reading-{1 - side}", ReadingColumn)
            other.bring_into_view(1 - side, partners[0])

    def update_details(self) -> None:
        self.query_one("#details", Static).update(describe(self.view, self.cursor))

    def go(self, side: int, sentence: int) -> None:
        """Move the cursor; the other side remembers the first partner, for tab."""
        self.cursor.go(side, sentence)
        partners = self.view.partner_sentences(side, sentence)
        if partners:
            self.cursor.sentences[1 - side] = min(partners)
        self.refresh_view()

    # -- moving -----------------------------------------------------------------------------

    def action_move(self, delta: int) -> None:
        """Previous or next sentence of the current column, in display order."""
        self.cursor.match = None
        self.go(self.cursor.side, moves.step(self.view, self.layout_name, self.cursor, delta))

    def action_page(self, direction: int) -> None:
        """A screen's worth of rows up or down."""
        column = self.active_column()
        rows = column.rows_of(self.cursor.side, self.cursor.sentence)
        grid = column.grid
        if rows is None or grid is None:
            return
        target = rows[0] + direction * max(1, column.scrollable_content_region.height - 2)
        found = moves.near_row(self.view, self.layout_name, grid, self.cursor.side, target)
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
        partners = sorted(self.cursor.partners(self.view))
        target = partners[0] if partners else self.cursor.sentences[side]
        if not partners and self.layout_name == ALIGNED:
            aligned = self.query_one(AlignedView)
            rows = aligned.rows_of(self.cursor.side, self.cursor.sentence)
            grid = aligned.grid
            if rows is not None and grid is not None:
                near = moves.near_row(self.view, ALIGNED, grid, side, rows[0])
                target = near if near is not None else target
        if not self.view.docs[side].sentences:
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
        if not isinstance(self.focused, Input | FactsPanel):
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
        fact = self.view.facts_by_id[event.fact_id]
        mentions = moves.shown_mentions(self.view, fact)
        if not mentions:
            self.notify("This fact is not mentioned in the two documents shown.")
            return
        index = 0
        if self.cursor.fact is not None and self.cursor.fact[0] == fact.id:
            index = (self.cursor.fact[1] + 1) % len(mentions)
        side, mention = mentions[index]
        self.go(side, mention.sentence)
        self.cursor.fact = (fact.id, index)
        self.refresh_view()

    @on(FactsPanel.Highlighted)
    def fact_highlighted(self, event: FactsPanel.Highlighted) -> None:
        fact = self.view.facts_by_id[event.fact_id]
        same = self.cursor.fact is not None and self.cursor.fact[0] == fact.id
        mention = self.cursor.fact[1] if same and self.cursor.fact else 0
        self.query_one("#details", Static).update(describe_fact(self.view, fact, mention))

    # -- search -----------------------------------------------------------------------------

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.display = True
        search.focus()

    @on(Input.Changed, "#search")
    def search_changed(self, event: Input.Changed) -> None:
        """Highlight every match of the query in both articles."""
        cursor, view = self.cursor, self.view
        cursor.query = event.value
        cursor.matches = (
            find_matches(view.texts[0], event.value),
            find_matches(view.texts[1], event.value),
        )
        cursor.match = None
        left, right = (len(m) for m in cursor.matches)
        event.input.border_title = (
            f"{left} in {view.tags[0]} · {right} in {view.tags[1]}" if event.value else ""
        )
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
        start = self.cursor.matches[side][index][0]
        self.go(side, self.view.sentence_at(side, start))
        self.cursor.match = found

    def action_close(self) -> None:
        """Escape: close the search bar (clearing its marks) or leave the facts table."""
        search = self.query_one("#search", Input)
        if search.display:
            search.value = ""
            search.display = False
        self.active_column().focus()

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
        self.query_one(SummaryHeader).busy(False)
        self.show_view()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "recompute" and event.state is WorkerState.ERROR:
            self.query_one(SummaryHeader).busy(False)
            self.notify(f"Recomputing failed: {event.worker.error}", severity="error",
                        markup=False)

    def action_export(self) -> None:
        """Write the text report beside the first input (or to ``report_path``)."""
        try:
            from ..report.text import render
        except ImportError:
            self.notify("The text report is not available.", severity="error")
            return
        path = self.report_path or default_report_path(self.comparison)
        try:
            path.write_text(render(self.comparison), encoding="utf-8")
        except OSError as error:
            self.notify(f"Could not write {path}: {error.strerror or error}",
                        severity="error", markup=False)
            return
        self.notify(f"Report written to {path}", title="Exported", markup=False)

    def action_other_documents(self) -> None:
        """With three or more documents: show the next pair of them."""
        count = len(self.comparison.documents)
        pairs = [(a, b) for a in range(count) for b in range(a + 1, count)]
        self.show_documents(pairs[(pairs.index(self.shown) + 1) % len(pairs)])

    def show_documents(self, shown: tuple[int, int]) -> None:
        self.shown = shown
        self.view = View(self.comparison, shown)
        self.cursor = Cursor(diff=self.cursor.diff)
        self.show_view()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "other_documents":
            return len(self.comparison.documents) > 2
        return True

    def action_help(self) -> None:
        self.push_screen(HelpScreen(Binding.make_bindings(self.BINDINGS)))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        commands = [
            ("Layout: aligned / reading", "Switch layouts (m)", self.action_toggle_layout),
            ("Facts panel", "Show or hide the table of facts (f)", self.action_toggle_facts),
            ("Word differences", "Mark changed words inside pairs (d)", self.action_toggle_diff),
            ("Next aligned pair", "n", lambda: self.action_next_pair(1)),
            ("Previous aligned pair", "p", lambda: self.action_next_pair(-1)),
            ("Next only-here fact", "u", lambda: self.action_next_marked("unique")),
            ("Next disagreement", "c", lambda: self.action_next_marked("conflict")),
            ("Search both articles", "/", self.action_search),
            ("Raise alignment threshold", "+0.05 (+)", lambda: self.action_threshold(1)),
            ("Lower alignment threshold", "-0.05 (-)", lambda: self.action_threshold(-1)),
            ("Export text report", "Write it next to the first input (e)", self.action_export),
            ("Help", "Keys and legend (?)", self.action_help),
        ]
        for name in FILTERS:
            commands.append((f"Facts: {name}", "Filter the facts panel",
                             lambda name=name: self.action_filter(name)))
        count = len(self.comparison.documents)
        for a in range(count):
            for b in range(a + 1, count):
                if count > 2:
                    labels = [self.comparison.documents[i].label for i in (a, b)]
                    commands.append((f"Compare {labels[0]} with {labels[1]}", "Documents",
                                     lambda a=a, b=b: self.show_documents((a, b))))
        for title, help_text, callback in commands:
            yield SystemCommand(title, help_text, callback)


def _engine_recompute(comparison: Comparison) -> Recompute:
    """Without a recompute callable: the engine again, on the same documents (no aliases)."""

    def recompute(threshold: float) -> Comparison:
        from ..engine import compare_documents

        return compare_documents(list(comparison.documents), threshold=threshold)

    return recompute


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
