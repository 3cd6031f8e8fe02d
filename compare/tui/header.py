"""The lines above the articles: sources, summary counts, legend, and the column titles."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.style import Style
from textual.widget import Widget
from textual.widgets import LoadingIndicator, Static

from .cursor import ALIGNED
from .layout import GUTTER_WIDTH, MARKER_WIDTH, column_widths
from .state import View
from .theme import component_style

LEGEND = (
    ("shared", "underlined", "compare--shared"),
    ("only here", "bold", "compare--unique"),
    ("in conflict", "reversed", "compare--conflict"),
    ("word diff", "italic", "compare--diff"),
)
"""Each mark's name, the text style that carries it without colour, and its component class."""


def summary_line(view: View) -> Content:
    """The counts of the comparison, as the issue defines them."""
    counts = view.counts()
    left, right = view.tags
    total = len(view.comparison.documents)
    story = f" of all {total}" if total > 2 else ""
    parts: list[str | tuple[str, str]] = [
        (str(counts["shared"]), "bold"),
        " shared facts · " if total == 2 else " facts both report · ",
        (str(counts["only_left"]), "bold"),
        f" only in {left}{story} · ",
        (str(counts["only_right"]), "bold"),
        f" only in {right}{story} · ",
        (str(counts["conflict"]), "bold"),
        " disagreements · ",
        (str(counts["pairs"]), "bold"),
        " aligned sentence pairs",
    ]
    return Content.assemble(*parts)


def sources_line(view: View, layout: str) -> Content:
    """Which documents are shown, at which threshold, in which layout."""
    left, right = view.tags
    total = len(view.comparison.documents)
    parts: list[str | tuple[str, str]] = [
        (f" {left} ", "reverse bold"),
        " ",
        (view.docs[0].label, "bold"),
        "  ↔  ",
        (f" {right} ", "reverse bold"),
        " ",
        (view.docs[1].label, "bold"),
        f"   threshold {view.comparison.threshold:.2f} · {layout} layout",
    ]
    if total > 2:
        parts.append(f" · 2 of {total} documents (o: next pair · b: back to the table)")
    return Content.assemble(*parts)


class SummaryHeader(Widget):
    """Sources and counts at the top, with a busy indicator while the pairs are recomputed."""

    def compose(self) -> ComposeResult:
        with Horizontal(id="sources-row"):
            yield Static(id="sources")
            yield LoadingIndicator(id="busy")
        yield Static(id="counts")
        yield Legend(id="legend")

    def on_mount(self) -> None:
        self.query_one("#busy").display = False

    def show(self, view: View, layout: str = ALIGNED) -> None:
        """Write the lines for a view."""
        self.query_one("#sources", Static).update(sources_line(view, layout))
        self.query_one("#counts", Static).update(summary_line(view))

    def busy(self, on: bool) -> None:
        """Show or hide the recompute indicator."""
        self.query_one("#busy").display = on


class Legend(Static):
    """The legend line: each mark drawn in its own style (the same component classes as the
    columns, so the theme colours them alike), with its no-colour cue named."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {cls for _, _, cls in LEGEND}

    def render(self) -> Content:
        parts: list[str | tuple[str, Style] | Content] = ["Legend: "]
        for name, cue, cls in LEGEND:
            parts.append((name, component_style(self, cls)))
            parts.append(f" ({cue}) · ")
        parts.append("▶ cursor · ◆ partner · ¶ paragraph · middle: pair score")
        return Content.assemble(*parts)


class ColumnTitles(Static):
    """The two article titles above the aligned layout, over their columns."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.view: View | None = None

    def show(self, view: View) -> None:
        self.view = view
        self.refresh()

    def render(self) -> Content:
        if self.view is None:
            return Content("")
        scrollbar = self.app.query_one("#aligned").styles.scrollbar_size_vertical
        left_width, right_width = column_widths(self.size.width - scrollbar)
        left = _title(self.view, 0).truncate(left_width, ellipsis=True)
        right = _title(self.view, 1).truncate(right_width, ellipsis=True)
        gutter = Content(" " + "score".center(GUTTER_WIDTH - 1))
        pad = " " * MARKER_WIDTH
        return Content.assemble(
            pad, left.pad_right(left_width - left.cell_length), gutter, pad, right
        )


def _title(view: View, side: int) -> Content:
    """Tag, label, size, and the outlet and publication date where the source gives them
    (page metadata, a time stamp, ``--published``): a reader weighs a report by them."""
    doc = view.docs[side]
    about = "".join(f" · {value}" for value in (doc.outlet, doc.published) if value)
    return Content.assemble(
        (f" {view.tags[side]} ", "reverse bold"),
        " ",
        (doc.label, "bold"),
        f" · {len(doc.sentences)} sentences{about}",
    )


def reading_title(view: View, side: int) -> Content:
    """Title above one reading column."""
    return _title(view, side)
