"""Quotations in one document, with the speaker's name where the text gives one."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from . import patterns
from .dates import MONTH_NAMES, WEEKDAYS
from .lexicon import WORD, fold, is_common
from .model import Document, Span
from .names import headlines, is_headline_at, role_words, title_shape


@dataclass(frozen=True, slots=True)
class Quote:
    """Words inside quotation marks, with the speaker's name where the text gives one."""

    start: int
    end: int
    sentence: int
    text: str
    speaker: Span | None


_OPEN_CLOSE = {"“": "”", '"': '"', "‘": "’", "``": "''", "''": "''", "«": "»"}
_ELISION = r"(?:em|til|cause|cos|twas|tis|n|round)\b"
"""Words an apostrophe shortens at their start ("lock 'em up", "open 'til midnight", "rock
'n' roll"): no quotation opens there."""
_SINGLE_OPEN = rf"‘(?<![\w]‘)(?!{_ELISION})|'(?<![\w]')(?=\w)(?!{_ELISION})"
"""A single mark that may open a quotation: not inside a word, not an elision's."""
_OPENER = patterns.compile(rf"“|\"(?<!\d\")|``|'(?<![^\s(\[—–/:-]')'(?=[^\W_]|[$£€\[(.…‘])|«"
                           rf"|{_SINGLE_OPEN}")
"""An opening mark. A straight mark after a digit is no opening but inches ("a 55" TV"), nor
is an apostrophe before an elided word ("'em"); one before two digits opens only where a
close follows in its paragraph ("'20 people died,' he said", not "the '50s, has died",
``find_quotes``). Two apostrophes open too after a space, a bracket, a dash or the line's
start and before a word, as in wire copy whose "``" was flattened ("''Would we have done it
without him?'' Colts interim coach Bruce Arians asked.")."""
_DOUBLE_MARK = patterns.compile("|".join(re.escape(m) for m in sorted(
    {*_OPEN_CLOSE, *_OPEN_CLOSE.values()} - {"‘", "’"}, key=lambda m: (-len(m), m))))
"""A double quotation mark, opening or closing (single ones are apostrophes too)."""
_DIRECTED = ("“", "«")
"""Opening marks that differ from their closing ones and do not nest in themselves (English
nests the other kind); "``" does, in old wire copy, close quotes too."""


def _close_pattern(opener: str, reopens: bool) -> str:
    """What closes a quotation opened by ``opener``: its closing mark (a single one not
    inside a word), or, where ``reopens``, the opening mark again."""
    closer = _OPEN_CLOSE.get(opener, opener)
    close_re = re.escape(closer)
    if opener in ("‘", "'"):
        close_re = r"(?<!')'(?![\w'])" if opener == "'" else close_re + r"(?!\w)"
    return close_re + "|" + opener if reopens else close_re


_CLOSES = {(opener, reopens): patterns.compile(_close_pattern(opener, reopens))
           for opener in (*_OPEN_CLOSE, "'") for reopens in (False, True)}
"""``_close_pattern`` of every mark ``_OPENER`` finds, compiled once."""
_SAY = (r"(?:said|says|say|told|added|stated|wrote|tweeted|declared|insisted|explained"
        r"|warned|claimed|announced|asked|replied|noted|testified|argued|stressed"
        r"|recalled(?![ \t]+(?:\d|(?:the|an?|its|their|his|her|some|all|about|more|nearly"
        r"|over)\b))"
        r"|contended|according to)")
_WEEKDAY = "|".join(w.capitalize() for w in WEEKDAYS)
_WEEKDAY_OR_MONTH = rf"(?:{_WEEKDAY}|{'|'.join(m.capitalize() for m in MONTH_NAMES)})\b"
_NAME = r"[A-Z][\w'’-]*+(?:\s++(?:[A-Z][\w'’-]*+|and|&))*+"
"""A run of capitalised words (and "and", "&"), taken whole: possessive, so the spaces inside
it and the space before the verb are never tried both ways."""
_ROLE_BETWEEN = (r"(?:(?!(?:the|an?|of|in|on|at|for|to|with|from|by|and|or|but|that|who"
                 r"|whose|whom|which|as|after|before|when|while|during|about|over|into"
                 r"|though|although|because|since|if|unless|until|where|so|then|outside"
                 r"|inside|near|behind|across|around|along|beside|against|toward|towards"
                 r"|among|within|without|beyond|throughout|upon|via|like|including"
                 r"|yesterday|today|tonight|tomorrow|this|next|last|said|says|told)\b)"
                 r"[a-z][\w-]*+\s++){1,3}(?<!ing )"
                 rf"(?!(?:{_WEEKDAY})\b)")
