"""Names in one document: runs of capitalised words, with titles and sentence openers split off."""

from __future__ import annotations

import importlib.util
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from . import patterns
from .dates import HOLIDAY, WEEKDAYS
from .lexicon import (
    DIRECTIONS,
    EVENT_WORDS,
    LEGAL_FORMS,
    ORG_WORDS,
    SENTENCE_WORD_ENDINGS,
    STOPWORDS,
    TIME_ZONE,
    TITLE_ABBREVIATIONS,
    TITLES,
    UNITS,
    Memo,
    common_stem,
    common_words,
    contracted,
    in_dictionary,
    irregular_demonyms,
    is_common,
    is_given_name,
    land_names,
    people_of,
    singular,
    stem,
    word_class,
)
from .lexicon import fold as _fold
from .model import Document, Span
from .numbers import NUMBER_WORDS
from .segment import CLOSING_MARKS, quoted_openings, split_paragraphs

fold = Memo(_fold).__getitem__
"""``lexicon.fold``, remembered: a document folds the same words again and again (every
capitalised word is folded several times, some 60,000 folds for 4,000 words in two long
reports), and the fold walks each character."""


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
    nickname: str = ""
    """A nickname written in quotes inside the name ('Charles "Lucky" Luciano': "Lucky"),
    which may stand for the first name elsewhere ("Lucky Luciano")."""


_CAP = (
    r"(?:[A-Z@#\d](?:(?<=[A-Z])(?<!\w[A-Z])(?:(?<!-[A-Z])|(?<=\b[ae]l-[A-Z]))"
    r"(?:[\w'’&.-]*[\w](?:(?<=\.[A-Z])\.(?=\s+[A-Z]))?|\.?(?=\s+[A-Z]))?"
    r"|(?<=[@#])[A-Za-z]\w+"
    r"|(?<=\d)(?<![\w.,-]\d)\ders\b))"  # a team by a year's two digits: "76ers"
)
"""A capitalised word; an initial or a dotted abbreviation keeps its full stop before the
next capitalised word, so "John F. Kennedy", "A.J. Smith" and "U.N. Security Council" are one
run each, as "UN Security Council" is (a country's abbreviation is part of the body's name,
not a mention of the country). The capital (or "@", "#") comes first, one class for both
branches, and the look-behinds after it: so the scan jumps from capital to capital (a
pattern opening with two branches is tried at every character)."""
_PARTICLE_NAME = patterns.compile(r"[ae]l-[A-Z]")
"""An Arabic name's article joined to it ("al-Bashir" of "Omar al-Bashir", "el-Mandab"): a
word of the name, though it opens in lower case."""
_NAME_RUN = patterns.compile(
    rf"{_CAP}(?:(?<=s)['’](?=\s+[A-Z]))?(?:(?:\s+|\s*-\s*)"
    rf"(?:(?:of|de|du|da|van|von|al|bin|la|le|del|for|and)\s+(?:the\s+)?|[ae]l-)?{_CAP}"
    rf"(?:(?<=s)['’](?=\s+[A-Z]))?)*"
)
_OPENERS = frozenset(
    """the a an in on at it its this that these those he she they we i but and however his her
    their our since when while after before according among only both as with for from some
    many several if so yet there here what who why how where one two three every each all no
    not just even also such last next most more other another then than now today yesterday
    tomorrow whilst although though despite during because meanwhile instead unlike until
    unless whether like once later earlier still yes oh dear please thank thanks without about
    within into upon through throughout against across behind beyond around amid along toward
    towards above below near inside outside between except regarding including go or nor
    neither either""".split()
)


def _sentence_adverb(low: str) -> bool:
    """An adverb in "-ly" that the dictionary knows as a word of no other form ("ironically",
    "naturally", "purportedly", "finally"; ``word_class`` "u"): opening a sentence before a
    name without a comma, it is no word of the name. Given names ("Kelly", "Emily") and words
    with other forms ("Daily", "Holy", "Early") are not."""
    return low.endswith("ly") and word_class(low) == "u" and not is_given_name(low)


_COUNTED_WORD = patterns.compile(r"\s+(?:\d[\d-]*\s+)?([a-z][a-z'’-]*)")
"""The lower-case word after a name, a number between skipped ("Six AK 47 rifles")."""


def _counted_people(text: str, tokens: Sequence[Span], i: int, end: int) -> int:
    """How many number words open a sentence's run at token ``i`` as a count of the people,
    land or acronym the run goes on to name ("Nine Israelis were killed", "Twenty Five
    Israeli soldiers", "Four Texas men", "Seven AK-47s"): a plural must end the run or
    follow it. 0 when the number is part of a name: a body or a title opening with a number
    ("Nine Entertainment says", "Four Seasons Hotels", "Nine Inch Nails", "Twenty One
    Pilots") names no people, land or acronym after it."""
    j = i
    while j < len(tokens) and fold(text[slice(*tokens[j])]) in NUMBER_WORDS:
        j += 1
    if j == len(tokens):
        return 0
    word = text[slice(*tokens[j])].split("-")[0]
    if not (word.isupper() or word in state_names() or _people_word(fold(word))):
        return 0
    after = _COUNTED_WORD.match(text, end)
    last = fold(text[slice(*tokens[-1])])
    return j - i if any(
        _plural(w) for w in (last, after.group(1) if after else "")) else 0


_PEOPLE_ENDINGS = ("an", "ans", "ese", "ish", "i", "is")
"""Endings of the words for a people that ``land_of`` does not know from a land of one word
("Palestinians", "Saudis", "British", "Kurdish"): a word so ended that is no everyday word
nor given name reads as a people after a count ("Madison" does not end so)."""


def _people_word(low: str) -> bool:
    """A land, or its people: "israel", "israelis", "german", "kurdish"."""
    return low in land_names() or people_of(low) is not None or (
        low.endswith(_PEOPLE_ENDINGS) and not is_common(low) and not is_given_name(low))


def _plural(word: str) -> bool:
    """A plural a number counts: "soldiers", "AK-47s", "people", "police", a people
    ("Israelis"); no verb of the few that end in "s" and are function words ("has", "was")."""
    return word in _COUNTED_NOUNS or word not in STOPWORDS and (
        singular(word) != word or word[-1:] == "s" and _people_word(word[:-1]))


_CALENDAR = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep
    sept oct nov dec mon tue tues wed thu thur thurs fri sat sun a.m p.m""".split()
)
"""Days that follow a place ("in Queens Friday"); months do not: "Theresa May"."""
_DAY_AFTER = patterns.compile(r"\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?\b(?![.,:]\d)")
"""A day of the month after a month's name: the month of "west of Manokwari Jan. 4",
"Reuters Sep 18, 2013" is a date's, no part of the name before it (as "Theresa May" is)."""
_ROLE_NOUNS = frozenset(
    """mp mps mep meps minister ministers mla msp cabinet candidate candidates leader leaders
    chief chiefs official officials spokesman spokeswoman member members""".split()
)
_TRAILING = _ROLE_NOUNS | frozenset(WEEKDAYS)
"""Words dropped from the end of a run: role nouns ("Conservative MPs"), a day after a place."""


_HEADLINE_WORD = patterns.compile(r"[A-Za-z][\w'’-]*")


_STATEMENT_ENDS = (".", "”", '"')
"""A line ending so is a sentence unless it is in capitals; a headline may end in "!" or "?"
("Doctor Who Revealed: Peter Capaldi Cast as the 12th Time Lord!"), so such a line is
judged by its capitals alone."""
_UPPER_WORD = patterns.compile(r"[A-Z](?:[^\Wa-z]|['’-])")
"""Where a word of two or more characters with no lower-case letter may start (it finds more
than those: a quick test that none is there)."""
_UPPER_AT = patterns.compile(r"[A-Z](?=[^\Wa-z]|['’-])")
"""``_UPPER_WORD``'s places, each found (overlapping): every word of two or more characters in
capitals starts at one, so they are as many as such words at least."""


