"""Numbers, money, percentages, dates and times in one document, each with what it counts.

Pure functions over a ``Document``; matching mentions across documents is ``match``'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import _CAPS_MONTH, DATE_GROUPS, FALLBACK, GROUPS, resolve
from .lexicon import (
    PARTICLES,
    STOPWORDS,
    fold,
    stem,
    synonyms,
    words,
)
from .model import Document, Kind, Span

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20,
}
_SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "m": 1_000_000, "bn": 1_000_000_000, "k": 1_000,
}
_VAGUE = {
    "dozens": "dozens", "scores": "scores", "hundreds": "hundreds", "thousands": "thousands",
    "millions": "millions", "tens of thousands": "tens of thousands",
    "hundreds of thousands": "hundreds of thousands", "a dozen": "12", "a couple": "2",
    "twice": "2", "thrice": "3", "half a": "half", "half an": "half",
}
_CURRENCY = {"£": "GBP", "$": "USD", "us$": "USD", "€": "EUR", "¥": "JPY", "a$": "AUD",
             "c$": "CAD", "pounds": "GBP", "dollars": "USD", "euros": "EUR"}

_NUMWORD = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_SCALE = r"(?:\s?(?:million|billion|trillion|bn|m|k)\b)"
_APPROX = (r"(?:about|around|approximately|roughly|some|nearly|almost|more than|over|at least"
           r"|less than|fewer than|up to|under|at most|as many as|as much as)")

PATTERNS = re.compile(
    rf"""
    (?=[£$€¥\d.]|(?<![\w])(?!(?:the|to|that|of|and|on|at|as|for|from|with|was|were|said|has|had|he|his
    |her|it|is|its|not|be|by|we|who|when|would|will|which|also|after|about|told|than)\b)
    (?:[acdefhjmnostuwz]|la|le|pa|pr|ye|va)|(?-i:(?<=[A-Z]){_CAPS_MONTH}))
    # a symbol, a digit, a word start (not a common function word) with the letters some
    # number, date or currency word opens with, or a month in capitals fused to the word
    # before ("SAYSSEPTEMBER 19, 2013")
    (?:(?P<money>(?:US\$|A\$|C\$|[£$€¥])\s?(?:{_DIGITS}){_SCALE}?
        |(?:{_DIGITS}){_SCALE}?\s(?:pounds|dollars|euros)\b)
    |(?P<percent>(?:{_DIGITS}|\b(?:{_NUMWORD}))\s?(?:%|per\s?cent\b))
    |{DATE_GROUPS}
    |(?P<vague>\b(?:hundreds\sof\sthousands|tens\sof\sthousands|dozens|scores|hundreds
        |thousands|millions|a\sdozen|twice|thrice|half\san?)\b)
    |(?P<ordinal>\b\d+(?:st|nd|rd|th)\b|\b(?:first|second|third|fourth|fifth|sixth|seventh
        |eighth|ninth|tenth|eleventh|twelfth|twentieth)\b)
    |(?P<number>(?<![\w.,])(?:{_DIGITS})(?:{_SCALE}|(?![\w]|[.,]\d))
        |\b(?:{_NUMWORD})(?:-(?:{_NUMWORD}))?\b(?:\s(?:hundred|thousand|million|billion)\b)?))
    """,
    re.VERBOSE | re.IGNORECASE,
)
_APPROX_BEFORE = re.compile(rf"\b{_APPROX}\s$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number, amount, date or time as written in one sentence."""

    kind: Kind
    start: int
    end: int
    sentence: int
    text: str
    value: str
    """Normalised value: "8", "GBP 4000", "2014-03-02", "19:00", "month 7", "year 2017"."""
    keys: tuple[str, ...]
    """Values this mention can match: a full date also matches its year."""
    noun: str
    """Stem of what is counted ("seat" in "14 seats"), or "" when nothing is."""
    approx: str = ""
    context: Span = (0, 0)
    """The words around the mention that say what it is about."""
    action: str = ""
    """What is done to what is counted, as its synonym group: "oust" for "kicked out 9 MPs"."""
    stamp: bool = False
    """Part of the document's time stamp: its metadata, matched with nothing (no keys)."""

    @property
    def free(self) -> bool:
        """Shared on value alone: precise dates, times and distinctive numbers."""
        head = self.value.split(" ", 1)[0]
        if self.kind in (Kind.TIME,) or head in ("date", "weekday"):
            return True
        if self.kind in (Kind.NUMBER, Kind.MONEY, Kind.PERCENT) and head not in ("year",):
            digits = re.sub(r"[^0-9]", "", self.value.split(" ")[-1]).strip("0")
            return "." in self.value or len(digits) >= 3
        return False