"""Lower-case words of a role before a person, after a body or alone ("Trend Micro advanced
threat researcher Paul Ferguson", "CNN morning anchor John Roberts", "said doctor Ema
Suryani", "national disaster agency spokesman Sutopo Purwo Nugroho said"): no function word
and no weekday after them, so "said Obama on Monday", "said Netanyahu late Saturday
Jerusalem time", "said Lee whose company Blue Origin", "though Judge James Bodiford
said", "one fan outside Staples Center" and "lawyers representing Kobe Bryant said" (a
participle last: the person is the one spoken for) are no such run."""
_APPOSITION = r"(?:,[ \t]++[^,.“\"\n]{1,80}+,)?+"
"""Who the speaker is, between commas before the verb: "Ben Stephenson, controller of BBC
Drama commissioning, said", "Peter Gross, chief executive officer of EYP MCF, said"."""
_SPEAKER_AFTER = patterns.compile(
    rf"[\s,]*+(?:{_SAY}\s++(?:the\s++)?(?:(?:{_NAME}\s++)?{_ROLE_BETWEEN}"
    rf"(?=[A-Z][\w'’-]*+\s++[A-Z]))?(?P<a>{_NAME})"
    rf"|(?:{_ROLE_BETWEEN}(?=[A-Z][\w'’-]*+\s++[A-Z][\w'’-]*+\s))?"
    rf"(?P<b>{_NAME}|he|she|it|they){_APPOSITION}\s++{_SAY})"
)
_SAID_BY = patterns.compile(rf"(?:['’]s)?{_APPOSITION}\s++{_SAY}\b")
"""What follows a name that says something: "Al-Sawarmi Khalid, spokesman for Sudan's armed
forces, said", "Owen told", "Smith added"."""
_SAID_BY_AFTER_CLAUSE = patterns.compile(
    rf",[ \t]++(?:who|whose)\b[^,.“\"\n]{{1,160}}+,\s++{_SAY}\b")
"""A name, a relative clause between commas, then a verb of saying: "SeaMicro Chief Executive
Andrew Feldman, who will become general manager of AMD's newly created data-center server
solutions business, said" (longer than ``_SAID_BY``'s apposition)."""
_SAID_BEFORE = patterns.compile(
    rf"(?:[,\"”'’][ \t]*+{_SAY}|\baccording[ \t]+to)[ \t]++((?:[\w.'’-]++,?[ \t]++){{0,6}})\Z",
    re.IGNORECASE)
"""A verb of saying inverted after a quotation or a comma ("', said", ", explained"), or
"according to", then the words before a name, up to the name: "..., said fire chief James
Steele", "According to Jane Doe"."""
_SAID_INVERTED = patterns.compile(
    rf"\s++(?:the\s++)?(?:[a-z][\w-]*+\s++){{0,3}}(?!{_WEEKDAY_OR_MONTH})"
    rf"[A-Z][\w'’.-]*+(?:\s++[A-Z][\w'’.-]*+){{0,3}}(?=\s*+(?:[.,;:!?\"”)]|$))")
"""After a verb of saying, a name that ends its clause: the verb is that name's, inverted
("John Smith, who had fled, said police spokesman Tom Jones."), not the name's before it."""
_SPOKEN_FOR = patterns.compile(
    r"\b(?:for|of|to|with|by|from|about|against|behind|representing|near)[ \t]+"
    r"((?:[\w.'’-]+[ \t]+){0,3})\Z")