def alone_on_its_line(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` is a line of its own, as a headline is: only
    white space between it and the line breaks (or the text's ends) around it. Only the 80
    characters on each side are read, so a text with no line break stays linear."""
    lo = max(0, start - _LINE_WINDOW)
    before = text.rfind("\n", lo, start)
    if text[before + 1 if before >= 0 else lo:start].strip() or before < 0 and lo > 0:
        return False
    hi = min(len(text), end + _LINE_WINDOW)
    after = text.find("\n", end, hi)
    return not text[end:hi if after < 0 else after].strip() and (after >= 0 or hi == len(text))


_LINE_WINDOW = 80


def is_headline_at(text: str, start: int, end: int) -> bool:
    """``_is_headline`` of the sentence ``text[start:end]``, told whether a line ending in
    "!" or "?" stands alone on its line."""
    sentence = text[start:end]
    return _is_headline(sentence, sentence.rstrip().endswith(("!", "?"))
                        and alone_on_its_line(text, start, end))


_HEADLINES: dict[tuple[str, tuple[Span, ...]], frozenset[int]] = {}
"""The headline sentences of the last documents read (``headlines``)."""


def headlines(doc: Document) -> frozenset[int]:
    """The indices of a document's sentences that are headlines (``is_headline_at``, or of
    a line read whole: ``_split_headlines``), kept for the last few documents: its names and
    then the entities ask of every sentence."""
    key = (doc.text, doc.sentences)
    found = _HEADLINES.get(key)
    if found is None:
        if len(_HEADLINES) >= 8:
            _HEADLINES.clear()
        text = doc.text
        alone = {i for i, (start, end) in enumerate(doc.sentences)
                 if is_headline_at(text, start, end)}
        lines = doc.paragraphs or tuple(split_paragraphs(text))
        found = _HEADLINES[key] = frozenset(
            alone | _split_headlines(text, doc.sentences, lines, alone))
    return found


def _split_headlines(text: str, sentences: Sequence[Span], lines: Sequence[Span],
                     found: Collection[int]) -> set[int]:
    """The sentences of a line that is a headline as a whole, which the splitter cut at an
    abbreviation or an ellipsis ("Convicted Child Molestor Arcade Joseph Comeaux Jr. | On
    The Lam in Texas", "2 Dead, 1 Wounded in Shooting at NE Phila. | Kraft Plant"): the
    first part ends like a statement, so alone it reads as one. A headline ends with no
    full stop and capitalises an everyday word; the line (``lines``: the document's
    paragraphs, stripped) is read whole when it is short, opens with no label ("Photo:") and
    every cut comes after a short capitalised word or an ellipsis (a list of names is cut
    after long ones: "Tom Hanks. Meryl Streep")."""
    by_line: dict[int, list[int]] = defaultdict(list)
    line, n_lines = -1, len(lines)
    for i, (start, end) in enumerate(sentences):
        while line + 1 < n_lines and lines[line + 1][0] <= start:
            line += 1  # the last line starting at or before the sentence (both in order)
        if line >= 0 and end <= lines[line][1]:  # the sentence stays on one line
            by_line[line].append(i)
    out: set[int] = set()
    for line, members in by_line.items():
        if len(members) < 2 or all(i in found for i in members) or not all(
                _CUT_END.search(text, *sentences[i]) for i in members[:-1]):
            continue
        lo, hi = lines[line]
        if hi - lo <= _HEADLINE_MOST and text[hi - 1] not in _STATEMENT_MARKS and (
                _LABEL_OPENS.match(text, lo) is None
                and _everyday_capital(_HEADLINE_WORD.findall(whole := text[lo:hi]), role_words())
                and _is_headline(whole)):
            out.update(members)
    return out


def _everyday_capital(words: Sequence[str], skip: Collection[str] = frozenset()) -> bool:
    """Whether a line's words capitalise an everyday word after the first (none of ``skip``),
    as a headline does ("Checks Out Of Rehab", "Peter Capaldi Cast as ...!"), and a list of
    names ("Tom Hanks. Meryl Streep") or a question of the body ("Where was Mitt Romney?")
    does not."""
    return any(w[0].isupper() and (low := fold(w)) not in STOPWORDS and low in common_words()
               and low not in skip for w in words[1:])


_CUT_END = patterns.compile(r"(?:\b[A-Z][A-Za-z]{0,4}\.|\.\.\.|…)\s*$")
"""Where the splitter cuts a headline: after an abbreviation ("Jr.", "Phila.", "Stn.") or an
ellipsis, not after a long word ("Cardinals.", "Washington.")."""
_HEADLINE_MOST = 200
"""The longest line read whole as a headline (``_split_headlines``)."""
_STATEMENT_MARKS = ".!?\"'”’:;,"
"""How a line read whole as a headline may not end (``_split_headlines``)."""


@lru_cache(maxsize=1 << 15)
def _is_headline(sentence: str, alone: bool = False) -> bool:
    """All-caps or Title Case lines, where capitals do not mark names; a line ending in "!"
    or "?" only when ``alone`` on its line (``alone_on_its_line``). Remembered whole: the
    names of a document and then the entities ask it of every sentence, and a line of many
    quotations asks its end's quoted words of each (a cache of the word count alone let a
    200 KB line of quoted titles take 8 s, not 0.8)."""
    stripped = sentence.rstrip()
    statement = stripped.endswith(_STATEMENT_ENDS) and not (
        stripped.endswith(('"', "”")) and _QUOTED_WORDS_END.search(sentence))
    if statement and not _UPPER_WORD.search(sentence):
        return False  # a sentence with no all-capitals word: most sentences
    ws = _HEADLINE_WORD.findall(sentence)
    if len(ws) < 3 or statement and len(_UPPER_AT.findall(sentence)) < 0.6 * len(ws):
        return False  # a statement with too few places an all-capitals word may start at
    upper = sum(w.isupper() and len(w) > 1 for w in ws)
    if upper >= 0.6 * len(ws):
        return True
    if statement:
        return False
    if sentence.rstrip().endswith(("!", "?")) and not (alone and _everyday_capital(ws)):
        return False  # a question or a cry of the body capitalises only its names ("Where
        # was Mitt Romney?"); a headline its everyday words too ("Peter Capaldi Cast as ...!")
    longs = [w for w in ws if len(w) > 3]
    # every long word capitalised but function words a title may leave in lower case
    # ("Colts Clinch Playoff Spot with 20-13 Win Over Chiefs")
    capital = all(w[0].isupper() for w in longs if fold(w) not in STOPWORDS)
    long_words = len(longs)
    small_cap = sum(w[0].isupper() for w in ws if 1 < len(w) <= 3 and fold(w) in STOPWORDS)
    if len(ws) > 12 and small_cap == 0 and (sentence.count(",") >= 2 or sum(
            fold(w) in STOPWORDS and fold(w) != "and" and w[0].islower() for w in ws) < 2
            or _LABEL_OPENS.match(sentence)):
        return False  # a list of names or a caption ("Cast: Meryl Streep, Tom Hanks, ...",
        # "Photo: Sheriff Lee Baca with ..."), no headline
    return long_words >= 3 and capital and (small_cap > 0 or len(ws) <= 20)


_QUOTED_WORDS_END = patterns.compile(r"\s(?<![,;]\s)[\"“][^\"“”]*\w[\"”]\s*$")
"""A line that ends with quoted words and no stop inside the quotation mark, as a headline
does ('Co-Worker Calls Alleged Shooter: "Very Spiritual"'); a sentence puts its stop inside
("... a loose cannon.\""), and a line of a list puts a comma before the quotation ('Taylor
Swift, "Shake It Off"')."""
_LABEL_OPENS = patterns.compile(r"\s*[A-Za-z]+:\s")
"""A line opened by a label ("Photo:", "Cast:"): a caption or a list, no headline."""
_FIRST_LETTER = patterns.compile(r"[A-Za-z@#]")
_COLON_QUOTE = patterns.compile(r":[ \t]*+(?:``|[“\"«])?[ \t]*+(?=[A-Z])")
"""A colon, then a capitalised word, in quotation marks or not: a quoted sentence's start, or
a clause's, which news style capitalises ("Millom double murder: Man charged", "2:16pm: Take
it with a grain of salt", "a prediction: By the time")."""
_INITIALS = patterns.compile(r"(?:[A-Z]\.)+")
_TITLE_WORDS = TITLES | {"prime"}
_ROLE_ALONE = frozenset("prime president chancellor pope king queen premier".split())
"""Roles a story names on their own, as one person: "the Prime Minister", "the King"."""
_RUN_END = patterns.compile(r"(?:['’]s?|\.)$")
_RUN_END_MARKS = "'’s."
"""The last characters of what ``_RUN_END`` takes from a run's end."""
_TOKEN = patterns.compile(r"\S+")
_SPACE = patterns.compile(r"\s")


def _opens_with_title(words: Sequence[str]) -> bool:
    """Folded words that open with a title, or with a country's dotted abbreviation and a
    title ("u.s. president"): the title is shown with the name."""
    if len(words) > 1 and len(words[0]) > 3 and _INITIALS.fullmatch(words[0].upper()):
        words = words[1:]
    return bool(words) and _office(words[0].rstrip(".")) in _TITLE_WORDS


def find_names(doc: Document) -> list[Name]:
    """Capitalised runs that name something, with titles split off and openers dropped; a
    title in quotation marks with small words in lower case is one name (``_quoted_titles``).

    Headlines are skipped here: ``match`` finds the names known from the body in them.
    """
    text = doc.text
    names: list[Name] = []
    opening: list[int] = []  # names that open their sentence, no title before them
    common = common_words()
    skipped = headlines(doc)
    for index, (s_start, s_end) in enumerate(doc.sentences):
        if index in skipped:
            continue
        sentence = text[s_start:s_end]
        first_word = _FIRST_LETTER.search(sentence)
        sentence_first = s_start + (first_word.start() if first_word else 0)
        # the sentences of a quotation kept whole open here too ("… coming back. But I went")
        firsts = {sentence_first, *quoted_openings(text, s_start, s_end)} if (
            '"' in sentence or "“" in sentence or "«" in sentence) else {sentence_first}
        if ":" in sentence:
            # a quotation after a colon opens a sentence of its own: 'a spokesman said:
            # "Luckily no-one was hurt"', 'the policy states: ``Discipline for a ...'; so
            # does a clause, but not a label's value ("Suspect: Banks, 34", "Venue: One
            # World Trade Center")
            label = _LABEL_OPENS.match(text, s_start, s_end)
            firsts |= {m.end() for m in _COLON_QUOTE.finditer(text, s_start, s_end)
                       if label is None or m.start() >= label.end()
                       or m.group().strip(": \t")}
        titles = _quoted_titles(text, s_start, s_end) if (
            '"' in sentence or "“" in sentence or "‘" in sentence or "`" in sentence
            or "'" in sentence and _QUOTE_MARK.search(sentence)) else []
        shown = 0  # the titles named so far, in order; each before the runs after its start
        label_end = 0  # the end of a party-and-state label: "(D-W. Va.)" is no name
        previous: tuple[int, int] | None = None  # the run read last
        for start, end in _runs(text, s_start, s_end):
            run_before, previous = previous, (start, end)
            if start < label_end:
                continue
            if text[start + 1:start + 2] == "-" and (
                    label_end := _party_of_a_state(text, start, s_end)
            ):
                continue
            if titles:
                while shown < len(titles) and titles[shown][0] <= start:
                    a, b = titles[shown]
                    names.append(Name(a, b, index, text[a:b], ""))
                    shown += 1
                if shown and start < titles[shown - 1][1]:
                    continue  # a word of a title ("Take Me Out to the Ball Game")
            if end - start <= 4 and fold(text[start:end]).rstrip(".") in _LONE_FORMS and (
                    _parted_form(text, start, end, run_before)):
                continue  # "EYP Mission Critical Facilities, Inc.": a form, no name
            # drop possessives and a final full stop that ends the sentence (a run ending
            # otherwise has none: most runs)
            if text[end - 1] in _RUN_END_MARKS and not _INITIALS.fullmatch(
                    text[start:end].rsplit(None, 1)[-1]):
                end = start + len(_RUN_END.sub("", text[start:end]))
            tokens = [(start, end)] if _SPACE.search(text, start, end) is None else [
                t.span() for t in _TOKEN.finditer(text, start, end)]  # one word: most runs
            run_start = title_start = start
            title_parts: list[str] = []
            # drop sentence openers and titles (an index, not pops: a run may be long)
            i = _time_words(text, tokens, s_start) if tokens and (
                tokens[0][1] - tokens[0][0] <= 4) and text[tokens[0][0]] in _TIME_INITIALS else 0
            while i < len(tokens):
                word = text[slice(*tokens[i])]
                low = fold(word).rstrip(".")
                at_first = _opens(text, tokens[i][0], s_start, firsts)
                left = len(tokens) - i
                if low in _OPENERS and (at_first or low in ("the", "a", "an")) and not (
                        len(tokens) == 1 and opener_acronym(word)) and not (  # "WHO officials
                        word[-1:] == "." and _INITIALS.fullmatch(word)):  # said"; "A." an initial
                    i += 1
                    continue
                if at_first and left > 1 and _sentence_adverb(low) and word_class(
                        fold(text[slice(*tokens[i + 1])])) not in ("p", "u"):
                    i += 1  # "Ironically Nichols had offered", "Naturally Scott Boras will";
                    continue  # one before the word it describes is the name's: the
                    # "Internationally Recognised Transit Corridor"
                if at_first and low in NUMBER_WORDS and (
                        counted := _counted_people(text, tokens, i, end)):
                    i += counted  # a count of people: "Nine Israelis were killed"
                    continue
                if left > 2 and len(word) > 3 and _INITIALS.fullmatch(word) and fold(
                    text[slice(*tokens[i + 1])]
                ).rstrip(".") in _TITLE_WORDS:
                    if not title_parts and i == 0:  # the country is named too
                        names.append(Name(*tokens[0], index, word, ""))
                        run_start = tokens[1][0]
                    title_start = title_start if title_parts else tokens[i][0]
                    title_parts.append(fold(word))  # the country of a role: "U.S. President"
                    i += 1
                    continue
                if low == "st" and not title_parts and left > 1:
                    break  # a place's "Saint": "St. Louis", "St. Vincent's hospital"
                if low in STREET_WORDS and not title_parts and left == 1 and (
                        _ORDINAL_NUMBER_BEFORE.search(text, max(s_start, tokens[i][0] - 8),
                                                      tokens[i][0])):
                    break  # a numbered street's "St.", "Dr.": "117th St.", no title (not
                    # "175 St. Nicholas Avenue", "In 2011 St. Louis won")
                if not title_parts and left > 1 and _body_after_title(text, tokens, i, left):
                    break  # "the Justice Department": a body named by its field, no judge
                if _is_title(low) or (low == "prime" and left > 1):
                    take = 2 if low == "prime" else 1
                    if left == take and not title_parts and low in _ROLE_ALONE and (
                        _THE_BEFORE.search(text, max(0, tokens[i][0] - 5), tokens[i][0])
                        is None
                    ):
                        break  # "When King hired O'Brien": the name King; "the King", a role
                    title_start = title_start if title_parts else tokens[i][0]
                    title_parts.extend(_title_part(text[slice(*t)]) for t in tokens[i:i + take])
                    i += take
                    if title_parts and left - take > 3 and fold(text[slice(*tokens[i])]) == "of":
                        # the role's complement: "Secretary of (the) State Hillary Clinton"
                        the = fold(text[slice(*tokens[i + 1])]) == "the"
                        complement = tokens[i:i + 2 + the]
                        title_parts.extend(fold(text[slice(*t)]) for t in complement)
                        i += len(complement)
                        # its second field: "Secretary of Health and Human Services"
                        more = _portfolio_and(text, complement[1 + the:], tokens[i:])
                        title_parts.extend(fold(text[slice(*t)]) for t in tokens[i:i + more])
                        i += more
                        if more and i == len(tokens) and fold(
                                text[slice(*tokens[-1])]) in _ORG_ENDS:
                            # the fields name a body, no holder after them: "the Chairman
                            # of the Energy and Natural Resources Committee"
                            a, b = complement[1 + the][0], tokens[-1][1]
                            names.append(Name(a, b, index, text[a:b], ""))
                            title_parts = []
                    continue
                if at_first and left == 1 and low in common and _NUMBER_AFTER.match(
                    text, tokens[i][1], s_end
                ) is None and not opener_acronym(word):  # "Game 7 is Thursday" keeps its name
                    i += 1
                    continue
                if word[:1].islower() and not _PARTICLE_NAME.match(word):
                    i += 1  # a connector left behind
                    continue
                if at_first and left > 2 and (low in common or low.endswith("ing")) and (
                    low not in ORG_WORDS
                ) and (
                    fold(text[slice(*tokens[i + 1])]) == "for"
                ):
                    i += 2  # a headline word fused to a name: "Verdict for Smith"
                    continue
                break
            tokens = tokens[i:]
            if len(tokens) > 1:
                tokens = _around_the_pronoun(
                    text, tokens, _opens(text, tokens[0][0], s_start, firsts), common)
            # trailing lower-case connectors and role nouns ("Conservative MPs")
            while tokens and (text[slice(*tokens[-1])][:1].islower() and not _PARTICLE_NAME.match(
                    text, tokens[-1][0]) or len(tokens) > 1 and (
                (last_word := fold(text[slice(*tokens[-1])]).rstrip(".,")) in _TRAILING
                or last_word in _CALENDAR and _DAY_AFTER.match(text, tokens[-1][1])
            )):
                tokens.pop()  # and a day after a place: "in Queens Friday", "Manokwari Jan. 4"
            if not tokens:
                if title_parts and title_parts[0] in _ROLE_ALONE:
                    # a role on its own: "the Prime Minister" (not "The" opening a sentence)
                    names.append(Name(title_start, end, index, text[title_start:end],
                                      " ".join(title_parts), False))
                continue
            # a place's "Saint" is no role ("St. Louis Cardinals"); a run of fewer than three
            # words is no role and name (``_role_split``): most runs, told by their length
            role_at = 0 if len(tokens) < 3 or fold(
                text[slice(*tokens[0])]).rstrip(".") == "st" else _role_split(text, tokens)
            if role_at:
                # the person is the entity; the role, with the place or body it serves
                # ("Queens District Attorney"), is its title, shown with it
                title_parts += [_title_part(text[slice(*t)]) for t in tokens[:role_at]]
                if not title_parts[:-role_at]:
                    run_start = tokens[0][0]
                    body = _body_of_the_role(text, tokens[:role_at], common)
                    if body:  # the place or body is named too: "Queens", "SeaMicro"
                        a, b = tokens[0][0], tokens[body - 1][1]
                        names.append(Name(a, b, index, text[a:b], ""))
                        run_start = tokens[body][0]
                tokens = tokens[role_at:]
                names.append(Name(run_start, tokens[-1][1], index,
                                  text[tokens[0][0]:tokens[-1][1]], " ".join(title_parts)))
                continue
            n_start, n_end = tokens[0][0], tokens[-1][1]
            numbered = _numbered(text, s_start, s_end, n_start, n_end, common, len(tokens) == 1)
            if numbered is not None:
                n_start, n_end = numbered
                if names and names[-1].sentence == index and fold(
                    names[-1].text
                ) in DIRECTIONS and _GAP_ONLY.fullmatch(text, names[-1].end, n_start):
                    n_start = names.pop().start  # "East 223rd Street"
                    if opening and opening[-1] == len(names):
                        opening.pop()
                elif point := _POINT_BEFORE.search(text, max(s_start, n_start - 4), n_start):
                    n_start = point.start()  # "E. 52nd St."
                if title_parts:
                    run_start = min(run_start, n_start)
            name = text[n_start:n_end]
            low_name = fold(name)
            if low_name in _PRONOUN_I or len(name) < 2 or (
                    ("'" in low_name or "’" in low_name) and contracted(low_name)):
                continue
            if (low_name in _OPENERS or n_start in firsts and low_name in common) and not (
                    opener_acronym(name)):
                continue  # "the WHO", "WHO officials" may be an acronym (``opener_acronym``)
            if _calendar_words(name):
                continue
            if " " not in name and _STAMP.match(text, n_end) and _stamp_label(low_name) and (
                    not _THE_BEFORE.search(text, max(0, n_start - 5), n_start)):
                continue  # "Updated 9:01 AM EDT", "Last Updated: Jul 07, 2012"; not "The
                # Limited: ..."
            if low_name in _ROLE_NOUNS:
                continue  # "MPs", "Ministers": roles, counted by numbers, not names
            if names and names[-1].sentence == index and low_name.rstrip(
                    ".") in ("jr", "sr") and text[names[-1].end:n_start] == ", " and (
                    " " in names[-1].text and not _CAPITAL_NEXT.match(text, n_end)):
                # "Arcade Joseph Comeaux, Jr.", "Tony White, Jr.": the suffix is the name's
                # (not "with CNA, Sr. Keehan": a title before a name; a numeral after a
                # comma is too often no suffix: "Anthony Fauci, IV drug users")
                names[-1] = replace(names[-1], end=n_end, text=f"{names[-1].text} {name}")
                continue
            if names and names[-1].sentence == index and _is_place_qualifier(
                text, names[-1].end, n_start, name
            ):
                # "Sunnyvale, Calif.": the city's state is part of its mention, no entity
                end = n_end + (text[n_end:n_end + 1] == ".")
                names[-1] = _home_of_a_company(text, Name(
                    names[-1].start, end, index, names[-1].text, names[-1].title))
                continue
            titled = bool(title_parts) and text[run_start:run_start + 1].isupper() and (
                _opens_with_title(fold(text[run_start:n_start]).split()))
            shown_start = run_start if titled else n_start
            if not title_parts and fold(name.rsplit(None, 1)[-1]) in _BODY_WORDS:
                n_end, name = _described_body(text, n_end, s_end, name)
            if n_start in firsts and not title_parts:
                opening.append(len(names))
            names.append(Name(shown_start, n_end, index, name, " ".join(title_parts)))
        names.extend(Name(a, b, index, text[a:b], "") for a, b in titles[shown:])
    names = _surnames_after_roles(names)
    names = [_body_of_role(name) for name in names]
    names = _roles_joined_by_and(text, names)
    names, opening = _no_sentence_words(text, names, opening)
    questions = {names[k].sentence for k in opening
                 if fold(names[k].text.split(None, 1)[0]) in _QUESTION_VERBS
                 and _asks(text, names[k].end, doc.sentences[names[k].sentence][1])}
    return _numbers_inside(text, _join_nicknames(text, _unfused(names, opening, questions)))


