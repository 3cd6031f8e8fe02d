"""Finding fact mentions in one document: numbers, money, dates, times, quotations and names.

Pure functions over a ``Document``; matching mentions across documents is ``match``'s job.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .lexicon import (
    ORG_WORDS,
    PARTICLES,
    STOPWORDS,
    TITLES,
    common_words,
    fold,
    stem,
    synonyms,
)
from .model import Document, Kind, Span

WORD = re.compile(r"[@#]?[\w][\w'’.&-]*[\w]|[@#]?\w")

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
_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_CURRENCY = {"£": "GBP", "$": "USD", "us$": "USD", "€": "EUR", "¥": "JPY", "a$": "AUD",
             "c$": "CAD", "pounds": "GBP", "dollars": "USD", "euros": "EUR"}

_NUMWORD = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
          r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_CAPS_MONTH = (r"(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER"
               r"|NOVEMBER|DECEMBER)")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_SCALE = r"(?:\s?(?:million|billion|trillion|bn|m|k)\b)"
_APPROX = (r"(?:about|around|approximately|roughly|some|nearly|almost|more than|over|at least"
           r"|less than|fewer than|up to|under|at most|as many as|as much as)")

PATTERNS = re.compile(
    rf"""
    (?=[£$€¥\d.]|(?<![\w])[acdefhjmnostuwzACDEFHJMNOSTUWZ]|(?-i:(?<=[A-Z]){_CAPS_MONTH}))
    # a symbol, a digit, a word start with a letter some number, date or currency word
    # opens with, or a month in capitals fused to the word before ("SAYSSEPTEMBER 19, 2013")
    (?:(?P<money>(?:US\$|A\$|C\$|[£$€¥])\s?(?:{_DIGITS}){_SCALE}?
        |(?:{_DIGITS}){_SCALE}?\s(?:pounds|dollars|euros)\b)
    |(?P<percent>(?:{_DIGITS}|\b(?:{_NUMWORD}))\s?(?:%|per\s?cent\b))
    |(?P<time>\b\d{{1,2}}(?::\d{{2}})?\s?(?:a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b)
        |\b\d{{4}}\s?(?:GMT|UTC)\b|\b\d{{1,2}}:\d{{2}}\b)
    |(?P<date>(?:{_WEEKDAY},?\s)?\b{_MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s(?:1[89]|20)\d\d\b)?
        |(?-i:(?<=[A-Z]){_CAPS_MONTH})\s\d{{1,2}},\s(?:1[89]|20)\d\d\b
        |\b\d{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?{_MONTH}(?:,?\s(?:1[89]|20)\d\d\b)?
        |\b{_MONTH}\s(?:1[89]|20)\d\d\b
        |\b\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\b)
    |(?P<weekday>\b{_WEEKDAY}\b)
    |(?P<month>\b(?:January|February|March|April|June|July|August|September|October|November
        |December)\b)
    |(?P<year>\b(?:1[89]|20)\d\d\b(?![\d,.]\d|\s?(?:%|per\s?cent|GMT|UTC)))
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


@dataclass(frozen=True, slots=True)
class Quote:
    """Words inside quotation marks, with the speaker's name where the text gives one."""

    start: int
    end: int
    sentence: int
    text: str
    speaker: Span | None


@dataclass(frozen=True, slots=True)
class Name:
    """A run of capitalised words: a person, organisation, place or programme."""

    start: int
    end: int
    sentence: int
    text: str
    title: str = ""
    """A title written before the name ("Mr", "Prime Minister"), for alias resolution."""
    headline: bool = False


def words(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    return [m.span() for m in WORD.finditer(text, start, len(text) if end is None else end)]


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


def _date_value(text: str) -> tuple[str, tuple[str, ...]]:
    t = fold(text).replace(",", " ").replace(".", " ")
    if "/" in t:
        return f"date {t.strip()}", (f"date {t.strip()}",)
    month = next((v for w, v in _MONTHS.items() if re.search(rf"\b{w}\b", t)), 0)
    year_m = re.search(r"\b(1[89]|20)\d\d\b", t)
    year = year_m.group(0) if year_m else ""
    t_wo_year = t.replace(year, " ") if year else t
    day_m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", t_wo_year)
    day = int(day_m.group(1)) if day_m else 0
    parts = [year or "?", f"{month:02d}", f"{day:02d}" if day else "?"]
    value = "date " + "-".join(parts)
    keys = [value]
    if year:
        keys.append(f"year {year}")
    return value, tuple(keys)


def _time_value(text: str) -> str:
    t = fold(text).replace(".", "").replace(" ", "")
    m = re.match(r"(\d{1,2})(?::(\d{2}))?(am|pm)?", t)
    if not m:
        return f"time {t}"
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if len(t) >= 4 and t[:4].isdigit():
        return f"time {t[:2]}:{t[2:4]} {t[4:]}"
    if m.group(3) == "pm" and hour < 12:
        hour += 12
    if m.group(3) == "am" and hour == 12:
        hour = 0
    return f"time {hour:02d}:{minute:02d}"


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
    if group == "time":
        value = _time_value(raw)
        return value, (value,), Kind.TIME
    if group == "date":
        value, keys = _date_value(raw)
        return value, keys, Kind.DATE
    if group == "weekday":
        value = f"weekday {low}"
        return value, (value,), Kind.DATE
    if group == "month":
        value = f"month {_MONTHS[low]}"
        return value, (value,), Kind.DATE
    if group == "year":
        value = f"year {raw}"
        return value, (value,), Kind.DATE
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


# Quotations -----------------------------------------------------------------------------

_OPEN_CLOSE = {"“": "”", '"': '"', "‘": "’", "``": "''", "«": "»"}
_SAY = (r"(?:said|says|say|told|added|stated|wrote|tweeted|declared|insisted|explained"
        r"|warned|claimed|announced|asked|replied|noted|according to)")
_SPEAKER_AFTER = re.compile(
    rf"[\s,]*(?:{_SAY}\s+(?:the\s+)?(?P<a>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|&))*)"
    rf"|(?P<b>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|&))*|he|she|it|they)\s+{_SAY})"
)
_SPEAKER_BEFORE = re.compile(
    rf"(?P<a>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|&))*|he|she|it|they)\s+{_SAY}"
    rf"[^.“\"]{{0,40}}[:,]\s*$"
)


def find_quotes(doc: Document, *, min_words: int = 2) -> list[Quote]:
    """Quotations: double quotes, and single quotes that are not apostrophes.

    An opening quote left open at a paragraph's end closes there, as in news copy where each
    paragraph of a long quotation reopens the quote.
    """
    text = doc.text
    quotes: list[Quote] = []
    for p_start, p_end in doc.paragraphs or ((0, len(text)),):
        pos = p_start
        while pos < p_end:
            m = re.compile(r"“|\"|``|«|(?<![\w])‘|(?<![\w])'(?=\w)").search(text, pos, p_end)
            if not m:
                break
            opener = m.group(0)
            closer = _OPEN_CLOSE.get(opener, opener)
            close_re = re.escape(closer)
            if opener in ("‘", "'"):
                close_re += r"(?!\w)"
            c = re.compile(close_re).search(text, m.end(), p_end)
            q_start = m.end()
            q_end = c.start() if c else p_end
            body = text[q_start:q_end].strip()
            end_at = c.end() if c else p_end
            if len(words(body)) >= min_words and not (opener in ("‘", "'") and len(body) > 120):
                lead = len(text[q_start:q_end]) - len(text[q_start:q_end].lstrip())
                s = q_start + lead
                e = s + len(body.rstrip(" ,.;:"))
                quotes.append(
                    Quote(s, e, doc.sentence_at(s), text[s:e], _speaker(text, m.start(), end_at))
                )
            pos = max(end_at, m.end())
    return quotes


def _speaker(text: str, q_open: int, q_close: int) -> Span | None:
    after = _SPEAKER_AFTER.match(text, q_close, min(len(text), q_close + 80))
    if after:
        group = "a" if after.group("a") else "b"
        return after.span(group)
    window_start = max(0, q_open - 160)
    before = _SPEAKER_BEFORE.search(text[window_start:q_open])
    if before:
        return (window_start + before.start("a"), window_start + before.end("a"))
    return None


# Names ----------------------------------------------------------------------------------

_CAP = r"(?:(?<![\w-])[A-Z][\w'’&.-]*[\w]|(?<![\w-])[A-Z]|[@#][A-Za-z]\w+)"
_NAME_RUN = re.compile(
    rf"{_CAP}(?:(?<=s)['’](?=\s+[A-Z]))?(?:(?:\s+|\s*-\s*)"
    rf"(?:(?:of|de|du|da|van|von|al|bin|la|le|del|for)\s+(?:the\s+)?)?{_CAP}"
    rf"(?:(?<=s)['’](?=\s+[A-Z]))?)*"
)
_OPENERS = frozenset(
    """the a an in on at it its this that these those he she they we i but and however his her
    their our since when while after before according among only both as with for from some
    many several if so yet there here what who why how where one two three every each all no
    not just even also such last next most more other another then than now today yesterday
    tomorrow whilst although though despite during because meanwhile instead unlike until
    unless whether like once later earlier still yes oh dear please thank thanks""".split()
)
_CALENDAR = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep
    sept oct nov dec mon tue tues wed thu thur thurs fri sat sun""".split()
)
_ROLE_NOUNS = frozenset(
    """mp mps mep meps minister ministers mla msp cabinet candidate candidates leader leaders
    chief chiefs official officials spokesman spokeswoman member members""".split()
)


_HEADLINE_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _is_headline(sentence: str) -> bool:
    """All-caps or Title Case lines, where capitals do not mark names."""
    ws = _HEADLINE_WORD.findall(sentence)
    if len(ws) < 3:
        return False
    upper = sum(w.isupper() and len(w) > 1 for w in ws)
    if upper >= 0.6 * len(ws):
        return True
    if sentence.rstrip().endswith((".", "!", "?", "”", '"')):
        return False
    capital = sum(w[0].isupper() for w in ws if len(w) > 3)
    long_words = sum(len(w) > 3 for w in ws)
    small_cap = sum(w[0].isupper() for w in ws if 1 < len(w) <= 3 and fold(w) in STOPWORDS)
    return long_words >= 3 and capital == long_words and (small_cap > 0 or len(ws) <= 12)


def find_names(doc: Document) -> list[Name]:
    """Capitalised runs that name something, with titles split off and openers dropped.

    Headlines are skipped here: ``match`` finds the names known from the body in them.
    """
    text = doc.text
    names: list[Name] = []
    common = common_words()
    for index, (s_start, s_end) in enumerate(doc.sentences):
        sentence = text[s_start:s_end]
        if _is_headline(sentence):
            continue
        first_word = re.search(r"[A-Za-z@#]", sentence)
        sentence_first = s_start + (first_word.start() if first_word else 0)
        for start, end in _runs(text, s_start, s_end):
            run = text[start:end]
            # drop possessives and a final full stop that ends the sentence
            run_trim = re.sub(r"(?:['’]s?|\.)$", "", run) if not re.fullmatch(
                r"(?:[A-Z]\.)+", run.split()[-1]) else run
            end = start + len(run_trim)
            tokens = [(t.start() + start, t.end() + start)
                      for t in re.finditer(r"\S+", text[start:end])]
            run_start = start
            title_parts: list[str] = []
            # drop sentence openers and titles
            while tokens:
                word = text[slice(*tokens[0])]
                low = fold(word).rstrip(".")
                at_first = tokens[0][0] == sentence_first or text[
                    max(s_start, tokens[0][0] - 1):tokens[0][0]] in ("“", '"', "‘", "(")
                if low in _OPENERS and (at_first or low in ("the", "a", "an")):
                    tokens.pop(0)
                    continue
                if low in TITLES or (low == "prime" and len(tokens) > 1):
                    take = 2 if low == "prime" else 1
                    title_parts.extend(fold(text[slice(*t)]) for t in tokens[:take])
                    tokens = tokens[take:]
                    continue
                if at_first and len(tokens) == 1 and low in common:
                    tokens.pop(0)
                    continue
                break
            # trailing lower-case connectors and role nouns ("Conservative MPs")
            while tokens and (text[slice(*tokens[-1])][:1].islower() or (
                len(tokens) > 1 and fold(text[slice(*tokens[-1])]) in _ROLE_NOUNS)):
                tokens.pop()
            if not tokens:
                if title_parts and len(title_parts) >= 1 and title_parts[0] in (
                    "prime", "president", "chancellor", "pope", "king", "queen", "premier"
                ) and text[start:start + 1].isupper():
                    # a role on its own: "the Prime Minister"
                    t_start = start
                    names.append(Name(t_start, end, index, text[t_start:end], " ".join(
                        title_parts), False))
                continue
            n_start, n_end = tokens[0][0], tokens[-1][1]
            name = text[n_start:n_end]
            if fold(name) in ("i", "i'm", "i'd", "i've", "i'll") or len(name) < 2:
                continue
            if fold(name) in _OPENERS or (n_start == sentence_first and fold(name) in common):
                continue
            if all(fold(w).rstrip(".,") in _CALENDAR for w in name.split()):
                continue
            if fold(name) in _ROLE_NOUNS:
                continue  # "MPs", "Ministers": roles, counted by numbers, not names
            titled = bool(title_parts) and text[run_start:run_start + 1].isupper() and (
                fold(text[run_start:n_start]).split()[0].rstrip(".") in TITLES | {"prime"})
            shown_start = run_start if titled else n_start
            names.append(Name(shown_start, n_end, index, name, " ".join(title_parts)))
    return names


_POSSESSIVE = re.compile(r"['’]s(?=\s|$)|(?<=[a-z]s)['’](?=\s|$)")
_HYPHEN_TAIL = re.compile(r"-[a-z][\w-]*(?=\s|$)")


def _runs(text: str, start: int, end: int) -> list[Span]:
    """Capitalised runs, split at possessives ("Labour’s Jeremy Corbyn") unless the
    possessive is part of the name ("People’s Liberation Army"), and with hyphenated
    lower-case tails removed ("UK-based" -> "UK")."""
    runs = [m.span() for m in _NAME_RUN.finditer(text, start, end)]
    pieces = _split(
        text, _split(text, runs, _POSSESSIVE, _named_possessive), _HYPHEN_TAIL, _hyphenated_title
    )
    return [
        (s, e) for s, e in pieces
        if e > s and (text[s].isupper() or text[s] in "@#")
        and not (text[e:e + 1] == "-" and fold(text[s:e]) in _WORD_PREFIXES)
    ]


_LAST_WORD = re.compile(r"([A-Za-z]+)$")
_WORD_PREFIXES = frozenset("co ex vice anti pro non pre post self mid".split())
"""What is left of "Ex-president" or "Anti-war" once the lower-case tail is cut: no name."""


def _hyphenated_title(text: str, sep: re.Match[str], end: int) -> bool:
    """ "Co-founder Asghar Bukhari": a hyphenated title, split off later as a title."""
    before = _LAST_WORD.search(text, max(0, sep.start() - 10), sep.start())
    return before is not None and fold(before.group(1) + sep.group()) in TITLES


_PLURAL_NOUNS = frozenset("people children women men workers".split())


def _named_possessive(text: str, sep: re.Match[str], end: int) -> bool:
    """A plural common noun's possessive before an organisation word is part of the name:
    "Children’s Hospital", "Workers’ Party", "Sudanese Peoples’ Liberation Army"."""
    before = _LAST_WORD.search(text, max(0, sep.start() - 40), sep.start())
    tail = text[sep.end():end].split()
    if before is None or not tail:
        return False
    word = fold(before.group(1))
    plural = sep.group().startswith(("'", "’")) and word.endswith("s") or word in _PLURAL_NOUNS
    common = word in common_words() or word.endswith("s") and word[:-1] in common_words()
    return plural and common and fold(tail[-1]).split("-")[0] in ORG_WORDS


def _split(
    text: str,
    spans: list[Span],
    separator: re.Pattern[str],
    keep: Callable[[str, re.Match[str], int], bool] | None = None,
) -> list[Span]:
    """Cut each span where ``separator`` matches (unless ``keep`` says the match belongs to
    the name), dropping the separator and following spaces."""
    out: list[Span] = []
    for s, e in spans:
        piece_start = s
        for sep in separator.finditer(text, s, e):
            if keep is not None and keep(text, sep, e):
                continue
            out.append((piece_start, sep.start()))
            piece_start = sep.end()
            while piece_start < e and text[piece_start].isspace():
                piece_start += 1
        if piece_start < e:
            out.append((piece_start, e))
    return out
