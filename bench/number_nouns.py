"""Corpus check: shared number facts whose counted nouns differ, over same-story pairs.

Every pair of texts of one story in ``../shared/bench/ecbplus-news.jsonl`` is compared; for
each fact of kind ``number`` that the comparison calls shared, what its mentions count is
collected. A fact is counted as *differing* when its mentions count two things
("two acquittals" with "two Genovese family members"): two counted forms
(``match.counted``: the noun's stem or its synonym group) where neither mention names the
other's noun among its own words, from the number to its noun and one more ("seven
AK-47s" and "7 AK-47 rifles", "two police officers" and "two plainclothes police
officers" count one thing each).

    .venv/bin/python bench/number_nouns.py [--every N] [--dump FILE] [--show N]

``--every N`` keeps every N-th pair (deterministic), ``--dump`` writes one JSON line per
shared number fact (to compare two versions of the engine), ``--show`` prints that many
differing facts. Prints one summary line.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import load_corpus  # noqa: E402

from compare.engine import build_document, compare_documents  # noqa: E402
from compare.lexicon import stem, words  # noqa: E402
from compare.match import counted  # noqa: E402
from compare.model import Kind, Status  # noqa: E402
from compare.quantities import (
    Quantity,  # noqa: E402
    find_quantities,  # noqa: E402
)
from compare.reading import clean_text  # noqa: E402


def named(text: str, q: Quantity) -> tuple[str, frozenset[str]]:
    """What a mention counts as the matcher sees it (``match.counted``: its synonym group,
    "metres" = "meters") and the words that name it: the stems from the number to its noun
    and one more ("7 AK-47 rifles" names ak-47 and rifl; "two plainclothes police officers"
    plaincloth, polic; "the fifth NBA coach" nba, coach)."""
    names = {q.noun}
    for s, e in words(text, q.end, min(len(text), q.end + 80))[:5]:
        names.add(stem(text[s:e]))
        if stem(text[s:e]) == q.noun:
            break
    else:
        return counted(q), frozenset(names)
    after = words(text, e, min(len(text), e + 40))[:1]
    names.update(stem(text[a:b]) for a, b in after)
    return counted(q), frozenset(names)


def differ(mentions: list[tuple[str, frozenset[str]]]) -> bool:
    """Two or more things counted: counted forms that differ where neither mention names the
    other's noun among its own words ("seven AK-47s" and "7 AK-47 rifles" are one thing)."""
    groups: list[tuple[set[str], set[str]]] = []
    for noun, names in mentions:
        if not noun:
            continue
        for nouns, words_ in groups:
            if noun in nouns or noun in words_ or nouns & names:
                nouns.add(noun)
                words_.update(names)
                break
        else:
            groups.append(({noun}, set(names)))
    return len(groups) > 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=int, default=1, help="keep every N-th pair")
    parser.add_argument("--dump", metavar="FILE", help="write the shared number facts here")
    parser.add_argument("--show", type=int, default=0, help="print this many differing facts")
    args = parser.parse_args(argv)

    stories: dict[int, list[dict]] = defaultdict(list)
    for row in load_corpus():
        stories[row["topic"]].append(row)
    pairs = [
        (a, b) for topic in sorted(stories) for a, b in combinations(stories[topic], 2)
    ][:: args.every]
    docs: dict[str, object] = {}
    nouns: dict[str, dict[int, str]] = {}
    shared = differing = 0
    out = open(args.dump, "w", encoding="utf-8") if args.dump else None  # noqa: SIM115
    shown = 0
    began = time.perf_counter()
    for a, b in pairs:
        for row in (a, b):
            if row["doc"] not in docs:
                doc = build_document(row["doc"], row["doc"], row["doc"], clean_text(row["text"]))
                docs[row["doc"]] = doc
                nouns[row["doc"]] = {q.start: q for q in find_quantities(doc)}
        pair = (docs[a["doc"]], docs[b["doc"]])
        comparison = compare_documents(pair)
        for fact in comparison.facts:
            if fact.kind is not Kind.NUMBER or fact.status is not Status.SHARED:
                continue
            shared += 1
            qs = [nouns[pair[m.doc].id].get(m.start) for m in fact.mentions]
            named_ = sorted({q.noun for q in qs if q is not None} - {""})
            split = differ([named(pair[m.doc].text, q) for m, q in zip(fact.mentions, qs,
                                                                        strict=True) if q])
            differing += split
            record = {
                "pair": [a["doc"], b["doc"]],
                "label": fact.label,
                "nouns": named_,
                "differ": split,
                "mentions": [
                    [m.doc, m.text, pair[m.doc].sentence_text(m.sentence)[:160]]
                    for m in fact.mentions
                ],
            }
            if out:
                out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
            if split and shown < args.show:
                shown += 1
                print(json.dumps(record, ensure_ascii=False))
    if out:
        out.close()
    print(
        f"NUMBER-NOUNS pairs {len(pairs)} shared-number-facts {shared} nouns-differ {differing}"
        f" [{time.perf_counter() - began:.0f} s]"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
