"""Shared fixtures of the engine tests: the seed articles, and document and comparison
builders."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from compare.engine import build_document, compare_documents
from compare.model import Comparison, Document
from compare.reading import clean_text

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The two seed articles as shown: A is The National's, B the Pendle paper's."""
    seeds = ROOT / "seeds"
    return {
        "A": clean_text((seeds / "the-national-mpacuk.txt").read_text(encoding="utf-8")),
        "B": clean_text((seeds / "pendle-mpacuk.txt").read_text(encoding="utf-8")),
    }


@pytest.fixture(scope="session")
def make_doc() -> Callable[..., Document]:
    """``make_doc(text, doc_id="A")``: one document from an already clean text."""

    def make(text: str, doc_id: str = "A") -> Document:
        return build_document(doc_id, doc_id.lower(), f"test:{doc_id}", text)

    return make


@pytest.fixture(scope="session")
def compare_texts(make_doc: Callable[..., Document]) -> Callable[..., Comparison]:
    """``compare_texts(text_a, text_b, ..., **options)``: documents A, B, C... compared."""

    def run(*texts: str, **options: object) -> Comparison:
        ids = "ABCDEFGH"
        return compare_documents([make_doc(t, ids[i]) for i, t in enumerate(texts)], **options)

    return run
