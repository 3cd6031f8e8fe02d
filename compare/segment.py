"""Split news text into paragraphs and sentences, as character spans into the text.

News paragraphs are lines, so a line break always ends a sentence: headlines, datelines and
section headings need no punctuation to stand alone. Inside a line, a regex finds every candidate
end (``.``, ``!``, ``?`` or an ellipsis, closing quotes and brackets, then whitespace) and
``_ends_sentence`` decides from the word before it and the word after it. Each candidate is
judged in constant time, so the scan is linear in the length of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from compare.lexicon import TITLE_ABBREVIATIONS
from compare.model import Span

from . import patterns

_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_PARAGRAPH = patterns.compile(rf"\S(?:[^{_LINE_BREAKS}]*\S)?")

_OPENERS = "\"'“‘«‹„([{"
CLOSING_MARKS = "\"'”’»›)]}"
"""Quotation marks and brackets that may close a sentence after its stop."""
_QUOTES = "\"'“”‘’«»‹›„"
_CANDIDATE = patterns.compile(
    rf"(?P<punct>[.!?…](?<![.!?…][.!?…])(?:(?<=\.)(?:[ ]\.){{2,3}}|[.!?…]*+))"
    rf"(?P<close>[{re.escape(CLOSING_MARKS)}]*+)\s++"
    rf"(?P<open>[{re.escape(_OPENERS)}]*+)(?P<word>\w[\w'’-]*+)?"
)
"""Possessive runs, tried only where a run of punctuation starts (the mark first, then the
look-behind, so the scan jumps from mark to mark): a run of ``....`` or ``????`` without a
space after it is scanned once, not once from each of its marks. A spaced ellipsis (". . ."
or ". . . .") is one mark."""
_LIST_MARKER = patterns.compile(
    r"(?<!\S)(?P<bullet>[•⁃][ \t]*+)?(?P<item>\d{1,3}|[a-z])(?P<mark>\.\)|\)|\.)(?=\s)"
)
"""An item marker of a list written on one line: "1.", "2)", "1.)", "a.", "• 9.", "⁃10."."""
_ATTRIBUTION = patterns.compile(
    r"(?:[A-Z][\w'’.-]*\s+){1,3}(?:said|says|asked|asks|told|added|replied|wrote|tweeted"
    r"|shouted|cried|exclaimed|wondered|insisted|continued)\b"
)
_QUOTE_MARK = patterns.compile(r"[\"“”«»]")
_CLOSING_POSITION = patterns.compile(r"[,.;:!?]|$")
"""An opening mark before punctuation closes a quotation: "there goes the orchestra “, the
comedian said" (typed with the wrong mark)."""
_MAX_QUOTATION = 600
"""Longer quoted passages are split as usual: a quote mark misread far away joins nothing."""
_TIME_WORD = patterns.compile(r"\s+time\b", re.IGNORECASE)
_DASH_THEN_LOWER = patterns.compile(r"[-–—][ \t]*+[a-z]")
"""A dash and a lower-case word after the mark: a word cut by a spaced hyphen, no new
sentence."""
_HYPHENED_INITIAL = patterns.compile(r"[DRI]-[A-Z]")
"""A party's letter and a state's first initial: "D-W." of "(D-W. Va.)" (the label
``names._party_of_a_state`` reads)."""
_INITIALISM = patterns.compile(r"(?:[A-Za-z]\.)+[A-Za-z]|Ph\.D")
_MAX_TOKEN = 24


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_NEVER_ENDS = TITLE_ABBREVIATIONS | _words("vs v e.g i.e cf viz incl esp approx")
"""Abbreviations that always lead into more of the same sentence (titles, "vs.", "e.g.")."""

_ENDS_BEFORE_STARTER = _words(
    "jr sr inc corp ltd co bros plc llc st ave blvd rd mt ft dept dist univ assn al"
)
"""Abbreviations that end a sentence only when a word that typically opens one follows."""

_BEFORE_NUMBER = _words(
    """no nos n° nº vol vols p pp pt art fig ch sec para tel ext op est etc jan feb mar apr jun
    jul aug sep sept oct nov dec"""
)
"""Abbreviations that lead into a number ("No. 10", "Nov. 10") but may end a sentence."""

_TIMES = frozenset({"a.m", "p.m"})

_STARTERS = _words(
    """the a an this that these those there then thus it its it's it’s he she his her they their
    we our i you your in on at by for from with after before during while when where what why
    how who which if as but and or so yet since although though however meanwhile also still
    some many most all both each one no not under over until despite according among earlier
    later last"""
)
"""Capitalised words that open sentences far more often than they continue a name."""

