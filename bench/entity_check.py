"""Entities over the 40 stories of the benchmark corpus: how many, and how many look split.

For each story, every text of it is read as one comparison's documents, names are found and
merged into entities (the shipped aliases included), and two figures are counted:

- **entities**: the entity facts of the story;
- **duplicates**: entities whose label, as words, is a leading or trailing part of another's in
  the same story ("John F" and "John F. Kennedy", "Kennedy" and "John F. Kennedy",
  "Lakers" and "Los Angeles Lakers"): one person or organisation counted twice, or two things
  that only share a word ("Sudan" / "South Sudan"), which the reader of ``--dump`` tells apart.

```
.venv/bin/python bench/entity_check.py                    # one line a story, then the totals
.venv/bin/python bench/entity_check.py --dump out.json    # also every entity's label and names
```

``--dump`` writes, per story, each entity's label and its distinct names, so two runs (before
and after a change) can be compared entity by entity. The corpus is read from
``../shared/bench/ecbplus-news.jsonl`` at run time.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus import load_corpus  # noqa: E402

from compare.engine import build_document  # noqa: E402
from compare.entities import default_aliases, resolve  # noqa: E402
from compare.names import find_names  # noqa: E402
from compare.reading import clean_text  # noqa: E402

_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*", re.UNICODE)


def words(label: str) -> tuple[str, ...]:
    """The words of a label, folded, without a trailing "(ACRONYM)" and dots."""
    label = re.sub(r"\s*\([^)]*\)$", "", label)
    return tuple(w.casefold().replace(".", "") for w in _WORD.findall(label))


def duplicates(labels: list[str]) -> list[tuple[str, str]]:
    """(shorter, longer) label pairs where the shorter's words open or close the longer's.

    Labels are grouped by their first and last word, so only labels sharing one are compared.
    """
    by_edge: dict[tuple[int, str], list[tuple[str, ...]]] = defaultdict(list)
    shown: dict[tuple[str, ...], str] = {}
    for label in labels:
        w = words(label)
        if not w or w in shown:
            continue
        shown[w] = label
        by_edge[(0, w[0])].append(w)
        by_edge[(1, w[-1])].append(w)
    found = set()
    for (side, _), group in by_edge.items():
        for short in group:
            for long in group:
                if len(short) < len(long) and (
                    long[: len(short)] == short if side == 0 else long[-len(short):] == short
                ):
                    found.add((shown[short], shown[long]))
    return sorted(found)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dump", type=Path, help="write every story's entities as JSON")
    args = parser.parse_args()
    rows = load_corpus()
    stories: dict[int, list[dict]] = defaultdict(list)
    for row in rows:
        stories[row["topic"]].append(row)
    aliases = default_aliases()
    dump: dict[str, list[dict]] = {}
    total_entities = total_dupes = 0
    print(f"{'story':>5} {'texts':>5} {'entities':>8} {'duplicates':>10}")
    for topic in sorted(stories):
        docs = [
            build_document(str(i), r["doc"], r["doc"], clean_text(r["text"]))
            for i, r in enumerate(stories[topic])
        ]
        entities = resolve(docs, [find_names(d) for d in docs], aliases)
        labels = [e.label for e in entities]
        dupes = duplicates(labels)
        total_entities += len(entities)
        total_dupes += len(dupes)
        print(f"{topic:>5} {len(docs):>5} {len(entities):>8} {len(dupes):>10}")
        dump[str(topic)] = [
            {"label": e.label, "names": sorted({n.text for _, n in e.mentions}),
             "mentions": len(e.mentions)}
            for e in entities
        ]
        dump[f"{topic}-duplicates"] = [list(d) for d in dupes]  # type: ignore[misc]
    n = len(stories)
    print(f"ENTITIES stories {n} entities {total_entities} ({total_entities / n:.1f} a story) "
          f"duplicates {total_dupes} ({total_dupes / n:.1f} a story)")
    if args.dump:
        args.dump.write_text(json.dumps(dump, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
