"""Small word lists, the word normaliser and the given-names list the extractors and the aligner
share."""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

from . import patterns

STOPWORDS = frozenset(
    """a about above across after again against all almost also although am among an and any
    are around as at be because been before being below between both but by can could did do
    does doing down during each either else ever every few for from further had has have having
    he her here hers herself him himself his how however i if in into is it its itself just
    least less like many may me might more most much must my myself neither no nor not now of
    off on once one only or other others our ours ourselves out over own per rather same shall
    she should since so some still such than that the their theirs them themselves then there
    these they this those though through thus to too toward towards under until up upon us very
    via was we were what whatever when where whether which while who whom whose why will with
    within without would yet you your yours yourself said says say told added according mr mrs
    ms dr also would could new last first""".split()
)

TITLES = frozenset(
    """mr mrs ms miss dr sir dame lord lady baroness baron prof professor president minister
    secretary governor gov senator sen rep judge justice king queen prince princess pope
    chancellor mayor gen colonel col captain capt sgt sergeant lt lieutenant officer
    detective det chief rev reverend saint st co-founder founder director chairman chairwoman
    spokesman spokeswoman commissioner ambassador inspector deputy premier sheikh emir""".split()
)

SENTENCE_WORD_ENDINGS = ("ing", "ly", "ed")
"""Endings of participles and adverbs ("Knowing", "Currently", "Named"): a capitalised word
with one, before a name, is a word of the sentence, no given name and no role."""

TITLE_ABBREVIATIONS = frozenset(
    """mr mrs ms mx messrs mme mlle dr prof gen gov sen rep lt col sgt capt cpl pvt maj adm
    cmdr cdr brig rev hon pres supt det insp atty cllr gens sens reps""".split()
)
"""Titles written short with a full stop ("Gov.", "Sgt.", "Adm."): the full stop ends
neither the sentence nor the name's run, so "Alaska Gov. Sarah Palin" is a role and a
person, not "Alaska Gov" and "Sarah Palin"."""

LEGAL_FORMS = frozenset(
    "inc ltd corp co plc llc sa ag nv company corporation incorporated limited".split())
"""The legal forms a company's name may end in or leave out ("Hewlett-Packard Co", "Compaq
Computer Corp", "Reliance Globalcom Ltd", "Nestle SA"): the name without it is the
company's, and "and" before a name that ends in one joins two companies ("Oracle and Sun
Microsystems Inc")."""

ORG_WORDS = frozenset(
    """party committee union council forces army office project hospital center centre theatre
    theater park league association network group ministry department university college school
    court police agency bank company corp inc ltd times news post press tv radio state city
    county street avenue road mountains mountain river sea awards award academy programme
    program foundation institute society movement front alliance coalition commission board
    authority service services organisation organization club church temple mosque airport
    station corporation federation republic kingdom government parliament assembly congress
    senate house region province district island islands valley lake bay ocean guard navy
    brigade battalion division command nations patrol""".split()
)

EVENT_WORDS = frozenset(
    """war wars crisis revolution uprising election elections referendum summit conference
    festival games olympics cup championship championships tournament trial inquiry act bill
    treaty accord agreement storm hurricane earthquake attack attacks massacre""".split()
)
"""Last words of the names of events and laws ("Iraq War", "Patriot Act"): never a person."""

TIME_ZONE = r"GMT|UTC|BST|CES?T|IST|[ECMP][SD]?T|AK[SD]T|HST"
"""The abbreviations of time zones a news report writes after a time ("4:30 p.m. ET"):
``names`` keeps them out of names, ``quantities`` reads them as a time's clock."""

DIRECTIONS = frozenset(
    """north south east west northern southern eastern western upper lower new great greater
    central united blue red white black old""".split()
)

PARTICLES = frozenset("out off up down away back".split())
"""The particles of phrasal verbs: "kicked out" is one verb."""

DEMONYM_SUFFIXES = ("i", "ian", "n", "an", "ese", "ish")

_PLURAL = patterns.compile(r"(?<=[a-z]{3})(ies|es|s)$")


@cache
def land_names() -> frozenset[str]:
    """Countries and world regions as one folded word (``cldr_land_names``), read from the
    copy in ``data/land_names.txt``: babel keeps them inside its English locale, whose
    unpickling (with the date module it pulls in) cost each run that met a demonym 45-90 ms
    for 190 words. ``tests/test_lexicon.py`` checks the copy against the installed babel."""
    return _data_words("data/land_names.txt")


