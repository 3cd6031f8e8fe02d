"""Component-class styles as Textual ``Style`` objects for painting Content.

``Widget.get_visual_style(partial=True)`` drops ``reverse`` and fully opaque backgrounds, and a
Rich style loses the alpha of ``$primary 20%``; the marks need all three (reverse is the
no-colour cue for a disagreement), so they are read from the component's rules directly.
"""

from __future__ import annotations

from textual.color import Color
from textual.dom import DOMNode
from textual.style import Style


def component_style(node: DOMNode, name: str) -> Style:
    """The colours (with alpha) and text style a component class sets, nothing inherited."""
    styles = node.get_component_styles(name)
    text_style = styles.text_style
    background = styles.background if styles.has_rule("background") else None
    color = styles.color if styles.has_rule("color") else None
    if color is not None and styles.auto_color:
        # "auto 60%" (as in $text-muted) means: contrasting with what is underneath
        underneath = node.background_colors[1] + (background or Color(0, 0, 0, 0))
        color = underneath.get_contrast_text(color.a)
    return Style(
        background=background,
        foreground=color,
        bold=text_style.bold,
        dim=text_style.dim,
        italic=text_style.italic,
        underline=text_style.underline,
        reverse=text_style.reverse,
        strike=text_style.strike,
    )