def _int(text: str) -> float | None:
    t = fold(text).replace(",", "")
    try:
        return float(t)
    except ValueError:
        pass
    total = 0.0
    for part in re.split(r"[\s-]+", t):
        if part in _UNITS:
            total += _UNITS[part]
        elif part in _TENS:
            total += _TENS[part]
        elif part in ("hundred", "thousand", "million", "billion"):
            total = max(total, 1) * _SCALES[part]
        else:
            return None
    return total


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def _number_value(text: str) -> float | None:
    m = re.match(rf"({_DIGITS}|[a-z]+(?:-[a-z]+)?)\s?(million|billion|trillion|bn|m|k)?\b(.*)$",
                 fold(text).strip())
    if not m:
        return _int(text)
    base = _int(m.group(1)) if m.group(3) == "" or m.group(2) else _int(text)
    if base is None:
        return _int(text)
    return base * (_SCALES[m.group(2)] if m.group(2) else 1)


_MODIFIERS = frozenset(
    """former other more new additional further different separate major minor small large big
    young old senior junior key top leading prospective current previous existing extra
    high-profile local foreign national""".split()
)


def _noun_after(text: str, tokens: list[Span], index: int) -> str:
    """What a number counts: the first plain word after it, past modifiers and proper
    adjectives ("14 former Tory MPs" counts MPs)."""
    for start, end in tokens[index + 1 : index + 5]:
        raw = text[start:end]
        word = fold(raw)
        if word in ("of", "-") or word in _MODIFIERS:
            continue
        if raw[:1].isupper() and not raw.rstrip("s").isupper() and index + 2 < len(tokens):
            continue
        if word in STOPWORDS or re.fullmatch(r"[\d.,]+", word):
            return ""
        return stem(word.split("-")[-1] if word.startswith(("year", "-")) else word)
    return ""


def _noun_before(text: str, tokens: list[Span], index: int) -> str:
    if index >= 2 and fold(text[slice(*tokens[index - 1])]) == "of":
        word = fold(text[slice(*tokens[index - 2])])
        if word not in STOPWORDS and word.isalpha():
            return stem(word)
    return ""


_LEAD_INS = frozenset(
    """a an the about some more than at least over nearly almost up to around roughly only just
    another all his her their its our my your approximately estimated fewer less as many much
    several""".split()
)
_REPORTING = frozenset(
    stem(w) for w in "confirmed reported announced estimated counted listed put".split()
)
"""Verbs that report a count rather than act on it: "officials confirmed 12 people were
killed" is about killing."""
_AUXILIARIES = frozenset("was were had been have has are is be being got get".split())
_AGED = re.compile(r"\d+[- ]years?[- ]old")
_BREAK = re.compile(r"[,;:()\"“”]")


def _action(text: str, tokens: list[Span], first: int, last: int, noun: str) -> str:
    """The verb that governs a count: the word before it ("ousting eight MPs", "kicked out
    9 MPs"), or the one after its noun in the passive ("18 houses were damaged")."""
    groups = synonyms()
    k = first - 1
    while k >= 0 and fold(text[slice(*tokens[k])]) in _LEAD_INS:
        k -= 1
    if k >= 0 and not _BREAK.search(text, tokens[k][1], tokens[first][0]):
        word = fold(text[slice(*tokens[k])])
        key = ""
        if word in PARTICLES and k > 0 and not _BREAK.search(text, tokens[k - 1][1], tokens[k][0]):
            key = stem(text[slice(*tokens[k - 1])]) + "_" + word
        elif word.isalpha() and word not in STOPWORDS and stem(word) not in _REPORTING:
            key = stem(word)
        if key:
            return groups.get(key, key)
    for n in range(last + 1, min(last + 5, len(tokens))):
        if stem(text[slice(*tokens[n])]) != noun:
            continue
        m = n + 1
        while m < len(tokens) and fold(text[slice(*tokens[m])]) in _AUXILIARIES:
            m += 1
        if n + 1 < m < len(tokens) and not _BREAK.search(text, tokens[n][1], tokens[m][0]):
            word = fold(text[slice(*tokens[m])])
            if word.isalpha() and word not in STOPWORDS:
                return groups.get(stem(word), stem(word))
        break
    return ""


