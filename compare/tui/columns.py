"""The article columns: line-API widgets that paint only the rows on screen.

A 5,000-sentence article must open and scroll at once, so there is no widget per sentence: the
rows come from ``layout`` (computed once per width), and ``render_line`` styles the one row asked
for, through ``Content`` so that brackets in news text are never read as markup. Every colour
comes from a component class in ``app.tcss``; each mark also has a text style that survives
NO_COLOR (underline, bold, reverse, italic) and the cursor has a marker glyph.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content, Span
from textual.geometry import Region, Size, Spacing
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

from ..model import Status
from .cursor import Cursor
from .layout import GUTTER_WIDTH, MARKER_WIDTH, Cell, Layout, Row, aligned_layout, column_widths
from .layout import reading_layout as build_reading_layout
from .state import View, spans_overlapping
from .theme import component_style

AddSpan = Callable[[int, int, Style], None]
"""Adds a style over ``[start, end)`` document offsets, clipped to the line being painted."""

STATUS_CLASS = {
    Status.SHARED: "compare--shared",
    Status.UNIQUE: "compare--unique",
    Status.CONFLICT: "compare--conflict",
}


class ArticleRows(ScrollView, can_focus=True, inherit_bindings=False):
    """Rows of article text painted on demand; subclasses decide the layout."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "compare--shared",
        "compare--unique",
        "compare--conflict",
        "compare--diff",
        "compare--match",
        "compare--mention",
        "compare--cursor",
        "compare--partner",
        "compare--blank",
        "compare--gutter",
        "compare--note",
        "compare--marker",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("pageup", "app.page(-1)", "Page up", show=False),
        Binding("pagedown,space", "app.page(1)", "Page down", show=False),
        Binding("home", "app.edge(-1)", "First sentence", show=False),
        Binding("end", "app.edge(1)", "Last sentence", show=False),
    ]

    class SentenceClicked(Message):
        """A sentence was clicked: the app moves the cursor there."""

        def __init__(self, side: int, sentence: int) -> None:
            super().__init__()
            self.side = side
            self.sentence = sentence

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.view: View | None = None
        self.cursor = Cursor()
        self._layout: Layout | None = None
        self._strips: dict[int, Strip] = {}
        self._styles: dict[str, Style] = {}

    # -- data -------------------------------------------------------------------------------

    def show(self, view: View, cursor: Cursor) -> None:
        """Paint a new view (a new comparison or documents) from scratch."""
        self.view, self.cursor = view, cursor
        self._layout = None
        self.repaint()

    def repaint(self) -> None:
        """Forget painted rows (the cursor, marks or search changed) and paint again."""
        self._strips.clear()
        self.refresh()

    def build_layout(self, view: View, width: int) -> Layout:
        raise NotImplementedError

    @property
    def grid(self) -> Layout | None:
        """The rows for the current width, built when first needed."""
        width = self.scrollable_content_region.width
        if self.view is None or width <= 0:
            return None
        if self._layout is None or self._layout.width != width:
            self._layout = self.build_layout(self.view, width)
            self._strips.clear()
        size = Size(width, len(self._layout))
        if size != self.virtual_size:
            self.virtual_size = size
            self._scroll_update(size)
        return self._layout

    def adopt(self, view: View, layout: Layout) -> None:
        """Take rows built ahead of time (used if the width turns out as predicted)."""
        if view is self.view and self._layout is None:
            self._layout = layout

    def notify_style_update(self) -> None:
        """A theme or CSS change: resolve the component styles again."""
        super().notify_style_update()
        self._styles.clear()
        self._strips.clear()

    def component_style(self, name: str) -> Style:
        if (style := self._styles.get(name)) is None:
            style = self._styles[name] = component_style(self, name)
        return style

    # -- scrolling --------------------------------------------------------------------------

    def rows_of(self, side: int, sentence: int) -> tuple[int, int] | None:
        """First and last row of a sentence in this widget, if it is shown here."""
        grid = self.grid
        return None if grid is None else grid.sentence_span(side, sentence)

    def bring_into_view(self, side: int, sentence: int) -> None:
        """Scroll the least needed so the sentence is on screen, with a row of context."""
        rows = self.rows_of(side, sentence)
        if rows is None:
            return
        first, last = rows
        height = self.scrollable_content_region.height
        top = last - first + 3 > height
        self.scroll_to_region(
            Region(0, first, 1, last - first + 1),
            spacing=Spacing(1, 0, 1, 0),
            animate=False,
            force=True,
            top=top,
            immediate=True,
        )

    def is_visible(self, side: int, sentence: int) -> bool:
        """Whether any row of the sentence is inside the scrolled window."""
        rows = self.rows_of(side, sentence)
        if rows is None:
            return False
        top = round(self.scroll_y)
        bottom = top + self.scrollable_content_region.height
        return rows[0] < bottom and rows[1] >= top

    # -- painting ---------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        grid = self.grid
        width = self.scrollable_content_region.width
        base = self.get_visual_style()
        index = round(self.scroll_y) + y
        if grid is None or index >= len(grid):
            return Strip.blank(width, base.rich_style)
        if (strip := self._strips.get(index)) is None:
            strip = self._strips[index] = self.paint_row(grid.row(index), width, base)
        return strip

    def paint_row(self, row: Row, width: int, base: Style) -> Strip:
        raise NotImplementedError

    def paint_text(
        self, side: int, cell: Cell, width: int, base: Style, whole: Style | None = None
    ) -> Strip:
        """One line of one column: the text with its marks, cropped or padded to ``width``.

        ``whole`` styles the whole cell (the cursor or partner sentence in the aligned layout).
        """
        assert self.view is not None
        cell_base = base + whole if whole is not None else base
        if cell.note:
            note = Content.styled(cell.note, self.component_style("compare--note"))
            return _strip(note, width, cell_base)
        view, cursor = self.view, self.cursor
        start, end = cell.start, cell.end
        spans: list[Span] = []

        def add(a: int, b: int, style: Style) -> None:
            a, b = max(a, start), min(b, end)
            if b > a:
                spans.append(Span(a - start, b - start, style))

        if whole is None:
            self._sentence_spans(side, start, end, add)
        for mark in view.marks_in(side, start, end):
            add(mark.start, mark.end, self.component_style(STATUS_CLASS[mark.status]))
        if cursor.diff:
            for sentence in self._sentences_in(side, cell):
                for a, b in view.diff_spans(side, sentence):
                    add(a, b, self.component_style("compare--diff"))
        matches = cursor.matches[side]
        if matches:
            starts = [a for a, _ in matches]
            for a, b in spans_overlapping(matches, starts, start, end):
                add(a, b, self.component_style("compare--match"))
        focused = cursor.mention(view)
        if focused is not None and focused[0] == side:
            add(focused[1].start, focused[1].end, self.component_style("compare--mention"))
        return _strip(Content(view.texts[side][start:end], spans), width, cell_base)

    def _sentence_spans(self, side: int, start: int, end: int, add: AddSpan) -> None:
        """Background for the cursor and partner sentences inside running text."""

    def _sentences_in(self, side: int, cell: Cell) -> list[int]:
        """The sentences a text cell overlaps (one, except in running text)."""
        if cell.sentence >= 0:
            return [cell.sentence]
        assert self.view is not None
        doc = self.view.docs[side]
        out = [self.view.sentence_at(side, cell.start)]
        while out[-1] + 1 < len(doc.sentences) and doc.sentences[out[-1] + 1][0] < cell.end:
            out.append(out[-1] + 1)
        return out

    def marker(self, side: int, cell: Cell | None, first: bool) -> tuple[str, str]:
        """The glyph before a line: the cursor (▶ ┃) or a partner (◆ │), and its class."""
        if cell is None or cell.sentence < 0:
            return "  ", ""
        if self.cursor.side == side and self.cursor.sentence == cell.sentence:
            return ("▶ " if first else "┃ "), "compare--cursor"
        if side != self.cursor.side and cell.sentence in self._partner_set():
            return ("◆ " if first else "│ "), "compare--partner"
        return "  ", ""

    def _partner_set(self) -> set[int]:
        assert self.view is not None
        return self.cursor.partners(self.view)

    # -- mouse ------------------------------------------------------------------------------

    def on_click(self, event: events.Click) -> None:
        """Select the sentence under the pointer."""
        offset = event.get_content_offset(self)
        grid = self.grid
        if offset is None or grid is None:
            return
        index = round(self.scroll_y) + offset.y
        if index >= len(grid):
            return
        hit = self.sentence_at(grid.row(index), offset.x)
        if hit is not None:
            self.post_message(self.SentenceClicked(*hit))

    def sentence_at(self, row: Row, x: int) -> tuple[int, int] | None:
        raise NotImplementedError


