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