def land_of(word: str) -> str | None:
    """The country or world region (``land_names``) a folded word is the demonym of, whether
    or not the story names the land: "Indian" alone is no first name of "Indian Naval Ship
    Sukanya", and "Nine Israelis were killed" counts people."""
    irregular = irregular_demonyms().get(word)
    if irregular is not None:
        return irregular  # "french", "greek", "swiss": no ending spells them
    if len(word) < 4 or not word.endswith(DEMONYM_SUFFIXES):
        return None
    return max((land for land in _lands_by_opening().get(word[:3], ())
                if spelt_demonym(word, land)),
               key=lambda land: (word.startswith(land), len(land), land), default=None)
    # one the word spells out, the longest: "american" is America's, not the Americas';
    # "nigerian" Nigeria's, not Niger's


def people_of(word: str) -> str | None:
    """``land_of`` a folded word or of its plural's singular ("israelis", "saudis")."""
    return land_of(word) or (land_of(word[:-1]) if word[-1:] == "s" else None)


def spelt_demonym(word: str, place: str) -> bool:
    """Whether ``word`` is spelt as a demonym of ``place``: the place and an ending ("chinese"
    is China's with its "a" dropped, "israeli", "indian"), or the people a "-stan" land is
    named after ("turkmen"). The rest are ``irregular_demonyms`` ("french", "greek")."""
    if place in (word + "istan", word + "stan"):
        return True
    if word.startswith(place):
        rest = word[len(place):]
        return rest in _LAND_ENDINGS or rest == "i" and place[-1] not in _VOWELS or (
            rest == "n" and place[-1] == "a")
    if place[-1] in _DROPPED and word.startswith(place[:-1]):
        rest = word[len(place) - 1:]  # "italian", "honduran": a vowel or an "s" dropped
        return rest in _LAND_ENDINGS or rest == "n" and place[-2:-1] == "a"
    return False


_VOWELS = frozenset("aeiouy")
_DROPPED = frozenset("aeiouys")
"""A land's last letter its demonym may drop ("Italy" / "Italian", "Honduras" / "Honduran");
a consonant stays, and a bare "n" follows an "a" only ("Chad" gives no "Chan", "Guam" no
"Guan", "Mali" no "Malin", "Peru" no "Peri")."""
_LAND_ENDINGS = frozenset(("an", "ian", "ese", "ish"))


@cache
def _lands_by_opening() -> dict[str, tuple[str, ...]]:
    """``land_names`` grouped by their first three letters, which a demonym keeps."""
    return by_opening(land_names(), 3)


def cldr_land_names() -> frozenset[str]:
    """The one-word English names of CLDR's territories ("indonesia", "egypt") and the last
    word of its regions' ("america" of "North America", "africa", "asia"), read through
    babel: what ``data/land_names.txt`` holds. CLDR's pseudo-territories (XA, XB: test codes)
    are no lands. Needs babel (a test dependency): it raises ImportError without it."""
    from babel import Locale

    found = set()
    for code, name in Locale("en").territories.items():
        words = fold(name).split()
        if code in _PSEUDO_TERRITORIES:
            continue
        if len(words) == 1:
            found.add(words[0])
        elif code.isdigit():  # a region: "north america", "sub-saharan africa"
            found.add(words[-1])
    return frozenset(found - {"world", "region"})


_PSEUDO_TERRITORIES = frozenset(("XA", "XB"))
"""CLDR's pseudo-locale codes ("Pseudo-Accents", "Pseudo-Bidi"), for testing software."""


class _SortedClasses:
    """The word classes as two parallel lists, the words sorted (as the data file writes
    them), looked up by bisection: building a dict of the 109,124 words took 12 ms more than
    reading them, which every process that reads a name paid for a few dozen lookups."""

    __slots__ = ("classes", "words")

    def __init__(self, words: list[str], classes: list[str]) -> None:
        self.words, self.classes = words, classes

    def get(self, word: str) -> str | None:
        at = bisect_left(self.words, word)
        return self.classes[at] if at < len(self.words) and self.words[at] == word else None

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None

    def as_dict(self) -> dict[str, str]:
        return dict(zip(self.words, self.classes, strict=True))


