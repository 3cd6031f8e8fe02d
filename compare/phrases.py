"""Facts written in lower case: the charges a person faces, the illnesses a person has, and
the statements news gives in set words ("no one was hurt", "the cause was not known", "the
building was vacant", "one of the oldest buildings", "the fire destroyed the building").

"charged with vehicular manslaughter, criminally negligent homicide, driving drunk and leaving
the scene of a fatal accident" holds four facts that no capital letter or digit marks. They
are found after the words that introduce a charge (or an illness: "suffered from", "history
of"), cut at the list's commas and "and", and keyed by their content words, so another
outlet's wording of one charge ("driving while under the influence of alcohol") meets it. A
charge or illness one report names after its cue is then found where another report names it
bare ("his brother had paranoid schizophrenia"). Pure functions over ``Document``s.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from itertools import accumulate, groupby

from . import patterns
from .lexicon import STOPWORDS, fold, stem
from .model import Document, Span

CHARGE, CONDITION, CASUALTIES, UNKNOWN = "charge", "condition", "casualties", "unknown"
VACANT, SUPERLATIVE, DESTROYED = "vacant", "superlative", "destroyed"

_OBJECT = r"(?-i:him|her|them|[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2})"
"""Who is charged, between the verb and its preposition: "convicted Gigante of"."""
_INTRO = patterns.compile(
    r"\b(?:charged\s+with|accused\s+of|convicted\s+of|acquitted\s+of|cleared\s+of|"
    r"found\s+guilty\s+of|pleaded\s+(?:not\s+)?guilty\s+to|pleads\s+(?:not\s+)?guilty\s+to|"
    r"indicted\s+(?:on|for)|(?:arrested\s+)?on\s+suspicion\s+of|arrested\s+for|"
    r"(?:charged|convicted|acquitted|cleared|found)\s+" + _OBJECT
    + r"\s+(?:guilty\s+)?(?:of|with)|"
    r"(?:charges|crimes|offen[cs]es)\s+(?:including|ranging\s+from)|"
    r"(?:on|faces?|facing|including)\s+(?:a\s+)?charges?\s+of)\s+",
    re.IGNORECASE,
)
_ILLNESS_INTRO = patterns.compile(
    r"\b(?:(?:a|his|her|their|has|had)\s+(?=history))?(?P<cue>suffer(?:s|ed)?(?:\s+from)?|"
    r"suffering\s+from|diagnosed\s+with|history\s+of|(?:died|dies|dying)\s+(?:of|from)|"
    r"treated\s+for)\s+",
    re.IGNORECASE,
)
"""Words after which a list names an illness or an injury: "suffered from", "history of".
A lone illness is shown with its cue ("died of heart failure", "suffered heart problems"):
what the report says of it."""
_LAW_NOUN = patterns.compile(r"\b(?:charges?|conviction|rap)\b")
"""A charge written before its noun: "racketeering charges", "the 1959 heroin conviction"."""
_WHICH_CHARGES = frozenset(
    """federal state criminal felony misdemeanor misdemeanour new additional formal serious
    lesser related similar other pending original outstanding previous prior earlier separate
    multiple several more fewer those these the a an his her their its possible reduced
    dropped initial latest remaining same any both all such two three four five six seven
    eight nine ten first second third fourth last final current further various no
    eventual""".split()
)
"""Words before "charges" that say which charges: "two first-degree murder charges"."""
_NOT_OFFENCE = _WHICH_CHARGES | frozenset(
    """face faces faced facing file files filed filing bring brings brought bringing press
    including
    pressed pressing drop drops dropping deny denies denied lay laid level levelled leveled
    reduce upgrade upgraded add added fight fighting fought beat dodge escaped answer
    single full late partial quick battery electric electrical""".split()
)
"""Words before "charges" that say which charges, what is done with them ("faces",
"dropped") or which charge is meant ("a single charge"), not what they charge."""
_ONE_CHARGE_LEFT = frozenset("a an one the this that his her their its".split())
_LAW_NOUN_LEFT = frozenset(
    (STOPWORDS | _NOT_OFFENCE) - {"to", "i", "you", "he", "she", "it", "we", "they", "who"}
)
"""What may stand before a charge written before its noun: "on murder charges", "a 1959
heroin conviction"; not "to" ("to pursue charges"), a pronoun ("he doubts charges will be
filed"), a noun or a verb ("experts believe polygamy charges")."""
_COUNTED = patterns.compile(r"\d|-(?:year|month|week|day|hour|count)s?(?:-old)?$")
_COUNTS = patterns.compile(
    r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|multiple|several)\s+)?"
    r"counts?\s+of\s+|(?:(?:a|an|the)\s+)?(?:charges?|counts?)\s+of\s+|(?:a|an|the)\s+",
    re.IGNORECASE,
)
_LIST_END = patterns.compile(
    r"[.;:!?()\[\]\"“”—]|\s[-–]\s|,\s+(?:according|police|prosecutors|officials|authorities|"
    r"the\s+\w+\s+said|he\s+said|she\s+said|they\s+said|[A-Z])"
)
_ITEM_END = patterns.compile(
    r"\s+(?:in\s+(?:the|a|an|its|his|her|their|connection|relation)|after|following|over|"
    r"for\s+(?:the|his|her|their)|when|who|which|that|because|on\s+(?:[A-Z]|\w+day)|of\s+(?:his|her|their)"
    r"|in\s+another|yesterday|today|tonight|early|late"
    r"|last\s+(?:night|week|weekend|month|year)|a\s+few\s+(?:days|weeks|hours))\b"
)
"""Where a charge's words end and what follows says when ("driving under the influence
early yesterday", "drunk driving a few days before their play-off game", "drunken driving
last weekend", "attempted murder in another case"); a charge's object stays ("assault on
a police officer", "possession of a firearm near a school"), and so does "while" ("driving
while intoxicated")."""
_CAPITAL = patterns.compile(r"(?<=\s)[A-Z]")
_CLAUSE_WORDS = frozenset(
    """was were is are be been being has have had will would could should said says say told
    there where which who whom whose remain remained found sentenced received receives faces
    faced pleaded admitted denied served""".split()
)
"""Verbs that start the clause after a list ("convicted of assault and received two life
sentences"), so a piece holding one is no charge."""
_TOKEN = patterns.compile(r"\S+")
_NOT_CHARGES = frozenset(
    "all charges charge role part time first second third his her their its".split()
)
"""Words that open what follows "cleared of" or "arrested for" when it is no charge."""
_DANGLING = frozenset("of the a an and or to in on for with by at from his her their its".split())
_SEPARATOR = r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+"
_SEPARATORS = patterns.compile(_SEPARATOR)
_RANGE_SEPARATORS = patterns.compile(
    _SEPARATOR
    + r"|(?<!conspiracy)(?<!attempt)(?<!intent)(?<!plot)(?<!plotting)(?<!scheme)\s+to\s+"
)
"""In "ranging from loan sharking to murder", "to" joins two charges, but not in
"conspiracy to commit murder"."""
_LAW_TAIL = frozenset("charge charges count counts conviction convictions".split())
_GENERIC_ILLNESS = frozenset(
    """problem problems disease diseases condition conditions trouble troubles illness
    illnesses ailment ailments issues disorder disorders""".split()
)
"""Heads that say only that something is wrong: "heart disease" and "heart problems" are
one fact, keyed by "heart"."""
_HURT = r"(?:hurt|injured|harmed|wounded|killed|dead|died)"
_CASUALTIES = patterns.compile(
    r"\bno\s+(?:immediate\s+|other\s+|initial\s+)?reports?\s+of\s+(?:any\s+)?"
    r"(?:injuries|injury|casualties|deaths|fatalities)\b|"
    r"\bno\s+(?:one|body|people|person|passengers|residents|civilians|children)\s+"
    r"(?:else\s+)?(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|appeared\s+to\s+be|"
    r"appears\s+to\s+be)\s+)?(?:seriously\s+|immediately\s+|reported\s+)?" + _HURT
    + r"(?:\s+or\s+" + _HURT + r")?\b|"
    r"\bnobody\s+(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:seriously\s+)?" + _HURT
    + r"(?:\s+or\s+" + _HURT + r")?\b|"
    r"\bno\s+(?:serious\s+|major\s+|immediate\s+|other\s+)?"
    r"(?:injuries|casualties|deaths|fatalities)(?:\s+or\s+(?:injuries|deaths))?\s+"
    r"(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:immediately\s+)?reported\b|"
    r"\bthere\s+(?:were|was|have\s+been)\s+no\s+(?:serious\s+|immediate\s+|other\s+)?"
    r"(?:injuries|casualties|deaths|fatalities)\b|"
    r"\bno\s+(?:dead|deaths)\s+or\s+(?:wounded|injured|injuries)\b",
    re.IGNORECASE,
)
"""That nobody was hurt or killed: "no reports of injuries", "no one was killed or injured"."""
_KILLED = patterns.compile(r"\b(?:killed|dead|died|deaths|fatalities|casualties)\b", re.IGNORECASE)
_INJURED = patterns.compile(r"\b(?:hurt|injured|harmed|wounded|injuries|injury|casualties)\b",
                            re.IGNORECASE)
