"""The facts panel: every fact in a table, filtered by status, Enter to visit its mentions.

The table is a line-API widget like the columns: a long pair has thousands of facts, and a
``DataTable`` takes about a second to fill with 8,000 rows; this one paints the visible rows only.
"""

from __future__ import annotations

from typing import ClassVar

from rich.segment import Segment
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Static

from ..model import Fact, Status
from ..report.common import fact_label
from .state import View
from .theme import component_style

FILTERS = ("all", "shared", "only-left", "only-right", "conflict")
"""Filter names, in the order of the keys 1 to 5."""

_FIXED = (("Kind", 8), ("Status", 11), ("Sources", 9), ("Mentions", 9))
"""Column headings and widths after the label column, which takes the rest."""


def keep(view: View, fact: Fact, name: str) -> bool:
    """Whether a fact passes a filter, from the point of view of the two shown documents."""
    if name == "shared":
        return fact.status is Status.SHARED
    if name == "only-left":
        return fact.status is Status.UNIQUE and fact.docs == (view.shown[0],)
    if name == "only-right":
        return fact.status is Status.UNIQUE and fact.docs == (view.shown[1],)
    if name == "conflict":
        return fact.status is Status.CONFLICT
    return True


def _cells(width: int, values: tuple[str, ...]) -> list[tuple[str, int]]:
    """Values padded or cut to the column widths (the label column takes what is left)."""
    label_width = min(72, max(10, width - sum(w for _, w in _FIXED) - 1))
    widths = (label_width, *(w for _, w in _FIXED))
    out = []
    for value, column_width in zip(values, widths, strict=False):
        text = value if len(value) < column_width else value[: column_width - 2] + "…"
        out.append((text.ljust(column_width), column_width))
    if sum(widths) < width:
        out.append((" " * (width - sum(widths)), width - sum(widths)))
    return out


