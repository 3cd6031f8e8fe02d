"""Four short reports of one story (sentences from the ECB+ corpus, Lindsay Lohan entering the
Betty Ford Center, May 2013), with one count changed in the second ("six times" for "five times")
so that two sources disagree: the coverage tests, the reports' COVERAGE section and the coverage
view all read it."""

from __future__ import annotations

from compare.engine import build_document, compare_documents
from compare.model import Comparison

STORY: tuple[tuple[str, str], ...] = (
    ("ap", " ".join((
        "Lindsay Lohan has checked into a rehab facility to begin a 90-day court-ordered stint,"
        " handed down as part of a sentence for a 2012 car crash case.",
        "Lohan, who has been in rehab a total of five times before this, was previously in "
        "Betty Ford in 2010.",
        "He declined to say where Lohan is receiving treatment, but reports soon surfaced that "
        "she was at the Betty Ford Center in Rancho Mirage, Calif.",
    ))),
    ("daily-news", " ".join((
        "Lindsay Lohan checked into California's Betty Ford Center rehab facility late "
        "Thursday, dodging arrest after whirlwind confusion surrounding the actress' "
        "whereabouts, sources told the Daily News.",
        "Lohan, who has been in rehab a total of six times before this, was previously in Betty"
        " Ford in 2010.",
        "Now that Lohan is back at Betty Ford Center, she has also decided to rehire her former"
        " attorney Shawn Holley, who had been at her side during many of her courtroom "
        "appearances.",
    ))),
    ("access", " ".join((
        "Actress Lindsay Lohan finally checked into court-mandated rehab at the Betty Ford "
        "Center late Thursday, after hiring former lawyer Shawn Holley for help.",
        "Her lawyer negotiated with court officials to change the venue of her 90-day "
        "treatment, and the actress traveled to nearby Rancho Mirage to register as a patient.",
    ))),
    ("tmz", " ".join((
        "After she abruptly left a rehab facility in Newport Beach on Thursday, Lindsay Lohan "
        "has checked into the Betty Ford Center in Rancho Mirage.",
        "Lohan has spent time at Betty Ford before.",
    ))),
)


def story_comparison() -> Comparison:
    """The four reports compared, as documents A to D labelled by outlet."""
    docs = [
        build_document(chr(ord("A") + i), label, f"test:{label}", text)
        for i, (label, text) in enumerate(STORY)
    ]
    return compare_documents(docs)
