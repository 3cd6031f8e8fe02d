"""Every key of the view, and the same actions as command-palette entries.

One list feeds the Footer, the help screen and ``check_action``; the palette entries call the
same ``action_*`` methods, so a key and its command can never drift apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from textual.app import SystemCommand
from textual.binding import Binding, BindingType

from .facts_panel import FILTERS

if TYPE_CHECKING:
    from .app import CompareApp

BINDINGS: list[BindingType] = [
    Binding("q", "quit", "Quit"),
    Binding("question_mark", "help", "Help", key_display="?"),
    Binding("b", "coverage", "Table", tooltip="Back to the coverage table (3+ documents)"),
    Binding("down,j", "move(1)", "Next sentence", show=False),
    Binding("up,k", "move(-1)", "Previous sentence", show=False),
    Binding("tab", "switch_column", "Column", priority=True, tooltip="Switch column"),
    Binding("n", "next_pair(1)", "Next pair", tooltip="Next aligned pair"),
    Binding("p", "next_pair(-1)", "Prev pair", tooltip="Previous aligned pair"),
    Binding("u", "next_marked('unique')", "Only-here",
            tooltip="Next sentence with a fact only its source reports"),
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
    Binding("escape", "close", "Close", show=False,
            tooltip="Close the search bar, or leave the facts table"),
    *(Binding(str(key), f"filter('{name}')", show=False) for key, name in enumerate(FILTERS, 1)),
]


PALETTE_PAIRS = 8
"""Up to this many documents the palette offers every pair; beyond, the coverage table does."""


def system_commands(app: CompareApp) -> Iterator[SystemCommand]:
    """Palette entries for the main actions (and, with 3+ documents, each pair of them)."""
    entries: list[tuple[str, str, Callable[[], object]]] = [
        ("Layout: aligned / reading", "Switch layouts (m)", app.action_toggle_layout),
        ("Facts panel", "Show or hide the table of facts (f)", app.action_toggle_facts),
        ("Word differences", "Mark changed words inside pairs (d)", app.action_toggle_diff),
        ("Next aligned pair", "n", lambda: app.action_next_pair(1)),
        ("Previous aligned pair", "p", lambda: app.action_next_pair(-1)),
        ("Next only-here fact", "u", lambda: app.action_next_marked("unique")),
        ("Next disagreement", "c", lambda: app.action_next_marked("conflict")),
        ("Search both articles", "/", app.action_search),
        ("Raise alignment threshold", "+0.05 (+)", lambda: app.action_threshold(1)),
        ("Lower alignment threshold", "-0.05 (-)", lambda: app.action_threshold(-1)),
        ("Export text report", "Write it next to the first input (e)", app.action_export),
        ("Help", "Keys and legend (?)", app.action_help),
    ]
    for key, name in enumerate(FILTERS, 1):
        show_facts = partial(app.action_filter, name)
        entries.append((f"Facts: {name}", f"Filter the facts panel ({key})", show_facts))
    documents = app.comparison.documents
    if len(documents) > 2:
        entries.append(("Coverage table", "Who reports what, every source (b)",
                        app.action_coverage))
    if 2 < len(documents) <= PALETTE_PAIRS:
        for a in range(len(documents)):
            for b in range(a + 1, len(documents)):
                title = f"Compare {documents[a].label} with {documents[b].label}"
                entries.append((title, "Documents", partial(app.show_documents, (a, b))))
    for title, help_text, callback in entries:
        yield SystemCommand(title, help_text, callback)
