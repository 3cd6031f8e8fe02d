"""The ``compare/1`` JSON format: the whole model, for scripts and the answer-key scorer."""

from __future__ import annotations

import json
from typing import Any

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
    }


def render(comparison: Comparison) -> str:
    return json.dumps(to_data(comparison), ensure_ascii=False, indent=2) + "\n"