@cache
def _word_classes() -> _SortedClasses:
    """The data file read in one split after its header (which ends at the first blank
    line): 17 ms here, against 53 ms line by line through ``_data_words``, for 109,124
    lines; 6 ms with no dict built (``_SortedClasses``)."""
    data = resources.files("compare").joinpath("data/word_classes.txt").read_text("utf-8")
    body = data[data.index("\n\n") + 2:]  # after the header
    words = body.split()
    return _SortedClasses(words[::2], words[1::2])


def word_class(low: str) -> str | None:
    """The class of a folded everyday English word that the dictionary knows in lower case
    only, or None: ``s`` a form in -s of another lemma (a plural or a verb's third person:
    "paramedics"), ``p`` a form in -ing or -ed of another lemma ("abolishing"), ``u`` a word
    no other form points to (mostly adverbs, adjectives, connectives and interjections,
    "moreover"; but also mass nouns and a few names listed in lower case, "medicare"); "king"
    None (it has an inflection, "kings": a noun, as a surname may be), "smith" None (the
    dictionary also knows "Smith"), "obama" None. Read from ``data/word_classes.txt`` on
    first use (10-20 ms), which ``simplemma_word_classes`` writes."""
    return _word_classes().get(low)


def in_dictionary(low: str) -> bool:
    """Whether the dictionary of ``word_class`` knows a folded word in lower case only: as a
    form of its own ("urban", "abolishing") or as the lemma of a plural in -s or -es
    ("agriculture" of "agricultures"). Not a name the dictionary also knows capitalised
    ("smith", "anchorage"); a brand written as a word is one ("oracle", "delta")."""
    classes = _word_classes()
    return low in classes or classes.get(low + "s") == "s" or classes.get(low + "es") == "s"


SPELLINGS = ((patterns.compile(r"isation(s?)$"), r"ization\1"),
             (patterns.compile(r"is(e|ed|es|ing)$"), r"iz\1"),
             (patterns.compile(r"(?<=\w\w)our(s|ed|ing|ite|ites|able)?$"), r"or\1"),
             (patterns.compile(r"tre(s?)$"), r"ter\1"),
             (patterns.compile(r"ll(ed|ing|er|ers)$"), r"l\1"),
             (patterns.compile(r"ence(s?)$"), r"ense\1"), (patterns.compile(r"ellery$"), r"elry"),
             (patterns.compile(r"mme(s?)$"), r"m\1"))
"""British spellings as American ones: "organisation", "realised", "neighbours", "favoured",
"centre", "travelled", "defence", "jewellery", "programme". An "our" needs two letters
before it ("four" is no "for")."""
BRITISH_ENDINGS = ("isation", "isations", "ise", "ised", "ises", "ising", "our", "ours",
                   "oured", "ouring", "ourite", "ourites", "ourable", "tre", "tres", "lled",
                   "lling", "ller", "llers", "ence", "ences", "ellery", "mme", "mmes")
"""The endings ``SPELLINGS`` rewrite: a word with none of them has no other spelling (no
rewritten form has another of them)."""


@lru_cache(maxsize=1 << 15)
def american(low: str) -> str:
    """A folded word in its American spelling where it has one that is a word too
    ("jewellery" → "jewelry", "organised" → "organized", "neighbours" → "neighbors"), else
    as it is, so two reports spelling one word two ways meet. The American form is a word of
    the common list ("realise" stays, "realize" being no common word); a doubled "l" is kept
    where the word with it is common ("filled" is no "filed": "fill" is a word; "travell"
    is none)."""
    if len(low) < 5 or not low.endswith(BRITISH_ENDINGS):
        return low
    common = common_words()
    for pattern, repl in SPELLINGS:
        alt = pattern.sub(repl, low)
        if alt == low:
            continue
        if repl != "elry" and alt not in common:
            continue  # the common list, not the dictionary: it holds old spellings too
            # ("surprize", "expertize"), and loading it costs the short report 20 ms
        if "ll" in low and "ll" not in alt and low[:low.rindex("ll") + 2] in common:
            continue  # "filled" of "fill"
        return alt
    return low