"""Before a name, what may make it no speaker of the "said" after it (``_spoken_for``)."""
_BEFORE_A_ROLE = frozenset(("former", "late", "the", "then", "acting"))


def _spoken_for(text: str, lo: int, at: int) -> bool:
    """Whether the name at ``at`` is one spoken for, in its sentence: a preposition before it,
    with only a title or a role between ("A spokesman for Gov. Arnold Schwarzenegger said",
    "a spokesman for former Gov. Rod Blagojevich said", "A friend of actress Lindsay Lohan
    said", "a source close to Smith said"); not "The boy was flown to Boston. Dr. John Baker
    said" (another sentence), nor "too fearful to go back Kacong said" (a verb between)."""
    m = _SPOKEN_FOR.search(text, lo, at)
    return m is not None and all(
        w[:1].isupper() or fold(w).rstrip(".") in role_words() or fold(w) in _BEFORE_A_ROLE
        for w in m.group(1).split())


_ROLE_GLUE = frozenset(("the", "a", "an", "and"))


def _who_speaks(words: str) -> bool:
    """Whether the words between a verb of saying and a name say who the speaker is: names
    and at most one role ("the Central Mat-Su fire chief,", "UN spokesman"), no clause ("the
    company fired")."""
    content = [fold(w) for w in words.replace(",", " ").split() if not w[:1].isupper()]
    content = [w for w in content if w not in _ROLE_GLUE]
    return not content or (len(content) <= 3 and content[-1] in role_words())


def speaks(text: str, start: int, end: int, lo: int) -> bool:
    """Whether the name at ``start:end`` says something: a verb of saying after it
    (``_SAID_BY``: "Feldman said", "Owen, the fire chief, told"), not as one spoken for
    ("a spokesman for Gov. Arnold Schwarzenegger said") nor with the verb inverted for a name
    after it ("John Smith, who had fled, said police spokesman Tom Jones."); or before it,
    inverted after a quotation or a comma or after "according to" (``_SAID_BEFORE``),
    the name ending its clause ("..., said Smith's lawyer" is the lawyer). ``lo``: where its
    sentence starts. "The Journal-Constitution said Nichols, who ..." tells of Nichols."""
    verb = _SAID_BY.match(text, end) or _SAID_BY_AFTER_CLAUSE.match(text, end)
    if verb is not None:
        return _SAID_INVERTED.match(text, verb.end()) is None and not _spoken_for(
            text, max(lo, start - 50), start)
    said = _SAID_BEFORE.search(text, max(lo, start - 60), start)
    return said is not None and _who_speaks(said.group(1)) and _CLAUSE_END.match(
        text, end) is not None


_CLAUSE_END = patterns.compile(
    r"(?:\s++(?:and|&)\s++[A-Z][\w'’.-]*+(?:\s++[A-Z][\w'’.-]*+)*+)?\s*+(?:[.,;:!?\"”)]|$)")
"""What follows a speaker's name the verb of saying came before: the end of its clause, or
another speaker's name first ("said Zadan and Meron.")."""


_SAID_AFTER = patterns.compile(rf"[\s,]*+(?:[\w'’.-]++\s++){{0,6}}?{_SAY}\b")
"""A close followed by who said it, in any words ("', the message said.")."""
_NAMED_FIRST = patterns.compile(
    rf"(?P<a>[A-Z][\w'’-]*+\s++{_NAME}),[ \t]++[a-zA-Z][^,.“\"\n]{{0,60}},[ \t]++$")
"""A full name, then a role between commas, right before the name found before "said": the
body after the role is the speaker's ("Ben Stephenson, Controller, BBC Drama Commissioning
says"); one word there opens the sentence ("Recently, speaking of his players, Smith said")."""
_SPEAKER_BEFORE = patterns.compile(
    rf"(?P<a>{_NAME}|he|she|it|they){_APPOSITION}\s++{_SAY}[^.“\"]{{0,40}}[:,]\s*$"
)


