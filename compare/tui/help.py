"""The help screen (``?``): every key, from the app's own bindings, and the legend."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from .header import LEGEND

KEY_NAMES = {"question_mark": "?", "slash": "/", "plus": "+", "equals_sign": "=", "minus": "-"}
"""How a key is written in the help, where its Textual name is not the character."""

EXTRA_KEYS = (
    ("pageup / pagedown / space", "Move a screen up or down"),
    ("home / end", "First or last sentence"),
    ("1 2 3 4 5", "Facts filter: all, shared, only left, only right, disagreements"),
    ("enter (facts panel)", "Go to the fact's first mention; again for the next one"),
    ("enter (search)", "Go to the next match"),
    ("mouse click", "Select a sentence, or a fact in the table"),
    ("ctrl+p", "Command palette: every action by name"),
)


def key_lines(
    bindings: Iterable[Binding], extra: Iterable[tuple[str, str]] = EXTRA_KEYS
) -> Content:
    """One line per action: its keys and what it does."""
    keys: dict[str, list[str]] = {}
    descriptions: dict[str, str] = {}
    for binding in bindings:
        if not binding.description:
            continue
        keys.setdefault(binding.action, []).append(KEY_NAMES.get(binding.key, binding.key))
        descriptions[binding.action] = binding.tooltip or binding.description
    rows = [(" / ".join(keys[a]), descriptions[a]) for a in keys]
    rows += list(extra)
    width = max(len(k) for k, _ in rows) + 2
    lines = [Content.assemble((k.ljust(width), "bold $text-accent"), d) for k, d in rows]
    return Content("\n").join(lines)


def legend_lines() -> Content:
    """How each mark looks, with the cue that stays without colour."""
    lines = [Content.styled("Marks in the text", "bold")]
    for name, cue, _ in LEGEND:
        lines.append(Content(f"  {name}: {cue}"))
    lines.append(Content("  ▶ / ┃ the current sentence · ◆ / │ its partner(s) on the other side"))
    lines.append(Content("  ¶ a new paragraph · the middle column gives each pair's score"))
    return Content("\n").join(lines)


class HelpScreen(ModalScreen[None]):
    """Keys and legend over the articles; any of escape, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close help"),
    ]

    def __init__(
        self,
        bindings: Iterable[Binding],
        extra: Iterable[tuple[str, str]] = EXTRA_KEYS,
        legend: Content | None = None,
    ) -> None:
        super().__init__()
        self.listed_bindings = list(bindings)
        self.extra = list(extra)
        self.legend = legend

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "compare-news · keys"
            body.border_subtitle = "escape to close"
            yield Static(key_lines(self.listed_bindings, self.extra), id="help-keys")
            legend = legend_lines() if self.legend is None else self.legend
            yield Static(legend, id="help-legend")
