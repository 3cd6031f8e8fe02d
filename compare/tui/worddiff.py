"""Word-level differences between a sentence and its aligned partner(s).

Only words count: punctuation and spacing differences would mark almost every pair without
telling the reader anything. Words are compared case-insensitively.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..report.common import word_opcodes

Token = tuple[str, int, int]
"""A normalised word and its ``(start, end)`` offsets in the document text."""

_WORD = re.compile(r"\w+(?:['’.,\-]\w+)*")


def tokens(text: str, start: int, end: int) -> list[Token]:
    """The words of ``text[start:end]`` with offsets into ``text``."""
    return [(m.group().casefold(), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


def changed_spans(words: Sequence[Token], partner_words: Sequence[Token]) -> list[tuple[int, int]]:
    """Spans of ``words`` that the partner does not have (added, dropped or changed words).

    Runs of changed words merge into one span, so "fourteen Tory" reads as one change. The
    report's ``word_opcodes`` compares them, at a bounded cost on a hostile sentence.
    """
    spans: list[tuple[int, int]] = []
    for tag, i1, i2, _j1, _j2 in word_opcodes([w for w, _, _ in words],
                                              [w for w, _, _ in partner_words]):
        if tag in ("replace", "delete") and i2 > i1:
            spans.append((words[i1][1], words[i2 - 1][2]))
    return spans