def find_quotes(doc: Document, *, min_words: int = 2) -> list[Quote]:
    """Quotations: double quotes, and single quotes that are not apostrophes.

    An opening quote left open at a paragraph's end closes there, as in news copy where each
    paragraph of a long quotation reopens the quote; a later paragraph may close it
    (``_continued``). A transcript's line ("Salerno: He's got to worry ...") quotes its
    speaker (``_transcript_lines``).
    """
    text = doc.text
    quotes: list[Quote] = []
    left_open: str | None = None
    starts = False  # the quotation left open started at its paragraph's start, a colon...
    carried: str | None = None  # left open, with only paragraphs without marks since
    middle: list[Span] = []  # those paragraphs
    lead_in = False  # the last paragraph quoted someone or ended with a colon
    transcript = _transcript_lines(doc, min_words)
    for p_start, p_end in doc.paragraphs or ((0, len(text)),):
        before = len(quotes)
        opener = left_open or carried
        pos = p_start
        if opener is not None:
            pos = _continued(doc, opener, p_start, p_end, quotes, min_words, far=bool(middle))
            if pos > p_start and len(quotes) > before and middle:
                # the paragraphs between the opening and the close are quoted too
                said = quotes[-1].speaker
                quotes[before:before] = [
                    Quote(s, e, doc.sentence_at(s), text[s:e], said)
                    for s, e, body in (_inside(text, a, b) for a, b in middle)
                    if _enough_words(body, min_words)
                ]
        if pos == p_start and lead_in and _may_close(text, p_start, p_end):
            # no close of what was left open (a single mark may have been an apostrophe:
            # "Gary Ross ‘direction was ..."), but one with its opening lost
            pos = _continued(doc, None, p_start, p_end, quotes, min_words)
        if pos == p_start and opener is None and p_start in transcript:
            quotes.append(transcript[p_start])
            pos = p_end
        left_open = None
        last_close: dict[str, int] = {}
        while pos < p_end:
            m = _OPENER.search(text, pos, p_end)
            if not m:
                break
            opener = m.group(0)
            closer = _OPEN_CLOSE.get(opener, opener)
            reopens = False
            if opener in _DIRECTED:
                if closer not in last_close:
                    last_close[closer] = text.rfind(closer, p_start, p_end)
                # “ cannot open inside “...”: before a close, the first was left open
                reopens = last_close[closer] > m.end()
            c = _CLOSES[opener, reopens].search(text, m.end(), p_end)
            if c is None and opener in ("‘", "'") and _TWO_DIGITS.match(text, m.end()):
                pos = m.end()  # "the '50s", "iLife '09 ships": an apostrophe, no close
                continue
            q_start = m.end()
            q_end = c.start() if c else p_end
            end_at = c.end() if c and c.group(0) == closer else q_end
            if c and opener == '"' and _opens(text, c.start()):
                end_at = q_end  # the mark opens the next quotation: this one was left open
            s, e, body = _inside(text, q_start, q_end)
            if _enough_words(body, min_words) and not (
                    opener in ("‘", "'") and len(body) > 120 and not _said_whole(
                        text, p_start, m.start(), c)):
                speaker = _speaker(text, m.start(), end_at)
                if speaker is not None or not _title(doc, s, text[s:e]):
                    quotes.append(Quote(s, e, doc.sentence_at(s), text[s:e], speaker))
            pos = max(end_at, m.end())
            if c is None:
                left_open = opener
                starts = not text[p_start:m.start()].strip() or _STARTS_QUOTATION.search(
                    text, max(p_start, m.start() - 20), m.start()) is not None
        if left_open is not None:
            # carried on only from an opening that starts a quotation: a stray mark inside a
            # sentence ('hunt "Granny bandit after ...') opens nothing paragraphs long
            carried, middle = (left_open if starts else None), []
        elif carried is not None and pos == p_start and len(middle) < _CARRIED_PARAGRAPHS \
                and not _DOUBLE_MARK.search(text, p_start, p_end) \
                and not _NARRATION.search(text, p_start, p_end):
            middle.append((p_start, p_end))
        else:
            carried, middle = None, []
        lead_in = len(quotes) > before or _ends_with_colon(text, p_start, p_end)
    return _passed_on(doc, quotes)


