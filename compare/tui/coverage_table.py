"""The coverage table: one row per fact, one column per source, painted a line at a time.

Two hundred sources and a few thousand facts must open and move at once, so, like the article
columns, this is a line-API widget: ``render_line`` draws the one row asked for, and only the
source columns that fit (the window follows the cursor column). Four heading lines stay on top:
each source's id and its counts (facts, facts only it reports, disagreements it is part of).
Text goes through ``Content`` or plain ``Segment`` text, never markup.
"""

from __future__ import annotations

from functools import lru_cache
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style as RichStyle
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

from ..coverage import Coverage, Row
from ..model import Document, Status
from .theme import component_style

HEADINGS = ("source", "facts", "only it", "disagrees")
"""The heading lines: each source's id, then its three counts."""
LABEL_WIDTH = (24, 44)
"""Narrowest and widest fact column; the kind and the count of sources follow it."""
KIND_WIDTH = 8
COUNT_WIDTH = 4
CELL_WIDTH = (3, 10)
"""Narrowest and widest source column (a value in a disagreement needs the room)."""
MARK = "●"
ABSENT = "·"


class CoverageTable(ScrollView, can_focus=True, inherit_bindings=False):
    """Facts against sources; the cursor is a cell (a fact and a source)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "compare--shared",
        "compare--unique",
        "compare--conflict",
        "coverage--absent",
        "coverage--heading",
        "coverage--cursor-row",
        "coverage--cursor-cell",
        "coverage--cursor-column",
        "coverage--marked",
        "coverage--stripe",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "move(1, 0)", "Next fact", show=False),
        Binding("up,k", "move(-1, 0)", "Previous fact", show=False),
        Binding("right,l", "move(0, 1)", "Next source", show=False),
        Binding("left,h", "move(0, -1)", "Previous source", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("home", "move(-1000000000, 0)", "First fact", show=False),
        Binding("end", "move(1000000000, 0)", "Last fact", show=False),
    ]

    class Moved(Message):
        """The cursor moved to another cell (or the rows changed)."""

    class Opened(Message):
        """A click on the current cell: open it in the pair view."""

    row: reactive[int] = reactive(0, always_update=True, init=False, repaint=False)
    column: reactive[int] = reactive(0, always_update=True, init=False, repaint=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.coverage: Coverage | None = None
        self.documents: tuple[Document, ...] = ()
        self.rows: list[Row] = []
        self.marked: int | None = None
        self.first_column = 0
        self._styles: dict[str, Style] = {}
        self._rich: dict[tuple[str, ...], RichStyle] = {}
        self._strips: dict[tuple[int, int], Strip] = {}
        self._painted_for: tuple[int, int, int | None, int] | None = None
        self._look: tuple[Style, ...] = ()

    # -- data -------------------------------------------------------------------------------

    def show(self, coverage: Coverage, documents: tuple[Document, ...], rows: list[Row]) -> None:
        """New rows (a filter, or a recomputed comparison); the cursor stays on its fact if the
        fact is still listed, else goes to the first row."""
        current = self.current_row
        self.coverage, self.documents, self.rows = coverage, documents, rows
        self._strips.clear()
        self.virtual_size = Size(0, len(rows) + len(HEADINGS))
        ids = [r.fact.id for r in rows]
        self.row = ids.index(current.fact.id) if current and current.fact.id in ids else 0
        if self.marked is not None and self.marked >= len(documents):
            self.marked = None
        self.column = min(self.column, max(0, len(documents) - 1))

    @property
    def current_row(self) -> Row | None:
        return self.rows[self.row] if 0 <= self.row < len(self.rows) else None

    # -- moving -----------------------------------------------------------------------------

    def validate_row(self, row: int) -> int:
        return max(0, min(row, len(self.rows) - 1))

    def validate_column(self, column: int) -> int:
        return max(0, min(column, len(self.documents) - 1))

    def watch_row(self, old: int, new: int) -> None:
        """Repaint the rows the cursor left and reached (everything when it scrolled)."""
        if self._keep_row_in_view():
            self.refresh()
        else:
            for index in {old, new}:
                self.refresh_line(len(HEADINGS) + index)
        self.post_message(self.Moved())

    def watch_column(self, old: int, new: int) -> None:
        """Repaint the headings and the current row (everything when the columns shifted)."""
        if self._keep_column_in_view():
            self.refresh()
        else:
            top = round(self.scroll_y)
            self.refresh_lines(top, len(HEADINGS))
            self.refresh_line(len(HEADINGS) + self.row)
        self.post_message(self.Moved())

    def action_move(self, rows: int, columns: int) -> None:
        if rows:
            self.row += rows
        if columns:
            self.column += columns

    def action_page(self, direction: int) -> None:
        self.row += direction * max(1, self._body_height() - 1)

    def _body_height(self) -> int:
        return max(1, self.scrollable_content_region.height - len(HEADINGS))

    def _keep_row_in_view(self) -> bool:
        """Scroll so the cursor row shows under the headings; whether it scrolled."""
        top = round(self.scroll_y)
        height = self._body_height()
        if self.row < top:
            top = self.row
        elif self.row >= top + height:
            top = self.row - height + 1
        if top == round(self.scroll_y):
            return False
        self.scroll_to(y=top, animate=False, immediate=True)
        return True

    def _keep_column_in_view(self) -> bool:
        """Shift the shown sources so the cursor column is among them; whether they shifted."""
        visible = self.layout()[2]
        first = self.first_column
        if self.column < first:
            self.first_column = self.column
        elif self.column >= first + visible:
            self.first_column = self.column - visible + 1
        return self.first_column != first

    def on_resize(self) -> None:
        self._keep_column_in_view()
        self._keep_row_in_view()

    def on_click(self, event: events.Click) -> None:
        """A click moves the cursor to a cell; a click on the current cell opens it."""
        offset = event.get_content_offset(self)
        if offset is None or offset.y < len(HEADINGS):
            return
        row = round(self.scroll_y) + offset.y - len(HEADINGS)
        label_width, cell_width, visible = self.layout()
        column = (offset.x - label_width - KIND_WIDTH - COUNT_WIDTH) // cell_width
        if not 0 <= row < len(self.rows) or not 0 <= column < visible:
            return
        column += self.first_column
        if (row, column) == (self.row, self.column):
            self.post_message(self.Opened())
            return
        self.row, self.column = row, min(column, len(self.documents) - 1)

    # -- geometry ---------------------------------------------------------------------------

    def layout(self) -> tuple[int, int, int]:
        """Widths of the fact column and of a source column, and how many sources fit."""
        width = self.scrollable_content_region.width
        count = max(1, len(self.documents))
        label_width = max(LABEL_WIDTH[0], min(LABEL_WIDTH[1], width // 4))
        room = max(CELL_WIDTH[0], width - label_width - KIND_WIDTH - COUNT_WIDTH)
        cell_width = max(CELL_WIDTH[0], min(CELL_WIDTH[1], room // count))
        return label_width, cell_width, max(1, min(count, room // cell_width))

    # -- painting ---------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        """New styles (a theme): paint afresh. Coming back to the table re-applies the same
        styles; then the painted rows stand, so the switch repaints without redrawing them."""
        super().notify_style_update()
        if not self.is_mounted:
            return  # nothing painted yet; the component styles are not resolved before mount
        # every component class in a fixed order: the classes used so far vary with the rows
        look = (self.get_visual_style(), *(component_style(self, name)
                                            for name in sorted(self.COMPONENT_CLASSES)))
        if look == self._look:
            return
        self._look = look
        self._styles.clear()
        self._rich.clear()
        self._strips.clear()
        self.refresh()

    def style(self, name: str) -> Style:
        if (style := self._styles.get(name)) is None:
            style = self._styles[name] = component_style(self, name)
        return style

    def rich(self, *names: str) -> RichStyle:
        """The widget's style with these component classes over it, in order (cached: a row
        has a cell per source, and each combination of classes is resolved once)."""
        if (found := self._rich.get(names)) is None:
            style = self.get_visual_style()
            for name in names:
                if name:
                    style += self.style(name)
            found = self._rich[names] = style.rich_style
        return found

    def forget_painted(self) -> None:
        """Repaint every row (the marked column changed)."""
        self._strips.clear()
        self.refresh()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.get_visual_style()
        if self.coverage is None:
            return Strip.blank(width, base.rich_style)
        if y < len(HEADINGS):
            return self._heading(y, width, base)
        index = round(self.scroll_y) + y - len(HEADINGS)
        if index >= len(self.rows):
            return Strip.blank(width, base.rich_style)
        painted_for = (width, self.first_column, self.marked, len(self.rows))
        if painted_for != self._painted_for:
            self._strips.clear()
            self._painted_for = painted_for
        key = (index, self.column if index == self.row else -1)
        if (strip := self._strips.get(key)) is None:
            strip = self._strips[key] = self._row(index, width)
        return strip

    def _columns(self) -> range:
        visible = self.layout()[2]
        return range(self.first_column, min(len(self.documents), self.first_column + visible))

    def _heading(self, y: int, width: int, base: Style) -> Strip:
        assert self.coverage is not None
        label_width, cell_width, _ = self.layout()
        head = base + self.style("coverage--heading")
        columns = self._columns()
        left = HEADINGS[y]
        if y == 0:
            shown = f"sources {columns.start + 1}-{columns.stop} of {len(self.documents)}"
            left = f"{left} ({shown})" if len(columns) < len(self.documents) else left
        lead = " " + left.ljust(label_width + KIND_WIDTH + COUNT_WIDTH - 1)
        segments = [Segment(lead[: label_width + KIND_WIDTH + COUNT_WIDTH], head.rich_style)]
        for doc in columns:
            figures = self.coverage.figures[doc]
            value = (self.documents[doc].id, figures.facts, figures.only,
                     figures.disagreements)[y]
            style = head
            if doc == self.marked:
                style += self.style("coverage--marked")
            if doc == self.column:
                style += self.style("coverage--cursor-column")
            segments.append(Segment(_fit(str(value), cell_width, center=True), style.rich_style))
        return Strip(segments).adjust_cell_length(width, head.rich_style)

    def _row(self, index: int, width: int) -> Strip:
        label_width, cell_width, _ = self.layout()
        row = self.rows[index]
        current = index == self.row
        ground = "coverage--cursor-row" if current else "coverage--stripe" if index % 2 else ""
        base = self.rich(ground)
        label = _fit(" " + " ".join(row.fact.label.split()), label_width)
        segments = [
            Segment(label + _fit(str(row.fact.kind), KIND_WIDTH)
                    + str(row.count).rjust(COUNT_WIDTH - 1) + " ", base),
        ]
        carriers = set(row.carriers)
        present = "compare--unique" if row.count == 1 else "compare--shared"
        for doc in self._columns():
            marked = "coverage--marked" if doc == self.marked else ""
            cursor = "coverage--cursor-cell" if current and doc == self.column else ""
            value = row.value_in(doc) if doc in carriers and row.values else None
            if doc not in carriers:
                text, mark = ABSENT, "coverage--absent"
            elif value is not None:
                text, mark = value, "compare--conflict"
            else:
                text, mark = MARK, present
            cell = _fit(text, cell_width, center=True)
            stripped = cell.strip()
            pad_left = cell.index(stripped[0]) if stripped else 0
            pad_right = cell_width - pad_left - cell_len(stripped)
            around = self.rich(ground, marked, cursor)
            segments += [
                Segment(" " * pad_left, around),
                Segment(stripped, self.rich(ground, marked, cursor, mark)),
                Segment(" " * pad_right, around),
            ]
        return Strip(segments).simplify().adjust_cell_length(width, base)


@lru_cache(maxsize=4096)
def _fit(text: str, width: int, *, center: bool = False) -> str:
    """Text cut (with an ellipsis) or padded to ``width`` cells, leaving a space to its right."""
    room = width - 1
    if cell_len(text) > room:
        while text and cell_len(text) > room - 1:
            text = text[:-1]
        text += "…"
    padded = text.center(room) if center else text.ljust(room)
    return padded + " " * (width - cell_len(padded))


def status_word(row: Row, sources: int) -> str:
    """How widely a fact is carried, in words."""
    if row.fact.status is Status.CONFLICT:
        return "disagreement"
    if row.count == sources:
        return "carried by all"
    if row.count == 1:
        return "carried by one"
    return f"carried by {row.count} of {sources}"