_INNER_NUMBER = patterns.compile(r"[ \t]+\d{1,3}[ \t]+")


def _numbers_inside(text: str, names: list[Name]) -> list[Name]:
    """A number that is part of a name: between two capitalised runs of it ("Intel Core 2
    Duo"), or an ordinal just before it when it ends in a singular ("the 67th Precinct",
    "20th Century Fox"): it tells this one from others ("the 75th Precinct") and counts
    nothing; "the 86th Oscars", "the 79th Academy Awards" are an edition of the Oscars,
    which a report also names alone. Not a person's name, nor after a calendar word ("June
    5 Obama said"), nor where a title or role stands, nor a score, a poll or a place
    (``_product_number``), nor an ordinal after a possessor ("his 3rd Oscar")."""
    out: list[Name] = []
    for n in names:
        inner = out and out[-1].sentence == n.sentence and _INNER_NUMBER.fullmatch(
            text, out[-1].end, n.start)
        ordinal = None if inner else _ORDINAL_NUMBER_BEFORE.search(text, max(0, n.start - 8),
                                                                   n.start)
        if not (inner or ordinal):
            out.append(n)  # most names: no number beside them
            continue
        first = fold(n.text.split(None, 1)[0])
        if inner and _product_number(text, out[-1], n) and not (
                out[-1].title or n.title) and not (
                _calendar_words(out[-1].text.rsplit(None, 1)[-1]) or _calendar_words(
                    n.text.split(None, 1)[0])) and not is_given_name(
                fold(out[-1].text.split(None, 1)[0])) and not is_given_name(first):
            prev = out.pop()
            n = Name(prev.start, n.end, n.sentence, text[prev.start:n.end], "")
        elif ordinal and not n.title and not is_given_name(first) and not _calendar_words(
                n.text.split(None, 1)[0]) and _singular_end(n.text) and not (
                _POSSESSOR_BEFORE.search(text, max(0, ordinal.start() - 8), ordinal.start())):
            n = Name(ordinal.start(), n.end, n.sentence, text[ordinal.start():n.end], "")
        out.append(n)
    return out


_POSSESSOR_BEFORE = patterns.compile(r"\b(?:his|her|its|their|our|my|your)[ \t]+$", re.IGNORECASE)
"""Before an ordinal, whose count it is: "his 3rd Oscar" counts Oscars, names none."""
_NUMBER_AFTER_NAME = patterns.compile(r"[ \t]+\d")


def _product_number(text: str, left: Name, right: Name) -> bool:
    """Whether a number between two names is one name's ("Intel Core 2 Duo"): neither side
    plural or a place, the right no acronym, the left no name already holding a number (no
    chains), and no number after the right (a score or a poll: "Saints 31 Falcons 24",
    "Obama 48 Romney 45")."""
    words = (left.text.rsplit(None, 1)[-1], right.text.split(None, 1)[0])
    return not (any(fold(w) != singular(fold(w)) or fold(w) in land_names()
                    or w in state_names() for w in words)
                or right.text.split(None, 1)[0].isupper() or any(c.isdigit() for c in left.text)
                or _NUMBER_AFTER_NAME.match(text, right.end))


def _singular_end(name: str) -> bool:
    """Whether a name ends in a singular word ("Precinct", "Fox"; not "Oscars", "Awards")."""
    last = fold(name.rsplit(None, 1)[-1])
    return singular(last) == last


_STAMP = patterns.compile(r"[ \t]*:[ \t]+[\dA-Z]|[ \t]+(?:\d{1,2}:\d\d|\d{4}\b|(?:" + "|".join(
    sorted(w.capitalize() for w in _CALENDAR if "." not in w)) + r")\.?,?[ \t]+\d)")
"""What follows the label of a page's time stamp: a colon, then a digit or a capital
("Posted: Jul 07, 2012"), or a clock time, an HHMM time or a date ("Updated 9:01 AM",
"UPDATED 0947 GMT", "Updated May 5"); a bare number is no time ("Wanted 2"), nor a weekday
alone ("The Limited Tuesday said")."""


def _stamp_label(low: str) -> bool:
    """Whether a folded word before a date labels it: an everyday past participle of an
    everyday verb ("updated", "posted"), which names nothing."""
    common = common_words()
    return low.endswith("ed") and low in common and (low[:-1] in common or low[:-2] in common)


@lru_cache(maxsize=1 << 14)
def _calendar_words(name: str) -> bool:
    """Whether every word of a name is a day's or a month's ("Friday", "Jan."); remembered,
    as a document repeats its names."""
    return all(fold(w).rstrip(".,") in _CALENDAR for w in name.split())


_CAPITAL_NEXT = patterns.compile(r"\.?[ \t]+[A-Z]")
"""A capitalised word next: after "Sr." a name ("Sr. Keehan"), so "Sr." is its title."""
_ROLE_OF = patterns.compile(r"(?P<role>[A-Z]{2,4})\s+of\s+(?:the\s+|The\s+)?(?=[A-Z])")
"""A role written as an acronym, then "of" and the body it serves: "CEO of Valley Dairy",
"CFO of AMD", "VP of RIM"."""


_AND_ROLES = patterns.compile(r"[ \t]+and[ \t]+((?:[\w-]+[ \t]+){0,3})")
"""Between a role closing a run and the person it is the role of: "and", then the second
role's words in lower case ("Valley Dairy CEO and investor Karen Bieniek"), if any."""


def _roles_joined_by_and(text: str, names: list[Name]) -> list[Name]:
    """A role closing a body's name before "and" and a second role of a person is that
    person's, not the body's: "Valley Dairy CEO and investor Karen Bieniek", "SeaMicro CEO and
    co-founder Andrew Feldman", "Philadelphia 76ers President and General Manager Billy
    King", "Sixers Senior Vice President and Assistant General Manager Tony DiLeo". The body
    is named alone (no "SeaMicro CEO" beside "SeaMicro"), the roles are the person's title.
    Not a run of roles alone ("The Prime Minister and Foreign Secretary William Hague": two
    people), nor a run already titled, nor a person with no role of their own after "and"
    ("the Apple CEO and Bill Gates"). No name is dropped, so the indices of the openers
    (``find_names``' ``opening``) stay right."""
    roles = role_words()
    out: list[Name] = []
    for k, name in enumerate(names):
        person = names[k + 1] if k + 1 < len(names) else None
        gap = _AND_ROLES.fullmatch(text, name.end, person.start) if (
            person is not None and person.sentence == name.sentence and not name.title
            and " " in person.text and " " in name.text) else None  # most names: no "and"
        if gap is None or not all(fold(w) in roles for w in gap.group(1).split()) or not (
                person.title or gap.group(1)):
            out.append(name)
            continue
        spans = [m.span() for m in _TOKEN.finditer(name.text)]
        cut = len(spans)
        while cut > 0 and _office(fold(name.text[slice(*spans[cut - 1])]).rstrip(".")) in roles:
            cut -= 1
        if not 0 < cut < len(spans):
            out.append(name)
            continue
        base = name.end - len(name.text)  # the name's text ends at its end
        second = " ".join(p for p in (fold(gap.group(1)).strip(), person.title) if p)
        names[k + 1] = replace(person, start=base + spans[cut][0], title=" ".join(
            fold(name.text).split()) + f" and {second}")  # with the body, as a role's
        # title is ("Qualys CTO Wolfgang Kandek": "qualys cto")
        out.append(replace(name, end=base + spans[cut - 1][1],
                           text=name.text[:spans[cut - 1][1]]))  # the body, named alone
    return out


def _body_of_role(name: Name) -> Name:
    """A name that is an acronym's role "of" a body is the body: "CEO of The Wildlife
    Society" names the society (the person, when named, is beside it: "Michael Hutchins,
    executive director and CEO of The Wildlife Society"). A role spelt out stays an office
    ("Secretary of State", "Surgeon General of the United States")."""
    m = _ROLE_OF.match(name.text)
    if m is None or fold(m.group("role")) not in role_words():
        return name
    cut = m.end()
    return Name(name.start + cut, name.end, name.sentence, name.text[cut:], name.title,
                name.headline, name.nickname)


_TIME_BEFORE = patterns.compile(r"\d(?:[ \t]*(?:[AaPp]\.?[Mm]\.?|hrs))?[ \t]*\(?$")
"""A clock time or a number just before: "4:35 PM ET", "10 a.m. EST", "1200 GMT", "1:28PM
GMT", "11 am (IST)", "18:07 (GMT+05: 00)"."""
_HOUR_BEFORE = patterns.compile(
    r"(?<![\d,.])(?:(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?|(?:0?[1-9]|1[0-2])[0-5]\d)[ \t]*\(?$")
"""An hour of the clock just before a meridiem: "4:35 PM", "11 am (", "1:28PM"."""
_MERIDIEM = patterns.compile(r"[AP]\.?M\.?")
_TIME_WORD = patterns.compile(rf"[AP]\.?M\.?|{TIME_ZONE}")
"""A meridiem or a time zone's abbreviation, as a time writes them after its digits."""


_TIME_INITIALS = frozenset("APGUBCEIMH")
"""The letters ``_TIME_WORD`` opens with: a run opening with another skips the check."""


def _time_words(text: str, tokens: Sequence[Span], s_start: int) -> int:
    """How many of a run's first words belong to the time written just before it ("4:35 PM
    ET", "10:30 AM EDT", "1200 GMT"): a time's designators name nothing. Away from digits the
    same letters may be names ("the PM said", "ET reported")."""
    if not tokens or tokens[0][1] - tokens[0][0] > 4 or not _TIME_WORD.fullmatch(
        text, *tokens[0]
    ):
        return 0  # the word first: a run seldom opens with one
    before = _HOUR_BEFORE if _MERIDIEM.fullmatch(text, *tokens[0]) else _TIME_BEFORE
    if not before.search(text, max(s_start, tokens[0][0] - 12), tokens[0][0]):
        return 0  # "In 2010 PM David Cameron": a year, no hour, before the Prime Minister
    i = 0
    while i < len(tokens) and _TIME_WORD.fullmatch(text, *tokens[i]):
        i += 1
    return i


_NUMBER_BEFORE = patterns.compile(r"(?<![\w.,:/-])\d{1,5}(?:st|nd|rd|th)?[ \t]+$")
"""A house or street number just before a name: "117th Street", "12000 East 223rd"."""
_ORDINAL_NUMBER_BEFORE = patterns.compile(r"(?<![\w.,:/$£€-])\d{1,5}(?:st|nd|rd|th)[ \t]+$")
"""An ordinal in digits just before a name: a street's before its abbreviated word ("117th
St."; after a cardinal the "St." is a saint's, "175 St. Nicholas Avenue", "No. 5 St.
Louis"), or one a name holds ("the 67th Precinct", ``_numbers_inside``)."""
_STREET_ABBREVIATIONS = frozenset("st ave av rd blvd ln dr hwy".split())
_POINT_BEFORE = patterns.compile(r"(?<![\w.])[NSEW]\.[ \t]+$")
"""A compass point's initial before a numbered street: "E. 52nd St.", "W. 42nd Street"."""
_NUMBER_AFTER = patterns.compile(
    r"[ \t]+\d{1,4}[A-Z]?\b(?![.:/,-]\d)(?![ \t]*(?:%|per[ \t]?cent|percent))"
    r"(?!,[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)*[ \t]+\d)")
"""A number just after a name that it tells apart: "Route 52", "Week 16", "Flight 93"; not a
score ("Heat 98, Spurs 95")."""
NUMBERED_HEADS = frozenset(
    """route interstate highway flight chapter section article proposition channel apollo
    game week round stage phase level district precinct ward gate terminal runway platform
    exit""".split())
"""Words a number after them names, though no everyday word of the list: "Interstate 95"."""
_GAP_ONLY = patterns.compile(r"[ \t]+")
_YEAR_LIKE = patterns.compile(r"1[89]\d\d|20\d\d")
STREET_WORDS = frozenset(
    """street st avenue ave av road rd boulevard blvd lane ln drive dr highway hwy parkway
    terrace expressway""".split())
"""Words a numbered street ends in."""


def _numbered(
    text: str, s_start: int, s_end: int, start: int, end: int, common: frozenset[str],
    one_word: bool | None = None,
) -> tuple[int, int] | None:
    """A name whose number is part of it, or None: a numbered street ("117th Street", "East
    223rd Street"), or one everyday word a number tells apart ("state Route 52", "Week 16",
    "Interstate 805"): "Week 11" and "Week 16" are two things, no shared "Week". A plural
    ("Saints 31") or a calendar word ("June 20") takes no number. A longer name takes one
    when it ends in a word of ``NUMBERED_HEADS`` ("State Route 94", "WCCO-TV Channel 4"),
    not in any everyday word ("Internet Explorer 8" is a version of Internet Explorer), and
    when the number counts nothing after it (``_counted``). ``one_word``: whether the name
    is one word, when the caller knows."""
    if not (_one_word(text, start, end) if one_word is None else one_word):
        words = text[start:end].split()
        if fold(words[-1]) not in NUMBERED_HEADS:
            return None  # most names are longer, and are left at once
        if len(words) == 2 and is_given_name(fold(words[0])) and not (
                words[0] in state_names() or fold(words[0]) in land_names()):
            return None  # a person whose surname is such a word: "Tom Ward 834 to Jane
            # Smith 700"; not "Virginia Route 7", "Georgia State Route 400"
        found = _number_after(text, s_end, start, end)
        if found is None or text.startswith("-", found[1]) or _counted(
                _NEXT_WORD.match(text, found[1], s_end).group(1)):
            return None  # a count after the name: "English Channel 3 times", "Pacific
            # Coast Highway 30 miles north", "The Weather Channel 10-day forecast"
        return found
    low = fold(text[start:end])
    if low.rstrip(".") in STREET_WORDS:
        before = (_ORDINAL_NUMBER_BEFORE if low.rstrip(".") in _STREET_ABBREVIATIONS
                  else _NUMBER_BEFORE).search(text, max(s_start, start - 8), start)
        if before is not None:
            return before.start(), end  # the number is the street's name, no house number
    if low not in common and low not in NUMBERED_HEADS or low.endswith(
            ("s", *SENTENCE_WORD_ENDINGS)) or low in _CALENDAR:
        return None  # "Updated 0947": a word of the sentence
    return _number_after(text, s_end, start, end)