_UNKNOWN = patterns.compile(
    r"\b(?:the\s+)?(?P<noun>cause|causes|origin|motive)\s+of\s+(?:the\s+)?"
    r"(?P<what>[a-z]+(?:\s+[a-z]+)?)\s+"
    r"(?:was|were|is|are|has|have|had|remains?|remained)\s+(?:(?:still|yet)\s+)?"
    r"(?:not\s+|n't\s+)?(?:been\s+)?(?:immediately\s+|yet\s+|officially\s+)?"
    r"(?:known|unknown|announced|released|disclosed|determined|clear|unclear|available|"
    r"given|under\s+investigation|being\s+investigated)\b",
    re.IGNORECASE,
)
"""That a cause or motive is not known yet: "the cause of death was not immediately known"."""
_VACANT = patterns.compile(
    r"\b(?P<said>(?:was|were|is|are|(?:had|has|have)\s+been)\s+"
    r"(?:long\s+|largely\s+|mostly\s+|completely\s+|still\s+)?"
    r"(?:vacant|unoccupied|empty|uninhabited))\b|"
    r"\b(?:the|an?)\s+(?P<before>(?:vacant|unoccupied|uninhabited)\s+(?-i:[a-z]+))\b",
    re.IGNORECASE,
)
"""That a place had nobody in it: "the building was vacant", "the school was empty", "saw
the vacant building" (not "an empty promise"): one fact in any of these words, keyed by the
place ("the vacant roster spot" is another fact); without the place's noun ("it was empty",
"had been vacant for years"), none."""
_SUPERLATIVE = patterns.compile(
    r"\b[Oo]ne\s+of\s+the\s+(?P<adj>(?:most|least)\s+[a-z]+|[a-z]{2,}est|best|worst)\b"
    r"(?:\s+(?P<noun>[a-z][a-z-]*))?"
)
"""A claim of rank: "one of the oldest buildings in Palmer", "one of the most photographed
women"; keyed by its adjective alone, so "one of the oldest in Palmer" meets it (over the
corpus's same-event pairs, 13 pairs of these share an adjective, none about two things)."""
_NOT_SUPERLATIVE = frozenset(
    """interest guest test contest protest rest west forest arrest priest chest request
    harvest quest nest""".split()
)
"""Nouns in -est that follow "one of the" ("one of the guest speakers")."""
_DESTROY = patterns.compile(r"\b(?:destroy(?:s|ed|ing)?|razed?)\b", re.IGNORECASE)
_NEEDS: dict[re.Pattern[str], tuple[str, ...]] = {
    _INTRO: ("charge", "accus", "convict", "acquit", "clear", "guilty", "indict", "arrest",
             "crime", "offen", "found", "suspicion"),
    _ILLNESS_INTRO: ("suffer", "diagnos", "history", "died", "dies", "dying", "treated"),
    _LAW_NOUN: ("charge", "conviction", "rap"),
    _CASUALTIES: ("injur", "casualt", "death", "fatalit", "hurt", "harm", "wound", "kill",
                  "dead", "died"),
    _UNKNOWN: ("cause", "origin", "motive"),
    _SUPERLATIVE: ("one",),
    _VACANT: ("vacant", "unoccupied", "empty", "uninhabited"),
    _DESTROY: ("destroy", "raze"),
}
"""Words (lower case) one of which every match of each pattern holds: only the stretches of
text around them are scanned with it (``_matches``)."""
_WORDS_AND_SPACES = patterns.compile(r"[^\w\s]")
_OUTSIDE: dict[re.Pattern[str], re.Pattern[str]] = {
    _INTRO: patterns.compile(r"[^\w\s'.-]"),  # "convicted Mr. O'Neil of"
    _ILLNESS_INTRO: _WORDS_AND_SPACES,
    _LAW_NOUN: patterns.compile(r"\W"),
    _CASUALTIES: _WORDS_AND_SPACES,
    _UNKNOWN: patterns.compile(r"[^\w\s']"),  # "wasn't known"
    _SUPERLATIVE: patterns.compile(r"[^\w\s-]"),
    _VACANT: _WORDS_AND_SPACES,
    _DESTROY: patterns.compile(r"\W"),
}
"""A character no match of each pattern holds: its matches are words and spaces (and the
marks named), so none runs across a comma, a full stop or a quotation mark."""
_DENSE = 100
"""Characters of text per needed word below which a pattern scans the whole text at once: the
stretches would be many and short ("dead," 40,000 times)."""
_FOLDS_TO_ASCII = "\u0131\u017f"
"""Letters that IGNORECASE matches as "i" and "s" but ``str.lower`` keeps ("ı", "ſ"): in a
text with one, a match may hold a needed word that its lower case does not show. Looked for
with ``in`` (a search in C), not a regular expression, which tests every character."""
_BE = frozenset("was were is are be been being".split())
_DEGREE = frozenset("almost totally virtually completely largely partially mostly entirely".split())
_DETERMINERS = frozenset("the a an his her its their our my your this that these those".split())
_NOT_DESTROYED = STOPWORDS | {"it's", "i'm"}
_NEGATED_KNOWN = patterns.compile(r"\b(?:not|n't|unknown|unclear|under|being)\b", re.IGNORECASE)
MAX_WORDS = 10
MAX_SAME_START = 50
"""Wordings looked for from one first word: a bound on the work at each word of a text."""
_WORD = patterns.compile(r"[\w'’]+")
_JOINER = patterns.compile(r"[\s-]+")
REFOUND_MIN_WORDS = 2
"""A charge or illness is looked for bare in another report only when it has this many words
("paranoid schizophrenia", "loan sharking"): one word ("murder", "supporting") is too common
to be taken from any sentence."""


