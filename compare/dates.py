"""Dates and times as written, and the calendar dates they stand for.

Three jobs, all pure: the regex groups that find dates and times (``DATE_GROUPS``, part of
``quantities.PATTERNS``); the value of each mention (``resolve``), which turns "Monday",
"yesterday", "last week" or "December 19" into a calendar value when the publication date is
known; and the time stamps of a document ("Published: March 13, 2013", a date line under the
headline), which give its publication date and are metadata, never facts shared with another
document (``find_stamps``, ``publication_date``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from . import patterns
from .lexicon import fold
from .model import Span

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH_NAMES = tuple(_MONTHS)[:12]
"""The months' full names, folded, in order."""
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
                 "fri": 4, "sat": 5, "sun": 6}
_DAY_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30,
}
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
OPENERS = frozenset([
    *_MONTHS, *WEEKDAYS, *_WEEKDAY_ABBR, *_DAY_WORDS, *_COUNTS,
    *"""last next this previous past coming today tonight tomorrow yesterday earlier later
    christmas new valentine halloween workers""".split(),
])
"""The words a date or time of ``DATE_GROUPS`` opens with when it opens with a letter:
``quantities.PATTERNS`` tries the groups only at a word opening as one of these does."""

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
          r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_MONTH_WORD = (r"(?:January|February|March|April|May|June|July|August|September|October"
               r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")
_CAPS_MONTH = (r"(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER"
               r"|NOVEMBER|DECEMBER)")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAY_SHORT = r"(?-i:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.?"
_DAY_WORD = (r"(?:(?:twenty|thirty)[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth"
             r"|ninth|one|two|three|four|five|six|seven|eight|nine)"
             r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
             r"|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
             r"|nineteenth|twentieth|thirtieth)")
_ORD = r"(?:st|nd|rd|th)"
_YEAR = r"(?:1[89]|20)\d\d"
_YEAR_TAIL = rf"(?:\s?,?\s(?:of\s|in\s)?{_YEAR}\b|\sof\s'?\d\d\b)"
_COUNT = r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})"
_UNIT = r"(?:days?|weeks?|months?|years?)"
_HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "new years day": (1, 1),
             "new years eve": (12, 31), "valentines day": (2, 14), "halloween": (10, 31),
             "workers day": (5, 1), "may day": (5, 1)}
"""Holidays on one date every year, everywhere they are kept (not Easter, not Independence
Day, which differs between countries)."""
HOLIDAY = (r"(?:Christmas\s(?:Day|Eve)|New\sYear['’]?s\s(?:Day|Eve)|Valentine['’]?s\sDay"
            r"|Halloween|Workers['’]?\sDay|May\sDay)")
_WEEK_REF = r"(?:(?:last|next|this|previous|the\sfollowing|the\sprevious|the\snext)\sweek)"

_AFTER_AMOUNT = (r"(?:\s?(?:%|per\s?cent)|\s(?:hundred|thousand|million|billion|trillion"
                 r"|bn|m|dollars?|euros?|pounds?|yen|yuan|francs?)\b)")
"""What makes a four-digit number an amount, not a year: "2013 dollars", "1900 million"."""

_NOT_AMOUNT = r"(?<![£$€¥₹])(?<![£$€¥₹]\s)"
"""Digits after a currency sign are an amount ("$12 December 27" cost $12), never a date."""

_NOT_A_SIDE = r"(?<!\d\sx\s)(?<!\d\s×\s)(?<!\d[x×])"
"""A number after "1,440 x" is a screen's or a sheet's side, never a year ("2880 x 1800"); one
before "x" neither (the year pattern's lookahead)."""

_STREET_AFTER = (r"(?-i:\s(?:[NSEW]\.?\s)?(?:[A-Z][\w'’.-]*\s){1,3}"
                 r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Pl|Place"
                 r"|Ct|Court|Hwy|Highway|Pkwy|Parkway|Terrace|Square)\b)")
"""A street's name after a number: the number is a house's ("inside 1800 Pitkin Ave.",
"went to 2088 Philip Street"), no year."""
_HOUSE_NUMBER = "(?:" + "|".join(rf"(?<=\b{w}\s\d{{4}})" for w in (
    "at", "to", "inside", "outside", "near", "behind", "opposite", "into")) + ")" + _STREET_AFTER
"""A house number: a street's name after it and a word of place before it ("inside 1800
Pitkin Ave.", "went to 2088 Philip Street"); "the 2008 Wall Street crash", "In 2012 Main
Street was rebuilt" keep their years."""
_MAY_AFTER = "(?:" + "|".join(rf"(?<=\b{w.replace(' ', chr(92) + 's')}\s)" for w in (
    "in", "since", "until", "till", "during", "early", "late", "last", "next", "this",
    "through", "end of", "month of", "beginning of", "start of", "middle of",
    *(f"{month} {joint}" for month in ("January", "February", "March", "April", "June",
                                        "July", "August", "September", "October", "November",
                                        "December")
      for joint in ("and", "or", "to")))) + r"|(?<=\bmid-))"
"""Where "May" is the month: after a word of time ("in May", "since May", "late May",
"mid-May", "the end of May") or another month ("April and May", "March to May");
elsewhere it is as often the verb opening a headline's clause ("Release Date May Be in
Jeopardy") or a name ("Theresa May", "critics of May", "a letter from May")."""
_MAY_NO_VERB = (r"(?![ \t]+(?:said|says|told|spoke|speaks|has|had|was|is|will|would|insisted"
                r"|and[ \t]+(?:her|his)\b|announced|stated|added|declared|warned|argued))")
