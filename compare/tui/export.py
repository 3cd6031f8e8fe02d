"""Writing the text report from the view (the ``e`` key): where it goes, and writing it safely."""

from __future__ import annotations

from pathlib import Path

from ..model import Comparison


def default_report_path(comparison: Comparison) -> Path:
    """``<first input stem>.compare.txt`` beside the first input; for stdin, in the cwd."""
    first = comparison.documents[0]
    if first.source in ("", "-", "stdin"):
        return Path.cwd() / "stdin.compare.txt"
    source = Path(first.source)
    return source.with_name(f"{source.stem}.compare.txt")


def write_report(comparison: Comparison, path: Path) -> Path:
    """Render the plain-text report and write it whole, or not at all (temp file, then rename).

    The renderer is imported here, not at the top: the view must open even while the report
    module is being changed, and the report never needs the view.
    """
    from ..report.text import render

    text = render(comparison, color=False)
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)
    return path
