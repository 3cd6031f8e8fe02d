"""Names in one document: runs of capitalised words, with titles and sentence openers split off."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .lexicon import ORG_WORDS, STOPWORDS, TITLES, common_words, fold
from .model import Document, Span


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
_HYPHEN_TAIL = re.compile(r"-[a-z][\w-]*+")
"""A hyphenated lower-case tail, taken whole (possessive, so a long run "A-a-a-...-a.b" is
scanned once); ``_kept_hyphen`` keeps those that do not end the word."""


def _runs(text: str, start: int, end: int) -> list[Span]:
    """Capitalised runs, split at possessives ("Labour’s Jeremy Corbyn") unless the
    possessive is part of the name ("People’s Liberation Army"), and with hyphenated
    lower-case tails removed ("UK-based" -> "UK")."""
    runs = [m.span() for m in _NAME_RUN.finditer(text, start, end)]
    pieces = _split(
        text, _split(text, runs, _POSSESSIVE, _named_possessive), _HYPHEN_TAIL, _kept_hyphen
    )
    return [
        (s, e) for s, e in pieces
        if e > s and (text[s].isupper() or text[s] in "@#")
        and not (text[e:e + 1] == "-" and fold(text[s:e]) in _WORD_PREFIXES)
    ]


_LAST_WORD = re.compile(r"([A-Za-z]+)$")
_WORD_PREFIXES = frozenset("co ex vice anti pro non pre post self mid".split())
"""What is left of "Ex-president" or "Anti-war" once the lower-case tail is cut: no name."""


def _kept_hyphen(text: str, sep: re.Match[str], end: int) -> bool:
    """A tail that does not end its word ("A-b.c") or that ends a title is no tail."""
    return (sep.end() < end and not text[sep.end()].isspace()) or _hyphenated_title(text, sep, end)


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