def _context(tokens: list[Span], first: int, last: int, width: int = 5) -> Span:
    lo = tokens[max(0, first - width)][0]
    hi = tokens[min(len(tokens) - 1, last + width)][1]
    return lo, hi


def find_quantities(doc: Document) -> list[Quantity]:
    """Every number, amount, percentage, date and time, each with what it counts."""
    found: list[Quantity] = []
    text = doc.text
    for index, (s_start, s_end) in enumerate(doc.sentences):
        tokens = words(text, s_start, s_end)
        starts = [t[0] for t in tokens]
        for m in PATTERNS.finditer(text, s_start, s_end):
            group = m.lastgroup or "number"
            raw = m.group(0)
            start, end = m.span()
            stamp = False
            if group in GROUPS:
                told = resolve(group, text, (start, end), (s_start, s_end), doc.published)
                if told is None:
                    if group not in FALLBACK:
                        continue
                    value, keys, kind = _classify(FALLBACK[group], raw)
                else:
                    start, end, value, keys = told.start, told.end, told.value, told.keys
                    raw, kind = text[start:end], Kind.TIME if told.time else Kind.DATE
                    stamp = any(lo <= start < hi for lo, hi in doc.stamps)
                    keys = () if stamp else keys
            else:
                value, keys, kind = _classify(group, raw)
            if value is None:
                continue
            first = _token_at(starts, start)
            last = _token_at(starts, max(start, end - 1))
            noun = action = ""
            if kind in (Kind.NUMBER, Kind.MONEY, Kind.PERCENT):
                if _AGED.match(text, start, end + 10) or _is_age(text, start, end):
                    noun = "age"
                else:
                    noun = _noun_after(text, tokens, last) or _noun_before(text, tokens, first)
                    if noun:
                        action = _action(text, tokens, first, last, noun)
            approx_m = _APPROX_BEFORE.search(text, max(s_start, start - 20), start)
            found.append(
                Quantity(
                    kind=kind, start=start, end=end, sentence=index, text=raw, value=value,
                    keys=keys, noun=noun, approx=fold(approx_m.group(0).strip()) if approx_m
                    else "", context=_context(tokens, first, last), action=action,
                    stamp=stamp,
                )
            )
    return found


def _is_age(text: str, start: int, end: int) -> bool:
    """ "Raj Chohan, 59, was": a number in commas after a capitalised name is an age."""
    before = text[max(0, start - 40):start]
    after = text[end:end + 2]
    return bool(re.search(r"[A-Z][\w'’-]+,\s$", before)) and after[:1] == "," and (
        text[start:end].isdigit() and 0 < int(text[start:end]) < 120
    )


def _token_at(starts: list[int], offset: int) -> int:
    from bisect import bisect_right

    return max(0, bisect_right(starts, offset) - 1)


def _classify(group: str, raw: str) -> tuple[str | None, tuple[str, ...], Kind]:
    low = fold(raw)
    if group == "money":
        cur_m = re.search(r"us\$|a\$|c\$|[£$€¥]|pounds|dollars|euros", low)
        currency = _CURRENCY.get(cur_m.group(0), "") if cur_m else ""
        amount = _number_value(re.sub(r"us\$|a\$|c\$|[£$€¥]|pounds|dollars|euros", "", low))
        if amount is None:
            return None, (), Kind.MONEY
        value = f"{currency} {_fmt(amount)}"
        return value, (value,), Kind.MONEY
    if group == "percent":
        amount = _number_value(re.sub(r"%|per\s?cent", "", low).strip())
        if amount is None:
            return None, (), Kind.PERCENT
        value = f"{_fmt(amount)}%"
        return value, (value,), Kind.PERCENT
    if group == "vague":
        value = _VAGUE.get(re.sub(r"\s+", " ", low), low)
        return value, (value,), Kind.NUMBER
    if group == "ordinal":
        n = _ORDINALS.get(low) or int(re.sub(r"\D", "", low) or 0)
        value = f"ordinal {n}"
        return value, (value,), Kind.NUMBER
    amount = _number_value(raw)
    if amount is None:
        return None, (), Kind.NUMBER
    value = _fmt(amount)
    return value, (value,), Kind.NUMBER
