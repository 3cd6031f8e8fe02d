"""The coverage view (the first screen with three or more sources): who reports what.

A header with the story's counts, the current source (title, outlet, date, figures) and the
filter; the coverage table; and under it each source's sentence for the current fact (or, with
``s``, every source with its figures). Enter opens the side-by-side pair view of two sources at
that fact; the pair view's ``b`` comes back here, where the cursor was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from ..coverage import FILTER_NAMES, FILTERS, Coverage, Row, coverage, partner, percent
from ..model import Comparison, Document, Kind
from ..report.common import fact_label
from .coverage_table import CoverageTable, status_word
from .footer import KeysFooter
from .help import HelpScreen
from .state import display_text

if TYPE_CHECKING:
    from .app import CompareApp

Part = str | tuple[str, str]
DETAIL_LINES = 11
"""Lines under the table before it is first laid out (app.tcss: height 12, less a border)."""

BINDINGS: list[BindingType] = [
    Binding("enter", "open", "Pair view", tooltip="Open the current source beside another "
            "(the marked column, or the source it disagrees with) at this fact"),
    Binding("space", "mark", "Mark", tooltip="Mark this column as one of two to compare"),
    Binding("1", "filter('all')", "All", tooltip="Show every fact"),
    Binding("2", "filter('every')", "By all", tooltip="Facts every source reports"),
    Binding("3", "filter('one')", "By one", tooltip="Facts one source reports"),
    Binding("4", "filter('conflict')", "Disagree", tooltip="Disagreements"),
    Binding("t", "kind", "Kind", tooltip="Show one kind of fact: number, date, entity..."),
    Binding("s", "sources", "Sources", tooltip="Every source with its figures, or the fact"),
    Binding("question_mark", "help", "Help", key_display="?"),
]

EXTRA_KEYS = (
    ("up / down / j / k", "Previous or next fact"),
    ("left / right / h / l", "Previous or next source"),
    ("pageup / pagedown / home / end", "A screen up or down; first or last fact"),
    ("mouse click", "Select a cell; click it again to open the pair view"),
    ("b (pair view)", "Back to this table"),
)


class CoverageScreen(Screen[None]):
    """The coverage table of a comparison, with its header and the current fact's sentences."""

    BINDINGS: ClassVar[list[BindingType]] = BINDINGS

    def __init__(self, comparison: Comparison) -> None:
        super().__init__()
        self.comparison = comparison
        self.coverage: Coverage = coverage(comparison)
        self.status_filter = "all"
        self.kind: Kind | None = None
        self.listing_sources = False

    def compose(self) -> ComposeResult:
        yield Static(id="coverage-summary")
        yield Static(id="coverage-source")
        yield Static(id="coverage-filter")
        yield CoverageTable(id="coverage-table")
        yield Static(id="coverage-detail")
        yield KeysFooter(compact=True)

    @property
    def table(self) -> CoverageTable:
        return self.query_one(CoverageTable)

    def on_mount(self) -> None:
        self.fill()
        self.table.focus()

    def show(self, comparison: Comparison) -> None:
        """A recomputed comparison (another threshold): new rows, same filter and place."""
        self.comparison = comparison
        self.coverage = coverage(comparison)
        self.fill()

    def fill(self) -> None:
        rows = self.coverage.filtered(self.status_filter, self.kind)
        self.table.show(self.coverage, self.comparison.documents, rows)
        self.query_one("#coverage-summary", Static).update(self.summary_line(), layout=False)
        self.query_one("#coverage-filter", Static).update(self.filter_line(len(rows)),
                                                          layout=False)
        self.update_details()

    # -- lines ------------------------------------------------------------------------------

    def summary_line(self) -> Content:
        cov, docs = self.coverage, self.comparison.documents
        parts: list[Part] = [
            (str(len(docs)), "bold"), " sources · ",
            (str(len(cov.rows)), "bold"), " facts · ",
            (str(cov.carried_by_all), "bold"), " carried by all · ",
            (str(cov.carried_by_one), "bold"), " by one only · ",
            (str(cov.disagreements), "bold"), " disagreements",
        ]
        if cov.pairs:
            top = cov.pairs[0]
            a, b = (docs[d].id for d in top.docs)
            parts += [" · disagree most: ", (f"{a}–{b}", "bold"),
                      f" ({top.disagreements} of the {top.both} facts both report)"]
        return Content.assemble(*parts)

    def source_line(self) -> Content:
        """The current column's source: id, label, title, outlet, date and figures."""
        doc_index = self.table.column
        return Content.assemble(*source_parts(self.comparison.documents[doc_index],
                                              self.coverage, doc_index, len(self.coverage.rows)),
                                *self._marked_parts())

    def _marked_parts(self) -> list[Part]:
        marked = self.table.marked
        if marked is None:
            return []
        return [" · marked: ", (self.comparison.documents[marked].id, "bold")]

    def filter_line(self, shown: int) -> Content:
        parts: list[Part] = ["Filter: "]
        for key, name in enumerate(FILTERS, start=1):
            style = "reverse bold" if name == self.status_filter else ""
            parts += [(f" {key} {FILTER_NAMES[name]} ", style), " "]
        kind = str(self.kind) if self.kind else "any"
        parts += [" t kind: ", (kind, "bold"), f" · {shown} of {len(self.coverage.rows)} facts"]
        return Content.assemble(*parts)

    # -- the details under the table --------------------------------------------------------

    def update_details(self) -> None:
        """The source line and the lines under the table, repainted in place: their sizes are
        fixed in app.tcss, so a move never lays the screen out again."""
        self.query_one("#coverage-source", Static).update(self.source_line(), layout=False)
        detail = self.query_one("#coverage-detail", Static)
        height = detail.scrollable_content_region.height or DETAIL_LINES
        if self.listing_sources:
            content = sources_list(self.comparison.documents, self.coverage, height)
        elif (row := self.table.current_row) is None:
            content = Content("No fact passes this filter.")
        else:
            content = row_detail(self.comparison, row, self.table.column, height)
        detail.update(content, layout=False)

    @on(CoverageTable.Moved)
    def moved(self) -> None:
        self.update_details()

    # -- actions ----------------------------------------------------------------------------

    def action_filter(self, name: str) -> None:
        """Show the facts every source reports, one reports, the disagreements, or all."""
        self.status_filter = name
        self.fill()

    def action_kind(self) -> None:
        """Cycle through the kinds of fact the story has, then back to any kind."""
        present = [k for k in Kind if any(row.fact.kind is k for row in self.coverage.rows)]
        options: list[Kind | None] = [None, *present]
        self.kind = options[(options.index(self.kind) + 1) % len(options)]
        self.fill()

    def action_mark(self) -> None:
        """Mark the current column (or clear the mark) as the first of two to compare."""
        table = self.table
        table.marked = None if table.marked == table.column else table.column
        table.forget_painted()
        self.update_details()

    def action_sources(self) -> None:
        """Every source with title, outlet, date and figures; again for the fact's sentences."""
        self.listing_sources = not self.listing_sources
        self.update_details()

    @on(CoverageTable.Opened)
    def action_open(self) -> None:
        """The pair view of the current source and its partner, at the current fact."""
        table = self.table
        row = table.current_row
        if row is None:
            return
        doc = table.column
        if table.marked is not None and table.marked != doc:
            shown = (table.marked, doc)
        else:
            shown = (doc, partner(self.coverage, row, doc))
        app: CompareApp = self.app  # type: ignore[assignment]
        app.open_pair(shown, row.fact.id)

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(Binding.make_bindings(self.BINDINGS), EXTRA_KEYS,
                                        coverage_legend()))