def _strip(content: Content, width: int, base: Style) -> Strip:
    """Render content into exactly ``width`` cells on the ``base`` style."""
    segments = content.render_segments(base)
    return Strip(segments).adjust_cell_length(width, base.rich_style)


class AlignedView(ArticleRows):
    """Both articles in one scroller, partners side by side, scores in the middle gutter."""

    def build_layout(self, view: View, width: int) -> Layout:
        return aligned_layout(view, width)

    def paint_row(self, row: Row, width: int, base: Style) -> Strip:
        left_width, right_width = column_widths(width)
        gutter_style = base + self.component_style("compare--gutter")
        parts = [
            self._paint_side(0, row, row.left, left_width, base),
            Strip([Segment(f" │{row.gutter:^{GUTTER_WIDTH - 3}}│", gutter_style.rich_style)]),
            self._paint_side(1, row, row.right, right_width, base),
        ]
        return Strip.join(parts).adjust_cell_length(width, base.rich_style)

    def _paint_side(self, side: int, row: Row, cell: Cell | None, width: int, base: Style) -> Strip:
        first = cell is not None and self._is_first_row(side, cell)
        glyph, glyph_class = self.marker(side, cell if cell and not cell.note else None, first)
        marker_style = base + self.component_style(glyph_class) if glyph_class else base
        marker_rich = (marker_style + self.component_style("compare--marker")).rich_style
        marker = Strip([Segment(glyph, marker_rich)])
        if cell is None:
            style = base if row.separator else base + self.component_style("compare--blank")
            if row.separator:
                return Strip.blank(MARKER_WIDTH + width, base.rich_style)
            return Strip.join([marker, Strip.blank(width, style.rich_style)])
        whole = None
        if not cell.note and glyph_class:
            whole = self.component_style(glyph_class)
        return Strip.join([marker, self.paint_text(side, cell, width, base, whole)])

    def _is_first_row(self, side: int, cell: Cell) -> bool:
        assert self.view is not None
        return cell.start == self.view.docs[side].sentences[cell.sentence][0]

    def sentence_at(self, row: Row, x: int) -> tuple[int, int] | None:
        left_width, _ = column_widths(self.scrollable_content_region.width)
        boundary = MARKER_WIDTH + left_width + GUTTER_WIDTH // 2
        side, cell = (0, row.left) if x < boundary else (1, row.right)
        if cell is None or cell.sentence < 0:
            return None
        return side, cell.sentence


