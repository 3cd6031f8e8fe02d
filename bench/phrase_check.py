"""Corpus check of the phrase facts: how often each reader fires, and what it calls shared.

Every text of ``../shared/bench/ecbplus-news.jsonl`` is read for phrase facts (charges after
their intro or before "charges", illnesses, "no one was hurt", "the cause was not known").
Then every pair of reports of one event (one story and one half of it: ECB+ stories hold two
events, ``ecb`` and ``ecbplus`` documents) is linked as the engine links them
(``find_across`` then ``link_phrases``), and the shared phrase facts are counted by topic;
those whose wordings differ are the ones to read by hand (``--show``).

    .venv/bin/python bench/phrase_check.py [--show N] [--samples N]

``--samples N`` prints N phrases of each reader spread over the corpus. Prints one summary
line last.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import load_corpus  # noqa: E402

from compare.engine import build_document  # noqa: E402
from compare.match import link_phrases  # noqa: E402
from compare.phrases import CHARGE, Phrase, find_across, find_phrases  # noqa: E402
from compare.reading import clean_text  # noqa: E402

_LAW_NOUN_AFTER = re.compile(r"\s+(?:charges?|convictions?|indictments?|rap)\b")


def reader(text: str, p: Phrase) -> str:
    """Which reader found the phrase: a charge before its noun or after its intro."""
    if p.topic == CHARGE and _LAW_NOUN_AFTER.match(text, p.end):
        return "charge-before-noun"
    return p.topic


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=20, help="shared facts of two wordings")
    parser.add_argument("--samples", type=int, default=0, help="phrases of each reader")
    args = parser.parse_args()
    rows = load_corpus()
    started = time.perf_counter()
    docs = [build_document(r["doc"], r["doc"], r["doc"], clean_text(r["text"])) for r in rows]
    phrases = [find_phrases(d) for d in docs]
    found = time.perf_counter() - started

    texts_by: dict[str, set[str]] = defaultdict(set)
    samples: dict[str, list[str]] = defaultdict(list)
    for d, ps in zip(docs, phrases, strict=True):
        for p in ps:
            name = reader(d.text, p)
            texts_by[name].add(d.id)
            samples[name].append(f"{d.id}: {d.sentence_text(p.sentence)[:220]!r} -> {p.text!r}")

    events: dict[tuple[int, str], list[int]] = defaultdict(list)
    for n, r in enumerate(rows):
        events[(r["topic"], "plus" if r["doc"].endswith("ecbplus") else "ecb")].append(n)
    shared: Counter[str] = Counter()
    refound: Counter[str] = Counter()
    differing: list[str] = []
    n_pairs = 0
    for members in events.values():
        for a, b in combinations(members, 2):
            n_pairs += 1
            pair = find_across([docs[a], docs[b]], [phrases[a], phrases[b]])
            refound["mentions"] += sum(len(p) for p in pair) - len(phrases[a]) - len(phrases[b])
            for group in link_phrases(pair):
                if len({d for d, _ in group}) < 2:
                    continue
                first = pair[group[0][0]][group[0][1]]
                shared[first.topic] += 1
                wordings = sorted({pair[d][i].value for d, i in group})
                if len(wordings) > 1:
                    differing.append(f"{docs[a].id} ~ {docs[b].id} [{first.topic}] {wordings}")

    for name in sorted(texts_by):
        print(f"{name}: fires in {len(texts_by[name])} texts, {len(samples[name])} phrases")
        every = max(1, len(samples[name]) // args.samples) if args.samples else 1
        picked = samples[name][::every] if args.samples else []
        for line in picked[: args.samples]:
            print("   ", line)
    print(f"shared phrase facts over {n_pairs} same-event pairs: {dict(sorted(shared.items()))};"
          f" mentions found bare through another report: {refound['mentions']}")
    print(f"shared facts of two or more wordings: {len(differing)}")
    for line in differing[: args.show]:
        print("   ", line)
    print(f"{len(docs)} texts read in {found:.2f} s; "
          f"{sum(len(p) for p in phrases)} phrases in {sum(1 for p in phrases if p)} texts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