_NEXT_WORD = patterns.compile(r"[ \t]*([a-z]*)")
"""The word in lower case just after a number, if any."""


def _counted(word: str) -> bool:
    """Whether a word after a number is what it counts: a plural of an everyday word or of a
    unit ("3 times", "30 miles", "834 votes", "2 days"), not a verb or a preposition of the
    sentence ("State Route 52 near Santee", "Flight 77 crashed"). A verb in "-s" reads as a
    count ("Highway 101 runs"): the name then keeps no number, as before."""
    if len(word) < 3 or not word.endswith("s") or word in STOPWORDS:
        return False
    one = singular(word)
    return one != word and (one in common_words() or one in UNITS)


def _number_after(text: str, s_end: int, start: int, end: int) -> tuple[int, int] | None:
    """The name ``start``-``end`` with the number after it, or None when none follows."""
    after = _NUMBER_AFTER.match(text, end, s_end)
    if after is None or _YEAR_LIKE.fullmatch(after.group().strip()):
        return None  # "Fall 2009": a season of a year, a date
    return start, after.end()


_CONTRACTION = patterns.compile(
    r"(?:i|you|he|she|it|we|they|there|that|who|what)['’](?:ll|d|re|ve|s)", re.IGNORECASE)
_ADVERB = patterns.compile(r"[A-Z][a-z]{2,}(?:al|ful|ous|ive|ing|ed|ent|ant|ate|ab|ib|ar)ly")
_PARTICIPLE = patterns.compile(r"[A-Z][a-z]{3,}(?:ing|ed)")
_ABSTRACT_WORD = patterns.compile(r"[A-Z][a-z]{3,}(?:tion|sion|ment|ness|ity|ism)")
"""An abstract noun by its ending ("Registration", "Hostility", "Priority"): opening a
sentence, and never written capitalised inside one, a word of the sentence."""
_APPOSITIVE = patterns.compile(r",[ \t]+(?:who|whose|which|a|an|the|\d)\b[^,.;\n]{0,60},")
"""What a name is, between commas ("Harding, who finished third, was", "Downing, a former
Navy officer, was", "Hastings, 36, was"): a name opening the sentence, no participle
("Granted, the film would have ...")."""
_FUNCTION_AFTER = patterns.compile(
    r"[ \t]+(?:in|on|at|by|with|to|from|for|of|into|over|under|before|after|as|up|out|off"
    r"|down|about|the|a|an|this|that|these|those|his|her|its|their|our|my|your)\b")


def _no_sentence_words(
    text: str, names: list[Name], opening: list[int]
) -> tuple[list[Name], list[int]]:
    """Less the one-word "names" that only open sentences and are words of the sentence: "He'll",
    "Sixteen", "Additionally", "Luckily", "Headquartered in", "Applying this", "Granted, ..." (a
    participle of a common word's stem before a function word or a comma: not "Beijing on
    Tuesday"), or a word the document also writes in lower case ("Protesters" and "protesters",
    "Hackers" and "hacker"). A word goes only when every sentence it opens reads it so. A word
    written capitalised inside a sentence, a part of a longer name, a given name, an
    organisation's word ("Navy", "Parliament") or a word with a capital, digit or hyphen inside
    ("T-Mobile") stays a name. (``opening``: the indices of the names that open their sentence;
    returned renumbered.)"""
    if not opening:
        return names, opening
    opens = set(opening)
    inside: set[str] = set()
    for k, name in enumerate(names):
        words = name.text.split()
        if len(words) > 1:
            inside.update((words[0], words[-1]))
        elif k not in opens:
            inside.add(name.text)
    verdicts: dict[str, list[tuple[int, bool]]] = defaultdict(list)
    asked: list[tuple[int, str, str]] = []  # whether written in lower case: asked at once
    for k in opening:
        name = names[k]
        word = name.text
        contraction = _CONTRACTION.fullmatch(word) is not None
        if name.title or " " in word or word in inside or not (word.isalpha() or contraction):
            continue
        low = fold(word)
        if word[1:] != word[1:].lower() or low in ORG_WORDS or is_given_name(low):
            continue
        if contraction or low in NUMBER_WORDS or _ADVERB.fullmatch(word) or (
            low.endswith("ily") and low[:-3] + "y" in common_words()  # "Luckily", not "Sicily"
        ) or (
            _ABSTRACT_WORD.fullmatch(word)
        ) or (
            _PARTICIPLE.fullmatch(word) and common_stem(stem(low))
            and (_FUNCTION_AFTER.match(text, name.end) or text.startswith(",", name.end)
                 and not _APPOSITIVE.match(text, name.end))
        ):  # "Applying this", "Granted, the film ...", "Thrilling, moving, beyond exciting"
            verdicts[word].append((k, True))
            continue
        asked.append((k, word, low))
    if asked:
        lower = _written_lower(text, {f for _, _, low in asked for f in (low, singular(low))})
        for k, word, low in asked:
            verdicts[word].append((k, low in lower or singular(low) in lower))
    # a word goes only when every sentence it opens reads it as a word of the sentence:
    # "Beijing on Tuesday denied" is no participle, and "Beijing said" keeps it a name
    dropped = {k for found in verdicts.values() if all(v for _, v in found) for k, _ in found}
    if not dropped:
        return names, opening
    renumber = {}
    kept: list[Name] = []
    for k, name in enumerate(names):
        if k not in dropped:
            renumber[k] = len(kept)
            kept.append(name)
    return kept, [renumber[k] for k in opening if k not in dropped]


_LOWER_WORD = patterns.compile(r"[a-z](?<![\w'’-][a-z])[a-z]*+(?![\w'’-])")
_ASCII_WORD = patterns.compile(r"[a-z]+")
_SCAN_BUDGET = 20_000_000
"""Characters searched word by word before one pass over the whole text is cheaper."""


def _written_lower(text: str, forms: set[str]) -> set[str]:
    """Which of ``forms`` the text writes as a word in lower case (``_LOWER_WORD``). A few
    words are looked for one by one; many, in one pass over the text (the cost stays linear;
    the budget counts characters searched, though a form found often inside other words,
    "mob" in "automobile", costs a step per find)."""
    forms = {f for f in forms if _ASCII_WORD.fullmatch(f)}
    if text in _LOWER_WORDS or len(forms) * len(text) > _SCAN_BUDGET or (
            len(text) > _LONG_TEXT and len(forms) > 1):
        return forms & _lower_words(text)
    found = set()
    for form in forms:
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            if not (at and _in_word(text[at - 1]) or end < len(text) and _in_word(text[end])):
                found.add(form)
                break
            at = text.find(form, at + 1)
    return found


_LONG_TEXT = 50_000
"""A text this long is read whole once for its lower-case words, which are kept: it is
asked again for other words (the names of a story read across its reports)."""
_LOWER_WORDS: dict[str, frozenset[str]] = {}
"""The lower-case words of the last texts read whole (``_lower_words``): a story's reports
are asked again, by ``entities``, for other words."""


def _lower_words(text: str) -> frozenset[str]:
    found = _LOWER_WORDS.get(text)
    if found is None:
        if len(_LOWER_WORDS) >= 8:
            _LOWER_WORDS.clear()
        found = _LOWER_WORDS[text] = _lower_words_of(text)
    return found


_ASCII_GAPS = bytes(b if b >= 128 or chr(b).isalnum() or chr(b) in "_'-" else 32
                    for b in range(256))
"""Bytes to a space for each ASCII character no word holds (a word holds letters, digits,
"_", "'" and "-"); the bytes of other characters kept."""


def _lower_words_of(text: str) -> frozenset[str]:
    """``_LOWER_WORD``'s words of a text, read from its UTF-8 split at the ASCII characters
    no word holds (one pass in C each, then each distinct piece once, where the pattern
    made a match a word). A piece of ASCII is a whole word; a piece holding other
    characters, whose gaps only the pattern knows ("“quoted", "word—word"), is read by it."""
    pieces = set(text.encode("utf-8", "surrogatepass").translate(_ASCII_GAPS).split())
    found = {p.decode() for p in pieces if p.isalpha() and p.islower()}  # [a-z]+
    found.update(*[_LOWER_WORD.findall(p.decode("utf-8", "surrogatepass"))
                   for p in pieces if not p.isascii()])
    return frozenset(found)


def _in_word(char: str) -> bool:
    return char.isalnum() or char in "_'’-"


_QUOTE_MARK = patterns.compile(r"``|[“\"‘]|(?<!\w)'")
"""A mark that may open a quotation (an apostrophe inside a word does not)."""
_QUOTED = patterns.compile(
    r"[`“\"‘'](?:(?<=`)`|(?<=[“\"‘])|(?<=')(?<!\w'))"
    r"([A-Z][^\"“”‘’`\n]{3,120}?)(?:''|[”\"’]|'(?!\w))"
)
"""A quotation: opened by "``", a quotation mark or an apostrophe after no word character
(the mark first, one class, so the scan jumps from mark to mark), a capital, and closed."""
_TITLE_WORD = patterns.compile(r"[\w'’&-]+")
TITLE_SMALL = frozenset(
    "the a an of and in on for to at with or from by as & de its his her their our my your"
    .split())
"""Words a title leaves in lower case ("Take Me Out to the Ball Game", "Intel Sharpens its
Offensive Game")."""


def title_shape(quoted: str, most: int = 10) -> bool:
    """Whether words in quotation marks are written as a title: two to ``most`` words, each
    capitalised (or a number) but the small ones, two capitals at least, no "!" or "?" at
    the end. Outside a headline such marks hold a title or a name, not words said."""
    found = _TITLE_WORD.findall(quoted)
    if not 2 <= len(found) <= most or quoted.endswith(("!", "?")):
        return False
    capitals = sum(w[0].isupper() or w[0].isdigit() for w in found)
    return capitals >= 2 and all(
        w[0].isupper() or w[0].isdigit() or w.lower() in TITLE_SMALL for w in found)


_JOINING = frozenset(("and", "or", "&"))


def _quoted_titles(text: str, start: int, end: int) -> list[Span]:
    """The titles in quotation marks of a sentence that leave a small word in lower case
    ("Take Me Out to the Ball Game", "Changing the Face of Medicine"): each one name, the
    work's, not the capitalised runs between its small words ("Take Me Out", "Ball Game").
    Titles of capitalised words only are runs already ("The Hunger Games"); names joined by
    "and" alone stay names ("``Woodward and Bernstein''")."""
    out = []
    for m in _QUOTED.finditer(text, start, end):
        body = m.group(1).rstrip(" ,.;:")
        if title_shape(body) and any(w in TITLE_SMALL and w not in _JOINING
                                     for w in _TITLE_WORD.findall(body)):
            out.append((m.start(1), m.start(1) + len(body)))
    return out


_FIRST_GAP = patterns.compile(r"(\S+)\s+(of\s+(?:the\s+)?)?")
_ACRONYM_OPENS = patterns.compile(
    r"(?!M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})(?<=[MDCLXVI])\b)"
    r"([A-Z][A-Z&]+)s?\b"
)
"""A name that opens with an acronym ("RIM", "FBI", "ISPs"; group 1 without its plural), not
a Roman numeral ("Shadow II", "Super Bowl XLVII"; "ICC" is no numeral)."""
_PRONOUN_I = frozenset(("i", "i'm", "i'd", "i've", "i'll"))


def opener_acronym(word: str) -> bool:
    """Whether a word is an opener or function word in capitals, three letters or more
    ("WHO", "NOW", "ONE"): inside a sentence it is an acronym when a name of the story spells
    it ("the WHO said" beside "the World Health Organization"), else a word stressed ("did
    NOT", "starts shipping TODAY"); ``entities`` keeps only the first."""
    return len(word) >= 3 and word.isupper() and word.isalpha() and fold(word) in _OPENERS


def _opens(text: str, at: int, s_start: int, firsts: Collection[int]) -> bool:
    """Whether the word at ``at`` opens a sentence (``firsts``: the sentence's openings,
    those inside a quotation kept whole too) or follows an opening quote or bracket."""
    return at in firsts or text[max(s_start, at - 1):at] in _QUOTE_OPENERS


def _around_the_pronoun(
    text: str, tokens: list[tuple[int, int]], opens: bool, common: Collection[str]
) -> list[tuple[int, int]]:
    """The words of a run that may name something, less the pronoun "I", which no name
    holds: "Reggie I'm" is Reggie, "I'm Barack Obama" is Barack Obama; "Swear I've" and
    "Honestly I've", opening their sentences, are none (a given name would stay: "Mary I'm
    told"). A bare "I" may be a numeral ("Elizabeth I", "World War I", "Phase I trials"), so
    it is the pronoun only after a small word ("Might I suggest", "Can I", "Before I
    introduce"; "the US I grew up in" keeps the US), or after an everyday word opening the
    sentence (``opens``) when a verb of the pronoun follows ("Maybe I can", "Sometimes I
    think")."""
    if _PRONOUN_I_WORD.search(text, tokens[0][0], tokens[-1][1]) is None:
        return tokens  # most runs: no "I" in them
    for k, (start, end) in enumerate(tokens):
        low = fold(text[start:end])
        if low in _PRONOUN_I and low != "i":
            if k == 0:  # "I'm Barack Obama", "I'm Spartacus"; "I'm Sorry Dave" is Dave;
                # "I'm OK", "I'm Sorry" hold none
                kept = tokens[1:]
                while kept and fold(text[slice(*kept[0])]) in common:
                    kept = kept[1:]
                return kept if any(text[slice(*t)][1:].islower() for t in kept) else []
            if opens and not is_given_name(fold(text[slice(*tokens[0])])):
                return []  # "Swear I've seen him", "Honestly I've": words of the sentence
            return tokens[:k]
    if len(tokens) == 2 and fold(text[slice(*tokens[1])]) == "i":
        written = text[slice(*tokens[0])]
        first = fold(written)
        if written.isupper() and len(written) > 1:
            return tokens[:1]  # an acronym before the pronoun: "the US I grew up in"
        if first in STOPWORDS and first not in _NAME_OPENERS or first in common and opens and (
            _PRONOUN_VERB.match(text, tokens[1][1])
        ):
            return []
    return tokens


