"""The comparison: documents in, ``Comparison`` out. Pure: no I/O, no UI."""

from __future__ import annotations

import gc
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from fractions import Fraction
from functools import cache, lru_cache
from itertools import accumulate, combinations

import numpy as np
from rapidfuzz import fuzz

from . import align, patterns
from .bodies import find_bodies, link_bodies
from .dates import (
    WEEKDAYS,
    compatible,
    describe,
    find_stamps,
    is_relative,
    publication_date,
    stamp_line_days,
)
from .entities import Entity, default_aliases, drop_unspelt_acronyms, person_like, resolve
from .lexicon import UNITS, fold, is_given_name, stem, synonyms
from .match import (
    TOLL_ACTIONS,
    UnionFind,
    _distinctive,
    context_terms,
    counted,
    counted_noun,
    day_clock,
    find_quote,
    fold_quote_text,
    link_phrases,
    link_quantities,
    linking_terms,
    quote_candidates,
    quote_index,
    quote_needle,
    sentence_rows,
    to_the_minute,
)
from .model import Alignment, Comparison, Document, Fact, Kind, Mention, Span, Status
from .names import NAME_SUFFIXES, NUMBERED_HEADS, STREET_WORDS, Name, find_names, role_words
from .phrases import Phrase, find_across, find_phrases
from .quantities import (
    PROGRESSIVE,
    SCORE,
    TIME_OF_DAY,
    TWELVE_HOUR,
    Quantity,
    find_quantities,
    is_score,
    word_stem,
)
from .quotes import Quote, find_quotes, in_marks, speaks
from .segment import split_paragraphs, split_sentences
from .terms import (
    apposition_role,
    find_terms,
    link_terms,
    merged_spans,
    overlaps,
    role_spans,
)
from .workers import map_documents

DEFAULT_THRESHOLD = 0.16
"""Sentence pairs scoring below this are not reported as aligned."""
CONFLICT_PAIR_SCORE = 0.16
"""Two different values are a disagreement only inside sentences at least this alike."""
TENFOLD_PAIR_SCORE = 0.30
"""Counts more than ten times apart in sentences aligned below this are two things
(``_apart_tenfold``): the corpus's wrong disputes of that kind scored 0.16-0.28, real ones
told in paraphrase ("4 people were killed" / "killed 41 people") 0.31-0.35."""
STRONG_PAIR_SCORE = 0.35
"""Sentences this alike are one report reworded: even a bare amount or weekday can differ."""


def build_document(
    doc_id: str,
    label: str,
    source: str,
    text: str,
    title: str | None = None,
    *,
    published: str | None = None,
    outlet: str | None = None,
    author: str | None = None,
) -> Document:
    """Split a cleaned text into sentences and paragraphs, and find its time stamps.

    ``published`` (ISO date) wins over the date the text's own time stamp gives.
    """
    stamps = find_stamps(text)
    return Document(
        id=doc_id,
        label=label,
        source=source,
        text=text,
        sentences=tuple(split_sentences(text)),
        paragraphs=tuple(split_paragraphs(text)),
        title=title,
        published=published or publication_date(stamps),
        outlet=outlet,
        author=author,
        stamps=tuple((s.start, s.end) for s in stamps),
    )


@dataclass(frozen=True, slots=True)
class _Reading:
    """What one document says on its own, before any other is read: the part of a
    comparison that ``map_documents`` may do on another core."""

    names: list[Name]
    quantities: list[Quantity]
    words: list[list[tuple[int, str]]]
    numbers: list[frozenset[str]]
    phrases: list[Phrase]
    quotes: list[Quote]


def _read(doc: Document) -> _Reading:
    # names inside a time stamp ("9:00 PM", "EDT") are its metadata, not facts
    names = [n for n in find_names(doc) if not doc.in_stamp(n.start)]
    return _Reading(names, find_quantities(doc), align.sentence_words(doc),
                    align.sentence_numbers(doc), find_phrases(doc), find_quotes(doc))


@dataclass(slots=True)
class _Draft:
    """A fact before its final id: its mentions and, for a conflict, both values."""

    kind: Kind
    label: str
    mentions: list[Mention]
    conflict: bool = False
    values: tuple[tuple[int, str], ...] = ()
    speaker: str | None = None
    quantity: Quantity | None = None
    """For a number or date: its first mention as extracted, to compare against others."""
    candidates: tuple[str, ...] = ()
    """For an ambiguous lone surname: the people it may name (``Entity.candidates``)."""

    @property
    def docs(self) -> tuple[int, ...]:
        return tuple(sorted({m.doc for m in self.mentions}))