"""Not before a verb: "trust in May said nothing", "until May announced", "by May and her
ministers" are the person ("by May" and "around May" are left out as often hers)."""
DATE_GROUPS = rf"""
    (?P<time>{_NOT_AMOUNT}\b\d{{1,2}}(?:[:.]\d{{2}})?\s?(?:a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b)
        |\b\d{{1,2}}:\d{{2}}[ap]\b
        |\b\d{{4}}\s?(?:GMT|UTC)\b|\b\d{{1,2}}:\d{{2}}\b)
    |(?P<date>(?-i:(?<=[A-Z]){_CAPS_MONTH})\s\d{{1,2}},\s{_YEAR}\b
        |{_NOT_AMOUNT}\b(?=\d)(?:\d{{1,2}}{_ORD}?\s(?:of\s)?{_MONTH}{_YEAR_TAIL}?
            |{_YEAR}[-/.]\d{{1,2}}[-/.]\d{{1,2}}\b(?![-/.]?\d)
            |\d{{1,2}}[-/.]\d{{1,2}}[-/.]{_YEAR}\b(?![-/.]?\d)
            |\d{{1,2}}/\d{{1,2}}/\d\d\b(?!/?\d)
            |{_YEAR}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\b
            |{_YEAR}\s(?:0?[1-9]|1[0-2])\s(?:0?[1-9]|[12]\d|3[01])(?=\s*(?:[,.;:!?)]|$))
            |\d{{1,4}}[-/]{_MONTH_WORD}\b(?:[-/]\d{{1,4}}\b)?
            |\d{{1,4}}[-/]\d{{1,4}}[-/]{_MONTH_WORD}\b
            |(?!24/7\b)\d{{1,2}}/\d{{1,2}}\b(?!/\d))
        |\b{_WEEKDAY},?\s(?:{_MONTH}\s?\d{{1,2}}{_ORD}?\b{_YEAR_TAIL}?
            |\d{{1,2}}{_ORD}?\s(?:of\s)?{_MONTH}{_YEAR_TAIL}?)
        |\b{_MONTH}(?:\s?\d{{1,2}}{_ORD}?\b{_YEAR_TAIL}?
            |\s(?:the\s)?(?:{_DAY_WORD}|(?:twenty|thirty)[\s-](?:one|two|three|four|five|six
                |seven|eight|nine))\b{_YEAR_TAIL}?
            |,\s\d{{1,2}}{_ORD}\b{_YEAR_TAIL}?
            |\s{_YEAR}\b
            |(?<![.])[-/]\d{{1,4}}(?:[-/]\d{{1,4}})?\b)
        |\b(?=[efnst]){_DAY_WORD}\sof\s{_MONTH}{_YEAR_TAIL}?)
    |(?P<weekday>(?:(?<!the\s)\b(?:last|next|this|previous|past|coming)\s)?\b{_WEEKDAY}\b
            (?:,?\s(?:the\s)?(?:\d{{1,2}}{_ORD}|{_DAY_WORD})\b
            |\s\d{{1,2}}[-/.]\d{{1,2}}\b(?![-/.]?\d)
            |\s(?:of\s)?{_WEEK_REF})?
        |{_WEEKDAY_SHORT},?\s(?:the\s)?(?:\d{{1,2}}{_ORD}|{_DAY_WORD})\b
        |(?<!the\s)\b{_WEEK_REF},?\s(?:on\s|-\s)?(?:{_WEEKDAY}|{_WEEKDAY_SHORT}\b)
        |\b(?-i:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri)\b(?!\.?,?\s(?:{_MONTH}|\d)))
    |(?P<reldate>(?<!USA\s)\btoday\b(?!['’]s)|\btonight\b|\btomorrow\b|\byesterday\b
        |\bthis\s(?:morning|afternoon|evening)\b|\blast\s(?:night|evening)\b
        |\b(?:earlier|later)\sthis\s(?:week|month|year)\b
        |(?<!the\s)\b(?:last|next)\s(?:week|month|year)\b
        |\b{HOLIDAY}\b(?:\s(?:of\s)?(?:this|last|next)\syear\b|,?\s{_YEAR}\b)?)
    |(?P<reln>\b{_COUNT}(?=\s{_UNIT}\s(?:ago|from\s(?:today|now)|after\stoday)\b)
        |(?<=\bin\s){_COUNT}(?=\s{_UNIT}(?:['’]\s?time)?\s*(?:[.,;:?!)]|$)))
    |(?P<dom>(?:(?<=\bon\sthe\s)|(?<=\bby\sthe\s))\d{{1,2}}{_ORD}(?=\s*(?:[.,;:?!)]|$)))
    |(?P<month>\b(?-i:(?=[A-Z]))(?:January|February|March|April|June|July|August|September|October|November
        |December)\b|{_MAY_AFTER}(?-i:May)\b(?!['’]){_MAY_NO_VERB})
    |(?P<season>{_NOT_AMOUNT}\b(?:1[89]|20)\d\d[-–](?:(?:1[89]|20)\d\d|\d\d)\b(?![-–/.:]?\d)
        (?![ \t]*(?:hours|hrs|GMT|UTC)\b))
    |(?P<year>{_NOT_AMOUNT}{_NOT_A_SIDE}\b(?:1[89]|20)\d\d\b(?![\d,.]\d|\s?(?:GMT|UTC)|{_AFTER_AMOUNT}
        |\s?[x×]\s?\d|{_HOUSE_NUMBER}))
"""
"""The date and time groups of ``quantities.PATTERNS``, in the order they are tried."""