_PRONOUN_I_WORD = patterns.compile(r"(?<![\w'’.-])I(?![\w.-])")
"""A word "I", alone or contracted ("I'm", "I’ve"), somewhere in a run."""
_PRONOUN_VERB = patterns.compile(
    r"[ \t]+(?:am|was|have|had|do|did|can|could|will|would|shall|should|may|might|must"
    r"|just|also|never|always|really|still|think|thought|know|knew|want|wanted|got|guess"
    r"|mean|hope|believe|feel|felt|said|say|told|went|came|saw|remember)\b"
)
"""A verb or adverb right after a bare "I" that makes it the pronoun: English auxiliaries and
the verbs of speech and thought news quotes ("Maybe I can help", "Sometimes I think"); a
numeral's noun ("Phase I trials", "Part I of", "Act I ends") is none of them."""


_QUOTE_OPENERS = frozenset(('"', "“", "‘", "("))
"""Marks after which a word opens a sentence as well (``at_first`` in ``find_names``)."""
_NAME_OPENERS = frozenset(("new", "first", "last"))
"""Words of the stop list that open names ("New York", "First Lady", "Last Frontier")."""


_QUESTION_VERBS = frozenset("will may".split())
"""Verbs that open a question and are given names too ("Will Intel follow?", "Will Smith")."""


def _asks(text: str, after: int, end: int) -> bool:
    """Whether the sentence ending at ``end`` asks what the words from ``after`` on say: it
    ends in "?" (closing marks after it: "(Will Texas have better luck?)", "?!"), and no
    quotation opens on the way, whose question it would be ('Will Walker asked, "Why?"')."""
    said = text[after:end].rstrip(CLOSING_MARKS + "!")
    return said.endswith("?") and not any(mark in said for mark in _OPENING_MARKS)


_OPENING_MARKS = "\"“‘«‹"


def _unfused(names: list[Name], opening: Sequence[int],
             questions: Collection[int] = ()) -> list[Name]:
    """The names that open a sentence (``opening``: their indices) without a word of the
    sentence fused in front: "Knowing Billy, it's not easy", "Joining Cooley at the news
    conference", "Currently AMD utilizes", "Under Cheeks' guidance", "Residents of Sonoma
    County said". The first word goes when it is a function word, or an "-ing", "-ly" or
    "-ed" word of everyday news text, that is no given name (before "of": an everyday noun
    that names no body and no role), and the rest is a name the document writes inside a
    sentence, or the first or last word of one ("Billy King", "Steve Cooley"), while the
    whole never stands inside a sentence ("Flushing Meadows" stays). Before an acronym, an
    everyday word (or an everyday verb's "-ing") goes whenever the document writes the
    acronym, or the rest, as a name of its own anywhere, even opening a sentence: an
    acronym's capitals are its own, so "Neither RIM nor T-Mobile" beside "RIM claims" and
    "Former FBI official" beside "the FBI" (not "Windows XP", "World AIDS Day", "Real IRA"
    written alone). A given name that is also a verb opening a question (``questions``:
    their sentences) is the verb there: "Will Intel develop a similar design?" beside
    "Intel"; "Will Walker netted 13" stays."""
    if not opening:
        return names
    inside: set[str] = set()
    opens = set(opening)
    for k, name in enumerate(names):
        if k not in opens:
            words = name.text.split()
            inside.update((name.text, words[0], words[-1]))
    out = list(names)
    common = common_words()
    alone = {name.text for name in names}  # every name as written, wherever it stands
    for k in opening:
        name = names[k]
        gap = _FIRST_GAP.match(name.text)
        if gap is None or name.text in inside:
            continue
        first, rest = fold(gap.group(1)), name.text[gap.end():]
        if gap.group(2):  # "Residents of Sonoma County", "Critics of the NYPD": a noun of
            # the sentence; "Bank of America", "Secretary of State" name a body or a role
            sentence_word = first in common and first not in ORG_WORDS and (
                first not in role_words())
        else:
            sentence_word = first in STOPWORDS and first not in _NAME_OPENERS or (
                first in common and first.endswith(SENTENCE_WORD_ENDINGS))
        asks = first in _QUESTION_VERBS and name.sentence in questions  # the verb: "Will"
        # an acronym is capitalised wherever it stands, so its capitals say nothing of the
        # everyday word before it: "Neither RIM nor T-Mobile", "Former FBI agent", an
        # everyday verb's "-ing" ("Acquiring EDS also could yield")
        opener = None if gap.group(2) else _ACRONYM_OPENS.match(rest)
        acronym = opener is not None and (opener.group(1) in alone or rest in alone) and (
            first in common or first.endswith("ing") and common_stem(stem(first))
        ) and gap.group(1)[1:].islower() and gap.group(1) not in inside and (
            first not in ORG_WORDS and first not in role_words())
        if (sentence_word and rest in inside or acronym) and fold(rest) not in _PRONOUN_I and (
            asks or not is_given_name(first)
        ):
            out[k] = Name(name.start + gap.end(), name.end, name.sentence, rest, name.title,
                          name.headline, name.nickname)
    return out


_BODY_WORDS = frozenset(
    """center centre institute committee commission council ministry union party office
    department agency bureau association foundation society league federation board authority
    organisation organization alliance coalition movement academy court hospital school
    college university""".split()
)
"""Last words of the names of bodies, which a lower-case complement may go on naming."""
_DESCRIPTION = patterns.compile(
    r"[ \t]++(?:for|of)[ \t]++((?:[a-z]++[ \t]++){1,2})([a-z]+s)(?![\w'’-])(?=[ \t]*+(\w*+))"
)


def _no_modifier(word: str) -> bool:
    """A word that does not qualify the noun after it: a small word, a number, a gerund, a
    plural noun ("records" of "for public records requests")."""
    return word in STOPWORDS or word in NUMBER_WORDS or word.endswith("ing") or (
        singular(word) != word)


def _described_body(text: str, end: int, limit: int, name: str) -> tuple[int, str]:
    """A body's name goes on in lower case with whom or what it serves: "the U.S. Medical
    Center for federal prisoners in Springfield", "the Ministry of foreign affairs". Only
    "for" or "of", one or two modifiers and a plural noun that ends the noun phrase: not
    "the Center for years", "the Hospital for three weeks", "the Party of the year", "the
    Academy for giving me", "the Department for public records requests"."""
    m = _DESCRIPTION.match(text, end, limit)
    if m is None:
        return end, name
    noun, after = m.group(2), m.group(3)
    if any(_no_modifier(w) for w in m.group(1).split()) or singular(noun) == noun or (
        stem(noun) in UNITS or after[:1].islower() and after not in STOPWORDS
        and singular(after) != after
    ):
        return end, name
    return m.end(), " ".join([name, *text[end:m.end()].split()])


_NICKNAME = patterns.compile(
    r"\s+(?:``|[\"'‘“])(?P<nick>(?:[Tt]he\s+)?[A-Z][\w.-]*+(?:\s+(?:the\s+)?[A-Z][\w.-]*+){0,2})"
    r"(?:''|[\"'’”])\s+"
    r"|\s+\((?P<paren>[A-Z][a-z]++)\)\s+"
)
"""A nickname in quotes, at most three capitalised words: 'Chin', "The Chin", ``Lucky'',
"Sammy the Bull"; or one word in parentheses, as wire copy writes it: "Kimani (Kiki) Gray",
"Gerardo (Jerry) Ortiz", "Adam (Pacman) Jones" (one capitalised word of lower-case letters,
so "(R-Texas)", "(AP)" and "(NYPD)" are none)."""


_QUOTES = frozenset("\"'‘“`(")
"""What opens a nickname after a first name: a quotation mark, or a parenthesis."""


def _join_nicknames(text: str, names: list[Name]) -> list[Name]:
    """A nickname in quotes or parentheses between a first name and a surname: 'Vincent
    "The Chin" Gigante', 'Salvatore "Sammy the Bull" Gravano', "Kimani (Kiki) Gray" are one
    person each, named whole (text "Vincent Gigante"); names apart would leave the surname
    on its own, as if another Gigante might be meant. A nickname found as a name stays one
    too, inside the person's span ("Chin", which the articles also write alone). Which words
    in parentheses are nicknames: ``_nickname_in_parentheses``."""
    out: list[Name] = []
    alone = {n.text for n in names if " " not in n.text}  # names of one word: surnames too
    i = 0
    while i < len(names):
        first = names[i]
        joined = None
        after = text[first.end:first.end + 8]
        if not after[:1].isspace() or after.lstrip()[:1] not in _QUOTES or len(
            first.text.split()
        ) > 2:  # most names: no quotation mark or parenthesis after the space after them
            out.append(first)
            i += 1
            continue
        # the surname: the first name after the quotes (the nickname's words, when found
        # as names of their own, stand between)
        for step in range(1, 5):
            last = names[i + step] if i + step < len(names) else None
            if last is None or last.sentence != first.sentence or last.start - first.end > 48:
                break
            if " " in last.text:
                continue
            m = _NICKNAME.fullmatch(text, first.end, last.start)
            if m and m.group("paren") and not _nickname_in_parentheses(
                    text, first, last, m.group("paren"), alone):
                break
            if m and _person_tail([*first.text.split(), last.text]):
                joined = Name(first.start, last.end, first.sentence, f"{first.text} {last.text}",
                              first.title, first.headline,
                              " ".join((m.group("nick") or m.group("paren")).split()))
                i += step + 1
                break
        if joined is None:
            out.append(first)
            i += 1
        else:  # the nickname stays a name of its own too: "Chin" is also called so alone
            out.append(joined)
            out.extend(names[i - step:i - 1])
    return out


def _nickname_in_parentheses(text: str, first: Name, last: Name, nickname: str,
                             alone: set[str]) -> bool:
    """Whether one word in parentheses between two names is a nickname ("Kimani (Kiki)
    Gray", "Luis Gerardo (Jerry) Ortiz") and not a label between two names of their own:
    not a US state ("the San Angelo (Texas) Standard-Times", "Jackson (Mississippi)
    Clarion-Ledger"), not after "the" (a paper's), not when the first part already ends in a
    surname the story writes alone ("Joe Biden (Applause) Michelle" where "Biden" stands
    alone), and not when the name after it repeats a word of the first ("Andrew Cuomo
    (Applause) Cuomo")."""
    words = first.text.split()
    return (nickname not in state_names()
            and not _THE_BEFORE.search(text[max(0, first.start - 5):first.start])
            and not (len(words) > 1 and words[-1] in alone)
            and last.text not in words)


_AFTER_PLACE = patterns.compile(r",[ \t]*+")


def _is_place_qualifier(text: str, place_end: int, start: int, name: str) -> bool:
    """An abbreviated state right after a city ("Sunnyvale, Calif.", "Springfield, Mo.",
    "Old Tappan, N.J."): part of the city's address, not a place the article is about; two
    articles datelined in one state would otherwise share it as a fact."""
    if len(name) > 6 or not _AFTER_PLACE.fullmatch(text, place_end, start):
        return False
    abbreviations = state_abbreviations()  # read only when a short name follows "City, "
    return name in abbreviations or name + "." in abbreviations


_THE_BEFORE = patterns.compile(r"(?:^|\W)[Tt]he\s+$")
_COMPANY_AFTER = patterns.compile(
    r"(?:,[ \t]*+|[ \t]*+-[ \t]*+based[ \t]++|[ \t]++)(?:company|firm|corporation|group|"
    r"chipmaker|automaker|carmaker|maker|retailer|start-?up|bank|insurer|airline|carrier|giant)"
    r"(?![\w-])"
)
"""A company's head office before the word for it: "The Sunnyvale, Calif., company", "the
Redmond, Wash. company", "The Cupertino, Calif.-based company"."""


def _home_of_a_company(text: str, place: Name) -> Name:
    """ "The Sunnyvale, Calif., company" names a company by its head office (AMD in one
    article; the other, which calls the start-up it buys "Sunnyvale-based", is no article
    about the same Sunnyvale): the whole phrase is the name, not the city."""
    after = _COMPANY_AFTER.match(text, place.end)
    if after is None or not _THE_BEFORE.search(text, max(0, place.start - 8), place.start):
        return place
    return Name(place.start, after.end(), place.sentence,
                " ".join(text[place.start:after.end()].split()), place.title)


def _states_data(pattern: str, field: Callable[[Any], str | None]) -> frozenset[str]:
    """Values of the ``us`` package's states: found by ``pattern`` in its data module, read
    without importing the package (its import, which loads jellyfish and every county, costs
    about 0.1 s); else ``field`` of each state, from the import."""
    spec = importlib.util.find_spec("us")
    if spec is not None and spec.origin:
        try:
            source = (Path(spec.origin).parent / "states.py").read_text("utf-8")
            found = frozenset(re.findall(pattern, source))
            if found:
                return found
        except OSError:
            pass
    try:
        import us
    except ImportError:
        return frozenset()
    return frozenset(v for s in us.states.STATES_AND_TERRITORIES if (v := field(s)))


@cache
def state_postal_codes() -> frozenset[str]:
    """The two-letter postal codes of US states and territories ("CA", "TX")."""
    return _states_data(r'"abbr":\s*"([A-Z]{2})"', lambda s: s.abbr)


_PARTY_OF_STATE = patterns.compile(r"[DRI]-([A-Z][A-Za-z]*+\.?)(?:[ \t]?([A-Z][a-z]*+\.?))?")
"""A member's party and state after the name, as US papers write it: "(D-Mass.)",
"D-W. Va.,", "(R-Texas)", "(R-TX)", "(D-New York)"."""
_LABEL_END = patterns.compile(r"[ \t]*[),;]|\.?(?:\s|$)")
"""What follows the label: a bracket, a comma, a stop, a space or the end."""


def _party_of_a_state(text: str, start: int, limit: int) -> int:
    """The end of a party-and-state label at ``start`` ("D-Calif." of "Sen. Barbara Boxer
    (D-Calif.)"), or 0: the label says who the person is, it names no entity. The state is
    one word or two ("W. Va.", "New York"); one alone is tried too, for a label that ends a
    sentence ("D-Ill. The")."""
    m = _PARTY_OF_STATE.match(text, start, limit)
    if m is None:
        return 0
    tries = [(m.end(), f"{m[1]} {m[2]}")] if m[2] else []
    for end, state in (*tries, (m.end(1), m[1])):
        bare = state.rstrip(".")
        if _LABEL_END.match(text, end, limit) and (
                bare in state_names() or bare in state_postal_codes()
                or bare.replace(" ", "") + "." in state_abbreviations()):
            return end
    return 0


