"""The search bar (``/``): one query over both articles, match counts in its border."""

from __future__ import annotations

from textual.widgets import Input

from .state import View, find_matches

Matches = tuple[list[tuple[int, int]], list[tuple[int, int]]]


class SearchBar(Input):
    """An Input that opens on ``/``, closes (and clears) on escape, and counts matches."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(
            id=id, placeholder="Search both articles · enter: next match · escape: close"
        )

    def open(self) -> None:
        self.display = True
        self.focus()

    def close(self) -> None:
        """Hide and clear (the Changed message then clears the marks)."""
        if self.display:
            self.value = ""
            self.display = False

    def matches(self, view: View, query: str) -> Matches:
        """Every case-insensitive occurrence in each article, shown as counts in the border."""
        found = (find_matches(view.texts[0], query), find_matches(view.texts[1], query))
        left, right = (len(m) for m in found)
        self.border_title = f"{left} in {view.tags[0]} · {right} in {view.tags[1]}" if query else ""
        return found
