"""The two seed articles as a comparison, for ``demo()``, the tests and the README screenshot."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..engine import build_document, compare_documents
from ..model import Comparison, Document
from ..reading import read_sources, seed_paths

if TYPE_CHECKING:
    from textual.pilot import Pilot

BOASTED = ("boasted of ousting", "we kicked out 8 MPs")
"""The pair the README and the tests show: a paraphrase with "eight" against "8"."""


def seed_documents() -> list[Document]:
    """The seeds read as the command line reads them (markup stripped, entities decoded)."""
    return [
        build_document(doc_id, s.label, s.source, s.text, s.title)
        for doc_id, s in zip("AB", read_sources(seed_paths()), strict=True)
    ]


async def press_until_pair(pilot: Pilot, left_words: str, right_words: str) -> bool:
    """Press ``n`` until the current pair holds both phrases; False when no pair does."""
    from .app import CompareApp

    app = pilot.app
    assert isinstance(app, CompareApp)
    docs = app.view.docs
    for _ in range(len(app.view.pairs)):
        await pilot.press("n")
        pair = app.cursor.pair
        if (
            pair
            and left_words in docs[0].sentence_text(pair.left)
            and right_words in docs[1].sentence_text(pair.right)
        ):
            return True
    return False


def seed_comparison() -> tuple[Comparison, Callable[[float], Comparison]]:
    """The seeds compared, and a recompute callable for another threshold."""
    docs = seed_documents()

    def recompute(threshold: float) -> Comparison:
        return compare_documents(docs, threshold=threshold)

    return compare_documents(docs), recompute


async def _screenshot(path: Path, size: tuple[int, int]) -> None:
    from .app import CompareApp

    comparison, recompute = seed_comparison()
    app = CompareApp(comparison, recompute=recompute)
    app.theme = "textual-dark"
    async with app.run_test(size=size) as pilot:
        await press_until_pair(pilot, *BOASTED)
        await pilot.pause()
        app.save_screenshot(path.name, str(path.parent))


async def _coverage_screenshot(path: Path, files: list[str], size: tuple[int, int]) -> None:
    from .app import CompareApp

    documents = [
        build_document(_doc_id(i), s.label, s.source, s.text, s.title)
        for i, s in enumerate(read_sources(files))
    ]
    app = CompareApp(compare_documents(documents))
    app.theme = "textual-dark"
    async with app.run_test(size=size) as pilot:
        await pilot.press("down", "down", "down", "down", "right", "right")
        await pilot.pause()
        app.save_screenshot(path.name, str(path.parent))


def _doc_id(index: int) -> str:
    """A, B, ... Z, then A2, B2, ... as the command line names documents."""
    letter = chr(ord("A") + index % 26)
    return letter if index < 26 else f"{letter}{index // 26 + 1}"


def main() -> None:
    """``python -m compare.tui.seeds [PATH]``: save the README screenshot of the pair view of
    the seeds (160x48 SVG); ``python -m compare.tui.seeds PATH FILE FILE FILE ...``: the
    coverage view of those articles instead."""
    import asyncio
    import sys

    path = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshot.svg")
    path.parent.mkdir(parents=True, exist_ok=True)
    files = sys.argv[2:]
    if files:
        asyncio.run(_coverage_screenshot(path, files, (160, 48)))
    else:
        asyncio.run(_screenshot(path, (160, 48)))
    print(path)


if __name__ == "__main__":
    main()