_CAPITAL_BEFORE = patterns.compile(r"(?:\b[A-Z][\w.-]*(?:['’]s?)?|\bThe)(?<!\.)\s+$")
"""A capitalised word just before: a capitalised day word after it names something ("World
News Tonight", "The Tonight Show"); not after an abbreviation's full stop ("Apple Inc. Today
the company said", a sentence the segmenter left whole)."""
_DAY_NAMES = frozenset(("today", "tonight", "tomorrow", "yesterday", "this", "last"))
"""The first words of the relative days a programme is named by ("Today", "This Morning");
a holiday's name is its date ("International Workers' Day")."""
_RUNNING_WORD = patterns.compile(r"\b[a-z]{4,}\b")
"""A lower-case word of four letters or more: a sentence of running text, not a headline."""

_REACH = 160
"""How far back in its sentence a mention looks for the verb that sets its tense (bounded, so a
giant sentence of dates stays linear)."""
GROUPS = frozenset({"time", "date", "weekday", "reldate", "reln", "dom", "month", "season",
                    "year"})
"""The names of the groups of ``DATE_GROUPS``: their matches go to ``resolve``."""
FALLBACK = {"reln": "number", "dom": "ordinal"}
"""Groups whose match, when it resolves to no date, is read as this group instead: "in two
years" without a publication date or in a past-tense report is a number of years."""

_TO_COME = r"(?:to\sbe|expected\sto|slated\sto|poised\sto)"
_FUTURE = patterns.compile(
    rf"""[wWsSſgGpPdDtTuUiIıİaA'’](?:(?<=['’])(?i:ll)\b|(?<!\w.)(?i:(?<=[wW])(?:ill|on['’]t)
    |(?<=[sSſ])(?:hall|cheduled|et\sto)|(?<=[gG])o(?:ing\sto|nna)|(?<=[pP])lan(?:ned|s?\sto)
    |(?<=[dD])ue\s(?:to|back|in|on)|(?<=[tT])o\sbe\sheld|(?<=[uU])pcoming|(?<=[iIıİ])s\s{_TO_COME}
    |(?<=[aA])re\s{_TO_COME})\b)""",
    re.VERBOSE,
)
"""A future marker: "will", "shall", "won't", "going to", "gonna", "scheduled", "planned",
"plans to", "due to", "set to", "to be held", "upcoming", "is expected to", "'ll", in any
case, a word after no word character. Written to open with one class of the first letters
in their cases (those ``re`` matches ignoring case: "ſ", "ı", "İ"), the look back at the
word start after it, so ``re`` jumps from one such letter to the next in C instead of trying
every character (twice as fast a scan of a sentence, the same matches)."""
_PAST = patterns.compile(r"[bBdDhHwW](?<!\w.)(?i:(?<=[hH])(?:ad|as|ave)|(?<=[wW])(?:as|ere)"
                         r"|(?<=[dD])id|(?<=[bB])een)\b|\w\w[eE][dD]\b")
"""A past marker: "had", "has", "have", "was", "were", "did", "been" as a word, in any case,
or a word's last two letters "ed" after two word characters; each test opens with a class
``re`` skips a character by (as ``_FUTURE``)."""
_PAST_MARKS = patterns.compile(r"[bBdDhHwWeE](?:(?<=[eE])(?<=\w\w.)[dD]\b|(?<!\w.)(?i:(?<=[hH])"
                               r"(?:ad|as|ave)|(?<=[wW])(?:as|ere)|(?<=[dD])id|(?<=[bB])een)\b)")
"""``_PAST`` for a scan of a sentence: its word markers, and the "ed" of a word ending in it
found at the "e" (two characters after where ``_PAST`` finds it, ``_markers`` steps back).
Its one class of first letters lets ``re`` skip the other characters in C, where ``_PAST``'s
tries every letter. Both find one marker a word at most, at the same place."""
_SPAN_WORDS = patterns.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|only|once"
    r"|twice|times?|most|least)\b|\w\west\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date or time as found: its span (which may reach past the regex match, as in "two
    weeks ago") and its value."""

    start: int
    end: int
    value: str
    keys: tuple[str, ...]
    time: bool = False