def simplemma_word_classes() -> dict[str, str]:
    """What ``data/word_classes.txt`` holds, from simplemma's English dictionary (form to
    lemma; MIT, built from Wiktionary and other open sources): each lower-case ASCII form
    whose lemma is in lower case and that the dictionary does not also hold capitalised
    ("Smith", "Anchorage", "God": names too), classed as ``s`` (a form in -s of a lemma
    without it), ``p`` (a form in -ing or -ed of another lemma) or ``u`` (a lemma of itself
    that no other form has: no plural, tense or comparative). Needs simplemma (a test
    dependency): it raises ImportError without it."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    forms = DefaultDictionaryFactory().get_dictionary("en")
    pairs = dict(forms.items())
    capitalised = {form.lower() for form in pairs if form != form.lower()}
    lower = {form: lemma for form, lemma in pairs.items() if form == form.lower()
             and lemma == lemma.lower() and _ASCII_LOWER.fullmatch(form)
             and form not in capitalised}
    inflected = {lemma for form, lemma in lower.items() if form != lemma}
    classes = {}
    for form, lemma in lower.items():
        if form != lemma and form.endswith("s") and not lemma.endswith("s"):
            classes[form] = "s"
        elif form != lemma and form.endswith(("ing", "ed")):
            classes[form] = "p"
        elif form == lemma and form not in inflected:
            classes[form] = "u"
    return classes


_ASCII_LOWER = patterns.compile(r"[a-z]+")


@cache
def irregular_demonyms() -> dict[str, str]:
    """The demonyms no ending spells from their land's name, each to its land of
    ``land_names``: "french" France, "greek" Greece, "swiss" Switzerland, "german" Germany,
    "lebanese" Lebanon. Read from ``data/demonyms.txt``, which ``countryinfo_demonyms``
    writes; ``tests/test_lexicon.py`` checks the copy against the installed countryinfo."""
    return dict(line.split() for line in _data_words("data/demonyms.txt"))


def countryinfo_demonyms() -> dict[str, str]:
    """What ``data/demonyms.txt`` holds: each one-word English demonym of the countryinfo
    package (MIT; its countries' data) whose land CLDR names in one word (``land_names``,
    matched by ISO code), and that ``spelt_demonym`` cannot spell. A demonym of several such
    lands is the most populous one's ("french": France, not Martinique). CLDR's names are
    its current ones, so "turkish" is Türkiye's and "czech" Czechia's, and a report's
    "Turkey" or "Czech Republic" does not meet them. Needs countryinfo (a test dependency):
    it raises ImportError without it."""
    from babel import Locale
    from countryinfo import all_countries

    cldr = Locale("en").territories
    best: dict[str, tuple[int, str]] = {}
    for country in all_countries():
        info = country.info()
        code = (info.get("ISO") or {}).get("alpha2")
        demonym, name = info.get("demonym"), cldr.get(code or "")
        if not demonym or not name or len(fold(name).split()) != 1:
            continue
        land = fold(name)
        for word in re.split(r"[,/]", demonym):
            word = fold(word.strip())
            population = info.get("population") or 0
            if " " not in word and word != land and population > best.get(word, (-1, ""))[0]:
                best[word] = (population, land)
    return {word: land for word, (_, land) in sorted(best.items())
            if not spelt_demonym(word, land)}


def _data_words(name: str) -> frozenset[str]:
    """The words of one of the package's data files, one a line; "#" opens a comment line."""
    data = resources.files("compare").joinpath(name).read_text("utf-8")
    return frozenset(line for line in data.splitlines() if line and not line.startswith("#"))


@cache
def common_words() -> frozenset[str]:
    """Lower-case words common in news text, to tell a capitalised opener from a name."""
    return _data_words("data/common_words.txt")


def is_common(word: str) -> bool:
    """Whether a folded word is in ``common_words``, alone or as its plural ("freedoms")."""
    common = common_words()
    return word in common or singular(word) in common


def common_stem(word_stem: str) -> bool:
    """Whether a word of ``common_words`` has this stem: "headquartered" and "applying" have
    a common word's stem ("headquarter", "apply"), "Beijing" and "Wyoming" none."""
    return word_stem in _common_stems_of(word_stem[:2])


@cache
def _common_stems_of(opening: str) -> frozenset[str]:
    """The stems of the common words that open with these two letters. A stem keeps its
    word's first two letters, so the common words are stemmed one opening at a time, as
    asked: stemming all 4,000 at once cost a short report 4 ms."""
    return frozenset(stem(w) for w in _common_by_opening().get(opening, ()))


@cache
def _common_by_opening() -> dict[str, tuple[str, ...]]:
    """The common words grouped by their first two letters."""
    return by_opening(common_words(), 2)