@cache
def state_abbreviations() -> frozenset[str]:
    """The AP style's abbreviations of US states that are no words ("Calif.", "N.J.",
    "W.Va."; not "Texas")."""
    return _states_data(r'"ap_abbr":\s*"([^"]*\.)"',
                        lambda s: s.ap_abbr if s.ap_abbr and "." in s.ap_abbr else None)


@cache
def state_names() -> frozenset[str]:
    """The names of US states and territories ("Texas", "Hawaii")."""
    return _states_data(r'"name":\s*"([^"]+)",\s*"abbr"', lambda s: s.name)


_EXTRA_ROLES = frozenset(
    """cto cfo coo cio spokesman spokeswoman spokesperson chairman chairwoman referee agent
    trooper head manager quarterback linebacker cornerback receiver pitcher shortstop
    goalkeeper midfielder qb rb wr cb lb rhp lhp democrat republican""".split()
)
"""Roles nameparser's list lacks that news writes before a name ("Qualys CTO Wolfgang
Kandek", "Referee Tony Weeks"): a player's position, often abbreviated in sports copy ("RB
Joique Bell", "CB Vontae Davis", "Quarterback Peyton Manning"), and a politician's party
("Democrat Estes Kefauver"); not the abbreviations that are as often a ship's prefix, a
city's or a rating ("SS", "SF", "PG", "OT")."""
NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())
"""Generational suffixes after a surname ("Arcade Joseph Comeaux Jr", "W. Mark Felt Sr")."""
_NOT_A_FIRST_NAME = patterns.compile(r"(?:ical|ional|ity|ing|ment|tion|sion|ology|ics)$")


@cache
def _nameparser_vocabulary() -> object | None:
    """nameparser's word lists, read from its data module without importing the package,
    whose import costs about 0.1 s on every run (its cached bytecode: a few ms); None when
    the module cannot be read."""
    try:
        spec = importlib.util.find_spec("nameparser")
        if spec is not None and spec.origin:
            path = Path(spec.origin).parent / "config" / "_compiled.py"
            data = importlib.util.spec_from_file_location("_nameparser_vocabulary", path)
            if data is not None and data.loader is not None:
                module = importlib.util.module_from_spec(data)
                data.loader.exec_module(module)
                return module
    except (OSError, SyntaxError, AttributeError, ImportError):
        pass
    return None


@cache
def role_words() -> frozenset[str]:
    """Titles and roles written before a person's name: nameparser's curated list (812
    words: "attorney", "district", "coach", "secretary", ...) with ours; falls back to its
    public constant."""
    words = frozenset(getattr(_nameparser_vocabulary(), "TITLES", ()))
    if not words:
        try:
            from nameparser.config import CONSTANTS

            words = frozenset(CONSTANTS.titles)
        except ImportError:
            words = frozenset()
    return words | TITLES | TITLE_ABBREVIATIONS | _EXTRA_ROLES


@cache
def name_particles() -> frozenset[str]:
    """The particles that open a surname ("del" of "Jack Del Rio", "la", "van", "de";
    not "vanden" nor "lo"):
    nameparser's list, read as ``role_words`` reads its titles; empty when unreadable."""
    return frozenset(getattr(_nameparser_vocabulary(), "PARTICLES", ()))


def _person_tail(words: Sequence[str], initials: bool = False) -> bool:
    """Two to four words that read as a person's name: a first name that is no title, then
    initials, names and a suffix ("Craig Barlow", "John F. Kennedy", "Arcade Comeaux Jr").
    With ``initials``, after a role, dotted initials may stand for the first names
    ("General Manager A.J. Smith"); alone, "U.S. Chamber" is no person."""
    if not 2 <= len(words) <= 4:
        return False
    low = [fold(w).rstrip(".,") for w in words]
    if low[0] in role_words() or low[0] in _CALENDAR or low[-1] in _CALENDAR:
        return False
    if _NOT_A_FIRST_NAME.search(low[0]):
        return False  # "US Geological Survey", "High Density Computing"
    common = common_words()
    for n, (w, lw) in enumerate(zip(words, low, strict=True)):
        initial = initials and n < len(words) - 1 and _INITIALS.fullmatch(w) is not None
        if not w[:1].isupper() or lw in _ORG_ENDS or lw in STOPWORDS and not initial or (
            n and lw in EVENT_WORDS  # the last words of events; first, a name: "Bill Frist"
        ):  # a dotted initial that is a word is no word: "District Judge I. Leo Glasser"
            return False
        if w.isupper() and len(w.rstrip(".")) > 1 and lw not in NAME_SUFFIXES and not (
            initials and _INITIALS.fullmatch(w) and w is not words[-1]
        ):
            return False  # an acronym: "Qualys CTO" is no person
    return not all(lw in common for lw in low)


def _portfolio_and(text: str, field: Sequence[Span], rest: Sequence[Span]) -> int:
    """How many words after a role's complement (``field``: its words after "of") run on over
    "and" as its second field ("Secretary of Health and Human Services, Louis Sullivan"), or
    0: "and" and capitalised everyday words (``_field_word``, as "Office of Management and
    Budget" reads them), as many as leave a person's name after them, else all of them (the
    role alone, its holder named elsewhere; ``find_names`` names the body where the last is
    a body's word). A name after "and" is none ("Chairman of Microsoft and Apple Computer
    Corp"), nor a second role's place ("Minister of Trade and Industry Spokesman of Japan
    Taro Kono")."""
    words = [text[slice(*t)] for t in rest]
    if len(words) < 2 or fold(words[0]) != "and":
        return 0
    before = [text[slice(*t)] for t in field]

    def second_field(k: int) -> bool:  # words 1 to k: capitalised, so no "of" to a place
        return all(w[:1].isupper() for w in words[1:k]) and _two_fields(before, words[1:k])

    for k in range(len(words) - 2, 1, -1):  # leave the person's two words
        if second_field(k) and _person_tail(words[k:], initials=True):
            return k
    return len(words) if second_field(len(words)) else 0


def _role_split(text: str, tokens: Sequence[Span]) -> int:
    """Where a person's name starts after a role written before it ("District Attorney Cy
    Vance", "Secretary of State Hillary Clinton", "Utah Assistant Attorney General Craig
    Barlow"), or 0 when the run is no role and name (a surname alone after a role:
    ``_surnames_after_roles``)."""
    if len(tokens) < 3:
        return 0
    words = [text[slice(*t)] for t in tokens]
    roles = role_words()
    for j in range(len(words) - 2, max(0, len(words) - 5), -1):  # the name: 2 to 4 words
        before = fold(words[j - 1]).rstrip(".,")
        complement = j >= 3 and fold(words[j - 2]) in ("of", "the") and any(
            fold(w).rstrip(".,") in roles for w in words[:j - 2]
        )  # "Secretary of the Interior Ken Salazar"
        if (_office(before) in roles or complement or _member_of_a_body(before)
                or _unlisted_role(words[j - 1], words[j])) and (
            _person_tail(words[j:], initials=True)
        ):
            return j
    return 0


def _body_of_the_role(text: str, role: Sequence[Span], common: Collection[str]) -> int:
    """How many first words of a role written before a name name the place or body it
    serves ("Queens" of "Queens District Attorney Richard Brown", "SeaMicro" of "SeaMicro
    CEO Andrew Feldman", "California Highway Patrol" of "California Highway Patrol Officer
    Brad Baehr", "Brooklyn Supreme Court" of "Brooklyn Supreme Court Judge"), or 0. The last
    word is the role's own ("New York City Councilman"). Everyday words name no body ("Fire
    Chief", "Homicide Capt."); an everyday participle goes with the role ("FBI Acting
    Director"), a party's member with the person ("Arizona Republican Sen.", "Democratic
    President-elect"), and a portfolio with a secretary or a minister ("Interior Secretary",
    "Pakistani Interior Minister"; a land, a people, a state or an acronym stays: "Texas
    Secretary of State", "French Foreign Minister")."""
    roles = role_words()
    words = [fold(text[a:b]).rstrip(".,") for a, b in role]
    n = 0
    while n < len(words) - 1 and words[n] not in roles and not _is_title(words[n]):
        n += 1
    if n:  # a body's own word just after a word of the role list: "Supreme Court"
        n = max([n, *(k + 1 for k in range(n, min(n + 2, len(words) - 1))
                      if words[k] in ORG_WORDS and words[k] not in roles
                      and not _is_title(words[k]))])
    while n and (words[n - 1].endswith("ing") and is_common(words[n - 1])
                 or _affiliation(words[n - 1])
                 or n > 1 and words[n - 1] not in ORG_WORDS and is_common(words[n - 1])):
        n -= 1
    if any(w in _PORTFOLIO_ROLES for w in words[n:]):
        while n and not text[slice(*role[n - 1])].isupper() and words[n - 1] not in (
                land_names()) and people_of(words[n - 1]) is None and (
                text[slice(*role[n - 1])] not in state_names()):
            n -= 1
    if n and all(is_common(w) or w in common for w in words[:n]):
        return 0
    return n


def _affiliation(low: str) -> bool:
    """Whether a folded word names a party's member: it, its plural or it with "party" is a
    name in a group of the shipped alias list that names a party ("Republican",
    "Democratic", "Conservative"): the person's, no part of a body ("Arizona Republican
    Sen. Barry Goldwater")."""
    names = _party_names()
    return low in names or low + "s" in names or low + " party" in names


@cache
def _party_names() -> frozenset[str]:
    """The names of the shipped alias list's groups that hold a party ("GOP = Republican
    Party = Republicans"), folded."""
    from .entities import default_aliases  # names is imported by entities

    return frozenset(fold(name) for group in default_aliases()
                     if any(fold(name).endswith(" party") for name in group) for name in group)


_PORTFOLIO_ROLES = frozenset({"secretary", "minister"})
"""Roles a cabinet's portfolio is written before: "Interior Secretary", "Finance Minister"."""


def _surnames_after_roles(names: list[Name]) -> list[Name]:
    """A role before a surname alone is its title, as before a full name, where the document
    names someone in full with that surname: "Interior Secretary Salazar" beside "Ken
    Salazar" is Salazar, titled "interior secretary". Where no one is, the run stays one name
    ("Criminal Justice Branch" names a body). Done on the names found, so what else reads a
    run (a split at "of", a join at "and") never sees a cut it cannot check."""
    multi = [(k, name.text.split()) for k, name in enumerate(names) if " " in name.text]
    ends = Counter(words[-1] for _, words in multi)
    # only a surname that ends two names may be cut: one a role's, one a full name
    roles = {k: _role_and_surname(words) for k, words in multi if ends[words[-1]] > 1}
    full = {words[-1] for k, words in multi if k in roles and roles[k] is None}
    out = list(names)
    for k, role in roles.items():
        name = names[k]
        surname = name.text.rsplit(None, 1)[-1]
        if role is not None and surname in full:
            out[k] = Name(name.start, name.end, name.sentence, surname,
                          " ".join(part for part in (name.title, role) if part),
                          name.headline, name.nickname)
    return out


def _role_and_surname(words: Sequence[str]) -> str | None:
    """The role, as a title, of a name read as a role and a surname alone ("Interior
    Secretary Salazar": "interior secretary"), or None."""
    if not _person_role([fold(w).rstrip(".,") for w in words[max(0, len(words) - 3):-1]]) or (
        not _lone_surname(words[-1])
    ):
        return None
    return " ".join(_title_part(w) for w in words[:-1])


BODY_HEADS = frozenset(
    "department ministry office bureau agency commission committee board division".split())
"""The heads of a government body named by its field before them ("the Justice Department",
"the Justice Ministry"), where the field may be a title's word."""


def _body_after_title(text: str, tokens: Sequence[Span], i: int, left: int) -> bool:
    """Whether the title word at ``i`` names the field of the body after it: a body's head
    that ends the run or comes before its "of" ("Justice Department", "Justice Ministry of
    Ukraine"), not "Justice Scalia"."""
    head = fold(text[slice(*tokens[i + 1])])
    return _is_title(fold(text[slice(*tokens[i])])) and head in BODY_HEADS and (
        left == 2 or fold(text[slice(*tokens[i + 2])]) == "of")


_PERSON_NOUN = patterns.compile(r"(?:er|or|ist|ant|ent|ary|ian|ee|ey)$")
"""Endings of nouns that name a person ("producer", "inspector", "secretary", "attorney"),
which the adjectives of nameparser's titles ("national", "federal", "united", "high") lack."""


def _person_role(before: Sequence[str]) -> bool:
    """Whether the folded words ``before`` a lone surname end with a person's role: a title
    ("Secretary", "Insp"), or a listed role that names a person by its ending ("Producer"),
    or "General" after one ("Attorney General", "Surgeon General")."""
    if not before:
        return False
    *rest, last = before
    if last == "general" and rest:
        last = rest[-1]
    return last in TITLES or last in TITLE_ABBREVIATIONS or last in _EXTRA_ROLES or (
        last in role_words() and _PERSON_NOUN.search(last) is not None
    ) or _member_of_a_body(last)


_MEMBER = patterns.compile(r"([a-z]+?)(?:wo)?(?:man|member|person)")
_GOVERNING_BODIES = frozenset("council congress assembly committee senate parliament".split())
"""The bodies of ``ORG_WORDS`` whose members are named by the body and "-man": not "park",
"board", "house" or "church", which end surnames and given names ("Francis Parkman",
"Boardman Robinson", "John Houseman")."""


def _member_of_a_body(low: str) -> bool:
    """A folded word that names a member of a body by the body and "-man", "-woman",
    "-member" or "-person" ("councilman", "congresswoman", "assemblyman", "committeeman"),
    roles nameparser's list lacks."""
    found = _MEMBER.fullmatch(low)
    return found is not None and found.group(1) in _GOVERNING_BODIES


@lru_cache(maxsize=1 << 12)
def _lone_surname(word: str) -> bool:
    """Whether a word after a role may be a surname on its own ("Salazar", "Holder", "Kelly"):
    a capitalised word that is no everyday word, no small word, no role, body, day or month,
    and no land or people but those that are surnames too, the demonyms no ending spells
    ("District Attorney French" beside "Mark French")."""
    if not word[:1].isupper() or word.isupper() or not word.replace("-", "").replace(
            "'", "").replace("’", "").isalpha():
        return False
    low = fold(word)
    return not (is_common(low) or low in STOPWORDS or low in role_words() or low in _ORG_ENDS
                or low in _CALENDAR or people_of(low) is not None
                and low not in irregular_demonyms())