def resolve(
    group: str, text: str, span: Span, sentence: Span, published: str | None
) -> DateMention | None:
    """The value of a date or time matched by ``DATE_GROUPS``, or None when it is no date.

    With a publication date, dates missing their year, weekdays and relative dates become
    calendar values; without one they keep what the words say ("weekday monday").
    """
    start, end = span
    raw = text[start:end]
    pub = _parse_iso(published)
    if group == "time":
        value = _time_value(raw)
        return DateMention(start, end, value, (value,), time=True)
    if group == "year":
        return DateMention(start, end, f"year {raw}", (f"year {raw}",))
    if group == "season":
        return _season(start, raw)
    before = text[max(sentence[0], start - _REACH):start]

    def tense() -> bool | None:
        """``_tense`` of the mention, read only where the value depends on it (a date with
        its year, a relative day that is no holiday, need none)."""
        return _tense(text, sentence, start)

    if group == "month":
        told = tense()
        future = told is True
        month = _MONTHS[fold(raw)]
        written = f"month {month} ahead" if future else f"month {month}"  # the month as
        # written, with the way the report looks: "will reopen in July" is no July it reports
        if pub is None:  # a report that does not say which way it looks meets either
            return DateMention(start, end, written, (written,) if told is not None else (
                written, f"{written} ahead"))
        year = pub.year
        if future and month < pub.month:
            year += 1
        elif not future and month > pub.month:
            year -= 1
        found = _month(start, end, year, month)
        if year < pub.year:
            return found  # "closed in July" written in February: last year's July
        # also the month as written, which a report with no publication date gives alone
        # ("commenced in September" / "which commenced in September"), as a day's "date ?-",
        # if both look back or both ahead ("closed in July" / "will reopen in July" are two)
        return replace(found, keys=(*found.keys, written))
    if group == "date":
        if _BARE_SLASH.fullmatch(raw) and _MEASURE_AFTER.match(text, end):
            return None  # "served 21/2 years", a lost "2½": a span, no date
        return _absolute(start, end, raw, pub, tense)
    if group == "weekday":
        return _weekday(start, end, raw, pub, tense)
    if pub is None:
        return None
    if group == "reldate":
        if not before.strip() and text.startswith(",", end) and (
                fold(raw) == "today" or "year" in fold(raw)):
            return None  # "Today, virtualization is used with servers": nowadays; "Earlier
            # this year," a time of many things; but "Yesterday, the police explained" and
            # "Last week, Microsoft admitted" are one day's, one week's
        if raw[:1].isupper() and fold(raw).split()[0] in _DAY_NAMES and _CAPITAL_BEFORE.search(
                before) and _RUNNING_WORD.search(text, max(sentence[0], start - _REACH), start):
            return None  # "ABC's World News Tonight", "NBC's Today show": a programme's
            # name inside a sentence (a headline capitalises every word: "... Rehab Today")
        return _relative(start, end, re.sub(r"['’]", "", fold(raw)), pub, tense)
    if group == "reln":
        return _counted(text, start, end, sentence, pub, tense)
    if group == "dom":
        day = int(re.sub(r"\D", "", raw))
        found = _nearest(pub, tense(), _month_days(pub, day))
        return _day(start, end, found) if found else None
    return None


@lru_cache(maxsize=16)
def _parse_iso(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _season(start: int, raw: str) -> DateMention:
    """A span of years written as a year and a later one, whole or its last two digits ("the
    2002-03 season", "2012-2013", "1999-00", "from 1978-89"): one span, no year of its own
    to meet another event's "2002"; its first year alone when what follows is no later year
    within twenty ("2012-05" of a month, "Ordinance 2013-45")."""
    first, rest = int(raw[:4]), raw[5:]
    last = int(rest) if len(rest) == 4 else first - first % 100 + int(rest)
    if len(rest) == 2 and last < first and (first + 1) % 100 == int(rest):
        last = first + 1  # "1999-00"; not "1997-03", a year and its month
    if not 0 < last - first <= 20:
        value = f"year {first}"
        return DateMention(start, start + 4, value, (value,))
    value = f"years {first}-{last}"
    return DateMention(start, start + len(raw), value, (value,))


def _day(start: int, end: int, day: date) -> DateMention:
    value = f"date {day.isoformat()}"
    return DateMention(start, end, value, (value,))


def _month(start: int, end: int, year: int, month: int) -> DateMention:
    value = f"month {year:04d}-{month:02d}"
    return DateMention(start, end, value, (value,))


def _nearest(pub: date, future: bool | None, candidates: list[date]) -> date | None:
    """The candidate a report means: in future tense the first on or after the publication
    date, in past tense the latest on or before it, else the nearest (the earlier on a tie)."""
    if not candidates:
        return None
    if future is not None:
        side = [c for c in candidates if (c >= pub if future else c <= pub)]
        if side:
            return min(side) if future else max(side)
    return min(candidates, key=lambda c: (abs((c - pub).days), c > pub))


def _tense(text: str, sentence: Span, start: int) -> bool | None:
    """True for a future-tense report in the words before ``start``, False for a past-tense
    one, None when they do not say."""
    future, past = _markers(text, *sentence)
    lo = max(sentence[0], start - _REACH)

    def within(found: tuple[int, ...], lo: int) -> bool:
        at = bisect_left(found, lo)
        return at < len(found) and found[at] < start

    if _SAID.search(text, lo, start) and not _OWNER.match(text, start):
        return False  # attribution just before the date: "officials said Friday that ..."
    # the date's own clause speaks first: "will host the Oscars next year, the Academy
    # announced Friday" is a past announcement; "will be sentenced Friday" a future
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, lo, start)]
    if breaks and not _PHRASE_OPENS.match(text, breaks[-1], start):
        opens = breaks[-1]
        if within(future, opens):
            return True
        if within(past, opens):
            return False  # "..., the Academy announced Friday"
    if within(future, lo):
        return True
    return False if within(past, lo) else None