def _enough_words(body: str, least: int) -> bool:
    """``len(lexicon.words(body)) >= least``, reading only the first ``least`` words: a
    quotation runs to dozens."""
    return least <= 0 or sum(1 for _ in islice(WORD.finditer(body), least)) >= least


_MARKS_ONLY = patterns.compile(r"[\s\"“”‘’'`«».,!?…—–-]*")
"""What a paragraph that is only a quotation holds besides its words."""


def _passed_on(doc: Document, quotes: list[Quote]) -> list[Quote]:
    """A paragraph that is only a quotation, right after a paragraph whose last quotation
    has a speaker, goes on quoting that speaker: news copy names the speaker once ('Coleman
    said: "I'm so excited."' then '"I can't wait to start this new adventure!"')."""
    if not doc.paragraphs:
        return quotes
    text = doc.text
    starts = [p for p, _ in doc.paragraphs]
    out: list[Quote] = []
    last: tuple[int, Span] | None = None  # the paragraph of the last quotation, its speaker
    for k, q in enumerate(quotes):
        p = bisect_right(starts, q.start) - 1
        p_start, p_end = doc.paragraphs[p]
        alone = (k == 0 or quotes[k - 1].end <= p_start) and (
            k + 1 == len(quotes) or quotes[k + 1].start >= p_end) and bool(
            _MARKS_ONLY.fullmatch(text, p_start, q.start)) and bool(
            _MARKS_ONLY.fullmatch(text, q.end, p_end))
        if q.speaker is None and alone and last is not None and last[0] == p - 1:
            q = Quote(q.start, q.end, q.sentence, q.text, last[1])
        out.append(q)
        last = (p, q.speaker) if q.speaker is not None else None
    return out


_SINGLE_OPENING = patterns.compile(_SINGLE_OPEN)


def _said_whole(text: str, p_start: int, at: int, close: re.Match[str] | None) -> bool:
    """Whether a long single-quoted span is a quotation, not the stretch between two
    apostrophes: it opens its paragraph or follows a colon or a verb of saying ("Told
    Howell: 'I hope we showed you ...'"), and it closes after a stop or a comma."""
    return close is not None and text[close.start() - 1:close.start()] in ".,!?" and (
        not text[p_start:at].strip()
        or _STARTS_QUOTATION.search(text, max(p_start, at - 20), at) is not None
    ) and not _SINGLE_OPENING.search(text, at + 1, close.start())  # "'Bama fans packed
    # the streets ... told them: 'We are not done yet.'": another quotation opens inside


_TWO_DIGITS = patterns.compile(r"\d\d")
_STARTS_QUOTATION = patterns.compile(r"(?:[:,—–]|\b(?:said|says|told|added|asked))[ \t]*$")
"""What comes before an opening mark that starts a quotation, at its paragraph's start or
after a colon, a comma, a dash or a "said"."""
_NARRATION = patterns.compile(r",[ \t]+(?:[\w.'’-]+[ \t]+){0,5}(?:said|says|added)[ \t]*\.?[ \t]*$"
                              r"|\baccording[ \t]+to\b", re.MULTILINE)
"""A paragraph that tells who said something ("..., police said.", "according to a police
report"): narration, which ends a quotation left open paragraphs before."""
_CARRIED_PARAGRAPHS = 12
"""How many paragraphs without a mark a quotation left open may run on before its close
("``No.\n\nI've done it.\n\n...\n\nI don't need to do anything anymore.''", wire copy
that gives each sentence a paragraph); past them, a close is a stray mark."""


def _ends_with_colon(text: str, p_start: int, p_end: int) -> bool:
    """``text[p_start:p_end].rstrip().endswith(":")`` without copying the paragraph: its last
    colon with only spaces after it."""
    at = text.rfind(":", p_start, p_end)
    return at >= 0 and not text[at + 1:p_end].strip()


def _may_close(text: str, p_start: int, p_end: int) -> bool:
    """Whether the paragraph holds a directed close at all (most do not): ``_continued``'s
    search is skipped where it cannot find one."""
    return text.find("”", p_start, p_end) >= 0 or text.find("''", p_start, p_end) >= 0


