"""Merging the names found in every document into entities, with their aliases.

Two names are one entity when the text says so ("Muslim Public Affairs Committee (MPACUK)"),
when one is the other's acronym, a person's surname, first name or title, a demonym of a
place ("Israeli" ~ "Israel"), a near spelling, or when an alias list groups them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import takewhile

from rapidfuzz import fuzz, process

from . import patterns
from .lexicon import (
    DIRECTIONS,
    EVENT_WORDS,
    LEGAL_FORMS,
    ORG_WORDS,
    SENTENCE_WORD_ENDINGS,
    STOPWORDS,
    TITLES,
    by_first_character,
    common_stem,
    common_words,
    fold,
    in_dictionary,
    irregular_demonyms,
    is_common,
    is_given_name,
    land_names,
    land_of,
    nicknames,
    people_of,
    singular,
    spelt_demonym,
    stem,
    word_class,
)
from .model import Document, Span
from .names import (
    _ADVERB,
    _HYPHEN_TAIL,
    _ORG_ENDS,
    _PARTICLE_NAME,
    _PEOPLE_ENDINGS,
    _THE_BEFORE,
    BODY_HEADS,
    NAME_SUFFIXES,
    NUMBERED_HEADS,
    OF_COMPLEMENT,
    STREET_WORDS,
    Name,
    _affiliation,
    _join_nicknames,
    _written_lower,
    fields,
    headlines,
    name_particles,
    opener_acronym,
    role_words,
    state_names,
)
from .numbers import NUMBER_WORDS

_GENERIC_SUFFIX = frozenset({"party", "project", "inc", "ltd", "corp", "group", "company",
                             "foundation", "plc", "llc", "co"})
"""The words a one-word name may be written with or without ("Acme Corp", "Labour Party")."""
_BODY_HEADS = _GENERIC_SUFFIX | LEGAL_FORMS | frozenset(singular(w) for w in (
    """foods motors airlines airways systems technologies industries networks
    communications holdings enterprises entertainment pharmaceuticals electronics devices
    instruments energy resources partners capital investments brands stores media studios
    pictures records games software solutions brothers bros sons financial computer
    computers ratings oil chemical chemicals steel insurance securities international mobile
    wireless telecom semiconductor semiconductors electric""".split()))
"""The last words of a company's full name, which its short name leaves out ("Kraft Foods",
"ATI Technologies", "Cisco Systems"): not a product named after it."""


@dataclass(frozen=True, slots=True)
class Entity:
    """One named thing and where each document names it."""

    label: str
    mentions: tuple[tuple[int, Name], ...]
    candidates: tuple[str, ...] = ()
    """For a lone surname (or first name) that two or more people of the story share in
    full ("Gigante" of Vincent and Louis Gigante): their labels. It stays apart, unguessed."""

    @property
    def docs(self) -> tuple[int, ...]:
        return tuple(sorted({d for d, _ in self.mentions}))


_THE_OPENING = patterns.compile(r"^the\s+")
"""A name's opening article, left out of its key ("The Times" is "times"). Only "the": a
second definition written later, with only "the", had replaced one that also took "a" and
"an", and every key and measure since was made with it."""
_POSSESSIVE_S = patterns.compile(r"['’]s?$")
_INNER_POSSESSIVE = patterns.compile(r"\w['’](?:s\b|\s)")
_SPACE_OR_HYPHEN = patterns.compile(r"[\s-]+")


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """The form two spellings of one name share: "the U.N.'s" and "UN" -> "un"."""
    t = fold(text)
    t = _THE_OPENING.sub("", t)
    t = _POSSESSIVE_S.sub("", t)
    t = t.replace(".", "").replace("-", " ").lstrip("@#")
    parts = t.split()
    if parts:
        parts[-1] = _STREET_WORDS.get(parts[-1], singular(parts[-1])) if len(parts) > 1 else (
            singular(parts[-1]))
    if len(parts) == 3 and parts[0] in _POINTS and parts[1][:1].isdigit():
        parts[0] = _POINTS[parts[0]]  # "E. 52nd St." is "East 52nd Street"
    if len(parts) > 1 and parts[0] in _PLACE_OPENINGS and _ABBREVIATED_OPENING.match(text):
        parts[0] = _PLACE_OPENINGS[parts[0]]  # "Mt Cook" is "Mount Cook"; not "F.T. Smith"
    return " ".join(parts)


_POINTS = {"e": "east", "w": "west", "n": "north", "s": "south"}
_POINTED = frozenset(_POINTS.values())


_STREET_WORDS = {"st": "street", "ave": "avenue", "av": "avenue", "rd": "road",
                 "blvd": "boulevard", "ln": "lane", "dr": "drive", "hwy": "highway"}
"""A street's short form is its long one: "Main St" = "Main Street"."""
_PLACE_OPENINGS = {"mt": "mount", "ft": "fort"}
"""A mountain's or a fort's short opening is its long one: "Mt. Cook" = "Mount Cook", "Ft.
Worth" = "Fort Worth"."""
_ABBREVIATED_OPENING = patterns.compile(r"(?:[Tt]he\s+)?(?:Mt|Ft)\.?\s")
"""The abbreviation as written: "Mt", "Mt.", "Ft."; not the initials "F.T." nor "FT"."""


def default_aliases() -> list[list[str]]:
    """The alias groups shipped with the tool (``compare/data/aliases.txt``)."""
    from importlib import resources

    return parse_aliases(
        resources.files("compare").joinpath("data/aliases.txt").read_text("utf-8")
    )


def parse_aliases(text: str) -> list[list[str]]:
    """Alias groups from a small text format: one group a line, names split by "=".

    Blank lines and lines starting with "#" are ignored: ``Tory = Tories = Conservative``.
    """
    groups = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        names = [n.strip() for n in line.split("=") if n.strip()]
        if len(names) < 2:
            raise ValueError(f"alias line needs two names joined by '=': {line!r}")
        groups.append(names)
    return groups


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def one(self, keys: Iterable[str]) -> bool:
        """Whether ``keys`` are one group, so a form that may be any of them is theirs."""
        return len({self.find(k) for k in keys}) == 1

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


_LONGEST_ACRONYM = 8


def _is_acronym(surface: str) -> bool:
    bare = surface.replace(".", "").replace("-", "")
    return 2 <= len(bare) <= _LONGEST_ACRONYM and bare.isupper() and bare.isalpha()


def _initials(tokens: Sequence[str]) -> str:
    return "".join(t[0] for t in tokens if t.lower() not in STOPWORDS and t[:1].isalpha()).upper()


def _spelt_initials(tokens: Sequence[str]) -> str:
    """Initials with an acronym inside the name spelt out ("US" is no pronoun here): "US
    Geological Survey" is "USGS", "UN Relief and Works Agency" "UNRWA". "" when the acronym
    is all there is ("BBC One", "one" a stop word: BBC One is no BBC) or the initials are
    under four letters: "FC Bayern" is no "FCB" of "FC Barcelona", "PC Stevens" no PCS."""
    words = [t for t in tokens if t[:1].isalpha() and (
        t.isupper() and 2 <= len(t) <= 4 or t.lower() not in STOPWORDS)]
    if len(words) < 2:
        return ""
    spelt = "".join(t if t.isupper() and 2 <= len(t) <= 4 else t[0] for t in words).upper()
    return spelt if len(spelt) >= 4 else ""


def _acronym_matches(acronym: str, surface: str) -> bool:
    tokens = re.findall(r"[A-Za-z][\w'’]*", surface)
    if len(tokens) < 2:
        return False
    acr = acronym.replace(".", "").replace("-", "").upper()
    full = _initials(tokens)
    if full == acr:
        return True
    return tokens[-1].isupper() and _initials(tokens[:-1]) + tokens[-1] == acr


def _link_tail_acronyms(multi: Sequence[str], surfaces: Mapping[str, set[str]],
                        uf: _Union) -> None:
    """A name whose last word is an acronym of the words after the same first words of
    another name is that name: "EYP MCF" is "EYP Mission Critical Facilities" (an owner's or
    a brand's name kept, the rest shortened; "Texas DPS" is the "Texas Department of Public
    Safety", "of" and "and" spelt or not). The acronym has three letters at least and stands
    for one name of the story: two letters stand for too many ("Washington DC" is no
    "Washington Department of Corrections", "Windows IE" stays apart from "Windows Internet
    Explorer")."""
    spelt: dict[tuple[tuple[str, ...], str], list[str]] = defaultdict(list)
    tails: list[tuple[str, tuple[str, ...], str]] = []
    for k in multi:
        for surface in surfaces[k]:
            tokens = surface.split()
            if _is_acronym(tokens[-1]) and "." not in tokens[-1] and len(tokens[-1]) >= 3:
                tails.append((k, tuple(tokens[:-1]), tokens[-1]))
                continue
            every = bare = ""  # initials of the words from the i-th on, read back from the
            # last: of every word, and of all but "of", "and" ("DPS" of "Department of Public
            # Safety" as well as "DOPS")
            for i in range(len(tokens) - 1, max(0, len(tokens) - _LONGEST_ACRONYM - 1), -1):
                stop = tokens[i].lower() in STOPWORDS
                if not (tokens[i][:1].isupper() or stop) or len(every) == _LONGEST_ACRONYM:
                    break
                every = tokens[i][0].upper() + every
                bare = bare if stop else tokens[i][0].upper() + bare
                if stop:
                    continue  # no name's words after its first words open with "of"
                for initials in {every, bare}:
                    if len(initials) >= 3:
                        spelt[(tuple(tokens[:i]), initials)].append(k)
    for k, lead, acr in tails:
        others = spelt.get((lead, acr), ())
        if uf.one(others):
            uf.union(k, others[0])


_GIVEN_INITIALS = patterns.compile(r"(?:[A-Z]\.){2}")
"""Two initials for a given name before a surname: "A.J. Smith", "P.J. Carlesimo" (not a
title's: "D.A. Lowell Anger")."""


def person_like(surface: str) -> bool:
    """Whether a name is shaped like a person's: two to four capitalised words, no word of a
    body, a street or an event, not all everyday words ("John F. Kennedy", "A.J. Smith")."""
    return _person_like(surface)


@lru_cache(maxsize=1 << 14)
def _person_like(surface: str) -> bool:
    tokens = surface.split()
    if not 2 <= len(tokens) <= 4:
        return False
    if _INNER_POSSESSIVE.search(surface):
        return False  # a possessive inside: "People's Liberation Army"
    low = [fold(t) for t in _SPACE_OR_HYPHEN.split(surface)]
    low[-1] = _STREET_WORDS.get(low[-1].rstrip("."), low[-1])  # "Clark Ave" is a street
    if low[0] in DIRECTIONS or low[0].rstrip(".") == "st" or low[-1] in EVENT_WORDS or any(
        t in ORG_WORDS or t in STOPWORDS for t in low
    ):
        return False
    if all(t in common_words() for t in low):
        return False
    return all(
        (t[:1].isupper() or _PARTICLE_NAME.match(t)) and (
            not t.isupper() or len(t.rstrip(".")) == 1 or k == 0 and len(tokens) == 2
            and _GIVEN_INITIALS.fullmatch(t))
        for k, t in enumerate(tokens)
    )  # "John F. Kennedy", "A.J. Smith": initials are no acronym; "Omar al-Bashir": an
    # article joined


