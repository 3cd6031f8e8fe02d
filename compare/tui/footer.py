"""The footer of keys, rebuilt only when the keys it shows change."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer


def _shown_keys(screen: Screen) -> tuple[object, ...]:
    """What the footer shows of a screen's bindings: each key with its binding, whether it is
    enabled, and its tooltip."""
    return tuple((key, active.binding, active.enabled, active.tooltip)
                 for key, active in screen.active_bindings.items())


class KeysFooter(Footer):
    """Textual's footer, less the rebuilds that change nothing.

    Textual's footer mounts its keys afresh (some thirty widgets, each styled) whenever the
    screen's bindings are refreshed, and switching between the coverage table and the pair view
    refreshes them although the keys are the same, and refreshes them too for the screen put
    away, whose keys are then disabled: that was about a third of the switch. This one keeps
    its keys when the bindings it would show are those it shows, and leaves a screen put away
    (not under a modal one) alone until it is shown again, when its bindings are refreshed.
    """

    def __init__(self, *, compact: bool = False) -> None:
        super().__init__(compact=compact)
        self._shown: tuple[object, ...] | None = None

    def compose(self) -> ComposeResult:
        self._shown = _shown_keys(self.screen) if self._bindings_ready else None
        yield from super().compose()

    def bindings_changed(self, screen: Screen) -> None:
        top = self.app.screen
        if screen is not top and not top.is_modal:
            return  # a screen put away (the pair view under the table): redrawn when it returns
        if self._shown is not None and _shown_keys(screen) == self._shown:
            return
        super().bindings_changed(screen)
