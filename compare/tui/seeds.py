"""The two seed articles as a comparison, for ``demo()``, the tests and the README screenshot."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path

from ..engine import build_document, compare_documents
from ..model import Comparison, Document

SEED_NAMES = ("the-national-mpacuk", "pendle-mpacuk")
_TAG = re.compile(r"<[^>]+>")


def seed_folder() -> Path:
    """``seeds/`` of a checkout, else the copy the wheel ships inside the package."""
    package = Path(__file__).resolve().parents[1]
    for folder in (package.parent / "seeds", package / "seeds"):
        if folder.is_dir():
            return folder
    raise FileNotFoundError("the seed articles are not installed")


def seed_documents() -> list[Document]:
    """The seeds with their tags stripped and entities decoded."""
    docs = []
    for doc_id, name in zip("AB", SEED_NAMES, strict=True):
        path = seed_folder() / f"{name}.txt"
        text = html.unescape(_TAG.sub("", path.read_text(encoding="utf-8"))).strip()
        docs.append(build_document(doc_id, name, str(path), text))
    return docs


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
        docs = app.view.docs
        for _ in range(len(app.view.pairs)):  # the pair the README talks about
            await pilot.press("n")
            pair = app.cursor.pair
            if (
                pair
                and "boasted of ousting" in docs[0].sentence_text(pair.left)
                and "we kicked out 8 MPs" in docs[1].sentence_text(pair.right)
            ):
                break
        await pilot.pause()
        app.save_screenshot(path.name, str(path.parent))


def main() -> None:
    """``python -m compare.tui.seeds [PATH]``: save the README screenshot (160x48 SVG)."""
    import asyncio
    import sys

    path = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshot.svg")
    path.parent.mkdir(parents=True, exist_ok=True)
    asyncio.run(_screenshot(path, (160, 48)))
    print(path)


if __name__ == "__main__":
    main()