def resolve(
    documents: Sequence[Document],
    names_by_doc: Sequence[Sequence[Name]],
    aliases: Iterable[Sequence[str]] = (),
) -> list[Entity]:
    """Group the names of all documents into entities, in order of first appearance."""
    names_by_doc = [list(n) for n in names_by_doc]
    _split_descriptors(documents, names_by_doc)
    _split_located_names(documents, names_by_doc)
    names_by_doc = drop_unspelt_acronyms(names_by_doc)
    _drop_sentence_words(documents, names_by_doc)
    _drop_units(documents, names_by_doc)
    _drop_stressed_leads(documents, names_by_doc)
    _add_headline_names(documents, names_by_doc)
    _add_lowercase_forms(documents, names_by_doc)
    _add_military_forms(documents, names_by_doc)
    uf = _Union()
    surfaces: dict[str, set[str]] = defaultdict(set)  # each spelling once, however often
    titles: dict[str, set[str]] = defaultdict(set)
    keys_by_doc = [[_key_of(name) for name in names] for names in names_by_doc]  # once a name
    for names, name_keys in zip(names_by_doc, keys_by_doc, strict=True):
        for name, key in zip(names, name_keys, strict=True):
            uf.find(key)
            surfaces[key].add(name.text)
            if name.title:
                titles[key].add(name.title)
    keys = sorted(surfaces)
    surface_of = {k: max(surfaces[k], key=lambda s: (len(s.split()), len(s), s)) for k in keys}

    for group in aliases:
        group_keys = [name_key(n) for n in group]
        for k in group_keys:
            uf.find(k)
        for k in group_keys[1:]:
            uf.union(group_keys[0], k)

    _link_defined_acronyms(documents, names_by_doc, uf)
    for names in names_by_doc:  # 'Charles "Lucky" Luciano' is "Lucky Luciano"
        for name in names:
            if name.nickname:
                by_nickname = name_key(f"{name.nickname} {name.text.split()[-1]}")
                if by_nickname in surfaces:
                    uf.union(_key_of(name), by_nickname)
    acronyms = [k for k in keys if any(_is_acronym(s) for s in surfaces[k])]
    multi = [k for k in keys if len(k.split()) >= 2]
    by_initial: dict[str, list[str]] = defaultdict(list)
    after_the = {_key_of(name) for d, names in enumerate(names_by_doc) for name in names
                 if documents[d].text.endswith("The ", 0, name.start)
                 and documents[d].sentences[name.sentence][0] < name.start - 4}  # not "The"
    # opening a sentence, capitalised whatever follows ("The Salvation Army" is no TSA)
    for k in multi:
        for surface in surfaces[k]:
            # a lower-case part after a hyphen gives no initial: "Hewlett-Packard" gives
            # two, "Co-operation" one ("Organisation for Economic Co-operation and
            # Development", OECD)
            tokens = re.findall(r"[A-Za-z][\w'’]*", _HYPHEN_TAIL.sub("", surface))
            by_initial[_initials(tokens)].append(k)
            if k in after_the:  # "THR" is "The Hollywood Reporter", its article capitalised
                by_initial["T" + _initials(tokens)].append(k)
            if tokens and tokens[-1].isupper():
                by_initial[_initials(tokens[:-1]) + tokens[-1]].append(k)
            spelt = _spelt_initials(tokens)  # "USGS" is "US Geological Survey"
            if spelt and spelt != _initials(tokens):
                by_initial[spelt].append(k)
    for a in acronyms:
        # as written, not as keyed: the key of "USGS" is "usg", of "AIDS" "aid", a plural's
        # singular ("AIDS" is no "Agency for International Development")
        written = {s.replace(".", "").replace("-", "").upper()
                   for s in surfaces[a] if _is_acronym(s)}
        for acr in sorted(written or {a.replace(" ", "").upper()}):
            if len(acr) < 3:
                continue  # two letters stand for too many names; only a definition links them
            for k in by_initial.get(acr, ()):
                uf.union(a, k)
    for a in acronyms:
        for b in acronyms:
            if a != b and len(a) >= 3 and b.startswith(a) and re.fullmatch(
                r"[a-z]{1,3}", b[len(a):]
            ):
                uf.union(a, b)
    _link_tail_acronyms(multi, surfaces, uf)

    by_first: dict[str, list[str]] = defaultdict(list)
    by_last: dict[str, list[str]] = defaultdict(list)
    described = _described(documents, names_by_doc, {
        k for k in multi if len(k.split()) == 2 and _person_like(surface_of[k])})
    for k in multi:
        if _person_like(surface_of[k]):
            by_first[k.split()[0]].append(k)
            by_last[_surname_of(k)].append(k)
    docs_of: dict[str, set[int]] = defaultdict(set)
    for d, name_keys in enumerate(keys_by_doc):
        for key in name_keys:
            docs_of[key].add(d)
    generations = _generations(multi)
    _link_person_variants(multi, surface_of, uf, docs_of, generations)
    fused_people = _link_fused_people(multi, surface_of, uf)
    for first, forms in by_first.items():  # "Russian" is no first name of "Russian
        by_first[first] = [f for f in forms if f not in fused_people]  # Alexander Povetkin"
    singles = [k for k in keys if " " not in k]
    fused = {f for lasts in by_last.values() for f in lasts if _no_given_name(f)}
    openers = {f for lasts in by_last.values() for f in lasts
               if not _given_names(f) and _sentence_word(surface_of[f].split()[0])}
    wanted = fused | openers | {f.rsplit(" ", 1)[-1] for f in fused}
    named_mid, placed = _contexts(
        documents, names_by_doc, {s for k in wanted for s in surfaces.get(k, ())})
    no_given_name = _no_given_names(
        documents, names_by_doc, [k for k in singles if k in by_first], surfaces)
    around = _Neighbours(documents, names_by_doc)
    demonyms = _demonyms(singles, lambda word: any(
        _given_names(f) for f in by_last.get(word, ())))  # asked of the rare "french"s only
    adjectives = {demonym for _, demonym in demonyms}
    places = {place for place, _ in demonyms}

    def peoples(k: str) -> bool:
        """A demonym written with its place ("Indian" with "India"), or a country or region
        written with its demonym ("Indonesia" with "Indonesian"): no given name nor surname,
        so not the first word of "Indian Naval Ship Sukanya" or "Indonesia Aceh", nor the
        last of "World Vision Indonesia" or "African American". Another place may be either
        ("Paris Hilton", "Donald Trump" of a story that writes "Parisian", "Trumpian")."""
        return k in adjectives or k in places and k in land_names()

    shared_by: dict[str, list[str]] = {}
    for k in singles:
        # "Little Italy" is no Mr Italy: no given name before the last word
        lasts = by_last.get(k, ())
        if lasts and peoples(k):
            lasts = ()
        full = sorted({
            f for f in lasts if not _no_given_name(f) or (f in named_mid and k not in placed)})
        if any(f in described and {fold(w) for w in surfaces[k]} != {
                fold(surface_of[f].split()[-1])} for f in lasts):
            full = []  # "the Democrats" are no "Mississippi Democrat"; "the Curve" is the
            # "BlackBerry Curve" the story writes only after an article
        if len({uf.find(f) for f in full}) > 1 and len(_people(full, uf)) <= 1:
            # one person, also written with a role or a word fused in front ("Quarterback
            # Peyton Manning"): the plain name
            plain = [f for f in full if not _everyday_word(f.split()[0])]
            if len({uf.find(f) for f in plain}) > 1:  # "Stunning Williams" opening a
                named = [f for f in plain if f not in openers or f in named_mid]  # sentence
                if uf.one(named):  # is no person of its own
                    plain = named
            if len({uf.find(f) for f in plain}) > 1:  # "Razorback Peyton Hillis": the
                fewest = min(_name_words(f) for f in plain)  # name with the fewest words
                plain = [f for f in plain if _name_words(f) == fewest]
            if uf.one(plain):
                full = plain
        if not full and k not in no_given_name and (not lasts or is_given_name(k)) and not (
                k in by_first and (peoples(k) or not is_given_name(k) and (
                    land_of(k) is not None or _named_after_a_land(k, by_first[k], surfaces)
                    or _named_after_a_thing(k, by_first[k], surfaces, around)))):
            full = sorted(set(by_first.get(k, [])))  # "Billy", not "Knowing
            # Billy"; "Laci" is Laci Peterson, "Mississippi" no "Mississippi Democrat"
            if any(f in described and not _everyday_word(fold(surface_of[f].split()[-1]))
                   for f in full):
                full = []  # "Atlanta" is no "the Atlanta Hawks", "Mississippi" no "the
                # Mississippi Democrat"; but "Waitrose" is "a Waitrose Store", "the Carlton
                # Hotel" the Carlton's (an everyday word, as written)
        if uf.one(full):
            uf.union(k, full[0])
        elif full and len(k) > 2:  # not "Sr" of "W. Mark Felt Sr" and "Ike Parsons LaRue Sr"
            shared_by[k] = full

    _link_short_forms(singles, multi, surfaces, surface_of, uf, described)
    _link_makers_products(multi, surfaces, surface_of, uf,
                          {_surname_of(k) for k in multi if _person_like(surface_of[k])},
                          around)
    _link_hyphened_tails(multi, surfaces, surface_of, uf)
    _link_two_word_tails(multi, surface_of, uf)
    _link_numbered_tails(multi, uf, documents, names_by_doc)
    _link_pointed_streets(multi, uf)
    _link_coordinated_heads(multi, surface_of, uf)
    _link_reordered_bodies(multi, uf, lambda wanted: _possessors(
        documents, names_by_doc, keys_by_doc, wanted))
    _link_place_qualified(multi, surfaces, uf, lambda short, long, place: bool(
        docs_of[short] & (docs_of[long] | docs_of[place])))
    _link_abbreviated_openings(multi, surfaces, uf)

    word_counts = {len(k.split()) for k in surfaces}  # a prefix no key's length is not one
    roles = role_words()
    for k in multi:
        parts = k.split()
        for j in range(1, len(parts)):
            if j not in word_counts:
                continue  # joining every prefix of a 10,000-word run is quadratic
            prefix = " ".join(parts[:j])
            if prefix not in surfaces:
                continue
            # a legal form's company is its name alone, unless a title or role makes that
            # name a person's: "Founder Charles Schwab" is no "Charles Schwab Corp"
            extra = parts[j:]
            if len(extra) == 1 and extra[0] in NAME_SUFFIXES and _two_generations(
                    prefix, k, generations, docs_of):
                continue  # "John Smith III and his father John Smith"
            if len(extra) == 1 and (extra[0] in _GENERIC_SUFFIX if j == 1 else (
                extra[0] in LEGAL_FORMS and not titles.get(prefix)
            )) or j >= 2 and (
                all(len(e) <= 3 and e.isalpha() for e in extra)
                and surface_of[k].split()[-1].isupper()
                or any(p in ORG_WORDS for p in parts[:j]) and any(e in ORG_WORDS for e in extra)
                and not any(_POSSESSIVE_S.sub("", e) in roles for e in extra)
                # a county and its Sheriff's Department are two bodies
                and not (parts[j - 1] in _PLACE_HEADS and "club" not in extra and any(
                    e in ORG_WORDS and e not in _PLACE_HEADS for e in extra))  # a place and
                # a body named after it: "Hennepin County" / "Hennepin County Medical Center";
                # but a club goes by its city's name: "Leicester City Football Club"
                or _of_a_named_place(parts[:j], extra, surfaces)
            ):
                uf.union(prefix, k)

    for place, demonym in demonyms:  # "israeli" ~ "israel"
        uf.union(place, demonym)
    _link_near_spellings(keys, uf, lambda a, b: _person_like(surface_of[a]) and _person_like(
        surface_of[b]) and not _written_apart(
            [a.split()[0], b.split()[0]], by_last.get(_surname_of(a), (a, b)), docs_of),
        lambda a, b: _two_generations(a, b, generations, docs_of) or _two_middles(a, b) and (
            _person_like(surface_of[a]) and _person_like(surface_of[b])))
    _link_articled_names(keys, surfaces, by_last, uf)
    _link_spaced_forms(keys, uf)
    _link_clipped_first_words(multi, uf)
    _link_facility_forms(multi, uf)

    role_keys = [k for k in keys if k.startswith("role:")]
    for role in role_keys:
        title = role[5:]
        holders = {
            uf.find(k) for k in keys if title in titles.get(k, ()) and not k.startswith("role:")
        }
        if len(holders) == 1:
            uf.union(role, holders.pop())

    clusters: dict[str, list[tuple[int, Name]]] = defaultdict(list)
    root_of = {k: uf.find(k) for k in surfaces}  # each key's group once, not each mention's
    own = _own_document_people(shared_by, docs_of, uf, documents, keys_by_doc, names_by_doc)
    for doc_index, (names, name_keys) in enumerate(zip(names_by_doc, keys_by_doc, strict=True)):
        for name, key in zip(names, name_keys, strict=True):
            clusters[own.get((doc_index, key)) or root_of[key]].append((doc_index, name))
    fused_roots = {root_of[k] for k in fused_people if k in root_of}
    # a group with no name fused to a person's needs no key of its mentions for its label
    entities = [_entity(members, fused_people if root in fused_roots else ())
                for root, members in clusters.items()]
    if shared_by:
        entities = _mark_ambiguous(entities, list(clusters), shared_by, uf)
    entities.sort(key=lambda e: (e.mentions[0][0], e.mentions[0][1].start))
    return entities


_NO_PERSON_BEFORE = patterns.compile(
    r"(?:\b(?:in|on|at|from|near|across|outside|inside|throughout)\s++(?:the\s++)?"
    r"(?:[A-Z][\w.'’-]*+,?\s++){0,3}"
    r"|(?:\b(?:a|an|the|its|his|her|their|our|your|my|this|that|these|those)|\w['’]s?)"
    r"\s++(?:[a-z]++\s++)?)$"
)
"""Where a place or a thing is named, not a person by the surname: "in Manhattan", "from
Naples, Italy", "a Hollywood star", "the magazine's early Playmates", "their victims' PCs";
or before a number, as a product is ("Server 2003")."""
_NUMBER_AFTER = patterns.compile(r"[ \t]++\d")
_FIRST_WORD = patterns.compile(r"[^\s\"'“‘(]")


def _contexts(
    documents: Sequence[Document], names_by_doc: Sequence[Sequence[Name]], wanted: set[str]
) -> tuple[set[str], set[str]]:
    """Of the names spelt as in ``wanted``, the keys of those written somewhere inside a
    sentence, not at its start (where a word of the sentence may be fused to a name:
    "Choosing DeGeneres"), and of one-word names written somewhere as a place or a thing ("in
    Manhattan", "a Hollywood star")."""
    inside: set[str] = set()
    placed: set[str] = set()
    if not wanted:
        return inside, placed
    for doc, names in zip(documents, names_by_doc, strict=True):
        text = doc.text
        opening: dict[int, int] = {}  # sentence -> where its first word starts
        for name in names:
            if name.headline or name.text not in wanted:
                continue
            key = _key_of(name)
            if name.sentence not in opening:
                s_start, s_end = doc.sentences[name.sentence]
                first = _FIRST_WORD.search(text, s_start, s_end)
                opening[name.sentence] = first.start() if first else s_start
            if name.start > opening[name.sentence]:
                inside.add(key)
            if " " not in key and (_NO_PERSON_BEFORE.search(
                text, max(0, name.start - 60), name.start
            ) or _NUMBER_AFTER.match(text, name.end)):
                placed.add(key)
    return inside, placed


_ARTICLE_BEFORE = patterns.compile(r"(?<![\w'’])(?:the|a|an)\s++$", re.IGNORECASE)
_WORD_AFTER = patterns.compile(r"[®™]?[^\S\n]++([a-z]++)\b")
"""The lower-case word after a name, past a trade mark ("a Primetime Emmy® nomination")."""


def _described(
    documents: Sequence[Document], names_by_doc: Sequence[Sequence[Name]], keys: set[str]
) -> set[str]:
    """Of two-word names that look like a person's (``keys``), those the story writes only
    right after an article and before no noun: "the Mississippi Democrat who", "an Ohio
    Democrat.", "the Chicago Bears on Sunday" describe or name a group; a person is written
    without one somewhere, or with one only before a noun ("the George Bush era"). Their first
    word is no given name and their last no surname."""
    if not keys:
        return set()
    seen: dict[str, bool] = {}
    for doc, names in zip(documents, names_by_doc, strict=True):
        text = doc.text
        for name in names:
            key = _key_of(name)
            if key not in keys or seen.get(key) is False:
                continue
            after = _WORD_AFTER.match(text, name.end)
            seen[key] = _after_article(text, name.start) and (
                after is None or after.group(1) in STOPWORDS)
    return {k for k, bound in seen.items() if bound}


def _no_given_names(
    documents: Sequence[Document], names_by_doc: Sequence[Sequence[Name]], keys: Sequence[str],
    surfaces: dict[str, set[str]],
) -> set[str]:
    """Of one-word names (``keys``), those that are no given name: an everyday word the
    ``nicknames`` list does not know ("Deadline", "Security"), or a place, written somewhere
    after "in", "near"... ("in Mississippi", "in Philadelphia", though Philadelphia is a
    given name too). The first word of one person-like name ("Mississippi Democrat",
    "Detroit Pistons", "Philadelphia Inquirer") is then no first name of it; "Laci" and
    "Ramarley" are."""
    out = {k for k in keys if _everyday_word(k)}
    wanted = {s: k for k in keys if k not in out for s in surfaces[k]}
    if not wanted:
        return out
    for doc, names in zip(documents, names_by_doc, strict=True):
        for name in names:
            key = wanted.get(name.text)
            if key is not None and not name.headline and _LOCATIVE_BEFORE.search(
                doc.text, max(0, name.start - 24), name.start
            ) and doc.text[name.end:name.end + 2] not in ("'s", "’s"):  # "in Bella's blood"
                out.add(key)
    return out


_LOCATIVE_BEFORE = patterns.compile(
    r"(?<![\w])(?:in|near|inside|outside|across|throughout)\s++(?:the\s++)?$"
    r"|(?<![\w])(?-i:downtown|uptown|midtown|suburban|(?:neighbou?rhood|suburbs?|outskirts|"
    r"streets|city|town|village)\s++of)\s++$", re.IGNORECASE
)
"""A preposition of place just before a name: "in Mississippi", "near the Bronx" ("at" is
also where one aims: "firing at Kimani"); or a part of a town: "fled downtown Atlanta", "the
Buckhead neighborhood of Atlanta", "the streets of Athens"; not "the heart of", "the
center of", "the state of", said of a firm as often ("at the heart of Lehman")."""


def _no_given_name(key: str) -> bool:
    """Only everyday words before the last word ("Little Italy", "Lower Manhattan", "World
    Vision Indonesia", "Choosing DeGeneres"): a place named after another or a word of the
    sentence fused in front, not a person whose surname the last word is ("Owner Arte
    Moreno" has a given name)."""
    return all(_everyday_word(w) for w in key.split()[:-1])


def _sentence_word(word: str) -> bool:
    """An adverb by its ending, as written: a word of the sentence when it opens one before a
    surname ("Ironically Nichols", "Purportedly Simpson"); not "Kelly". An "-ing" word may be
    a given name or a surname the lists lack ("Sterling Brown", "Channing Frye"), so
    "Stunning Williams" and "Excluding Brand" stay second people."""
    return _ADVERB.fullmatch(word) is not None


def _everyday_word(word: str) -> bool:
    """A common word of news text that the ``nicknames`` list does not know as a given name
    ("little", "owner"; not "mark", "bill")."""
    if len(word) < 2 or not is_common(word):
        return False
    namer = nicknames()
    variants = namer.nicknames_of(word) | namer.canonicals_of(word)
    # the list's only variant of "little" is "littleberry": a longer name, no given name
    return not variants or all(v.startswith(word) for v in variants)


def _of_a_named_place(
    prefix: Sequence[str], extra: Sequence[str], keys: dict[str, set[str]]
) -> bool:
    """ "Central Election Commission of Turkmenistan" is the "Central Election Commission"
    of a story that names Turkmenistan: an organisation of two words or more, then "of" and
    a one-word name the story has on its own (a country, a state, a city)."""
    if len(prefix) < 2 or prefix[-1] not in ORG_WORDS or len(extra) < 2 or extra[0] != "of":
        return False
    place = extra[2:] if extra[1] == "the" else extra[1:]
    return len(place) == 1 and place[0] in keys and place[0] not in ORG_WORDS


def _mark_ambiguous(
    entities: list[Entity], roots: list[str], shared_by: dict[str, list[str]], uf: _Union
) -> list[Entity]:
    """Give a lone surname that two people of the story share its candidates: the labels of
    their entities, in order of appearance. Not when another rule joined it to a longer name
    (it is then no lone surname), when the full names are one person after all, or when none
    of them has a first name the ``nicknames`` list knows (names of things shaped like
    people's: "Vodafone Egypt", "Telecom Egypt")."""
    at = {root: i for i, root in enumerate(roots)}
    order = sorted(range(len(entities)), key=lambda i: (
        entities[i].mentions[0][0], entities[i].mentions[0][1].start))
    rank = {i: r for r, i in enumerate(order)}
    for k, full in shared_by.items():
        mine = at.get(uf.find(k))
        if mine is None or any(" " in _key_of(n) for _, n in entities[mine].mentions):
            continue
        people = _people(full, uf)
        if len(people) < 2 or not any(
            is_given_name(w) for group in people for f in group for w in _given_names(f)
        ):
            continue  # "Sukanya" of "Warship Sukanya" and "Indian Naval Ship Sukanya"
        others = [min((at[uf.find(f)] for f in group), key=rank.__getitem__) for group in people]
        others = sorted(set(others) - {mine}, key=rank.__getitem__)
        if len(others) >= 2:
            entities[mine] = replace(
                entities[mine], candidates=tuple(entities[i].label for i in others))
    return entities