class FactsTable(ScrollView, can_focus=True, inherit_bindings=False):
    """One row per fact; the cursor row is the fact Enter visits."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "compare--shared",
        "compare--unique",
        "compare--conflict",
        "facts-table--cursor",
        "facts-table--stripe",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor(-1)", "Previous fact", show=False),
        Binding("down", "cursor(1)", "Next fact", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "cursor(-1000000000)", "First fact", show=False),
        Binding("end", "cursor(1000000000)", "Last fact", show=False),
        Binding("enter", "choose", "Go to mention", show=False),
    ]

    cursor_row: reactive[int] = reactive(0, always_update=True)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.view: View | None = None
        self.fact_ids: list[str] = []

    def show(self, view: View, fact_ids: list[str]) -> None:
        self.view, self.fact_ids = view, fact_ids
        self.virtual_size = Size(0, len(fact_ids))
        self.scroll_to(y=0, animate=False, immediate=True)
        self.cursor_row = 0

    @property
    def row_count(self) -> int:
        return len(self.fact_ids)

    def validate_cursor_row(self, row: int) -> int:
        return max(0, min(row, len(self.fact_ids) - 1))

    def watch_cursor_row(self, row: int) -> None:
        if not self.fact_ids:
            return
        self.scroll_to_region(Region(0, row, 1, 1), animate=False, force=True, immediate=True)
        self.refresh()
        self.post_message(FactsPanel.Highlighted(self.fact_ids[row]))

    def action_cursor(self, delta: int) -> None:
        self.cursor_row += delta

    def action_page(self, direction: int) -> None:
        self.cursor_row += direction * max(1, self.scrollable_content_region.height - 1)

    def action_choose(self) -> None:
        if self.fact_ids:
            self.post_message(FactsPanel.Chosen(self.fact_ids[self.cursor_row]))

    def on_click(self, event: events.Click) -> None:
        """A click picks the fact and goes to its (next) mention."""
        offset = event.get_content_offset(self)
        if offset is None:
            return
        row = round(self.scroll_y) + offset.y
        if 0 <= row < len(self.fact_ids):
            self.cursor_row = row
            self.action_choose()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self.refresh()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.get_visual_style()
        row = round(self.scroll_y) + y
        if self.view is None or row >= len(self.fact_ids):
            return Strip.blank(width, base.rich_style)
        if row == self.cursor_row:
            base += component_style(self, "facts-table--cursor")
        elif row % 2:
            base += component_style(self, "facts-table--stripe")
        fact = self.view.facts_by_id[self.fact_ids[row]]
        status, status_class = _status(self.view, fact)
        values = (fact_label(fact), str(fact.kind), status, _sources(self.view, fact),
                  str(len(fact.mentions)).rjust(6))
        segments = [Segment(" ", base.rich_style)]
        for k, (text, _) in enumerate(_cells(width, values)):
            style = base
            if k == 2:
                style = base + component_style(self, status_class)
                text, pad = text.rstrip(), len(text) - len(text.rstrip())
                segments += [Segment(text, style.rich_style), Segment(" " * pad, base.rich_style)]
                continue
            segments.append(Segment(text, style.rich_style))
        return Strip(segments).adjust_cell_length(width, base.rich_style)


def _tags(view: View) -> dict[int, str]:
    tags = {doc: chr(ord("A") + doc % 26) for doc in range(len(view.comparison.documents))}
    tags.update(zip(view.shown, view.tags, strict=True))
    return tags


def _status(view: View, fact: Fact) -> tuple[str, str]:
    if fact.status is Status.UNIQUE:
        return f"only in {_tags(view)[fact.docs[0]]}", "compare--unique"
    if fact.status is Status.CONFLICT:
        return "conflict", "compare--conflict"
    return "shared", "compare--shared"


def _sources(view: View, fact: Fact) -> str:
    tags = _tags(view)
    return " ".join(tags[d] for d in fact.docs)


class FactsPanel(Vertical):
    """A filter line and headings over the facts table; rows are built only while open."""

    class Chosen(Message):
        """Enter (or a click) on a fact."""

        def __init__(self, fact_id: str) -> None:
            super().__init__()
            self.fact_id = fact_id

    class Highlighted(Message):
        """The table cursor moved onto a fact."""

        def __init__(self, fact_id: str) -> None:
            super().__init__()
            self.fact_id = fact_id

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.view: View | None = None
        self.status_filter = "all"
        self._stale = True

    def compose(self) -> ComposeResult:
        yield Static(id="facts-filter")
        yield Static(id="facts-headings")
        yield FactsTable(id="facts-table")

    @property
    def table(self) -> FactsTable:
        return self.query_one(FactsTable)

    @property
    def fact_ids(self) -> list[str]:
        return self.table.fact_ids

    def show(self, view: View) -> None:
        """Use a new view; the rows are rebuilt now if the panel is open, else when opened."""
        self.view = view
        self._stale = True
        if self.display:
            self.rebuild()

    def set_filter(self, name: str) -> None:
        self.status_filter = name
        self._stale = True
        self.rebuild()

    def rebuild(self) -> None:
        """Fill the table for the current view and filter (if anything changed)."""
        if self.view is None or not self._stale:
            return
        self._stale = False
        view = self.view
        self.query_one("#facts-filter", Static).update(self._filter_line(view))
        facts = [f.id for f in view.comparison.facts if keep(view, f, self.status_filter)]
        self.table.show(view, facts)
        self.border_title = f"Facts · {len(facts)} of {len(view.comparison.facts)}"
        self.call_after_refresh(self._headings)

    def on_resize(self) -> None:
        self._headings()

    def _headings(self) -> None:
        width = self.table.scrollable_content_region.width
        values = ("Fact", *(name for name, _ in _FIXED))
        line = " " + "".join(text for text, _ in _cells(width, values))
        self.query_one("#facts-headings", Static).update(Content.styled(line, "bold"))

    def _filter_line(self, view: View) -> Content:
        left, right = view.tags
        names = ("all", "shared", f"only {left}", f"only {right}", "disagreements")
        parts: list[str | tuple[str, str]] = ["Filter: "]
        for key, (name, label) in enumerate(zip(FILTERS, names, strict=True), start=1):
            style = "reverse bold" if name == self.status_filter else ""
            parts += [(f" {key} {label} ", style), " "]
        parts.append("· Enter: go to the fact's next mention · Esc: back to the text")
        return Content.assemble(*parts)
