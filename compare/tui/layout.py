"""Wrapped screen rows for both layouts, as character ranges: no styling, no widgets.

Rows are computed once per width and layout and then only looked up, so painting a screen costs
the rows on it, however long the articles are. Widths are terminal cells (``rich.cells``), so
wide characters wrap correctly.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Sequence
from typing import NamedTuple

import numpy
from rich.cells import cell_len

from .state import Pair, View

MARKER_WIDTH = 2
"""Cells before each column for the cursor and partner markers."""
GUTTER_WIDTH = 9
"""Cells between the aligned columns for the pair score: `` │ 0.28 │`` (a space off the text)."""

_WORD = re.compile(r"\S+\s*")


class Cell(NamedTuple):
    """One line of one column: ``text[start:end]`` of the side's document, or a note.

    ``sentence`` is the sentence the line belongs to (aligned layout) or -1 when the line is part
    of a paragraph (reading layout); for a note it is the sentence the note refers to.
    """

    sentence: int
    start: int
    end: int
    note: str = ""


class Row(NamedTuple):
    """One screen line: up to two cells, the score gutter, and whether it separates blocks."""

    left: Cell | None
    right: Cell | None = None
    gutter: str = ""
    separator: bool = False


class Layout:
    """The rows of one layout at one width, and where each sentence landed.

    Rows are kept as columns of machine integers rather than one object per row: a long article
    has tens of thousands of rows, and that many small objects make every garbage collection
    pause the interface. ``row(i)`` builds the one row asked for.
    """

    def __init__(self, width: int, sentence_counts: tuple[int, int]) -> None:
        self.width = width
        self._cells = tuple(tuple(array("i") for _ in range(3)) for _ in range(2))
        self._scores = array("d")
        self._separators = bytearray()
        self._notes: dict[tuple[int, int], Cell] = {}
        self._first = tuple(array("i", [-1]) * n for n in sentence_counts)
        self._last = tuple(array("i", [-1]) * n for n in sentence_counts)

    def __len__(self) -> int:
        return len(self._separators)

    def append(
        self,
        left: Cell | None,
        right: Cell | None = None,
        score: float = -1.0,
        separator: bool = False,
    ) -> None:
        """Add a row at the bottom."""
        index = len(self._separators)
        for column, cell in enumerate((left, right)):
            sentence, start, end = (-1, 0, 0) if cell is None else cell[:3]
            if cell is not None and cell.note:
                self._notes[index, column] = cell
                sentence = -2
            elif cell is not None and cell.sentence < 0:
                sentence = -3
            sentences, starts, ends = self._cells[column]
            sentences.append(sentence)
            starts.append(start)
            ends.append(end)
        self._scores.append(score)
        self._separators.append(separator)

    def extend_running_text(self, lines: list[tuple[int, int] | None]) -> None:
        """Add rows of running text in the left cells (``None`` for a blank separator), in bulk:
        the reading layout of a long article is tens of thousands of rows."""
        count = len(lines)
        sentences, starts, ends = self._cells[0]
        sentences.extend(array("i", [-1 if line is None else -3 for line in lines]))
        starts.extend(array("i", [0 if line is None else line[0] for line in lines]))
        ends.extend(array("i", [0 if line is None else line[1] for line in lines]))
        right_sentences, right_starts, right_ends = self._cells[1]
        right_sentences.extend(array("i", [-1]) * count)
        right_starts.extend(array("i", [0]) * count)
        right_ends.extend(array("i", [0]) * count)
        self._scores.extend(array("d", [-1.0]) * count)
        self._separators.extend(bytes(line is None for line in lines))

    def place_all(self, side: int, firsts: Sequence[int], lasts: Sequence[int]) -> None:
        """Record the rows of every sentence of one side at once."""
        self._first[side][:] = array("i", firsts)
        self._last[side][:] = array("i", lasts)

    def row(self, index: int) -> Row:
        """The row at ``index`` (0 is the top)."""
        cells: list[Cell | None] = []
        for column in (0, 1):
            sentences, starts, ends = self._cells[column]
            sentence = sentences[index]
            if sentence == -1:
                cells.append(None)
            elif sentence == -2:
                cells.append(self._notes[index, column])
            else:
                cells.append(Cell(max(sentence, -1), starts[index], ends[index]))
        score = self._scores[index]
        gutter = f"{score:.2f}" if score >= 0 else ""
        return Row(cells[0], cells[1], gutter, bool(self._separators[index]))

    def place(self, side: int, sentence: int, first: int, last: int) -> None:
        """Record the rows a sentence occupies."""
        self._first[side][sentence] = first
        self._last[side][sentence] = last

    def sentence_span(self, side: int, sentence: int) -> tuple[int, int] | None:
        """First and last row of a sentence, or None when this layout does not show it."""
        firsts = self._first[side]
        if sentence >= len(firsts) or firsts[sentence] < 0:
            return None
        return firsts[sentence], self._last[side][sentence]


def column_widths(width: int) -> tuple[int, int]:
    """Text widths of the left and right columns of the aligned layout."""
    text = max(20, width - 2 * MARKER_WIDTH - GUTTER_WIDTH)
    return text // 2, text - text // 2


def wrap(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of ``text[start:end]`` into ``(start, end)`` lines of <= ``width`` cells.

    Trailing spaces stay on the line they follow (the painter crops them); a word longer than a
    line is cut. ``text`` is a display text, so its only ASCII whitespace is the space.
    """
    width = max(1, width)
    if text[start:end].isascii():
        return _wrap_ascii(text, start, end, width)
    lines: list[tuple[int, int]] = []
    line_start = start
    column = 0
    for match in _WORD.finditer(text, start, end):
        word_start, word_end = match.span()
        visible = cell_len(match.group().rstrip())
        if column and column + visible > width:
            lines.append((line_start, word_start))
            line_start, column = word_start, 0
        while visible > width:
            cut = _cut(text, word_start, width)
            lines.append((word_start, cut))
            word_start = line_start = cut
            visible = cell_len(text[word_start:word_end].rstrip())
        column += cell_len(text[word_start:word_end])
    if line_start < end or not lines:
        lines.append((line_start, end))
    return lines


