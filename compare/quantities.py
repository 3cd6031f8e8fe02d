"""Numbers, money, percentages, dates and times in one document, each with what it counts.

Pure functions over a ``Document``; matching mentions across documents is ``match``'s job.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from fractions import Fraction
from functools import lru_cache
from operator import itemgetter

from . import patterns
from .dates import _CAPS_MONTH, _MONTH, DATE_GROUPS, FALLBACK, GROUPS, OPENERS, resolve
from .lexicon import (
    PARTICLES,
    STOPWORDS,
    TIME_ZONE,
    Memo,
    by_first_character,
    common_words,
    contracted,
    fold,
    stem,
    synonyms,
    words,
)
from .model import Document, Kind, Span
from .numbers import (
    DENOMINATORS,
    DIGITS,
    LIST,
    NUMBER_WORDS,
    RUN,
    SCALES,
    TENS,
    UNIT_ORDINALS,
    UNITS,
    WEIGHT_AHEAD,
    Reading,
    damaged,
    digits_value,
    fmt,
    read,
)

_ORDINALS = {
    **UNIT_ORDINALS, **{w: n for w, n in DENOMINATORS.items() if 10 <= n <= 90 and "-" not in w
                        and not w.endswith("s")},
}
_ORDINAL_WORDS = "|".join([rf"(?:{'|'.join(TENS)})[\s-](?:{'|'.join(UNIT_ORDINALS)})",
                           *sorted(_ORDINALS, key=len, reverse=True)])
"""Ordinals in words up to the ninety-ninth ("the forty-fifth president")."""
_VAGUE = {
    "dozens": "dozens", "scores": "scores", "hundreds": "hundreds", "thousands": "thousands",
    "millions": "millions", "tens of thousands": "tens of thousands",
    "hundreds of thousands": "hundreds of thousands", "a couple": "2",
    "twice": "2", "thrice": "3",
}
_CURRENCY_WORDS = {
    "dollar": "USD", "us dollar": "USD", "u.s. dollar": "USD", "american dollar": "USD",
    "australian dollar": "AUD", "canadian dollar": "CAD", "hong kong dollar": "HKD",
    "new zealand dollar": "NZD", "singapore dollar": "SGD", "taiwan dollar": "TWD",
    "euro": "EUR", "pound": "GBP", "british pound": "GBP", "pound sterling": "GBP",
    "sterling": "GBP", "yen": "JPY", "japanese yen": "JPY", "yuan": "CNY", "chinese yuan": "CNY",
    "renminbi": "CNY", "rmb": "CNY", "franc": "CHF", "swiss franc": "CHF", "french franc": "FRF",
    "peseta": "ESP", "guilder": "NLG", "dutch guilder": "NLG", "markka": "FIM",
    "finnish markka": "FIM", "deutsche mark": "DEM", "rupee": "INR", "indian rupee": "INR",
    "peso": "MXN", "mexican peso": "MXN", "rouble": "RUB", "ruble": "RUB", "shekel": "ILS",
    "rand": "ZAR", "lira": "TRY", "riyal": "SAR", "dirham": "AED", "naira": "NGN",
    "baht": "THB", "ringgit": "MYR", "rupiah": "IDR", "krona": "SEK", "kronor": "SEK",
    "krone": "NOK", "kroner": "NOK",
}
"""Currency names after an amount ("five million yen", "125 million Australian dollars"):
a plural is looked up by its singular."""
_SUBUNITS = {"cent": "USD", "euro cent": "EUR", "penny": "GBP", "pence": "GBP", "p": "GBP"}
_SYMBOLS = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB",
            "₩": "KRW", "₪": "ILS", "₺": "TRY", "₦": "NGN", "元": "CNY", "us$": "USD",
            "u.s.$": "USD", "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD", "hk$": "HKD",
            "nz$": "NZD", "s$": "SGD", "nt$": "TWD", "r$": "BRL", "mex$": "MXN", "mx$": "MXN",
            "rs": "INR", "rs.": "INR", "$us": "USD", "$a": "AUD", "$au": "AUD", "$c": "CAD",
            "$ca": "CAD", "$hk": "HKD", "$nz": "NZD", "$s": "SGD"}
_CODES = ("USD EUR GBP JPY CNY CHF AUD CAD HKD INR RUB NZD SGD ZAR SEK NOK DKK KRW BRL MXN TRY "
          "ILS AED SAR RMB").split()
_OPENERS = frozenset([
    *OPENERS, *UNITS, *TENS, *_ORDINALS, *(w.split()[0] for w in _VAGUE),
    *"first second third fourth last early mid late half quarter".split(),
])
"""The words a number, a date or a time opens with when it opens with a letter (``a`` and
``an`` aside): number words, ordinals, vague amounts, parts of a year ("the first half of"),
decades ("the mid-1980s") and the openers of dates (``dates.OPENERS``)."""
_AFTER_A = frozenset([
    *"day week month year dozen".split(), *(w for w in SCALES if len(w) > 3), *DENOMINATORS,
    *TENS,
])
"""The words after which "a" or "an" (and perhaps another "a") can open a number or a date:
a unit of a date ("a year ago", ``dates``), a scale, "dozen", "half" or "quarter" ("a
hundred", "half a million"), a fraction ("a third of", "a twenty-first of"; ``numbers.RUN``).
Before any other word "a" opens none, and ``PATTERNS`` does not try its groups there (two
words in ten are "a" or "an")."""


def _opening(openers: frozenset[str], letters: int = 3) -> str:
    """A pattern for the first ``letters`` letters of one of ``openers`` (a shorter opener
    of three letters or more lets any letters follow its own): per first letter, a character
    class of its cases, then the letters after it as a tree ("(?-i:[Jj])(?:a[n]|u[ln])|...").
    Testing a word start against it is cheap, as ``re`` skips an alternative whose first
    character is not in its class without entering it (not so for a letter in a pattern that
    ignores case); and most words fail it (the groups of ``PATTERNS`` after it cost a hundred
    times as much)."""
    trie: dict[str, dict] = {}
    for word in openers:
        if len(word) > 2:
            node = trie
            for letter in word[:letters]:
                node = node.setdefault(letter, {})
            node[""] = {}  # the opener ends here: any letters may follow
    return "|".join(f"(?-i:[{_cases(first)}]){_after(node)}"
                    for first, node in sorted(trie.items()))


def _after(node: dict[str, dict]) -> str:
    """The pattern of ``_opening``'s tree below ``node``: "" where an opener ends (anything
    may follow), else a class of the letters that end one and a branch a longer letter."""
    if "" in node:
        return ""
    ends = "".join(sorted(letter for letter, child in node.items() if "" in child))
    parts = ([f"[{ends}]"] if ends else []) + [
        f"{letter}{_after(child)}" for letter, child in sorted(node.items()) if "" not in child]
    return parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"


def _cases(letter: str) -> str:
    """The characters a pattern that ignores case matches for ``letter``: its two cases, and
    for "i", "s" and "k" the dotless i, the long s and the Kelvin sign, which ``re`` folds."""
    return "".join(c for c in (letter, letter.upper(), "ı", "ſ", "\u212a")
                   if re.fullmatch(letter, c, re.IGNORECASE))


_VULGAR = {"½": Fraction(1, 2), "¼": Fraction(1, 4), "¾": Fraction(3, 4), "⅓": Fraction(1, 3),
           "⅔": Fraction(2, 3), "⅛": Fraction(1, 8), "⅜": Fraction(3, 8), "⅝": Fraction(5, 8),
           "⅞": Fraction(7, 8)}
"""The fractions typeset as one character, read after a whole number ("3½ minutes")."""
_VULGAR_CHARS = "".join(_VULGAR)
_SYMBOL_CHARS = "$£€¥₹"
_SCALED_AFTER = patterns.compile(
    r"[ \t]*(?:%|per[ \t]?cent\b|(?:hundred|thousand|million|billion|trillion|bn)\b)",
    re.IGNORECASE)
_OPENING = _opening(_OPENERS, letters=4)
_OPENING_AFTER_A = _opening(_AFTER_A)
_CAPS_MONTH_FIRST = "".join(sorted({month[0] for month in re.findall("[A-Z]+", _CAPS_MONTH)}))
"""The first letters of the months in capitals ("ADFJMNOS"): ``PATTERNS`` tests a month fused
to a capital before it only at them (a class first, which ``re`` skips in C, then the look
back), not at every character."""
_GLUED_UNITS = r"(?:km|ft|kg|mi|cm|mm|lbs?|gb|mb|tb|ghz|mhz|mph|kph|kmh)"
"""Units written against their digits ("10km", "2,000ft", "16GB", "512MHz"): the digits are
the number and the unit what it counts (an "m" is read as millions first, ``_in_metres``)."""
_GLUED_UNIT = patterns.compile(rf"({_GLUED_UNITS})\b", re.IGNORECASE)
_APPROX = ("about", "around", "approximately", "roughly", "some", "nearly", "almost", "more than",
           "over", "at least", "less than", "fewer than", "up to", "under", "at most",
           "as many as", "as much as", "within", "shortly after", "shortly before",
           "just after", "just before")
"""The words of an approximate figure before it: ``Quantity.approx``."""

PATTERNS = patterns.compile(
    rf"""
    (?=[£$€¥₹\d]|\.\d|(?<![\w])(?=(?:{_OPENING}|an?\s++(?:a[ \t]++)?(?:{_OPENING_AFTER_A})))
    (?!(?:the|to|that|of|and|on|at|as|for|from|with|was|were|said|has|had|he|his|her|it|is
    |its|not|be|by|we|who|when|would|will|which|also|after|about|told|than)\b)
    |(?-i:[{_CAPS_MONTH_FIRST}](?<=(?<=[A-Z])(?={_CAPS_MONTH}).)))
    # a symbol, a digit, a point before a digit, a word start with the first three letters of
    # a word a number, date or time opens with (``_OPENERS``; "a" and "an" before a word of
    # ``_AFTER_A``; tested first, as it fails most words) and no common function word, or a month in
    # capitals fused to the word before ("SAYSSEPTEMBER 19, 2013"): the groups are tried at
    # one word in three, not at each
    (?:(?!\d{{1,3}}+(?:\.\d++)?+(?:[,;)]|\.(?!\d)|$))(?:{DATE_GROUPS})
    # (a short number then a comma or a stop, "12, 345, 6.7,", starts no date or time: the
    # date alternatives are not tried, which makes a table of numbers cheap to scan)
    |(?P<period>\b(?:first|second|third|fourth|last)\s(?:half|quarter)\sof\s(?:(?:the|this
        |next|last)\syear\b|(?:19|20)\d\d\b))
    |(?P<decade>\b(?:(?:early|mid|late)[\s-])?(?:1\d|20)\d0[’']?s\b)
    |(?P<vague>\b(?:hundreds\sof\sthousands|tens\sof\sthousands|dozens|scores|hundreds
        |thousands|millions|twice|thrice)\b)
    |(?P<ordinal>(?<![\d,.])\d{{1,3}}(?:,\d{{3}})+(?:st|nd|rd|th)\b|\b\d{{1,9}}(?:st|nd|rd|th)\b
        |\b(?:{_ORDINAL_WORDS})\b)
    |(?P<vulgar>(?<![\w.,])\d{{1,6}}[ \t\u2009\u00a0]?[{_VULGAR_CHARS}](?![\w/]))
    |(?P<number>(?:(?<![\w.,%=^])|(?<=\$(?-i:US|AU|CA|HK|NZ))|(?<=\$(?-i:[ACS]))
        |(?:(?<=f(?:oo|ee)t-\d,)|(?<=f(?:oo|ee)t-1[01],)){WEIGHT_AHEAD})(?<!\^[-+])(?<!\^[-+][-+])(?<!(?:19|20)\d\d[-–])(?:{RUN})(?:(?=p\b|元|{_GLUED_UNITS}\b)|(?![\w^]|[.,]\d))
        |(?<![\w.,%=])(?P<list>{LIST})(?![\w]|[.,]\d)))
    """,
    re.VERBOSE | re.IGNORECASE,
)


_APPROX_BEFORE = patterns.compile(rf"\b(?:{by_first_character(_APPROX, _cases)})\s$", re.IGNORECASE)


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
    phrase: frozenset[str] = frozenset()
    """Stems of the words after the number, up to six, a stop, the next number or a stop word
    other than "in" and "of": the noun phrase it heads ("14 former Tory MPs in marginal
    seats": mp, seat, ...; "five boats were seen approaching the vessels": boat)."""
    stamp: bool = False
    """Part of the document's time stamp: its metadata, matched with nothing (no keys)."""
    terms: frozenset[str] = frozenset()
    """Stems of the content words of ``context`` outside the mention (no digits, no stop
    words, three letters or more): what ``match.context_terms`` starts from."""
    clock: str = ""
    """For a time, the clock it is read on: a time zone written after it ("et", "pst",
    "gmt", "local"), or "game" for a game clock ("with 7:41 left", "6:05 of the clock")."""
    reference: str = ""
    """For a distance, what it is measured from or along: "depth" ("at a depth of 10
    kilometres", "six miles beneath the surface"), "height", or the first word of the place
    after "from" or "north of" ("bireun" in "55 kilometres west of the town of Bireun")."""

    @property
    def free(self) -> bool:
        """Linked on value alone: full dates, weekdays, times and distinctive numbers (three
        significant digits, or a decimal written in digits). A weekday, a time or a number
        naming nothing stays shared only where the aligner pairs the sentences
        (``engine._split_unpaired``)."""
        return _free(self.kind, self.value, self.text)


@lru_cache(maxsize=1 << 12)
def _free(kind: Kind, value: str, text: str) -> bool:
    """``Quantity.free``, remembered: a table repeats its values thousands of times."""
    head = value.split(" ", 1)[0]
    if kind is Kind.TIME or head in ("date", "weekday"):
        return True
    if kind in (Kind.NUMBER, Kind.MONEY, Kind.PERCENT) and head not in ("year", "ordinal"):
        digits = _NOT_DIGIT.sub("", value.split(" ")[-1]).strip("0")
        return _DECIMAL_POINT.search(text) is not None or len(digits) >= 3
    return False


_CUR_WORD = "|".join(sorted((re.escape(w) for w in _CURRENCY_WORDS), key=len, reverse=True))
_CURRENCY_AFTER = patterns.compile(
    rf"[ \t]?-?[ \t]?(?P<word>{_CUR_WORD})(?:e?s)?\b(?:[ \t]+sterling\b)?"
    rf"|[ \t]?-?[ \t]?(?P<sub>euro[ \t]cents?|cents?|pence|penny)\b|(?P<p>p)\b"
    rf"|[ \t]?(?P<code>(?-i:{'|'.join(_CODES)}))\b"
    rf"|[ \t]?(?P<sign>元|₹|€)",
    re.IGNORECASE,
)
_SYMBOL = "|".join(sorted((re.escape(w) for w in _SYMBOLS), key=len, reverse=True))
_CURRENCY_BEFORE = patterns.compile(
    rf"(?:(?<![^\W\d_])(?-i:US|U\.S\.|A|AU|C|CA|HK|NZ|S|NT|R|Mex|MX)\$"
    rf"|\$(?-i:US|AU|A|CA|C|HK|NZ|S)"
    rf"|(?<![^\W\d_])(?:c|hk|nz|mex|us)[ \t]\$"
    rf"|[$£€¥₹₽₩₪₺₦元]|(?<![^\W\d_])(?-i:{'|'.join(_CODES)})|(?<![^\W\d_])rs\.?)[ \t]?$",
    re.IGNORECASE,
)
_PERCENT_AFTER = patterns.compile(
    r"[ \t]?(?:%(?![0-9A-Fa-f]{2})|-?per[ \t]?cent(?:age)?s?\b|pct\b)", re.IGNORECASE
)
_PERCENT_OF = patterns.compile(r"\s*per[ \t]?cents?[ \t]+of[ \t]+", re.IGNORECASE)
_SIGN_BEFORE = patterns.compile(r"(?:(?:^|(?<=[\s(]))[-−]|\b(?:minus|negative)[ \t]+)$",
                                re.IGNORECASE)
_CENTS = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_SUBUNIT_RUN = rf"[ \t]+(?:and[ \t]+)?(?P<run>\d{{1,2}}|(?:{_CENTS})(?:[ \t-]+(?:{_CENTS}))?)"
_SUBUNIT_TAIL = patterns.compile(
    rf"{_SUBUNIT_RUN}(?:[ \t]?(?:cents?|pence)\b|(?=[ \t]*(?:[.,;!?]|$)))", re.IGNORECASE)
"""The cents of a price in words: "3 dollars 50 cents", "thirteen dollars and forty-five
cents", or, counting nothing and ending a clause, "thirteen dollars forty five", "C$ 100 and
fifty." Not "$40 and two and a half hours", "$25 and 10 or 12 people": there the words after
say what the number counts."""
_SUBUNIT_TAIL_WORDED = patterns.compile(
    rf"{_SUBUNIT_RUN}(?:[ \t]?(?:cents?|pence)\b|(?=[ \t]*(?:[.,;!?]|$)|[ \t]+(?:and|or)\b))",
    re.IGNORECASE)
"""After a currency word the spoken price may go on: "one dollar and one and one point"."""
_PRONOUN_BEFORE = patterns.compile(
    r"\b(?:the|this|that|which|each|every|any|no|another|whichever|only|last|little|big)"
    r"[ \t]+$", re.IGNORECASE)
_DAY_MONTH_BEFORE = patterns.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s{_MONTH}\s$", re.IGNORECASE)
_NEXT_WORD = patterns.compile(r"[ \t]*(\w+)")
_ONE_AS_PRONOUN = frozenset("of was is has had were would will could can".split())
"""Words after "one" that make it a pronoun, no count: "one of the guard's uniforms" (one
among many: what a reader checks is the many), "and one was charged with murder"."""
_RANKED_AFTER = patterns.compile(
    r"(?:[ \t]+(?:the|its|his|her|their|our|[\w'’]+['’]s?)){1,2}[ \t]+"
    r"(?:[\w'’-]+est|most|least|best|worst|first|last|top|few|only)\b", re.IGNORECASE)
"""After "one of", a rank: "one of the oldest buildings in Palmer", "one of the world's
biggest heists", "one of the first structures" is a claim a source makes, and stays one."""
_ONE_IN_IDIOM = frozenset("point time stage".split())
_MODAL_BEFORE = patterns.compile(
    r"(?:\b(?!(?i:how|why|what|where|when|who)\b)\w+[ \t]+"
    r"(?:will|would|could|might|may|can|should|must|shall)|\w['’](?:d|ll))[ \t]+\Z")
"""Before "one day", what makes it "some day": a modal after its subject ("farms would one
day start producing", "I'd one day have"); not "came one day after" nor "limited to one
day", which count a day, nor a question's modal ("Could one day of rain ...?") or the month
("Every May one day is set aside": the modal is in lower case)."""
_COUNTED_DAY = patterns.compile(r"[ \t]+(?:of|a|an|per|each|every|off|long|only)\b", re.IGNORECASE)
"""After "one day", words that make it a count still: "one day of talks", "one day a
month", "one day off"."""
_DESCRIBED_ONE = patterns.compile(r"\b(?:a|an)[ \t]+[a-z][a-z-]*[ \t]+$", re.IGNORECASE)
"""An article and a word that describes before "one", then no noun: "one" stands for a noun
said before ("the season was supposed to be a good one for the Sixers", "the acquisition is
a disruptive one"); "a mere one percent", "an estimated one million" count."""
_ONE_COUNTS_ON = patterns.compile(
    rf"[ \t]+(?:per\b|(?:in|out[ \t]+of)[ \t]+(?:every[ \t]+)?(?:\d|(?i:"
    rf"{'|'.join(sorted(NUMBER_WORDS))})\b))")
"""After "one", what goes on counting: "a further one per cent", "an estimated one in five
children", "one out of three"; not "a historic one in the history of the court" (reviews of
the thirtieth session)."""
_NO_BEFORE = patterns.compile(r"\bno[ \t-]$", re.IGNORECASE)
""""no one", "no-one": nobody, no count."""
_AT_BEFORE = patterns.compile(r"\bat[ \t]+$", re.IGNORECASE)
"""Words after "at one" that make an idiom: "at one point"."""
_NAME_BEFORE = patterns.compile(r"(?<![\w-])([\w]*[A-Z][\w]*)(?:[ \t]|-)$")
_HYPHEN_NOUN = patterns.compile(r"-([^\W\d_]{2,})\b(?!-)")
"""The noun fused to a number: "a five-year sentence" counts years, "a two-point lead"
points ("a 12-cent-a-share" or "59-year-old" are read elsewhere)."""
_NUMBER_WORDS = frozenset([*UNITS, *TENS])
_NOT_DIGIT = patterns.compile(r"[^0-9]")
_DECIMAL_POINT = patterns.compile(r"\d[.,]\d")
_DIGIT_RUN = patterns.compile(r"\d+")
_FRACTION_DATE = patterns.compile(r"(\d)/(\d{1,2})")


@dataclass(frozen=True, slots=True)
class _Amount:
    """A number read from a run, with its currency or percent sign: one mention."""

    start: int
    end: int
    kind: Kind
    value: str


def _amounts(
    text: str, run_start: int, run_end: int, lo: int, hi: int, *, is_list: bool = False
) -> list[_Amount]:
    """The numbers of one run (``numbers.read``), each widened to its sign, its currency
    ("$", "HK$", "USD", "yen", "Australian dollars", "cents") or its percent sign, and less
    those that are no number: "one" as a pronoun, a model ("Boeing 737", "F-16")."""
    out: list[_Amount] = []
    if is_list:
        return [_Amount(m.start(), m.end(), Kind.NUMBER, fmt(digits_value(m.group(0)) or 0))
                for m in _DIGIT_RUN.finditer(text, run_start, run_end)]
    for r in read(text, run_start, run_end):
        if out and r.start < out[-1].end:
            continue  # read with the one before: the cents of "C$ 100 and fifty"
        out.extend(_amount(text, r, lo, hi))
    return out


def _may_end_a_symbol(before: str) -> bool:
    """Whether ``before`` can end in a currency sign or code (``_CURRENCY_BEFORE``): checked
    first because most numbers have none, and the pattern is the cost of a table of them."""
    last = before[-2:-1] if before[-1:] in (" ", "\t") else before[-1:]
    return last in _SYMBOL_ENDS


_SYMBOL_ENDS = frozenset("$.£€¥₹₽₩₪₺₦元sSſACDKUZ" + "".join({code[-1] for code in _CODES}))
"""The last characters of ``_CURRENCY_BEFORE``'s matches: a sign, "$", the capital letter
closing a code (the codes are matched in capitals only), the "s" of "Rs" in any case (and
the long s, its case variant in a pattern that ignores case) and the point of "Rs."."""


def _may_start_a_currency(text: str, end: int, hi: int) -> bool:
    """Whether a currency word, code or sign can follow (``_CURRENCY_AFTER``: a letter or a
    sign after at most a space, a hyphen and a space)."""
    head = text[end:min(hi, end + 4)].lstrip(" \t-")[:1]
    return head.isalpha() or head in ("元", "₹", "€")


_WEIGHED = patterns.compile(
    r"(?:\bweigh(?:s|ed|ing)?(?:[ \t]+in)?(?:[ \t]+at)?|\bweight[ \t]+of|\d-?(?:foot|feet|ft)"
    r"(?:-\d+)?,?(?:[ \t]+tall)?(?:[ \t]+and)?|\btall,?(?:[ \t]+and)?)"
    r"(?:[ \t]+(?:about|around|approximately|nearly|almost|just|only|under|over|roughly|some))?"
    r"[ \t]*$", re.IGNORECASE)
"""What comes right before a number of pounds that weighs: "weighs (just) 6.6 pounds",
"a weight of", a height ("6-foot-1, 220 pounds", "six feet tall and 200 pounds"); not "a
heavy fine of 500 pounds", "lost 2,000 pounds to gambling"."""
_MONEY_NOUN_AFTER = patterns.compile(r"[\w-]*[ \t]+(?:note|fine|deal|bill|contract|bet|fee|prize"
                                     r"|loan|bond|bonus|payment|payout|transfer|grant|budget)s?\b",
                                     re.IGNORECASE)
"""After "-pound", a noun of money: "a 10-pound fine", "a 100-million-pound deal"."""


def _amount(text: str, r: Reading, lo: int, hi: int) -> list[_Amount]:
    start, end, value = r.start, r.end, r.value
    before = text[max(lo, start - 12):start]
    written = text[start:end]
    if fold(written) == "one":
        nxt = _NEXT_WORD.match(text, end, hi)
        word = fold(nxt.group(1)) if nxt else ""
        if word == "another" or _PRONOUN_BEFORE.search(before) and (
            not word or word in STOPWORDS
        ) or word in _ONE_AS_PRONOUN and not (
            word == "of" and _RANKED_AFTER.match(text, nxt.end(), hi)
        ) or (word in STOPWORDS and not _ONE_COUNTS_ON.match(text, end, hi) or not word and text[
            end:end + 1] != "-") and _DESCRIBED_ONE.search(text, max(lo, start - 30), start) or (
            _NO_BEFORE.search(before)) or (
            word in _ONE_IN_IDIOM and _AT_BEFORE.search(before)
        ) or word == "day" and _MODAL_BEFORE.search(before) and not _COUNTED_DAY.match(
            text, nxt.end(), hi):
            # "the one you mentioned", "which one do you", "one another", "a good one for
            # the Sixers", "a disruptive one.", "one of the guard's
            # uniforms", "one was charged", "no one knows", "no-one was hurt", "at one point",
            # "I'd one day have the chance" (some day)
            return []
    sign = _SIGN_BEFORE.search(before) if before[-1:] in ("-", "−") or before[-1:] in (
        " ", "\t") and before.rstrip(" \t")[-1:].isalpha() else None
    if sign and written[:1].isdigit() or sign and sign.group(0)[:1].isalpha():
        start -= len(sign.group(0))
        value = -value
        before = text[max(lo, start - 12):start]
    code = ""
    prefix = _CURRENCY_BEFORE.search(before) if _may_end_a_symbol(before) else None
    if prefix:
        symbol = re.sub(r"[ \t]", "", prefix.group(0)).lower()
        code = _SYMBOLS.get(symbol) or symbol.upper()
        if code == "RMB":
            code = "CNY"
        start -= len(prefix.group(0))
    elif written[:1].isdigit():
        if len(written) == 2 and start - 2 >= lo and text[start - 1].isspace() and (
            text[start - 2].isalpha() or text[start - 2] == "."
        ) and _DAY_MONTH_BEFORE.search(text, max(lo, start - 16), start):
            return []  # "3 Jan 12": the year of a date
        name = _NAME_BEFORE.search(before) if before[-1:] in (" ", "\t", "-") and (
            before[-2:-1].isalnum() or before[-2:-1] == "_") else None
        if name and fold(name.group(1)) not in common_words() and not _PERCENT_AFTER.match(
            text, end, hi
        ) and not _CURRENCY_AFTER.match(text, end, hi):
            return []  # "Boeing 737", "iPhone 5", "F-16": part of a name
    if not code and _PERCENT_OF.fullmatch(text, lo, start):
        # "per cent of twenty-two" opening a sentence: the spoken form of "22 per cent"
        return [_Amount(lo + len(text[lo:start]) - len(text[lo:start].lstrip()), end,
                        Kind.PERCENT, f"{fmt(value)}%")]
    percent = _PERCENT_AFTER.match(text, end, hi)
    if percent and not code:
        return [_Amount(start, percent.end(), Kind.PERCENT, f"{fmt(value)}%")]
    after = _CURRENCY_AFTER.match(text, end, hi) if _may_start_a_currency(text, end, hi) else None
    if after and after.group("p") and not written[-1:].isdigit():
        after = None
    if after and after.group("word") and fold(after.group("word")).startswith("pound") and (
            text[end:end + 1] == "-" and not _MONEY_NOUN_AFTER.match(text, after.end(), hi)
            or _WEIGHED.search(text, max(lo, start - 30), start)):
        after = None  # a weight: "weighs 6.6 pounds", "a 6.6-pound laptop", "6-foot-1, 220
        # pounds"; not "a 10-pound fine"
    if after and not code:
        end = after.end()
        if after.group("word"):
            word = re.sub(r"\s+", " ", fold(after.group("word")))
            code = _CURRENCY_WORDS[word]
        elif after.group("code"):
            code = after.group("code").upper()
        elif after.group("sign"):
            code = _SYMBOLS[after.group("sign")]
        else:
            sub = fold(after.group("sub") or "p")
            code = _SUBUNITS.get(sub.rstrip("s"), _SUBUNITS.get(sub, "GBP"))
            value /= 100
    if code:
        if code == "RMB":
            code = "CNY"
        if after is None or after.group("word"):
            value, end = _cents_after(text, written, value, end, hi, worded=after is not None)
        return [_Amount(start, end, Kind.MONEY, f"{code} {fmt(value)}")]
    if _UNIT_LETTER.match(text, end, hi):
        return []  # "1,674.5 G": giga, or grams-force, a unit we cannot value
    if _BARE_M.search(written):
        counted = _COUNTED_AFTER.match(text, end, hi)
        if counted is None and _CLAUSE_END.match(text, end, hi):
            return []  # "peaking at 6.9m.": millions or metres, no value is better
        if counted is None:  # "fell about 600m while climbing", "50m by 50m": metres
            value /= 10**6
    return [_Amount(start, end, Kind.NUMBER, fmt(value))]


_UNIT_LETTER = patterns.compile(r"[ \t](?-i:[GTP])(?![\w.'’-])")
"""A capital G, T or P alone after a number is a prefix of a unit (giga, tera, peta) or the
unit itself (grams-force, tesla, points): not a value to read the number as written."""
_BARE_M = patterns.compile(r"\d[ \t]?m$")
"""A lower-case "m" is the metre's symbol as well as millions; a capital "M" is mega only."""
_COUNTED_AFTER = patterns.compile(
    r"(?:[ \t]++[A-Z][\w'’.-]*+)*+[ \t]++(?:people|children|men|women|[a-z]++(?<=[a-rt-z]s))\b")
"""A plural noun after a number ending in "m", past names ("6.1m people", "2m Windows
users"): millions of them. Without one, "m" is metres ("fell about 600m while climbing",
"50m by 50m", "within 80m of"), and before a stop it may be either."""
_SCALED = patterns.compile(r"thousand|illion|lakh|crore|\d[ \t]?[a-z]", re.IGNORECASE)


_IN_YEARS = {stem("decades"): 10, stem("centuries"): 100}
"""Spans of years written in larger units: a count of them is a count of years."""
_YEAR = stem("years")
_UNIT_WORD = patterns.compile(r"[ \t]+([^\W\d_]+)")
_METRES = stem("metres")
_PLAIN_M = patterns.compile(r"(\d{1,3}(?:,\d{3})*+(?:\.\d++)?|\d++(?:\.\d++)?)[ \t]?m")


def _in_metres(raw: str, value: str) -> bool:
    """ "600m" read as 600 (``_amount``: no plural noun after it): a measure in metres."""
    plain = _PLAIN_M.fullmatch(raw)
    if plain is None:
        return False
    number = digits_value(plain.group(1))
    return number is not None and fmt(number) == value


def _cents_after(text: str, written: str, value: Fraction, end: int, hi: int, *,
                 worded: bool) -> tuple[Fraction, int]:
    """The cents after a whole amount of units (``_SUBUNIT_TAIL``), the spoken form of a
    price ("3 dollars 50 cents", "one dollar and fifty", "C$ 100 and fifty."); not after a
    scale ("$5 million and 20 staff")."""
    if value.denominator != 1 or _SCALED.search(written):
        return value, end
    tail = (_SUBUNIT_TAIL_WORDED if worded else _SUBUNIT_TAIL).match(text, end, hi)
    if tail is None:
        return value, end
    cents = read(text, tail.start("run"), tail.end("run"))
    if len(cents) != 1 or cents[0].end != tail.end("run") or not 0 < cents[0].value < 100:
        return value, end
    return value + cents[0].value / 100, tail.end()


_ADDED = ("more", "additional", "extra", "further", "other")
"""Words after a count that add it to another ("two more times": ``_MORE_AFTER``)."""
_MODIFIERS = frozenset(
    """former new different separate major minor small large big young old senior junior key
    top leading prospective current previous existing high-profile local foreign
    national""".split()
) | frozenset(_ADDED)
_IN_A_ROW = frozenset("straight consecutive successive".split())
"""Modifiers of a streak, passed only before a noun: "their eighth straight win" counts wins,
"won their seventh straight on Tuesday" counts what it says (no win named)."""


_COMPOUND_TAILS = PARTICLES | {"in", "on", "over"}
"""Last parts of hyphenated nouns ("break-in", "sit-on", "take-over") that are stop words."""


_DIGITS_ONLY = patterns.compile(r"[\d.,]+")


_PLURAL_ACRONYM = patterns.compile(r"[A-Z]{2,}s")
"""An acronym's plural: "KOs", "TDs", "MPs"."""


def word_stem(written: str) -> str:
    """A counted word's stem, an acronym's plural as its singular: "51 KOs" counts what
    "51 KO" does (the stemmer keeps an acronym's "s")."""
    if _PLURAL_ACRONYM.fullmatch(written):
        written = written[:-1]
    return stem(fold(written))


def _noun_after(text: str, tokens: list[Span], index: int, plural: bool = False) -> str:
    """What a number counts: the first plain word after it, past modifiers and proper
    adjectives ("14 former Tory MPs" counts MPs). For a count above one, the first plural
    word of the phrase when one comes before a stop: "five suspicious boats" counts boats,
    "125 parliamentary seats" seats."""
    first = ""
    for k in range(index + 1, min(index + 5, len(tokens))):
        start, end = tokens[k]
        raw = text[start:end]
        word = fold(raw)
        if _BREAK.search(text, tokens[k - 1][1], start) or first and (
                word in STOPWORDS or contracted(word)):
            break  # "(12 Somali and 11 Yemeni) surrendered" counts no surrender; "the two
            # women she's accused of" counts women
        if word in ("of", "-") or word in _MODIFIERS or word in _IN_A_ROW and _before_a_noun(
                text, tokens, k):
            continue
        if word == "x" and k + 1 < len(tokens) and _DIGITS_ONLY.fullmatch(
                text, *tokens[k + 1]):  # "1,440 x 900 display": both count the display
            return _noun_after(text, tokens, k + 1, plural)
        if raw[:1].isupper() and not raw.rstrip("s").isupper() and index + 2 < len(tokens):
            continue
        if raw.isupper() and _before_a_noun(text, tokens, k):
            continue  # an acronym before a noun names what kind: "the fifth NBA coach"
        if word in STOPWORDS or _DIGITS_ONLY.fullmatch(word):
            return first
        if _PLURAL_ACRONYM.fullmatch(raw):
            return word_stem(raw)
        head, _, tail = word.rpartition("-")
        if head and tail in STOPWORDS and tail not in _COMPOUND_TAILS:
            word = head  # "for 30 years-but in the end": a hyphen for a dash, not "break-in"
        noun = stem(word.split("-")[-1] if word.startswith(("year", "-")) else word)
        if not plural:
            return noun
        if not first:
            first = noun
        if word.endswith("s") and not word.endswith("ss") and noun != word:
            return noun
    return first


def _before_a_noun(text: str, tokens: list[Span], k: int) -> bool:
    """Whether token k is followed, in its phrase, by a word in lower case that is no stop
    word: a noun it qualifies ("NBA coach", "USB ports"), not a verb or a preposition."""
    if k + 1 >= len(tokens) or _BREAK.search(text, tokens[k][1], tokens[k + 1][0]):
        return False
    nxt = text[slice(*tokens[k + 1])]
    return nxt.isalpha() and nxt.islower() and fold(nxt) not in STOPWORDS


def _above_one(value: str) -> bool:
    try:
        return float(value.split(" ")[-1].rstrip("%")) > 1
    except ValueError:
        return value in ("dozens", "scores", "hundreds", "thousands", "millions")


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
_AGED = patterns.compile(r"\d+[- ]years?[- ]old")
_BREAK = patterns.compile(r"[,;:()\"“”]")


PROGRESSIVE = "ing:"
"""Marks an action read from a progressive after the noun ("350 people were taking
shelter"), which tells a count apart only from a toll's ("were killed"): "were battling the
blaze" and "were fighting the blaze" may be one thing said two ways."""


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
            if word.isalpha() and word not in STOPWORDS and (
                word.endswith(("ed", "en", "wn", "ing")) or stem(word) in groups
            ):  # a participle: "were damaged", "were hurt", "were taking shelter"; not
                # "were aboard"
                if stem(word) in groups or not word.endswith("ing"):
                    return groups.get(stem(word), stem(word))
                return PROGRESSIVE + stem(word)
        break
    return ""


def _terms(content: _Sentence, first: int, last: int, start: int, end: int,
           width: int = 5) -> frozenset[str]:
    """The content words of ``_context`` (the same tokens: the sentence's, not read again)."""
    return content.between(max(0, first - width), last + width + 1, start, end)


class _Sentence:
    """One sentence as its numbers are read: the text, the sentence's index and start, and
    its tokens and their starts, read once the sentence has a number (half have none)."""

    __slots__ = ("index", "start", "starts", "text", "tokens")

    def __init__(self, text: str, index: int, start: int, tokens: list[Span]) -> None:
        self.text, self.index, self.start, self.tokens = text, index, start, tokens
        self.starts = list(map(itemgetter(0), tokens))

    def between(self, lo: int, hi: int, start: int, end: int) -> frozenset[str]:
        """Stems of the content tokens lo to hi - 1 outside the mention ``start``-``end``:
        each word's stem is remembered (``_CONTENT_STEMS``), so a window costs a lookup a
        token, not the whole sentence's words (most sentences hold one number)."""
        text, stems = self.text, _CONTENT_STEMS
        found = {stems[text[s:e]] for s, e in self.tokens[lo:hi] if not start <= s < end}
        found.discard("")
        return frozenset(found)


def _content_stem(word: str) -> str:
    """A token's stem when it is a content word (no digits, no stop word, three letters or
    more), else ""."""
    if word[0].isdigit():
        return ""
    t = stem(word)
    return t if len(t) > 2 and t not in STOPWORDS and not _DIGIT_CHAR.search(t) else ""


_CONTENT_STEMS = Memo(_content_stem)
"""``_content_stem`` of each token as written (the words around numbers repeat, a
table's above all)."""


_DIGIT_CHAR = patterns.compile(r"\d")


def _context(tokens: list[Span], first: int, last: int, width: int = 5) -> Span:
    lo = tokens[max(0, first - width)][0]
    hi = tokens[min(len(tokens) - 1, last + width)][1]
    return lo, hi


def find_quantities(doc: Document) -> list[Quantity]:
    """Every number, amount, percentage, date and time, each with what it counts."""
    found: list[Quantity] = []
    text = doc.text
    for index, (s_start, s_end) in enumerate(doc.sentences):
        sentence: _Sentence | None = None  # tokenised at its first number
        covered = s_start  # the end of the last mention: a price's cents are read with it
        first_here = len(found)
        for m in PATTERNS.finditer(text, s_start, s_end):
            if m.start() < covered:
                continue
            if sentence is None:
                sentence = _Sentence(text, index, s_start, words(text, s_start, s_end))
                phones = _phone_numbers(text, s_start, s_end)
            if phones and (phone := next((b for a, b in phones if a <= m.start() < b), 0)):
                covered = phone  # a telephone number counts nothing
                continue
            group = m.lastgroup or "number"
            keys: tuple[str, ...] = ()
            stamp = False
            if group in GROUPS:
                whole = _whole_before(found, index, text, m.start()) if group == "date" \
                    else None
                part = _fraction(m.group(0), mixed=whole is not None) if group == "date" \
                    else None
                told = None if part is not None else resolve(
                    group, text, m.span(), (s_start, s_end), doc.published
                )
                if part is not None:
                    start = m.start()
                    if whole is not None:  # "2 1/2 years", "1 4/5": one number, 2.5, 1.8
                        start, part = found.pop().start, whole + part
                    readings = [(start, m.end(), fmt(part), Kind.NUMBER)]
                    keys = (fmt(part),)
                elif told is not None:
                    stamp = doc.in_stamp(told.start)
                    keys = () if stamp else told.keys
                    readings = [(told.start, told.end, told.value,
                                 Kind.TIME if told.time else Kind.DATE)]
                elif FALLBACK.get(group) == "number":
                    group = "number"  # "in two years" after a past verb: a count of years
                    readings = [(a.start, a.end, a.value, a.kind)
                                for a in _amounts(text, m.start(), m.end(), s_start, s_end,
                                                  is_list=False)]
                elif group in FALLBACK:
                    value, keys, kind = _classify(FALLBACK[group], m.group(0))
                    readings = [(m.start(), m.end(), value, kind)]
                else:
                    continue
            elif group == "number" and (score := _score(text, m.start(), s_start)) is not None:
                end, value = score
                covered = end
                q = _quantity(sentence, m.start(), end, value, Kind.NUMBER, (value,))
                found.append(q if q.noun and not (_TEAM_AFTER.match(text, end) and (
                    _THE_BEFORE.search(text, max(s_start, m.start() - 5), m.start())))
                             else replace(q, noun=SCORE))  # "a 15-2 run": a run; "the
                # 15-17 Bulldogs missed": the team's record, not what it did
                continue
            elif group == "number" and (listed := _listed(sentence, m)) is not None:
                covered = listed.end
                found.append(listed)
                continue
            elif group == "vulgar":  # "4½ months", "the first 7 ½ minutes"
                if text[m.start() - 1:m.start()] in _SYMBOL_CHARS and m.start() > s_start or (
                        _SCALED_AFTER.match(text, m.end())):
                    covered = m.end()
                    continue  # "$4½ million", "2½%": no value rather than a wrong one
                raw = m.group(0)
                value = fmt(int(raw[:-1]) + _VULGAR[raw[-1]])
                readings, keys = [(m.start(), m.end(), value, Kind.NUMBER)], (value,)
            elif group == "number":
                readings = [(a.start, a.end, a.value, a.kind)
                            for a in _amounts(text, m.start(), m.end(), s_start, s_end,
                                              is_list=m.group("list") is not None)
                            if not _millimetres(text, a)]
            else:
                if group == "ordinal" and (_idiom(text, m.start(), m.end(), s_start, s_end)
                                           or _CARDINAL_AFTER.match(text, m.end(), s_end)):
                    continue  # "his first 100 days", "the first two games": which of a
                    # count, told by the count after it
                value, keys, kind = _classify(group, m.group(0))
                if value is None:
                    continue
                readings = [(m.start(), m.end(), value, kind)]
            for start, end, value, kind in readings:
                covered = max(covered, end)
                if (text[start] in _IDIOM_OPENINGS and _NUMBER_IDIOM.match(text, start)) or (
                        damaged(text, start, end)):
                    continue  # an idiom; a date or time whose last character was lost
                joined = _joined(found, index, text, start, end, value, kind, s_end)
                if joined is not None:  # "one over three", "a quarter of a million"
                    start, value = found.pop().start, joined
                stamp = stamp or doc.in_stamp(start)  # "10:00 (GMT+05: 00)": the stamp's
                # numbers are its too, as its date and time
                found.append(_quantity(sentence, start, end, value, kind,
                                       () if stamp else keys if group != "number" else (value,),
                                       stamp))
                if len(found) > first_here + 1:
                    _mark_conversion(found, text)
                    _share_scale(found, text)
        if first_here < len(found) and _after_a_dash(text, found[first_here]):
            del found[first_here]
    return _old_days_apart(found)


def _old_days_apart(found: list[Quantity]) -> list[Quantity]:
    """Without the day and month alone (``date ?-MM-DD``) a full date written two years or
    more before the report's latest: a report with no publication date is still dated by
    its latest full date ("born on June 5, 1940, ... died on May 30, 2013"), and an
    undated report's "June 5" is no birthday of 1940."""
    latest = max((int(q.value[5:9]) for q in found
                  if q.kind is Kind.DATE and q.value[5:9].isdigit()
                  and q.value.startswith("date ")), default=0)
    return [replace(q, keys=tuple(k for k in q.keys if not k.startswith("date ?-")))
            if q.kind is Kind.DATE and q.value.startswith("date ") and q.value[5:9].isdigit()
            and int(q.value[5:9]) < latest - 1 and any(k.startswith("date ?-") for k in q.keys)
            and f"year {q.value[5:9]}" in q.keys  # its year written, not read from the date
            else q for q in found]


_CARDINAL_AFTER = patterns.compile(
    rf"[ \t]+(?:(?!(?:1[89]|20)\d\d\b)\d+(?:,\d{{3}})*|(?i:"
    rf"{'|'.join(sorted(w for w in NUMBER_WORDS if w.isalpha() and w != 'one'))}))"
    r"\b(?![-.,]?\d|-)")
"""A whole count right after an ordinal: "the first 17 passes", "the last two"; not one
fused to a noun, which the ordinal orders ("his second 200-yard game"), nor a measure or a
year after a placing ("finished second 3.2 seconds behind", "the first 2013 storm"), nor
"the first one"."""
_IDIOM_OPENINGS = frozenset("zZeE1")
"""The first characters of ``_NUMBER_IDIOM``: most numbers are not tried against it."""
_NUMBER_IDIOM = patterns.compile(r"(?:zero[- \t]day|(?:eleventh|11th)[- \t]hour)\b(?![ \t]+of\b)",
                                 re.IGNORECASE)
"""Words of the trade that hold a number but count nothing: a "zero-day" flaw (one known
before its fix), an "eleventh-hour" rule (one made at the last moment); not "the 11th hour
of the vigil", "zero days left"."""


SCORE = "score"
"""What a game's score or a record counts for matching; its noun is the kind of result
("a 31-24 victory", "a 15-2 run", "a record of 9-14"), or this when none is written ("the
Sixers (9-14)", "beat the Jaguars 31-24")."""
SCORE_VALUE = patterns.compile(r"\d+-\d+(?:-\d+)?")


def is_score(q: Quantity) -> bool:
    """Whether the mention is a score or a record (``_score``)."""
    return q.kind is Kind.NUMBER and SCORE_VALUE.fullmatch(q.value) is not None


_SCORE = patterns.compile(r"(\d{1,3})[-–](\d{1,3})(?:[-–](\d{1,3}))?(?![\w%]|[-–.,/:]\d)")
_WORD_AFTER = patterns.compile(r"[ \t]+([a-z]+)\b")
_RECORD_OF = patterns.compile(r"\b(?:record|mark)[ \t]+of[ \t]+$")
_NAME_BEFORE_BRACKET = patterns.compile(r"[A-Z][\w.'’-]*[ \t]*\($")
def _standing(text: str, s_start: int, start: int, end: int,
              after: re.Match[str] | None) -> bool:
    """Whether a pair with the lower number first is a won-lost record by what stands before
    it: a team's or a coach's move ("stands at 284-286 (.498)", "fell to 15-17.", "The 76ers
    have opened 9-14 with eight losses") before a stop, a bracket or "with"; or "is", "was"
    before "lifetime" or "overall" ("Cheeks is 284-286 lifetime"). A range after them has a
    unit, a noun or a name after it ("Winds were 10-15 mph", "the summit was 10-12 March",
    "Turnout was 40-45 in the city")."""
    before = _STANDING.search(text, max(s_start, start - 24), start)
    if before is None:
        return False
    if before.group("be"):
        return after is not None and after.group(1) in ("lifetime", "overall")
    return (after is None and _STOP_AFTER.match(text, end) is not None) or (
        after is not None and after.group(1) == "with")


_STANDING = patterns.compile(
    r"\b(?:(?P<be>is|was|are|were)|stands?[ \t]+at|stood[ \t]+at|(?:improved|improves|fell|"
    r"falls|dropped|drops|slipped|moved|climbed)[ \t]+to|opened|finished|went)[ \t]+\Z")
_STOP_AFTER = patterns.compile(r"[ \t]*(?:[.;)]|\([.\d]|$)")
_RECORD = frozenset(("record", "mark"))
"""What a won-lost record is called when written with the lower number first ("a 9-14
record"), where a pair of numbers is otherwise a range."""
_RUN_OF_GAMES = frozenset(("start", "season"))
"""What a record is of, after an article or a possessive only ("an 18-30 start", "a 2-13
season", "its 2-14 season"): "grades 6-8 start classes", "2-4 season tickets" are ranges."""
_RECORD_OWNER_BEFORE = patterns.compile(
    r"(?:\b(?i:an?|the|its|their|his|her)|[A-Z][\w.-]*['’]s?)[ \t]+(?:[\w-]+[ \t]+){0,2}$")
"""An article or a possessive, perhaps two describing words after it, before a record: "a
dismal 0-16 season", "an NBA-worst 7-59 start", "Detroit's 0-16 season", "The Lions' 0-16
season", "After the 0-16 season"."""
_TEAM_AFTER = patterns.compile(r"[ \t]+[A-Z][a-z]+s\b")
"""A team after a pair of numbers: a capitalised plural ("the 0-14 Lions", "the 15-17
Bulldogs"); "the 9-11 Commission" is no team."""
_THE_BEFORE = patterns.compile(r"\bthe[ \t]+$", re.IGNORECASE)


def _score(text: str, start: int, s_start: int) -> tuple[int, str] | None:
    """A score or a record written as two or three numbers joined by a dash ("won 31-24",
    "a 15-2 run", "Rahman (45-7-2)", "the Sixers (9-14)", "a 9-14 record"): one fact, its end
    and value, or None.

    On the corpus such pairs of small numbers, the higher first, are scores and records,
    never ranges; with the lower first they are a range ("2-3 per cent", "3-4 children",
    "10-15 mph") unless in brackets after a capitalised name ("the Sixers (9-14)") or called
    a record ("a 9-14 record", "a record of 9-14", "a 2-13 season") or before a team after
    "the" ("the 15-17 Bulldogs"): a loser's score written first ("lost
    98-102") or a tennis set is then two numbers. A scale, a percentage or a currency after
    them makes a range either way. Read as two numbers, a score's halves matched ages and
    counts of another story."""
    m = _SCORE.match(text, start)
    if m is None or text[start - 1:start] in ("$", "£", "€", "¥", "₹", "-", "–", "/", ".") \
            and start > s_start:
        return None
    end = m.end()
    after = _WORD_AFTER.match(text, end)
    if after is not None and (after.group(1) in SCALES or after.group(1) in NUMBER_WORDS) or (
            _PERCENT_AFTER.match(text, end) or _CURRENCY_AFTER.match(text, end)):
        return None  # "2-3 million people", "2-3 per cent": a range
    if not m.group(3) and int(m.group(1)) < int(m.group(2)) and not (
            text[start - 1:start] == "(" and text[end:end + 1] in (")", ",")
            and _NAME_BEFORE_BRACKET.search(text, max(s_start, start - 40), start)
            or after is not None and after.group(1) in _RECORD
            or after is not None and after.group(1) in _RUN_OF_GAMES
            and _RECORD_OWNER_BEFORE.search(text, max(s_start, start - 40), start)
            or _RECORD_OF.search(text, max(s_start, start - 16), start)
            or _THE_BEFORE.search(text, max(s_start, start - 5), start)
            and _TEAM_AFTER.match(text, end)
            or _standing(text, s_start, start, end, after)):
        return None
    return end, "-".join(g for g in m.groups() if g is not None)


_NOUN_AFTER = patterns.compile(r"[ \t]+[a-z]")


def _millimetres(text: str, a: _Amount) -> bool:
    """ "MM" after digits is millions in money and in a deal's terms ("$160MM", "$140 to
    150MM", "3 years, 45MM.") and millimetres before a noun with no currency near ("a 9MM
    pistol", "35MM film"): no value then, rather than a wrong one."""
    return a.kind is Kind.NUMBER and text.endswith("MM", a.start, a.end) and (
        _NOUN_AFTER.match(text, a.end) is not None
        and not any(sign in text[max(0, a.start - 40):a.start] for sign in "$£€¥"))


_PHONE = patterns.compile(
    r"(?<![\w.-])(?:\+?1[-. ])?(?:\(\d{3}\)[ ]?\d{3}[-.]\d{4}|\d{3}[-.]\d{3}[-.]\d{4})(?![\w-])"
    r"|(?<![\w.,-])(?:\+44[ ]?(?:\(0\)[ ]?)?\d{2,4}|0\d{2,4})[ ]\d{3,6}(?:[ ]\d{3,4})?(?![\w,.-]\d)"
    r"|\b(?:call|dial|phone|contact|reach(?:ed)?)\b[^\n]{0,60}?(?<![)])[ ](\d{3}-\d{4})"
    r"(?=[ ]?(?:[.,;)]|or\b|$))",
    re.IGNORECASE)
"""A telephone number: with its area code ("907-745-4811", "(907) 745-4811", "1-800-555-1234"),
a British one in spaced groups from a 0 ("0845 125 2222", "020 7946 0958"),
or seven digits after a word of calling ("call Sgt. La Croix at 745-4811.") and before a stop
or "or": without those, "estimated at 500-1000." and "500-1000 feet" are ranges."""

_PHONE_SHAPE = patterns.compile(r"[\d+](?:(?<=\d)\d{2}[-.]\d{4}|(?<=\+)(?<![\w.,-]\+)44[ ]?\d"
                                r"|(?<=0)(?<![\w.,-]0)\d{2,4}[ ]\d{3})")
"""The shapes of ``_PHONE``'s digits: three digits, a dash or a point and four; "+44"; a 0 and
groups of digits. Their first characters as one class before the alternatives, each of which
looks back at it, so ``re`` skips in C to a digit or a plus (alternatives alone give it no
first class to skip by)."""


def _phone_numbers(text: str, start: int, end: int) -> list[Span]:
    """The telephone numbers of a sentence (most sentences hold none: one test of a digit
    run's shape first)."""
    if _PHONE_SHAPE.search(text, start, end) is None:
        return []
    return [m.span(1) if m.group(1) else m.span() for m in _PHONE.finditer(text, start, end)
            if m.group(1) or sum(c.isdigit() for c in m.group(0)) >= 10]  # a whole number's
    # ten digits or more: "At 0800 350 troops moved in" holds a time and a count


_DASH_LINE = patterns.compile(r"[ \t]*[-−–][ \t]+")
_LINE_END = patterns.compile(r"[ \t]*(?:[A-Za-z]{1,3}\b)?[ \t]*[.,;:]?[ \t]*(?:\n|$)")
"""What may follow a number alone on its line: a unit's letter or two and a stop."""


def _after_a_dash(text: str, q: Quantity) -> bool:
    """A number alone on a line after a dash and a space ("- 10 k", "- 1 4/5"): a minus
    sign or a list's bullet, two readings of opposite sign, so no value (the first mention
    of a sentence, checked once it is whole: "1 4/5" is read in two steps). With words after
    it ("- 42 people were killed") the dash is a bullet and the number keeps its value."""
    if q.kind is Kind.DATE or q.kind is Kind.TIME or q.text[:1] in "-−":
        return False
    lo = max(0, q.start - 9)  # the dash opens the line at most 8 characters before
    newline = text.rfind("\n", lo, q.start)
    if newline < 0 and lo > 0:
        return False
    line = newline + 1
    return (_DASH_LINE.fullmatch(text, line, q.start) is not None
            and _LINE_END.match(text, q.end) is not None)


def _quantity(
    sentence: _Sentence,
    start: int,
    end: int,
    value: str,
    kind: Kind,
    keys: tuple[str, ...],
    stamp: bool = False,
) -> Quantity:
    """One mention with what it counts, what is done to it, and its approximation."""
    text, tokens, starts = sentence.text, sentence.tokens, sentence.starts
    index, s_start = sentence.index, sentence.start
    raw = text[start:end]
    first = _token_at(starts, start)
    last = _token_at(starts, max(start, end - 1))
    noun = action = ""
    hyphen = None
    if kind in (Kind.NUMBER, Kind.MONEY, Kind.PERCENT):
        if text.find("year", start, end + 10) >= 0 and _AGED.match(text, start, end + 10) or \
                _is_age(text, start, end) or _age_in_words(text, start, end, s_start):
            noun = "age"
        else:
            hyphen = _HYPHEN_NOUN.match(text, end) or (
                _GLUED_UNIT.match(text, end) if kind is Kind.NUMBER else None)
            if hyphen and kind is Kind.NUMBER:
                # "the entire two-story building": the mention is the words a reader sees as
                # the fact, value 2 counting stories
                end, raw = hyphen.end(), text[start:hyphen.end()]
            noun = stem(hyphen.group(1)) if hyphen else _METRES if _in_metres(raw, value) else (
                _noun_after(text, tokens, last, _above_one(value))
                or _noun_before(text, tokens, first)
            )
            if noun in _IN_YEARS and kind is Kind.NUMBER and " " not in value and (
                    SCORE_VALUE.fullmatch(value) is None):
                # "for three decades" is 30 years, one fact with "for 30 years"
                unit = _UNIT_WORD.match(text, end)
                if unit is not None and stem(unit.group(1)) == noun:
                    end, raw = unit.end(), text[start:unit.end()]
                value = fmt(Fraction(value) * _IN_YEARS[noun])
                keys, noun = (value,), _YEAR
            if noun:
                action = _action(text, tokens, first, last, noun)
    phrase = []
    for k in range(last + 1, min(last + 7, len(tokens))):
        if _BREAK.search(text, tokens[k - 1][1], tokens[k][0]):
            break
        word = fold(text[slice(*tokens[k])])
        if word[:1].isdigit() or word in _NUMBER_WORDS or word in STOPWORDS and word not in (
            "in", "of"
        ):
            break  # the noun phrase ends at a verb's auxiliary, an article, a conjunction
        phrase.append(stem(word))
    clock = ""
    if kind is Kind.TIME:
        value, either = _in_half_of_day(text, raw, value, end)
        clock = _clock(text, raw, value, end, either)
        if clock == TWELVE_HOUR:  # "at 6:41" is 06:41 or 18:41, shared with either
            hm = TIME_OF_DAY.fullmatch(value)
            keys = (value, f"time {(int(hm.group(1)) + 12) % 24:02d}:{hm.group(2)}")
        elif keys and keys[0].startswith("time "):
            keys = (value,)
    approx_m = _APPROX_BEFORE.search(text, max(s_start, start - 20), start) if (
        start - 2 >= s_start and text[start - 1].isspace() and text[start - 2].isalpha()
    ) else None
    return Quantity(
        kind=kind, start=start, end=end, sentence=index, text=raw, value=value,
        keys=keys, noun=noun, approx=fold(approx_m.group(0).strip()) if approx_m
        else "", context=_context(tokens, first, last), action=action,
        phrase=frozenset(phrase), stamp=stamp,
        terms=_terms(sentence, first, last, start, end),
        clock=clock,
        reference=(_rate(text, s_start, start, end) if kind in (
            Kind.NUMBER, Kind.MONEY, Kind.PERCENT) and not hyphen and noun != "age" else "")
        or (_share_of(text, s_start, start, end, noun) if kind is Kind.PERCENT else "")
        or ("" if noun not in _LENGTHS else _head_after(text, end) if hyphen
            and kind is Kind.NUMBER else _reference(text, s_start, start, end)),
    )


_RATE = patterns.compile(
    r"(?:(?P<fused>-)|(?:[ \t]+(?P<noun>[a-z][a-z-]*)){0,2}?[ \t]+)(?:(?P<per>per)|(?P<a>an?))"
    r"(?(fused)-|[ \t]+)(?P<unit>[a-z]{3,})\b(?P<after>[ \t]*(?:[.,;:!?)]|$|[a-z]+\b))?",
    re.MULTILINE)
"""A rate after a figure: its counted words, then "per" or "a" and what it is counted by
("5.2 yards a carry", "15.5 points per game", "$23 million per season", "20 million hits a
month"), or fused to it ("a $54 billion-per-year arm", "an $80,000-a-year job")."""
_CONVERTED = patterns.compile(
    r"(?:[ \t]*+[A-Za-z$£€]++\.?){0,2}[ \t]*\([ \t]*"
    r"(?:(?:about|around|roughly|some|approximately)[ \t]+)?")
_CONVERSION_END = patterns.compile(r"(?:[ \t]*[A-Za-z]++\.?)?[ \t]*\)")
"""An amount alone in brackets right after another: the same told in another currency or
unit ("2 million euros ($2.6 million)", "2.38 pounds (1.08 kg)"), not a part of it ("$334
million ($281M in cash)", "12 people (8 children)")."""
_SHARE_OF = patterns.compile(
    r"[ \t]+of[ \t]+(?:(?:the|a|an|all|its|their|his|her|our|this|these)[ \t]+)?"
    r"(?:[A-Za-z][\w.-]*['’]s?[ \t]+(?=[A-Za-z]))?"
    r"(?P<words>[A-Za-z][\w.-]*(?:[ \t]+[A-Za-z][\w.-]*){0,2})",
    re.IGNORECASE)
_ARTICLE_BEFORE = patterns.compile(r"(?<![\w])an?[ \t]+$", re.IGNORECASE)
_MODIFIER = patterns.compile(r"[\w-]*\.[\w.]*|[a-z-]+(?:ed|ible|able)|[A-Z][a-z]+(?:an|ese|ish)")
"""A word before the noun of a share, passed over: an abbreviation ("U.S."), a participle
or an adjective of ability ("registered", "eligible"), a demonym ("American")."""


def _share_of(text: str, s_start: int, start: int, end: int, noun: str) -> str:
    """What a percentage is a share of (``Quantity.reference``): "of greek" for "68 per cent
    of Greeks", "of voic" for "55 percent of voice traffic" (its first word, past an owner:
    "of India's voice traffic", and past modifiers: "of registered voters" is "of voter"),
    "of margin" for "a 4.5 percent margin of error"; "" when unsaid or only "those" or
    "them" ("71 per cent of those asked"). Shares of two things do not disagree."""
    m = _SHARE_OF.match(text, end)
    if m is not None:
        words = m.group("words").split()
        while len(words) > 1 and _MODIFIER.fullmatch(words[0]):
            words.pop(0)
        word = words[0].rstrip(".")
        if word.lower() in ("them", "those", "us", "you"):
            return ""
        return f"of {stem(word)}"
    if noun and _ARTICLE_BEFORE.search(text, max(s_start, start - 4), start):
        return f"of {noun}"  # "a 4.5 percent margin": the percentage says what it is
    return ""


_NAMED_DOLLAR = patterns.compile(r"[A-Za-z]\$|\$[A-Za-z]")
"""A dollar named by its country ("US$", "$US", "A$", "$NZ"), against a bare "$"."""


def _bare_dollar(written: str) -> bool:
    """Whether an amount is written with the dollar sign alone ("$1.52 million")."""
    return written[:1] == "$" and _NAMED_DOLLAR.search(written) is None


_MEASURES = frozenset(stem(w) for w in """kg kilogram kilograms kilo kilos g gram grams lb lbs
    pound pounds ounce ounces oz ton tons tonne tonnes litre litres liter liters gallon
    gallons acre acres hectare hectares celsius fahrenheit mph kph km/h""".split())
"""Units a figure is converted into, in brackets after it (distances have their own
reading, ``_reference``)."""


def _mark_conversion(found: list[Quantity], text: str) -> None:
    """The last mention made a conversion (``Quantity.reference``) when it is an amount
    alone in brackets right after the one before, in another currency or unit."""
    prev, q = found[-2], found[-1]
    if prev.sentence != q.sentence or q.reference or q.kind not in (Kind.MONEY, Kind.NUMBER) or (
            not _CONVERSION_END.match(text, q.end)):
        return
    gap = _CONVERTED.match(text, prev.end, q.start)
    if gap is None or gap.end() != q.start:
        return
    if prev.kind is Kind.MONEY and q.kind is Kind.MONEY:
        other = prev.value.split(" ")[0] != q.value.split(" ")[0] or (
            _bare_dollar(prev.text) != _bare_dollar(q.text)
            and (_NAMED_DOLLAR.search(prev.text) or _NAMED_DOLLAR.search(q.text)))
        # "$US1 million ($1.52 million)", "$1.52 million ($US1.1 million)": beside a dollar
        # named by its country, the bare sign is the report's own dollar
    else:
        other = prev.kind is not q.kind and Kind.MONEY in (prev.kind, q.kind) or (
            q.noun in _MEASURES and q.noun != prev.noun)
    if other:
        found[-1] = replace(q, reference="conversion")


_RATE_UNITS = frozenset(stem(w) for w in """second minute hour day night week month year
    decade season quarter game match carry catch start outing contest attempt inning lap
    round head person capita piece share unit ticket barrel gallon litre liter ounce pound
    ton tonne kilo kilogram gram bushel mile kilometre kilometer""".split())
"""What a figure is counted by after "a" ("20 points a game", "$4 million a year", "$100 a
barrel"): units of time, of play, of people or shares and of measure. After "per" any word
is ("per inch", "per song")."""
_NOT_RATE_AFTER = frozenset("""after before earlier later ago of from away long old ahead
    behind high deep wide tall since into to""".split())
"""Words after "a day" or "a year" that make it a time or a place of its own, not what a
figure is counted by ("a day after the quake", "a year into the fighting", "a mile from the
coast")."""
_ON_FROM = patterns.compile(r"[ \t]*(?:from\b|,)")
"""After "a year on": "a year on from the floods", "a year on, ...", a time of its own ("$100
a barrel on Monday" is a rate)."""
_AGO = patterns.compile(r"[ \t-]*(?:second|minute|hour|day|week|fortnight|month|year|decade"
                        r"|centur(?:y|ie))s?[ \t]+ago\b", re.IGNORECASE)
"""A time's unit and "ago" after its number: "eight days ago", "a decade ago"."""
_ONE_IN = patterns.compile(r"\b(?:one|1)[ \t]+in[ \t]+(?:every[ \t]+)?$", re.IGNORECASE)
_MORE_AFTER = patterns.compile(rf"[ \t]+(?:{'|'.join(_ADDED)})\b(?![ \t]+than|-)",
                               re.IGNORECASE)
_MORE_BEFORE = patterns.compile(r"\b(?:another|an?[ \t]+(?:further|additional|extra))[ \t]+$",
                                re.IGNORECASE)
"""A count added to another: "married two more times", "20 additional monthly payments",
"two other rifles", "another 1,000 demonstrated", "a further four appliances"."""


def _rate(text: str, s_start: int, start: int, end: int) -> str:
    """What a figure is counted by (``Quantity.reference``): "per carry" for "5.2 yards a
    carry", "one in" for "one in every 500 users"; "ago" for a time back from the report
    ("eight days ago"); "more" for a count added to another ("two more times"). A rate and a
    total, two rates by two things, how long ago and how long, or a count and one more, are
    no two values of one thing ("averaged 5.2 yards a carry" / "918 yards", "killed eight days
    ago" / "five days of riots", "married three times" / "married two more times")."""
    if _ONE_IN.search(text, max(s_start, start - 16), start):
        return "one in"
    if _MORE_AFTER.match(text, end) or _MORE_BEFORE.search(text, max(s_start, start - 20),
                                                           start):
        return "more"
    if _AGO.match(text, end):
        return "ago"
    m = _RATE.match(text, end, end + 80)
    if m is None or m.group("unit") in ("cent", "centum"):
        return ""
    marker = m.start("per") if m.group("per") else m.start("a")
    if any(w in STOPWORDS for w in text[end:marker].split()):
        return ""  # "10 seasons as a head coach", "two touchdowns in a game"
    if m.group("after") is None and not m.group("fused"):
        return ""  # "1,000 people attended a Peaceful...": no rate runs into a name
    if m.group("a") and not m.group("fused"):
        follow = m.group("after").strip()
        if stem(m.group("unit")) not in _RATE_UNITS or follow in _NOT_RATE_AFTER or (
                follow == "on" and _ON_FROM.match(text, m.end())):
            return ""  # "a day after the quake"; "30 people a spokesman said"
    return f"per {stem(m.group('unit'))}"


_LENGTHS = frozenset(stem(w) for w in """metre metres meter meters kilometre kilometres
    kilometer kilometers km mile miles foot feet yard yards m""".split())
"""Stems of the units of a distance, which is measured from somewhere (``_reference``)."""
_DEPTH_BEFORE = patterns.compile(
    r"\b(?:depth|deep)[ \t]+of[ \t]+(?:[a-z]+[ \t]+)?(?:[\d.,]+[ \t]*[^\W\d_]+\.?[ \t]*\([ \t]*)?$",
    re.IGNORECASE)
"""Before a depth: "at a depth of (just) 10 km", and its conversion: "... 10 km (6.2 miles)"."""
_PAST_UNIT = r"[ \t]*[^\W\d_]*\.?\)?(?:[ \t]*\([^()]{0,30}\))?,?[ \t]+"
"""A distance's unit and a conversion in brackets after it: "kilometres (6.2 miles),"."""
_FROM = (r"(?:(?:north|south|east|west)(?:-?(?:north|south)?-?(?:east|west))?(?:ern)?[ \t]+of"
         r"|from|off|outside|away[ \t]+from)[ \t]+")
"""The words before what a distance is measured from: "west of", "from", "off"."""
_AFTER_UNIT = patterns.compile(
    _PAST_UNIT + r"(?:(?P<depth>deep|below|beneath|under)|(?P<height>high|tall|above)"
    r"|(?P<length>long|wide|across|in length)|" + _FROM + r"(?:[Tt]he[ \t]+)?"
    r"(?:[A-Z][\w-]*['’]s[ \t]+)?(?:(?!(?:near|in|on|at|by|to|with|into|along|across|over"
    r"|for|and|or|but|down|up|while|when|where|which|that)\b)[a-z'’]+[ \t]+){0,5}?"
    r"(?:[Tt]he[ \t]+)?(?P<place>[A-Z][\w-]*))\b")
"""After a distance's unit (and a conversion in brackets): how it is measured; of a place,
its first word, past an owner and words that name it ("Papua's main city of Manokwari":
Manokwari), but not past a preposition ("fell 60m from a ridge near the Tasman Glacier":
no place, the height of a fall)."""


def _reference(text: str, s_start: int, start: int, end: int) -> str:
    """What a distance is measured from (``Quantity.reference``): two distances from two
    places, or a depth and a distance, are no two values of one thing."""
    if _DEPTH_BEFORE.search(text, max(s_start, start - 30), start):
        return "depth"
    after = _AFTER_UNIT.match(text, end)
    if after is None:
        common = _FROM_A_THING.match(text, end)  # "from the airport", "off the coast"
        return fold(common.group("thing")) if common else ""
    for what in ("depth", "height", "length"):
        if after.group(what):
            return what
    place = fold(after.group("place"))
    return "" if _CALENDAR_WORD.fullmatch(place) else place  # "from a balcony Saturday"


_FROM_A_THING = patterns.compile(
    _PAST_UNIT + _FROM + r"(?:the|a|an|its|their)[ \t]+(?:[a-z-]+[ \t]+)??"
    r"(?P<thing>[a-z]{3,})\b(?![ \t]*,[ \t]*[A-Z])")
"""A distance from a thing named by a common noun ("30 miles from the airport", "60 km
from the coast", "fell 60m from a ridge"), not from an appositive's place ("from the
capital, Kathmandu": no reference found, so compared with "from Kathmandu")."""


_HEAD_WORDS = patterns.compile(r"(?:[ \t]+[a-z][a-z-]*){1,3}")


def _head_after(text: str, end: int) -> str:
    """What a hyphenated distance measures: the noun it describes ("an 11-yard touchdown
    run": "of run"; "a 73-yard drive": "of drive"), the last of up to three lower-case words
    after it, stop words left out; "" when none follows ("11-inch and 13-inch")."""
    words = _HEAD_WORDS.match(text, end)
    if words is None:
        return ""
    kept = []
    for word in words.group().split():
        if word in STOPWORDS:
            break
        kept.append(word)
    return f"of {stem(kept[-1])}" if kept else ""


_CALENDAR_WORD = patterns.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|march|april|may"
    r"|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")


_ZONE_AFTER = patterns.compile(
    rf"[ \t]*\(?(?:(?P<zone>{TIME_ZONE})\b|local time\b)")
"""A time zone written after a time: "4:30 p.m. ET", "1:30 p.m. PST", "7:48 a.m. local time"."""
_GAME_CLOCK = patterns.compile(
    r"[ \t]+(?:minutes[ \t]+)?(?:left|remaining|to play|to go|of the clock"
    r"|in the (?:first|second|third|fourth|final) (?:quarter|half|period))\b")
"""What follows a game clock's reading: "with 7:41 left", "ate up 6:05 of the clock"."""
_BARE_CLOCK = patterns.compile(r"\d{1,2}:\d\d")


def _clock(text: str, raw: str, value: str, end: int, either: bool) -> str:
    """The clock a time is read on (``Quantity.clock``): two reports' times in different
    zones, or a game's clock and a time of day, are no two values of one thing. A time on a
    twelve-hour clock with no word saying which half of the day (``either``, from
    ``_in_half_of_day``) is on "12h" ("at 6:41", but not "at 6:41 last night", "06:41" or
    "18:41")."""
    if _BARE_CLOCK.fullmatch(raw) and _GAME_CLOCK.match(text, end):
        return GAME_CLOCK
    zone = _ZONE_AFTER.match(text, end)
    if zone is not None:
        return fold(zone.group("zone") or "local")
    if value.count(" ") == 2:
        return value.rsplit(" ", 1)[-1]  # "time 07:37 gmt"
    return TWELVE_HOUR if either else ""


TWELVE_HOUR = "12h"
GAME_CLOCK = "game"
_TWELVE_HOUR = patterns.compile(r"(?:1[0-2]|[1-9])[:.]\d\d")
_HALF_OF_DAY = patterns.compile(
    r"[ \t]+(?:(?:last|this|that|on|[A-Z][a-z]+day|in[ \t]+the)[ \t]+)?"
    r"(?P<half>morning|afternoon|evening|night|tonight|overnight)\b", re.IGNORECASE)
"""A word after a time that says which half of the day it is in: "6:41 last night", "3:30
Tuesday morning", "10:30 in the morning"."""


def _in_half_of_day(text: str, raw: str, value: str, end: int) -> tuple[str, bool]:
    """A time on a twelve-hour clock ("6:41", no "a.m." or "p.m."): its value in the half of
    the day a word after it names, and whether it stays in either half. "6:41 last night" is
    18:41, "3:30 Tuesday morning" 03:30, "12:15 last night" and "2:30 overnight" are after
    midnight, "1:30 last night" may be either; "at 6:41" alone is either."""
    hm = TIME_OF_DAY.fullmatch(value)
    if hm is None or not _TWELVE_HOUR.fullmatch(raw):
        return value, False
    half = _HALF_OF_DAY.match(text, end)
    if half is None:
        return value, True
    word, hour = half.group("half").lower(), int(hm.group(1)) % 12  # 12 is 0 on the dial
    if word in ("afternoon", "evening") or word in ("night", "tonight") and hour >= 5:
        hour += 12
    elif word in ("night", "tonight") and hour:
        return value, True  # "1:30 last night": either side of midnight
    return f"time {hour:02d}:{hm.group(2)}", False


TIME_OF_DAY = patterns.compile(r"time (\d\d):(\d\d)")
"""A time's value, "time 18:41": hours and minutes."""


_PLAIN = patterns.compile(r"\d{1,30}(?:\.\d{1,30})?")


def _listed(sentence: _Sentence, m: re.Match[str]) -> Quantity | None:
    """A plain number in a list ("12, 345, 6.7,"), read without the general path: digits
    between ", " and a comma or semicolon have no sign, currency, percent sign, name,
    approximation or noun after them, so only their value and context are worked out (what
    the general path gives, at a fraction of its cost per number: a table holds thousands).
    None when the number is not such a one, or may be an age or count what comes before
    ("of, 12")."""
    text, tokens, starts, s_start = sentence.text, sentence.tokens, sentence.starts, sentence.start
    start, end = m.span()
    if m.group("list") is not None or text[end:end + 1] not in (",", ";") or \
            start - 2 < s_start or text[start - 2:start] != ", " or \
            _PLAIN.fullmatch(text, start, end) is None or _is_age(text, start, end):
        return None
    first = _token_at(starts, start)
    last = first if first + 1 == len(starts) or starts[first + 1] > end - 1 else _token_at(
        starts, end - 1)
    if _noun_before(text, tokens, first):
        return None
    whole, _, part = text[start:end].partition(".")
    # what ``fmt(digits_value(...))`` writes: no leading zeros, no trailing zeros after a point
    value = f"{int(whole)}.{part}".rstrip("0").rstrip(".") if part else str(int(whole))
    return Quantity(
        kind=Kind.NUMBER, start=start, end=end, sentence=sentence.index, text=text[start:end],
        value=value, keys=(value,), noun="", context=_context(tokens, first, last),
        terms=_terms(sentence, first, last, start, end),
    )


def _is_age(text: str, start: int, end: int) -> bool:
    """ "Raj Chohan, 59, was": a number in commas after a capitalised name is an age."""
    if text[end:end + 1] not in ",;" or not text[start:end].isdigit() or not (
        0 < int(text[start:end]) < 120
    ):
        return False
    return _NAME_COMMA.search(text, max(0, start - 40), start) is not None


_NAME_COMMA = patterns.compile(r"[A-Z][\w'’-]+,\s$")


def _age_in_words(text: str, start: int, end: int, lo: int) -> bool:
    """An age the words around it give: "aged 91", "at age 61", "She was 91.", "dies in
    prison at 77", "died Thursday at 91 after a heart attack". Obituaries write an age so more
    often than "Page, 91," and the forms must meet as one fact. ``lo``: the sentence's start
    (a death in the sentence before says nothing of "The toll stood at 40")."""
    if not text[start:end].isdigit() or not 0 < int(text[start:end]) < 120 or (
            _AGE_CUE.search(text, max(lo, start - 8), start) is None):
        return False  # most numbers: one look at the word before them
    before = _AGE_BEFORE.search(text, max(lo, start - 80), start)
    if before is None:
        return False
    if before.group("was") or before.group("died") and int(text[start:end]) <= 12:
        return _AGE_AFTER_WAS.match(text, end) is not None  # "died at 10 in the morning"
    if before.group("died") and any(
            w.lower() in _NOT_IN_A_DEATH_CLAUSE or w.lower().endswith("ed")
            for w in before.group("gap").split()):
        return False  # "died after his car crashed at 90", "died and voting was suspended at 50"
    return _AGE_AFTER.match(text, end) is not None


_AGE_CUE = patterns.compile(r"(?i:aged?|was|is|at)[ \t]+\Z")
_AGE_BEFORE = patterns.compile(
    r"(?:(?P<aged>\b[Aa](?i:ged?))|(?P<was>\b(?:[Hh]e|[Ss]he)[ \t]+(?i:was|is))"
    r"|(?P<died>\b(?i:die[sd]|dying|passed[ \t]+away)\b"
    r"(?P<gap>(?:[ \t]+[^\s,;:!?\"“”]+){0,5}?)[ \t]+(?i:at)))"
    r"[ \t]+\Z"
)
"""What stands before an age written without "years old" or commas: "aged", "age"; "he was",
"she is"; a death and "at" in one clause, five words apart at most, no comma between ("died,
and the toll stood at 40" is a toll). ``\\Z``, not ``$``: "$" also matches before a line's
end."""
_NOT_IN_A_DEATH_CLAUSE = frozenset(
    "and or but was were is are had has been being when while as because after before "
    "which who that where".split())
"""Words that open another clause or another verb between a death and "at N"."""
_AGE_AFTER_WAS = patterns.compile(r"[ \t]*(?:[.,;!?\n]|\Z|when\b|at[ \t]+the[ \t]+time\b)")
"""After "she was 91": the clause's end ("She was 3 when", not "He was 6-foot-2"); after
"died at" an hour of the clock ("died at 4 after the blast" may be 4 o'clock) too."""
_AGE_AFTER = patterns.compile(
    r"[ \t]*(?:[.,;:!?)\n]|\Z|(?:and|or|to|in|of|on|after|from|following|when|while)\b)")
"""After "aged 91" or "died at 77": the clause's end, a conjunction or a preposition ("aged
24 and from Wellington", "aged 20 to 30", "at 77 of heart failure"), not a noun or a unit
("a girl aged 18 months", "whisky aged 12 years", "the age 65 threshold")."""


def _token_at(starts: list[int], offset: int) -> int:
    return max(0, bisect_right(starts, offset) - 1)


_RATIO_GAP = patterns.compile(r"[ \t]+(?:over|out[ \t]+of)[ \t]+", re.IGNORECASE)
_CLAUSE_END = patterns.compile(r"[ \t]*(?:[.,;:!?)]|$)")
_PART_OF = patterns.compile(r"[ \t]+of[ \t]+", re.IGNORECASE)
_ROUND = patterns.compile(r"an?[ \t]", re.IGNORECASE)


def _joined(found: list[Quantity], index: int, text: str, start: int, end: int, value: str,
            kind: Kind, s_end: int) -> str | None:
    """The value of two numbers that are one: "N over M" or "N out of M" closing a clause
    ("one over three.", "one out of three.") is N/M (followed by a noun, "three out of four
    lines", "over 3 days", they stay two); a part of a round amount ("a quarter of a
    million", "a third of a billion dollars") is the product."""
    if not found or found[-1].sentence != index or kind not in (Kind.NUMBER, Kind.MONEY):
        return None
    prev = found[-1]
    if start - prev.end < 4 or text.find("o", prev.end, start) < 0 and text.find(
        "O", prev.end, start
    ) < 0:
        return None  # no " of ", " over ", " out of " between them
    if kind is Kind.NUMBER and _OR_GAP.fullmatch(text, prev.end, start):
        return _range(prev, value)
    ratio = kind is Kind.NUMBER and _RATIO_GAP.fullmatch(text, prev.end, start) is not None and \
        _CLAUSE_END.match(text, end, s_end) is not None
    part = not ratio and _PART_OF.fullmatch(text, prev.end, start) is not None and \
        _ROUND.match(text, start, end) is not None and not prev.text[:1].isdigit()
    if not (ratio or part) or not (
        prev.kind is Kind.NUMBER or prev.value.startswith("year ") and prev.text.isdigit()
    ):
        return None
    got = read(text, prev.start, prev.end)
    if len(got) != 1:
        return None
    num = -got[0].value if prev.value.startswith("-") else got[0].value
    code, _, amount = value.rpartition(" ")
    if ratio:
        den = Fraction(amount)
        return fmt(num / den) if den else None
    return f"{code} {fmt(num * Fraction(amount))}".lstrip() if 0 < num < 1 else None


_OR_GAP = patterns.compile(r"[ \t]+or[ \t]+", re.IGNORECASE)
_BARE = patterns.compile(r"[$£€¥]?(\d+(?:\.\d+)?)")
_DIGITS_IN = patterns.compile(DIGITS)
_RANGE_GAP = patterns.compile(r"[ \t]*[-–][ \t]*|[ \t]+to[ \t]+|[ \t]+(and)[ \t]+", re.IGNORECASE)
_BETWEEN = patterns.compile(r"\bbetween[ \t]+$", re.IGNORECASE)


def _share_scale(found: list[Quantity], text: str) -> None:
    """The lower bound of a range takes the scale and the currency written after the upper:
    "$140-$150 million", "$2-3 billion", "between $140 and $150 million", "5 to 6 million
    euros" (the lower bound, 140, is then 140 million dollars). Only when the lower bound is
    a bare number under the upper's ("$888,600 to $1.4 million" and "from 500 to 6 million"
    stay as written) and, in money, in the same currency."""
    low, high = found[-2], found[-1]  # of one sentence: the caller's
    if high.start - low.end > 6 or (
        low.kind not in (Kind.NUMBER, Kind.MONEY) or high.kind not in (Kind.NUMBER, Kind.MONEY)
    ):
        return
    gap = _RANGE_GAP.fullmatch(text, low.end, high.start)
    bare = _BARE.fullmatch(low.text)
    digits = _DIGITS_IN.search(high.text)
    if gap is None or bare is None or digits is None or (
        gap.group(1) and _BETWEEN.search(text, max(0, low.start - 9), low.start) is None
    ):
        return
    code, _, amount = high.value.rpartition(" ")
    low_code = low.value.rpartition(" ")[0] if low.kind is Kind.MONEY else code
    lower, mantissa = Fraction(bare.group(1)), digits_value(digits.group(0)) or Fraction(0)
    try:
        scale = Fraction(amount) / mantissa if mantissa else Fraction(0)
    except ValueError:
        return  # a value that is no amount ("6 or 7")
    if high.kind is Kind.NUMBER:
        code = low_code  # "$2-3 billion": the upper bound is in dollars too
    if low_code != code or not 0 < lower < mantissa or scale < 100 or scale.denominator != 1:
        return  # no scale after the upper bound ("$20 to $30"), or a lower bound written whole
    kind = Kind.MONEY if code else Kind.NUMBER
    for k, q, number in ((-2, low, lower * Fraction(amount) / mantissa),
                         (-1, high, Fraction(amount))):
        value = f"{code} {fmt(number)}".lstrip()
        found[k] = replace(q, kind=kind, value=value, keys=(value,), noun=high.noun)


def _range(prev: Quantity, value: str) -> str | None:
    """ "six or seven years", "40 or 50 of them": one estimate, the range "6 or 7", matched
    only by the same range (neither bound is what the source says). Two numbers joined by
    "or" are a range when the second is the larger and at most twice the first; "5.00 or
    5,00" and "10 bln or 10 tln" stay two."""
    if prev.kind is not Kind.NUMBER or prev.noun or " " in prev.value:
        return None
    try:
        low, high = Fraction(prev.value), Fraction(value)
    except ValueError:
        return None
    return f"{prev.value} or {value}" if 0 < low < high <= 2 * low + 1 else None


def _fraction(raw: str, *, mixed: bool = False) -> Fraction | None:
    """ "3/4 of voters": a fraction, where "9/11" and "7/7" stay dates; after a whole number
    ("1 4/5") a fraction of the usual denominators is one."""
    fraction = _FRACTION_DATE.fullmatch(raw)
    if fraction is None:
        return None
    num, den = int(fraction.group(1)), int(fraction.group(2))
    return Fraction(num, den) if den in (_MIXED if mixed else _HALVES_QUARTERS_EIGHTHS) and \
        0 < num < den else None


_HALVES_QUARTERS_EIGHTHS = (2, 3, 4, 8)
_MIXED = (2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64)
"""The denominators of measures ("1 4/5", "3 5/16 inches"), not the 11 of "the 19 9/11
hijackers"."""


def _whole_before(found: list[Quantity], index: int, text: str, start: int) -> int | None:
    """The whole number of a mixed one, "2" of "2 1/2 years" or "a 4-1/2-month term": the
    last mention, in digits, only spaces or one hyphen before ``start``."""
    if not found or found[-1].sentence != index or found[-1].kind is not Kind.NUMBER:
        return None
    prev = found[-1]
    if not prev.text.isdigit() or not 0 < start - prev.end <= 2 or text[prev.end:start].strip(
            ) not in ("", "-"):
        return None
    return int(prev.text)


_IDIOM_IN = patterns.compile(r"\b(?:in|for)\s+the\s+$", re.IGNORECASE)
_IDIOM_AFTER = patterns.compile(
    r"\s+(?:(?P<in>place|instance)\b|(?P<for>time)\b|of\s+all\b(?=\s*[,;:])|and\s+foremost\b)"
    r"|[\s-]class\b|-degree\b"
    r"|[ \t]degree\b(?![ \t]+(?:in|from|at|of|on|with|and|or|was|is|were|are|had|has)\b)",
    re.IGNORECASE,
)


_ENUMERATING = patterns.compile(
    rf"(?:[ \t]+off)?[ \t]*,(?![ \t]*(?:(?:{_ORDINAL_WORDS})\b|\d+(?:st|nd|rd|th)\b))"
    r"(?![^,;:\n]{1,60},[ \t]+(?:was|were|came|finished)\b)", re.IGNORECASE)
"""After an ordinal that opens its sentence, what makes it a point of a list: "First,",
"First off,", "Second,"; not a list of ordinals ("Third, fourth and fifth places", "First,
2nd and 3rd"), nor a placing ("Second, 0.2 seconds behind, was Lewis Hamilton")."""


def _idiom(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """ "in the first instance", "in the first place", "for the first time", "first of all",
    a sentence that opens "First," or "First off,": an ordinal that orders a speaker's
    points or says something is new, and counts nothing
    a reader would check (two articles that both use the idiom share no fact by it); so is
    a grade, "first-class tickets", "second-class citizens", "first-degree murder",
    "second-degree burns"."""
    if fold(text[start:end]) not in ("first", "second", "third"):
        return False
    if _ENUMERATING.match(text, end, hi) and not text[lo:start].strip(" \t\"'“‘("):
        return True  # "First, there is the price.", "First off, the MacBook Pro will be"
    after = _IDIOM_AFTER.match(text, end, hi)
    if after is None:
        return False
    if after.group(0).lower().rstrip(" \t").endswith(("class", "degree")):
        return True  # "first-class tickets", "first-degree murder": a grade, not an order
    if fold(text[start:end]) != "first":
        return False
    before = _IDIOM_IN.search(text, max(lo, start - 12), start)
    word = fold(before.group(0).split()[0]) if before else ""
    if after.group("in"):
        return word == "in"
    if after.group("for"):
        return word == "for"
    return True


def _classify(group: str, raw: str) -> tuple[str | None, tuple[str, ...], Kind]:
    """Values of the groups that are not dates (``dates.resolve`` reads those)."""
    low = fold(raw)
    if group == "period":
        # "the second half of the year", "the first quarter of 2012": a part of a year
        which, part, _, *year = low.split()
        n = {"half": 2, "quarter": 4}[part]
        value = f"period {part[0].upper()}{n if which == 'last' else _ORDINALS[which]} " + (
            year[-1] if year[-1][:1].isdigit() else " ".join(year))
        return value, (value,), Kind.DATE
    if group == "decade":
        # "the 1950s", "the mid-1980s": a span of years, a date of its own (never "1950")
        value = "decade " + re.sub(r"[\s-]+", " ", low.replace("’", "").replace("'", ""))
        return value, (value,), Kind.DATE
    if group == "vague":
        value = _VAGUE.get(re.sub(r"\s+", " ", low), low)
        return value, (value,), Kind.NUMBER
    # ordinal: at most nine digits, by the pattern
    tens, _, unit = re.sub(r"[\s-]+", " ", low).rpartition(" ")
    n = TENS.get(tens, 0) + _ORDINALS.get(unit, 0) or int(re.sub(r"\D", "", low) or 0)
    value = f"ordinal {n}"
    return value, (value,), Kind.NUMBER