def by_opening(words: Iterable[str], letters: int) -> dict[str, tuple[str, ...]]:
    """Words grouped by their first ``letters`` letters, to be read one group as asked."""
    groups: dict[str, list[str]] = defaultdict(list)
    for word in words:
        groups[word[:letters]].append(word)
    return {key: tuple(found) for key, found in groups.items()}


@cache
def synonyms() -> dict[str, str]:
    """Each word's group from data/synonyms.txt, by stem: "kick_out" and "oust" map to "oust",
    the group's first word.

    A verb with its particle is keyed as ``stem(verb) + "_" + particle``.
    """
    return _synonym_groups(nouns_only=False)


@cache
def noun_synonyms() -> dict[str, str]:
    """``synonyms`` of the file's counted nouns and units only (after its "# Counted nouns"
    line): what a word of a count's phrase is read as ("GHz": gigahertz), where an action's
    group would take a participle for a noun ("12 people charged" is no "12 charges")."""
    return _synonym_groups(nouns_only=True)


def _synonym_groups(*, nouns_only: bool) -> dict[str, str]:
    data = resources.files("compare").joinpath("data/synonyms.txt").read_text("utf-8")
    groups: dict[str, str] = {}
    nouns = False
    for line in data.splitlines():
        if line.startswith("# Counted nouns"):
            nouns = True
        if not line.strip() or line.startswith("#") or nouns_only and not nouns:
            continue
        words = line.split()
        members, k = [], 0
        while k < len(words):
            if k + 1 < len(words) and words[k + 1] in PARTICLES:
                members.append(stem(words[k]) + "_" + words[k + 1])
                k += 2
            else:
                members.append(stem(words[k]))
                k += 1
        for member in members:
            groups.setdefault(member, words[0])
    return groups


def by_first_character(words: Iterable[str], cases: Callable[[str], str] | None = None) -> str:
    """A pattern of where one of ``words`` is written, grouped by first character, in the
    order given ("A(?:BC|cademy)|B(?:ible|ritish)"): ``re`` enters only the group of the
    character it stands at, where one alternation of the words tries each in turn. For a
    pattern that ignores case, ``cases`` gives the characters a first letter stands for,
    and each group opens with their class ("(?-i:[aA])(?:bout|round)"), which ``re`` passes
    over without entering the group."""
    rests: dict[str, list[str]] = defaultdict(list)
    for word in words:
        rests[word[0]].append(re.escape(word[1:]))
    return "|".join(
        f"{f'(?-i:[{cases(first)}])' if cases else re.escape(first)}(?:{'|'.join(rest)})"
        for first, rest in rests.items())


_T = TypeVar("_T")


class Memo(dict[str, _T]):
    """A function of one word, its answers kept by word and read as a dict's items: a
    dict's own lookup costs a third of an ``lru_cache``'s call, and a long document asks
    the same words tens of thousands of times. Emptied when it holds ``most`` words, so a
    long-running process keeps it bounded."""

    def __init__(self, function: Callable[[str], _T], most: int = 1 << 16) -> None:
        super().__init__()
        self.function, self.most = function, most

    def __missing__(self, word: str) -> _T:
        if len(self) >= self.most:
            self.clear()
        self[word] = found = self.function(word)
        return found


WORD = patterns.compile(r"[@#]?[\w][\w'’.&-]*[\w]|[@#]?\w")


