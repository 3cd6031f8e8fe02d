"""The details lines under the articles: what the current sentence, pair or fact is about.

They answer "why are these two sentences paired?" (the score and the shared facts that justify
it) and "what do the sources disagree on?" (both values, each with its source).
"""

from __future__ import annotations

from textual.content import Content

from ..model import Fact, Status
from ..report.common import fact_label
from .cursor import Cursor, shown_mentions
from .state import Mark, Pair, View

Part = str | tuple[str, str]

STATUS_WORDS = {Status.SHARED: "shared", Status.UNIQUE: "only here", Status.CONFLICT: "conflict"}


def describe(view: View, cursor: Cursor) -> Content:
    """Three lines about the fact last jumped to, or else the current sentence."""
    if cursor.fact is not None and cursor.fact[0] in view.facts_by_id:
        return describe_fact(view, view.facts_by_id[cursor.fact[0]], cursor.fact[1])
    return describe_sentence(view, cursor)


def describe_sentence(view: View, cursor: Cursor) -> Content:
    """Position, partners with scores, the facts behind the pair, and both sentences."""
    side, sentence = cursor.side, cursor.sentence
    tags, docs = view.tags, view.docs
    if not docs[side].sentences:
        return Content("This article has no sentences.")
    other = 1 - side
    pairs = sorted(view.partners[side].get(sentence, []), key=lambda p: -p.score)
    if cursor.pair is not None:
        pairs = [cursor.pair]
    head: list[Part] = [(f"{tags[side]}{sentence + 1}", "bold"), f"/{len(docs[side].sentences)}"]
    if not pairs:
        head.append(f" · no partner in {tags[other]}")
    for k, pair in enumerate(pairs[:4]):
        head += [" ↔ " if k == 0 else ", ", (f"{tags[other]}{pair[other] + 1}", "bold")]
        head.append(f" score {pair.score:.2f}")
    if len(pairs) > 4:
        head.append(f" and {len(pairs) - 4} more")
    if cursor.pair is not None and cursor.pair in view.pairs:
        head.append(f" · pair {view.pairs.index(cursor.pair) + 1} of {len(view.pairs)}")
    reasons = _labels(view, {f for p in pairs for f in p.facts})
    if reasons:
        head += [" · both report: ", (reasons, "italic")]
    marks = view.sentence_facts[side].get(sentence, [])
    lines = [Content.assemble(*head), _quote(view, side, sentence)]
    conflicts = _conflicts(view, marks)
    if conflicts:
        lines.append(Content.assemble(*conflicts))
    elif pairs:
        lines.append(_quote(view, other, pairs[0][other]))
    else:
        lines.append(_facts_here(view, side, marks))
    return Content("\n").join(lines)


def describe_pair(view: View, pair: Pair) -> str:
    """A one-line name for a pair (used by notifications)."""
    return f"{view.tags[0]}{pair.left + 1} ↔ {view.tags[1]}{pair.right + 1} ({pair.score:.2f})"


def describe_fact(view: View, fact: Fact, mention: int) -> Content:
    """Kind, status, sources and mentions of a fact; for a disagreement, both values."""
    mentions = shown_mentions(view, fact)
    sources = " and ".join(view.comparison.documents[d].label for d in fact.docs)
    where = {
        Status.SHARED: f"shared by {sources}",
        Status.UNIQUE: f"only in {sources}",
        Status.CONFLICT: f"disagreement between {sources}",
    }[fact.status]
    head: list[Part] = [
        ("Fact ", "bold"),
        (fact_label(fact), "bold"),
        f" · {fact.kind} · {where} · {len(fact.mentions)} mentions",
    ]
    if fact.speaker:
        head.append(f" · said by {fact.speaker}")
    lines = [Content.assemble(*head)]
    if fact.status is Status.CONFLICT and fact.values:
        values: list[Part] = ["Values: "]
        for k, (doc, value) in enumerate(fact.values):
            label = view.comparison.documents[doc].label
            values += [" · " if k else "", (value, "bold"), f" in {label}"]
        lines.append(Content.assemble(*values))
    if not mentions:
        lines.append(Content("Not mentioned in the two documents shown."))
        return Content("\n").join(lines)
    index = min(mention, len(mentions) - 1)
    side, shown = mentions[index]
    where = f"mention {index + 1}/{len(mentions)} · "
    lines.append(Content(where) + _quote(view, side, shown.sentence))
    others = [m for s, m in mentions if s != side]
    if len(lines) < 3 and others:
        lines.append(Content("first in the other · ") + _quote(view, 1 - side, others[0].sentence))
    elif len(lines) < 3:
        lines.append(Content(f"Not mentioned in {view.docs[1 - side].label}."))
    return Content("\n").join(lines[:3])


def _labels(view: View, fact_ids: set[str]) -> str:
    facts = [
        view.facts_by_id[f] for f in sorted(fact_ids, key=_fact_order) if f in view.facts_by_id
    ]
    return ", ".join(f.label for f in facts)


def _fact_order(fact_id: str) -> tuple[int, str]:
    digits = "".join(c for c in fact_id if c.isdigit())
    return (int(digits) if digits else 0, fact_id)


def _conflicts(view: View, marks: list[Mark]) -> list[Part]:
    """For each disagreement in the sentence: its label and each source's value (one line)."""
    out: list[Part] = []
    seen = set()
    for mark in marks:
        if mark.status is not Status.CONFLICT or mark.fact_id in seen:
            continue
        seen.add(mark.fact_id)
        fact = view.facts_by_id[mark.fact_id]
        values = " vs ".join(
            f"{value} ({view.comparison.documents[doc].label})" for doc, value in fact.values
        )
        out += [" · " if out else "", ("≠ disagree on ", "bold"), f"{fact.label}: {values}"]
    return out


def _quote(view: View, side: int, sentence: int) -> Content:
    """A sentence after its tag and number, on one line."""
    text = view.texts[side]
    start, end = view.docs[side].sentences[sentence]
    return Content.assemble((f"{view.tags[side]}{sentence + 1} ", "bold"), "› ", text[start:end])


def _facts_here(view: View, side: int, marks: list[Mark]) -> Content:
    """The facts in a sentence without a partner, each with its status."""
    if not marks:
        return Content("No facts found in this sentence.")
    parts: list[Part] = ["Facts here: "]
    seen: list[str] = []
    for mark in marks:
        if mark.fact_id in seen:
            continue
        seen.append(mark.fact_id)
        word = STATUS_WORDS[mark.status]
        if len(seen) > 1:
            parts.append(", ")
        parts += [view.facts_by_id[mark.fact_id].label, f" ({word})"]
    return Content.assemble(*parts)