_TRANSCRIPT = patterns.compile(r"(?P<name>(?:[A-Z][\w'’.-]*+[ \t]++){0,3}[A-Z][\w'’-]*+):[ \t]++"
                               r"(?=[A-Z0-9])")
"""A transcript's line: a name of one to four capitalised words, a colon and the words said."""


def _transcript_lines(doc: Document, min_words: int) -> dict[int, Quote]:
    """The words said in the paragraphs written as a transcript's lines, by where each
    paragraph starts: "Salerno: He's got to worry if he gets pinched, all them years he
    spent in that asylum." / "Sabato: That's what I'm saying." / "Salerno: For nothing.",
    with their speakers.

    A transcript is a dialogue: two speakers at least, one of them with two lines, so a
    briefs page's datelines ("NEW DELHI: ...", "MUMBAI: ..."), a roundup ("Maryland: ...",
    "Maine: ...") or player ratings ("Hart: ...", "Rooney: ...") are none. A name is no
    common word, weekday or month ("Update:", "Monday:") and is named outside the lines, not
    as a place ("in New Delhi"); the words are a sentence, not a heading ("Dr. Regina
    Benjamin: Nominee for Surgeon General")."""
    text = doc.text
    found: list[tuple[int, int, re.Match[str], str]] = []
    for p_start, p_end in doc.paragraphs[1:]:
        m = _TRANSCRIPT.match(text, p_start, p_end)
        if m is None:
            continue
        said = text[m.end():p_end].rstrip()
        if said.endswith((".", "!", "?", ".”", ".'", '."')) and not title_shape(said):
            last = re.sub(r"['’]s?$", "", m.group("name").split()[-1]).lower()
            found.append((p_start, p_end, m, last))
    if len(found) < 3:
        return {}
    lines = Counter(last for *_, last in found)
    if len(lines) < 2 or max(lines.values()) < 2:
        return {}
    outside, at = [], 0  # the text outside the lines, once
    for p_start, p_end, _, _ in found:
        outside.append(text[at:p_start])
        at = p_end
    outside.append(text[at:])
    rest = " ".join(outside).lower()
    named = {last for last in lines if len(last) >= 3 and not is_common(last)
             and last not in _CALENDAR_WORDS and re.search(rf"\b{re.escape(last)}\b", rest)
             and not re.search(rf"\b(?:in|at|near|from|to)\s+(?:\w+\s+)?{re.escape(last)}\b",
                               rest)}  # a person's, not a place's ("Officials in New Delhi")
    out: dict[int, Quote] = {}
    for p_start, p_end, m, last in found:
        if last in named:
            s, e, body = _inside(text, m.end(), p_end)
            if _enough_words(body, min_words):
                out[p_start] = Quote(s, e, doc.sentence_at(s), text[s:e], m.span("name"))
    return out if len({text[slice(*q.speaker)] for q in out.values()}) >= 2 else {}


_CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december today yesterday tonight".split())


def _title(doc: Document, start: int, quoted: str) -> bool:
    """Quotation marks around a title or a name, not around words someone said: a film, a
    book, a list, a nickname ("The Hunger Games", "Catching Fire", "15 Most Wanted",
    "Teflon Don", "Operation Muslim Vote", "Take Me Out to the Ball Game"), by its shape
    (``names.title_shape``). A headline capitalises every word, so there the marks may hold
    words said ("Brooklyn Neighborhood Is 'A Powder Keg'") and a quotation stays one. The
    name's capitals make it a name (``names``). ``quoted``: the words without the comma or
    stop the marks may close on ("Catching Fire," the book). In a headline the marks hold a
    title when the report writes those words as one elsewhere ("Won't Direct 'Hunger Games'
    Sequel" over "directed The Hunger Games"; not "'A Powder Keg'" over "a powder keg")."""
    if not title_shape(quoted):
        return False
    here = doc.sentences[doc.sentence_at(start)]
    return not is_headline_at(doc.text, *here) or _written_as_a_title(doc, here, quoted)