def _unlisted_role(word: str, given: str) -> bool:
    """Whether ``word``, written before the given name ``given`` ("Prosecutor Terry White",
    "Analyst Rob Enderle", "GM Ed Stefanski", "QB Andrew Luck"), is a role or body that
    nameparser's list lacks: an acronym, or an everyday noun of news text that is no given
    name itself ("Mark Jay Heller", "Anna Nicole Smith" stay whole) and no "-ing", "-ly" or
    "-ed" word (a word of the sentence, not a role: "Named Maurice Cheeks")."""
    common, first = common_words(), fold(given)
    if not is_given_name(first) or first in common:
        return False  # "Latter Day Saints", "MVP Drew Brees": "Day", "Drew" are words too
    if word.isupper() and 2 <= len(word) <= 4 and word.isalpha():
        return True
    low = fold(word)
    return low in common and low not in STOPWORDS and low not in ORG_WORDS and not (
        low.endswith(SENTENCE_WORD_ENDINGS) or is_given_name(low))


_POSSESSIVE = patterns.compile(r"['’]s(?=\s|$)|(?<=[a-z]s)['’](?=\s|$)")
_HYPHEN_TAIL = patterns.compile(r"-[a-z][\w-]*+")
"""A hyphenated lower-case tail, taken whole (possessive, so a long run "A-a-a-...-a.b" is
scanned once); ``_kept_hyphen`` keeps those that do not end the word."""


_SPLIT_AT = patterns.compile(r"[\s'’-](?:(?<=['’])|(?<=-)[a-z]|(?<=\s)(?:and|for|of)\s)")
"""Text that every place ``_runs`` may split a run at contains (an apostrophe, a hyphen
before a lower-case letter, "and", "for" or "of" between spaces): one search in C, not a
test of each; the class first, so the scan jumps to the marks and spaces ("California",
"Holland" and "Sofia" hold none)."""
_QUALIFIER = patterns.compile(r"((?:[A-Z]\.)+[A-Z])\.\s+")
"""A dotted abbreviation that opens a longer run ("B.C. Bountiful"): its letters, then the
full stop and the space."""
_PLACE_BEFORE = patterns.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]*,[ \t]+$")
"""A capitalised word and a comma, before a state or province: "Bountiful, B.C."."""


def _runs(text: str, start: int, end: int) -> list[Span]:
    """Capitalised runs, split at possessives ("Labour’s Jeremy Corbyn") unless the
    possessive is part of the name ("People’s Liberation Army"), and with hyphenated
    lower-case tails removed ("UK-based" -> "UK")."""
    kept: list[Span] = []
    for m_start, m_end in _across_titles(text, start, end):
        run: str | None = text[m_start:m_end]
        if run[1:2] == "." and (qualifier := _QUALIFIER.match(run)) and _PLACE_BEFORE.search(
            text, max(0, m_start - 40), m_start
        ):  # "Bountiful, B.C. Bountiful has": the place's abbreviation ends its address (and
            # here a sentence the segmenter left whole), no name of a body
            kept += _opening_capital(text, [(m_start, m_start + qualifier.end(1))])
            m_start += qualifier.end()
            run = None  # what is left is no whole match
        if not _SPLIT_AT.search(text, m_start, m_end):
            if run is not None and text[m_end:m_end + 1] != "-":
                # a whole match opens with a capital, "@", "#" or a digit (``_CAP``), and
                # no hyphen after it makes it a prefix: most runs are kept as they are
                kept.append((m_start, m_end))
            else:
                kept += _opening_capital(text, [(m_start, m_end)])
            continue
        split = _split(text, [(m_start, m_end)], _POSSESSIVE, _named_possessive, ("'", "’"))
        split = _split(text, split, _HYPHEN_TAIL, _kept_hyphen, ("-",))
        split = _split(text, split, _AND, _named_and, ("and",))
        split = _split(text, split, _FOR, _named_for, ("for",))
        kept += _opening_capital(text, _split(text, split, _OF, _not_after_person, ("of",)))
    return kept


def _opening_capital(text: str, pieces: Sequence[Span]) -> list[Span]:
    """The pieces of a run that open with a capital, "@", "#" or a digit and are no word's
    prefix before a hyphen ("Ex-", "Anti-")."""
    return [
        (s, e) for s, e in pieces
        if e > s and (text[s].isupper() or text[s] in "@#" or text[s].isdigit())
        and not (text[e:e + 1] == "-" and fold(text[s:e]) in _WORD_PREFIXES)
    ]


def _across_titles(text: str, start: int, end: int) -> list[Span]:
    """The runs of ``_NAME_RUN`` from ``start`` to ``end``, two joined where the first ends
    in a title written short and a space follows its full stop ("Alaska Gov. Sarah Palin",
    "U.S. Navy Vice Adm. Bill Gortney"): the role and the person, which ``find_names`` then
    tells apart. Only a sentence with a full stop and a space inside is looked at so."""
    spans = [m.span() for m in _NAME_RUN.finditer(text, start, end)]
    if len(spans) < 2 or _INNER_STOP.search(text, start, end - 1) is None:
        return spans  # most sentences: no full stop before their end
    joined = spans[:1]
    for s, e in spans[1:]:
        last_start, last_end = joined[-1]
        if text[last_end:last_end + 1] == "." and _TITLE_GAP.fullmatch(
            text, last_end + 1, s
        ) and (fold(text[last_start:last_end].rsplit(None, 1)[-1]) in TITLE_ABBREVIATIONS
               or _place_opening(text[last_start:last_end],
                                 text[max(0, last_start - 8):last_start])):
            joined[-1] = (last_start, e)
        else:
            joined.append((s, e))
    return joined


def _place_opening(run: str, before: str) -> bool:
    """Whether a run ends in "Mt" or "Ft" (after a hyphen too), or is "St" alone or after
    "the", "Mount", "Mt", "Port" or "Fort": the short "Mount", "Fort", "Saint" of a place's
    name, whose full stop ends neither the run nor the name ("Mt. Cook", "Aoraki-Mt. Cook",
    "Ft. Worth", "St. Louis", "the St. Louis Cardinals", "Mount St. Helens"). "St." after
    another word or a house number (``before``) is a street's ("Main St. Police said", "E.
    52nd St. Saturday night")."""
    words = run.split()
    last = fold(words[-1].rsplit("-", 1)[-1])
    if last in ("mt", "ft"):
        return True
    return last == "st" and (len(words) == 1 and not _NUMBER_BEFORE.search(before) or fold(
        words[0]) in ("the", "mount", "mt", "port", "fort") and len(words) == 2)


_INNER_STOP = patterns.compile(r"\.[ \t]")
_TITLE_GAP = patterns.compile(r"[ \t]+")


_TITLE_SUFFIXES = frozenset(("elect", "designate"))
"""What a hyphen adds to a title for whom is chosen but not yet in office."""


def _office(low: str) -> str:
    """A folded title without the suffix of one chosen but not yet in office, nor a hyphened
    "vice": "president" of "president-elect" and "vice-president-elect" ("President-elect
    Barack Obama", "Vice-President-elect Joe Biden", "Secretary-designate John Kerry")."""
    head, hyphen, tail = low.rpartition("-")
    low = head if hyphen and tail in _TITLE_SUFFIXES else low
    low = low.removeprefix("vice-")
    head, hyphen, tail = low.rpartition("-")
    if hyphen and all(part in role_words() for part in head.split("-")) and tail in (
            role_words()):
        return tail  # a rank written hyphened, as British papers do: "Attorney-General Wally
        # Oppal", "Brigadier-General Avi Benayahu", "Lieutenant-Colonel" (the rank's head)
    return low


def _is_title(low: str) -> bool:
    """A folded word of ``TITLES``, with or without what ``_office`` takes away (only from
    a hyphened word: most words are looked up as they are)."""
    return (_office(low) if "-" in low else low) in TITLES


def _title_part(word: str) -> str:
    """A word of a title as kept: folded, a short title without its full stop ("Gov." is
    "gov", as "Gov" is)."""
    low = fold(word)
    return low[:-1] if low.endswith(".") and low[:-1] in TITLE_ABBREVIATIONS else low


_AND = patterns.compile(r"\s+and\s+(?:the\s+)?")


def _named_and(text: str, sep: re.Match[str], start: int, end: int) -> bool:
    """ "and" inside an organisation's name ("Food and Drug Administration", "Department of
    Health and Human Services"), not between two names ("Smith and Jones"): kept when the
    name after it is longer than one word and ends with an organisation word (a body's word
    alone is a second body: "House of Representatives and Senate"), before a role in the
    body ("Palmer Fire and Rescue Chief John McNutt"), or between two fields of the body
    after its "of" or "for" (``fields``: "Office of Management and Budget")."""
    if sep.group().rstrip().endswith("the"):
        return False
    before = _LAST_WORD.search(text, max(0, sep.start() - 30), sep.start())
    if before is None or not _ABSTRACT.search(before.group(1)) and (
        fold(before.group(1)) not in common_words() and not _dictionary_field(
            text, sep, start, end) or fold(before.group(1)) in _ORG_ENDS
    ):
        return False  # two names: "Utah and Colorado City", "Bruckner Boulevard and ..."
    following = _AND.search(text, sep.end(), end)
    stop = following.start() if following else end
    last = _LAST_WORD.search(text, sep.end(), stop)
    if last is not None and fold(last.group(1)) in _ORG_ENDS:
        # "Food and Drug Administration"; but a body's word alone after "and" is a second
        # body: "the House of Representatives and Senate", "the Department of Defense and
        # Congress" (and the rare "Department of Justice and Police" is split too)
        return last.start(1) != sep.end()
    # the body's name, then the role of a person in it: "Palmer Fire and Rescue Chief John
    # McNutt", "Office of Management and Budget Director Peter Orszag"
    tokens = [t.span() for t in _TOKEN.finditer(text, sep.end(), stop)]
    after = fold(text[slice(*tokens[0])]) if tokens else ""
    if after in common_words() and after not in role_words() and _role_split(
            text, tokens) > 1:
        return True
    field = OF_COMPLEMENT.search(text, max(start, sep.start() - 80), sep.start())
    if field is None:
        return False
    after_words = []
    for t in tokens:
        word = text[slice(*t)]
        if not word[:1].isupper():
            break  # "Referenda of Turkmenistan": the body's place follows its fields
        after_words.append(word)
    if after_words and text.startswith("-", tokens[len(after_words) - 1][1]):
        return False  # the field's last word cut at its hyphen ("Co-operation")
    return fields(field.group(1), field.group(2).split(), after_words)


def _dictionary_field(text: str, sep: re.Match[str], start: int, end: int) -> bool:
    """Whether the words before an "and" are a body's field that the list of common words
    lacks but the dictionary knows ("National Oceanic and Atmospheric Administration",
    "Board of Agriculture and Conservation", "Securities and Exchange Commission"): every
    word back to the run's start or its "of"/"for" is such a word, and no body's word opens
    what follows ("Defenders of Wildlife and Center for Biological Diversity" are two
    bodies, "Mac Mini and Apple TV" two products). Without an "of" or "for" before the field,
    the word after "and" must be a field too and no legal form may end the name."""
    words = text[max(start, sep.start() - 80):sep.start()].split()
    if sep.start() - 80 > start:
        words = words[1:]  # the first may be cut
    field = []
    complement = False  # after the body's "of" or "for"
    for k in range(len(words) - 1, -1, -1):
        if words[k] in ("of", "for"):
            complement = k > 0 and fold(words[k - 1]) in _FIELD_HEADS  # "Board of", "Office
            # for"
            if not complement:
                return False
            break
        field.append(words[k])
    after = _TOKEN.match(text, sep.end(), end) if sep.end() < end else None
    tail = _LAST_WORD.search(text, sep.end(), end)
    # a body's word heads the name, before its "of", or ends it ("... Administration"); no
    # legal form ends it, which would make it a company's ("Oracle and Sun Microsystems Inc",
    # "Shares of Shell and Exxon Mobil Corp": two companies, the first a word the dictionary
    # knows). These are read first: the dictionary is loaded only for such a name
    if not field or after is None or tail is None or fold(after.group()) in _ORG_ENDS or (
            fold(tail.group(1)) in LEGAL_FORMS) or not (
            complement or fold(tail.group(1)) in _FIELD_HEADS):
        return False
    # without an "of", the word after "and" is a field too
    return (complement or _field_word(after.group())) and all(
        w[:1].isupper() and (_field_word(w) or fold(w) in DIRECTIONS) for w in field)