_KIN = (r"(?:[a-z]+-)?(?:(?:step|grand|great-grand)?(?:son|daughter|mother|father|brother"
        r"|sister|child|parent)|wife|husband|widow(?:er)?|nephew|niece|uncle|aunt|cousin"
        r"|fianc[eé]e?|spouse|sibling)s?")
"""A relative: the words that give a full name as someone's kin."""
_KIN_BEFORE = patterns.compile(rf"\b(?:his|her|their|whose|its|the)[ \t]+(?:[\w'’-]+[ \t]+)?{_KIN}"
                               r",?[ \t]+\Z", re.IGNORECASE)
"""A relative named after the relation: "His daughter Joan Felt", "her nephew, Ravi Singh"."""
_KIN_AFTER = patterns.compile(rf",[ \t]+(?:his|her|their)[ \t]+(?:[\w'’]+[ \t]+)?{_KIN}\b",
                              re.IGNORECASE)
"""A relative named before the relation: "Louis Gigante, his priest-brother"."""
_KIN_REACH = 200
"""How far before a lone surname an unnamed relative keeps it open (two sentences or so)."""
_UNNAMED_KIN = patterns.compile(rf"\b(?:his|her|their)[ \t]+(?:[\w'’-]+[ \t]+)?{_KIN}\b"
                                r"(?![ \t]*,?[ \t]*(?-i:[A-Z]))", re.IGNORECASE)
"""A relative the report does not name: "Her husband was arrested", "his father"."""
_PROSE_END = patterns.compile(r"[.!?][\"'”’)]*\s*\Z")
"""How a sentence of prose ends; a headline has no stop."""


_PLACE_HEADS = frozenset(
    "county city valley district province region island islands lake bay river mountain "
    "mountains sea ocean".split())
"""The last word of a place's name: a body named after the place is no longer form of it
("Matanuska Valley" / "Matanuska Valley Farmers Cooperating Association", "Hennepin County" /
"Hennepin County Medical Center"; issue 9 point 9)."""


def _own_document_people(
    shared_by: dict[str, list[str]], docs_of: dict[str, set[int]], uf: _Union,
    documents: Sequence[Document], keys_by_doc: Sequence[Sequence[str]],
    names_by_doc: Sequence[Sequence[Name]],
) -> dict[tuple[int, str], str]:
    """A lone surname that two people of the story share, in a report that names only one
    of them in full, and names them before it first writes the surname alone: that person's
    group, for that report's mentions ("McDermott ended the game" in a report naming only
    Doug McDermott, while the other report names his father, the coach Greg McDermott,
    too). A reader of the report knows whom it means. A report naming both, or neither,
    leaves the surname open (``_mark_ambiguous``); so does one whose surname comes first in
    its prose (a headline has no stop), or whose full name is given as someone's relative:
    the surname is then the man the story is about, named in a headline the text lacks
    ("Felt worked as the associate director of the FBI ... His daughter Joan Felt said";
    "Louis Gigante, his priest-brother ... Gigante had eight children")."""
    own: dict[tuple[int, str], str] = {}
    people_of = {k: people for k, full in shared_by.items()
                 if len(people := _people(full, uf)) >= 2 and any(
                     is_given_name(w) for group in people for f in group for w in _given_names(f))}
    wanted = set(people_of)  # (as ``_mark_ambiguous`` asks: "CPUs" of "Intel CPUs" and "ARM
    # CPUs" names no one)
    if not wanted:
        return own
    candidates = {f for people in people_of.values() for group in people for f in group}
    first: dict[tuple[int, str], int] = {}
    written: dict[tuple[int, str], str] = {}  # a lone surname as a report writes it
    kin: set[tuple[int, str]] = set()  # a full name a report gives as someone's relative
    prose: dict[tuple[int, int], bool] = {}  # each sentence's ending read once
    for d, (names, name_keys) in enumerate(zip(names_by_doc, keys_by_doc, strict=True)):
        for name, key in zip(names, name_keys, strict=True):
            if key not in wanted and key not in candidates:
                continue  # (``first`` is asked of these only)
            at = (d, name.sentence)
            if at not in prose:
                prose[at] = _PROSE_END.search(documents[d].sentence_text(name.sentence)) is not None
            if not name.headline and prose[at]:  # a headline names its person by the
                first.setdefault((d, key), name.start)  # surname alone
            if key in wanted:
                written.setdefault((d, key), name.text)
            elif key in candidates and (_KIN_BEFORE.search(
                    documents[d].text, max(0, name.start - 40), name.start) or (
                    _KIN_AFTER.match(documents[d].text, name.end))):
                kin.add((d, key))
    for k in sorted(wanted):
        people = people_of[k]
        for d in docs_of.get(k, ()):
            named = [f for group in people for f in group if d in docs_of.get(f, ())]
            here = {uf.find(f) for f in named}
            if len(here) != 1 or uf.find(k) in here or any((d, f) in kin for f in named):
                continue
            lone = _first_in_prose(documents[d], written.get((d, k), ""),
                                   first.get((d, k), 1 << 62))
            full = min(first.get((d, f), 1 << 62) for f in named)
            if full < lone and not _UNNAMED_KIN.search(
                    documents[d].text, max(full, lone - _KIN_REACH), lone):  # after the full
                # name: "Her husband was arrested. Jennifer Smith, 36, ... Smith" is Jennifer
                # (a relative the report does not name, just before the surname, may carry
                # it: "Her husband was arrested hours later. Smith, 36, was charged")
                own[(d, k)] = here.pop()  # one entity: not "W. Mark Felt" and his son
                # "Mark Felt Jr", whom ``_people`` reads as one person by their given name
    return own


def _first_in_prose(doc: Document, word: str, found: int) -> int:
    """Where a report first writes a surname in its prose: as a name (``found``), or earlier
    as the word that opens a sentence and was taken for the sentence's own ("Felt worked as
    the associate director")."""
    if not word:
        return found
    starts = [s for s, _ in doc.sentences]
    written = re.escape(word)  # (the word first, its boundary after: ``re`` skips to it in C)
    for m in re.compile(rf"{written}(?<=\b{written})\b").finditer(doc.text, 0, found):
        if _NAME_WORD_BEFORE.search(doc.text, max(0, m.start() - 30), m.start()):
            continue  # the surname of a full name ("Jennifer Smith"), not the surname alone
        k = bisect_right(starts, m.start()) - 1
        if k >= 0 and _PROSE_END.search(doc.sentence_text(k)):
            return m.start()
    return found


_NAME_WORD_BEFORE = patterns.compile(r"[A-Z][\w.'’-]*[ \t]+\Z")
"""A capitalised word just before a surname: it ends a longer name."""


def _people(full: Sequence[str], uf: _Union) -> list[list[str]]:
    """The full names of one surname grouped by person: names that share a given name (or a
    variant of it) are one person ("Peyton Manning", "Quarterback Peyton Manning"; "Mark Jay
    Heller", "Mark Heller"), and so are names already merged. A name with no given name at all
    is no person of its own: a word fused in front ("Choosing DeGeneres", "Maybe President
    Obama")."""
    given = {f: _given_names(f) for f in full}
    groups = _Union()
    named = [f for f in full if given[f]]
    for i, a in enumerate(named):
        groups.find(a)
        for b in named[i + 1:]:
            if uf.find(a) == uf.find(b) or given[a] & given[b] or any(
                _first_name_variants(x, y) for x in given[a] for y in given[b]
            ):
                groups.union(a, b)
    people: dict[str, list[str]] = defaultdict(list)
    for f in named:
        people[groups.find(f)].append(f)
    return list(people.values())


def _given_names(key: str) -> frozenset[str]:
    """The words of a full name before its surname that can be given names: not initials,
    roles or everyday words ("quarterback", "maybe"), nor adverbs and participles fused from
    the sentence ("ironically", "choosing"); an everyday word that is a first name in the
    ``nicknames`` list stays ("mark", "bill")."""
    return frozenset(
        w for w in key.split()[:-1]
        if len(w) > 1 and w not in TITLES and w not in ORG_WORDS
        and not w.endswith(SENTENCE_WORD_ENDINGS) and (not is_common(w) or is_given_name(w))
    )


def _key_of(name: Name) -> str:
    if not name.text.strip() or (name.title and fold(name.text).rstrip(".") == name.title):
        return f"role:{name.title}"
    return name_key(name.text)


_SPACING = patterns.compile(r"[\s-]+")
_NO_SPACE = patterns.compile(r"\.(?=[A-Z][a-z])")
"""A full stop with no space before the next word ("P.J.Carlesimo")."""


def _entity(members: list[tuple[int, Name]], fused: Collection[str] = ()) -> Entity:
    """An entity of its names; its label is its fullest name, not a name with words fused in
    front of a person (``fused``: "Moviemaker Gary Ross" is labelled "Gary Ross"), and a
    place rather than its people, however often a report writes "Israeli" for "Israel".
    Spellings that differ only in spaces and hyphens are one name, labelled as written most
    ("SeaMicro" 208 times, not "Sea Micro" 5 times; "African-American"), and when as often,
    as written first, but not with a word run into a full stop ("P.J.Carlesimo")."""
    members.sort(key=lambda m: (m[0], m[1].start))
    texts = [n.text for _, n in members if not n.headline]
    texts = texts or [n.text for _, n in members]
    counts = Counter(texts)  # counted once: count/index per candidate is quadratic
    if len(counts) == 1:  # one spelling (most entities): its label, no acronym beside it
        return Entity(label=texts[0], mentions=tuple(members))
    first: dict[str, int] = {}
    for i, t in enumerate(texts):
        first.setdefault(t, -i)
    plain = {n.text for _, n in members if _key_of(n) not in fused} if fused else set(counts)
    full = [t for t in counts if not _is_acronym(t) and t in plain] or [
        t for t in counts if not _is_acronym(t)]
    singles = {fold(t) for t in counts if " " not in t}
    demonyms = {w for w in singles if people_of(w) in singles}  # "Brian" is no "Bria"'s
    spelling = {t: _SPACING.sub("", fold(t)) for t in counts}
    words: dict[str, int] = {}  # a spelling's words, counted as its fullest spacing's
    for t, squashed in spelling.items():
        words[squashed] = max(words.get(squashed, 0), len(t.split()))
    best = max(full or list(counts), key=lambda t: (
        words[spelling[t]], fold(t) not in demonyms, counts[t], -len(_NO_SPACE.findall(t)),
        first[t]))
    bare = best.replace(".", "")
    acr = next((t for t in counts if _is_acronym(t) and t.replace(".", "") != bare), None)
    # (each spelling once, in order of first appearance)
    # not "U.K (U.K.)": one acronym, its last full stop taken by the sentence's end
    label = f"{best} ({acr})" if acr else best
    return Entity(label=label, mentions=tuple(members))


_DEFINED = patterns.compile(
    r"(?P<name>[A-Z](?<![\w'’.-][A-Z])[\w'’.-]*+"
    r"(?:\s++(?:of\s++(?:the\s++)?|for\s++|and\s++)?[A-Z][\w'’.-]*+){0,11})"
    r"(?:\s*+\(\s*+|,\s++or\s++)(?P<acr>[A-Z][A-Z.&-]{1,9})"
    r"(?P<suffix>\s+(?:Corp|Inc|Ltd|Co|Group|Plc|LLC)\b\.?)?(?:\s*\)|,)"
)
"""A name of at most twelve words before its acronym: tried from each capitalised word, a
bounded name keeps a long run of capitalised words (a menu, "U.S. U.S. ...") linear. The
capital comes before its look-behind, so the scan jumps from capital to capital."""


_ACRONYM_DEFINED = (
    r"[A-Z][A-Z.&-]{1,9}(?:\s+(?:Corp|Inc|Ltd|Co|Group|Plc|LLC)\b\.?)?(?:\s*\)|,)")
_DEFINED_AT = (
    patterns.compile(rf"\(\s*+{_ACRONYM_DEFINED}"),
    patterns.compile(rf",\s++or\s++{_ACRONYM_DEFINED}"))
"""``_DEFINED`` from its "(" or ", or" on: an acronym defined there. Two patterns, each
opening with its one character, which ``re`` looks for faster than for a class of both."""
_DEFINED_START = patterns.compile(r"[A-Z](?<![\w'’.-][A-Z])")
_NAME_CHARACTERS = "_'’.-"
"""With letters, digits (``str.isalnum`` is re's \\w) and white space, what a name of
``_DEFINED`` holds before its "(" or ", or"."""