_OWNER = patterns.compile(r"[A-Za-z.]+['’]s\b")
"""A date written as an owner: "Friday's vote" is the vote's day, not the saying's."""
_CLAUSE_BREAK = patterns.compile(r"[,;:\s](?:(?<=[,;:])[\"”’']?\s|(?<=\s)[-–—]\s)")
"""Where one clause of a sentence ends and the next begins ('"We will appeal," the lawyer
said'): a comma, semicolon or colon before a space, or a dash between spaces (one class of
first characters, which ``re`` skips to in C)."""
_PHRASE_OPENS = patterns.compile(
    r"(?:with|in|for|amid|on|at|by|from|to|under|over|during|following)\b", re.IGNORECASE)
"""A phrase, no clause: "..., with a final vote slated for Friday" keeps the sentence's
future ("slated" is no past verb there)."""
_SAID = patterns.compile(r"[sSſtTwW](?<!\w.)(?i:(?<=[sSſ])aid|(?<=[tT])old|(?<=[wW])rote)"
                         r"(?:[ \t]+[\w'’]+){0,3}?[ \t]+(?i:on[ \t]+)?$")
"""Attribution just before the date: "..., the lawyer said Friday", "told reporters
Friday", "said in a statement Tuesday" is past whatever the quotation's tense; "said
relatives would hold a vigil Thursday" is not (the date is the vigil's), nor is "said
Friday's vote" (``_tense`` checks the possessive). "said", "told", "wrote" in any case, after
no word character: the class of their first letters opens the pattern, so ``re`` skips the
other characters in C."""