def _written_as_a_title(doc: Document, headline: Span, quoted: str) -> bool:
    """Whether the words ``quoted`` stand in ``doc`` outside ``headline`` and out of any
    headline, capitalised as a title (``names.title_shape``), not in capitals throughout
    (those say nothing of a title). Remembered for the last document, by its headlines' set
    (``names.headlines``): a report of thousands of quoted headlines asks once a wording."""
    key = (doc.text, quoted.lower())
    if _TITLE_SEEN.get(key) is not None:
        return _TITLE_SEEN[key]
    if len(_TITLE_SEEN) > 4096:
        _TITLE_SEEN.clear()
    text, skipped = doc.text, headlines(doc)
    low = _lowered(text)
    starts = (m.start() for m in re.finditer(re.escape(quoted), text, re.IGNORECASE)) if (
        low is None) else _all_at(low, key[1])  # str.find where lowering keeps the length
    found = False
    for at in starts:
        end = at + len(quoted)
        written = text[at:end]
        if (not headline[0] <= at < headline[1] and (at == 0 or not text[at - 1].isalnum())
                and (end == len(text) or not text[end].isalnum()) and not written.isupper()
                and title_shape(written) and doc.sentence_at(at) not in skipped):
            found = True
            break
    _TITLE_SEEN[key] = found
    return found


def _all_at(text: str, part: str) -> Iterator[int]:
    """Every offset of ``part`` in ``text``, by ``str.find``."""
    at = text.find(part)
    while at >= 0:
        yield at
        at = text.find(part, at + 1)


_TITLE_SEEN: dict[tuple[str, str], bool] = {}


@lru_cache(maxsize=4)
def _lowered(text: str) -> str | None:
    """The text in lower case, or None where lowering changes its length ("İ")."""
    low = text.lower()
    return low if len(low) == len(text) else None


def _opens(text: str, at: int) -> bool:
    """Whether the straight mark at ``at`` opens a quotation rather than closes one: a space
    before it and a word after it ('...replace that. "It's devastating."', '...the Pro
    Ecclesia medal. "You don't get that for just being a token Catholic," she told CNA.')."""
    return at > 0 and text[at - 1].isspace() and text[at + 1:at + 2].isalnum()


def _closes(text: str, at: int) -> bool:
    """Whether the straight mark at ``at`` can only close a quotation: after a letter, a digit,
    a stop, a comma or a bracket, and before a space, a stop or the end. After a space, a
    colon, a slash or a dash, or before a word, it opens one ('told reporters:"We ...',
    'called it a"game changer,"', at a paragraph's start '"$15 an hour ...')."""
    if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in ".,!?…)]"):
        return False
    after = text[at + 1:at + 2]
    return not after or not (after.isalnum() or after in "$£€([‘'")


def _continued(
    doc: Document, opener: str | None, p_start: int, p_end: int, quotes: list[Quote],
    min_words: int, *, far: bool = False,
) -> int:
    """A quotation left open at the end of the last paragraph that this one does not reopen
    but closes ("...compete for victory.\n\nThis will give a powerful impetus ...', the
    message said."): from the paragraph's start to the close, when a "said" or the
    paragraph's end follows the close. A double mark may close in another style than it
    opened ('"A man was working...\n\nHis body was found,\'\' he said'). With no
    quotation left open (``opener`` None), only a directed close after a stop or a comma
    counts: the paragraph's opening mark was lost ('...,” said Zadan and Meron.\n\nShe is
    beloved everywhere ... as we are.”'). Returns where the search for quotations goes on."""
    text = doc.text
    double = opener is None or opener in _DOUBLE_OPENERS
    until = p_end
    for m in _OPENER.finditer(text, p_start, p_end):
        if m.group(0) == '"' and _closes(text, m.start()):
            continue  # a straight mark after a word or a stop closes the quotation
        if double and m.group(0) in ("‘", "'"):
            continue  # a single quotation nests inside a double one
        until = m.start()
        break
    if until == p_start:
        return p_start
    if opener is None:
        close = _ORPHAN_CLOSE
    elif double:
        close = _DOUBLE_CLOSE
    else:  # a single mark; paragraphs away (``far``), one after a stop or a comma only,
        # where an apostrophe never stands ("the players' union said")
        closer = re.escape(_OPEN_CLOSE.get(opener, opener))
        close = re.compile((r"(?<=[.,!?])" if far else r"(?<=[\w.,!?])") + closer + r"(?!\w)")
    c = close.search(text, p_start, until)
    if c is None or _STRAY_MARK.search(text, p_start, c.start()):
        return p_start
    said = _SAID_AFTER.match(text, c.end(), min(p_end, c.end() + 80))
    if said is None and text[c.end():p_end].strip(" .,;:!?"):
        return p_start
    s, e, body = _inside(text, p_start, c.start())
    speaker = _speaker(text, p_start, c.end())
    if _enough_words(body, min_words) and (speaker is not None or not _title(doc, s, text[s:e])):
        quotes.append(Quote(s, e, doc.sentence_at(s), text[s:e], speaker))
    return c.end()


