"""Where the reader is, and where each navigation key takes them: pure functions over a View.

The app owns one ``Cursor``; the painters read it, the actions replace its fields. Keeping the
moves here, away from widgets, lets them be tested and reasoned about without a terminal.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from ..model import Fact, Mention, Status
from .layout import Layout
from .state import Pair, View

ALIGNED = "aligned"
READING = "reading"


@dataclass(slots=True)
class Cursor:
    """The current side and sentence, plus what the last jump was about."""

    side: int = 0
    sentences: list[int] = field(default_factory=lambda: [0, 0])
    """The sentence each side is at; the inactive side remembers its own."""
    pair: Pair | None = None
    """Set by next/previous pair: the pair the details line describes."""
    fact: tuple[str, int] | None = None
    """Set by a jump from the facts panel: ``(fact id, mention number)``."""
    diff: bool = False
    query: str = ""
    matches: tuple[list[tuple[int, int]], list[tuple[int, int]]] = ([], [])
    match: tuple[int, int] | None = None
    """The search match last jumped to: ``(side, index in matches[side])``."""

    @property
    def sentence(self) -> int:
        return self.sentences[self.side]

    def go(self, side: int, sentence: int) -> None:
        """Move to a sentence, forgetting the pair and fact that explained the last jump."""
        self.side, self.pair, self.fact = side, None, None
        self.sentences[side] = sentence

    def partners(self, view: View) -> set[int]:
        """Sentences of the inactive side to mark as partners of the current one."""
        if self.pair is not None:
            return {self.pair[1 - self.side]}
        return set(view.partner_sentences(self.side, self.sentence))

    def mention(self, view: View) -> tuple[int, Mention] | None:
        """The mention a facts-panel jump landed on, with its side, if it is on screen."""
        if self.fact is None:
            return None
        fact = view.facts_by_id.get(self.fact[0])
        if fact is None:
            return None
        mentions = shown_mentions(view, fact)
        return mentions[self.fact[1]] if self.fact[1] < len(mentions) else None


def order(view: View, layout: str, side: int) -> list[int]:
    """Sentences of one side in the order the layout shows them."""
    if layout == ALIGNED:
        return view.aligned_order[side]
    return list(range(len(view.docs[side].sentences)))


def step(view: View, layout: str, cursor: Cursor, delta: int) -> int:
    """The sentence ``delta`` places from the current one in display order (clamped)."""
    sentences = order(view, layout, cursor.side)
    if not sentences:
        return cursor.sentence
    position = _position(sentences, cursor.sentence)
    return sentences[max(0, min(len(sentences) - 1, position + delta))]


def _position(sentences: list[int], sentence: int) -> int:
    if sentences and sentences[0] == 0 and sentences[-1] == len(sentences) - 1:
        return min(sentence, len(sentences) - 1)
    try:
        return sentences.index(sentence)
    except ValueError:
        return 0


def near_row(view: View, layout: str, grid: Layout, side: int, row: int) -> int | None:
    """The sentence of ``side`` whose rows are nearest ``row`` (at or after it, else before)."""
    spans = [(s, grid.sentence_span(side, s)) for s in order(view, layout, side)]
    placed = [(s, span) for s, span in spans if span is not None]
    if not placed:
        return None
    index = bisect_left([span[0] for _, span in placed], row)
    if index > 0 and placed[index - 1][1][1] >= row:
        index -= 1
    return placed[min(index, len(placed) - 1)][0]


def page(
    view: View, layout: str, grid: Layout | None, cursor: Cursor, rows: int
) -> int | None:
    """The sentence about ``rows`` rows below (or above, if negative) the current one."""
    span = grid.sentence_span(cursor.side, cursor.sentence) if grid is not None else None
    if grid is None or span is None:
        return None
    return near_row(view, layout, grid, cursor.side, span[0] + rows)


def across(view: View, grid: Layout | None, cursor: Cursor) -> int | None:
    """Where tab lands on the other side: the best partner, else (aligned) the sentence facing
    the current one, else the sentence that side was last at. None if that side is empty."""
    side = 1 - cursor.side
    if not view.docs[side].sentences:
        return None
    if cursor.pair is not None:
        return cursor.pair[side]
    best = view.best_partner(cursor.side, cursor.sentence)
    if best is not None:
        return best
    span = grid.sentence_span(cursor.side, cursor.sentence) if grid is not None else None
    if grid is not None and span is not None:
        facing = near_row(view, ALIGNED, grid, side, span[0])
        if facing is not None:
            return facing
    return cursor.sentences[side]


def next_pair(view: View, cursor: Cursor, direction: int) -> Pair | None:
    """The aligned pair after (or before) the current one, in left-article order."""
    pairs = view.pairs
    if not pairs:
        return None
    if cursor.pair in pairs:
        index = pairs.index(cursor.pair) + direction
    else:
        keys = [(p.left, p.right) for p in pairs]
        anchor = cursor.sentences[0]
        index = bisect_left(keys, (anchor, -1))
        if direction < 0:
            index -= 1
    if 0 <= index < len(pairs):
        return pairs[index]
    return None


def next_marked(
    view: View, layout: str, cursor: Cursor, status: Status
) -> tuple[int, int] | None:
    """The next sentence, in display order, holding a mention of a fact with ``status``.

    Searches the current side after the cursor, then the other side, then wraps around.
    """
    for side, after in ((cursor.side, cursor.sentence), (1 - cursor.side, None)):
        wanted = set(view.sentences_with(side, status))
        if not wanted:
            continue
        sentences = order(view, layout, side)
        start = _position(sentences, after) + 1 if after is not None else 0
        for sentence in sentences[start:]:
            if sentence in wanted:
                return side, sentence
        if side != cursor.side:
            break
    wanted = set(view.sentences_with(cursor.side, status))
    for sentence in order(view, layout, cursor.side):
        if sentence in wanted:
            return cursor.side, sentence
    return None


def shown_mentions(view: View, fact: Fact) -> list[tuple[int, Mention]]:
    """Mentions of a fact in the shown documents, as ``(side, mention)``, left side first."""
    out = []
    for side, doc in enumerate(view.shown):
        out.extend((side, m) for m in fact.mentions if m.doc == doc)
    return out


def next_mention(view: View, cursor: Cursor, fact_id: str) -> tuple[int, int, int] | None:
    """``(side, sentence, mention number)`` of a fact's first mention, or of the next one when
    the cursor is already on this fact; None when neither shown document mentions it."""
    mentions = shown_mentions(view, view.facts_by_id[fact_id])
    if not mentions:
        return None
    index = 0
    if cursor.fact is not None and cursor.fact[0] == fact_id:
        index = (cursor.fact[1] + 1) % len(mentions)
    side, mention = mentions[index]
    return side, mention.sentence, index


def next_match(cursor: Cursor, view: View) -> tuple[int, int] | None:
    """The next search match after the cursor: current side first, then the other, wrapping."""
    sides = (cursor.side, 1 - cursor.side)
    if cursor.match is not None:
        side, index = cursor.match
        if index + 1 < len(cursor.matches[side]):
            return side, index + 1
        other = 1 - side
        if cursor.matches[other]:
            return other, 0
        return (side, 0) if cursor.matches[side] else None
    sentences = view.docs[cursor.side].sentences
    start_offset = sentences[cursor.sentence][0] if sentences else 0
    spans = cursor.matches[cursor.side]
    index = bisect_left([s for s, _ in spans], start_offset)
    if index < len(spans):
        return cursor.side, index
    for side in sides[1:] + sides[:1]:
        if cursor.matches[side]:
            return side, 0
    return None