@lru_cache(maxsize=64)
def _markers(text: str, lo: int, hi: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where a sentence's future and past markers start: found once a sentence, however many
    dates it holds."""
    future = tuple(m.start() for m in _FUTURE.finditer(text, lo, hi))
    past = [m.start() for m in _PAST_MARKS.finditer(text, lo, hi)]
    return future, tuple(at if text[at] not in "eE" else at - 2 for at in past
                         if text[at] not in "eE" or at - 2 >= lo)


def is_relative(written: str) -> bool:
    """Whether the words name a date only against the publication date ("Monday",
    "yesterday", "last week"): no digits and no month."""
    low = fold(written)
    return not re.search(r"\d", low) and not any(
        w in _MONTHS for w in re.findall(r"[a-z]+", low)
    )


def compatible(a: str, b: str) -> bool:
    """Two values one of which may be the other told less precisely: "date ?-07-04" and
    "date 2013-07-04", "month 7" and "month 2013-07", "date 2013-11-?" and "date 2013-11-22"."""
    head_a, _, rest_a = a.partition(" ")
    head_b, _, rest_b = b.partition(" ")
    if head_a != head_b:
        return False
    if head_a == "month":
        if "-" in rest_a and "-" in rest_b:
            return rest_a == rest_b
        return rest_a.split("-")[-1].lstrip("0") == rest_b.split("-")[-1].lstrip("0")
    parts_a, parts_b = rest_a.split("-"), rest_b.split("-")
    return len(parts_a) == len(parts_b) and all(
        x == y or "?" in (x, y) for x, y in zip(parts_a, parts_b, strict=True)
    )


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_days(pub: date, day: int) -> list[date]:
    """The ``day`` of the months around ``pub``."""
    out = []
    for shift in range(-3, 4):
        m = pub.month - 1 + shift
        found = _valid(pub.year + m // 12, m % 12 + 1, day)
        if found:
            out.append(found)
    return out


def _two_digit_year(yy: int, pub: date | None) -> int:
    """A year written with two digits: the one in the century that puts it at most ten
    years after the publication date (or after 2030 without one)."""
    limit = (pub.year if pub else 2020) + 10
    year = 2000 + yy
    return year if year <= limit else year - 100


def _parts(raw: str) -> tuple[int, int, int, int, bool]:
    """(year, month, day, weekday index or -1, whether the year was written) of an absolute
    date as written; 0 where the words do not say."""
    low = fold(raw).replace("’", "'")
    weekday = next((i for i, w in enumerate(WEEKDAYS) if w in low), -1)
    month = 0
    for token in re.findall(r"[a-z]+", low):
        if token in _MONTHS:
            month = _MONTHS[token]
        elif weekday < 0 and token in _WEEKDAY_ABBR:
            weekday = _WEEKDAY_ABBR[token]
    day_word = re.search(_DAY_WORD, low)
    numbers = re.findall(r"\d+", low)
    year = day = 0
    written = False
    if month:
        for n in numbers:
            if len(n) == 4:
                year, written = int(n), True
            elif not day and int(n) <= 31:
                day = int(n)
            elif len(n) == 2:
                year, written = -int(n), True
        if not day and day_word:
            day = _day_word(day_word.group(0))
        return year, month, day, weekday, written
    digits = "".join(numbers)
    if len(numbers) == 1 and len(digits) == 8:
        return int(digits[:4]), int(digits[4:6]), int(digits[6:]), weekday, True
    nums = [int(n) for n in numbers]
    if len(numbers) == 1 and len(digits) <= 2:  # "Mon 13th"
        return 0, 0, nums[0], weekday, False
    if not numbers and day_word:  # "Tuesday the eleventh"
        return 0, 0, _day_word(day_word.group(0)), weekday, False
    if len(numbers) == 3 and len(numbers[0]) == 4:
        return nums[0], nums[1], nums[2], weekday, True
    if len(numbers) >= 2:
        first, second = nums[0], nums[1]
        dotted = "." in low and "/" not in low
        if first > 12 or (dotted and len(numbers) == 3):
            first, second = second, first
        if len(numbers) == 3:
            year = nums[2] if len(numbers[2]) == 4 else -nums[2]
            written = True
        return year, first, second, weekday, written
    return 0, 0, 0, weekday, False


def _day_word(word: str) -> int:
    parts = re.split(r"[\s-]+", word)
    return sum(_DAY_WORDS.get(p, 0) for p in parts)


_BARE_SLASH = patterns.compile(r"\d{1,2}/\d{1,2}")
_MEASURE_AFTER = patterns.compile(
    r"[ \t]+(?:years?|months?|weeks?|days?|hours?|minutes?|miles?|inch(?:es)?|feet|foot"
    r"|yards?|pounds?|ounces?|tons?|tonnes?|cups?|innings|laps?|(?:kilo)?met(?:er|re)s?|litres?"
    r"|liters?|gallons?|percent|per[ \t]cent|times)\b", re.IGNORECASE)
"""What follows a count, never a day: "2 1/2 years" written without its space or its "½"."""


def _absolute(
    start: int, end: int, raw: str, pub: date | None, tense: Callable[[], bool | None]
) -> DateMention | None:
    year, month, day, _weekday_index, written = _parts(raw)
    if year < 0:
        year = _two_digit_year(-year, pub)
    if not month or month > 12 or day and _valid(year if written else 2000, month, day) is None:
        if _BARE_SLASH.fullmatch(raw):
            return None  # "served 41/2 months", "31/2" (a lost "½"): no day of any month
        value = f"date {fold(raw)}"
        return DateMention(start, end, value, (value,))
    if written and day:
        value = f"date {year:04d}-{month:02d}-{day:02d}"
        if pub is not None and abs(year - pub.year) > 1:
            return DateMention(start, end, value, (value, f"year {year}"))
        # also its day and month, which a report with no publication date writes alone
        # ("on February 22" / "Sunday, February 22, 2009"): only for a date of the news,
        # of its report's year or the next or last, never a birth date of 1940
        # (``quantities._old_days_apart`` drops it from a date years before the report's last)
        return DateMention(start, end, value,
                           (value, f"year {year}", f"date ?-{month:02d}-{day:02d}"))
    if written:
        value = f"date {year:04d}-{month:02d}-?"
        return DateMention(start, end, value, (value, f"year {year}"))
    if pub is not None and day:
        candidates = [c for y in range(pub.year - 8, pub.year + 9) if (c := _valid(y, month, day))]
        found = _nearest(pub, tense(), candidates)
        if found:
            value = f"date {found.isoformat()}"
            # also the words as written, for a report with no publication date to resolve them
            return DateMention(start, end, value, (value, f"date ?-{month:02d}-{day:02d}"))
    value = f"date ?-{month:02d}-{day:02d}" if day else f"date ?-{month:02d}-?"
    return DateMention(start, end, value, (value,))


def _weekday(
    start: int, end: int, raw: str, pub: date | None, tense: Callable[[], bool | None]
) -> DateMention | None:
    low = fold(raw)
    if low in WEEKDAYS:  # the common case, "Monday": nothing more to read
        month = day = 0
        index = WEEKDAYS.index(low)
    else:
        _, month, day, index, _ = _parts(raw)
    if index < 0:
        return None
    if pub is None:
        name = WEEKDAYS[index]
        return DateMention(start, end, f"weekday {name}", (f"weekday {name}",))
    if month and day:  # "Friday 7/6": the date decides
        candidates = [c for y in range(pub.year - 1, pub.year + 2) if (c := _valid(y, month, day))]
        found = _nearest(pub, tense(), candidates)
        if found:
            return _day(start, end, found)
    if day:  # "Mon 13th": the nearest month whose 13th is a Monday
        candidates = []
        for shift in range(-14, 15):
            m = pub.month - 1 + shift
            c = _valid(pub.year + m // 12, m % 12 + 1, day)
            if c and c.weekday() == index:
                candidates.append(c)
        found = _nearest(pub, tense(), candidates)
        return _day(start, end, found) if found else _day(start, end, pub)
    monday = pub - timedelta(days=pub.weekday())
    if "week" in low:
        if re.search(r"\b(?:last|previous)\s+week", low):
            monday -= timedelta(days=7)
        elif re.search(r"\b(?:next|following)\s+week", low):
            monday += timedelta(days=7)
        return _day(start, end, monday + timedelta(days=index))
    head = low.split()[0]
    back = (pub.weekday() - index) % 7
    latest = pub - timedelta(days=back)
    if head == "this":
        found = monday + timedelta(days=index)
    elif head in ("last", "past", "previous"):
        found = latest if back else pub - timedelta(days=7)
    elif head in ("next", "coming") or (told := tense()) is True and back or (
            told is None and back > 7 - back):
        found = latest + timedelta(days=7)
    else:  # the day itself when written on it, whatever the tense ("will be sentenced
        found = latest  # Friday" in Friday's paper is that day: a week on says "next")
    # also the weekday, which a report with no date of its own gives ("in Queens Friday"):
    # one fact with this day where the aligner pairs the two sentences
    day = _day(start, end, found)
    return replace(day, keys=(*day.keys, f"weekday {WEEKDAYS[index]}"))


def _relative(start: int, end: int, low: str, pub: date,
              tense: Callable[[], bool | None]) -> DateMention:
    holiday = next((md for name, md in _HOLIDAYS.items() if low.startswith(name)), None)
    if holiday:
        year_m = re.search(r"\d{4}", low)
        if year_m:
            return _day(start, end, date(int(year_m.group(0)), *holiday))
        shift = {"last": -1, "next": 1}.get(low.split()[-2], 0) if low.endswith(" year") else 0
        if low.endswith(" year"):
            return _day(start, end, date(pub.year + shift, *holiday))
        candidates = [date(y, *holiday) for y in (pub.year - 1, pub.year, pub.year + 1)]
        return _day(start, end, _nearest(pub, tense(), candidates) or pub)
    words = low.split()
    unit, which = words[-1], words[-2] if len(words) > 1 else ""
    if low in ("today", "tonight") or which == "this" and unit in ("morning", "afternoon",
                                                                   "evening"):
        return _day(start, end, pub)
    if low == "tomorrow":
        return _day(start, end, pub + timedelta(days=1))
    if low == "yesterday" or which == "last" and unit in ("night", "evening"):
        return _day(start, end, pub - timedelta(days=1))
    step = {"last": -1, "next": 1}.get(which, 0)
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(days=7 * step)
        value = f"week {monday.isoformat()}"
        return DateMention(start, end, value, (value,))
    if unit == "month":
        m = pub.month - 1 + step
        return _month(start, end, pub.year + m // 12, m % 12 + 1)
    value = f"year {pub.year + step}"
    return DateMention(start, end, value, (value,))


_TAIL = patterns.compile(
    rf"\s({_UNIT})(?:\s(ago|from\s(?:today|now)|after\stoday)\b|['’]\s?time\b)?", re.IGNORECASE
)


def _counted(
    text: str, start: int, end: int, sentence: Span, pub: date,
    tense: Callable[[], bool | None]
) -> DateMention | None:
    """ "two weeks ago", "3 days from today"; "in two months" only where the report looks
    ahead: not after a past-tense verb or a word that makes it a span ("the first time in
    two years", "the worst drought in 50 years"). Years ago count to a year: "80 years ago" in
    two reports a day apart is one year, not two days (a single year, "a year ago", is
    often a day: "this time last year"; "in two years" is a day in the peer suite)."""
    tail = _TAIL.match(text, end)
    if tail is None:
        return None
    word = fold(text[start:end])
    count = int(word) if word.isdigit() else _COUNTS.get(word, 0)
    if not count:
        return None
    direction = tail.group(2)
    if direction is None:
        lead = text[max(sentence[0], start - _REACH):start]
        recent = " ".join(lead.split()[-7:])
        if _SPAN_WORDS.search(recent) or (tense() is not True and _PAST.search(lead)):
            return None
    sign = -1 if direction and fold(direction) == "ago" else 1
    unit = fold(tail.group(1)).rstrip("s")
    if unit == "day":
        found = pub + timedelta(days=sign * count)
    elif unit == "week":
        found = pub + timedelta(days=7 * sign * count)
    elif unit == "year" and count > 1 and sign < 0:
        value = f"year {pub.year + sign * count}"
        return DateMention(start, tail.end(), value, (value,))
    else:
        months = sign * count * (12 if unit == "year" else 1)
        m = pub.month - 1 + months
        year, month = pub.year + m // 12, m % 12 + 1
        found = _valid(year, month, pub.day) or _valid(year, month, 28) or pub
    return _day(start, tail.end(), found)


def _time_value(text: str) -> str:
    t = fold(text).replace(" ", "")
    t = re.sub(r"^(\d{1,2})\.(\d{2})", r"\1:\2", t).replace(".", "")
    m = re.match(r"(\d{1,2})(?::(\d{2}))?(am|pm|a$|p$)?", t)  # "6:11p": a web page's pm
    if not m:
        return f"time {t}"
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if len(t) >= 4 and t[:4].isdigit():
        return f"time {t[:2]}:{t[2:4]} {t[4:]}"
    if m.group(3) in ("pm", "p") and hour < 12:
        hour += 12
    if m.group(3) in ("am", "a") and hour == 12:
        hour = 0
    return f"time {hour:02d}:{minute:02d}"


def describe(written: str, value: str) -> str:
    """A date's label: the words, and the calendar date they stand for when the words do not
    say it ("Monday (9 September 2013)")."""
    head, _, rest = value.partition(" ")
    if re.search(r"\b(?:1[89]|20)\d\d\b", written) or "?" in rest:
        return written
    try:
        if head == "date":
            day = date.fromisoformat(rest)
            return f"{written} ({day.day} {day:%B %Y})"
        if head == "week":
            day = date.fromisoformat(rest)
            return f"{written} (week of {day.day} {day:%B %Y})"
        if head == "month" and "-" in rest:
            return f"{written} ({date.fromisoformat(rest + '-01'):%B %Y})"
        if head == "year" and not written.isdigit():
            return f"{written} ({rest})"
    except ValueError:
        pass
    return written


# Time stamps ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Stamp:
    """A time stamp of the document ("Published: May 2, 2013, 1:32 PM"): its span, the date
    it gives (ISO, or None for a time alone) and how it is labelled."""

    start: int
    end: int
    date: str | None
    label: str
    """ "published", "updated" or "" (a bare date line)."""


_STAMP_LABEL = patterns.compile(
    r"\b(?:(?:first|originally|last)\s)?(?P<word>published|posted|updated|created|modified)"
    r"(?:\s(?:on|at))?\b",
    re.IGNORECASE,
)
_STAMP_TOKEN = patterns.compile(
    rf"(?P<date>(?:\b|(?-i:(?<=[A-Z])(?={_CAPS_MONTH}))){_MONTH}\s?\d{{1,2}}{_ORD}?(?:\s?,?\s{_YEAR})?\b"
    rf"|\b\d{{1,2}}{_ORD}?\s{_MONTH}\s{_YEAR}\b|\b{_YEAR}[-/.]\d{{1,2}}[-/.]\d{{1,2}}\b"
    rf"|\b\d{{1,2}}[-/.]\d{{1,2}}[-/.](?:{_YEAR}|\d\d)\b|\b{_MONTH}\s{_YEAR}\b)"
    rf"|(?P<time>\b\d{{1,2}}[:.]\d{{2}}(?::\d\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|[ap]\b)?"
    rf"|\b\d{{1,2}}\s?(?:a\.m\.|p\.m\.|am\b|pm\b))"
    rf"|(?P<zone>\b(?:{_WEEKDAY}|{_WEEKDAY_SHORT}|GMT|UTC|BST|CET|IST|[ECMP][SD]T|AKDT|AKST|ET|PT"
    r"|CT|MT|hrs)\b(?:[+-]\d\d?(?::\s?\d\d)?)?)",
    re.IGNORECASE,
)
_FILLERS = frozenset({"at", "on", "by", "and"})
_DIGIT = patterns.compile(r"\d")
_HEAD_LINES = 6


def find_stamps(text: str) -> tuple[Stamp, ...]:
    """Time stamps among the first lines: a date or time with a label ("Published:", "Last
    updated at") and at most three other words; a full date whose line holds at most a place
    or outlet name of up to three capitalised words ("WASHINGTON, DC, April 28, 2009"); or a
    full date closing the headline ("... QUEENS DA SAYSSEPTEMBER 19, 2013")."""
    stamps = []
    for n, line in enumerate(re.finditer(r"[^\n]*\S[^\n]*", text)):
        if n >= _HEAD_LINES:
            break
        if line.end() - line.start() <= 120 and _DIGIT.search(text, line.start(), line.end()):
            stamp = _stamp_in_line(text, line.start(), line.end(), headline=n == 0)
            if stamp is not None:
                stamps.append(stamp)
    return tuple(stamps)


def stamp_line_days(text: str, start: int, end: int) -> tuple[str, ...] | None:
    """The full dates (ISO) of ``text[start:end]`` (a sentence) when it is a time stamp by
    ``find_stamps``'s test for a line (a date or time with a label and at most three other
    words, "By John Smith, Published: August 7, 2012"; or a full date with at most a place's
    capitalised words): its day, and its update's ("July 13, 2009 ..., updated July 29,
    2009"); none for a time alone. None when the sentence is no stamp."""
    if _stamp_in_line(text, start, end, headline=False) is None:
        return None
    return tuple(day for m in _STAMP_TOKEN.finditer(text, start, end)
                 if m.lastgroup == "date" and (day := _stamp_date(m.group(0))))


def _stamp_in_line(text: str, lo: int, hi: int, *, headline: bool) -> Stamp | None:
    tokens = list(_STAMP_TOKEN.finditer(text, lo, hi))
    if not any(m.lastgroup in ("date", "time") for m in tokens):
        return None
    start, end = tokens[0].start(), tokens[-1].end()
    day = next((d for m in tokens if m.lastgroup == "date" and (d := _stamp_date(m.group(0)))),
               None)
    rest = text[lo:hi]
    for m in reversed(tokens):
        rest = rest[:m.start() - lo] + " " * (m.end() - m.start()) + rest[m.end() - lo:]
    label_m = _STAMP_LABEL.search(rest)
    label = ""
    if label_m:
        word = fold(label_m.group("word"))
        label = "updated" if word in ("updated", "modified") else "published"
        rest = rest[:label_m.start()] + rest[label_m.end():]
    words = [w for w in re.findall(r"[A-Za-z]{2,}", rest) if fold(w) not in _FILLERS]
    if len(words) <= 3 and (label or (day and all(w[0].isupper() for w in words))):
        return Stamp(start, end, day, label)
    if headline and day and not text[end:hi].strip(" ,;:|"):
        return Stamp(tokens[-1].start(), end, day, "")
    return None


def _stamp_date(written: str) -> str | None:
    """The full date (with its year) a stamp gives, ISO, or None."""
    year, month, day, _, written_year = _parts(written)
    if not written_year:
        return None
    if year < 0:
        year = _two_digit_year(-year, None)
    found = _valid(year, month, day) if month and day else None
    return found.isoformat() if found else None


def publication_date(stamps: tuple[Stamp, ...]) -> str | None:
    """The date a document was published: a stamp labelled so ("Published", "Posted"), else
    the first date line, else the first "Updated" stamp."""
    for wanted in ("published", "", "updated"):
        for stamp in stamps:
            if stamp.date and stamp.label == wanted:
                return stamp.date
    return None