def source_parts(doc: Document, cov: Coverage, index: int, total: int) -> list[Part]:
    """One source: its id, label, title, outlet and date where known, and its figures."""
    figures = cov.figures[index]
    parts: list[Part] = [(f" {doc.id} ", "reverse bold"), " ", (doc.label, "bold")]
    for value in (doc.title, doc.outlet, doc.published):
        if value:
            parts.append(f" · {' '.join(value.split())}")
    parts += [" · ", (str(figures.facts), "bold"),
              f" facts ({percent(figures.share)} of {total}) · ",
              (str(figures.only), "bold"), " only here · ",
              (str(figures.disagreements), "bold"), " disagreements"]
    return parts


def sources_list(documents: tuple[Document, ...], cov: Coverage, height: int) -> Content:
    """The pairs that disagree most, then every source, one a line (``s``), from the one with
    the largest share of the story's facts; as many as ``height`` lines hold."""
    total = len(cov.rows)
    lines = []
    if cov.pairs:
        pairs = []
        for pair in cov.pairs[:10]:
            a, b = (documents[d] for d in pair.docs)
            pairs.append(f"{a.id}–{b.id} {pair.disagreements} of {pair.both}")
        lines.append(Content.assemble(("Pairs that disagree most: ", "bold"), ", ".join(pairs)))
    order = sorted(range(len(documents)), key=lambda d: (-cov.figures[d].facts, d))
    shown = order if len(lines) + len(order) <= height else order[: height - len(lines) - 1]
    lines += [Content.assemble(*source_parts(documents[d], cov, d, total)) for d in shown]
    if len(shown) < len(order):
        lines.append(Content(f"… and {len(order) - len(shown)} more sources: the heading lines "
                             "of the table count each one's facts."))
    return Content("\n").join(lines)


