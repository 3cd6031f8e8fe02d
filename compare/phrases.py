"""Facts written in lower case: the charges a person faces.

"charged with vehicular manslaughter, criminally negligent homicide, driving drunk and leaving
the scene of a fatal accident" holds four facts that no capital letter or digit marks. They
are found after the words that introduce a charge, cut at the list's commas and "and", and
keyed by their content words, so another outlet's wording of one charge ("driving while under
the influence of alcohol") meets it. Pure functions over a ``Document``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .lexicon import STOPWORDS, fold, stem
from .model import Document, Span

_INTRO = re.compile(
    r"\b(?:charged\s+with|accused\s+of|convicted\s+of|acquitted\s+of|cleared\s+of|"
    r"found\s+guilty\s+of|pleaded\s+(?:not\s+)?guilty\s+to|pleads\s+(?:not\s+)?guilty\s+to|"
    r"indicted\s+(?:on|for)|arrested\s+(?:on\s+suspicion\s+of|for)|"
    r"(?:on|faces?|facing)\s+(?:a\s+)?charges?\s+of)\s+",
    re.IGNORECASE,
)
_COUNTS = re.compile(
    r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|multiple|several)\s+)?"
    r"counts?\s+of\s+|(?:(?:a|an|the)\s+)?(?:charges?|counts?)\s+of\s+|(?:a|an|the)\s+",
    re.IGNORECASE,
)
_LIST_END = re.compile(
    r"[.;:!?()\[\]\"“”—]|\s[-–]\s|,\s+(?:according|police|prosecutors|officials|authorities|"
    r"the\s+\w+\s+said|he\s+said|she\s+said|they\s+said|[A-Z])"
)
_ITEM_END = re.compile(
    r"\s+(?:in\s+(?:the|a|an|its|his|her|their|connection|relation)|after|following|over|"
    r"for\s+(?:the|his|her|their)|when|who|which|that|because|on\s+(?:[A-Z]|\w+day)|of\s+(?:his|her|their))\b"
)
_CAPITAL = re.compile(r"(?<=\s)[A-Z]")
_CLAUSE_WORDS = frozenset(
    """was were is are be been being has have had will would could should said says say told
    there where which who whom whose remain remained found sentenced""".split()
)
_TOKEN = re.compile(r"\S+")
_NOT_CHARGES = frozenset(
    "all charges charge role part time first second third his her their its".split()
)
"""Words that open what follows "cleared of" or "arrested for" when it is no charge."""
_DANGLING = frozenset("of the a an and or to in on for with by at from his her their its".split())
_SEPARATORS = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
MAX_WORDS = 10


@dataclass(frozen=True, slots=True)
class Phrase:
    """One charge as written in one sentence, and the words that identify it."""

    start: int
    end: int
    sentence: int
    text: str
    key: frozenset[str]
    """The stems of its content words: two charges are one when these overlap enough."""

    @property
    def value(self) -> str:
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


def phrase_key(text: str) -> frozenset[str]:
    """The stems of a phrase's content words, after its wording is made canonical."""
    low = canonical(text)
    return frozenset(
        stem(w) for w in re.findall(r"[a-z][a-z'-]*", low) if w not in STOPWORDS and len(w) > 2
    )


def find_phrases(doc: Document) -> list[Phrase]:
    """Every charge listed after "charged with", "accused of", "pleaded guilty to"..."""
    text = doc.text
    found: list[Phrase] = []
    for index, (s_start, s_end) in enumerate(doc.sentences):
        intros = list(_INTRO.finditer(text, s_start, s_end))
        for n, intro in enumerate(intros):
            # a list ends at the next "charged with" at the latest, so each stretch of the
            # sentence is searched once however many lists it holds
            bound = intros[n + 1].start() if n + 1 < len(intros) else s_end
            end_match = _LIST_END.search(text, intro.end(), bound)
            list_end = end_match.start() if end_match else bound
            for start, end in _items(text, intro.end(), list_end):
                key = phrase_key(text[start:end])
                if key:
                    found.append(Phrase(start, end, index, text[start:end], key))
    return found


def _items(text: str, start: int, end: int) -> list[Span]:
    """The items of a list "A, B, C and D": without an "and" or "or", only the first piece
    is a charge (the commas after it open another clause)."""
    separators = list(_SEPARATORS.finditer(text, start, end))
    last = next(
        (n + 1 for n, sep in enumerate(separators) if re.search(r"\b(?:and|or)\b", sep.group())),
        0,
    )
    bounds = [start] + [sep.end() for sep in separators[:last]]
    ends = [sep.start() for sep in separators[:last]] + [
        separators[last].start() if last < len(separators) else end
    ]
    spans: list[Span] = []
    for piece_start, piece_end in zip(bounds, ends, strict=True):
        item = _item(text, piece_start, piece_end)
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
    words = [text[slice(*t)] for t in tokens]
    if not words or len(words) > MAX_WORDS or not words[0][:1].islower():
        return None
    if any(fold(w) in _CLAUSE_WORDS for w in words) or fold(words[0]) in _NOT_CHARGES:
        return None
    start, end = tokens[0][0], tokens[-1][1]
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end, cut