_DOUBLE_OPENERS = ("“", '"', "``", "''", "«")
_DOUBLE_CLOSE = patterns.compile(r"(?<=[^\W\d_]|[.,!?)\]])(?:”|''|\"|»)(?!\w)")
"""The close of a double quotation left open: any double closing mark, after a letter, a stop,
a comma or a bracket (after a digit, two marks are inches: "the 17'' MacBook")."""
_STRAY_MARK = patterns.compile(r"[\"“„‟«‹»”]|''|``")
"""A double quotation mark of any kind: none may stand before a continued quotation's close
(``_continued``)."""
_ORPHAN_CLOSE = patterns.compile(r"(?<=[.,!?])(?:”|'')(?!\w)")
"""A directed close with no opening mark before it in its paragraph: only after a stop or a
comma, where a quotation ends ("...on Drake”" and "the new 17''" are no quotation)."""


def _inside(text: str, q_start: int, q_end: int) -> tuple[int, int, str]:
    """The quoted words between the marks: their span without the spaces around them and a
    closing comma or stop, and the words stripped of spaces only (what is counted)."""
    body = text[q_start:q_end].strip()
    s = q_start + len(text[q_start:q_end]) - len(text[q_start:q_end].lstrip())
    return s, s + len(body.rstrip(" ,.;:")), body


_PARAGRAPH_GAP = patterns.compile(r"\n[ \t]*\n")
"""A blank line: a paragraph's end (a single line break may wrap a paragraph)."""


def _speaker(text: str, q_open: int, q_close: int) -> Span | None:
    """Who said the words: a name and a "said" just after the close, in its paragraph (the
    next paragraph's "Inslee noted the ..." is about something else), or a name, a "said"
    and a colon or comma just before the opening."""
    gap = _PARAGRAPH_GAP.search(text, q_close, q_close + 80)
    after = _SPEAKER_AFTER.match(text, q_close, gap.start() if gap else min(len(text),
                                                                           q_close + 80))
    if after:
        group = "a" if after.group("a") else "b"
        return after.span(group)
    window_start = max(0, q_open - 160)
    window = text[window_start:q_open]
    # the pattern ends in a colon or a comma and spaces: a window ending otherwise (nine in
    # ten) is not searched (rstrip and ``\s`` strip the same characters)
    before = _SPEAKER_BEFORE.search(window) if window.rstrip().endswith((":", ",")) else None
    if before:
        lead = _NAMED_FIRST.search(window, 0, before.start("a"))  # "Ben Stephenson,
        found = lead or before  # Controller, BBC Drama Commissioning says:": the person
        return (window_start + found.start("a"), window_start + found.end("a"))
    return None


def in_marks(text: str, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` are quoted: a double quotation mark at one of their
    edges (just before or at the start, at the end or just after), not only somewhere inside
    them. One edge is enough: another report's quotation is often found in a wider stretch
    ('the "Oddfather"' for '"the Oddfather"')."""
    return (_DOUBLE_MARK.search(text, max(0, start - 2), min(end, start + 1)) is not None
            or _DOUBLE_MARK.search(text, max(start, end - 1), end + 2) is not None)