def _defined(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_DEFINED.finditer(text)``, tried only before an acronym's "(" or ", or"
    (``_DEFINED_AT``), from each capital of the run of name characters there, not from every
    capital of the text. A name holds no "(" nor ",", so a match opening before the first
    such place it can use stands in that run; none opens in it at the place itself."""
    pos = 0
    ahead = [pattern.search(text) for pattern in _DEFINED_AT]  # the next place of each
    while True:
        for k, pattern in enumerate(_DEFINED_AT):
            if ahead[k] is not None and ahead[k].start() < pos:
                ahead[k] = pattern.search(text, pos)
        mark = min((at.start() for at in ahead if at is not None), default=None)
        if mark is None:
            return
        run = mark
        while run > pos and (text[run - 1].isalnum() or text[run - 1] in _NAME_CHARACTERS
                             or text[run - 1].isspace()):
            run -= 1
        for start in _DEFINED_START.finditer(text, run, mark):
            m = _DEFINED.match(text, start.start())
            if m is not None:
                yield m
                pos = m.end()
                break
        else:
            pos = mark + 1


_SENTENCE_END = patterns.compile(r"(?<=[a-z])\.\s+")


def _link_defined_acronyms(
    documents: Sequence[Document], names_by_doc: Sequence[Sequence[Name]], uf: _Union
) -> None:
    """ "Sudan Armed Forces, or SAF," and "Muslim Public Affairs Committee (MPACUK)"."""
    for doc in documents:
        for m in _defined(doc.text):
            name = _SENTENCE_END.split(m.group("name"))[-1]  # "... Street. Acme Data Systems"
            name = re.sub(r"^(?:The|A|An)\s+", "", name)
            acr = m.group("acr")
            if _initials(name.split())[:1] != acr.replace(".", "")[:1]:
                name = re.sub(r"^\S+['’]s\s+", "", name)  # "Indonesia's Geophysics Agency"
            if not _is_acronym(acr) or len(name.split()) < 2:
                continue
            if _initials(name.split())[:1] != acr.replace(".", "")[:1]:
                continue
            uf.union(name_key(name), name_key(acr))
            if m.group("suffix"):  # "Acme Data Systems (ADS Corp)"
                uf.union(name_key(name), name_key(acr + m.group("suffix")))


def _link_person_variants(multi: Sequence[str], surface_of: dict[str, str], uf: _Union,
                          docs_of: Mapping[str, Collection[int]],
                          generations: Mapping[str, set[str]]) -> None:
    """One person written with and without a middle initial or name ("John F. Kennedy",
    "John Kennedy"; "Mark Jay Heller", "Mark Heller") or with a variant of the first name
    ("Bill Clinton", "William Clinton"; "Robyn Mendes", "Robin Mendes").

    The bare "first last" form joins the longer forms when they share their middle initials
    ("Warren S. Jeffs", "Warren Steed Jeffs"), not two middles ("George W. Bush" and "George
    H. W. Bush" stay apart); first names join when the ``nicknames`` list (a
    curated list of English first-name variants) says one is a nickname of the other, or
    when they are two spellings of one name (``_first_name_spelling``) that no document
    writes both of: two reports spelling one person two ways, not two people of one family.
    A form with a generational suffix joins only through ``_link_suffixed``, never a first
    name's variant.
    """
    by_bare: dict[str, list[str]] = defaultdict(list)
    by_last: dict[str, list[str]] = defaultdict(list)
    suffixed: dict[str, str] = {}  # a form with a generational suffix: its form without
    for k in multi:
        if not _person_like(_unsuffixed(surface_of[k])):
            continue
        parts, suffix = _split_generation(k.split())
        if suffix:
            suffixed[k] = " ".join(parts)
        bare = [p for p in parts if len(p) > 1]
        if len(bare) == 2:
            by_bare[" ".join(bare)].append(k)
            if k not in suffixed:
                by_last[bare[1]].append(k)
        elif len(bare) == 3 and len(parts) == 3:  # a middle name: "Mark Jay Heller"
            by_bare[f"{bare[0]} {bare[2]}"].append(k)
    for bare, forms in by_bare.items():
        plain = sorted(f for f in forms if f not in suffixed)
        initialled = [f for f in plain if f != bare]
        if bare in plain and len({_middle_initials(f) for f in initialled}) == 1:
            for form in initialled:  # "Warren S. Jeffs", "Warren Steed Jeffs": one middle
                uf.union(bare, form)
        _link_suffixed(bare, plain, sorted(set(forms) - set(plain)), suffixed, uf, docs_of,
                       generations)
    for forms in by_last.values():
        firsts = sorted({k.split()[0] for k in forms if len(k.split()[0]) > 1})
        if len(firsts) < 2:
            continue
        first_of = {a: next(k for k in sorted(forms) if k.split()[0] == a) for a in firsts}
        spelt = _Union()  # first names that are one name spelt two ways, grouped
        for i, a in enumerate(firsts):
            spelt.find(a)
            for b in firsts[i + 1:]:
                if _first_name_variants(a, b):
                    uf.union(first_of[a], first_of[b])
                if _one_first_name(a, b):
                    spelt.union(a, b)
        groups: dict[str, list[str]] = defaultdict(list)
        for a in firsts:
            groups[spelt.find(a)].append(a)
        for group in groups.values():
            if len(group) > 1 and _written_apart(group, forms, docs_of):
                for a in group[1:]:
                    uf.union(first_of[group[0]], first_of[a])


def _unsuffixed(surface: str) -> str:
    """A name less its generational suffix: "Nick J. Rahall" of "Nick J. Rahall II"."""
    words = surface.split()
    if len(words) > 2 and fold(words[-1]).rstrip(".") in NAME_SUFFIXES:
        return " ".join(words[:-1])
    return surface


def _generation(key: str) -> str:
    """A key's generational suffix ("jr" of "ken griffey jr"), or ""."""
    return _split_generation(key.split())[1]


def _split_generation(parts: list[str]) -> tuple[list[str], str]:
    """A key's words less a generational suffix, and the suffix (or "")."""
    if len(parts) > 2 and parts[-1] in NAME_SUFFIXES:
        return parts[:-1], parts[-1]
    return parts, ""


def _link_suffixed(bare: str, plain: Sequence[str], forms: Sequence[str],
                   suffixed: Mapping[str, str], uf: _Union,
                   docs_of: Mapping[str, Collection[int]],
                   generations: Mapping[str, set[str]]) -> None:
    """A person written with and without a generational suffix ("Nick J. Rahall II", "Nick
    Rahall"; "Herbert Flynn Jr.", "Herbert Flynn") is one, when the story writes one suffix
    only, the middle initials agree, and no document writes the name both with and without
    it: "W. Mark Felt Sr." beside "Mark Felt Jr.", or "Ken Griffey Jr. and his father Ken
    Griffey" in one report, are two people of one family (issue 9 point 3)."""
    if bare not in plain or not forms or len(generations.get(_surname_of(bare), ())) > 1:
        return  # "Ken Griffey Jr." and "Kenneth Griffey Sr.": no suffix joins the surname
    if any(suffixed[f] != bare and suffixed[f] in plain for f in forms):
        return  # "Robert F. Kennedy" and "Robert F. Kennedy Jr.", each written in full
    middles = {_middle_initials(f) for f in plain if f != bare} | {
        _middle_initials(suffixed[f]) for f in forms}
    middles.discard("")
    with_suffix = {d for f in forms for d in docs_of.get(f, ())}
    if len(middles) > 1 or any(d in with_suffix for f in plain for d in docs_of.get(f, ())):
        return
    for form in forms:
        uf.union(bare, form)


def _generations(keys: Iterable[str]) -> dict[str, set[str]]:
    """The generational suffixes the story writes after each surname: {"griffey": {"jr",
    "sr"}}. Two of them make every suffix of that surname tell two people apart."""
    found: dict[str, set[str]] = defaultdict(set)
    for k in keys:
        if suffix := _generation(k):
            found[_surname_of(k)].add(suffix)
    return found


def _two_generations(a: str, b: str, generations: Mapping[str, set[str]],
                     docs_of: Mapping[str, Collection[int]]) -> bool:
    """Whether two keys that differ by a generational suffix name two people of one family:
    two suffixes ("Martin Luther King Jr." / "Sr."), a surname the story writes with two, or
    a report that writes both ("Arcade Joseph Comeaux Jr. and his father Arcade Joseph
    Comeaux"). The near-spelling and the short-extra-word rules ask it before they join."""
    ga, gb = _generation(a), _generation(b)
    if ga == gb:
        return False
    if ga and gb or len(generations.get(_surname_of(a if ga else b), ())) > 1:
        return True
    return not set(docs_of.get(a, ())).isdisjoint(docs_of.get(b, ()))


def _written_apart(group: Sequence[str], forms: Sequence[str],
                   docs_of: Mapping[str, Collection[int]]) -> bool:
    """Whether no document writes two of these first names with the surname, in any of the
    forms (with a middle name or not): a document that does tells two people apart ("Robin
    Smith and her sister Robyn Smith"), and so the whole group stays apart."""
    seen: dict[int, str] = {}
    for k in forms:
        first = k.split()[0]
        if first not in group:
            continue
        for d in docs_of.get(k, ()):
            if seen.setdefault(d, first) != first:
                return False
    return True


def _link_fused_people(multi: Sequence[str], surface_of: dict[str, str], uf: _Union) -> set[str]:
    """A person the story names alone ("Gary Ross", "Robert Buckley") is the same person
    with words fused in front ("Moviemaker Gary Ross", "Englishman Robert Buckley",
    "Undersheriff Larry Waldie"), whatever the words: a role, a team, a description, or a
    word of a headline. The person's name opens with a given name the ``nicknames`` list
    knows; a name with a small word in front ("In Search of Bettie Page") is a title, a
    given name in front makes another person ("Mary Jane Smith"), and a ship is its own
    ("USNS Harvey Milk"). A given name before a name of two words that opens with none (or
    with a particle) is that surname's person: "Cheryl Boone Isaacs", "Jack Del Rio".
    Returns the names with words fused in front (no labels: ``_entity``)."""
    keys = set(multi)
    fused = set()
    for k in multi:
        parts = k.split()
        for j in range(max(1, len(parts) - 4), len(parts) - 1):  # a name of 2-4 words
            person = " ".join(parts[j:])
            if person not in keys:
                continue
            front = surface_of[k].split()[:j]
            if not _person_like(surface_of[person]) or parts[0] in _SHIP_PREFIXES or not all(
                    w[:1].isupper() and fold(w) not in STOPWORDS for w in front):
                break
            if is_given_name(parts[j]) and not is_given_name(parts[j - 1]) and not any(
                    p.endswith("ing") and p in common_words() for p in parts[:j]):
                # not "Mary Jane Smith" (a given name just before: another person) nor
                # "Finding Vivian Maier" (a title); "Virginia Democrat Tim Kaine" is Kaine
                uf.union(person, k)
                fused.add(k)
            elif j == 1 and is_given_name(parts[0]) and (
                    not is_given_name(parts[1]) or parts[1] in name_particles()) and (
                    _person_like(surface_of[k])):
                uf.union(person, k)  # a surname of two words: "Boone Isaacs" is "Cheryl
                # Boone Isaacs", "Del Rio" "Jack Del Rio"
            break  # the longest name inside only
    return fused


def _middle_initials(key: str) -> str:
    """ "s" of "warren s jeffs" and of "warren steed jeffs"; "hw" of "george h w bush"."""
    return "".join(w[0] for w in key.split()[1:-1])


_DOUBLED = patterns.compile(r"(\w)\1+")


@lru_cache(maxsize=1 << 12)
def _first_name_spelling(name: str) -> str:
    """A folded first name with the letters English spells one sound with made one: "ph"
    and "f", a "y" and an "i" inside the name, a hard "c" and "k", a doubled letter and a
    single one. "robyn" and "robin", "catherine" and "katherine", "phillip" and "philip"
    are one spelling; "michael" and "michelle", "mark" and "mary", "louis" and "lois" are
    not. A final "i" and "y" are one only in a long name ("gurbanguly", "gurbanguli": a
    transliteration); in a short one they, and "ie", often tell a woman's name from a man's
    ("Toni" / "Tony", "Billie" / "Billy")."""
    s = name.replace("ph", "f")
    s = re.sub(r"(?<=\w)y(?=\w)" if len(name) < 7 else r"(?<=\w)y", "i", s)
    s = re.sub(r"c(?=[aourl])", "k", s)
    return _DOUBLED.sub(r"\1", s)


def _one_first_name(a: str, b: str) -> bool:
    """Whether two folded first names are one name written two ways: one spelling
    (``_first_name_spelling``), or two nicknames the ``nicknames`` list gives one name
    ("lennie" and "lenny" of Leonard's; "billie" and "billy", "toni" and "tony" share none)."""
    if _first_name_spelling(a) == _first_name_spelling(b):
        return True
    namer = nicknames()
    return not set(namer.canonicals_of(a)).isdisjoint(namer.canonicals_of(b))


def _first_name_variants(a: str, b: str) -> bool:
    """ "bill" and "william", "liz" and "elizabeth": one is a nickname of the other."""
    namer = nicknames()
    return b in namer.nicknames_of(a) or a in namer.nicknames_of(b)


_NO_TEAM_OPENING = DIRECTIONS | ORG_WORDS
"""A name opening with one of these is no team's ("South Sudan", "University of Wales")."""


_MODEL = patterns.compile(r"(?=[a-z-]*\d)(?=[\d-]*[a-z])[a-z\d]+(?:-[a-z\d]+)*")
"""A model's code, letters and digits: "q10", "a380", "x5" (a name key, in lower case)."""


def _link_reordered_bodies(multi: Sequence[str], uf: _Union,
                           possessors: Callable[[set[str]], dict[str, set[str]]]) -> None:
    """A body named with its head first and its field after "of" is the body named by its
    field then its head ("Department of Justice" / "Justice Department"; one or two words of
    field): the two forms US news gives one department. Not two countries' ("Britain's
    Ministry of Defence" / "Russia's Defence Ministry": ``possessors`` of the keys asked,
    read only when a story has both forms)."""
    keys = set(multi)
    pairs = []
    for k in multi:
        words = k.split()
        if len(words) < 3 or words[0] not in BODY_HEADS or words[1] != "of":
            continue
        field = words[3:] if words[2] == "the" else words[2:]
        if 1 <= len(field) <= 2 and (other := " ".join([*field, words[0]])) in keys:
            pairs.append((k, other))
    if not pairs:
        return
    owner = possessors({k for pair in pairs for k in pair})
    lands = land_names()
    for k, other in pairs:
        a, b = owner.get(k, set()), owner.get(other, set())
        if not (a and b and a.isdisjoint(b) and not lands.isdisjoint(a | b)):
            uf.union(k, other)  # two countries' only when a country is named: "Britain's" /
            # "UK's" or "Obama's" / "Holder's" Justice Department are one body


_POSSESSOR = patterns.compile(r"([A-Z][\w.'’-]*)['’]s?[ \t]+\Z")
"""A name in the possessive just before another: "Britain's", "Russia's"."""


def _possessors(documents: Sequence[Document], names_by_doc: Sequence[Sequence[Name]],
                keys_by_doc: Sequence[Sequence[str]], wanted: set[str]) -> dict[str, set[str]]:
    """The names written in the possessive before the bodies ``wanted``, by key ("Britain's
    Ministry of Defence": {"britain"})."""
    out: dict[str, set[str]] = defaultdict(set)
    for doc, names, keys in zip(documents, names_by_doc, keys_by_doc, strict=True):
        for name, key in zip(names, keys, strict=True):
            if key in wanted and (m := _POSSESSOR.search(doc.text, max(0, name.start - 30),
                                                         name.start)):
                out[key].add(fold(m.group(1)))
    return out


def _link_coordinated_heads(multi: Sequence[str], surface_of: dict[str, str],
                            uf: _Union) -> None:
    """A body named by its first field is the one body of the story named with two
    (``names.fields``): the "Charter of Rights" is the "Charter of Rights and Freedoms", and
    so is another spelling of it ("Organisation for Security" of the "Organization for
    Security and Cooperation": rapidfuzz's ratio, as ``_link_near_spellings`` scores). With
    two bodies of one first field ("Department of Defence and Security", "Department of
    Defense and Intelligence") the short form joins neither."""
    longer: dict[str, list[str]] = defaultdict(list)
    for k in multi:
        surface = surface_of[k]
        at = surface.find(" and ")
        field = OF_COMPLEMENT.search(surface, 0, at) if at > 0 else None
        if field is not None:
            after = list(takewhile(lambda w: w[:1].isupper(), surface[at + 5:].split()))
            if fields(field.group(1), field.group(2).split(), after) and (
                    fold(after[-1]) not in ORG_WORDS):  # "Ministry of Defence and Foreign
                # Office", "House of Representatives and Senate": two bodies, maybe
                longer[name_key(surface[:at])].append(k)
    if not longer:
        return
    keys = set(multi)
    by_start: dict[str, list[str]] = defaultdict(list)
    for k in multi:
        by_start[k[:3]].append(k)
    heads: dict[str, list[str]] = defaultdict(list)  # a short form, the first fields it is
    for head in longer:
        if head in keys:
            heads[head].append(head)
            continue
        for k, _, _ in process.extract(head, by_start.get(head[:3], ()), scorer=fuzz.ratio,
                                       score_cutoff=_NEAR_SPELLING, limit=None):
            if k not in longer[head]:
                heads[k].append(head)
    for k, firsts in heads.items():
        if uf.one(f for head in firsts for f in longer[head]):
            uf.union(k, longer[firsts[0]][0])


_OF_AFTER = patterns.compile(r"[ \t]+of[ \t]")


def _link_numbered_tails(multi: Sequence[str], uf: _Union, documents: Sequence[Document],
                         names_by_doc: Sequence[Sequence[Name]]) -> None:
    """A numbered name ("Route 52", "Channel 4": a word a number names, and its number) is
    the one longer name of the story that ends with it ("State Route 52", "WCCO-TV Channel
    4"): the number says which road or channel, the words before it whose. With two such
    names ("State Route 52", "Interstate Route 52") it joins neither, nor when a report
    says what it is part of ("Game 7 of the World Series" is no "NBA Finals Game 7")."""
    numbered = {k for k in multi if len(parts := k.split()) == 2
                and parts[0] in NUMBERED_HEADS and parts[1][:1].isdigit()}
    if not numbered:
        return
    numbered -= {key for doc, names in zip(documents, names_by_doc, strict=True)
                 for name in names if (key := _key_of(name)) in numbered
                 and _OF_AFTER.match(doc.text, name.end)}
    longer: dict[str, list[str]] = defaultdict(list)
    for k in multi:
        parts = k.rsplit(" ", 2)
        if len(parts) == 3 and (tail := f"{parts[1]} {parts[2]}") in numbered:
            longer[tail].append(k)
    for k, forms in longer.items():
        if uf.one(forms):
            uf.union(k, forms[0])


def _link_pointed_streets(multi: Sequence[str], uf: _Union) -> None:
    """A numbered street without its compass point ("223rd Street") is the one street of the
    story with that number and a point ("East 223rd Street"); with two ("East" and "West
    42nd Street") it joins neither. Only numbered streets: "Sudan" is no "South Sudan"."""
    pointed: dict[str, list[str]] = defaultdict(list)
    for k in multi:
        parts = k.split()
        if len(parts) == 3 and parts[0] in _POINTED and parts[1][:1].isdigit() and (
                parts[2] in STREET_WORDS):
            pointed[f"{parts[1]} {parts[2]}"].append(k)
    keys = set(multi)
    for k, forms in pointed.items():
        if k in keys and uf.one(forms):
            uf.union(k, forms[0])


def _link_makers_products(
    multi: Sequence[str], surfaces: Mapping[str, Collection[str]], surface_of: Mapping[str, str],
    uf: _Union, surnames: Collection[str], around: _Neighbours,
) -> None:
    """A product or a ship by its own name: "Opteron" is the "AMD Opteron", "Tabar" the "INS
    Tabar" of a story that names the acronym alone too ("AMD"), which stays what it is. Not
    after an acronym that is no word ("NYPD KKK"), nor an everyday word or a body's ("CIA
    Director", "AMA Council", "US Open"), a land or its people ("IDC Canada", "UN
    Palestinian"), a given name or a person's surname ("BBC Capaldi"), a place the story
    writes as one ("FBI Boston", "BBC London": "in Boston"); and the acronym acts somewhere
    in the story ("AMD said", "AMD's"), as a maker does and a descriptor does not ("a
    QWERTY BlackBerry", "a QWERTY keyboard")."""
    lands = land_names()
    for k in multi:
        parts = k.split()
        if len(parts) != 2 or parts[0] not in surfaces or parts[1] not in surfaces:
            continue
        words = surface_of[k].split()
        maker, written = words[0], words[-1]
        product = parts[1]
        if (len(maker) >= 2 and maker.isupper() and maker.isalpha() and not written.isupper()
                and not _everyday_word(product) and not is_common(product)
                and product not in ORG_WORDS and product not in lands
                and people_of(product) is None and not product.endswith(("ian", "ese", "ish"))
                and not is_given_name(product)
                and product not in surnames and not around.place(product)
                and around.agent(parts[0])):
            uf.union(product, k)


def _link_short_forms(
    singles: Sequence[str],
    multi: Sequence[str],
    surfaces: dict[str, set[str]],
    surface_of: dict[str, str],
    uf: _Union,
    described: Collection[str] = (),
) -> None:
    """A team or group by its last word, plural: "Lakers" is "Los Angeles Lakers", "Colts"
    the "Indianapolis Colts", when one name of the story ends with it; "Sudan" is never
    "South Sudan" (a plural only, and no direction word in front). A newspaper by the last
    word of its title: "the Post" is the "Washington Post" (never the city, "Washington").
    ``described``: person-like names the story writes only after an article ("the Chicago
    Bears"), teams when plural ("the Democrats" are no "Mississippi Democrat"), even when
    their last word is an everyday one ("Bears")."""
    by_last: dict[str, list[str]] = defaultdict(list)
    for k in multi:
        parts = k.split()
        city_new = len(parts) == 3 and parts[0] == "new" and parts[1] not in DIRECTIONS  # a
        # city's "New", no direction nor function word: "New Orleans Saints"; not "New South
        # Wales", nor "New York Councilman Jumaane Williams"
        if (parts[0] not in _NO_TEAM_OPENING or city_new) and (
            not _person_like(surface_of[k]) or (
                k in described and fold(surface_of[k]).rstrip("'’").endswith("s"))) and not any(
            p in STOPWORDS for p in parts[city_new:]
        ):  # a team's name: "University of South Wales" is no "Wales"
            by_last[parts[-1]].append(k)
    papers: dict[str, list[str]] = defaultdict(list)
    for k in multi:  # every name ends a title, "New York Times" too; the longest form counts
        papers[k.split()[-1]].append(k)  # once: "Bernstein for The Washington Post"
    common = common_words()
    for k in singles:
        words = {_POSSESSIVE_S.sub("", fold(s)) for s in surfaces[k]}
        if not words.isdisjoint(_PAPER_WORDS):
            forms = papers.get(k, ())
            titles = [t for t in forms if not any(t.endswith(" " + o) for o in forms)]
            titles = [t for t in titles if any(  # "News" is no "Brand New", "Times" no
                # "Big Time": the title as written ends in the word
                _POSSESSIVE_S.sub("", fold(s)).rsplit(" ", 1)[-1] in words for s in surfaces[t])]
            if "news" in words:
                # a broadcaster or an agency is never "The News": "NBC News", "Fox News"
                titles = [t for t in titles if not any(
                    s.split()[-2].isupper() or fold(s.split()[-2]) in _NEWS_NETWORKS
                    for s in surfaces[t] if len(s.split()) > 1)]
            if uf.one(titles):  # not with the LA and New York Times
                uf.union(k, titles[0])
            continue
        longer = by_last.get(k, ())
        if _MODEL.fullmatch(k) and uf.one(longer):
            uf.union(k, longer[0])  # a model by its code: "Q10" is the "BlackBerry Q10"
            continue
        if len(longer) != 1 or k in common and longer[0] not in described or k in ORG_WORDS:
            continue  # "Bears" is an everyday word, but "the Chicago Bears" a team
        if all(fold(s).rstrip("'’").endswith("s") for s in surfaces[k]):
            uf.union(k, longer[0])


def _link_two_word_tails(multi: Sequence[str], surface_of: dict[str, str],
                         uf: _Union) -> None:
    """A surname of two words opening with a particle of nameparser's list, alone ("La Croix",
    "De Niro"), is the one person of the story named in full with it after a given name the
    ``nicknames`` list may not know ("Shayne La Croix"), as a one-word surname is. A first word
    that is no particle may be a given name ("Luis Rodriguez" is no "Jose Luis Rodriguez"),
    so "Lo Presti" and "Vanden Bosch" (no particles of the list) stay apart. Not after a name
    of its own or a plural ("Apple MacBook Pro", "Saints Pierre Thomas": an owner's, a
    team's), nor a name and surname the story writes apart ("Hillis" alone)."""
    longer: dict[str, list[str]] = defaultdict(list)
    for k in multi:
        parts = k.split()
        if len(parts) != 3 or parts[0] not in _given_names(k) or not _person_like(surface_of[k]):
            continue
        if parts[0] in uf.parent and uf.find(parts[0]) != uf.find(k) or word_class(
                parts[0]) in ("s", "p"):
            continue  # "Apple MacBook Pro", "Saints Pierre Thomas": a name of its own, or a
            # plural, in front
        longer[f"{parts[1]} {parts[2]}"].append(k)
    for k in multi:
        first, surname = k.split(" ", 1)[0], k.rsplit(" ", 1)[1]
        if first not in name_particles() or surname in uf.parent and uf.find(
                surname) == uf.find(k):
            continue  # "Luis Rodriguez" is no "Jose Luis Rodriguez": a surname of two words
            # opens with a particle; "La Hillis", "Hillis" would be a name and a surname
        if k in longer and _person_like(surface_of[k]) and uf.one(longer[k]):
            uf.union(k, longer[k][0])


def _link_hyphened_tails(multi: Sequence[str], surfaces: dict[str, set[str]],
                         surface_of: dict[str, str], uf: _Union) -> None:
    """A hyphened surname or newspaper title alone is the one longer name of the story
    that ends with it: "Jones-Drew" is "Maurice Jones-Drew" (a given name the ``nicknames``
    list knows before it), the "Times-Picayune" the "New Orleans Times-Picayune" (a paper's
    word in it). A hyphened place stays apart from what is named after it
    ("Baden-Wuerttemberg" / "Landesbank Baden-Wuerttemberg"), and a term from a name ending
    with it ("Wi-Fi" / "HotSpot Wi-Fi")."""
    by_last: dict[str, list[str]] = defaultdict(list)
    for k in multi:
        by_last[k.rsplit(" ", 1)[-1]].append(k)
    for k in multi:
        if not any(" " not in s and "-" in s for s in surfaces[k]):
            continue
        paper = any(p in _PAPER_WORDS for s in surfaces[k] for p in fold(s).split("-"))
        longer = [m for m in by_last[k.rsplit(" ", 1)[-1]] if m.endswith(" " + k) and (
            paper or _person_like(surface_of[m]) and is_given_name(m.split(" ", 1)[0]))]
        if uf.one(longer):
            uf.union(k, longer[0])


def _link_place_qualified(multi: Sequence[str], surfaces: dict[str, set[str]],
                          uf: _Union, near: Callable[[str, str, str], bool]) -> None:
    """A body's short form without the place it serves: "Sheriff's Department" is the "Los
    Angeles County Sheriff's Department", "Bible Church" the "Wasilla Bible Church", when the
    story names that place on its own and no other body of the story ends the same way
    ("Superior Court" stays apart from the Norwalk and the Bellflower Superior Court,
    "Supreme Court" from the Texas and the U.S. Supreme Court), and when a report that
    writes the short form also names the place or the long form (``near``: the "Republican
    Party" of a report that never names Texas is no "Texas Republican Party"). The short form
    ends in an organisation's word, or a newspaper's ("Sun Herald" is the "Biloxi Sun
    Herald" of a story that names Biloxi); the place is not merged (issue 9 point 9)."""
    papers = {k for k in multi if any(  # as written: "Daily News" keys as "daily new"
        _POSSESSIVE_S.sub("", fold(s)).rsplit(" ", 1)[-1] in _PAPER_WORDS for s in surfaces[k])}
    wanted = papers | {k for k in multi if _POSSESSIVE_S.sub("", k.rsplit(" ", 1)[-1]) in (
        ORG_WORDS)}
    if not wanted:
        return
    longer: dict[str, list[tuple[str, str]]] = defaultdict(list)
    every: dict[str, set[str]] = defaultdict(set)  # every longer form, its place named or not
    for k in multi:
        parts = k.split()
        for i in range(1, min(len(parts) - 1, 4) + 1):  # a place of one to four words
            rest = " ".join(parts[i:])
            if rest not in wanted:
                continue
            every[rest].add(k)
            place = name_key(" ".join(parts[:i]))
            if place in surfaces and not any(
                "-" in s for s in surfaces[k]  # "Evansville-Indiana State": a match-up
            ):
                longer[rest].append((k, place))
    for short, forms in longer.items():
        # one body ends so in the whole story: with the "U.S. Supreme Court" named too,
        # "Supreme Court" is neither's; and a report that writes the short form names the
        # place or the long form too
        long, place = forms[0]
        if uf.one(every[short]) and near(short, long, place):
            uf.union(short, long)


_NEWS_NETWORKS = frozenset("fox sky bloomberg yahoo google msnbc reuters jazeera".split())
"""Broadcasters and agencies whose "... News" no report calls "The News" (an acronym's, such
as "NBC News", is told by its capitals)."""
_PAPER_WORDS = frozenset(
    """post times journal tribune herald globe gazette chronicle telegraph guardian inquirer
    examiner enquirer courier sun mirror observer sentinel dispatch bulletin news""".split()
)
"""Last words of newspaper titles, which stand for the paper alone: "the Post", "the Times",
"the Journal" (of the "Wall Street Journal"), "the News" (of the "Daily News")."""


def _link_abbreviated_openings(
    multi: Sequence[str], surfaces: dict[str, set[str]], uf: _Union
) -> None:
    """A name that opens with an abbreviation is the name that opens with the words it
    stands for, the rest the same: "L.A. Times" / "Los Angeles Times", "UN Security
    Council" / "United Nations Security Council". Looked up by (initials, rest), so no pair
    of names is compared."""
    spelled: dict[tuple[str, str], list[str]] = defaultdict(list)
    for k in multi:
        parts = k.split()
        for n in (2, 3):
            if len(parts) > n:
                spelled["".join(p[0] for p in parts[:n]), " ".join(parts[n:])].append(k)
    for k in multi:
        first, _, rest = k.partition(" ")
        if 2 <= len(first) <= 3 and (first, rest) in spelled and any(
            _is_acronym(s.split()[0]) for s in surfaces[k]
        ):
            for other in spelled[first, rest]:
                uf.union(k, other)


def _surname_of(key: str) -> str:
    """The last word of a person-like name's key, before a suffix: "Comeaux" is "Arcade
    Joseph Comeaux Jr"'s."""
    return _split_generation(key.split())[0][-1]


def _named_after_a_land(k: str, longer: Sequence[str], surfaces: Mapping[str, object]) -> bool:
    """Whether the land or US state ``k`` is only the first word of the longer names that
    open with it: "France Telecom", "Taiwan Semiconductor Manufacturing", "an Ohio Democrat",
    "Tennessee Tech" are bodies or people named after a place, not the place. A person with
    a land's given name ("Chad Gallagher", "Jordan Clarke", "Chad Johnson Jr.") is most often
    also named by surname alone; a body is so named more rarely ("China Evergrande" /
    "Evergrande" still passes for a person). A state, which is as often a given name the
    ``nicknames`` list lacks ("Dakota Fanning", "Tennessee Williams") or a team's short name
    ("Indiana" / "Indiana Pacers"), only before an everyday word or a party's member."""
    land = k in land_names()
    if not land and k not in _state_keys() or any(_surname_of(f) in surfaces for f in longer):
        return False
    return land or all(
        _everyday_word(last := f.split()[-1]) or _affiliation(last) for f in longer)


def _named_after_a_thing(
    k: str, longer: Sequence[str], surfaces: Mapping[str, Collection[str]],
    around: _Neighbours,
) -> bool:
    """Whether a one-word name that is no given name opens only names of things called after
    it: "Google Maps", "Bellflower Courthouse", "Constitution Square" end in an everyday word
    that the story never writes as a name on its own, as a person's surname is ("Kimani
    Gray" / "Gray"), that is no word of a company's or a body's name ("Kraft Foods", "ATI
    Technologies", "Acme Bank" are the company's full names), and that the story never
    writes after the short name itself, as it does the thing's own word ("a Pulitzer prize",
    "the new retina display", "the Maacama and the Garberville Faults"); nor is the longer
    name written as a person's anywhere, with an age or a title. And the word is a plural
    ("Google Maps", "McAfee Labs"), or the story writes the short name as a thing's or a
    place's somewhere ("across Surrey", "the Constitution", "Microsoft said it"): a given name
    no list knows before an everyday surname is a person's as often ("Draymond Green" /
    "Draymond", "Jrue Holiday", "Kanye West")."""
    return all(
        _everyday_word(last := f.split()[-1]) and last not in surfaces
        and last not in _BODY_HEADS and last not in ORG_WORDS and not _affiliation(last)
        and not around.followed(k, last) and not around.person(f)
        and (word_class(_written_last(f, surfaces)) == "s" or around.thing(k))
        for f in longer)


def _written_last(key: str, surfaces: Mapping[str, Collection[str]]) -> str:
    """The last word of a name as written (the key's is singular: "map" of "Google Maps")."""
    written = surfaces.get(key)
    return fold(max(written, key=len).split()[-1]) if written else key.split()[-1]


class _Neighbours:
    """What the story writes next to its names, read for a name when first asked about it:
    the word after each mention (or after "and" and another name), whether the name is
    somewhere a person's (an age next to it, "Kimani Gray, 16,", "a 16-year-old Kimani
    Gray", or a title, "Mr."), and whether it is somewhere a thing's or a place's (after an
    article or a preposition of place, "across Surrey", "the Constitution"; or a body's,
    "Microsoft said it"). A few names are asked about, so only their mentions are read."""

    def __init__(self, documents: Sequence[Document],
                 names_by_doc: Sequence[Sequence[Name]]) -> None:
        self._documents, self._names_by_doc = documents, names_by_doc
        self._mentions: dict[str, list[tuple[str, Name]]] | None = None
        self._read_keys: dict[str, _Written] = {}

    def _written(self, k: str) -> _Written:
        found = self._read_keys.get(k)
        if found is not None:
            return found
        if self._mentions is None:
            self._mentions = {}
            for doc, names in zip(self._documents, self._names_by_doc, strict=True):
                for name in names:
                    self._mentions.setdefault(name_key(name.text), []).append((doc.text, name))
        after: set[str] = set()
        person = thing = place = agent = False
        for text, name in self._mentions.get(k, ()):
            m = _FOLLOWING_WORD.match(text, name.end)
            if m:
                after.add(singular(fold(m.group(1))))
            if name.title or _AGE_AFTER.match(text, name.end) or _AGE_BEFORE.search(
                    text, max(0, name.start - 16), name.start):
                person = True
            if _NO_PERSON_BEFORE.search(text, max(0, name.start - 40), name.start) or (
                    _BODY_VERB_AFTER.match(text, name.end)):
                thing = True
            if _PLACE_BEFORE.search(text, max(0, name.start - 20), name.start) and (
                    not _QUALIFIES_AFTER.match(text, name.end)):
                place = True  # "in Boston", not "inside Opteron chips"
            if _ACTING_AFTER.match(text, name.end):
                agent = True
        found = self._read_keys[k] = _Written(frozenset(after), person, thing, place, agent)
        return found

    def followed(self, k: str, word: str) -> bool:
        """Whether the story writes the name ``k`` just before ``word``."""
        return word in self._written(k).after

    def person(self, k: str) -> bool:
        """Written with an age or a title: "Kimani Gray, 16,", "Mr. Gray"."""
        return self._written(k).person

    def thing(self, k: str) -> bool:
        """Written as a thing's or a place's: "across Surrey", "Microsoft said it"."""
        return self._written(k).thing

    def place(self, k: str) -> bool:
        """Written after a preposition of place: "in Boston", "from London"."""
        return self._written(k).place

    def agent(self, k: str) -> bool:
        """Written before a verb or a possessive: "AMD said", "AMD's"."""
        return self._written(k).agent


@dataclass(frozen=True)
class _Written:
    """How the story writes one name (``_Neighbours``)."""

    after: frozenset[str]
    person: bool
    thing: bool
    place: bool
    agent: bool


_FOLLOWING_WORD = patterns.compile(
    r"[ \t]+(?:and[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*[ \t]+)?([A-Za-z][\w'’-]*)")
_AGE_AFTER = patterns.compile(r",[ \t]*\d{1,3}(?![\d,.]\d)[ \t]*[,.;)]")
_AGE_BEFORE = patterns.compile(r"\d{1,3}-year-old[ \t]+$")
_PLACE_BEFORE = patterns.compile(
    r"\b(?:in|at|from|near|across|outside|throughout)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
_QUALIFIES_AFTER = patterns.compile(
    r"[ \t]+(?!(?:on|in|at|to|for|and|or|with|by|from|of|is|was|are|were|has|had|the|a|an"
    r"|last|this|next|early|late)\b)[a-z]")
"""A lower-case word after a name: the name qualifies a noun ("Opteron server chips")."""
_ACTING_AFTER = patterns.compile(
    r"['’]s?\b|[ \t]+(?:said|says|has|have|had|is|was|will|would|announced|announces|plans"
    r"|unveiled|launched|released|makes|made|sells|sold|bought|agreed|reported|confirmed)\b")
_BODY_VERB_AFTER = patterns.compile(
    r"[ \t]+(?:said|says|announced|announces|reported|reports|confirmed)[ \t]+(?:it|its)\b")
"""A name that says "it" of itself is a body's: "Microsoft said it was investigating"."""


@cache
def _state_keys() -> frozenset[str]:
    """The US states' names, folded ("ohio", "new york")."""
    return frozenset(fold(name) for name in state_names())


def _demonyms(singles: Sequence[str],
              surname: Callable[[str], bool] = lambda word: False) -> list[tuple[str, str]]:
    """The (place, demonym) pairs among one-word names: "israel" and "israeli", "india" and
    "indian", "sudan" and "sudanese"; "dutch" and "netherlands" (a demonym no ending spells,
    ``lexicon.irregular_demonyms``), unless the word is the surname of a person the story
    names in full (``surname``: "French" of "Dawn French")."""
    by_prefix: dict[str, list[str]] = defaultdict(list)
    for k in singles:
        if len(k) >= 4:
            by_prefix[k[:4]].append(k)
    pairs = []
    for group in by_prefix.values():
        for other in group:
            place = _demonym_place(other, group)
            if place is not None:
                pairs.append((place, other))
    # the demonyms no ending spells, which may not share the land's opening: "swiss"
    irregular, named = irregular_demonyms(), set(singles)
    for k in singles:
        land = irregular.get(k)
        if land is not None and (key := name_key(land)) in named and not surname(k):
            pairs.append((key, k))  # the land as keyed: "netherland", "philippine"
    return pairs


def _demonym_place(word: str, places: Iterable[str]) -> str | None:
    """The place ``word`` is spelt as a demonym of, among ``places`` (same case): the
    longest, so "nigerian" is Nigeria's and Niger stays apart (``lexicon.spelt_demonym``)."""
    for place in sorted(places, key=lambda p: (-len(p), p)):
        if place != word and spelt_demonym(word, place):
            return place
    return None


def _blocked(taken: Sequence[Span], start: int, first_end: int) -> bool:
    """Whether a name already found (``taken``, sorted spans) covers ``start``; one that is
    only the first word of the new form ("Sudan" in "Sudan's armed forces") does not."""
    at = bisect_right(taken, (start, float("inf"))) - 1
    return at >= 0 and taken[at][0] <= start < taken[at][1] and (
        taken[at][1] > first_end or taken[at][0] < start
    )


_NEAR_SPELLING = 92
"""rapidfuzz's ratio (0-100) at which two long names are one name spelt two ways."""


def _link_near_spellings(keys: Sequence[str], uf: _Union,
                         two_people: Callable[[str, str], bool],
                         kin: Callable[[str, str], bool]) -> None:
    """Inflections and spelling variants of long names, scored with rapidfuzz; not two
    people's names that differ in the first name only, which a document writes both of, in
    any form ("Rene Garcia and his wife Renee A. Garcia": ``two_people``, with
    ``_written_apart`` as in ``_link_person_variants``), nor two of one family (``kin``:
    two generations or two middle names)."""
    long_keys = [k for k in keys if len(k) >= 7 and not k.startswith("role:")]
    if len(long_keys) < 2:
        return
    # only keys whose first words open alike can link: score within those blocks, not all
    # pairs (the union's result does not depend on the order of the unions)
    blocks: dict[str, list[str]] = defaultdict(list)
    for k in long_keys:
        blocks[k.split()[0][:3]].append(k)
    for block in blocks.values():
        if len(block) < 2:
            continue
        scores = process.cdist(block, block, scorer=fuzz.ratio, score_cutoff=_NEAR_SPELLING,
                               workers=1)
        rows, cols = scores.nonzero()
        for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
            if i < j:
                if any(ch.isdigit() for ch in block[i] + block[j]):
                    continue
                if kin(block[i], block[j]):
                    continue  # a father and a son: "Ken Griffey Sr." / "Ken Griffey Jr.",
                    # "George H. W. Bush" / "George W. Bush"
                if _two_first_names(block[i], block[j]) and two_people(block[i], block[j]):
                    continue  # a person's only: "Organisation" / "Organization of ..." join
                uf.union(block[i], block[j])


def _two_middles(a: str, b: str) -> bool:
    """Whether two keys with one first name and surname have two different middle names or
    initials: two people, as ``_link_person_variants`` reads them ("george w bush", "george h
    w bush")."""
    pa, pb = a.split(), b.split()
    if len(pa) < 3 or len(pb) < 3 or pa[0] != pb[0] or _surname_of(a) != _surname_of(b):
        return False
    ma, mb = (_middle_initials(" ".join(_split_generation(k.split())[0])) for k in (a, b))
    return ma != mb and bool(ma) and bool(mb)


def _name_words(key: str) -> int:
    """The words of a name's key but an Arabic article ("omar al bashir": 2), so that the
    article does not make a name look longer than another person's ("mohammed bashir")."""
    return sum(1 for w in key.split() if w not in _ARTICLES)


_ARTICLES = frozenset(("al", "el"))


def _link_articled_names(keys: Sequence[str], surfaces: Mapping[str, Collection[str]],
                         by_last: Mapping[str, Sequence[str]], uf: _Union) -> None:
    """An Arabic name written with its article joined is the name written without it:
    "Al-Bashir" (key "al bashir") is "Bashir", and the one person the story names in full
    with it ("Omar al-Bashir"); "Abdel Aziz al-Hilu" is "Abdel Aziz Hilu". Not when the bare
    word is a land, a people or a given name ("El-Salvador" is no "Salvador Dali")."""
    for k in keys:
        words = k.split()
        if not any(w in _ARTICLES for w in words[:-1]) or not any(
                "al-" in s.lower() or "el-" in s.lower() for s in surfaces[k]):
            continue
        bare = " ".join(w for w in words if w not in _ARTICLES)
        if " " in bare:  # "abdel aziz al hilu" is "abdel aziz hilu"
            if bare in surfaces:
                uf.union(k, bare)
            continue
        if bare in land_names() or people_of(bare) is not None or is_given_name(bare):
            continue
        if bare in surfaces:
            uf.union(k, bare)
        people = {uf.find(f) for f in by_last.get(bare, ())
                  if f" {words[0]} {bare}" in f" {f}"}  # named in full with the article
        if len(people) == 1:
            uf.union(k, people.pop())


def _two_first_names(a: str, b: str) -> bool:
    """Whether two name keys differ only in their first word: "rene garcia", "renee
    garcia"."""
    first_a, _, rest_a = a.partition(" ")
    first_b, _, rest_b = b.partition(" ")
    return bool(rest_a) and rest_a == rest_b and first_a != first_b


def _link_spaced_forms(keys: Sequence[str], uf: _Union) -> None:
    """One name written in one word and in two ("SeaMicro" / "Sea Micro", "Trailblazers" /
    "Trail Blazers", "DelGiudice" / "Del Giudice"): the same letters once the spaces go.
    Grouped by that form, so no pair of names is compared."""
    by_letters: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        joined = k.replace(" ", "")
        if len(joined) >= 6 and not k.startswith("role:") and not joined.isdigit():
            by_letters[joined].append(k)
    for forms in by_letters.values():
        for k in forms[1:]:
            uf.union(forms[0], k)


_FACILITY_WORDS = frozenset(
    "center centre clinic hospital treatment rehab rehabilitation facility".split())
"""Words that name a place of care after the name it bears, one for another in news text."""


def _link_facility_forms(multi: Sequence[str], uf: _Union) -> None:
    """One place of care with different words after its name: "Betty Ford Center", "Betty
    Ford Clinic", "Betty Ford Treatment Center". The name itself stays apart ("Betty Ford"
    is also the first lady), and so does a common word ("Medical Center", "Medical Clinic"),
    and a name of one word ("Lincoln Center" is an arts venue, "Lincoln Hospital" a hospital)."""
    by_name: dict[str, list[str]] = defaultdict(list)
    for k in multi:
        parts = k.split()
        cut = len(parts)
        while cut > 1 and parts[cut - 1] in _FACILITY_WORDS:
            cut -= 1
        if cut < len(parts):
            by_name[" ".join(parts[:cut])].append(k)
    common = common_words()
    for name, forms in by_name.items():
        if len(forms) > 1 and " " in name and not all(w in common for w in name.split()):
            for k in forms[1:]:
                uf.union(forms[0], k)


def _link_clipped_first_words(multi: Sequence[str], uf: _Union) -> None:
    """A name whose first word is cut short, the rest the same: "Mat Maid" is the
    "Matanuska Maid" dairy, "Rich Hill" (a headline's) "Richmond Hill", "South Kordofan"
    "Southern Kordofan". The cut word keeps three letters or more and loses two or more
    ("Main Street" is no "Maine Street"). Two given names are left to the nicknames list
    ("Sam"/"Samuel" yes, "Don"/"Donna" no)."""
    by_rest: dict[str, list[str]] = defaultdict(list)
    for k in multi:
        first, _, rest = k.partition(" ")
        if first.isalpha():
            by_rest[rest].append(first)
    for rest, firsts in by_rest.items():
        if len(firsts) < 2:
            continue
        firsts = sorted(set(firsts))
        for cut in firsts:
            if len(cut) < 3:
                continue
            at = bisect_right(firsts, cut)  # the words that open with ``cut`` follow it
            while at < len(firsts) and firsts[at].startswith(cut):
                word = firsts[at]
                at += 1
                if len(word) >= len(cut) + 2 and not (
                    is_given_name(cut) and is_given_name(word)
                ):
                    uf.union(f"{cut} {rest}", f"{word} {rest}")


_INITIAL = patterns.compile(r"[A-Z]\.")
_SHIP_PREFIXES = frozenset("uss usns hms hmas hmcs hmnzs rms ins mv ss".split())
"""Prefixes of ships' names: "USNS Harvey Milk" is a ship named after a person."""


_OPENING_MARKS = " \t\n\"'“‘("
"""What may stand before a sentence's first word: white space, quotation marks, a bracket."""


def _split_descriptors(documents: Sequence[Document], names_by_doc: list[list[Name]]) -> None:
    """Cut a word of description fused in front of a person's name ("Russian Alexander
    Povetkin", "RB Pierre Thomas", "Coroner Gary Hargrove", "Jaguars RB Maurice
    Jones-Drew"): the person is the entity, the description becomes its title, as a role
    before a name does. The story shows where the name starts: the rest is a person's name
    it writes on its own, whose given name is known or whose surname it writes alone
    ("Povetkin"). The word cut is no given name and reads as a description: an acronym
    ("RB", "D.A."; no ship's prefix, "USNS Harvey Milk"), an everyday word or a form of one,
    or everyday words and roles hyphened ("Quarterback", "Producers", "Fired", "All-Star",
    "Brigadier-General"; inside a sentence an "-ing" word only when written small too:
    "Framing Britney Spears" is a film, "Facing Roger Federer in the final, Nadal" a
    participle), a word the story writes in lower case ("coroner",
    "polygamist"), the demonym of a place it names ("Russian") or a team it names, one
    member or all ("Charger", "Jaguars", beside "the Chargers"); two words when the second
    is a role or an acronym ("Saints RB", "Corrections Officer"). After "the" it is part of
    a title ("The Notorious Bettie Page"), and a direction opens a place ("South Richmond
    Hill")."""
    keys: set[str] = set()
    singles: set[str] = set()
    teams: set[str] = set()
    candidates: list[tuple[int, int, int]] = []  # (document, name, words cut)
    for d, names in enumerate(names_by_doc):
        for i, name in enumerate(names):
            key = name_key(name.text)
            keys.add(key)
            if " " not in key:
                singles.add(key)
                if name.text[-1:] == "s" and name.text[:1].isupper():
                    teams.add(fold(name.text))  # "Chargers", "Seahawks": a plural name
            elif len(name.text.split()) >= 3 and not name.headline:
                candidates.append((d, i, 0))
    if not candidates:
        return
    roles = role_words()

    def person(words: Sequence[str]) -> bool:
        key = name_key(" ".join(words))
        return key in keys and _person_like(" ".join(words)) and fold(
            words[0]) not in roles and bool(_given_names(key)) and (
            key.rsplit(" ", 1)[-1] in singles or is_given_name(fold(words[0])))

    cuts: list[tuple[int, int, int]] = []
    unsure: set[str] = set()
    for d, i, _ in candidates:
        name = names_by_doc[d][i]
        words = name.text.split()
        if _THE_BEFORE.search(documents[d].text, max(0, name.start - 5), name.start):
            continue
        for n in (1, 2):
            if len(words) - n < 2 or not person(words[n:]):
                continue
            head, low = words[n - 1], fold(words[n - 1]).rstrip(".,")
            if n == 2 and not (_is_acronym(head) or low in roles):
                continue
            first = fold(words[0]).rstrip(".,")
            if is_given_name(first) or first in DIRECTIONS or first in NUMBER_WORDS or (
                _INITIAL.fullmatch(words[0]) or first in _SHIP_PREFIXES
            ):
                continue
            opens = not documents[d].text[
                documents[d].sentences[name.sentence][0]:name.start].strip(_OPENING_MARKS)
            hyphened = "-" in first and all(
                p in common_words() or p in roles for p in first.split("-"))  # "All-Star"
            if first.endswith("ing") and not opens or not _is_acronym(words[0]) and (
                not hyphened and first not in common_words()
                and singular(first) not in common_words() and not common_stem(stem(first))
            ):
                unsure.add(first)  # "Framing Britney Spears" inside a sentence: a title,
                # unless written small; "Facing Roger Federer in the final, ..." a participle
            cuts.append((d, i, n))
            break
    if unsure:
        seen = set().union(*(_written_lower(doc.text, unsure) for doc in documents))
        by_letter: dict[str, list[str]] = defaultdict(list)
        for k in singles:
            if k not in unsure:
                by_letter[k[:1]].append(k)
        seen |= {w for w in unsure if _demonym_place(w, by_letter.get(w[:1], ()))}
        # a team's member: "Charger Vincent Jackson", "Jaguars Maurice Jones-Drew" in a
        # story that names the Chargers, the Jaguars
        seen |= {w for w in unsure if w + "s" in teams or w in teams}
    else:
        seen = set()
    for d, i, n in cuts:
        name = names_by_doc[d][i]
        words = name.text.split()
        first = fold(words[0]).rstrip(".,")
        if first in unsure and first not in seen:
            continue
        rest = " ".join(words[n:])
        title = " ".join(filter(None, (name.title, *(fold(w) for w in words[:n]))))
        names_by_doc[d][i] = Name(name.start, name.end, name.sentence, rest, title,
                                  name.headline, name.nickname)


_OF_OR_FOR = patterns.compile(r"\s+(?:of|for(?:\s+the)?)\s+(?=[A-Z])")
"""The word of ``_split_located_names``: "of the" is left to titles ("Pirates of the
Caribbean"); "for the" cuts ("O'Connor for the Vanity Fair")."""
_FEATURE_WORDS = frozenset(
    """gulf strait straits cape isle horn peninsula chamber corps palace cathedral abbey
    basilica tower archdiocese diocese commonwealth duchy principality emirate sultanate duke
    duchess earl baron marquess viscount shah""".split()
)
"""Words of a place's, a body's or a noble's name before "of" that the everyday words lack
("Gulf of Mexico", "U.S. Chamber of Commerce", "Duke of Sussex")."""


def _split_located_names(documents: Sequence[Document], names_by_doc: list[list[Name]]) -> None:
    """Cut a name at "of" or "for" into two names, as "Smith of Mobile" is (``names`` keeps
    a given name from "of" only when it knows the given name):
    - the words before it are a name the story writes without an article, and this mention
      has none: "Nvidia of Santa Clara", "PJ Carlesimo of Oklahoma City"; after "for", only
      before "the": "O'Connor for the Vanity Fair" ("Obama for America" stays);
    - or one word after "for" is a person of the story's given name or surname: "the Red Sox
      for Teixeira's services", "Washington for Bella"; not after a plural or an everyday word
      inside a sentence ("Jews for Jesus", "Ready for Hillary"), and never after "of"
      ("Knights of Columbus").
    It stays whole after an everyday word (first case: "Bank of America"), an organisation's,
    a role's, a place feature's or a noble's word ("Museum of Modern Art", "Director of",
    "Gulf of Oman", "Duke of Sussex"), a lone given name before "of" ("Francis of
    Assisi"), before "of the" (titles: "Pirates of the Caribbean"), in a headline, and with
    two such words."""
    texts = _texts(names_by_doc)  # each text's cut once, not each mention's
    cuts = {text: cut for text in texts if (cut := _of_or_for(text)) is not None}
    heads: set[str] = set()  # the keys of the words before one
    tails: set[str] = set()  # the keys of one word after "for" (a person's, maybe)
    for names in names_by_doc:
        for n in names:
            cut = cuts.get(n.text)
            if cut is not None and not n.headline:
                heads.add(name_key(n.text[:cut.start()]))
                if cut.group().split()[0] == "for" and " " not in (tail := n.text[cut.end():]):
                    tails.add(name_key(tail))
    if not heads:
        return
    plain = [text for text in texts if text not in cuts]  # the names with no "of" or "for"
    heads_written = {text for text in plain if name_key(text) in heads}
    alone = {name_key(n.text) for doc, names in zip(documents, names_by_doc, strict=True)
             for n in names
             if n.text in heads_written and not _after_article(doc.text, n.start)}
    people: set[str] = set()  # given names and surnames of the story's people (those of
    for text in plain if tails else ():  # ``tails``: no other is asked about)
        if " " in text:
            words = name_key(text).split()
            if (words[0] in tails or words[-1] in tails) and _person_like(text):
                people.update((words[0], words[-1]))
    roles = role_words()
    once = {text for text, cut in cuts.items() if not _OF_OR_FOR.search(text, cut.end())}
    for doc, names in zip(documents, names_by_doc, strict=True):
        # from the last, so a name cut in two leaves the places of those before it as they were
        for i in reversed([i for i, n in enumerate(names) if n.text in once and not n.headline]):
            name = names[i]
            cut = cuts[name.text]
            word = cut.group().split()[0]
            head, tail = name.text[:cut.start()], name.text[cut.end():]
            last = fold(head.split()[-1]).rstrip(".")
            if last in _ORG_ENDS or last in _FEATURE_WORDS or last in roles or (
                    word == "of" and " " not in head and is_given_name(last)):
                continue  # "Museum of Modern Art", "Gulf of Oman", "Francis of Assisi"
            person_after = False
            if word == "for":
                opens = not doc.text[doc.sentences[name.sentence][0]:name.start].strip(
                    _OPENING_MARKS)
                if is_common(last) and not opens or last.endswith("s") and not is_common(last):
                    continue  # "Ready for Hillary", "Jews for Jesus", "Americans for ..."
                person_after = " " not in tail and name_key(tail) in people and not is_common(
                    name_key(tail))
                if not person_after and not cut.group().rstrip().endswith("the"):
                    continue  # "Obama for America", "Skype for Business"
            if not person_after and (
                    _after_article(doc.text, name.start) or name_key(head) not in alone
                    or is_common(last)):
                continue  # "the Gulf of Aden", "a Charter of Rights challenge": one name
            at = _OF_OR_FOR.search(doc.text, name.start, name.end)  # the same word in the text
            if at is None or not doc.text[name.start:at.start()].endswith(head):
                continue  # (a title may open the span: "Mr. Nvidia of ...")
            names[i:i + 1] = [
                Name(name.start, at.start(), name.sentence, head, name.title, name.headline,
                     name.nickname),
                Name(at.end(), name.end, name.sentence, tail),
            ]


def _of_or_for(text: str) -> re.Match[str] | None:
    """``_OF_OR_FOR`` in a name, after a test for its letters (most names hold neither)."""
    return _OF_OR_FOR.search(text) if "of" in text or "for" in text else None


def _after_article(text: str, start: int) -> bool:
    """Whether an article stands just before ``start`` ("the Gulf", "a Charter")."""
    return _ARTICLE_BEFORE.search(text, max(0, start - 5), start) is not None


def _drop_units(documents: Sequence[Document], names_by_doc: list[list[Name]]) -> None:
    """Drop the abbreviations of units and tallies that the story writes only after a number
    ("2.66 GHz", "4 GB", "43 RBIs", "46 KOs"): capitals and at most one small letter at the
    end, two capitals at least ("McCoy" is a name). A body's acronym after a year ("the 2020
    US election", "a 2012 BMW") or before the noun it qualifies ("3 CIA officers", "12 GOP
    senators") stays, and so does one written alone somewhere ("the NBA")."""
    shaped = {name.text for names in names_by_doc for name in names
              if _UNIT_SHAPE.fullmatch(name.text)}
    if not shaped:
        return
    seen: Counter[str] = Counter()
    as_unit: Counter[str] = Counter()
    for doc in documents:  # one pass over each text for every such word
        text = doc.text
        for m in _UNIT_WORD.finditer(text):
            word = m.group(0)
            if word not in shaped:
                continue
            seen[word] += 1
            number = _NUMBER_BEFORE.search(text, max(0, m.start() - 16), m.start())
            if number and not _YEAR_DIGITS.fullmatch(number.group(1)) and (
                    word[-1].islower() or not _NOUN_AFTER.match(text, m.end())):
                as_unit[word] += 1
    units = {word for word, n in seen.items() if as_unit[word] == n}
    if units:
        names_by_doc[:] = [[n for n in names if n.text not in units] for names in names_by_doc]


def _drop_stressed_leads(documents: Sequence[Document], names_by_doc: list[list[Name]]) -> None:
    """Drop an everyday word set in capitals to open a story's sentence, the tabloid lead ("A
    MAN was last night being quizzed", "AN EARTHQUAKE killed six", "A FIRE has badly
    damaged"): three letters or more, in the common-word list, at the sentence's start or
    after an article so set, and before a verb. "A SWAT unit", "A DNA expert", "A CHP
    officer" are acronyms no such list holds, and stay; so does a word a name of the story
    spells ("WHO officials", ``drop_unspelt_acronyms``) or the story writes as a name
    elsewhere ("THE TIMES reported" beside "The Times said", "(NICE)")."""
    common = common_words()

    def lead(d: int, n: Name) -> bool:
        text = documents[d].text
        return (len(n.text) >= 3 and n.text.isupper() and n.text.isalpha()
                and fold(n.text) in common and fold(n.text) not in STOPWORDS
                and _STRESSED_LEAD.fullmatch(text, documents[d].sentences[n.sentence][0],
                                             n.start) is not None
                and _VERB_AFTER.match(text, n.end) is not None)

    leads = {(d, k) for d, names in enumerate(names_by_doc) for k, n in enumerate(names)
             if lead(d, n)}
    if not leads:
        return
    lead_words = {fold(names_by_doc[d][k].text) for d, k in leads}
    named = {written for d, names in enumerate(names_by_doc) for k, n in enumerate(names)
             if (d, k) not in leads and (written := _unarticled(fold(n.text))) in lead_words}
    # ("(NICE)", "The Times"); the initials of the story's names only if a lead is left
    spelt = _spelt_initials_of(names_by_doc) if lead_words - named else set()
    for d, names in enumerate(names_by_doc):
        kept = [n for k, n in enumerate(names) if (d, k) not in leads
                or n.text in spelt or fold(n.text) in named]
        if len(kept) < len(names):
            names_by_doc[d] = kept


_STRESSED_LEAD = patterns.compile(r"[\s\"“‘']*+(?:(?:A|AN|THE)[ \t]++)?")
"""Before a tabloid lead's word: only the sentence's opening and an article in capitals."""
_VERB_AFTER = patterns.compile(
    r"[ \t]++(?:(?:was|were|is|are|has|have|had|will|would|could|can|may|might|did|does)\b"
    r"|[a-z]+ed\b)")
"""After a tabloid lead's noun, its verb ("A MAN was", "AN EARTHQUAKE killed", "A FIRE has");
an acronym is most often followed by the noun it qualifies ("A NICE spokesman", "A PATH
train")."""


_UNIT_SHAPE = patterns.compile(r"[A-Z]{2,5}|[A-Z]{2,4}[a-z]")
"""A unit's or a tally's abbreviation: "GB", "RBI", "GHz", "KOs", "MPx"."""
_UNIT_WORD = patterns.compile(r"[A-Z](?<![\w-][A-Z])[A-Z][A-Za-z]{0,3}(?![\w-])")
"""A whole word of ``_UNIT_SHAPE``'s opening and length, as the text is scanned for them (the
look-behind after the first capital: ``re`` skips to each capital in C)."""
_NUMBER_BEFORE = patterns.compile(r"(?<![\w.,])([\d.,]*\d)[ \t-]?\Z")
_YEAR_DIGITS = patterns.compile(r"1[89]\d\d|20\d\d")
_NOUN_AFTER = patterns.compile(r"[ \t]+(?!(?:of|in|on|at|for|and|or)\b)[a-z]")
"""A word in lower case after the abbreviation, but a preposition or a conjunction: the noun
it qualifies ("3 CIA officers"), where a unit has "of" ("4 GB of memory") or none."""


def _unarticled(low: str) -> str:
    """A folded name without its opening "the" (``_THE_OPENING``), the test of its letters
    first (most names have none)."""
    return _THE_OPENING.sub("", low) if low.startswith("the") else low


def _spelt_initials_of(names_by_doc: Sequence[Sequence[Name]]) -> set[str]:
    """The initials the story's names of several words spell ("WHO" of "World Health
    Organization"); a person's name spells no acronym ("William Henry Oxley" is no WHO)."""
    return {_initials(re.findall(r"[A-Za-z][\w'’]*", text)) for text in _texts(names_by_doc)
            if " " in text and not _person_like(text)}  # (each text once)


def drop_unspelt_acronyms(names_by_doc: Sequence[Sequence[Name]]) -> list[list[Name]]:
    """The names less the function words in capitals (``names.opener_acronym``: "THIS",
    "NOT", "TODAY") that no name of the story spells with its initials: "WHO" stays where a
    report names the World Health Organization, in either document. A person's name spells
    no acronym ("William Henry Oxley" is no WHO). The engine asks it before any other reader
    of the names, so a stressed word is no name to them either."""
    if not any(opener_acronym(name.text) for names in names_by_doc for name in names):
        return [list(names) for names in names_by_doc]
    spelt = _spelt_initials_of(names_by_doc)
    return [[name for name in names if name.text in spelt or not opener_acronym(name.text)]
            for names in names_by_doc]


_AGENT_PLURAL = patterns.compile(r"[A-Z][a-z]{2,}(?:ers|ors|ists|ants|ents)")
"""A plural of people by what they do ("Protesters", "Rescuers", "Survivors",
"Environmentalists", "Residents"), as ``_drop_sentence_words`` reads it."""
_PEOPLE_PLURAL = patterns.compile(r"[A-Z][a-z]{2,}(?:ians|ees|ics)")
"""Other endings of a plural of people ("Politicians", "Evacuees", "Paramedics"), which
peoples and teams share: taken only for a form in -s the dictionary has in lower case only
(``lexicon.word_class``), which leaves out those it lists capitalised ("Canadians",
"Yankees", "Celtics"), not all ("Guardians", "Mystics"). Things so ended go too
("Graphics", "Clinics"): no names either."""


def _plural_of_people(word: str, low: str) -> bool:
    """Whether a capitalised word is a plural of people by its ending (``_AGENT_PLURAL``,
    ``_PEOPLE_PLURAL``), and not a given name's plural ("Peters")."""
    return bool(_AGENT_PLURAL.fullmatch(word) or _PEOPLE_PLURAL.fullmatch(word) and (
        word_class(low) == "s")) and not is_given_name(singular(low))


_WORD_AFTER_PLURAL = patterns.compile(r"[ \t]+([a-z][a-z'’-]*)")
_SINGULAR_VERBS = frozenset({"is", "was", "has", "says", "does"})
"""Verbs a plural of people never takes: "Reuters says", "Sanders was" name one."""
_ROLE_AND_PERSON_AFTER = patterns.compile(
    r"(?:[ \t]+[a-z]+){1,3}[ \t]+[A-Z](?:[\w'’-]*|\.)[ \t]+[A-Z]")
"""A role in lower case and a person's full name after a plural: the plural is a team or a
body whose member the person is ("Chargers defensive lineman Jamal Williams")."""


def _people_word_after(text: str, end: int) -> bool:
    """Whether a plural ending at ``end`` reads as a plural of people by what follows: a word
    in lower case that is no role ("Reuters journalists", "Lakers coach": a body's member),
    no verb of one ("Reuters says"), nor a role and a person's full name ("Chargers wide
    receiver Vincent Jackson")."""
    m = _WORD_AFTER_PLURAL.match(text, end)
    if m is None:
        return False
    after = m.group(1)
    roles = role_words()
    if after in _SINGULAR_VERBS or after not in STOPWORDS and (
            after in roles or singular(after) in roles):
        return False
    return _ROLE_AND_PERSON_AFTER.match(text, end) is None


_CLAUSE_AFTER = patterns.compile(r"[ \t]*(?:,(?![ \t]*(?:which|who|whose)\b)|[.!?]|\n|$)")
"""A comma, a sentence's end or its line's end: "Moreover,", "Sadly,", "Unbelievable."; not
a relative after a comma ("Medicare, which ...": a name)."""
_CLAUSE_WORD_AFTER = patterns.compile(r",[ \t]+(?!(?:a|an|the|which|who|whose)\b)[a-z]")
"""A comma and a clause's word in lower case, no article or relative of an apposition."""
_SENTENCE_END_AFTER = patterns.compile(r"[ \t]*[.!?]")
_OBJECT_AFTER = patterns.compile(
    r"[ \t]+(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your)\b")
"""A determiner, which opens a gerund's object: "Abolishing the People's Council"."""
_AGENT_AFTER = patterns.compile(r"[ \t]+(?:by|as)\b")
"""A passive participle's agent or role: "Weakened by a stroke", "Touted as the greenest"."""
_PLURAL_AFTER = patterns.compile(
    r"[ \t]+(?:are|were|have|do|aren['’]t|weren['’]t|haven['’]t|don['’]t|who|that)\b")
"""A verb only a plural takes, or a relative without a comma: "Cells are", "Disruptions are",
"Fangirls who", "Salaries that" (not "Gates said", "Giants won": a surname or a team)."""


_NO_SUBJECT_AFTER = patterns.compile(
    r"[ \t]*+(?:[.?!]|,[ \t]+(?!(?:a|an|the|which|who|whose)\b)[a-z]|-[a-z]"
    r"|(?:a|an|the|of|your|some|these|those)\b)")
"""What shows a sentence's first word is no subject: the sentence's end, a comma and a
clause's word ("Okay, so"), a hyphen ("Dial-in"), an article or "of" ("Heap a few",
"Splitting the oil revenues", "Scope of exceptions")."""


def _everyday_opener(low: str, places: Sequence[tuple[str, int]]) -> bool:
    """Whether a word that opens each of its sentences (``places``: each text and the word's
    end) is an everyday English word by its form (``lexicon.word_class``) and by what
    follows it there, every time.

    - A word no other form points to goes before a comma or the sentence's end ("Moreover,",
      "Hey,", "Unbelievable."), or anywhere as an adverb in -ly ("Luckily for"); before
      another word it may be a name the dictionary lists in lower case ("Siemens said",
      "Medicare will"). One in -s goes only before a comma and a lower-case word that opens
      no apposition ("Nevertheless, on"; not "Siemens, the German group"); one with a
      people's ending stays ("Kurdish").
    - A gerund goes before a determiner ("Abolishing the"), a participle before "by" or "as"
      ("Weakened by"), either before the sentence's end ("Astounding!"); not "Manning
      threw", "Reed on Tuesday said".
    - A plural goes before a verb only a plural takes or a relative ("Cells are", "Fangirls
      who"); not "Gates said", "Giants won"; a given name's plural stays.
    - A noun or verb with forms of its own and no capitalised entry ("heap", "scope") goes
      only where what follows shows it is no subject (``_NO_SUBJECT_AFTER``: "Heap a few",
      "Splitting the oil revenues", "Scope of exceptions"). What may follow a subject is
      never listed: a company, a team or a surname so spelt stays ("Apple sold", "Apple CEO
      Tim Cook", "Apple to buy Beats", "Delta flight 1234", "Jazz guard"), and so does junk
      before a noun ("Cedar tongue-and-groove floors").
    """
    cls = word_class(low)
    if people_of(low) or land_of(low):
        return False
    if cls is None:
        return in_dictionary(low) and all(
            _NO_SUBJECT_AFTER.match(text, end) for text, end in places)
    if cls == "u":
        if low.endswith(_PEOPLE_ENDINGS):
            return False
        if low.endswith("s"):  # "Nevertheless, on Thursday"; not "Siemens, the German group"
            return all(_CLAUSE_WORD_AFTER.match(text, end) for text, end in places)
        return low.endswith("ly") or all(_CLAUSE_AFTER.match(text, end) for text, end in places)
    if cls == "p":
        after = _OBJECT_AFTER if low.endswith("ing") else _AGENT_AFTER
        return all(after.match(text, end) or _SENTENCE_END_AFTER.match(text, end)
                   for text, end in places)
    return not is_given_name(singular(low)) and all(
        _PLURAL_AFTER.match(text, end) for text, end in places)


def _drop_sentence_words(documents: Sequence[Document], names_by_doc: list[list[Name]]) -> None:
    """Less the one-word "names" that open every sentence or headline they are in, in every
    report, and that some report of the story writes in lower case: "Polygamist prophet
    Warren Jeffs" beside "the polygamist leader"; or that are a plural of people by what they
    do (``_plural_of_people``), each time before a word in lower case ("Protesters marched",
    "Rescuers dug", "Paramedics rushed": no
    report need write it small; not "Reuters Sep 18", "Reuters journalists", "Chargers wide
    receiver Vincent Jackson", nor a given name's plural, "Peters"); or that are everyday
    English words by their form and what follows them (``_everyday_opener``: "Moreover,",
    "Abolishing the", "Cells are", "Heap a few"). ``names`` drops such
    words within one report; a headline's word is often written small only in another
    report. A word also written capitalised inside a sentence or a longer name ("told
    Reuters", "the San Diego Chargers"), an organisation's word or a given name stays."""
    opening: dict[str, list[tuple[int, int]]] = defaultdict(list)
    inside: set[str] = set()
    for d, (doc, names) in enumerate(zip(documents, names_by_doc, strict=True)):
        for i, name in enumerate(names):
            word = name.text
            if " " in word:
                parts = word.split()
                inside.update((parts[0], parts[-1]))
                continue
            start = doc.sentences[name.sentence][0] if name.sentence < len(
                doc.sentences) else name.start
            if name.title or doc.text[start:name.start].strip(_OPENING_MARKS):
                inside.add(word)
            elif word.isalpha() and word[1:] == word[1:].lower():
                opening[word].append((d, i))
    asked = {fold(w): w for w in opening if w not in inside}
    asked = {low: w for low, w in asked.items() if low not in ORG_WORDS and not is_given_name(
        low)}
    if not asked:
        return
    forms = set(asked) | {singular(low) for low in asked}
    lower = set().union(*(_written_lower(doc.text, forms) for doc in documents))
    gone: set[tuple[int, int]] = set()
    for low, w in asked.items():
        places = [(documents[e].text, names_by_doc[e][j].end) for e, j in opening[w]]
        if low in lower or singular(low) in lower or (
                _plural_of_people(w, low) and all(
                    _people_word_after(text, end) for text, end in places)) or (
                _everyday_opener(low, places)):
            gone.update(opening[w])
    if gone:
        for d, names in enumerate(names_by_doc):
            names_by_doc[d] = [n for i, n in enumerate(names) if (d, i) not in gone]


def _add_headline_names(documents: Sequence[Document], names_by_doc: list[list[Name]]) -> None:
    """Find the names known from body text inside headlines, where capitals say nothing."""
    surfaces = {name.text for names in names_by_doc for name in names if len(name.text) >= 3}
    known = {text for text in surfaces if fold(text) not in STOPWORDS}
    if not known:
        return
    # The matches of one alternation of every known name, longest first, ignoring case, at
    # word bounds; but one regex of thousands of names costs (positions x names) in every
    # headline. For an ASCII headline the same scan is done by hand: at each position only
    # the names opening with its three characters are tried (longest first, as the regex
    # would), ASCII names by comparing lower cases (what ignoring case means for ASCII) and
    # the few others with their own regex. A headline with a non-ASCII letter, which the
    # regex may match to an ASCII one ("K" and the Kelvin sign), gets the regex itself.
    order = sorted(known, key=lambda k: (-len(k), k))
    by_opening: dict[str, list[tuple[str, re.Pattern[str] | None]]] = defaultdict(list)
    others: list[tuple[str, re.Pattern[str] | None]] = []
    for k in order:
        if k.isascii():
            by_opening[k[:3].lower()].append((k.lower(), None))
        else:
            others.append((k, re.compile(re.escape(k), re.IGNORECASE)))
    merged: dict[str, list[tuple[str, re.Pattern[str] | None]]] = {}
    every: list[re.Pattern[str]] = []

    def word(ch: str) -> bool:
        return ch.isalnum() or ch == "_"

    def ascii_matches(text: str, s_start: int, s_end: int) -> Iterable[tuple[int, int]]:
        low = text[s_start:s_end].lower()
        at = s_start
        while at < s_end:
            if at > 0 and word(text[at - 1]):
                at += 1
                continue
            opening = low[at - s_start:at - s_start + 3]
            if opening not in merged:
                merged[opening] = sorted(
                    by_opening.get(opening, []) + others, key=lambda n: (-len(n[0]), n[0])
                )
            for name, regex in merged[opening]:
                end = at + len(name)
                if end > s_end:
                    continue
                if regex is None:
                    if not low.startswith(name, at - s_start):
                        continue
                elif not regex.match(text, at, s_end):
                    continue
                if end < s_end and word(text[end]):
                    continue
                yield at, end
                at = end
                break
            else:
                at += 1

    for doc_index, doc in enumerate(documents):
        for index in sorted(headlines(doc)):
            s_start, s_end = doc.sentences[index]
            line = doc.text[s_start:s_end]
            if any(not ch.isascii() and ch.isalpha() for ch in line):
                if not every:
                    every.append(re.compile(
                        r"(?<![\w])(?:" + "|".join(re.escape(k) for k in order) + r")(?![\w])",
                        re.IGNORECASE,
                    ))
                spans = [m.span() for m in every[0].finditer(doc.text, s_start, s_end)]
            else:
                spans = list(ascii_matches(doc.text, s_start, s_end))
            names_by_doc[doc_index].extend(_join_nicknames(doc.text, [
                Name(m_start, m_end, index, doc.text[m_start:m_end], "", True)
                for m_start, m_end in spans
            ]))  # "Vincent 'Chin' Gigante, 77, Crime Boss" names one person, as in the body
        names_by_doc[doc_index].sort(key=lambda n: n.start)


def _texts(names_by_doc: Sequence[Sequence[Name]]) -> list[str]:
    """The names' texts, each once, in order of first appearance: a name repeated thousands
    of times is looked at once."""
    return list(dict.fromkeys(n.text for names in names_by_doc for n in names))


def _add_lowercase_forms(documents: Sequence[Document], names_by_doc: list[list[Name]]) -> None:
    """Find organisation names written in lower case after a proper first word: "the Sudan
    Armed Forces" in one article is "Sudan's armed forces" in another, "the U.S. Medical
    Center for federal prisoners" "the U.S. medical center for federal prisoners" (the
    organisation word ends the capitalised words, before any "for" or "of")."""
    forms: dict[str, str] = {}
    for text in _texts(names_by_doc):
        tokens = text.split()
        if len(tokens) < 2:
            continue  # no head of two words; most names are one
        head = next((tokens[:i] for i, t in enumerate(tokens) if t in ("for", "of")), tokens
                    ) if "for" in tokens or "of" in tokens else tokens
        if len(head) >= 2 and fold(head[-1]) in ORG_WORDS and all(
            t[:1].isupper() for t in head
        ):
            forms.setdefault(fold(text), text)
    if not forms:
        return
    # the forms of each first word, tried only where that word stands (longest first): one
    # alternation of every form would cost (positions x forms) on a long document
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for text in sorted(forms.values(), key=lambda t: (-len(t), t)):
        first, *rest = text.split()
        by_first[first].append(tuple(rest))
    for doc_index, doc in enumerate(documents):
        taken = sorted((n.start, n.end) for n in names_by_doc[doc_index])
        added = False
        for start, end in _form_matches(doc.text, by_first):
            written = doc.text[start:end]
            first_end = start + len(written.split()[0])
            if not _blocked(taken, start, first_end) and not written.split()[-1][:1].isupper():
                first, *rest = written.split()
                key_text = re.sub(r"['’]s$", "", first) + " " + " ".join(
                    w.capitalize() for w in rest)
                sentence = doc.sentence_at(start)
                names_by_doc[doc_index].append(Name(start, end, sentence, key_text, "", False))
                added = True
        if added:
            names_by_doc[doc_index].sort(key=lambda n: n.start)


_CAPITALISED = patterns.compile(r"[^\W\d_a-z](?<![\w][^\W\d_a-z])\S*")
"""A word opening with a letter other than a-z (a capital): the letter before its look-behind,
so the scan jumps from one such letter to the next."""
_POSSESSIVE_END = patterns.compile(r"['’]s\W*$")
_TRAILING = ",;:!?)]}\"”’'"


def _form_matches(text: str, forms: dict[str, list[tuple[str, ...]]]) -> list[Span]:
    """Where the forms stand in the text, left to right and not overlapping, as (start, end):
    a form is its first word as written, maybe with "'s", then its other words in any case
    (``forms``: each first word's other words, longest form first), each after white space,
    and no word character after the last."""
    found = []
    # the first words of forms each capitalised word may be, found once a word: a story
    # writes its names again and again, and most words are none
    firsts_of: dict[str, list[tuple[int, list[tuple[str, ...]]]]] = {}
    for token in _capitalised_opening(text, forms):
        word = token.group()
        firsts = firsts_of.get(word)
        if firsts is None:
            firsts = firsts_of[word] = _firsts(word, forms)
        for length, rests in firsts:
            end = _form_end(text, token.start() + length, rests)
            if end is not None:
                found.append((token.start(), end))
    found.sort(key=lambda span: (span[0], -span[1]))
    kept: list[Span] = []
    for span in found:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _capitalised_opening(text: str, firsts: Collection[str]) -> Iterator[re.Match[str]]:
    """The words of ``_CAPITALISED`` in the text that open with one of ``firsts``, in order:
    each place one of them is written (overlapping too: one pattern of those few words,
    which ``re`` finds in C) that starts such a word, not inside one begun earlier in its
    run of non-space characters. The same words as reading every capitalised word of a
    long document and dropping the others, at a tenth of the cost."""
    if not firsts:
        return
    pattern = re.compile(by_first_character(sorted(firsts)))
    seen = -1  # the last place looked at; its run of non-space characters opened a word
    opened = False  # at or before it (in its run), or not
    at = pattern.search(text)
    while at is not None:
        i = at.start()
        if seen < 0 or _WHITE.search(text, seen, i):  # a new run: read back to its start
            run = i
            while run > 0 and not text[run - 1].isspace():
                run -= 1
            opened = _CAPITALISED.search(text, run, i) is not None
        elif not opened:  # the run of the last place: only what lies between is new
            opened = _CAPITALISED.search(text, seen, i) is not None
        seen = i
        if not opened and (token := _CAPITALISED.match(text, i)) is not None:
            yield token  # (a word's match runs to its run's end: asked once a run)
            opened = True
        at = pattern.search(text, i + 1)


_WHITE = patterns.compile(r"\s")


def _firsts(
    word: str, forms: dict[str, list[tuple[str, ...]]]
) -> list[tuple[int, list[tuple[str, ...]]]]:
    """The first words of ``forms`` a capitalised word as written may be (itself, less a
    possessive or less the marks after it), as each one's length and its forms' rests."""
    firsts = {word, word.rstrip(_TRAILING)}
    if "'" in word or "’" in word:
        firsts.add(_POSSESSIVE_END.sub("", word))
    return [(len(first), forms[first]) for first in firsts if first in forms]


def _form_end(text: str, at: int, rests: list[tuple[str, ...]]) -> int | None:
    """The end of the first of ``rests`` written at ``at`` (after a first word), or None:
    each word after white space, in any case, and no word character after the last. Read
    without a pattern, as compiling one per first word cost a long document 10 ms; a word
    of other letters than ASCII is matched as a pattern ignoring case would ("İstanbul")."""
    if text[at:at + 2] in ("'s", "’s"):
        at += 2
    for rest in rests:
        end = at
        for word in rest:
            gap = end
            while gap < len(text) and text[gap].isspace():
                gap += 1
            if gap == end:
                break
            written = text[gap:gap + len(word)]
            if word.isascii() and written.isascii():
                if written.lower() != word.lower():
                    break
                end = gap + len(word)
            else:
                m = _any_case(word).match(text, gap)
                if m is None:
                    break
                end = m.end()
        else:
            if end == len(text) or not (text[end].isalnum() or text[end] == "_"):
                return end
    return None


@lru_cache(maxsize=1 << 10)
def _any_case(word: str) -> re.Pattern[str]:
    return re.compile(re.escape(word), re.IGNORECASE)


_MILITARY_FORM = patterns.compile(
    r"([A-Z](?<![\w-][A-Z])[a-z]+)(?:['’]s)?\s+(?:armed\s+forces|army|military|troops|forces)"
    r"(?![\w-])"
)
"""A country's forces in lower case: the capital before its look-behind, so the scan jumps
from capital to capital."""
_MILITARY_WORDS = ("armed", "army", "military", "troops", "forces")


def _military_forms(text: str) -> list[re.Match[str]]:
    """The matches of ``_MILITARY_FORM`` in the text, in order. Each opens where a military
    word, read back over white space, a possessive and lower-case letters, meets a capital:
    those places (five words ``str.find`` finds in C) are the only ones the pattern is tried
    at, not every capital of the text. A match holds no capital after its first, so the
    places it matches at are the matches ``finditer`` gives."""
    hits = []
    for word in _MILITARY_WORDS:
        at = text.find(word)
        while at >= 0:
            hits.append(at)
            at = text.find(word, at + 1)
    starts = set()
    lo = hi = -1  # the last run of lower-case letters read back: text[lo:hi], whole
    for at in sorted(hits):
        j = at
        while j > 0 and text[j - 1].isspace():  # str.isspace() is re's \s
            j -= 1
        if text.endswith(("'s", "’s"), 0, j):
            j -= 2
        end = j
        while j > 0 and "a" <= text[j - 1] <= "z":
            if lo <= j - 1 < hi:
                j = lo  # read already, from a hit before this one: each letter read once
                break
            j -= 1
        lo, hi = j, max(end, hi) if j == lo else end
        if j > 0:
            starts.add(j - 1)
    return [m for start in sorted(starts) if (m := _MILITARY_FORM.match(text, start))]


_MILITARY_NAME = patterns.compile(r"(?:(?:Armed|Defen[cs]e)\s+)?(?:Forces|Army|Military)")


def _add_military_forms(documents: Sequence[Document], names_by_doc: list[list[Name]]) -> None:
    """A country's armed forces under their everyday names: "Sudan's army", "Sudanese
    forces" and "Sudan's armed forces" are "the Sudan Armed Forces" of another article.

    The country is a one-word name of the articles, or a demonym of one ("Sudanese");
    the form takes the name of a "<country> Armed Forces" written in full, if any article
    has one, so they merge.
    """
    texts = _texts(names_by_doc)
    singles = {
        t for t in texts if " " not in t and len(t) >= 4 and not t.isupper() and t.isalpha()
    }
    if not singles:
        return
    by_prefix: dict[str, list[str]] = defaultdict(list)
    for word in sorted(singles):
        by_prefix[word[:4]].append(word)

    def place_of(word: str) -> str:
        return _demonym_place(word, by_prefix.get(word[:4], ())) or word

    full: dict[str, str] = {}
    for text in texts:
        first, _, rest = text.partition(" ")
        if first in singles and _MILITARY_NAME.fullmatch(rest):
            full.setdefault(place_of(first), text)
    for doc_index, doc in enumerate(documents):
        # found from the military word back to the country: one regex of every name would
        # cost (positions x names) on a long document
        found = [m for m in _military_forms(doc.text) if m.group(1) in singles]
        if not found:
            continue
        taken = sorted((n.start, n.end) for n in names_by_doc[doc_index])
        added = False
        for m in found:
            if _blocked(taken, m.start(), m.end(1)):
                continue  # inside a longer name: "Sudanese Peoples' Liberation Army"
            place = place_of(m.group(1))
            label = full.get(place, f"{place} Armed Forces")
            names_by_doc[doc_index].append(
                Name(m.start(), m.end(), doc.sentence_at(m.start()), label, "", False)
            )
            added = True
        if added:
            names_by_doc[doc_index].sort(key=lambda n: n.start)
