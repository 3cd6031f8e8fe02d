"""The ``compare/1`` JSON format: the whole model, for scripts and the answer-key scorer."""

from __future__ import annotations

import json
from typing import Any

from ..coverage import coverage
from ..model import Comparison

FORMAT = "compare/1"


def to_data(comparison: Comparison) -> dict[str, Any]:
    """The comparison as plain JSON data: documents by id, facts, aligned sentence pairs."""
    docs = comparison.documents
    return {
        "format": FORMAT,
        "threshold": comparison.threshold,
        "documents": [
            {
                "id": d.id,
                "label": d.label,
                "source": d.source,
                "title": d.title,
                "published": d.published,
                "outlet": d.outlet,
                "author": d.author,
                "text": d.text,
                "sentences": [{"start": s, "end": e} for s, e in d.sentences],
                "paragraphs": [{"start": s, "end": e} for s, e in d.paragraphs],
            }
            for d in docs
        ],
        "facts": [
            {
                "id": f.id,
                "kind": str(f.kind),
                "label": f.label,
                "status": str(f.status),
                "docs": [docs[i].id for i in f.docs],
                "mentions": [
                    {
                        "doc": docs[m.doc].id,
                        "sentence": m.sentence,
                        "start": m.start,
                        "end": m.end,
                        "text": m.text,
                        "value": m.value,
                    }
                    for m in f.mentions
                ],
                **(
                    {"values": [{"doc": docs[d].id, "value": v} for d, v in f.values]}
                    if f.values
                    else {}
                ),
                **({"speaker": f.speaker} if f.speaker else {}),
                **({"candidates": list(f.candidates)} if f.candidates else {}),
            }
            for f in comparison.facts
        ],
        "alignments": [
            {
                "sentences": {docs[a.left_doc].id: [a.left], docs[a.right_doc].id: [a.right]},
                "score": a.score,
                "facts": list(a.facts),
            }
            for a in comparison.alignments
        ],
        "coverage": _coverage(comparison),
    }


def _coverage(comparison: Comparison) -> dict[str, Any]:
    """Per source: facts it reports, their share of the story's facts, facts only it reports,
    disagreements it takes a side in; and the pairs of sources that disagree, most first."""
    docs = comparison.documents
    cov = coverage(comparison)
    return {
        "facts": len(cov.rows),
        "sources": [
            {
                "doc": docs[f.doc].id,
                "facts": f.facts,
                "share": round(f.share, 4),
                "only": f.only,
                "disagreements": f.disagreements,
            }
            for f in cov.figures
        ],
        "pairs": [
            {"docs": [docs[d].id for d in p.docs], "disagreements": p.disagreements,
             "both": p.both}
            for p in cov.pairs
        ],
    }


def render(comparison: Comparison) -> str:
    return json.dumps(to_data(comparison), ensure_ascii=False, indent=2) + "\n"