class ReadingColumn(ArticleRows):
    """One article in its own order, paragraphs as running text, in its own scroller."""

    def __init__(self, side: int, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.side = side

    def build_layout(self, view: View, width: int) -> Layout:
        return build_reading_layout(view, self.side, width)

    def paint_row(self, row: Row, width: int, base: Style) -> Strip:
        cell = row.left
        if cell is None:
            return Strip.blank(width, base.rich_style)
        glyph, glyph_class = self._row_marker(cell)
        marker_style = base + self.component_style("compare--marker")
        if glyph_class:
            marker_style += self.component_style(glyph_class)
        marker = Strip([Segment(glyph, marker_style.rich_style)])
        text = self.paint_text(self.side, cell, width - MARKER_WIDTH, base)
        return Strip.join([marker, text])

    def _row_marker(self, cell: Cell) -> tuple[str, str]:
        """Marker for a line of running text: the cursor's or a partner's, if on this line."""
        assert self.view is not None
        sentences = self.view.docs[self.side].sentences
        cursor = self.cursor
        if cursor.side == self.side:
            wanted = {cursor.sentence}
            glyphs, cls = ("▶ ", "┃ "), "compare--cursor"
        else:
            wanted = self._partner_set()
            glyphs, cls = ("◆ ", "│ "), "compare--partner"
        for sentence in wanted:
            start, end = sentences[sentence]
            if start < cell.end and end > cell.start:
                return (glyphs[0] if cell.start <= start else glyphs[1]), cls
        return "  ", ""

    def _sentence_spans(self, side: int, start: int, end: int, add: AddSpan) -> None:
        assert self.view is not None
        sentences = self.view.docs[side].sentences
        cursor = self.cursor
        if cursor.side == side:
            a, b = sentences[cursor.sentence]
            add(a, b, self.component_style("compare--cursor"))
        else:
            for partner in self._partner_set():
                a, b = sentences[partner]
                add(a, b, self.component_style("compare--partner"))

    def sentence_at(self, row: Row, x: int) -> tuple[int, int] | None:
        cell = row.left
        if cell is None or self.view is None:
            return None
        text = self.view.texts[self.side]
        column = MARKER_WIDTH
        offset = cell.start
        while offset < cell.end - 1 and column + cell_len(text[offset]) <= x:
            column += cell_len(text[offset])
            offset += 1
        return self.side, self.view.sentence_at(self.side, offset)