def _wrap_ascii(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """``wrap`` for ASCII, one ``rfind`` per line instead of a step per word."""
    lines: list[tuple[int, int]] = []
    position = start
    while end - position > width:
        if text[position + width] == " ":
            cut = position + width
        else:
            cut = text.rfind(" ", position, position + width)
        if cut <= position:
            following = position + width
        else:
            following = cut + 1
            while following < end and text[following] == " ":
                following += 1
        lines.append((position, following))
        position = following
    if position < end or not lines:
        lines.append((position, end))
    return lines


def _cut(text: str, start: int, width: int) -> int:
    """The offset after the characters from ``start`` that fill ``width`` cells."""
    used = 0
    index = start
    while index < len(text) and used + cell_len(text[index]) <= width:
        used += cell_len(text[index])
        index += 1
    return max(index, start + 1)


def aligned_layout(view: View, width: int) -> Layout:
    """Rows of the aligned layout: each block is a left sentence beside its partners."""
    left_width, right_width = column_widths(width)
    texts, docs = view.texts, view.docs
    grid = Layout(width, (len(docs[0].sentences), len(docs[1].sentences)))
    paragraph_starts = view.paragraph_starts
    for block in view.blocks:
        first_right = block.right[0] if block.right else None
        first_right_index = first_right.right if isinstance(first_right, Pair) else first_right
        if len(grid):
            grid.append(
                _paragraph_note(block.left, paragraph_starts[0]),
                _paragraph_note(first_right_index, paragraph_starts[1]),
                separator=True,
            )
        top = len(grid)
        left: list[Cell] = []
        if block.left is not None:
            s_start, s_end = docs[0].sentences[block.left]
            left = [Cell(block.left, a, b) for a, b in wrap(texts[0], s_start, s_end, left_width)]
            grid.place(0, block.left, top, top + len(left) - 1)
        right: list[tuple[Cell, float]] = []
        for item in block.right:
            sentence = item.right if isinstance(item, Pair) else item
            score = item.score if isinstance(item, Pair) else -1.0
            s_start, s_end = docs[1].sentences[sentence]
            lines = wrap(texts[1], s_start, s_end, right_width)
            grid.place(1, sentence, top + len(right), top + len(right) + len(lines) - 1)
            for k, (a, b) in enumerate(lines):
                right.append((Cell(sentence, a, b), score if k == 0 else -1.0))
        if block.elsewhere:
            right.append((_elsewhere_note(view, block.elsewhere), -1.0))
        for k in range(max(len(left), len(right))):
            right_cell, score = right[k] if k < len(right) else (None, -1.0)
            grid.append(left[k] if k < len(left) else None, right_cell, score)
    return grid


def _elsewhere_note(view: View, pairs: tuple[Pair, ...]) -> Cell:
    """One line naming the partners shown in other rows (the painter cuts it to the column)."""
    tag = view.tags[1]
    names = ", ".join(f"{tag}{p.right + 1} ({p.score:.2f})" for p in pairs[:12])
    more = f" and {len(pairs) - 12} more" if len(pairs) > 12 else ""
    return Cell(pairs[0].right, 0, 0, f"↕ also pairs with {names}{more}")


def _paragraph_note(sentence: int | None, starts: frozenset[int]) -> Cell | None:
    """A "¶" note on the separator before a sentence that opens a paragraph."""
    if sentence is not None and sentence in starts:
        return Cell(sentence, 0, 0, "¶")
    return None


def reading_layout(view: View, side: int, width: int) -> Layout:
    """Rows of one article in its own order (in the left cells): paragraphs as running text."""
    doc, text = view.docs[side], view.texts[side]
    paragraphs = doc.paragraphs or (
        ((doc.sentences[0][0], doc.sentences[-1][1]),) if doc.sentences else ()
    )
    counts = (len(doc.sentences), 0) if side == 0 else (0, len(doc.sentences))
    grid = Layout(width, counts)
    lines: list[tuple[int, int] | None] = []
    for p_start, p_end in paragraphs:
        if lines:
            lines.append(None)
        lines.extend(wrap(text, p_start, p_end, width - MARKER_WIDTH))
    grid.extend_running_text(lines)
    text_rows = numpy.array([i for i, line in enumerate(lines) if line is not None], dtype=int)
    if len(text_rows) and doc.sentences:
        row_starts = numpy.array([line[0] for line in lines if line is not None])
        spans = numpy.array(doc.sentences, dtype=int).reshape(-1, 2)
        first = numpy.maximum(numpy.searchsorted(row_starts, spans[:, 0], side="right") - 1, 0)
        ends = numpy.maximum(spans[:, 0], spans[:, 1] - 1)
        last = numpy.maximum(numpy.searchsorted(row_starts, ends, side="right") - 1, first)
        grid.place_all(side, text_rows[first].tolist(), text_rows[last].tolist())
    return grid