OF_COMPLEMENT = patterns.compile(r"([A-Z][\w'’-]*)\s+(?:of|for)\s+(?:the\s+)?"
                                 r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\Z")
"""A body's name before "and" that ends in its field: "Office of Management", "Commission
for Elections", "Award for Health"; the body's word, then the field."""


def fields(head: str, before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether the words ``before`` and ``after`` an "and" are two fields of one body whose
    word, before its "of" or "for", is ``head``: "Office of Management and Budget",
    "Award for Health and Human Rights", "Charter of Rights and Freedoms". The field
    before "and" has one or two everyday words (``OF_COMPLEMENT``, ``_field_word``), the one
    after it one to three; a role's complement is the role's ("President of France and
    Chancellor Merkel"), and a name after "and" is a second name ("Department of Justice and
    Microsoft", "Ministry of Health and Israel")."""
    return fold(head) not in role_words() and _two_fields(before, after)


def _two_fields(before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether the words around an "and" may be two fields of one body or role: everyday
    words (``_field_word``), one to three after it ("Management and Budget", "Health and
    Human Services")."""
    return 1 <= len(after) <= 3 and all(map(_field_word, [*before, *after]))


_PLAIN_CAPITAL = patterns.compile(r"[A-Z][a-z]+")
"""How a lower-case word is written capitalised: no capital inside ("WhatsApp"), no digit,
no hyphen; only such a word is looked up in the dictionary (whose load costs 20-35 ms)."""


def _field_word(word: str) -> bool:
    """A capitalised everyday word that may name a body's field: in the list of common
    words, alone or as a plural ("Freedoms"), an abstract noun ("Cooperation") or a word
    the dictionary knows in lower case only ("Agriculture", "Urban"); no
    acronym, given name or country ("France" has an abstract ending)."""
    low = fold(word)
    return (is_common(low) or bool(_ABSTRACT.search(low)) or _PLAIN_CAPITAL.fullmatch(word)
            is not None and in_dictionary(low)) and not word.isupper() and not (
        is_given_name(low) or low in land_names())


_FOR = patterns.compile(r"\s+for\s+(?:the\s+)?")
_FOR_BODIES = frozenset(("fund", "campaign"))
"""Words of a body, besides ``_ORG_ENDS``, that "for" follows in its name ("U.S. Fund for
UNICEF")."""
_ACRONYM_WORD = patterns.compile(r"(?:[A-Z]\.){2,}|[A-Z][A-Z\d]+(?:['’]s)?")
"""An acronym as written, perhaps dotted, with digits or a possessive: "IBF", "U.S.",
"BBC's", "RM10"."""


def _named_for(text: str, sep: re.Match[str], start: int, end: int) -> bool:
    """ "for" inside a name ("Center for Biological Diversity", "Americans for Prosperity",
    "Waiting for Godot", "the Yearning for Zion Ranch"), unless a person, an acronym or a
    day stands before it ("Chris Byrd for the IBF", "ABC for Oscar Sunday", "Friday for
    Pittsburgh") or an acronym after it ("Prague for the BBC", "Gaza for UNRWA"): then the
    run is two names and what one is for. A person is a given name and a surname that is no
    everyday word; a body's word before "for" keeps it ("Nelson Mandela Award for Health",
    "Center for AIDS Research")."""
    # only the words next to "for" are read: a run of thousands of "X for Y" links is looked
    # at once per link, not from its start or to its end each time (which was quadratic)
    lo = max(start, sep.start() - _OF_WINDOW)
    words = text[lo:sep.start()].split()[1 if lo > start else 0:]
    body = {fold(words[-1]), singular(fold(words[-1]))} if words else set()
    if not words or not body.isdisjoint(_ORG_ENDS) or not body.isdisjoint(_FOR_BODIES):
        return True
    after = _ONE_WORD.match(text, sep.end(), end)
    if after is not None and _ACRONYM_WORD.fullmatch(after.group().strip()):
        return False
    if len(words) == 1 and lo == start:
        return not (_ACRONYM_WORD.fullmatch(words[0]) or fold(words[0]) in WEEKDAYS)
    while len(words) > 2 and _title_part(words[0]) in TITLES:
        words = words[1:]  # "Dr. Regina Benjamin for the Pro Ecclesia"
    return not (_person_tail(words) and is_given_name(fold(words[0]))
                and fold(words[-1]) not in common_words())  # "California Institution for Men"


_OF = patterns.compile(r"\s+of\s+(?:the\s+)?")


def _not_after_person(text: str, sep: re.Match[str], start: int, end: int) -> bool:
    """ "of" joins a name ("Bank of America", "Department of Health") but not a person to
    where they work: "Eugene H. Nickerson of Federal District Court", "Noah Greenwald of
    the Center for Biological Diversity"."""
    # only the words just before "of" are read: a run of thousands of "X of Y" links is
    # looked at once per link, not from its start each time (which was quadratic)
    lo = max(start, sep.start() - _OF_WINDOW)
    before = text[lo:sep.start()].split()
    if lo > start:
        before = before[1:]  # the first word may be cut
    if not before:
        return True
    if fold(before[-1]) in role_words():
        return True  # "Director of ..."
    common = common_words()
    if _one_word(text, sep.end(), end) and "the" not in fold(sep.group()) and all(
        fold(w) in common and not is_given_name(fold(w))
        for w in (before[-1], text[sep.end():end])
    ):
        return True  # everyday words of one name ("Pacific Ring of Fire", "Hall of Fame"),
        # not a person and where they work ("Maggie Haberman of the Times", "Smith of Mobile")
    if lo == start and _person_tail(before):
        return False  # (a person's name is never the window's width)
    # a person after a role: "Deputy D.A. Lowell Anger of the Crimes Against Police ..."
    return not _role_split(text, [t.span() for t in _TOKEN.finditer(text, lo, sep.start())][
        1 if lo > start else 0:])


_OF_WINDOW = 200
"""Characters before "of" read to tell a person (two to four words) or a role from a name."""
_ONE_WORD = patterns.compile(r"\s*\S+")


def _one_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one word (spaces before it allowed), read from its
    start only: a run's rest is asked at each of thousands of links."""
    one = _ONE_WORD.match(text, start, end)
    return one is not None and one.end() == end


_ABSTRACT = patterns.compile(r"[a-z](?:ology|ics|ence|ance|ment|tion|sion|ity|erce|ness|ism|ing)$")
"""The subject of an office ("Meteorology and Geophysics Agency", "Commerce and ...")."""
_LONE_FORMS = frozenset("inc ltd corp plc llc".split())
"""Legal forms written short (``LEGAL_FORMS``) that a comma parts from their company's name
("Acme Data Systems, Inc.", "Pixar, LLC"): alone, no name of anything."""
_COMMA_AT_END = patterns.compile(r",\s*\Z")


def _parted_form(text: str, start: int, end: int, before: tuple[int, int] | None) -> bool:
    """Whether a legal form at ``start`` is its company's, parted by a comma: the run before
    it ends at the comma ("In 2010, Inc. magazine" names a magazine), and the form has its
    point or that run opens with no function word ("In London, PLC shares fell" names the
    Palestinian council; "About EYP Mission Critical Facilities, Inc." a company's form)."""
    if before is None or not _COMMA_AT_END.match(text, before[1], start):
        return False
    if text[end - 1:end] == "." or text[end:end + 1] == ".":
        return True
    first = _LETTERS.match(text, before[0])
    return first is not None and fold(first.group()) not in STOPWORDS


_LETTERS = patterns.compile(r"[^\W\d_]+")
_ORG_ENDS = ORG_WORDS | frozenset(
    "administration bureau museum boulevard lane drive guild tech".split()
)
_FIELD_HEADS = _ORG_ENDS | frozenset(
    "secretariat tribunal directorate fund trust corps faculty".split())
"""The words of a body whose fields follow its "of" or "for", or end its name, for
``_dictionary_field``: "Secretariat of Agriculture and Livestock"."""
_LAST_WORD = patterns.compile(r"([A-Za-z]+)$")
_WORD_PREFIXES = frozenset("co ex vice anti pro non pre post self mid re".split())
"""What is left of "Ex-president" or "Anti-war" once the lower-case tail is cut: no name."""


def _kept_hyphen(text: str, sep: re.Match[str], start: int, end: int) -> bool:
    """A tail that does not end its word ("A-b.c"), that ends a title, or that ends an
    everyday word inside a name is no tail."""
    return (sep.end() < end and not text[sep.end()].isspace()) or _hyphenated_title(
        text, sep, end) or _hyphened_word(text, sep, start, end)


_DESCRIBING_TAILS = frozenset("era style like wide area type size class made run born".split())
"""Tails that make a compound describe what follows ("Cold War-era", "Chicago-area"), as
a participle does ("-based", "-born", "-led", "-powered")."""
_JOINT_BEFORE = patterns.compile(r"[ \t](?:and|of|for)[ \t]+\Z")
_JOINT_AFTER = patterns.compile(r"[ \t]+(?:and|of|for)[ \t]+[A-Z]")


def _hyphened_word(text: str, sep: re.Match[str], start: int, end: int) -> bool:
    """ "Organisation for Security and Co-operation", "Gulf Co-operation Council", "Nuclear
    Non-proliferation Treaty": a prefix, or a word of the dictionary cut by a hyphen,
    capitalised, inside a name (a capitalised word of the run after it, perhaps after
    "and", "of" or "for", or one of those before it); not a name and a participle or a
    describing tail ("New York-based Human Rights Watch", "Ivy Bridge-powered MacBook
    Air", "Cold War-era"), nor the run's first word ("Anti-war protesters" is a word of
    the sentence)."""
    before = _LAST_WORD.search(text, max(start, sep.start() - 20), sep.start())
    if before is None or before.start(1) == start:
        return False
    head, tail = before.group(1), sep.group()[1:]
    if not (head[:1].isupper() and head[1:].islower()) or tail.endswith("ed") or (
            tail in _DESCRIBING_TAILS):
        return False
    if fold(head) not in _WORD_PREFIXES and not in_dictionary(fold(head) + tail):
        return False  # "York-based", "Zealand-born": a name's; "NFC West-champion Seattle
        # Seahawks", "Senior Committee-former Atlanta": two words, no word written so
    inside = sep.end() < end and (_CAPITAL_AFTER.match(text, sep.end()) is not None
                                  or _JOINT_AFTER.match(text, sep.end()) is not None)
    return inside or _JOINT_BEFORE.search(text, max(start, before.start(1) - 6),
                                          before.start(1)) is not None


def _hyphenated_title(text: str, sep: re.Match[str], end: int) -> bool:
    """ "Co-founder Asghar Bukhari": a hyphenated title, split off later as a title."""
    before = _LAST_WORD.search(text, max(0, sep.start() - 10), sep.start())
    return before is not None and (_is_title(fold(before.group(1) + sep.group())) or (
        sep.group()[1:] in _TITLE_SUFFIXES and fold(before.group(1)) not in _WORD_PREFIXES
    ))  # "Speaker-elect", "Attorney General-designate"; not "Re-elect"


_PLURAL_NOUNS = frozenset("people children women men workers".split())
_COUNTED_NOUNS = _PLURAL_NOUNS | frozenset(("police", "personnel"))
"""Plurals with no "-s" that a number counts ("Nine Israeli police were hurt")."""
_BUSINESS_WORDS = frozenset(
    """club bar restaurant store shop cafe café pub diner deli bakery grill kitchen market
    tavern inn garage salon""".split())
"""What a business named after its owner is ("Sam's Club", "Joe's Pub"); a place's
possessive before a body ("Georgia's Senate") is two names."""


_PEOPLES_PLACES = ORG_WORDS | frozenset(
    "jail prison stadium arena hotel museum library clinic home shelter hall".split())
"""What a plural's possessive opens besides a body: a place for those people."""


_COUNT_AFTER = patterns.compile(rf"[ \t]+(?:\d|(?i:{'|'.join(sorted(NUMBER_WORDS))})\b)")
"""A number after a run ("Day one", "Day 2"): a count of days, no holiday's name."""


def _named_alone(text: str, word: str) -> bool:
    """Whether the text names ``word`` as a whole name elsewhere, without "'s Day" or "'s
    Eve" after it and no capitalised word next to it: "Obama's Day began with a briefing"
    beside "Obama said" is Obama's day; "Martin Luther King" or "Bill Valentine" leave "King's
    Day" and "Valentine's Day" whole."""
    for m in re.finditer(rf"\b{re.escape(word)}\b(?!['’]s?[ \t]+(?:Day|Eve)\b)", text):
        before = _LAST_WORD.search(text, max(0, m.start() - 30), max(0, m.start() - 1))
        if before and before.end() == m.start() - 1 and before.group(1)[:1].isupper():
            continue  # the end of a longer name: "Martin Luther King"
        if _CAPITAL_AFTER.match(text, m.end()):
            continue  # the start of one: "King Charles", "Valentine cards" is not
        return True
    return False


_CAPITAL_AFTER = patterns.compile(r"[ \t]+[A-Z]")


_HOLIDAY_NAME = patterns.compile(HOLIDAY)
"""The holidays the date reader knows ("New Year's Eve", "Valentine's Day"): always whole."""


def _holiday_start(text: str, at: int) -> int:
    """Where a holiday's name may start before its possessor: "New Year's" starts a word
    before "Year"."""
    before = text.rfind(" ", max(0, at - 12), at - 1)
    return before + 1 if before >= 0 and text[before + 1:at - 1].istitle() else at


def _named_possessive(text: str, sep: re.Match[str], start: int, end: int) -> bool:
    """A plural common noun's or a role's possessive before an organisation word is part of
    the name: "Children’s Hospital", "Workers’ Party", "Sudanese Peoples’ Liberation Army",
    "Sheriff's Department", "District Attorney's Office"; so is any possessive before "Day"
    or "Eve", a holiday's ("Valentine's Day", "New Year's Eve")."""
    before = _LAST_WORD.search(text, max(0, sep.start() - 40), sep.start())
    # the run's last word, read from its end: slicing the whole rest of a run at each of
    # thousands of possessives was quadratic
    last = text[max(sep.end(), end - 60):end].split()
    if before is None or not last:
        return False
    word = fold(before.group(1))
    plural = sep.group().startswith(("'", "’")) and word.endswith("s") or word in _PLURAL_NOUNS
    common = word in common_words() or word.endswith("s") and word[:-1] in common_words()
    if plural and common and fold(last[-1]).split("-")[0] in _PEOPLES_PLACES and not (
            (given := _LAST_WORD.search(text, max(start, before.start() - 20),
                                        before.start() - 1))
            and text[given.end():before.start()] == " " and is_given_name(fold(given[1]))):
        # not a person's surname that is a plural too ("Tyra Banks' Home", "Maxine Waters'")
        return True  # "Workers' Party", "Sudanese Peoples' Liberation Army", "Men's
        # Central Jail", "Children's Museum"
    one = _one_word(text, sep.end(), end)
    if one and fold(last[-1]) in ("day", "eve") and not _COUNT_AFTER.match(text, end) and (
            _HOLIDAY_NAME.match(text, _holiday_start(text, before.start()))
            or not _named_alone(text, before.group(1))):
        return True  # a holiday: "Valentine's Day", "New Year's Eve", not "Obama's Day one"
    if one and word in role_words() and (
            fold(last[-1]).split("-")[0] in ORG_WORDS):
        return True  # a role's office, one word: "Sheriff's Department", not "the
        # President's Justice Department"
    # a business named after its owner's given name: "Sam's Club" ("Labour's Jeremy
    # Corbyn", "Georgia's Senate", "Austin's Police" split)
    return one and is_given_name(word) and (
        word not in common_words()) and fold(last[-1]) in _BUSINESS_WORDS


def _split(
    text: str,
    spans: list[Span],
    separator: re.Pattern[str],
    keep: Callable[[str, re.Match[str], int, int], bool] | None = None,
    needles: tuple[str, ...] = (),
) -> list[Span]:
    """Cut each span where ``separator`` matches (unless ``keep`` says the match belongs to
    the name), dropping the separator and following spaces. Spans without any of
    ``needles`` (text every match of ``separator`` contains) are kept as they are."""
    out: list[Span] = []
    for s, e in spans:
        if needles and all(text.find(n, s, e) < 0 for n in needles):  # (no slice copied)
            out.append((s, e))  # no separator can match: most runs
            continue
        piece_start = s
        for sep in separator.finditer(text, s, e):
            if keep is not None and keep(text, sep, piece_start, e):
                continue
            out.append((piece_start, sep.start()))
            piece_start = sep.end()
            while piece_start < e and text[piece_start].isspace():
                piece_start += 1
        if piece_start < e:
            out.append((piece_start, e))
    return out