_TIME_CONTINUATIONS = _words(
    """monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
    fri sat sun january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec gmt utc est edt cst cdt mst mdt
    pst pdt et ct mt pt bst cet cest eet eest ist jst aest aedt hkt sgt wat eat cat msk local
    eastern central mountain pacific greenwich"""
)
"""Words that carry a clock time on ("7 p.m. Friday", "3 p.m. EST"), so no split before them."""


def split_paragraphs(text: str) -> list[Span]:
    """Spans of the non-blank lines of ``text``: in news text a line break ends a paragraph."""
    return [m.span() for m in _PARAGRAPH.finditer(text)]


def split_sentences(text: str) -> list[Span]:
    """Sentence spans in order; each lies inside one paragraph and is stripped of whitespace."""
    spans: list[Span] = []
    for p_start, p_end in split_paragraphs(text):
        start = p_start
        quoted: list[Span] | None = None  # read at the first stop that may end a sentence:
        # most paragraphs of news are one sentence, whose last stop is no candidate
        items = _list_items(text, p_start, p_end)
        item_marks = {mark for _, mark in items} if items else ()
        next_item = 1
        for m in _CANDIDATE.finditer(text, p_start, p_end):
            while next_item < len(items) and items[next_item][0] < m.start():
                start = _item_break(text, spans, start, items[next_item][0])
                next_item += 1
            if m.start() in item_marks:
                continue
            end = m.end("close")
            if _too_short(text, start, m.start()) or not _ends_sentence(text, m, p_end):
                continue
            if quoted is None:
                quoted = _quotations(text, p_start, p_end)
            at = bisect_right(quoted, (m.start(), p_end)) - 1
            if at >= 0 and end < quoted[at][1]:
                continue  # inside a quotation that closes later in the paragraph
            following = m.start("open")
            if _period_then_ellipsis(text, m):
                end, following = m.start() + 1, m.start() + 2
            spans.append((start, end))
            start = following
        for item_start, _ in items[next_item:]:
            start = _item_break(text, spans, start, item_start)
        spans.append((start, p_end))
    return spans


def quoted_openings(text: str, start: int, end: int) -> list[int]:
    """Where a sentence opens inside the sentence ``[start, end)``: the later sentences of a
    quotation ``split_sentences`` kept whole ("“I partied hard. But I think…”"). A word there
    is capitalised by its place, as at a sentence's start, not because it names something.
    ``[start, end)`` is a sentence ``split_sentences`` gave: every stop inside it that ends
    a sentence is one the quotation kept."""
    found: list[int] = []
    for m in _CANDIDATE.finditer(text, start, end):
        if m.group("word") and not _too_short(text, start, m.start()) and _ends_sentence(
            text, m, end
        ):
            found.append(m.start("word"))
            start = m.start("open")
    return found


def _item_break(text: str, spans: list[Span], start: int, item: int) -> int:
    """End the sentence before a list item (unless one ended there), return the next start."""
    end = item
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
    return item