def row_detail(comparison: Comparison, row: Row, column: int, height: int) -> Content:
    """The fact, then each source's sentence for it (the current column's source first), as
    many as ``height`` lines hold; moving the cursor to a column puts its sentence first."""
    docs = comparison.documents
    fact = row.fact
    head: list[Part] = [("Fact ", "bold"), (fact_label(fact), "bold"),
                        f" · {fact.kind} · {status_word(row, len(docs))}"]
    if fact.speaker:
        head.append(f" · said by {fact.speaker}")
    lines = [Content.assemble(*head)]
    if column not in row.carriers:
        lines.append(Content.assemble("  ", (docs[column].id, "bold"), " does not report it."))
    order = sorted(row.carriers, key=lambda d: (d != column, d))
    room = height - len(lines)
    hidden = order[room - 1:] if len(order) > room else []
    for doc in order[: len(order) - len(hidden)]:
        mention = fact.mentions_in(doc)[0] if fact.mentions_in(doc) else None
        value = row.value_in(doc)
        parts: list[Part] = [("▶ " if doc == column else "  ", "bold"),
                             (f"{docs[doc].id:<3}", "bold")]
        if value is not None:
            parts += [(f" {value} ", "reverse"), " "]
        if mention is not None:
            start, end = docs[doc].sentences[mention.sentence]
            sentence = display_text(docs[doc].text[start:end]).strip()
            parts += [f"{docs[doc].id}{mention.sentence + 1} › ", sentence]
        lines.append(Content.assemble(*parts))
    if hidden:
        ids = " ".join(docs[d].id for d in hidden)
        lines.append(Content(f"  and {len(hidden)} more: {ids} (move to a column to see its "
                             "sentence first)"))
    return Content("\n").join(lines)


def coverage_legend() -> Content:
    lines = [
        Content.styled("The coverage table", "bold"),
        Content("  one row per fact, most widely reported first; one column per source"),
        Content("  ● the source reports the fact · a value: its own value where sources "
                "disagree (reversed) · · it does not"),
        Content("  heading lines: each source's facts, facts only it reports, disagreements"),
    ]
    return Content("\n").join(lines)
