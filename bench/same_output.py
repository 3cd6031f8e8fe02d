"""Fingerprints of the JSON output on many inputs, to prove a speed change keeps every byte.

``python bench/same_output.py --write FILE`` compares the seeds, the keyed pairs of
``../shared/pairs/``, every ``--every``-th same-story pair of the corpus, three texts of each
story at once and a 2,000-sentence long pair, and writes one SHA-256 of the JSON report per
case. ``--check FILE`` does the same and names each case whose output changed (exit 1), so a
change meant only to be faster is checked against the code before it in one command.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import halves, load_corpus, long_pair  # noqa: E402

from compare.engine import build_document, compare_documents  # noqa: E402
from compare.reading import clean_text  # noqa: E402
from compare.report import json_format  # noqa: E402

SHARED = ROOT.parent / "shared"


def _digest(texts: list[tuple[str, str]]) -> str:
    docs = [build_document(name, name, name, text) for name, text in texts]
    rendered = json_format.render(compare_documents(docs))
    return hashlib.sha256(rendered.encode("utf-8")).hexdigest()


def cases(every: int, long_sentences: int) -> dict[str, list[tuple[str, str]]]:
    """Each case's name and its (name, cleaned text) documents."""
    out: dict[str, list[tuple[str, str]]] = {}

    def read(path: Path) -> tuple[str, str]:
        return path.name, clean_text(path.read_text(encoding="utf-8"))

    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    out["seeds"] = [read(p) for p in seeds]
    for pair in sorted((SHARED / "pairs").glob("*/")):
        out[f"pair {pair.name}"] = [read(pair / "a.txt"), read(pair / "b.txt")]
    rows = load_corpus()
    stories: dict[int, list[dict]] = defaultdict(list)
    for row in rows:
        stories[row["topic"]].append(row)
    same_story = [p for t in sorted(stories) for p in combinations(stories[t], 2)]
    for a, b in same_story[::every]:
        out[f"corpus {a['doc']} / {b['doc']}"] = [
            (r["doc"], clean_text(r["text"])) for r in (a, b)]
    for topic in sorted(stories):
        out[f"story {topic}, three texts"] = [
            (r["doc"], clean_text(r["text"])) for r in stories[topic][:3]]
    if long_sentences:
        pair = long_pair(*halves(rows), long_sentences)
        out[f"long pair, {long_sentences} sentences"] = [("A", pair.text_a), ("B", pair.text_b)]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, help="write the fingerprints to this file")
    group.add_argument("--check", type=Path, help="compare with the fingerprints in this file")
    parser.add_argument("--every", type=int, default=40, help="every Nth same-story pair")
    parser.add_argument("--long", type=int, default=2000, help="sentences of the long pair")
    args = parser.parse_args()
    found = {name: _digest(texts) for name, texts in cases(args.every, args.long).items()}
    if args.write:
        args.write.write_text(json.dumps(found, indent=1, sort_keys=True) + "\n")
        print(f"{len(found)} fingerprints written to {args.write}")
        return 0
    before = json.loads(args.check.read_text())
    changed = sorted(n for n in found.keys() | before.keys() if found.get(n) != before.get(n))
    for name in changed:
        print(f"changed: {name}")
    print(f"{len(found) - len(changed)} of {len(found | before)} cases give the same output")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