def _list_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, mark) of each item of a list on one line that opens its paragraph: "1. The first
    item 2. The second item", "a) ... b) ...". Only markers that count on from the first one in
    the same style are items, so "at 2. The" in running text is not one."""
    first = _LIST_MARKER.match(text, start, end)
    if first is None:
        return []
    items = [(first.start(), first.start("mark"))]
    style = (bool(first.group("bullet")), first.group("mark"))
    expected = _successor(first.group("item"))
    for m in _LIST_MARKER.finditer(text, first.end(), end):
        if (bool(m.group("bullet")), m.group("mark")) == style and m.group("item") == expected:
            items.append((m.start(), m.start("mark")))
            expected = _successor(expected)
    return items if len(items) > 1 else []


def _successor(item: str) -> str:
    return str(int(item) + 1) if item.isdigit() else chr(ord(item) + 1)


def _period_then_ellipsis(text: str, m: re.Match[str]) -> bool:
    """ "compounds. . . . The": a full stop on the word, then an ellipsis that opens the next
    sentence."""
    punct = m.group("punct")
    return punct.count(".") == 4 and " " in punct and m.start() > 0 and not text[
        m.start() - 1].isspace()


def _quotations(text: str, start: int, end: int) -> list[Span]:
    """The double-quoted passages of a paragraph that close in it, as (open, close + 1).

    A quotation of several sentences stays one sentence with its attribution ("“I am so
    excited. You know what they say,” said DeGeneres."): outlets quote the same words but
    cut them into sentences differently. A quote mark opened again before the first closes
    starts the quotation afresh; one left open at the paragraph's end is not a passage.
    """
    found: list[Span] = []
    opened = -1
    straight = -1
    for m in _QUOTE_MARK.finditer(text, start, end):
        mark = m.group()
        if mark == '"':
            at = m.start()
            before = text[at - 1] if at > start else " "
            after = text[m.end()] if m.end() < end else " "
            if straight < 0 and (before.isspace() or before in "([—–-") and not after.isspace():
                straight = at
            elif straight >= 0 and not before.isspace() and not after.isalnum():
                found.append((straight, m.end()))
                straight = -1
            # otherwise an inch mark or a stray quote: neither opens nor closes
        elif mark in "“«" and not _CLOSING_POSITION.match(text, m.end(), end):
            opened = m.start()
        elif opened >= 0:
            found.append((opened, m.end()))
            opened = -1
    return sorted(q for q in found if q[1] - q[0] <= _MAX_QUOTATION)


def _too_short(text: str, start: int, punct: int) -> bool:
    """A lone list marker or punctuation ("1.", "...") is not a sentence of its own."""
    return punct - start <= 4 and not any(c.isalpha() for c in text[start:punct])


def _token_before(text: str, end: int) -> str:
    """The word just before ``end`` without its opening punctuation, or "" when very long."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
        if end - start > _MAX_TOKEN:
            return ""
    return text[start:end].lstrip(_OPENERS)


def _ends_sentence(text: str, m: re.Match[str], limit: int) -> bool:
    """Whether candidate ``m`` ends a sentence; a lowercase word after it never starts one."""
    word = m.group("word") or ""
    opener = m.group("open")
    first = word[:1] or text[m.end("open") : m.end("open") + 1]
    if first.islower() or not word and _DASH_THEN_LOWER.match(text, m.end("open"), limit):
        return False  # "Sunnyvale, Calif. - based SeaMicro", "E! -series": one word cut
    punct = m.group("punct")
    if "!" in punct or "?" in punct:
        return not (m.group("close") and not opener and _is_attribution(text, m, limit))
    if "…" in punct or len(punct) > 1:
        if " " in punct:  # a spaced ellipsis: ". . ." leaves words out, ". . . ." also ends
            return punct.count(".") == 4 and (first.isupper() or _has_quote(opener))
        if text[m.start() - 1 : m.start()] == "[" and m.group("close")[:1] == "]":
            return False  # "[...]" marks words left out of a quotation
        return first.isupper() or _has_quote(opener)
    if m.group("close"):
        return True
    return _ends_after_period(_token_before(text, m.start()), opener, word, first, text, m, limit)


def _ends_after_period(
    prev: str, opener: str, word: str, first: str, text: str, m: re.Match[str], limit: int
) -> bool:
    """Whether a period after ``prev`` ends the sentence, given what follows it."""
    low = prev.lower()
    digit = first.isdigit() or first in "$£€¥#"
    if low in _TIMES:
        if digit or "(" in opener:
            return False
        if _has_quote(opener):
            return True
        continues = word.lower() in _TIME_CONTINUATIONS or _TIME_WORD.match(text, m.end(), limit)
        return first.isupper() and not continues
    if low in _NEVER_ENDS:
        return False
    initial = len(prev) == 1 and prev.isupper() and not (
        prev == "I" and _token_before(text, m.start() - 2)[:1].islower()
    ) or bool(_HYPHENED_INITIAL.fullmatch(prev))
    # "you and I. Did you see Albert I. Jones": after a lower-case word, the pronoun; "Sen.
    # Robert Byrd, D-W. Va.": the party, then the state's initials
    starter_only = low.rsplit("-", 1)[-1] in _ENDS_BEFORE_STARTER or initial or bool(
        _INITIALISM.fullmatch(prev))  # after a hyphen too: "Aoraki-Mt. Cook National Park"
    if digit:
        return not (starter_only or low in _BEFORE_NUMBER)
    if starter_only:
        return _has_quote(opener) or word.lower() in _STARTERS
    return True


def _has_quote(opener: str) -> bool:
    return any(c in _QUOTES for c in opener)


def _is_attribution(text: str, m: re.Match[str], limit: int) -> bool:
    """``"Why?" Smith asked.``: a name and a speech verb after a quoted question continue it."""
    return bool(_ATTRIBUTION.match(text, m.start("word"), limit)) if m.group("word") else False
