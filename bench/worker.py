"""One measurement in its own process, so its peak memory is its own.

``python bench/worker.py KIND INPUT.json`` prints one JSON line: the measured seconds, the
process's peak RSS and what was found. KIND is ``compare`` (compare-news on two documents),
``many`` (compare-news on N documents at once), ``cdist`` (rapidfuzz all-pairs baseline) or
``difflib`` (difflib all-pairs baseline). ``bench/run.py`` writes the inputs and reads the
lines; nothing here reads the corpus.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CDIST_CUTOFF = 80
"""rapidfuzz token-set ratio (0-100) at which the all-pairs baseline calls two sentences a pair."""
DIFFLIB_CUTOFF = 0.6
"""difflib ratio (0-1) at which the all-pairs baseline calls two sentences a pair."""


def _peak_mb() -> float:
    """The peak RSS of this process or of the child that read documents beside it
    (``compare.workers``), whichever is larger: a forked child's pages are counted whole."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, child) / 1024


def _recall(planted: list, found: set[tuple[int, int]]) -> tuple[int, int]:
    hits = sum(1 for i, copies in planted if any((i, j) in found for j in copies))
    return hits, len(planted)


def run_compare(job: dict) -> dict:
    from compare.engine import build_document, compare_documents

    if job.get("parallel"):  # as the command line runs it: the later document on a 2nd core
        from compare.workers import set_parallel

        set_parallel(True)
    start = time.perf_counter()
    docs = [
        build_document("A", "A", "a", job["text_a"]),
        build_document("B", "B", "b", job["text_b"]),
    ]
    comparison = compare_documents(docs)
    seconds = time.perf_counter() - start
    found = {(a.left, a.right) for a in comparison.alignments if a.left_doc == 0}
    hits, planted = _recall(job["planted"], found)
    return {
        "seconds": seconds,
        "sentences": [len(d.sentences) for d in docs],
        "pairs_scored": comparison.pairs_scored,
        "aligned": len(comparison.alignments),
        "facts": len(comparison.facts),
        "planted": planted,
        "planted_found": hits,
        "textual_imported": "textual" in sys.modules,
    }


def run_many(job: dict) -> dict:
    from compare.engine import build_document, compare_documents

    start = time.perf_counter()
    docs = [
        build_document(f"d{k}", name, name, text) for k, (name, text) in enumerate(job["texts"])
    ]
    comparison = compare_documents(docs)
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "documents": len(docs),
        "sentences": sum(len(d.sentences) for d in docs),
        "pairs_scored": comparison.pairs_scored,
        "aligned": len(comparison.alignments),
        "facts": len(comparison.facts),
    }


def _sentences(job: dict) -> tuple[list[str], list[str]]:
    from compare.engine import build_document

    a = build_document("A", "A", "a", job["text_a"])
    b = build_document("B", "B", "b", job["text_b"])
    return (
        [a.sentence_text(i) for i in range(len(a.sentences))],
        [b.sentence_text(j) for j in range(len(b.sentences))],
    )


def run_cdist(job: dict) -> dict:
    import numpy as np
    from rapidfuzz import fuzz, process, utils

    if job.get("planted_only"):
        left, right = _sentences(job)
        hits = sum(
            1 for i, copies in job["planted"]
            if any(fuzz.token_set_ratio(left[i], right[j], processor=utils.default_process)
                   >= CDIST_CUTOFF for j in copies)
        )
        return {"seconds": None, "pairs_scored": len(left) * len(right), "aligned": None,
                "planted": len(job["planted"]), "planted_found": hits}
    start = time.perf_counter()
    left, right = _sentences(job)
    scores = process.cdist(
        left, right, scorer=fuzz.token_set_ratio, processor=utils.default_process,
        score_cutoff=CDIST_CUTOFF, dtype=np.uint8, workers=-1,
    )
    rows, cols = np.nonzero(scores)
    found = set(zip(rows.tolist(), cols.tolist(), strict=True))
    seconds = time.perf_counter() - start
    hits, planted = _recall(job["planted"], found)
    return {
        "seconds": seconds,
        "pairs_scored": len(left) * len(right),
        "aligned": len(found),
        "planted": planted,
        "planted_found": hits,
    }


def run_difflib(job: dict) -> dict:
    """All pairs of a sample of rows (every row unless ``rows`` is given); the planted pairs
    are scored one by one, so recall is exact whatever the sample."""
    from difflib import SequenceMatcher

    left, right = _sentences(job)
    rows = 0 if job.get("planted_only") else job.get("sample_rows") or len(left)
    step = len(left) / rows if rows else 0
    sample = [left[int(k * step)] for k in range(rows)]
    start = time.perf_counter()
    kept = 0
    for a in sample:
        matcher = SequenceMatcher(None)
        matcher.set_seq2(a)
        for b in right:
            matcher.set_seq1(b)
            if matcher.ratio() >= DIFFLIB_CUTOFF:
                kept += 1
    seconds = time.perf_counter() - start
    hits = 0
    for i, copies in job["planted"]:
        if any(SequenceMatcher(None, right[j], left[i]).ratio() >= DIFFLIB_CUTOFF
               for j in copies):
            hits += 1
    scale = len(left) / rows if rows else 0
    return {
        "seconds": seconds * scale if rows else None,
        "measured_seconds": seconds,
        "rows_measured": rows,
        "rows": len(left),
        "pairs_scored": len(left) * len(right),
        "aligned": round(kept * scale),
        "planted": len(job["planted"]),
        "planted_found": hits,
    }


KINDS = {"compare": run_compare, "many": run_many, "cdist": run_cdist, "difflib": run_difflib}


def main() -> None:
    kind, path = sys.argv[1], sys.argv[2]
    job = json.loads(Path(path).read_text("utf-8"))
    result = KINDS[kind](job)
    result["peak_rss_mb"] = round(_peak_mb(), 1)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