@dataclass(frozen=True, slots=True)
class Phrase:
    """One charge (or illness, or set statement) as written in one sentence, and the words
    that identify it."""

    start: int
    end: int
    sentence: int
    text: str
    key: frozenset[str]
    """The stems of its content words: two charges are one when these overlap enough. Other
    topics' stems carry their topic ("condition:heart"), so an illness never meets a charge."""
    topic: str = CHARGE
    about: str = ""
    """What a statement is about where its words do not show it: the thing destroyed."""

    @property
    def value(self) -> str:
        if self.topic == VACANT:
            return VACANT
        if self.topic == DESTROYED:
            return f"{DESTROYED}: {self.about}"
        if self.topic == CASUALTIES:  # what was said, whatever the wording
            return "no one " + " or ".join(
                said for word, said in (("no-deaths", "killed"), ("no-injuries", "hurt"))
                if f"{CASUALTIES}:{word}" in self.key
            )
        return canonical(self.text)


@cache
def _equivalents() -> tuple[re.Pattern[str], dict[str, str]]:
    data = resources.files("compare").joinpath("data/phrases.txt").read_text("utf-8")
    canonical: dict[str, str] = {}
    for line in data.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        forms = [f.strip().lower() for f in line.split("=") if f.strip()]
        for form in forms:
            canonical.setdefault(form, forms[0])
    ordered = sorted(canonical, key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in ordered) + r")\b")
    return pattern, canonical