def words(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Word spans (start, end) in ``text[start:end]``, offsets into ``text``."""
    return list(map(_SPAN, WORD.finditer(text, start, len(text) if end is None else end)))


_SPAN = re.Match.span
"""A match's span, mapped over matches in C (no loop of bytecode a word)."""


_CONTRACTED = patterns.compile(r"([a-z]+)(?:['’](?:re|m|ve|ll|d|s)|n['’]t)")


def contracted(low: str) -> bool:
    """Whether a folded word is a small word contracted ("we're", "you've", "it's", "she's",
    "don't", "can't"): never a name, nor the noun a count counts ("the two women she's
    accused of"). A name's possessive ("mcdonald's") is none."""
    m = _CONTRACTED.fullmatch(low)
    return m is not None and (m[1] in STOPWORDS or m[1] in ("ca", "wo", "ai", "let"))


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case-, accent- and quote-insensitive form used for every comparison of words. The
    dotless "ı", which a pattern ignoring case matches as "i" ("Aprıl"), folds to "i" too, so
    a word such a pattern found is the word its table holds ("ſ" and the Kelvin sign fold by
    their decomposition). ASCII, most words of English news, only needs its case lowered."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.casefold().replace("’", "'").replace("‘", "'").replace("ı", "i")


_KEEP_TION = frozenset("question mention caution portion section function fiction".split())
_KEEP_MENT = frozenset(
    """apartment department statement element segment garment comment moment torment fragment
    document instrument experiment compliment supplement implement""".split()
)
"""Words whose -tion or -ment is no suffix on a verb of the same meaning."""


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude English stem: enough to equate "seats"/"seat", "hosted"/"hosting"/"host".
    Each ending is looked for only when the word ends in its last letter: asked of every
    distinct word of a text, the stemmer reads a word's end once, not a dozen times."""
    w = fold(word).strip("'")
    if w.endswith("'s"):
        w = w[:-2]
    n = len(w)
    last = w[-1:]
    if last == "e" and n > 4 and w.endswith("tre"):
        w, last = w[:-3] + "ter", "r"
    if last == "g":
        if n > 5 and w.endswith("ing"):
            w = w[:-3]
    elif last == "d":
        if n > 4 and w.endswith("ied"):
            w = w[:-3] + "y"
        elif n > 4 and w.endswith("ed"):
            w = w[:-2]
    elif last == "s":
        if n > 4 and w.endswith("ies"):
            w = w[:-3] + "y"
        elif n > 3 and not w.endswith(("ss", "us")):
            w = w[:-1]
    n = len(w)
    last = w[-1:]
    if last == "n" and n > 7 and w.endswith("tion") and w not in _KEEP_TION:
        w = w[:-3]  # "election" meets "elected", "nomination" "nominated"
    elif last == "t" and n > 8 and w.endswith("ment") and w not in _KEEP_MENT:
        w = w[:-4]  # "announcement" meets "announced"
    if len(w) > 3 and w[-1] == "e":
        w = w[:-1]
    return w


def singular(word: str) -> str:
    """Plural to singular for name keys ("Oscars" -> "oscar", "Tories" -> "tory")."""
    w = fold(word)
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


UNITS = frozenset(
    stem(w) for w in """age second seconds minute minutes hour hours day days week weeks month
    months year years decade decades century centuries metre metres meter meters kilometre
    kilometres kilometer kilometers km mile miles foot feet inch inches yard yards acre acres
    hectare hectares kilogram kilograms kg gram grams pound pounds ton tons tonne tonnes litre
    litres liter liters gallon gallons degree degrees percent point points time times
    magnitude ft mi cm mm lb lbs gb mb tb ghz mhz gigabyte gigabytes megabyte megabytes
    terabyte terabytes gigahertz megahertz mph kph""".split()
)
"""Stems of measures: a count of these ("150 metres") is a measurement, not a tally."""


@dataclass(frozen=True, slots=True)
class Nicknames:
    """The ``nicknames`` package's list of English given names and their short forms
    ("william": "bill", "will"...), read from its data file: importing the package also
    imports ``importlib.metadata`` for its version, 55 ms of the seeds' 0.3 s budget."""

    of: dict[str, frozenset[str]]
    canonicals: dict[str, frozenset[str]]

    def nicknames_of(self, name: str) -> frozenset[str]:
        return self.of.get(name.lower().strip(), frozenset())

    def canonicals_of(self, name: str) -> frozenset[str]:
        return self.canonicals.get(name.lower().strip(), frozenset())


@cache
def nicknames() -> Nicknames:
    spec = importlib.util.find_spec("nicknames")  # found, not imported
    assert spec is not None and spec.submodule_search_locations
    path = Path(next(iter(spec.submodule_search_locations))) / "names.csv"
    of: dict[str, list[str]] = {}
    canonicals: dict[str, list[str]] = {}
    # three plain fields a row, no quoting: split by hand, a quarter faster than ``csv``
    for row in path.read_text(encoding="utf-8").lower().splitlines():
        fields = row.split(",")
        if len(fields) == 3 and fields[1] == "has_nickname":
            name, nickname = fields[0].strip(), fields[2].strip()
            of.setdefault(name, []).append(nickname)
            canonicals.setdefault(nickname, []).append(name)
    return Nicknames({k: frozenset(v) for k, v in of.items()},
                      {k: frozenset(v) for k, v in canonicals.items()})


def is_given_name(word: str) -> bool:
    """Whether the ``nicknames`` list knows the word as a given name ("bill", "william")."""
    namer = nicknames()
    return bool(namer.nicknames_of(word) or namer.canonicals_of(word))