class _SpanIndex:
    """Which entity drafts stand inside a span of one document."""

    def __init__(self) -> None:
        self.items: list[tuple[int, int, str]] = []

    def add(self, start: int, end: int, key: str) -> None:
        self.items.append((start, end, key))

    def freeze(self) -> None:
        self.items.sort()
        self.starts = [s for s, _, _ in self.items]

    def within(self, start: int, end: int) -> set[str]:
        items = self.items
        out = set()
        # walk from the first name that can reach ``start``, without copying the list's tail
        for index in range(bisect_left(self.starts, start - 60), len(items)):
            s, e, key = items[index]
            if s >= end:
                break
            if e > start:
                out.add(key)
        return out

    def before(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """The names that stand between ``lo`` and ``hi``, in order."""
        return self.items[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]


_DIGIT = patterns.compile(r"\d")


def _named_numbers(docs: Sequence[Document], quantities: Sequence[Sequence[Quantity]],
                   names: Sequence[Sequence[Name]]) -> set[tuple[int, int]]:
    """The numbers that end a name after a word a number names ("Route 52" of "State Route
    52", "Week 16", "Section 7": ``names.NUMBERED_HEADS``), or stand inside a name ("117th
    Street", "East 223rd Street", "Intel Core 2 Duo", "the 67th Precinct"), as (document,
    index): they tell one road or week from another and count nothing. Any other name before
    a number may be a word the name finder kept by mistake ("Over 100 people died"), so its
    number stays."""
    out = set()
    for d, (found, named) in enumerate(zip(quantities, names, strict=True)):
        name_start = {n.end: n.start for n in named}
        text = docs[d].text
        inside = sorted((n.start, n.end) for n in named if _DIGIT.search(n.text) or (
            " " in n.text and fold(n.text.rsplit(None, 1)[-1]).rstrip(".") in STREET_WORDS))
        inside_starts = [s for s, _ in inside]
        for i, q in enumerate(found):
            if q.kind is not Kind.NUMBER:
                continue
            start = name_start.get(q.end, q.start)
            at = bisect_right(inside_starts, q.start) - 1
            if start < q.start and fold(
                    text[start:q.start].rsplit(None, 1)[-1]) in NUMBERED_HEADS or (
                    at >= 0 and q.end < inside[at][1]):
                out.add((d, i))
    return out


def compare_documents(
    documents: Sequence[Document],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    aliases: Iterable[Sequence[str]] | None = None,
) -> Comparison:
    """Compare two or more documents: their facts, how they match, and aligned sentences.

    ``aliases`` are groups of names that mean one thing; ``None`` uses the shipped list.
    """
    if aliases is None:
        aliases = default_aliases()
    collecting = gc.isenabled()
    gc.disable()  # the run builds many long-lived records; collection passes only cost time
    try:
        return _compare(tuple(documents), threshold, aliases)
    finally:
        if collecting:
            gc.enable()


def _compare(
    documents: Sequence[Document], threshold: float, aliases: Iterable[Sequence[str]]
) -> Comparison:
    docs = tuple(documents)
    drafts: dict[str, _Draft] = {}

    readings = map_documents(_read, docs)
    names = drop_unspelt_acronyms([r.names for r in readings])
    entities = resolve(docs, names, aliases)
    span_index = [_SpanIndex() for _ in docs]
    for k, entity in enumerate(entities):
        key = f"§e{k}"
        drafts[key] = _entity_draft(docs, entity)
        for d, name in entity.mentions:
            span_index[d].add(name.start, name.end, key)
    for index in span_index:
        index.freeze()

    quantities = [r.quantities for r in readings]
    words = [r.words for r in readings]
    numbers = [r.numbers for r in readings]
    plain_terms = [align.sentence_terms(d, words=words[i], numbers=numbers[i])
                   for i, d in enumerate(docs)]
    sentence_df: Counter[str] = Counter()
    n_sentences = 0
    for terms in plain_terms:
        n_sentences += len(terms)
        for ts in terms:
            sentence_df.update(ts)

    def common(term: str) -> bool:
        return n_sentences >= 10 and sentence_df[term] > 0.2 * n_sentences

    maybe = _candidate_keys(drafts)

    def named_at(index: _SpanIndex) -> Callable[[int, int], set[str]]:
        if not maybe:
            return index.within
        return lambda start, end: {c for key in index.within(start, end)
                                   for c in maybe.get(key, (key,))}

    contexts = [
        [context_terms(d, q, named_at(span_index[i])) for q in quantities[i]]
        for i, d in enumerate(docs)
    ]
    named = _names_by_sentence(drafts)  # each sentence's names: whose an age is
    groups = _split_ages_by_person(docs, quantities, _split_finer_dates(
        quantities, link_quantities(quantities, contexts, common,
                                    linking_terms(plain_terms, common, names))), named, drafts)
    named_numbers = _named_numbers(docs, quantities, names)
    for k, group in enumerate(groups):
        if named_numbers.issuperset(group):
            continue  # "Route 52" in every report: the road's entity is the fact; a report's
            # "route 52" or "page 20" in lower case keeps the number, to meet "Page 20"
        drafts[f"§q{k}"] = _quantity_draft(docs, quantities, group)

    phrases = find_across(docs, [r.phrases for r in readings])
    for k, group in enumerate(link_phrases(phrases)):
        drafts[f"§p{k}"] = _phrase_draft(phrases, group)

    tentative = _tentative(drafts, quantities)
    role_bodies = _bodies_of_roles(docs, entities)  # no evidence of their own (below)
    facts_by_sentence = _facts_by_sentence(docs, drafts, role_bodies)
    masks = _fact_spans_by_sentence(docs, drafts)
    quotes = [r.quotes for r in readings]
    pronouns = [_Pronouns(doc, qs) for doc, qs in zip(docs, quotes, strict=True)]
    spoken = _as_spoken(pronouns, drafts, facts_by_sentence)
    terms = [
        align.sentence_terms(d, spoken[i], masks[i], words[i], numbers[i], plain_terms[i])
        for i, d in enumerate(docs)
    ]
    terms = align.bridge_names(terms)
    texts = [[d.sentence_text(s) for s in range(len(d.sentences))] for d in docs]

    candidates: dict[tuple[int, int], list[align.Candidate]] = {}
    pairs_scored = 0
    vocab = align.vocabulary(terms)
    weights = align.term_weights(vocab)
    tables = [align.term_table(ts, vocab, align.opens_with_title(d))
              for ts, d in zip(terms, docs, strict=True)]
    pairs = list(combinations(range(len(docs)), 2))
    for pair, (found, scored) in zip(pairs, align.score_all(tables, weights, texts, pairs),
                                     strict=True):
        candidates[pair] = found
        pairs_scored += scored
    _dated_apart(docs, candidates)

    _add_quote_drafts(docs, quotes, candidates, drafts, span_index, pronouns)
    _pair_quoted_sentences(docs, candidates, drafts, threshold)

    selected = {
        pair: align.select(found, threshold=threshold) for pair, found in candidates.items()
    }
    _split_unpaired(docs, drafts, quantities, selected, terms, tentative)
    _join_aligned_counts(docs, drafts, selected)
    facts_by_sentence = _facts_by_sentence(docs, drafts, role_bodies)
    _mark_conflicts(docs, drafts, selected, facts_by_sentence, terms, quantities, named)
    _add_role_drafts(docs, drafts)
    taken = _taken(docs, drafts)  # what bodies and terms may not overlap
    described = _add_body_drafts(docs, drafts, selected, taken)
    _add_term_drafts(docs, drafts, taken, described)
    facts, rename = _finalise(drafts)
    facts_by_sentence = _facts_by_sentence(docs, drafts, role_bodies)
    shared_ids = {f.id for f in facts if len(f.docs) > 1}
    alignments = []
    for (i, j), chosen in selected.items():
        for c in chosen:
            evidence = sorted(
                {rename[k] for k in facts_by_sentence[i][c.left] & facts_by_sentence[j][c.right]}
                & shared_ids,
                key=_id_order,
            )
            alignments.append(Alignment(i, c.left, j, c.right, round(c.score, 3), tuple(evidence)))
    alignments.sort(key=lambda a: (a.left_doc, a.right_doc, a.left, a.right))
    return Comparison(
        documents=docs,
        facts=tuple(facts),
        alignments=tuple(alignments),
        threshold=threshold,
        pairs_scored=pairs_scored,
    )


def _id_order(fact_id: str) -> int:
    return int(fact_id[1:])


def _entity_draft(docs: Sequence[Document], entity: Entity) -> _Draft:
    mentions = [
        Mention(d, n.sentence, n.start, n.end, docs[d].text[n.start:n.end], n.text)
        for d, n in entity.mentions
    ]
    return _Draft(Kind.ENTITY, entity.label, mentions, candidates=entity.candidates)


_WORDS_AFTER = patterns.compile(r"(?:[\s-]+(?:of\s+)?[\w'’&-]+){1,3}")


def _quantity_label(doc: Document, q: Quantity) -> str:
    label = f"{q.approx} {q.text}".strip() if q.approx else q.text
    if q.noun and q.noun != "age":
        after = _WORDS_AFTER.match(doc.text[q.end:q.end + 40])
        if after:
            words = after.group(0).split()
            for n, w in enumerate(words):
                if word_stem(w.strip("-")) == q.noun or stem(w.split("-")[-1]) == q.noun:
                    return (label + " " + " ".join(words[: n + 1])).replace(" -", "-")
                if stem(w.split("-")[0]) == q.noun:  # "30 years-but in the end": a dash
                    return label + " " + " ".join([*words[:n], w.split("-")[0]])
        before = re.search(r"([\w'’-]+)\s+of\s+$", doc.text[max(0, q.start - 30):q.start])
        if before and stem(before.group(1)) == q.noun:
            return f"{before.group(1)} of {label}"
    if q.noun == "age":
        return f"aged {q.text.split('-')[0]}"
    if q.kind is Kind.DATE:
        return describe(label, q.value)
    return label


_YEAR_LAST = patterns.compile(r"(?P<rest>\S.*?)[\s,]+(?P<year>\d{4})")


def _split_finer_dates(
    quantities: list[list[Quantity]], groups: list[list[tuple[int, int]]]
) -> list[list[tuple[int, int]]]:
    """A date one source gives to the day or month and another to the year alone ("Born
    March 29, 1928" / "Born in the Bronx in 1928"; "an April 2003 court hearing" / "not until
    2003"): the year is the shared fact, and the day or month ("March 29") the finer source's
    own. The finer mention is cut in two in ``quantities``: its year joins the group, the rest
    becomes a fact of its own."""
    out: list[list[tuple[int, int]]] = []
    for group in groups:
        years = {quantities[d][i].value for d, i in group
                 if quantities[d][i].value.startswith("year ")}
        if len(years) != 1 or len({d for d, _ in group}) < 2:
            out.append(group)
            continue
        (year,) = years
        extra: list[list[tuple[int, int]]] = []
        for d, i in group:
            q = quantities[d][i]
            written = _YEAR_LAST.fullmatch(q.text)
            if (q.kind is not Kind.DATE or q.value == year or year not in q.keys
                    or written is None or f"year {written.group('year')}" != year
                    or any(quantities[e][j].value == q.value for e, j in group if e != d)):
                continue
            quantities[d][i] = replace(q, start=q.start + written.start("year"), text=written
                                       .group("year"), value=year, keys=(year,))
            quantities[d].append(replace(q, end=q.start + written.end("rest"),
                                         text=written.group("rest"), keys=(q.value,)))
            extra.append([(d, len(quantities[d]) - 1)])
        out.append(group)
        out.extend(extra)
    return out


def _quantity_draft(
    docs: Sequence[Document], quantities: Sequence[Sequence[Quantity]], group: list[tuple[int, int]]
) -> _Draft:
    mentions = []
    for d, i in group:
        q = quantities[d][i]
        mentions.append(Mention(d, q.sentence, q.start, q.end, q.text, q.value))
    d0, i0 = group[0]
    first = quantities[d0][i0]
    return _Draft(first.kind, _quantity_label(docs[d0], first), mentions, quantity=first)


def _same_quotation(start: int, end: int, hit_start: int, hit_end: int) -> bool:
    """Whether the words found (``hit``) are the quotation at ``start:end``: most of both, or
    nearly all of the quotation inside them. A report that quotes three paragraphs as one
    holds another's three quotations inside its one; each is the same words said, not a
    second fact beside it ("We'll continue to monitor ..." inside "We'll continue to monitor
    ... The Chargers have always been leaders ..."). A few words found inside a long
    quotation stay a mention of their own: the whole quotation would cover facts it does
    not share ("kick out" inside "In 3 elections, we kicked out 8 MPs ...")."""
    overlap = min(end, hit_end) - max(start, hit_start)
    longer = max(end - start, hit_end - hit_start)
    return overlap >= 0.6 * longer or overlap >= 0.9 * (end - start)


def _phrase_draft(phrases: Sequence[Sequence[Phrase]], group: list[tuple[int, int]]) -> _Draft:
    mentions = [
        Mention(d, p.sentence, p.start, p.end, p.text, p.value)
        for d, p in ((d, phrases[d][i]) for d, i in group)
    ]
    return _Draft(Kind.PHRASE, mentions[0].text, mentions)


def _add_body_drafts(docs: Sequence[Document], drafts: dict[str, _Draft],
                     selected: dict[tuple[int, int], list[align.Candidate]],
                     taken: list[list[Span]]) -> list[list[Span]]:
    """The bodies two sources describe in other words in aligned sentences ("a fuel
    distribution center" / "a petroleum distribution company", ``bodies``), as shared
    entities; found once the sentences are aligned, where no other fact stands (``taken``).
    Returns each document's spans of them."""
    names: list[list[tuple[int, int, str]]] = [[] for _ in docs]
    for key, draft in drafts.items():
        if key.startswith("§e"):
            for m in draft.mentions:
                names[m.doc].append((m.start, m.end, key))
    found = [find_bodies(d, taken[i], names[i]) for i, d in enumerate(docs)]
    aligned = [(i, c.left, j, c.right) for (i, j), chosen in selected.items() for c in chosen]
    described: list[list[Span]] = [[] for _ in docs]
    for k, group in enumerate(link_bodies(found, aligned)):
        mentions = [Mention(d, b.sentence, b.start, b.end, b.text, b.text)
                    for d, b in ((d, found[d][i]) for d, i in group)]
        drafts[f"§b{k}"] = _Draft(Kind.ENTITY, mentions[0].text, mentions)
        for m in mentions:
            described[m.doc].append((m.start, m.end))
    return described


def _taken(docs: Sequence[Document], drafts: dict[str, _Draft]) -> list[list[Span]]:
    """Each document's spans of the facts found so far, but quotations (a fact inside a
    quotation is one of its own)."""
    taken: list[list[Span]] = [[] for _ in docs]
    for draft in drafts.values():
        if draft.kind is not Kind.QUOTE:
            for m in draft.mentions:
                taken[m.doc].append((m.start, m.end))
    return taken


def _add_term_drafts(docs: Sequence[Document], drafts: dict[str, _Draft],
                     taken: list[list[Span]], described: list[list[Span]]) -> None:
    """The key terms (``terms``) as facts, found once every other fact is known and the
    sentences aligned: a term never overlaps a name, a number, a phrase or a role
    (``taken``), and it does not weigh in the alignment (a shared term is a finding, not
    evidence for one). Terms are found and linked as if the described bodies
    (``described``) were not there, so that a compound two reports write alike is still
    known as such where one of them is a body ("a rehab center" / "a rehab facility", and
    "a rehab center" again in the second report); a term a body covers is then left to
    the body."""
    found = [find_terms(d, spans) for d, spans in zip(docs, taken, strict=True)]
    bodies = [merged_spans(spans) for spans in described]
    for k, group in enumerate(link_terms(found)):
        mentions = [
            Mention(d, t.sentence, t.start, t.end, t.text, t.value)
            for d, t in ((d, found[d][i]) for d, i in group)
            if not overlaps(*bodies[d], t.start, t.end)
        ]
        left = {m.doc for m in mentions}
        if len(left) > 1 or left and left == {d for d, _ in group}:
            drafts[f"§m{k}"] = _Draft(Kind.TERM, mentions[0].text, mentions)
        # else a body took all of one report's mentions of a term two shared: the term is
        # not the other report's own ("rehab center" / "rehab-center")


def _add_role_drafts(docs: Sequence[Document], drafts: dict[str, _Draft]) -> None:
    """A role two sources give one person, one of them in an apposition ("Andrew Feldman,
    chief executive of Sea Micro" / "SeaMicro Chief Executive Andrew Feldman"), as a shared
    fact of kind term: what the sources agree the person is. A title both write only before
    the name ("President Salva Kiir" / "South Sudan's president Salva Kiir") is how they
    name the person, which the name's mentions show; a role one source alone gives stays in
    its mention too."""
    roles = role_words()
    for key in sorted(k for k in drafts if k.startswith("§e")):
        draft = drafts[key]
        if len(draft.docs) < 2 or not any(
                apposition_role(docs[m.doc].text, m.end, roles) for m in draft.mentions):
            continue  # no source states what the person is: most people, whose titles wait
        given: dict[str, list[Mention]] = defaultdict(list)
        stated: set[str] = set()
        seen: set[tuple[int, int]] = set()
        for m in draft.mentions:
            doc = docs[m.doc]
            for start, end, role, apposition in role_spans(
                    doc.text, m.start, m.end, m.value, roles, doc.sentences[m.sentence][0]):
                if apposition:
                    stated.add(role)
                if (m.doc, start) not in seen:  # two mentions of one name may share a role
                    seen.add((m.doc, start))
                    given[role].append(Mention(m.doc, m.sentence, start, end,
                                               doc.text[start:end], f"role: {role}"))
        for role, mentions in sorted(given.items()):
            if role in stated and len({m.doc for m in mentions}) > 1:
                drafts[f"§r{key[2:]}:{role}"] = _Draft(Kind.TERM, f"{draft.label}: {role}",
                                                      mentions)


def _facts_by_sentence(
    docs: Sequence[Document], drafts: dict[str, _Draft], left_out: Collection[tuple[int, int]]
) -> list[list[set[str]]]:
    """Each sentence's facts, less the entity mentions ``left_out`` (``(document, start)``)."""
    out: list[list[set[str]]] = [[set() for _ in d.sentences] for d in docs]
    for key, draft in drafts.items():
        entity = draft.kind is Kind.ENTITY
        for m in draft.mentions:
            if m.sentence < len(out[m.doc]) and not (entity and (m.doc, m.start) in left_out):
                out[m.doc][m.sentence].add(key)
    return out


def _bodies_of_roles(docs: Sequence[Document], entities: Sequence[Entity]) -> set[tuple[int, int]]:
    """The mentions (``(document, start)``) of a place or body that opens a role written
    just before a person's name ("Queens" of "Queens District Attorney Richard Brown"): a
    mention of its own among the facts, but to the aligner, to the disputes and to a pair's
    evidence a word of how the sentence names the person, who is the evidence (two reports'
    "South Sudan President Salva Kiir" are one person named twice, not a country and a
    person). ``find_names`` writes the place just before the role, one space apart."""
    titled = {(d, name.start): name.title for entity in entities for d, name in entity.mentions
              if name.title}
    return {
        (d, name.start) for entity in entities for d, name in entity.mentions
        if (title := titled.get((d, name.end + 1))) is not None
        and docs[d].text[name.end:name.end + 1] == " "
        and title.startswith(fold(name.text) + " ")
    }


def _stamp_lines(doc: Document) -> dict[int, tuple[str, ...]]:
    """The sentences of the document's time stamps that are stamps and nothing else ("26
    September 2013, 10:00 (GMT+05: 00)", "on Nov 10, 2011", "Updated Aug. 20, 2012." after
    "Posted on Aug. 7, 2012."), by ``find_stamps``'s own test for a line, with the days each
    gives (none for a time alone or a date without its year)."""
    out: dict[int, tuple[str, ...]] = {}
    for lo, hi in doc.stamps:
        for k in range(doc.sentence_at(lo), doc.sentence_at(hi - 1) + 1):
            days = stamp_line_days(doc.text, *doc.sentences[k])
            if days is not None:
                out[k] = days
    return out


def _dated_apart(
    docs: Sequence[Document], candidates: dict[tuple[int, int], list[align.Candidate]]
) -> None:
    """Drop the pairs of a sentence that is only a time stamp: when a report was filed is
    its metadata, not what it reports. Two stamps of one news day stay a pair (reports filed
    together line up there); stamps days apart (a report of the next step of the story), a
    stamp that gives no day ("Updated 5:40 p.m. ET"), or a stamp and a sentence of the story
    are none, however alike they read. A stamp ``find_stamps`` does not see (below the first
    lines) is read as a sentence of the story."""
    lines = [_stamp_lines(doc) for doc in docs]
    for (i, j), found in candidates.items():
        left, right = lines[i], lines[j]
        if left or right:
            candidates[(i, j)] = [
                c for c in found
                if (c.left in left) == (c.right in right) and (
                    c.left not in left or _near_days(left[c.left], right[c.right]))
            ]


def _near_days(one: Sequence[str], other: Sequence[str]) -> bool:
    """Whether two stamps give days at most a day apart: one report filed late in the day,
    the other the next morning, or in a time zone ahead (a stamp's update counts too)."""
    return any(abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= 1
               for a in one for b in other)


_WORDS_KEPT = frozenset((Kind.PHRASE, Kind.NUMBER, Kind.PERCENT, Kind.MONEY))


def _fact_spans_by_sentence(
    docs: Sequence[Document], drafts: dict[str, _Draft]
) -> list[list[list[tuple[int, int]]]]:
    """The spans of each sentence's facts, whose words the aligner leaves out (the fact's id
    stands for them); but a phrase or a count only one document has keeps its words: its id
    meets nothing, while its words may meet another report's telling ('indicted for bribing
    the entire five-man police force' / 'a 1970 police-bribery case'; 'a quarter of the
    power and a sixth of the space' / 'one quarter the power and one sixth the space', where
    no noun after the number links the counts)."""
    out: list[list[list[tuple[int, int]]]] = [[[] for _ in d.sentences] for d in docs]
    for draft in drafts.values():
        if draft.kind in _WORDS_KEPT and len(draft.docs) < 2:
            continue
        for m in draft.mentions:
            if m.sentence < len(out[m.doc]):
                out[m.doc][m.sentence].append((m.start, m.end))
    return out


class _QuotedForms:
    """A report's quotations as ``find_quote`` compares them, joined in one string, so the
    ones holding another report's quotation are found by ``str.find`` over the whole, not by
    a look at each (a long report holds hundreds)."""

    def __init__(self, forms: list[str], sentences: list[int]) -> None:
        self.forms, self.sentences = forms, sentences
        self.joined = "\x00".join(forms)
        self.starts = list(accumulate((len(f) + 1 for f in forms[:-1]), initial=0))

    def holding(self, needle: str) -> set[tuple[bool, int]]:
        """(whether the quotation is more than those words, its sentence) of each quotation
        holding ``needle`` as whole words ("a disgrace" is not in "a disgraceful
        decision")."""
        found: set[tuple[bool, int]] = set()
        at = self.joined.find(needle)
        while at >= 0:
            k = bisect_right(self.starts, at) - 1
            form, begin = self.forms[k], self.starts[k]
            lo, hi = at - begin, at - begin + len(needle)
            if hi <= len(form) and (lo == 0 or not form[lo - 1].isalnum()) and (
                    hi == len(form) or not form[hi].isalnum()):
                found.add((form.strip(" .,;:\"'") != needle, self.sentences[k]))
            at = self.joined.find(needle, at + 1)
        return found


_MOST_QUOTE_PAIRS = 250_000
"""Past this many pairs of quotations of two long reports (500 by 500), one report's are
not looked for in the other's quotations beyond the aligner's partners: each pair is a
look-up of one in the other."""
_SEARCHED_WHOLE = 60
"""A document of at most this many sentences is searched whole for another's quotation; a
longer one only in the dozen best-scored partners of the quotation's sentences."""


def _pair_quoted_sentences(
    docs: Sequence[Document],
    candidates: dict[tuple[int, int], list[align.Candidate]],
    drafts: dict[str, _Draft],
    threshold: float,
) -> None:
    """The sentences of two documents that quote the same words made a pair
    (``align.with_quoted``): only where both put them in quotation marks, not where one
    quotation is found in the other's plain text, which is often a title or a name said
    again ('"Doctor Who"' / "the new Doctor Who", '"Jail Blazers"' / "Trail Blazers");
    and only where each document quotes them in one sentence: words quoted again and again
    (a slogan, a nickname) say nothing of which sentence tells what, and every sentence of
    one with every sentence of the other would be a product of pairs."""
    quoted: dict[tuple[int, int], set[tuple[int, int]]] = defaultdict(set)
    for draft in drafts.values():
        if draft.kind is Kind.QUOTE:
            by_doc: dict[int, set[int]] = defaultdict(set)
            for m in draft.mentions:
                if in_marks(docs[m.doc].text, m.start, m.end):
                    by_doc[m.doc].add(m.sentence)
            for i, j in combinations(sorted(by_doc), 2):
                if len(by_doc[i]) == len(by_doc[j]) == 1:
                    quoted[(i, j)].add((min(by_doc[i]), min(by_doc[j])))
    for pair, found in quoted.items():
        candidates[pair] = align.with_quoted(candidates.get(pair, []), found, threshold)


def _add_quote_drafts(
    docs: Sequence[Document],
    quotes: Sequence[Sequence[Quote]],
    candidates: dict[tuple[int, int], list[align.Candidate]],
    drafts: dict[str, _Draft],
    span_index: Sequence[_SpanIndex],
    pronouns: Sequence[_Pronouns],
) -> None:
    """Quotations matched across documents, by quotation or by the words themselves."""
    # per document, once: sentence starts (for sentence_at by bisection), the text in the
    # form find_quote compares, and the quotations by start (to find one overlapping a hit)
    starts = [[s for s, _ in doc.sentences] for doc in docs]
    folded = [fold_quote_text(doc.text) for doc in docs]
    by_start = [sorted((q.start, k) for k, q in enumerate(qs)) for qs in quotes]
    longest = [max((q.end - q.start for q in qs), default=0) for qs in quotes]

    def sentence_at(d: int, offset: int) -> int:
        return max(0, bisect_right(starts[d], offset) - 1)

    # the partners of the sentences that hold a quotation (the only ones looked up)
    quoted = [
        {s for q in qs for s in range(q.sentence, sentence_at(d, max(q.start, q.end - 1)) + 1)}
        for d, qs in enumerate(quotes)
    ]
    partners: dict[tuple[int, int, int], list[tuple[float, int]]] = defaultdict(list)
    for (i, j), found in candidates.items():
        for c in found:
            if c.left in quoted[i]:
                partners[(i, j, c.left)].append((c.score, c.right))
            if c.right in quoted[j]:
                partners[(j, i, c.right)].append((c.score, c.left))
    uf = UnionFind()
    spans: dict[tuple[int, int], tuple[int, int, int]] = {}
    speakers: dict[tuple[int, int], frozenset[str]] = {}
    told: dict[tuple[int, int], str] = {}  # who "he" or "she" is: shown, never disputed
    for d, qs in enumerate(quotes):
        for k, q in enumerate(qs):
            spans[(d, k)] = (q.sentence, q.start, q.end)
            uf.find((d, k))
            if q.speaker:
                who = span_index[d].within(*q.speaker)
                if who:
                    speakers[(d, k)] = frozenset(who)
                elif person := pronouns[d].meant(span_index[d], drafts, q):
                    told[(d, k)] = person
    # where a quotation is looked for: every sentence of a short document, the best-scored
    # partners of its sentences in a long one (so the work per quotation stays bounded)
    sizes = [len(doc.sentences) for doc in docs]
    long_docs = [o for o, n in enumerate(sizes) if n > _SEARCHED_WHOLE]
    first, document = sentence_rows(docs)  # the rows of ``quote_index``
    short_rows = np.flatnonzero(np.array(sizes, dtype=np.int64)[document] <= _SEARCHED_WHOLE)
    short_doc = document[short_rows]
    # the trigram screen is read only for the short documents' sentences: two long reports
    # never build it
    index = quote_index(docs, folded) if short_rows.size else None
    # a long report's own quotations, as find_quote compares them: one quoted in both reports
    # is looked for in the other's quotation wherever the aligner put its sentence ("follow
    # the money" of a film's scene and of a paragraph on the phrase's fame)
    quoted_forms = [_QuotedForms([fold_quote_text(q.text) for q in qs],
                                 [q.sentence for q in qs]) for qs in quotes]
    plain_hits: dict[tuple[int, int, int], tuple[int, int]] = {}
    for d, qs in enumerate(quotes):
        for k, q in enumerate(qs):
            last = sentence_at(d, max(q.start, q.end - 1))
            needle = quote_needle(q)
            picked: dict[int, list[int]] = {}
            for other in long_docs:
                if other == d:
                    continue
                ranked: dict[int, float] = {}
                for s in range(q.sentence, last + 1):
                    for score, partner in partners.get((d, other, s), ()):
                        ranked[partner] = max(ranked.get(partner, 0.0), score)
                quoted_there: list[int] = []
                if len(needle) >= 8 and len(qs) * len(quotes[other]) <= _MOST_QUOTE_PAIRS:
                    held = quoted_forms[other].holding(needle)
                    quoted_there = list(dict.fromkeys(s for _, s in sorted(held)))  # the
                    # quotation of those very words first, then those holding them
                chosen = [*quoted_there, *sorted(set(ranked) - set(quoted_there),
                                                 key=lambda s: (-ranked[s], s))][:12]
                if chosen:  # a dozen sentences at most, the quotations holding it first
                    picked[other] = chosen
            # the sentences of the short documents that can hold the quotation at all (most
            # cannot); the partners picked in long ones are searched outright, as most can
            live_rows = short_rows[short_doc != d]
            if index is not None and live_rows.size:
                live_rows = live_rows[quote_candidates(index, needle, live_rows)]
            if picked:
                live_rows = np.concatenate(
                    [live_rows, *(first[o] + np.array(ids, dtype=np.int64)
                                  for o, ids in picked.items())]
                )
            live_docs = document[live_rows]
            for other in sorted(set(live_docs.tolist())):
                if other in picked:
                    sentence_ids = picked[other]
                else:
                    sentence_ids = (live_rows[live_docs == other] - first[other]).tolist()
                hit = find_quote(q, docs[other], sentence_ids, folded=folded[other],
                                 needle=needle)
                if hit is None:
                    continue
                # the first quotation (by index) overlapping the hit enough: only those
                # starting before the hit ends and at most the longest quotation before it
                window = by_start[other][
                    bisect_left(by_start[other], (hit.start - longest[other], -1)):
                    bisect_left(by_start[other], (hit.end, -1))
                ]
                same = [
                    (other, k2) for _, k2 in window
                    if _same_quotation(quotes[other][k2].start, quotes[other][k2].end,
                                       hit.start, hit.end)
                ]  # each of the other report's quotations inside the words found
                if not same:  # words found in plain text: one mention however many
                    # quotations find them
                    plain = plain_hits.setdefault((other, hit.start, hit.end),
                                                  (other, 10_000 + len(plain_hits)))
                    spans[plain] = (sentence_at(other, hit.start), hit.start, hit.end)
                    same = [plain]
                for one in same:
                    uf.union((d, k), one)
    for n, group in enumerate(uf.groups(sorted(spans))):
        mentions = [
            Mention(d, spans[(d, k)][0], spans[(d, k)][1], spans[(d, k)][2],
                    docs[d].text[spans[(d, k)][1]:spans[(d, k)][2]], "quote")
            for d, k in group
        ]
        mentions = [m for m in mentions if not any(  # a report's words found inside its own
            o.doc == m.doc and o.start <= m.start and m.end <= o.end  # quotation of them
            and (o.start, o.end) != (m.start, m.end) for o in mentions)]
        text = mentions[0].text
        label = text if len(text) <= 60 else text[:57].rstrip() + "…"
        named = [(r[0], speakers[r]) for r in group if r in speakers]
        draft = _Draft(Kind.QUOTE, f"“{label}”", mentions)
        if named:
            draft.speaker = " and ".join(sorted({drafts[k].label for _, who in named for k in who}))
        elif inferred := {drafts[told[r]].label for r in group if r in told}:
            draft.speaker = " and ".join(sorted(inferred))
        disputed = any(
            a_doc != b_doc and not (a_who & b_who) and not _one_surname(
                {drafts[k].label for k in a_who}, {drafts[k].label for k in b_who})
            for a_doc, a_who in named
            for b_doc, b_who in named
        )
        if disputed:
            # one quotation, speakers with no name in common: a disagreement on who said it
            draft.conflict = True
            draft.speaker = None
            draft.values = tuple(sorted({
                (d, " and ".join(sorted(drafts[k].label for k in who))) for d, who in named
            }))
        drafts[f"§t{n}"] = draft


def _candidate_keys(drafts: dict[str, _Draft]) -> dict[str, tuple[str, ...]]:
    """An ambiguous lone surname's key, with the keys of the people it may name: what a number
    is about reads it as any of them, so "Gigante" in a report naming two Gigantes still
    meets "Gigante" resolved to Vincent in a report naming one (``entities``)."""
    if not any(d.candidates for d in drafts.values()):
        return {}
    by_label = {d.label: key for key, d in drafts.items()
                if key.startswith("§e") and not d.candidates}
    return {key: (key, *(by_label[c] for c in d.candidates if c in by_label))
            for key, d in drafts.items() if key.startswith("§e") and d.candidates}


_HE_OR_SHE = frozenset(("he", "she"))


class _Pronouns:
    """What a document's quotations need to read a "he" or "she" (``meant``), found once a
    document: its paragraphs' starts, its quotations' spans and their speakers', in order, so
    each quotation asks by bisection (a long report holds thousands)."""

    def __init__(self, doc: Document, quotes: Sequence[Quote]) -> None:
        self.doc = doc
        self.paragraphs = [p for p, _ in doc.paragraphs]
        self.sentence_starts = [a for a, _ in doc.sentences] or [0]
        spans = sorted((q.start, q.end) for q in quotes)
        self.quote_starts = [a for a, _ in spans]
        self.quote_ends = list(accumulate((b for _, b in spans), max))
        said = sorted(q.speaker for q in quotes if q.speaker is not None)
        self.speaker_starts = [a for a, _ in said]
        self.speaker_ends = list(accumulate((b for _, b in said), max))

    def _sentence_start(self, at: int) -> int:
        """Where the sentence holding ``at`` starts: the spoken-for guard reads no further."""
        return self.sentence_starts[max(0, bisect_right(self.sentence_starts, at) - 1)]

    def says(self, start: int, end: int) -> bool:
        """Whether the name at ``start:end`` says something: a quotation's speaker, or a name
        a verb of saying goes with (``quotes.speaks``)."""
        return self._within(start, self.speaker_starts, self.speaker_ends) or speaks(
            self.doc.text, start, end, self._sentence_start(start))

    @staticmethod
    def _within(at: int, starts: list[int], ends: list[int]) -> bool:
        k = bisect_right(starts, at) - 1
        return k >= 0 and at < ends[k]

    def meant(self, names: _SpanIndex, drafts: dict[str, _Draft], quote: Quote) -> str | None:
        """Whom a quotation's "he" or "she" means: the person who last said something before
        it, in its paragraph or the one before, when no other person is named after them
        (places and bodies may be: 'Al-Sawarmi Khalid, spokesman for Sudan's armed forces,
        said Sudan had not bombed ... "South Sudan is a state in the United Nations," he
        said.'). Who said something is a name a verb of saying goes with (``quotes.speaks``),
        not one spoken for ("A spokesman for Gov. Arnold Schwarzenegger said"), or an earlier
        quotation's speaker (``says``); a person is a name shaped
        like one (``entities.person_like``). The last person named is often someone the
        speaker talks of ("the Chargers and Williams ... he said"), so no speaker is given
        then. Only shown: a pronoun read so is no side of a dispute on who said it. No
        gender is read: a "she" after a man who spoke is his."""
        text = self.doc.text
        if quote.speaker is None or fold(text[slice(*quote.speaker)]) not in _HE_OR_SHE:
            return None
        hi = min(quote.start, quote.speaker[0])
        k = bisect_right(self.paragraphs, hi) - 1
        lo = self.paragraphs[k - 1] if k >= 1 else max(0, hi - 600)
        for s, e, key in reversed(names.before(lo, hi)):
            if e > hi or self._within(s, self.quote_starts, self.quote_ends):
                continue
            draft = drafts[key]  # the index holds the entities' drafts only
            if draft.candidates:
                return None  # a surname two people share
            if not person_like(draft.label):
                continue  # a place or a body: "said Sudan had not bombed South Sudan"
            return key if self.says(s, e) else None  # a person named last who said nothing: someone
            # the speaker talks of, perhaps
        return None


def _as_spoken(
    pronouns: Sequence[_Pronouns], drafts: dict[str, _Draft],
    facts_by_sentence: list[list[set[str]]],
) -> list[list[set[str]]]:
    """``facts_by_sentence`` as the aligner reads them: a person whose every mention in a
    sentence says something there (``_Pronouns.says``) is its speaker's term
    (``align.SPEAKERS``)."""
    if not align.SPEAKERS:
        return facts_by_sentence
    speaking: dict[tuple[int, int, str], bool] = {}
    for key, draft in drafts.items():
        if draft.kind is not Kind.ENTITY or not person_like(draft.label):
            continue
        for m in draft.mentions:
            if m.sentence >= len(facts_by_sentence[m.doc]):
                continue
            says = pronouns[m.doc].says(m.start, m.end)
            at = (m.doc, m.sentence, key)
            speaking[at] = speaking.get(at, True) and says
    out = [list(doc) for doc in facts_by_sentence]  # a sentence's set copied where it changes
    for (d, s, key), says in speaking.items():
        if says and key in out[d][s]:
            out[d][s] = (out[d][s] - {key}) | {align.speaker_term(key)}
    return out


def _one_surname(a: Collection[str], b: Collection[str]) -> bool:
    """Whether two reports' speakers of one quotation share a surname, however else named:
    "Smith" / "A.J. Smith", "Heffner" / "Hugh Hefner" (spelt two ways: ``_ALIKE_SURNAMES``)
    name one person, no dispute on who said it, though their entities may stay apart (as a
    surname beside a relative's full name does); a suffix is no surname ("Mark Felt Jr")."""
    last = [{words[-1] for name in names
             if (words := [w for w in fold(name).split() if w.strip(".,") not in NAME_SUFFIXES])}
            for names in (a, b)]  # "Mark Felt Jr" is a Felt
    return any(fuzz.ratio(x, y) >= _ALIKE_SURNAMES for x in last[0] for y in last[1])


def _alike_actions(a: Quantity, b: Quantity) -> bool:
    """Whether two different actions may still be one, said two ways: a progressive's
    ("were battling the blaze" / "were fighting the blaze"), unless the other is a toll's
    ("were killed" / "were taking shelter": the dead and the sheltering; "were arrested" /
    "were marching")."""
    tolls = TOLL_ACTIONS | {"arrest"}
    return (a.action.startswith(PROGRESSIVE) or b.action.startswith(PROGRESSIVE)) and not (
        a.action in tolls or b.action in tolls)


def _comparable(a: Quantity, b: Quantity, score: float = 0.0) -> bool:
    """Whether two values can be one thing told two ways, in sentences aligned at ``score``.

    Amounts of money that say nothing of what they pay for, and days of the week, are
    compared only in sentences that are close paraphrases (``STRONG_PAIR_SCORE``): in looser
    pairs they are too often two payments or two days of one story. Scores too, and only as
    the same kind of result ("a 45-35 lead" / "a 45-36 lead"). Two dates written alike, or of
    one day where one source leaves the year to be read from its date, say the same thing.
    """
    if a.kind is not b.kind or a.value == b.value or a.stamp or b.stamp:
        return False
    strong = score >= STRONG_PAIR_SCORE
    if a.kind in (Kind.NUMBER, Kind.MONEY, Kind.PERCENT):
        if a.kind is Kind.MONEY and a.value.split(" ")[0] != b.value.split(" ")[0]:
            return False
        if a.value.startswith("ordinal") or b.value.startswith("ordinal"):
            return False
        if " or " in a.value or " or " in b.value:
            return False  # "six or seven years": an estimate, no disagreement with "five"
        if a.kind is Kind.PERCENT and _share(a) and _share(b) and _share(a) != _share(b):
            return False  # "68 per cent of Greeks" / "a 4.5 percent margin of error"
        if _within_bound(a, b) or _within_bound(b, a) or _rounded(a, b) or _rounded(b, a):
            return False
        if _rate_of(a) != _rate_of(b):
            return False  # "averaged 5.2 yards a carry" / "918 yards receiving"
        if a.kind is Kind.NUMBER and score < TENFOLD_PAIR_SCORE and _apart_tenfold(a, b):
            return False  # "an estimated 1,500 pirates" / "23 pirates arrested"
        if a.action and b.action and a.action != b.action and not _alike_actions(a, b):
            return False  # "killed 170,000 people" / "left 230,000 people dead", "gained 507
            # yards" / "went 73 yards": two things counted (``_tally``), as for ``_sole_counts``
        if a.value in _VAGUE or b.value in _VAGUE:
            if not (a.noun and counted(a) == counted(b)):
                return False
            return _outside_vague(b, a) if a.value in _VAGUE else _outside_vague(a, b)
        if a.kind is Kind.MONEY and not a.noun and not b.noun:
            return strong
        if a.kind is Kind.MONEY and a.noun and b.noun and not strong and (
                counted_noun(a.noun) != counted_noun(b.noun)):
            return False  # "a market value of about $115 billion" / "a bid of nearly $14
            # billion": what each sum is, named, differs; in close paraphrases two nouns may
            # name one sum ("a $14 billion deal" / "a $12 billion acquisition")
        if is_score(a) or is_score(b):
            # a story gives several scores and records: two disagree only as the same kind
            # of result ("a 45-35 lead" / "a 45-36 lead") in close paraphrases
            return strong and is_score(a) and is_score(b) and a.noun != SCORE and (
                synonyms().get(a.noun, a.noun) == synonyms().get(b.noun, b.noun))
        return bool(a.noun) and counted(a) == counted(b) and not (
            a.reference and b.reference and a.reference != b.reference)  # "" is unknown
    if a.kind is Kind.DATE:
        head_a, head_b = a.value.split(" ")[0], b.value.split(" ")[0]
        if head_a != head_b or compatible(a.value, b.value) or a.text.lower() == b.text.lower():
            return False  # "April 9" and "April 9": the years read from two publication dates
        if head_a == "date" and a.value[-6:] == b.value[-6:] and a.value[-6:-5] == "-" and not (
                _year_written(a) and _year_written(b)):
            return False  # "Feb. 17" and "February 17, 2009": one day, a year only read
        if _BARE_DAY.fullmatch(a.text) and _BARE_DAY.fullmatch(b.text) and _same_weekday(
                a.value, b.value):
            return False  # "today" and "Tuesday", each read from its own report's date
        if head_a == "year" and (_AGO.search(a.text) or _AGO.search(b.text)) and abs(
                int(a.value[5:9]) - int(b.value[5:9])) <= 1:
            return False  # "two years ago" in January 2013 may be 2010 as well
        if head_a == "weekday" or is_relative(a.text) or is_relative(b.text):
            return strong and _next_to_one_event(a, b)  # a day of the week holds many events
        if head_a in ("year", "years", "decade"):
            return bool(a.noun) and a.noun == b.noun
        return _next_to_one_event(a, b)
    return a.kind is Kind.TIME and _times_differ(a, b, strong)


_AGO = patterns.compile(r"\bago$", re.IGNORECASE)


def _next_to_one_event(a: Quantity, b: Quantity) -> bool:
    """Whether two dates are written next to one event: a word of the five on either side
    (``Quantity.terms``) is the same, or of one synonym group, a hyphenated word also by its
    parts ("the Bush-era rule" / "the Bush administration", "Army-North" / "army"). A story
    holds many events (an arrest, a trial, a verdict, a sentence) and aligned sentences may
    name two: "went on trial Wednesday" / "was convicted Tuesday", "released in June 2010" /
    "a July 1997 racketeering conviction" are no dispute; "announced on Tuesday that it has
    signed" / "Monday announced it has signed" is, and so is "the merger was announced on
    March 3" / "the tie-up was unveiled on March 4" (one synonym group)."""
    return not _event_words(a.terms).isdisjoint(_event_words(b.terms))


@lru_cache(maxsize=1 << 12)
def _event_words(terms: frozenset[str]) -> frozenset[str]:
    """A date's words as ``_next_to_one_event`` compares them: each word's synonym group
    ("announce" and "unveil" meet), and a hyphenated word's parts stemmed ("Giants-Eagles"
    holds "giant" as "the Giants" does)."""
    groups = synonyms()
    words = set()
    for t in terms:
        for w in (t, *(stem(p) for p in t.split("-") if p)) if "-" in t else (t,):
            words.add(groups.get(w, w))
    return frozenset(words)


def _share(q: Quantity) -> str:
    """What a percentage is a share of: its reference ("of voter"), else the noun written
    after it ("15 percent inflation"), in its synonym group; "" when unsaid."""
    noun = q.reference[3:] if q.reference.startswith("of ") else q.noun
    return synonyms().get(noun, noun)


def _rate_of(q: Quantity) -> str:
    """What a figure is counted by, "" for a total: "per carry", "one in"; a conversion
    in brackets is its own ("2 million euros ($2.6 million)"), and so is a time ago ("eight
    days ago" is when, not how long) and a count added to another ("two more times")."""
    return q.reference if q.reference.startswith(
        ("per ", "one in", "conversion", "ago", "more")) else ""


_ROUND_ABOUT = frozenset(("about", "around", "approximately", "roughly", "some"))
_NEAR_TIME = _ROUND_ABOUT | {"shortly after", "shortly before", "just after", "just before"}
_NEAR_MINUTES = 15
"""How far "about 9 p.m." or "shortly before 9pm" reaches: 8.49pm and 9:10 p.m. are the
same time told twice, rounded to the quarter hour."""
_BEFORE_TIME = frozenset(("shortly before", "just before"))
_AFTER_TIME = frozenset(("shortly after", "just after"))


_ZONES = {
    "et": ("eastern", -5), "est": ("eastern", -5), "edt": ("eastern", -4),
    "ct": ("central", -6), "cst": ("central", -6), "cdt": ("central", -5),
    "mt": ("mountain", -7), "mst": ("mountain", -7), "mdt": ("mountain", -6),
    "pt": ("pacific", -8), "pst": ("pacific", -8), "pdt": ("pacific", -7),
    "akst": ("alaska", -9), "akdt": ("alaska", -8), "hst": ("hawaii", -10),
    "gmt": ("greenwich", 0), "utc": ("greenwich", 0), "bst": ("british", 1),
    "cet": ("central european", 1), "cest": ("central european", 2), "ist": ("india", 5.5),
}
"""Time zones written after a time: their family (ET, EST and EDT are one) and offset."""


_US_ZONES = frozenset(("eastern", "central", "mountain", "pacific", "alaska", "hawaii"))
"""Zones that change their clocks together: between two of them the gap is exact."""


def _times_differ(a: Quantity, b: Quantity, strong: bool) -> bool:
    """Whether two times can disagree.

    A game's clock only with a game's clock in close paraphrases ("with 7:42 left" / "with
    7:41 to go"; a story tells many). Two zones written make the gap between the zones no
    dispute, signed ("4:30 p.m. ET" / "1:30 p.m. PT"; "10 a.m. ET" / "1 p.m. PT" disagree),
    within an hour of summer time between continents ("7:15 p.m. IST" / "1:45 p.m. GMT");
    ET, EST and EDT are one zone ("3 p.m. ET" / "4 p.m. EDT" disagree). "Local time"
    against a zone, or GMT against a time with no zone, may be any whole hours apart (a wire
    report of Asia); a US zone against no zone one to three hours, as a local paper writes
    its own ("3:30 p.m." / "4:30 p.m. ET"), never twelve ("8 p.m. ET" / "8 a.m."). An
    approximate time agrees with one within a quarter hour of it ("about 7 p.m." / "7:01
    p.m.", "shortly before 9pm" / "8.49pm": ``_near_time``), and a time on a twelve-hour
    clock with no word for the half of the day with its reading in either half ("at 6:41" /
    "6:41pm")."""
    if "game" in (a.clock, b.clock):
        return strong and a.clock == b.clock
    ta, tb = TIME_OF_DAY.match(a.value), TIME_OF_DAY.match(b.value)
    if ta is None or tb is None:
        return True
    signed = ((int(ta[1]) - int(tb[1])) * 60 + int(ta[2]) - int(tb[2])) % (24 * 60)
    day = 12 * 60 if TWELVE_HOUR in (a.clock, b.clock) else 24 * 60  # "at 6:41" / "6:41pm"
    later = (-signed) % day  # minutes from a to b, on the clock they share
    later = later - day if later > day // 2 else later
    apart = abs(later)
    clock_a, clock_b = (c if c != TWELVE_HOUR else "" for c in (a.clock, b.clock))
    if not apart and (clock_a == clock_b or not clock_a or not clock_b):
        return False  # "0241 GMT" / "02:41 GMT": one reading of the clock, written twice
    if clock_a != clock_b and apart:
        za, zb = _ZONES.get(clock_a), _ZONES.get(clock_b)
        if za is not None and zb is not None:
            if za[0] != zb[0]:
                expected = round((za[1] - zb[1]) * 60) % (24 * 60)
                gap = abs(signed - expected)
                gap = min(gap, 24 * 60 - gap)
                slack = 0 if za[0] in _US_ZONES and zb[0] in _US_ZONES else 60
                if gap <= slack:
                    return False
        elif apart % 60 == 0:
            named = za or zb
            if clock_a and clock_b:
                return False  # "local time" against a zone
            if named is not None and named[0] not in _US_ZONES:
                return False  # "0200 GMT" against a time of Asia with no zone
            if named is not None and apart <= 3 * 60:
                return False
    return not (_near_time(a, later) or _near_time(b, -later))


def _near_time(q: Quantity, later: int) -> bool:
    """Whether a time ``later`` minutes after ``q`` (before, if negative) is what ``q``'s
    approximation allows: "about 9 p.m." a quarter hour either way, "shortly before 9pm"
    the quarter hour before (8.49pm, not 9:14pm), "shortly after" the one after."""
    if q.approx in _BEFORE_TIME:
        return -_NEAR_MINUTES <= later <= 0
    if q.approx in _AFTER_TIME:
        return 0 <= later <= _NEAR_MINUTES
    return q.approx in _NEAR_TIME and abs(later) <= _NEAR_MINUTES


_BARE_DAY = patterns.compile(
    r"(?i:today|tonight|last night|overnight|yesterday|tomorrow|this (?:morning|afternoon"
    r"|evening)|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: night)?)")
"""A day named only against the report's date, with no word that moves it a week ("last
Tuesday", "a week ago", "next Monday")."""


@dataclass(frozen=True, slots=True)
class _Day:
    """The day a time is told on: its weekday ("friday") and date ("2011-11-10", "?-01-15"
    with the year unknown), either "" when not written."""

    weekday: str
    date: str


_NEXT_TO_TIME = patterns.compile(r"[^,;.!?]{0,30}")
"""What may stand between a time and its day: a few words, no stop or comma ("2045 GMT on
Friday", "11:40 a.m. Eastern Daylight Time on Tuesday", "local time (0340 GMT) on Tuesday";
not "8:15 a.m. near the market, ... said on Monday", where the day is the telling's)."""


def _days_of_times(text: str, quantities: Sequence[Quantity]) -> dict[int, _Day]:
    """Each time's day, by the time's start: the day written next to it in its sentence
    (``_NEXT_TO_TIME``), a weekday or a date of one day, or both ("Saturday, Jan. 15");
    no entry when none is, or when two days are. Only the nearest date on each side of a
    time is read, so a sentence of many times and dates stays linear."""
    dates_at: dict[int, list[Quantity]] = defaultdict(list)
    for q in quantities:
        if q.kind is Kind.DATE:
            dates_at[q.sentence].append(q)  # in text order
    out: dict[int, _Day] = {}
    for q in quantities:
        if q.kind is not Kind.TIME or q.sentence not in dates_at:
            continue
        near = dates_at[q.sentence]
        k = bisect_left(near, q.end, key=lambda d: d.start)
        weekdays, days = set(), set()
        for d in near[max(0, k - 1):k + 1]:
            lo, hi = (q.end, d.start) if d.start >= q.end else (d.end, q.start)
            if hi < lo or _NEXT_TO_TIME.fullmatch(text, lo, hi) is None:
                continue
            head, _, rest = d.value.partition(" ")
            if head == "weekday" and rest in WEEKDAYS:
                weekdays.add(rest)
            elif head == "date" and rest.count("-") == 2 and not rest.endswith("?"):
                days.add(rest)  # a day of a month, its year maybe unknown
                if "?" not in rest:
                    try:
                        weekdays.add(WEEKDAYS[date.fromisoformat(rest).weekday()])
                    except ValueError:
                        continue
        if len(weekdays) <= 1 and len(days) <= 1 and (weekdays or days):
            out[q.start] = _Day(next(iter(weekdays), ""), next(iter(days), ""))
    return out


def _other_days(a: _Day | None, b: _Day | None) -> bool:
    """Whether two times' days (``_days_of_times``) are two days: two dates, or two
    weekdays. A time on one day and a time on another are two events' (the days, if they
    are one event's, disagree as dates)."""
    if a is None or b is None:
        return False
    if a.date and b.date:
        return not compatible(f"date {a.date}", f"date {b.date}")
    return bool(a.weekday and b.weekday) and a.weekday != b.weekday


def _same_weekday(a: str, b: str) -> bool:
    """Whether two days ("date 2007-03-20", "date 2007-04-03") fall on one weekday. Two
    reports that name a day only by ``_BARE_DAY`` ("today", "Tuesday") and agree on the
    weekday agree: a week between the days it was read as comes from when each was
    written, since one report's bare weekday is within a week of its date."""
    try:
        day_a, day_b = date.fromisoformat(a[5:]), date.fromisoformat(b[5:])
    except ValueError:
        return False
    return a.startswith("date ") and b.startswith("date ") and day_a.weekday() == day_b.weekday()


def _year_written(q: Quantity) -> bool:
    """Whether a date's year is written ("2/17/09", "February 17, 2009": a "year" key),
    not read from the report's date."""
    return any(k.startswith("year ") for k in q.keys)


_AT_LEAST = frozenset(("more than", "over", "at least"))
_AT_MOST = frozenset(("less than", "fewer than", "under", "up to", "at most", "as many as",
                      "as much as", "within"))
_CLOSE_BELOW = frozenset(("nearly", "almost"))
"""Close to the value from below: "nearly 300" allows 250, not 25."""
_BOUNDS = _AT_LEAST | _AT_MOST | _CLOSE_BELOW


def _number(q: Quantity) -> Fraction | None:
    """A count, amount or percentage's value as a number ("USD 13200000000", "12.5%"), or
    None when it is no one number ("dozens", "20-13")."""
    try:
        return Fraction(q.value.split(" ")[-1].rstrip("%"))
    except ValueError:
        return None


def _apart_tenfold(a: Quantity, b: Quantity) -> bool:
    """Whether two counts are more than ten times apart: two reports that dispute one
    figure mostly differ by less ("20,000" / "24,000 refugees"); counts further apart, in
    sentences aligned loosely (``TENFOLD_PAIR_SCORE``) or not at all (``_sole_counts``),
    count two things of one name, a whole and a part ("an estimated 1,500 pirates" in the
    region / "23 pirates arrested", the tsunami's "230,000 people" / the quake's "three
    people"). Sentences aligned closer still dispute any figure ("Officials said 4 people
    were killed in the earthquake" / "The earthquake killed 41 people")."""
    x, y = _number(a), _number(b)
    return x is not None and y is not None and x > 0 and y > 0 and max(x, y) > 10 * min(x, y)


def _within_bound(bound: Quantity, other: Quantity) -> bool:
    """ "more than two decades" and "35 years", "nearly 300" and "250": the value of one is
    within what the other allows, which is no disagreement."""
    if bound.approx not in _BOUNDS:
        return False
    limit, value = _number(bound), _number(other)
    if limit is None or value is None:
        return False
    if bound.approx in _CLOSE_BELOW:
        return limit * Fraction(4, 5) <= value <= limit
    return value >= limit if bound.approx in _AT_LEAST else value <= limit


_VAGUE = {
    "dozens": (24, 200), "scores": (40, 200), "hundreds": (200, 10_000),
    "thousands": (2_000, 100_000), "tens of thousands": (20_000, 1_000_000),
    "hundreds of thousands": (200_000, 10_000_000), "millions": (2_000_000, 10**9),
}
"""What a vague count (``quantities``' words) allows, loosely ("thousands" of people may be
21,000): from two of its unit up to, not including, the next unit but one."""


def _outside_vague(other: Quantity, vague: Quantity) -> bool:
    """Whether a count lies outside what a vague one allows ("eight people" / "dozens of
    people" disagree; "86 arrests" / "dozens of arrests", "more than 50 firefighters" /
    "dozens of firefighters" do not). Two vague counts never disagree: neither says
    enough."""
    if other.value in _VAGUE:
        return False
    low, high = _VAGUE[vague.value]
    value = _number(other)
    if value is None:
        return False
    if other.approx in _AT_LEAST:
        return value >= high
    if other.approx in _AT_MOST or other.approx in _CLOSE_BELOW:
        return value < low
    return not low <= value < high


_IDENTIFIER = patterns.compile(r"\d{4,}")
"""Four digits or more with no separator: a count would be written "12,000"; "the 12000
block" is an address, no rounded count."""


def _rounded(coarse: Quantity, fine: Quantity) -> bool:
    """Whether ``coarse`` is ``fine`` rounded at its own last written place, within 5 per
    cent: "170,000 people" / "some 168,000 people", "6 miles" / "6.2 miles", "$1.5 billion" /
    "$1.52 billion", "$2 million" / "$1,950,000", "one million" / "1.04 million", "about 600m"
    / "609 metres" are one figure told at two precisions, no disagreement. The place is read
    from the digits as written, with their scale word: a decimal's last digit, a whole
    number's units, or its zeros when there are three or more or "about" comes before ("some
    1,500" / "1,480"); the finer figure must be written finer than that. So "40 people" / "42
    people", "$40 million" / "$42 million", "100 passengers" / "96 passengers" and "about
    20,000" / "22,000" (10 per cent) still disagree, and a bound ("at least 100") is left to
    ``_within_bound``."""
    if coarse.approx in _BOUNDS or fine.approx in _BOUNDS:
        return False
    if _IDENTIFIER.fullmatch(coarse.text) or _IDENTIFIER.fullmatch(fine.text):
        return False
    c, f = _number(coarse), _number(fine)
    if c is None or f is None or c <= 0 or f <= 0 or c == f or abs(c - f) * 20 > max(c, f):
        return False
    place = _written_place(coarse, c, zeros_from=1 if coarse.approx in _ROUND_ABOUT else 3)
    if place is None or not (_written_place(fine, f, zeros_from=1) or place) < place:
        return False
    return int(f / place + Fraction(1, 2)) * place == c


def _written_place(q: Quantity, value: Fraction, zeros_from: int) -> Fraction | None:
    """The place of a figure's last written digit, its scale word applied: "$1.5 billion"
    0.1 billion, "170,000" 10,000 (trailing zeros count from ``zeros_from`` of them on),
    "42" 1; a number in words its leading power of ten ("one million": a million)."""
    written = _WRITTEN.search(q.text)
    if written is None:
        if value.denominator != 1:
            return None
        return Fraction(10) ** (len(str(value.numerator)) - 1)
    digits = written.group().replace(",", "")
    if not digits.replace(".", "").strip("0"):
        return None
    scale = value / Fraction(digits)
    if "." in digits:
        return scale / 10 ** len(digits.split(".")[1])
    zeros = len(digits) - len(digits.rstrip("0"))
    return scale * 10 ** (zeros if zeros >= zeros_from else 0)


_WRITTEN = patterns.compile(r"\d[\d,]*(?:\.\d+)?")
"""The digits of a written number: "170,000", "13.2" of "$13.2 billion"."""


def _needs_pairing(q: Quantity) -> bool:
    """A mention shared only in sentences the aligner pairs: a count that names nothing,
    a bare weekday or a round hour (two "Tuesday"s are one fact only about one event; a
    time of day to the minute, "3:33 a.m.", is as precise as a sum: ``match._link_sums``;
    not a game's clock nor a bare "3:16" of either half of the day), or
    a period of play ("buried a 3-pointer in the second half" / "tied the game in the
    second half": a game has many things in each of its halves)."""
    return (
        q.kind is Kind.TIME and not (to_the_minute(q.value) and day_clock(q.clock))
        or q.value.startswith("weekday")
        or (q.kind is Kind.NUMBER and counted(q) == "")
        or (q.value.startswith("ordinal") and counted(q) in _PERIODS_OF_PLAY)
    )


_PERIODS_OF_PLAY = frozenset("half quarter period inn round set lap frame overtime".split())
"""What an ordinal's noun names when it is a part of a game or a bout (stems, as
``match.counted`` gives them: "inn" of "inning")."""


def _tentative(drafts: dict[str, _Draft], quantities: Sequence[Sequence[Quantity]]) -> set[str]:
    """Keys of the values shared across sources by a mention that needs its sentence
    paired (``_needs_pairing``)."""
    by_start = {(d, q.start): q for d, qs in enumerate(quantities) for q in qs}
    return {
        key for key, draft in drafts.items()
        if key.startswith("§q") and len(draft.docs) > 1 and any(
            _needs_pairing(by_start[(m.doc, m.start)]) for m in draft.mentions
            if (m.doc, m.start) in by_start
        )
    }


def _split_unpaired(
    docs: Sequence[Document],
    drafts: dict[str, _Draft],
    quantities: Sequence[Sequence[Quantity]],
    selected: dict[tuple[int, int], list[align.Candidate]],
    terms: Sequence[Sequence[frozenset[str]]],
    tentative: set[str],
) -> None:
    """Take out of a shared value the mentions that need their sentence paired
    (``_needs_pairing``) and have no mention of another source in a sentence the aligner
    pairs with theirs, on evidence other than such values themselves: "Police came on
    Friday" does not share the Friday of "The attack happened on Friday night"."""
    by_start = {(d, q.start): q for d, qs in enumerate(quantities) for q in qs}
    chosen = {(i, c.left, j, c.right) for (i, j), found in selected.items() for c in found}
    chosen |= {(j, b, i, a) for i, a, j, b in chosen}
    partners: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for d, s, other, other_sentence in sorted(chosen):  # each sentence's few chosen partners
        partners[(d, s)].append((other, other_sentence))

    @cache
    def paired(d: int, sentence: int, other: int, other_sentence: int) -> bool:
        """Whether the aligner pairs the two sentences on other evidence: asked only of the
        sentences of values that need it, not of every pair chosen."""
        return (d, sentence, other, other_sentence) in chosen and bool(
            {t for t in terms[d][sentence] & terms[other][other_sentence]
             if not align.written_number(t)} - tentative
        )  # a number written alike ("#1279") is such a value too, not other evidence

    extra = 0
    for key in sorted(k for k in drafts if k.startswith("§q")):
        draft = drafts[key]
        if len(draft.docs) < 2 or draft.conflict:
            continue
        alone: list[Mention] = []
        places = {(m.doc, m.sentence) for m in draft.mentions}
        anchored = {  # documents where a mention names what the value counts
            m.doc for m in draft.mentions
            if (m.doc, m.start) in by_start and not _needs_pairing(by_start[(m.doc, m.start)])
        }
        for m in draft.mentions:
            q = by_start.get((m.doc, m.start))
            if q is None or not _needs_pairing(q):
                continue
            if m.doc in anchored and _distinctive(q):
                continue  # "14 former Tory MPs ... the 14 are": one count in one source
            if not any(paired(m.doc, m.sentence, o, os)  # the partners, not every mention:
                       for o, os in partners.get((m.doc, m.sentence), ())  # a weekday a
                       if o != m.doc and (o, os) in places):  # long report gives 3,000 times
                alone.append(m)
        if not alone:
            continue
        gone = set(alone)
        draft.mentions = [m for m in draft.mentions if m not in gone]
        for d in sorted({m.doc for m in alone}):
            mine = [m for m in alone if m.doc == d]
            first = by_start[(d, mine[0].start)]
            drafts[f"§q~{extra}"] = _Draft(first.kind, _quantity_label(docs[d], first), mine,
                                           quantity=first)
            extra += 1
        if not draft.mentions:
            del drafts[key]
            continue
        head = draft.mentions[0]
        if (head.doc, head.start) in by_start:
            draft.quantity = by_start[(head.doc, head.start)]
            draft.label = _quantity_label(docs[head.doc], draft.quantity)


ALIGNED_COUNT = 0.3
"""How well the aligner must pair two sentences for two counts of one value in them, each
one source's alone, to be one fact whatever nouns they count (``_join_aligned_counts``)."""
_PLAIN_COUNT = patterns.compile(r"\d+(?:\.\d+)?")


def _join_aligned_counts(docs: Sequence[Document], drafts: dict[str, _Draft],
                         selected: dict[tuple[int, int], list[align.Candidate]]) -> None:
    """Join two counts of one value that only one source each gives, in two sentences the
    aligner pairs at ``ALIGNED_COUNT`` or more (two leads tell the same facts more often
    than two sentences as alike further down: "Four men rammed their car into an upmarket
    jewellery store" / "Four men smash their car into a jewellery store"), two reports
    telling one thing in other words ("nabbed 26 Somali pirates" / "a total of 26 Somali
    crew onboard", "51 knockouts" / "51 KO", "two guards" / "two TDCJ officers"), which
    ``match`` keeps apart by their nouns. Only a count with one such partner, and the
    partner with one: three "2"s in two aligned sentences say nothing of which is which;
    and not two counts ``_told_apart``."""
    partners_of: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for (i, j), found in selected.items():
        for c in found:
            if c.score >= ALIGNED_COUNT:
                partners_of[(i, c.left)].append((j, c.right))
                partners_of[(j, c.right)].append((i, c.left))
    if not partners_of:
        return
    at: dict[tuple[str, int, int], list[str]] = defaultdict(list)  # value, doc, sentence
    nouns_at: dict[tuple[int, int], set[tuple[str, str]]] = defaultdict(set)  # what a
    # sentence counts, and how many
    for key, draft in drafts.items():
        if not key.startswith("§q") or draft.quantity is None:
            continue
        for m in draft.mentions:
            if (m.doc, m.sentence) in partners_of:
                nouns_at[(m.doc, m.sentence)].add((draft.quantity.noun, draft.quantity.value))
        if draft.kind is Kind.NUMBER and not draft.conflict and len(draft.docs) == 1 and (
                _PLAIN_COUNT.fullmatch(draft.quantity.value)):
            for m in draft.mentions:
                if (m.doc, m.sentence) in partners_of and key not in (
                        found := at[(draft.quantity.value, m.doc, m.sentence)]):
                    found.append(key)  # one fact once: "26 Somali pirates ... the 26"
    links: set[tuple[str, str]] = set()  # each count against the counts of its value in the
    for (value, d, sentence), keys in at.items():  # sentences paired with its own: linear
        if len(keys) > 1:
            continue  # two counts of the value in one sentence: "No. 16 seed ... 16 points"
        for other in partners_of[(d, sentence)]:
            found = at.get((value, *other), ())
            if len(found) == 1 and keys[0] != found[0]:
                links.add((min(keys[0], found[0]), max(keys[0], found[0])))
    links = {(a, b) for a, b in links if drafts[a].docs != drafts[b].docs
             and not _told_apart(docs, drafts[a], drafts[b], nouns_at)}
    partners = Counter(k for link in links for k in link)
    for a, b in sorted(links):
        if partners[a] == 1 and partners[b] == 1:
            drafts[a].mentions.extend(drafts.pop(b).mentions)


def _told_apart(docs: Sequence[Document], a: _Draft, b: _Draft,
                nouns_at: Mapping[tuple[int, int], set[tuple[str, str]]]) -> bool:
    """Whether two counts of one value are two things whatever the sentences share: an age
    or a time stamp's number (whose value says nothing of what); two units, or a unit and a
    noun ("200 feet" / "200 metres", "16 points" / "16 turnovers"; a unit's abbreviation too,
    "86-yard" / "86-yd", unread); a toll's action and another or none read ("killed 3
    people" / "destroyed 3 mosques", "killed 5" / "injured 5", "killed 4 policemen" / "4
    gunmen died"; not two other actions, "four robbers make off" / "Four men rammed");
    a noun the other's sentence counts with another value, where the two name different
    things ("2 goals and 1 assist" / "1 goal and 2 assists"; not "intercepted three boats" / "a
    five-boat attack ... on three of the skiffs"); or a participle after one that is the
    other's noun ("Two men were shot" / "two shots", "12 people charged" / "12 charges")."""
    qa, qb = a.quantity, b.quantity
    if qa is None or qb is None or "age" in (qa.noun, qb.noun) or not (qa.keys and qb.keys):
        return True
    na, nb = counted_noun(qa.noun), counted_noun(qb.noun)
    if na and nb and na != nb and (qa.noun in _MEASURES or qb.noun in _MEASURES):
        return True  # "200 feet" / "200 metres", "5 minutes" / "5 months"
    if qa.action != qb.action and (
            qa.action in TOLL_ACTIONS or qb.action in TOLL_ACTIONS) and not (
            qa.action and qb.action and _alike_actions(qa, qb)):
        return True  # "killed 3 people" / "destroyed 3 mosques"; "killed 4 policemen" / "4
        # gunmen died", whose dying is not read (nor is it in "3 troops died": kept apart)
    ma, mb = a.mentions[0], b.mentions[0]
    if na and nb and na != nb and any(
            noun == q.noun and value != q.value for q, m in ((qa, mb), (qb, ma))
            for noun, value in nouns_at.get((m.doc, m.sentence), ())):
        return True
    return any(stem(w.group(1) or w.group(2)) == other.noun
               for q, m, other in ((qa, ma, qb), (qb, mb, qa)) if other.noun
               for w in _DONE_AFTER.finditer(docs[m.doc].text, q.end, q.end + 40))


_MEASURES = UNITS - {stem("times")}
"""Units no other noun counts; "times" is how often, which "106 carries" or "11 shots"
count too ("rushed 106 times")."""
_DONE_AFTER = patterns.compile(r"\b(?:(?:was|were|been|being|is|are)[ \t]+([a-z]+)|([a-z]+ed))\b")
"""A participle after a count: a word in "-ed", or any word after a form of "be" ("were
shot")."""


MAX_VALUE_PAIRS = 400
"""Past this many pairs of values in two aligned sentences (20 by 20), they are a table or a
list, not a figure told two ways, and no disagreement is looked for in them: every value
would be compared with every other."""


def _mark_conflicts(
    docs: Sequence[Document],
    drafts: dict[str, _Draft],
    selected: dict[tuple[int, int], list[align.Candidate]],
    facts_by_sentence: list[list[set[str]]],
    terms: Sequence[Sequence[frozenset[str]]],
    quantities: Sequence[Sequence[Quantity]],
    names: _Names,
) -> None:
    """Merge two one-source facts into a disagreement when aligned sentences give the same
    kind of quantity, counting the same thing, with different values. The sentences must
    share a word, not only facts: two datelines ("26 September 2013, 10:00") say nothing
    of one event. A thing a report counts under one action with many values ("269 yards",
    "404 yards", "66 yards": a season's plays and players) is a statistic of many, not one
    fact two sources could dispute."""
    tallies = [_many_values(qs) for qs in quantities]
    days = [_days_of_times(doc.text, qs) for doc, qs in zip(docs, quantities, strict=True)]
    values_in_doc: list[set[str]] = [set() for _ in docs]
    for draft in drafts.values():
        if draft.kind is not Kind.ENTITY and draft.kind is not Kind.QUOTE:
            for m in draft.mentions:
                values_in_doc[m.doc].add(m.value)
    quantity = {
        key: draft for key, draft in drafts.items()
        if key.startswith("§q") and len(draft.docs) == 1
    }
    scopes: dict[str, _Scope | None] = {}

    def scope(key: str) -> _Scope | None:  # read only of the values compared (few)
        if key not in scopes:
            draft = quantity[key]
            scopes[key] = _scope(docs, names, draft.quantity, draft.docs[0]) if (
                draft.quantity is not None and draft.quantity.kind in (Kind.NUMBER, Kind.PERCENT)
            ) else None
        return scopes[key]

    options: list[tuple[float, float, str, str]] = []
    for (i, j), chosen in selected.items():
        for c in chosen:
            alike = c.likeness  # not raised for two leads: a likely pair, not a closer one
            if alike < CONFLICT_PAIR_SCORE or not any(
                not t.startswith("§") for t in terms[i][c.left] & terms[j][c.right]
            ):
                continue
            left = [k for k in facts_by_sentence[i][c.left] if k in quantity]
            right = [k for k in facts_by_sentence[j][c.right] if k in quantity]
            if not left or not right or len(left) * len(right) > MAX_VALUE_PAIRS:
                continue
            # a date or time the other sentence gives too is no side of a dispute: "with
            # 14:05 left, then ... with 7:41 left" against "coming at 7:41" (a number given
            # by both is ``_both_given``, in the whole document)
            values_of = [[q for k in keys if (q := quantity[k].quantity) is not None]
                         for keys in (left, right)]
            given = ({q.value for q in values_of[0]}, {q.value for q in values_of[1]})
            for values, d, sentence in ((given[0], i, c.left), (given[1], j, c.right)):
                values.update(m.value for k in facts_by_sentence[d][sentence]
                              if k.startswith("§q") and k not in quantity
                              for m in drafts[k].mentions
                              if m.doc == d and m.sentence == sentence)  # shared values too
            kinds = (Counter(q.kind for q in values_of[0]), Counter(q.kind for q in values_of[1]))
            for a in left:
                for b in right:
                    qa, qb = quantity[a].quantity, quantity[b].quantity
                    if qa is None or qb is None or not _comparable(qa, qb, alike):
                        continue
                    if qa.kind in (Kind.DATE, Kind.TIME) and (
                            _given(qb, given[0]) or _given(qa, given[1])):
                        continue
                    if qa.kind is Kind.TIME and _other_days(days[i].get(qa.start),
                                                            days[j].get(qb.start)):
                        continue  # "2045 GMT on Friday" / "06:00 BST on Sunday": two events
                    if qa.noun == "age" and not _one_person(docs, names, qa, i, qb, j):
                        continue  # "Subryan, 27" and "Johnson, 66": two people of one story
                    if qa.kind is Kind.NUMBER and _other_owners(docs, names, drafts, qa, i, qb, j):
                        continue  # "Hansbrough ... grabbed nine rebounds" / "McDermott ...
                        # grabbing seven rebounds": two players' counts
                    if _other_places(scope(a), scope(b)) or _places_listed_apart(
                            names, scope(a), (j, c.right), scope(b), (i, c.left)):
                        continue  # "170,000 people in Sumatra" / "230,000 people across Asia";
                        # "55 percent ... in Saudi Arabia, 52 percent in Egypt" / "in Egypt
                        # were down by 80 percent, in India by 65 percent"
                    if qa.kind is Kind.NUMBER and (
                            _tally(qa) in tallies[i] or _tally(qa) in tallies[j]
                            or _tally(qb) in tallies[i] or _tally(qb) in tallies[j]):
                        continue
                    told_twice = qa.kind in (Kind.NUMBER, Kind.MONEY, Kind.PERCENT) or (
                        qa.value.startswith("weekday")
                    )
                    if told_twice and _both_given(qa, qb, i, j, values_in_doc):
                        continue
                    # of one value of its kind against several, the closest disagree first
                    options.append((alike, _apart(qa, qb) if 1 in (
                        kinds[0][qa.kind], kinds[1][qb.kind]) else 0.0, a, b))
    options.sort(key=lambda o: (-o[0], o[1], o[2], o[3]))

    def owned_apart(a: str, b: str) -> bool:  # two sole counts said of two people
        qa, qb = quantity[a].quantity, quantity[b].quantity
        return qa is not None and qb is not None and _other_owners(
            docs, names, drafts, qa, quantity[a].docs[0], qb, quantity[b].docs[0])

    options.extend((score, 0.0, a, b) for score, a, b in _sole_counts(quantity, values_in_doc)
                   if not _other_places(scope(a), scope(b))
                   and not owned_apart(a, b))
    used: set[str] = set()
    for _score, _, a, b in options:
        if a in used or b in used:
            continue
        used.update((a, b))
        first, second = drafts[a], drafts[b]
        mentions = sorted(first.mentions + second.mentions, key=lambda m: (m.doc, m.start))
        values = tuple(sorted({(m.doc, m.text) for m in mentions}))
        drafts[a] = _Draft(first.kind, f"{first.label} / {second.label}", mentions, True, values)
        del drafts[b]


def _apart(a: Quantity | None, b: Quantity | None) -> float:
    """How far apart two values are, relatively (0 alike, 1 far): where one of two aligned
    sentences gives one value and the other several, the closest disagree first ("with 7:42
    left" is the "7:41 to go" of the sentence that also gives "14:05 left", not its 14:05).
    Two lists are left in their order ("40 homes in Boulder and 120 in Lyons" / "100 homes
    in Boulder and 45 in Lyons": the nearest values are not the same places'). Values that
    are no plain numbers or times are all as far; exact fractions, so no size overflows."""
    x, y = _magnitude(a), _magnitude(b)
    if x is None or y is None:
        return 1.0
    return float(abs(x - y) / max(abs(x), abs(y), Fraction(1, 10 ** 9)))


def _magnitude(q: Quantity | None) -> Fraction | None:
    """A count's, an amount's or a share's value (``_number``), or a time's in minutes."""
    if q is None or q.kind not in (Kind.NUMBER, Kind.MONEY, Kind.PERCENT, Kind.TIME):
        return None
    if q.kind is not Kind.TIME:
        return _number(q)
    hm = TIME_OF_DAY.match(q.value)
    return Fraction(int(hm[1]) * 60 + int(hm[2])) if hm else None


_PLACE_NAME = r"(?:the[ \t]+)?(?P<place>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*)"
"""A place as a count's scope names it: capitalised words, perhaps after "the"."""
_PLACE_AFTER = patterns.compile(
    r"(?:[ \t]+[a-z][\w'’-]*){0,4}?[ \t]+(?P<on>in|across|throughout|around|on)[ \t]+"
    + _PLACE_NAME)
"""A count's noun phrase, a few lower-case words at most, then a place it is counted in:
"killed 170,000 people in the province on Sumatra", "about 230,000 people across Asia",
"168,000 people dead or missing in Indonesia's Aceh province"."""
_WIDE = frozenset(("across", "throughout", "around"))
"""Prepositions that count over a whole region ("across Asia", "around the Indian Ocean")."""


@dataclass(frozen=True, slots=True)
class _Scope:
    """Where a count was counted, as written right after it (``_PLACE_AFTER``)."""

    wide: bool
    """Over a whole region: "across Asia", not "in Sumatra"."""
    places: frozenset[str]
    """The entities that name the place."""


def _scope(docs: Sequence[Document], names: _Names, q: Quantity, d: int) -> _Scope | None:
    """Where a count was counted, or None when no named place stands right after it or, in
    a list, right before it ("in Egypt were down by 80 percent, in India by 65 percent")."""
    s_start, s_end = docs[d].sentences[q.sentence]
    here = names.get((d, q.sentence))
    if here is None:
        return None
    found = _PLACE_AFTER.match(docs[d].text, q.end, s_end) or _PLACE_BEFORE_VALUE.search(
        docs[d].text, max(s_start, q.start - _PLACE_REACH), q.start)
    if found is None:
        return None
    lo, hi = found.span("place")
    places = frozenset(key for _, _, key in here.by_start[
        bisect_left(here.by_start, (lo, -1, "")):bisect_left(here.by_start, (hi, -1, ""))])
    return _Scope(found.group("on") in _WIDE, places) if places else None


_PLACE_BEFORE_VALUE = patterns.compile(
    r"\b(?P<on>in|across|throughout|around)[ \t]+" + _PLACE_NAME
    + r"(?:[ \t]+[a-z][\w'’-]*){0,4}[ \t]+$")
"""A place, then a few lower-case words, then the count: "in Egypt were down by 80 percent",
"in India by 65 percent"."""
_PLACE_REACH = 80
"""How far before a count its place is looked for (``_PLACE_BEFORE_VALUE``)."""


def _places_listed_apart(names: _Names, a: _Scope | None, b_sentence: tuple[int, int],
                         b: _Scope | None, a_sentence: tuple[int, int]) -> bool:
    """Two counts in two places, where a sentence names the other count's place too (a
    list of places, each with its count): "55 percent of voice traffic in Saudi Arabia, 52
    percent in Egypt" / "services in Egypt were down by 80 percent, in India by 65 percent"
    are Saudi Arabia's and Egypt's, no dispute. Two places named two ways ("in Burma" / "in
    Myanmar") stay comparable: neither sentence names the other's."""
    if a is None or b is None or not a.places.isdisjoint(b.places):
        return False
    there, here = names.get(b_sentence), names.get(a_sentence)
    return (there is not None and not a.places.isdisjoint(k for _, _, k in there.by_start)) or (
        here is not None and not b.places.isdisjoint(k for _, _, k in here.by_start))


def _other_places(a: _Scope | None, b: _Scope | None) -> bool:
    """A count over a whole region and one in a place it does not name are two facts, not one
    disputed: "230,000 people across Asia" / "170,000 people in Sumatra". Two counts "in"
    places stay comparable, as one place is often named two ways ("in New York" / "in New
    York City", "in Burma" / "in Myanmar") or by a name that is no place ("in the Taliban
    attack"); so does a count whose place is not named."""
    return a is not None and b is not None and (a.wide or b.wide) and (
        a.places.isdisjoint(b.places))


_NAME_THEN_AGE = patterns.compile(r",[ \t]*")
_AGE_THEN_NAME = patterns.compile(r"[ \t-]*years?[ \t-]*old[ \t]+", re.IGNORECASE)
"""What stands between a name and its age: "Subryan, 27", "27-year-old Christopher Simpson"."""


def _given(q: Quantity, values: set[str]) -> bool:
    """Whether the other sentence gives the date or time too, as written or less precisely
    told ("in July" read as July 2011 from one report's date, and as a July of no year in a
    report without one; "a July 1997 racketeering conviction" as "in 1997, he was finally
    convicted")."""
    return q.value in values or q.kind is Kind.DATE and (
        q.value.startswith("date ") and f"year {q.value[5:9]}" in values
        or any(compatible(q.value, v) for v in values))


_AGE_GAP = 24
"""The most characters between an age and a name next to it (``_NAME_THEN_AGE``,
``_AGE_THEN_NAME``: "Subryan, 27", "27 - year - old Simpson")."""


@dataclass(frozen=True, slots=True)
class _SentenceNames:
    """One sentence's entity mentions, by where they end and where they start, so the names
    next to an age are found by bisection, not by reading every name of the sentence."""

    by_end: list[tuple[int, int, str]]
    """(end, start, entity key), sorted."""
    by_start: list[tuple[int, int, str]]
    """(start, end, entity key), sorted."""


_Names = dict[tuple[int, int], _SentenceNames]
"""Each (document, sentence)'s entity mentions."""


def _names_by_sentence(drafts: dict[str, _Draft]) -> _Names:
    found: dict[tuple[int, int], list[tuple[int, int, str]]] = defaultdict(list)
    for key, draft in drafts.items():
        if key.startswith("§e"):
            for m in draft.mentions:
                found[(m.doc, m.sentence)].append((m.start, m.end, key))
    return {place: _SentenceNames(sorted((e, s, k) for s, e, k in spans), sorted(spans))
            for place, spans in found.items()}


def _names_next_to(docs: Sequence[Document], names: _Names, q: Quantity,
                   d: int) -> list[tuple[int, int, str]]:
    """The entity mentions (start, end, key) named next to an age: "Subryan, 27",
    "27-year-old Christopher Simpson"."""
    here = names.get((d, q.sentence))
    if here is None:
        return []
    text = docs[d].text
    before = here.by_end[bisect_left(here.by_end, (q.start - _AGE_GAP, -1, "")):
                         bisect_right(here.by_end, (q.start, len(text), "\uffff"))]
    after = here.by_start[bisect_left(here.by_start, (q.end, -1, "")):
                          bisect_right(here.by_start, (q.end + _AGE_GAP, len(text), "\uffff"))]
    return [(start, end, key) for end, start, key in before
            if _NAME_THEN_AGE.fullmatch(text, end, q.start)] + [
        (start, end, key) for start, end, key in after
        if _AGE_THEN_NAME.fullmatch(text, q.end, start)]


def _one_person(docs: Sequence[Document], names: _Names,
                qa: Quantity, i: int, qb: Quantity, j: int) -> bool:
    """Whether two ages belong to one entity: the one named next to each of them (an age is
    a person's; a place both sentences name, "of Queens", says nothing of whose it is)."""
    return not {k for _, _, k in _names_next_to(docs, names, qa, i)}.isdisjoint(
        k for _, _, k in _names_next_to(docs, names, qb, j))


def _owner(docs: Sequence[Document], names: _Names, drafts: dict[str, _Draft], q: Quantity,
           d: int, *, named_by_both: bool = True) -> str | None:
    """The person a count is said of: the last entity named before it in its sentence, with
    no word of reporting between ("Hansbrough, who also grabbed nine rebounds"; not "the
    ministry said 40 people", "according to Reuters, 40"), and a person's by how the reports
    name it: in full and by the last word alone ("Tyler Hansbrough", "Hansbrough"). A source
    reporting a count is no owner (two sources' counts are the disagreement the report is
    for); nor is a place before a count, its scope ("Healdsburg ... a depth of 1.2 miles").
    With ``named_by_both`` false, a person named by one report only, in full with a given
    name, owns a span of their time or a count right after their verb, with no object
    between ("Thomas missed nine games"; not "landed the jet with 155 passengers")."""
    here = names.get((d, q.sentence))
    if here is None:
        return None
    k = bisect_right(here.by_end, (q.start, -1, "")) - 1
    if k < 0:
        return None
    end, _, key = here.by_end[k]
    text = docs[d].text
    who = _WHO_CLAUSE.fullmatch(text, end, q.start) is not None
    if end > q.start or q.start - end > _OWNER_GAP or _REPORTED.search(text, end, q.start) or (
            _REPORTED_AFTER.match(text, q.end) and not who) or counted(q).lstrip("~") in _TOLLS or (
            "," in text[end:q.start] and not who):
        return None  # a comma ends the name's clause unless a "who" one about it follows,
        # whose person is the one who then says ("Andy Ryan, who has worked at the plant for
        # nearly 30 years, said")
    draft = drafts.get(key)
    label = draft.label.split() if draft is not None else []
    if not named_by_both and len(label) == 1 and draft.candidates:
        label = draft.candidates[0].split()  # a surname two people of the story share
        # ("Hansbrough" of Tyler and Gene Hansbrough): one of them, whose count it is
    if len(label) < 2 or named_by_both and len(draft.docs) < 2 or not any(
            fold(m.text) == fold(label[-1]) for m in draft.mentions) and (
            named_by_both or not is_given_name(fold(label[0]))):
        return None  # named in one report only: a source or a victim as often as a player,
        # unless asked (``named_by_both``) of a person named in full
    if not named_by_both and counted(q) not in _OWN_SPANS and _OBJECT_BETWEEN.search(
            text, end, q.start):
        return None  # "Pilot Chesley Sullenberger landed the jet with 155 passengers": the
        # jet's passengers, not his; his years, or a count right after his verb, are his
    return key


_OWN_SPANS = frozenset(counted_noun(stem(w)) for w in "years months weeks seasons".split())
"""What a person has of their own, whatever stands between the name and the count: "Dorsey's
been at the plant for 37 years"."""
_OBJECT_BETWEEN = patterns.compile(r"\b(?:the|a|an|his|her|their|its)\b", re.IGNORECASE)
"""An object between a person and a count: the count is the object's ("landed the jet with
155 passengers")."""
_OWNER_GAP = 60
"""The most characters between a count and the person it is said of."""
_REPORTED = patterns.compile(r"\b(?:said|says|say|told|tells|according|reported|reports|put|puts"
                             r"|estimated|estimates|counted|confirmed|announced|gave|cited|quoted"
                             r"|stated|tweeted|wrote|claimed|added|insisted|raised|updated|that|to"
                             r"|of|count)\b|['’]s\b(?![ \t]+been\b)|[;:(]|(?-i:[ \t][A-Z])",
                             re.IGNORECASE)
"""Between a name and a count, what makes the name no owner of it: a word of reporting
("stated that 12 people died"), another name ("Hansbrough, who replaced Ty Lawson,
scored"), a clause ("that", "to", "of": "the fire that killed John Smith and 11 others")."""
_WHO_CLAUSE = patterns.compile(r",[ \t]+who\b[^,]*")
"""The count in a clause about the name: "Hansbrough, who also grabbed nine rebounds"; not
"Hansbrough, who replaced Ty Lawson, scored 22" (Lawson's clause ends at its comma)."""
_TOLLS = frozenset(
    "person dead death kill victim injure wound survivor casualty body arrest suspect "
    "hostage".split())
"""What a toll counts: a disaster's or a crime's, never one person's."""
_REPORTED_AFTER = patterns.compile(r"[^.;:]{0,60}\b(?:said|says|according to|reported)\b",
                                   re.IGNORECASE)
"""A count whose sentence goes on to say who reported it: the name before it may be the
people counted or a place ("Officials in Aceh counted 40 dead, police said")."""


def _other_owners(docs: Sequence[Document], names: _Names, drafts: dict[str, _Draft],
                  qa: Quantity, i: int, qb: Quantity, j: int) -> bool:
    """Whether two counts are said of two different people (``_owner``): no dispute. Two
    people each named in one report only count too when neither sentence names the other's
    person ("Dorsey's been at the plant for 37 years" / "Andy Ryan, who has worked at the
    plant for nearly 30 years": two workers, no dispute of one's service)."""
    a, b = _owner(docs, names, drafts, qa, i), _owner(docs, names, drafts, qb, j)
    if a is not None and b is not None:
        return a != b
    a = a or _owner(docs, names, drafts, qa, i, named_by_both=False)
    b = b or _owner(docs, names, drafts, qb, j, named_by_both=False)
    if a is None or b is None or a == b or drafts[b].label in drafts[a].candidates or (
            drafts[a].label in drafts[b].candidates):
        return False  # an ambiguous surname may be the other report's person
    here, there = names.get((i, qa.sentence)), names.get((j, qb.sentence))
    return not (here is not None and any(key == b for _, _, key in here.by_end)
                or there is not None and any(key == a for _, _, key in there.by_end))


_DESCRIBED = patterns.compile(r"-|[ \t]+[a-z]+(?<!ed)\b")
"""After "the 28-year-old Maryland", what makes the capitalised word describe the person: a
hyphen ("Glasgow-born") or a lower-case word not in "-ed" ("native", "actor", "southpaw",
"never"); a verb after a name ("Klitschko stopped", "Klitschko was") keeps it the person's.
The verbs news writes after a name that do not end in "-ed" are ``_VERBS_AFTER_NAME``: the
function words would not do, as "the 40-year-old American never" and "American and"
describe."""
_VERBS_AFTER_NAME = frozenset(
    "was is has had will would said says told added won lost took made became gave went "
    "left ran hit fell got kept led beat saw".split())


def _people_next_to(docs: Sequence[Document], names: _Names, drafts: dict[str, _Draft],
                    q: Quantity, d: int) -> list[tuple[str, str]]:
    """Who is named next to an age, as (entity key, surname folded): "Rahman, 36" and "the
    36-year-old Klitschko". A word describing the person ("the 28-year-old Maryland native",
    "the 55-year old Glasgow-born actor") names no one; nor does a given name alone ("Gomes'
    mother, Katherine, 61"), unless its entity's full name ends in it ("Lewis, 36" of
    "Lennox Lewis")."""
    text = docs[d].text
    found = []
    for start, end, key in _names_next_to(docs, names, q, d):
        if start >= q.end:
            described = _DESCRIBED.match(text, end)
            if described and fold(described.group(0).strip(" \t-")) not in _VERBS_AFTER_NAME:
                continue
        words = [w for w in re.split(r"[\s,]+", text[start:end])
                 if w and fold(w).strip(".") not in NAME_SUFFIXES]
        if not words:
            continue
        last = fold(re.sub(r"['’]s?$", "", words[-1]))
        label = drafts[key].label.split() if key in drafts else []
        if len(words) == 1 and is_given_name(last) and not (
                len(label) > 1 and fold(label[-1]) == last):
            continue
        found.append((key, last))
    return found


_ALIKE_SURNAMES = 70
"""rapidfuzz ratio (0-100) at which two surnames are one spelled two ways ("gadhafi" /
"qaddafi" 71, "muller" / "mueller" 92; "klitschko" / "rahman" 13)."""


MAX_PEOPLE_OF_AN_AGE = 32
"""Past this many people named next to one age across the documents, a group of ages is left
as it was linked: telling people apart costs a comparison of every two surnames."""


def _split_ages_by_person(
    docs: Sequence[Document], quantities: Sequence[Sequence[Quantity]],
    groups: list[list[tuple[int, int]]], names: _Names, drafts: dict[str, _Draft],
) -> list[list[tuple[int, int]]]:
    """An age is a person's: two sources giving one age to two people they name next to it
    ("Rahman, 36" / "36-year-old Klitschko", two boxers of one story) report two facts, not
    one. A group of ages linked by value is cut into one group per person named next to its
    mentions: two names are one person's when they are one entity ("Tara, 33" / "Reid, 33")
    or their surnames are alike (a spelling, "Mueller" / "Müller", "Gadhafi" / "Qaddafi"). An
    age with no name next to it ("the 36-year-old champion") is then left on its own."""
    out: list[list[tuple[int, int]]] = []
    for group in groups:
        if len({d for d, _ in group}) < 2 or any(
                quantities[d][i].noun != "age" for d, i in group):
            out.append(group)
            continue
        people = [_people_next_to(docs, names, drafts, quantities[d][i], d) for d, i in group]
        surnames = sorted({last for found in people for _, last in found})
        if len(surnames) < 2 or len(surnames) > MAX_PEOPLE_OF_AN_AGE:
            out.append(group)  # one person named, or none: nothing to tell apart
            continue
        uf = UnionFind()
        for n, a in enumerate(surnames):
            uf.find(("surname", a))
            for b in surnames[n + 1:]:
                if fuzz.ratio(a, b) >= _ALIKE_SURNAMES:
                    uf.union(("surname", a), ("surname", b))
        for found in people:
            for key, last in found:
                uf.union(("surname", last), ("entity", key))
        parts: dict[object, list[tuple[int, int]]] = defaultdict(list)
        unnamed: list[tuple[int, int]] = []
        for member, found in zip(group, people, strict=True):
            if found:
                parts[uf.find(("entity", found[0][0]))].append(member)
            else:
                unnamed.append(member)
        if len(parts) < 2:
            out.append(group)
            continue
        out.extend(sorted(members) for members in sorted(parts.values()))
        out.extend([member] for member in unnamed)
    return out


MANY_VALUES = 3
"""A report that counts one thing under one action with this many different values gives
statistics of it."""


def _tally(q: Quantity) -> tuple[str, str]:
    """What a number counts and what was done to it: "killed 5 people" and "injured 20
    people" are two things counted."""
    return counted(q), q.action


def _many_values(quantities: Sequence[Quantity]) -> set[tuple[str, str]]:
    """What a report counts under an action (``_tally``) with ``MANY_VALUES`` different
    numbers or more. A measure ("66 yards", "269 yards": ``UNITS``) counts with or without a
    verb found; a count of things whose verb is not found is no statistic ("six people remain
    missing", "a family of 4 people", "9 people in hospital" are three things)."""
    values: dict[tuple[str, str], set[str]] = defaultdict(set)
    for q in quantities:
        if q.kind is Kind.NUMBER and q.noun and q.noun != "age" and (
                q.action or q.noun in UNITS):
            values[_tally(q)].add(q.value)
    return {key for key, found in values.items() if len(found) >= MANY_VALUES}


def _sole_counts(
    quantity: dict[str, _Draft], values_in_doc: list[set[str]]
) -> list[tuple[float, str, str]]:
    """Disagreements found by what is counted and what was done to it, for sentences that
    share too little to align: "ousting eight Conservative MPs" and "we kicked out 9 MPs".

    Two sources disagree when each gives exactly one unconfirmed count of one thing under
    one action (its synonym group), and neither gives the other's number. A source giving
    two such counts leaves it undecided. Measures ("150 metres", "four days") are left out:
    two falls or two trips of one story are measured as often as they are disputed. Without
    the action, counts of one thing are too often different facts: on 406 same-story pairs
    of the benchmark corpus the noun alone made 24 disagreements, nearly all wrong.
    """
    counts: dict[tuple[str, str, int], list[str]] = defaultdict(list)
    for key, draft in quantity.items():
        q = draft.quantity
        if q is not None and q.kind is Kind.NUMBER and q.noun and q.noun not in UNITS and (
            q.action and not q.value.startswith(("ordinal", "year"))
        ):
            counts[(counted(q), q.action, draft.docs[0])].append(key)
    sole: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for (noun, action, doc), keys in sorted(counts.items()):
        if len(keys) == 1:
            sole[(noun, action)].append((doc, keys[0]))
    options = []
    for found in sole.values():
        for (i, a), (j, b) in combinations(found, 2):
            qa, qb = quantity[a].quantity, quantity[b].quantity
            if qa is None or qb is None or not _comparable(qa, qb):
                continue
            if _both_given(qa, qb, i, j, values_in_doc):
                continue
            options.append((0.0, a, b))
    return options


def _both_given(
    qa: Quantity, qb: Quantity, i: int, j: int, values_in_doc: list[set[str]]
) -> bool:
    """Each source also gives the other's value: two facts, not a dispute."""
    return qa.value in values_in_doc[j] or qb.value in values_in_doc[i]


def _finalise(drafts: dict[str, _Draft]) -> tuple[list[Fact], dict[str, str]]:
    ordered = sorted(
        drafts.items(),
        key=lambda kv: (min((m.doc, m.start) for m in kv[1].mentions), kv[1].kind, kv[0]),
    )
    facts: list[Fact] = []
    rename: dict[str, str] = {}
    for n, (key, draft) in enumerate(ordered, start=1):
        fact_id = f"f{n}"
        rename[key] = fact_id
        docs = draft.docs
        if draft.conflict:
            status = Status.CONFLICT
        elif len(docs) > 1:
            status = Status.SHARED
        else:
            status = Status.UNIQUE
        mentions = tuple(sorted(draft.mentions, key=lambda m: (m.doc, m.start, m.end)))
        facts.append(
            Fact(fact_id, draft.kind, draft.label, status, docs, mentions, draft.values,
                 draft.speaker, draft.candidates)
        )
    return facts, rename


patterns.save()  # the patterns of every module the engine uses are compiled by now