def canonical(text: str) -> str:
    """A phrase in lower case with its wordings made canonical: "driving while under the
    influence of alcohol" -> "driving while drunk"."""
    pattern, forms = _equivalents()
    return " ".join(pattern.sub(lambda m: forms[m.group(0)], fold(text)).split())


def phrase_key(text: str, topic: str = CHARGE) -> frozenset[str]:
    """The stems of a phrase's content words, after its wording is made canonical, the parts
    of a hyphenated word each a word; an illness's generic head ("disease", "problems") is
    dropped when other words remain."""
    words: list[str] = []
    for word in re.findall(r"[a-z][a-z'-]*", canonical(text)):
        if "-" in word:  # "loan-sharking" meets "loan sharking"; no part of it is a stopword
            words += [part for part in word.split("-") if len(part) > 1]  # "first-degree"
        elif word not in STOPWORDS and len(word) > 2:
            words.append(word)
    if topic == CHARGE:
        return frozenset(stem(w) for w in words)
    specific = [w for w in words if w not in _GENERIC_ILLNESS] or words
    return frozenset(f"{topic}:{stem(w)}" for w in specific)


def find_phrases(doc: Document) -> list[Phrase]:
    """Every charge listed after "charged with", "accused of", "pleaded guilty to"... or
    written before "charges", every illness listed after "suffered from", "history of"...,
    and the statements that nobody was hurt or that a cause is not known, in text order."""
    text = doc.text
    starts = [start for start, _ in doc.sentences]
    lowered = text.lower()
    # where its offsets are not the text's or it hides a needed word, each pattern scans all
    aligned = len(lowered) == len(text) and not any(ch in text for ch in _FOLDS_TO_ASCII)
    backwards = text[::-1] if aligned else None

    def by_sentence(pattern: re.Pattern[str]) -> dict[int, list[re.Match[str]]]:
        return _by_sentence(doc, starts, _matches(text, lowered, backwards, pattern))

    intros, illnesses, nouns = (by_sentence(p) for p in (_INTRO, _ILLNESS_INTRO, _LAW_NOUN))
    casualties, unknown, ranks, vacant = (
        by_sentence(p) for p in (_CASUALTIES, _UNKNOWN, _SUPERLATIVE, _VACANT))
    destroyed = by_sentence(_DESTROY)
    found: list[Phrase] = []
    every = (intros, illnesses, nouns, destroyed, casualties, unknown, ranks, vacant)
    for index in sorted(set().union(*every)):
        s_start, s_end = doc.sentences[index]
        listed = _lists(text, index, s_end, intros.get(index, []), CHARGE)
        found += listed
        found += _lists(text, index, s_end, illnesses.get(index, []), CONDITION)
        found += _before_law_nouns(text, index, s_start, nouns.get(index, []),
                                   [(p.start, p.end) for p in listed])
        found += _statements(text, index, casualties=casualties.get(index, []),
                             unknown=unknown.get(index, []), ranks=ranks.get(index, []),
                             vacant=vacant.get(index, []))
        found += _destroyed(text, index, s_start, s_end, destroyed.get(index, []))
    found.sort(key=lambda p: (p.start, p.end))
    return found


