"""Corpus check of the key terms: how many each text has, and what two reports share.

Every text of ``../shared/bench/ecbplus-news.jsonl`` is read for key terms (``compare.terms``),
with its names, numbers and phrase facts taken out as the engine takes them. Then every pair
of reports of one event (one story and one half of it: ``ecb`` and ``ecbplus`` documents) is
linked as the engine links them (``link_terms``): the shared terms (compounds joined
differently) are counted and printed to be read by hand (``--show``), and so are the
compounds two reports write alike, which are left out. ``--roles N`` compares N of those
pairs (spread over the events) with the whole engine and prints the roles they share (one
person's role, stated in an apposition by one of them).

    .venv/bin/python bench/terms_check.py [--show N] [--roles N]

Prints one summary line last.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import load_corpus  # noqa: E402

from compare.engine import build_document, compare_documents  # noqa: E402
from compare.model import Kind  # noqa: E402
from compare.names import find_names  # noqa: E402
from compare.phrases import find_phrases  # noqa: E402
from compare.quantities import find_quantities  # noqa: E402
from compare.reading import clean_text  # noqa: E402
from compare.terms import find_terms, link_terms  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=30, help="shared terms to print")
    parser.add_argument("--roles", type=int, default=0, help="pairs to compare for roles")
    args = parser.parse_args()
    rows = load_corpus()
    docs = [build_document(r["doc"], r["doc"], r["doc"], clean_text(r["text"])) for r in rows]
    started = time.perf_counter()
    terms = []
    for d in docs:
        taken = [(n.start, n.end) for n in find_names(d)]
        taken += [(q.start, q.end) for q in find_quantities(d)]
        taken += [(p.start, p.end) for p in find_phrases(d)]
        terms.append(find_terms(d, taken))
    found = time.perf_counter() - started
    per_text = [len(link_terms([ts])) for ts in terms]

    events: dict[tuple[int, str], list[int]] = defaultdict(list)
    for n, r in enumerate(rows):
        events[(r["topic"], "plus" if r["doc"].endswith("ecbplus") else "ecb")].append(n)
    shared: list[str] = []
    alike: Counter[str] = Counter()
    n_pairs = 0
    for members in events.values():
        for a, b in combinations(members, 2):
            n_pairs += 1
            pair = [terms[a], terms[b]]
            groups = link_terms(pair)
            for group in groups:
                if len({d for d, _ in group}) > 1:
                    words = sorted({pair[d][i].text for d, i in group})
                    shared.append(f"{docs[a].id} / {docs[b].id}: {' | '.join(words)}")
            kept = {pair[d][i].keys[0] for g in groups for d, i in g}
            mine = [{t.keys[0] for t in ts} for ts in pair]
            for key in (mine[0] & mine[1]) - kept:
                alike[key] += 1
    if args.roles:
        pairs = [p for members in events.values() for p in combinations(members, 2)]
        chosen = pairs[:: max(1, len(pairs) // args.roles)][: args.roles]
        roles = []
        for a, b in chosen:
            comparison = compare_documents([docs[a], docs[b]])
            roles += [f"{docs[a].id} / {docs[b].id}: {f.label} <- "
                      + " | ".join(m.text for m in f.mentions)
                      for f in comparison.facts if f.kind is Kind.TERM
                      and f.mentions[0].value.startswith("role: ")]
        print(f"shared roles in {len(chosen)} pairs: {len(roles)}")
        for line in roles:
            print("  " + line)
    step = max(1, len(shared) // args.show) if shared else 1
    print(f"shared terms (compounds joined differently), every {step}th of {len(shared)}:")
    for line in shared[::step][: args.show]:
        print("  " + line)
    print("compounds written alike in both reports, left out (most frequent):")
    print("  " + ", ".join(f"{k} {n}" for k, n in alike.most_common(25)))
    print(f"texts {len(docs)}, terms a text: median {statistics.median(per_text):.0f}, "
          f"mean {statistics.mean(per_text):.1f}, max {max(per_text)}; same-event pairs "
          f"{n_pairs}, shared terms {len(shared)} ({len(set(shared))} distinct), "
          f"left out as written alike {sum(alike.values())}; found in {found:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
