"""Reading a written number as an exact value: digits, number words, scales, fractions.

"one hundred and fifty", "150" and "1.5 hundred" are all ``Fraction(150)``; "two thirds" is
``Fraction(2, 3)``, never 2. Values stay exact (``Fraction``) until ``fmt`` writes them, so
"$16.4 million" and "$16,400,000" are one value and "£1,674,200.50" and "£1,674,201.30" two.
Pure: text in, spans and values out. What a number is (money, a percentage, a count) is
``quantities``' job; this module only reads the number itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from . import patterns

UNITS = {
    "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {
    "hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "lakh": 10**5, "crore": 10**7,
    # abbreviations, read only right after digits ("3.5m", "£2bn", "10 bln")
    "k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "b": 10**9, "bn": 10**9,
    "bln": 10**9, "tn": 10**12, "tln": 10**12, "trn": 10**12,
    "mm": 10**6,  # read only as "MM" in capitals, the trade's millions ("$160MM")
}
NUMBER_WORDS = frozenset((*UNITS, *TENS, *(w for w in SCALES if len(w) > 3), "dozen"))
"""Numbers written out in words, the scale abbreviations left out: words that say a value,
not what it is about."""
DENOMINATORS = {
    "half": 2, "halves": 2, "quarter": 4, "quarters": 4, "third": 3, "fourth": 4, "fifth": 5,
    "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
    "ninetieth": 90, "hundredth": 100, "thousandth": 1000, "millionth": 10**6,
    "billionth": 10**9, "trillionth": 10**12,
}
UNIT_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9,
}
"""The ordinals that close a compound one: "twenty-first" is 21st (a twenty-first is 1/21)."""
DENOMINATORS.update({f"{t}-{u}": TENS[t] + n for t in TENS for u, n in UNIT_ORDINALS.items()})
DENOMINATORS.update({w + "s": v for w, v in list(DENOMINATORS.items()) if not w.endswith("s")})
DENOMINATORS["halfs"] = 2

MAX_DIGITS = 1000
"""A run of more digits is a table, an id or noise, not a number a reader checks: it is not
read (nor converted: Python refuses int/str conversions past 4,300 digits)."""

_ALPHA = sorted([*UNITS, *TENS], key=len, reverse=True)
_WORD = "|".join(_ALPHA)
_SCALE_WORD = "hundred|thousand|million|billion|trillion|lakh|crore"
_TENS_WORD = "|".join(TENS)
_COMPOUND = rf"(?:{_TENS_WORD})(?:-|[ \t]+(?!seconds?\b))(?:{'|'.join(UNIT_ORDINALS)})"
"""A compound ordinal, "twenty-first", "thirty fifth" ("twenty seconds" is a duration)."""
_SIMPLE = [w for w in sorted(DENOMINATORS, key=len, reverse=True) if "-" not in w]
_FRACTION_PLURAL = "|".join([rf"{_COMPOUND}s", *(w for w in _SIMPLE if w.endswith("s"))])
_FRACTION_ONE = "|".join([_COMPOUND, *(w for w in _SIMPLE if not w.endswith("s"))])
_ABBREV = r"(?:bn|bln|mn|mln|tn|tln|trn)\b|(?-i:MM)\b|[mbk](?![\w'’/])"
"""Scale abbreviations after digits; a letter before a slash is a name's ("802.11 b/g");
"MM" only in capitals (millions, as baseball's money pages write them: "$160MM"), since "mm"
is millimetres ("a 9mm pistol"); outside money "9MM" is millimetres too, and
``quantities`` gives it no value."""

WEIGHT_AHEAD = r"(?=[1-9]\d\d[ \t-]?(?:pound|lb))"
"""A weight in pounds, three digits: after a height's inches and a comma, no space between
("5-foot-11,220 pounds", "6-foot-9,260-pound"), ``DIGITS`` reads no thousands and
``quantities`` reads the weight from after the comma."""
DIGITS = (r"(?!(?<=f(?:oo|ee)t-)(?:1[01]|\d)," + WEIGHT_AHEAD + r")"
          r"\d{1,3}(?:,\d{3})++(?:\.\d++)?(?!\d|,\d)"
          r"|\d{1,3}(?:[\u00a0\u202f ]\d{3})++(?:\.\d++)?(?![\w]|[.,]\d)"
          r"|\d{1,3},\d{1,2}(?![\d,]|\.\d)|\d++(?:\.\d++)?(?:e[-+]?+\d{1,3}+(?!\d))?|\.\d++")
"""Digits with comma or space thousands separators, decimals (a comma before one or two
digits is a decimal comma: "1,3", "5,00"); not a height's inches before a weight written
without a space (``WEIGHT_AHEAD``). Possessive: a run of digits
is read once, whatever follows it (linear in the run)."""

_LOOSE = rf"(?:{_FRACTION_PLURAL}|{_WORD}|{_SCALE_WORD}|half|quarter|doz(?:en)?s?|dzs?|point)\b"
_ONE_FRACTION = rf"(?:{_FRACTION_ONE})\b(?=[ \t]+of\b|[ \t]*(?:[.!?)]|$))"
_AFTER_SCALE = ("(?:" + "|".join(f"(?<={w}[ ])" for w in _SCALE_WORD.split("|"))
                + "|(?<=hundred[ ]and[ ])|(?:"
                + "|".join(f"(?<={w}[ ]and[ ])" for w in _SCALE_WORD.split("|")[1:])
                + rf")(?=\d[\d,.]*+[ \t]+(?:{_SCALE_WORD})\b))")
"""Digits go on a run after a scale word ("4 thousand 3 hundred and 21"), but after "and"
only past "hundred" or before another scale word ("1 million and 500 thousand", "$1
billion and 200 million"): "$5 million and 20 employees", "$3 billion and 400 jobs" are two
numbers, as digits after "and" almost always are in news."""
_SEP = r"(?:[ \t]*-[ \t]*|[ \t]++(?:and[ \t]++)?(?:an?[ \t]++)?)"

RUN = (
    rf"(?:(?:{DIGITS})(?:[ \t]?(?:{_ABBREV}))?"
    rf"|(?:{_WORD})\b"
    rf"|half[ \t]++an?\b"
    rf"|(?:an?|half|quarter)(?=[ \t]++(?:a[ \t]++)?(?:{_SCALE_WORD}|dozen|half|quarter)\b"
    rf"|[ \t]++{_ONE_FRACTION}))"
    rf"(?:{_SEP}(?:{_ONE_FRACTION}|{_LOOSE}|{_AFTER_SCALE}(?:{DIGITS})(?![\w.])))*+"
)
"""A run of number tokens that may be one or several numbers ("one hundred and fifty",
"two and three", "3 million and a half"); ``read`` splits it. Every repetition is
possessive, so a long run of words or digits is matched once."""

_OF_OR_STOP = patterns.compile(r"[ \t]+of\b|[ \t]*(?:[.!?)\n]|$)")
LIST = r"\d{1,3}(?P<sep>[.,])\d{1,3}(?:(?P=sep)\d{1,3})++"
"""Three or more short groups of digits joined by commas or dots, which no number is:
a list written tight ("22,24,26,31") or an address ("192.168.1.2"); each group is read."""
_TOKEN = patterns.compile(rf"(?P<digits>{DIGITS})|(?P<word>[^\W\d_]+)", re.IGNORECASE)


Token = tuple[int, int, str, str]
"""A token of a run: start, end, class ("unit", "tens", "hundred", "scale", "digits"...), the
word folded."""


@dataclass(frozen=True, slots=True)
class Reading:
    """One number read from a run: its span and exact value."""

    start: int
    end: int
    value: Fraction


_DECIMAL_COMMA = patterns.compile(r"\d{1,3},\d{1,2}")
_SEPARATORS = patterns.compile(r"[,\s\u00a0\u202f]")
_DIGITS_TOKEN = patterns.compile(DIGITS, re.IGNORECASE)


def digits_value(text: str) -> Fraction | None:
    """'1,674,200.50' -> 1674200.5, '40 000' -> 40000; None past ``MAX_DIGITS``."""
    if len(text) <= MAX_DIGITS:  # the common cases, no Decimal needed: "345", "6.7"
        whole, point, part = text.partition(".")
        if whole.isdecimal() and (not point or part.isdecimal()):
            return Fraction(int(whole + part), 10 ** len(part))
    if _DECIMAL_COMMA.fullmatch(text):
        text = text.replace(",", ".")
    t = _SEPARATORS.sub("", text)
    if len(t) > MAX_DIGITS or abs(Decimal(t).adjusted()) > MAX_DIGITS:
        return None
    return Fraction(Decimal(t))


def read(text: str, start: int, end: int) -> list[Reading]:
    """The numbers in the run ``text[start:end]``, each as long as the grammar of English
    numbers allows: "twenty five" is 25, "one hundred and fifty" 150, "four and a half" 4.5,
    "half a million" 500000, "two thirds" 2/3; "two and three" is two numbers."""
    whole = _DIGITS_TOKEN.match(text, start, end)
    if whole is not None and whole.end() == end:
        # one token of digits, the common case ("345", "1,674.5"): read as ``_group`` would
        value = digits_value(whole.group(0))
        if value is None or damaged(text, start, end):
            return []
        return [Reading(start, end, value)]
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text, start, end):
        if m.lastgroup == "digits":
            tokens.append((m.start(), m.end(), "digits", m.group(0)))
            continue
        w = m.group(0).lower()
        if w == "and":
            continue  # read as the gap between two tokens
        if tokens and tokens[-1][2] == "tens" and _COMPOUND_GAP.fullmatch(
            text, tokens[-1][1], m.start()
        ) and (compound := f"{tokens[-1][3]}-{w}") in DENOMINATORS:
            # "twenty-fifths", "three twenty firsts": one denominator, 25 or 21
            tokens[-1] = (tokens[-1][0], m.end(), "fraction", compound)
            continue
        tokens.append((m.start(), m.end(), _word_class(w), w))
    out: list[Reading] = []
    k = 0
    while k < len(tokens):
        got = _number(tokens, k, text)
        if got is None:
            k += 1
            continue
        last, value = got
        if _left_over(tokens, last, text, end, value):
            # "one hundred thirty fifths": 130/5 or 100/35, so neither; and a number in words
            # just before is its numerator ("one one hundred fifth")
            if out and out[-1].end == tokens[k - 1][1] and tokens[k - 1][2] != "digits" and \
                    _gap(text, tokens, k - 1) == "":
                out.pop()
            k = last + 2
            continue
        if not damaged(text, tokens[k][0], tokens[last][1]):
            out.append(Reading(tokens[k][0], tokens[last][1], value))
        k = last + 1
    return out


def damaged(text: str, start: int, end: int) -> bool:
    """A number written just before U+FFFD, the mark a decoder leaves for bytes it could not
    read: in "served 4<U+FFFD> months" a "1/2" sign was lost, and the value is 4.5, not 4;
    in "10<U+FFFD>30 a.m." the "30" is a time's minutes. The value is unknown, and no value
    is better than a wrong one (a false disagreement). One just after the mark ("<U+FFFD>20
    million", a lost "£") keeps its value."""
    return text[end:end + 1] == "\ufffd" or (
        start > 1 and text[start - 1] == "\ufffd" and text[start - 2].isdigit())


_COMPOUND_GAP = patterns.compile(r"-|[ \t]+")
_DENOMINATOR_AFTER = patterns.compile(rf"(?:-|[ \t]+)(?:{_FRACTION_ONE}|{_FRACTION_PLURAL})\b",
                                      re.IGNORECASE)


def _left_over(tokens: list[Token], last: int, text: str, end: int, value: Fraction) -> bool:
    """A number in words followed by a denominator or "dozens" it could not take in
    ("one hundred thirty fifths", "three hundred and two dozens", "the one hundredth"):
    its value is not the number read, and no value is better than a wrong one."""
    if tokens[last][2] == "digits":
        return False
    if last + 1 < len(tokens):
        if _gap(text, tokens, last) not in ("", "-", "and"):
            return False
        word = tokens[last + 1][3]
        if tokens[last + 1][2] == "dozen":
            return True
        if tokens[last + 1][2] != "fraction":
            return False
    else:
        after = _DENOMINATOR_AFTER.match(text, tokens[last][1])
        if after is None and tokens[last][2] == "tens":
            after = _UNIT_ORDINAL_AFTER.match(text, tokens[last][1])  # "one twenty-first"
        if after is None or after.end() <= end:
            return False
        word = after.group(0).strip(" \t-").lower()
    # a singular after more than one is an ordinal of its own ("the two millionth visitor",
    # "two fifth-graders"), but not after a hundred: "one hundred fifth" is the 105th
    return word not in _HALVES and (word.endswith("s") or value == 1 or tokens[last][2] in (
        "tens", "hundred", "scale"))


_UNIT_ORDINAL_AFTER = patterns.compile(rf"(?:-|[ \t]+)(?:{'|'.join(UNIT_ORDINALS)})\b",
                                       re.IGNORECASE)
_HALVES = frozenset(("half", "halves", "halfs", "quarter", "quarters"))
_DOZEN = frozenset(("dozen", "dozens", "doz", "dozs", "dz", "dzs"))


def _word_class(w: str) -> str:
    if w in UNITS:
        return "unit"
    if w in TENS:
        return "tens"
    if w == "hundred":
        return "hundred"
    if w in SCALES:
        return "scale"
    if w in _DOZEN:  # "3 dozen", "five dozs", "3 dzs"
        return "dozen"
    if w in DENOMINATORS:
        return "fraction"
    if w in ("a", "an"):
        return "a"
    if w == "point":
        return "point"
    return "other"


def _fraction_ok(tokens: list[Token], k: int, text: str, *, strict: bool = False) -> bool:
    """A plural denominator ("thirds") is always a fraction, and so are "half" and "quarter"
    after a number ("four and a half"); otherwise a singular one ("third") only before "of"
    or the end of the sentence: "a third of voters", never "a third term" nor "as did a
    third, and"."""
    word = tokens[k][3]
    if word.endswith("s") or (not strict and word in ("half", "quarter")):
        return True
    return _OF_OR_STOP.match(text, tokens[k][1]) is not None


def _number(tokens: list[Token], k: int, text: str) -> tuple[int, Fraction] | None:
    """The longest number starting at token ``k``: (index of its last token, value)."""
    n = len(tokens)
    cls, word = tokens[k][2], tokens[k][3]
    if cls in ("a", "fraction"):
        # "a hundred", "a million", "half a million", "a dozen", "a third of", "a half."
        if cls == "fraction" and word not in ("half", "quarter"):
            return None
        j = k + 1
        if j < n and tokens[j][2] == "a" and cls == "fraction":
            j += 1
        if j >= n:
            return (k + 1, Fraction(1, 2)) if word == "half" and j == k + 2 else None
        times = Fraction(1) if cls == "a" else Fraction(1, DENOMINATORS[word])
        nxt_cls, nxt = tokens[j][2], tokens[j][3]
        if nxt_cls == "hundred":
            return _extend(tokens, j, text, Fraction(0), times * 100, 0, True)
        if nxt_cls == "scale" and not _abbrev(nxt):
            return _extend(tokens, j, text, times * SCALES[nxt], Fraction(0), SCALES[nxt],
                           False)
        if nxt_cls == "dozen" and nxt == "dozen":
            return j, times * 12
        if cls == "a" and nxt_cls == "fraction" and _fraction_ok(tokens, j, text, strict=True):
            return j, Fraction(1, DENOMINATORS[nxt])
        if word == "half" and j == k + 2:
            return k + 1, Fraction(1, 2)  # "half a mile", "half an hour"
        return None
    got = _group(tokens, k, text)
    if got is None:
        return None
    last, value = got
    return _extend(tokens, last, text, Fraction(0), value, 0, False)


def _abbrev(word: str) -> bool:
    return word not in _SCALE_WORD.split("|")


def _gap(text: str, tokens: list[Token], k: int) -> str:
    """What stands between token k and the next, spaces dropped: "", "-", "and"."""
    return "".join(text[tokens[k][1]:tokens[k + 1][0]].split())


def _extend(
    tokens: list[Token],
    last: int,
    text: str,
    total: Fraction,
    current: Fraction,
    scale: int,
    hundred: bool,
) -> tuple[int, Fraction]:
    """Extend a number past token ``last``. ``total`` is what the scales have given,
    ``current`` the group being read (under a thousand, or any digits), ``scale`` the last
    scale used (a later one must be smaller), ``hundred`` whether the group has its
    hundred. "and" is read only after a hundred or a scale ("one hundred and fifty") or
    before a fraction ("four and a half")."""
    n = len(tokens)
    while last + 1 < n:
        gap = _gap(text, tokens, last)
        if gap not in ("", "-", "and"):
            break
        with_and = gap.startswith("and")
        prev_cls = tokens[last][2]
        nxt_cls, nxt = tokens[last + 1][2], tokens[last + 1][3]
        # a fraction added: "four and a half", "3 million and a half", "one and two thirds"
        if with_and:
            at, numerator = -1, Fraction(1)
            if nxt_cls == "a" and last + 2 < n:
                at = last + 2
            elif nxt_cls == "unit" and last + 2 < n and _gap(text, tokens, last + 1) == "":
                at, numerator = last + 2, Fraction(UNITS[nxt])
            if at > 0 and tokens[at][2] == "fraction" and _fraction_ok(tokens, at, text):
                part = numerator / DENOMINATORS[tokens[at][3]]
                if at + 1 < n and tokens[at + 1][2] == "scale" and not _abbrev(
                    tokens[at + 1][3]
                ) and _gap(text, tokens, at) == "" and SCALES[tokens[at + 1][3]] < scale:
                    # "one billion and a half million"
                    return at + 1, total + current + part * SCALES[tokens[at + 1][3]]
                if prev_cls == "scale" and current == 0:
                    part *= scale
                return at, total + current + part
        if with_and and prev_cls == "tens" and nxt_cls == "unit" and total == 0 and \
                not hundred and current < 100 and UNITS[nxt] > 0:
            # "twenty and three" is 23 ("twenty and three thousand" in the King James Bible,
            # which also writes "three and twenty"); a list of two counts in words pairs like
            # with like ("two and three", "twenty and thirty") and stays two
            current += UNITS[nxt]
            last += 1
            continue
        if nxt_cls == "point" and not with_and and prev_cls in ("unit", "tens", "hundred",
                                                               "scale") and scale <= 100:
            # "five point five", "two hundred point zero three": digits after a point
            digits, at = "", last + 2
            while at < n and tokens[at][2] in ("unit", "tens") and _gap(text, tokens, at - 1) in (
                "", "-"
            ):
                got = _group(tokens, at, text)
                if got is None or got[1] >= 100:
                    break
                digits += str(got[1])
                at = got[0] + 1
            if not digits:
                break
            current += Fraction(Decimal("0." + digits))
            if at < n and tokens[at][2] == "scale" and not _abbrev(tokens[at][3]) and _gap(
                text, tokens, at - 1
            ) in ("", "-") and (not scale or SCALES[tokens[at][3]] < scale):
                return at, total + current * SCALES[tokens[at][3]]  # "five point five million"
            return at - 1, total + current
        if nxt_cls == "hundred" and not with_and and not hundred and current > 0 and (
            current < 100 or prev_cls == "digits"
        ) and prev_cls in ("unit", "tens", "digits"):
            current *= 100
            hundred = True
        elif nxt_cls == "scale" and not with_and and (current > 0 or total > 0) and (
            prev_cls == "digits" or not _abbrev(nxt)
        ) and (not scale or SCALES[nxt] < scale) and prev_cls in ("unit", "tens", "digits",
                                                                  "hundred"):
            total += (current or 1) * SCALES[nxt]
            current, scale, hundred = Fraction(0), SCALES[nxt], False
        elif nxt_cls == "scale" and not with_and and prev_cls == "scale" and current == 0 and \
                not _abbrev(nxt) and SCALES[nxt] > scale:
            # "two thousand million" (British usage), "three lakh crore": a scale of scales
            total *= SCALES[nxt]
            scale = SCALES[nxt]
        elif nxt_cls == "dozen" and not with_and and total == 0 and 0 < current < 100 and \
                prev_cls in ("unit", "tens", "digits"):
            return last + 1, current * 12
        elif nxt_cls == "fraction" and not with_and and total == 0 and not hundred and \
                prev_cls in ("unit", "tens") and nxt not in ("half", "quarter") and \
                (nxt.endswith("s") or current == 1) and _fraction_ok(tokens, last + 1, text):
            return last + 1, current / DENOMINATORS[nxt]
        elif nxt_cls in ("unit", "tens", "digits") and prev_cls in ("hundred", "scale") and (
            prev_cls == "scale" or current % 100 == 0
        ):
            got = _group(tokens, last + 1, text)
            if got is None or got[1].denominator != 1 or got[1] >= 100 and (
                prev_cls == "hundred" or got[1] >= 1000
            ):
                break
            current += got[1]
            last = got[0]
            continue
        else:
            break
        last += 1
    return last, total + current


def _group(tokens: list[Token], k: int, text: str) -> tuple[int, Fraction] | None:
    """A plain number at token k: digits, or "five", "twenty-one", "twenty one"."""
    cls, word = tokens[k][2], tokens[k][3]
    if cls == "digits":
        value = digits_value(word)
        return None if value is None else (k, value)
    if cls == "unit":
        return k, Fraction(UNITS[word])
    if cls == "tens":
        value = Fraction(TENS[word])
        if k + 1 < len(tokens) and tokens[k + 1][2] == "unit" and \
                0 < UNITS[tokens[k + 1][3]] < 10 and _gap(text, tokens, k) in ("", "-"):
            return k + 1, value + UNITS[tokens[k + 1][3]]
        return k, value
    return None


def fmt(value: Fraction) -> str:
    """Exact decimal text of ``value`` ("16400000", "1674200.5", "-0.3"); a fraction with
    no finite decimal (2/3) to 15 significant digits."""
    if value.denominator == 1:
        return str(value.numerator)
    sign = "-" if value < 0 else ""
    value = abs(value)
    num, den = value.numerator, value.denominator
    if den == 1:
        return sign + str(num)
    twos = fives = 0
    d = den
    while d % 2 == 0:
        d //= 2
        twos += 1
    while d % 5 == 0:
        d //= 5
        fives += 1
    if d == 1:
        places = max(twos, fives)
        scaled = num * 10**places // den
        digits = str(scaled).rjust(places + 1, "0")
        text = f"{digits[:-places]}.{digits[-places:]}".rstrip("0").rstrip(".")
        return sign + text
    q = Decimal(num) / Decimal(den)  # default context: 28 significant digits
    rounded = f"{q:.15g}"
    if "e" in rounded:
        rounded = format(Decimal(rounded), "f")
    return sign + rounded