def _matches(
    text: str, lowered: str, backwards: str | None, pattern: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """The pattern's matches in the whole text, in order, found by scanning only the
    stretches between two characters no match holds (``_OUTSIDE``) that hold one of the
    words it needs: the same matches as one scan of the text, which fails at every
    position in turn (the 8 patterns took 0.5 s over a text of 1 MB). ``lowered``: the text
    in lower case; ``backwards``: the text reversed, where the character before a word is
    searched for as the one after it, or None to scan the whole text if it holds a needed
    word anywhere."""
    if backwards is None:
        if any(word in lowered for word in _NEEDS[pattern]):
            yield from pattern.finditer(text)
        return
    hits: list[int] = []
    for word in _NEEDS[pattern]:
        at = lowered.find(word)
        while at >= 0:
            hits.append(at)
            at = lowered.find(word, at + 1)
    if len(hits) * _DENSE > len(text):  # a needed word every few words: one whole scan is less
        yield from pattern.finditer(text)
        return
    end, outside = 0, _OUTSIDE[pattern]
    for at in sorted(hits):
        if at < end:
            continue  # in the stretch just scanned
        before = outside.search(backwards, len(text) - at)
        after = outside.search(text, at)
        start = len(text) - before.start() if before else 0
        end = after.start() if after else len(text)
        yield from pattern.finditer(text, start, end)


def _by_sentence(
    doc: Document, starts: list[int], matches: Iterable[re.Match[str]]
) -> dict[int, list[re.Match[str]]]:
    """The matches by the sentence that holds each (``_matches`` scans stretches of the text,
    not each sentence: 22,000 short sentences took 0.4 s); a match that runs into the next
    sentence is none. ``starts``: where each sentence starts."""
    out: dict[int, list[re.Match[str]]] = defaultdict(list)
    for m in matches:
        index = bisect_right(starts, m.start()) - 1
        if index >= 0 and m.end() <= doc.sentences[index][1]:
            out[index].append(m)
    return out


def _lists(
    text: str, index: int, s_end: int, intros: list[re.Match[str]], topic: str
) -> list[Phrase]:
    """The charges (or illnesses) listed after each cue of one sentence, one phrase each."""
    found: list[Phrase] = []
    for n, intro in enumerate(intros):
        # a list ends at the next intro at the latest, so each stretch of the sentence is
        # searched once however many lists it holds
        bound = intros[n + 1].start() if n + 1 < len(intros) else s_end
        end_match = _LIST_END.search(text, intro.end(), bound)
        list_end = end_match.start() if end_match else bound
        ranged = "ranging" in intro.group().lower()
        item = _illness if topic == CONDITION else _item
        items = _items(text, intro.end(), list_end, item, ranged)
        for start, end in items:
            key = phrase_key(text[start:end], topic)
            if topic == CONDITION and len(items) == 1:
                start = intro.start("cue")
            if key:
                found.append(Phrase(start, end, index, text[start:end], key, topic))
    return found


def _before_law_nouns(
    text: str, index: int, s_start: int, nouns: list[re.Match[str]], taken: list[Span]
) -> list[Phrase]:
    """"racketeering charges", "a 1959 heroin conviction": up to three words in lower case
    before the noun, less those that only say which charges ("federal", "new")."""
    found: list[Phrase] = []
    closes = {end for _, end in taken}
    for noun in nouns:
        before = noun.start()
        while before > s_start and text[before - 1].isspace():
            before -= 1
        if before in closes:
            continue  # the noun closes a charge already read after its intro
        tokens = [m.span() for m in _TOKEN.finditer(text, max(s_start, noun.start() - 80),
                                                    noun.start())]
        kept: list[Span] = []
        left = ""
        for t in reversed(tokens):
            word = text[t[0]:t[1]]
            low = fold(word)
            if (not re.fullmatch(r"[a-z][a-z-]*", word) or low in _NOT_OFFENCE
                    or low in STOPWORDS or _COUNTED.search(low) or len(kept) == 3):
                left = low
                break
            kept.append(t)
        else:
            left = "." if tokens else ""
        if noun.group().endswith("s"):
            left_ok = (not left or left in _LAW_NOUN_LEFT or bool(_COUNTED.search(left))
                       or not left[-1:].isalnum())
        else:  # one charge has its article: "a murder charge", not "prosecutors charge"
            left_ok = left in _ONE_CHARGE_LEFT or (
                bool(_COUNTED.search(left)) and left[-1:].isalnum())
        if not kept or not left_ok or fold(text[slice(*kept[0])]).endswith("ed"):
            continue  # "recommended charges", "to pursue charges": what is done, not what
        start, end = kept[-1][0], kept[0][1]
        key = phrase_key(text[start:end])
        if key:
            found.append(Phrase(start, end, index, text[start:end], key))
            found.extend(_conjoined_charges(text, index, tokens[:len(tokens) - len(kept)]))
    return found


_CHARGE_ED = frozenset("attempted armed aggravated premeditated".split())
"""Words in "-ed" that are a charge's own ("attempted murder", "armed robbery"), not a verb
that ends a listed charge ("recommended polygamy")."""


def _conjoined_charges(text: str, index: int, tokens: list[Span]) -> list[Phrase]:
    """The charges listed before the last one of "murder and kidnapping charges", "arson,
    burglary and theft charges" (``tokens``: the words before the last charge, in order):
    each one to three words in lower case, after "and" or "or", or after a comma once an
    "and" or "or" has opened the list ("prior arrests, including charges of" lists none).
    A verb or a participle ends a charge's words ("The prosecutor recommended polygamy and
    sexual exploitation charges": polygamy)."""
    found: list[Phrase] = []
    k = len(tokens)
    while k > 0:
        joint = fold(text[slice(*tokens[k - 1])])
        if joint in ("and", "or"):
            k -= 1
        elif not (found and joint.endswith(",")):
            break
        words: list[Span] = []
        while k > 0 and len(words) < 3:
            start, end = tokens[k - 1]
            word = text[start:end].rstrip(",")
            low = fold(word)
            if (words and text[start:end].endswith(",")) or not re.fullmatch(
                    r"[a-z][a-z-]*", word) or low in _NOT_OFFENCE or low in STOPWORDS or (
                    _COUNTED.search(low)) or low.endswith("ed") and low not in _CHARGE_ED or (
                    low in _CLAUSE_WORDS):
                break
            words.append((start, start + len(word)))
            k -= 1
        if not words:
            break
        start, end = words[-1][0], words[0][1]
        key = phrase_key(text[start:end])
        if not key:
            break
        found.append(Phrase(start, end, index, text[start:end], key))
    return found


def _statements(
    text: str,
    index: int,
    *,
    casualties: list[re.Match[str]],
    unknown: list[re.Match[str]],
    ranks: list[re.Match[str]],
    vacant: list[re.Match[str]],
) -> list[Phrase]:
    """That nobody was hurt, that a cause is not known, that a place was vacant, that a thing
    is one of the oldest (largest, most...): set wordings news uses for them,
    keyed by what they say, so "no one was killed or injured" meets "no dead or wounded"."""
    found: list[Phrase] = []
    for m in casualties:
        said = m.group()
        key = frozenset(
            f"{CASUALTIES}:{word}"
            for word, pattern in (("no-deaths", _KILLED), ("no-injuries", _INJURED))
            if pattern.search(said)
        )
        if key:
            found.append(Phrase(m.start(), m.end(), index, said, key, CASUALTIES))
    for m in unknown:
        said = m.group()
        if not _NEGATED_KNOWN.search(said, m.end("what") - m.start()):
            continue  # "the cause of the fire was determined": known, no such statement
        key = phrase_key(m.group("what"), UNKNOWN) | {f"{UNKNOWN}:{stem(m.group('noun'))}"}
        found.append(Phrase(m.start(), m.end(), index, said, key, UNKNOWN))
    for m in ranks:
        adj = m.group("adj")
        if adj in _NOT_SUPERLATIVE:
            continue
        noun = m.group("noun")
        end = m.end("noun") if noun and noun not in STOPWORDS else m.end("adj")
        key = frozenset({f"{SUPERLATIVE}:{' '.join(stem(w) for w in adj.split())}"})
        found.append(Phrase(m.start(), end, index, text[m.start():end], key, SUPERLATIVE))
    for m in vacant:
        said = "said" if m.group("said") else "before"
        noun = (_subject_before(text, m.start()) if said == "said"
                else m.group(said).split()[-1])
        if not noun or fold(noun) in STOPWORDS:
            continue  # "it was empty", "had been vacant": vacant what is not said here
        found.append(Phrase(m.start(said), m.end(said), index, m.group(said),
                            frozenset({f"{VACANT}:{stem(noun)}"}), VACANT))
    return found


_SUBJECT_BEFORE = patterns.compile(r"\b([a-z][a-z-]+)\s*+$")


def _subject_before(text: str, at: int) -> str:
    """The noun just before "was vacant", past an aside between commas: "The building was
    vacant", "The warehouse building, one of the oldest in Palmer, had been vacant"."""
    lo = max(0, at - 120)
    before = text[lo:at].rstrip()
    if before.endswith(","):
        comma = before.rfind(",", 0, len(before) - 1)
        if comma < 0:
            return ""
        before = before[:comma]
    subject = _SUBJECT_BEFORE.search(before)
    return subject.group(1) if subject else ""


def _destroyed(
    text: str, index: int, s_start: int, s_end: int, verbs: list[re.Match[str]]
) -> list[Phrase]:
    """What was destroyed, keyed by its head noun: "fire destroys historic dairy building in
    Palmer" meets "the building was destroyed" and "dairy building destroyed by fire", not
    "destroyed Watergate documents" against "destroyed the Nixon presidency". Passive ("was
    destroyed", "destroyed by"), the thing is the word before; active, the last word of the
    words after, up to a small word; none when it is a pronoun."""
    found: list[Phrase] = []
    for verb in verbs:
        after = [m.span() for m in _TOKEN.finditer(text, verb.end(), min(s_end, verb.end() + 80))]
        before = [m.span() for m in _TOKEN.finditer(text, max(s_start, verb.start() - 60),
                                                    verb.start())]
        while before and fold(text[slice(*before[-1])]) in _DEGREE:
            before.pop()  # "virtually destroyed", "was almost totally destroyed"
        n_before = len(before)
        while before and fold(text[slice(*before[-1])]) in _BE:
            before.pop()
        by = bool(after) and fold(text[slice(*after[0])]) == "by"
        if len(before) < n_before or by or not after:
            thing = before[-1:]  # "the building was destroyed", "building destroyed by fire"
        else:
            thing = _object_head(text, after)
        if not thing:
            continue
        head = fold(text[slice(*thing[0])]).strip(",.;:'\"“”‘’`")
        if not head.isalpha() or head in _NOT_DESTROYED:
            continue
        # the verb alone is the mention: the thing's words stay for the aligner to pair on
        key = frozenset({f"{DESTROYED}:{stem(head)}"})
        found.append(Phrase(verb.start(), verb.end(), index, verb.group(), key, DESTROYED, head))
    return found


def _object_head(text: str, after: list[Span]) -> list[Span]:
    """The last word of the noun phrase that opens ``after`` ("the store in Banstead" ->
    store; "Palmer's historic Matanuska Maid Dairy warehouse" -> warehouse), or nothing when
    it opens with a pronoun or a small word ("it", "and")."""
    tokens = list(after[:8])
    while tokens and fold(text[slice(*tokens[0])]) in _DETERMINERS:
        tokens.pop(0)
    kept: list[Span] = []
    for t in tokens:
        word = text[slice(*t)]
        if fold(word.strip(",.;:")) in STOPWORDS:
            break
        kept.append(t)
        if not word[-1:].isalnum():
            break  # "destroyed the store, police said"
    return kept[-1:]


def find_across(
    docs: Sequence[Document], phrases: Sequence[Sequence[Phrase]]
) -> list[list[Phrase]]:
    """Each document's phrases and, added, the charges and illnesses another document names
    after its cue that this one names bare: "insisted Gigante suffered from paranoid
    schizophrenia" finds "his brother had paranoid schizophrenia" (and so do the bare mentions
    of a wording both name after a cue). Only wordings of two
    words or more, so a common word is not taken from any sentence. Each document's words
    are split once, and only a word that may start a wording is looked up, with the word
    after it (at most ``MAX_SAME_START`` wordings a first word), so the time grows with the
    text, not text times wordings."""
    wordings: dict[tuple[str, ...], tuple[Phrase, set[int]]] = {}
    for d, ps in enumerate(phrases):
        for p in ps:
            if p.topic not in (CHARGE, CONDITION):
                continue
            cue = _ILLNESS_INTRO.match(p.text) if p.topic == CONDITION else None
            words = tuple(_WORD.findall(fold(p.text[cue.end() if cue else 0:])))
            if len(words) >= REFOUND_MIN_WORDS:
                wordings.setdefault(words, (p, set()))[1].add(d)
    if not wordings:
        return [list(ps) for ps in phrases]
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for words in sorted(wordings, key=len, reverse=True):  # the longest wording first
        if len(by_first[words[0]]) < MAX_SAME_START:
            by_first[words[0]].append(words)
    by_two: dict[tuple[str, str], list[tuple[str, ...]]] = defaultdict(list)
    for ws in by_first.values():  # looked up by their first two words, in the order above
        for w in ws:
            by_two[w[:2]].append(w)
    listed = sum(map(len, by_two.values()))
    alone = Counter(min(wordings[w][1]) for ws in by_two.values() for w in ws
                    if len(wordings[w][1]) == 1)  # wordings only one document names
    initial = {first for first, _ in by_two}
    out: list[list[Phrase]] = []
    for d, (doc, ps) in enumerate(zip(docs, phrases, strict=True)):
        spans = sorted((p.start, p.end) for p in ps)
        starts = [a for a, _ in spans]
        reach = list(accumulate((b for _, b in spans), max))  # furthest end so far
        if alone[d] == listed:
            out.append(sorted(ps, key=lambda p: (p.start, p.end)))
            continue  # no other document's wording to look for: no words to read
        added: list[Phrase] = []
        after = 0  # where the text not yet read starts: a wording found is read as a whole
        for at in _starts(doc.text, initial):  # each word that may start one
            if at < after:
                continue
            first = _WORD.match(doc.text, at)
            second = _WORD.search(doc.text, first.end())
            if second is None:
                continue  # the text's last word
            end, hit = -1, None
            for wording in by_two.get((fold(first.group()), fold(second.group())), ()):
                if wordings[wording][1] != {d}:
                    end = _joined(doc.text, at, wording)
                    if end >= 0:
                        hit = wording
                        break
            if hit is None:
                continue
            start, after = at, end
            k = bisect_left(starts, end) - 1
            if k >= 0 and reach[k] > start:
                continue  # a phrase of this document is there already
            if doc.text[start - 1:start] == "-" or doc.text[end:end + 1] == "-":
                continue  # part of a compound: "police-bribery", "illness-first"
            added.append(replace(wordings[hit][0], start=start, end=end,
                                 sentence=doc.sentence_at(start), text=doc.text[start:end]))
        out.append(sorted([*ps, *added], key=lambda p: (p.start, p.end)))
    return out


def _starts(text: str, initial: set[str]) -> list[int]:
    """Where each word (``_WORD``) of the text that folds to one of ``initial`` starts, in
    order: found by one regular expression of those words over the text in lower case,
    where a word in ASCII is its folded form, not by splitting the whole text into words
    (half the time). A text where a word may fold otherwise (a letter not in ASCII, a curly
    apostrophe where a word of ``initial`` has an apostrophe), or many words, is read word by
    word."""
    lowered = text.lower()
    if (len(initial) > _FIND_MAX or len(lowered) != len(text)
            or not text.isascii() and _NOT_ASCII_WORD.search(_non_ascii(text))
            or ("’" in text and any("'" in word for word in initial))):
        return [m.start() for m in _WORD.finditer(text) if fold(m.group()) in initial]
    return [m.start() for m in _whole_words(initial).finditer(lowered)]


_FIND_MAX = 256
"""The most first words ``_starts`` puts in one regular expression."""
_NOT_ASCII_WORD = patterns.compile(r"[^\x00-\x7f\W]")
"""A character of a word (``_WORD``) not in ASCII, but the curly apostrophe."""
_ASCII_BYTES = bytes(range(128))


def _non_ascii(text: str) -> str:
    """The characters of ``text`` not in ASCII, in order: its UTF-8 less every ASCII byte
    (each character's bytes are ASCII or all not), in C, so ``_NOT_ASCII_WORD`` reads a few
    characters instead of the whole text (a news text holds a few curly quotes and dashes)."""
    raw = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    return raw.decode("utf-8", "surrogatepass")


def _whole_words(words: set[str]) -> re.Pattern[str]:
    """A pattern of any of the words, each a whole word (``_WORD``), grouped by first letter
    (a regular expression tries its alternatives one by one at each word)."""
    ordered = sorted(words, key=lambda w: (w[0], -len(w), w))
    branches = "|".join(
        re.escape(first) + "(?:" + "|".join(re.escape(w[1:]) for w in same) + ")"
        for first, same in groupby(ordered, key=lambda w: w[0]))
    return re.compile(rf"(?<![\w'’])(?:{branches})(?![\w'’])")


def _joined(text: str, at: int, wording: tuple[str, ...]) -> int:
    """Where the words from offset ``at`` (a word's start) end if they are ``wording``
    (folded), joined by spaces or hyphens only; -1 if they are not."""
    end = at
    for k, word in enumerate(wording):
        m = _WORD.search(text, end)
        if m is None or fold(m.group()) != word or (
                k and not _JOINER.fullmatch(text, end, m.start())):
            return -1
        end = m.end()
    return end


def _items(
    text: str,
    start: int,
    end: int,
    item_at: Callable[[str, int, int], tuple[int, int, bool] | None],
    ranged: bool = False,
) -> list[Span]:
    """The items of a list "A, B, C and D": without an "and" or "or", only the first piece
    is a charge (the commas after it open another clause). In a range ("from A to B to C")
    "to" joins items too."""
    separators = list((_RANGE_SEPARATORS if ranged else _SEPARATORS).finditer(text, start, end))
    joins = [n + 1 for n, sep in enumerate(separators)
             if re.search(r"\b(?:and|or|to)\b" if ranged else r"\b(?:and|or)\b", sep.group())]
    # a list runs to its first "and" (a range to its last "to")
    last = (max(joins) if ranged else joins[0]) if joins else 0
    bounds = [start] + [sep.end() for sep in separators[:last]]
    ends = [sep.start() for sep in separators[:last]] + [
        separators[last].start() if last < len(separators) else end
    ]
    spans: list[Span] = []
    for piece_start, piece_end in zip(bounds, ends, strict=True):
        item = item_at(text, piece_start, piece_end)
        if item is None:
            break  # the list has ended: what follows is no longer a charge
        spans.append(item[:2])
        if item[2]:
            break  # "the murder of his mother and sister": the "and" is inside the clause
    return spans


def _item(text: str, start: int, end: int) -> tuple[int, int, bool] | None:
    """One charge within a list piece, and whether the piece goes on past it."""
    lead = _COUNTS.match(text, start, end)
    if lead:
        start = lead.end()
    cuts = [m.start() for m in (_ITEM_END.search(text, start, end),
                                _CAPITAL.search(text, start + 1, end)) if m]
    cut = bool(cuts)
    if cuts:
        end = min(cuts)  # a victim's or a place's name is not part of the charge
    tokens = [m.span() for m in _TOKEN.finditer(text, start, end)]
    while tokens and fold(text[slice(*tokens[-1])]) in _DANGLING:
        tokens.pop()
    if len(tokens) > 1 and fold(text[slice(*tokens[-1])]) in _LAW_TAIL:
        tokens.pop()  # "pleaded guilty to murder charges": the charge is murder
        while len(tokens) > 1 and fold(text[slice(*tokens[0])]) in _WHICH_CHARGES:
            tokens.pop(0)  # "... to two first-degree murder charges": which charges
    words = [text[slice(*t)] for t in tokens]
    if not words or len(words) > MAX_WORDS or all(fold(w) in _NOT_OFFENCE for w in words):
        return None  # "found guilty of the original charges": which charges, not what
    if not words[0][:1].islower():
        return None
    if any(fold(w) in _CLAUSE_WORDS for w in words) or fold(words[0]) in _NOT_CHARGES:
        return None
    start, end = tokens[0][0], tokens[-1][1]
    return start, _alnum_end(text, start, end), cut



def _illness(text: str, start: int, end: int) -> tuple[int, int, bool] | None:
    """One illness or injury within a list piece: a short noun phrase ("congestive heart
    failure", "Alzheimer's disease", "minor injuries"), cut before the first small word,
    number, time word or word in -ing or -ed ("heart failure for several months", "a heart
    attack nine days earlier", "a minor injury responding to...")."""
    tokens = [m.span() for m in _TOKEN.finditer(text, start, end)]
    while tokens and fold(text[slice(*tokens[0])]) in _ILLNESS_LEAD:
        tokens.pop(0)
    kept: list[Span] = []
    for t in tokens[:_ILLNESS_WORDS]:
        word = text[slice(*t)]
        low = fold(word).strip(",")
        if (low in STOPWORDS or low in _ILLNESS_STOP or _COUNTED.search(low)
                or (kept and low.endswith(("ing", "ed")))
                or not (word[:1].islower() or re.fullmatch(r"[A-Z][\w-]*'s", word))):
            break
        kept.append(t)
        if not word[-1:].isalnum():
            break
    if not kept or fold(text[slice(*kept[0])]).endswith("ing"):
        return None  # "a history of supporting...": no illness
    start, end = kept[0][0], kept[-1][1]
    return start, _alnum_end(text, start, end), len(kept) < len(tokens)


def _alnum_end(text: str, start: int, end: int) -> int:
    """``end`` moved back past trailing punctuation ("murder," -> "murder")."""
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return end


_ILLNESS_LEAD = frozenset("a an some severe several multiple".split())
_ILLNESS_WORDS = 4
_ILLNESS_STOP = frozenset(
    """earlier later recently previously ago yesterday today tonight soon lately since
    days weeks months years never then two three four five six seven eight nine ten eleven
    twelve""".split()
)
"""Time and number words, after which an illness has ended ("a heart attack nine days
earlier")."""
