"""The two layouts as panes: titles over the columns, and shown or hidden as one.

``m`` switches between them through a ContentSwitcher; each pane knows how to show a view and,
for the reading pane, how to get its rows ready before it is first shown.
"""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static
from textual.worker import get_current_worker

from .columns import AlignedView, ReadingColumn
from .cursor import Cursor
from .header import ColumnTitles, reading_title
from .layout import reading_layout
from .state import View


class AlignedPane(Vertical):
    """Column titles over the aligned view."""

    def compose(self) -> ComposeResult:
        yield ColumnTitles(id="titles")
        yield AlignedView(id="aligned")

    def show(self, view: View, cursor: Cursor) -> None:
        self.query_one(ColumnTitles).show(view)
        self.query_one(AlignedView).show(view, cursor)


class ReadingPane(Horizontal):
    """Each article in its own column, under its own title."""

    def compose(self) -> ComposeResult:
        for side in (0, 1):
            with Vertical(classes="reading-side"):
                yield Static(id=f"reading-title-{side}", classes="reading-title")
                yield ReadingColumn(side, id=f"reading-{side}")

    def show(self, view: View, cursor: Cursor) -> None:
        for side in (0, 1):
            self.query_one(f"#reading-title-{side}", Static).update(reading_title(view, side))
            self.query_one(f"#reading-{side}", ReadingColumn).show(view, cursor)

    @work(thread=True, exclusive=True, group="prepare", exit_on_error=False)
    def prepare(self, view: View, width: int) -> None:
        """Build the rows off the UI thread while the aligned layout is on screen, so the first
        ``m`` on a long pair does not wait for them. The widths are predicted from app.tcss
        (half the screen, less a border and a scrollbar); a wrong guess only costs the time."""
        for side, column_width in enumerate((width // 2 - 2, width - width // 2 - 1)):
            layout = reading_layout(view, side, column_width)
            if get_current_worker().is_cancelled:
                return
            column = self.query_one(f"#reading-{side}", ReadingColumn)
            self.app.call_from_thread(column.adopt, view, layout)
