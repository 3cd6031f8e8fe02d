"""Bodies described instead of named: two reports' descriptions of one company or place of
business in aligned sentences (sentences from the keyed pairs and the ECB+ corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from compare.bodies import find_bodies, link_bodies
from compare.engine import build_document, compare_documents
from compare.model import Kind, Status
from compare.reading import clean_text

PAIRS = Path(__file__).resolve().parents[2] / "shared" / "pairs"


def bodies_of(text: str, taken: list[tuple[int, int]] | None = None) -> list[str]:
    return [b.text for b in find_bodies(build_document("a", "a", "a", text), taken or [])]


def linked(left: str, right: str) -> list[list[str]]:
    """The descriptions linked when the first sentences of two texts are aligned."""
    docs = [build_document(str(i), str(i), str(i), t) for i, t in enumerate((left, right))]
    found = [find_bodies(d) for d in docs]
    return [[found[d][i].text for d, i in group]
            for group in link_bodies(found, [(0, 0, 1, 0)])]


FUEL_A = ("Owen said McNutt's main concern was keeping the fire from spreading to the heating "
          "oil stored next door at the Crowley fuel distribution center.")
FUEL_B = ("Some were placed between the warehouse building and a petroleum distribution company "
          "next door, Owen said.")


def test_a_description_is_its_words_before_a_body_head_after_an_article_or_a_name() -> None:
    assert bodies_of(FUEL_A) == ["fuel distribution center"]  # after a name: "Crowley"
    assert bodies_of(FUEL_B) == ["petroleum distribution company"]
    assert bodies_of("Paul Ferguson, a researcher from the software security company Trend "
                     "Micro, told the BBC.") == ["software security company"]
    # a plural is a kind, not one body; a head alone says nothing of which body
    assert bodies_of("Consulting firms are hiring, the company said.") == []
    # a participle or an adverb is no part of one: "an approved rehab facility"
    assert bodies_of("She entered an approved rehab facility.") == ["rehab facility"]


def test_a_description_stays_out_of_another_facts_words() -> None:
    start = FUEL_B.index("petroleum")
    assert bodies_of(FUEL_B, [(start, start + 9)]) == []


def test_aligned_sentences_describing_one_kind_with_other_heads_share_the_body() -> None:
    assert linked(FUEL_A, FUEL_B) == [["fuel distribution center",
                                       "petroleum distribution company"]]
    assert linked("HP will acquire EYP Mission Critical Facilities, a consulting company.",
                  "EYP Mission Critical Facilities is a consulting firm.") == [
        ["consulting company", "consulting firm"]]
    assert linked("Tara Reid has checked into Promises Treatment Center, a prominent rehab "
                  "clinic in Los Angeles.",
                  "Tara Reid has entered a rehab facility in Malibu.") == [
        ["prominent rehab clinic", "rehab facility"]]


def test_descriptions_written_alike_are_the_storys_vocabulary_not_a_finding() -> None:
    assert linked("Researchers at the software security firm said so.",
                  "A researcher from the software security firm said so.") == []


def test_other_kinds_do_not_link() -> None:
    assert linked("The fire spread to the power plant.",
                  "The fire spread to the fuel company.") == []


def test_a_report_that_names_two_bodies_of_one_kind_links_neither() -> None:
    """Which of two rehab centres another report's "rehab facility" is, is not guessed."""
    two = ("The actress has had enough of the Palm Springs rehab centre and is already a "
           "patient of the Cliffside rehab centre.")
    assert linked(two, "She abruptly left a rehab facility in Newport Beach.") == []
    one_sentence = "She left a rehab centre for a rehab clinic in Malibu."
    assert linked(one_sentence, "She entered a rehab facility.") == []
    # an article that opens a sentence is no name: one name, one body
    assert linked("The rehab centre was closed. She is at the Cliffside rehab centre.",
                  "The rehab facility was closed.") == [["rehab centre", "rehab facility"]]


def test_only_aligned_sentences_link() -> None:
    docs = [build_document(str(i), str(i), str(i), t) for i, t in enumerate((FUEL_A, FUEL_B))]
    found = [find_bodies(d) for d in docs]
    assert link_bodies(found, []) == []


@pytest.mark.skipif(not (PAIRS / "alaska-dairy-fire-2012").is_dir(),
                    reason=f"keyed pairs ({PAIRS}) are absent")
def test_the_keyed_pair_shares_the_company_next_door() -> None:
    folder = PAIRS / "alaska-dairy-fire-2012"
    comparison = compare_documents([
        build_document(x, x, x, clean_text((folder / f"{x}.txt").read_text(encoding="utf-8")))
        for x in "ab"])
    bodies = [f for f in comparison.facts if f.kind is Kind.ENTITY
              and {m.text for m in f.mentions} == {"fuel distribution center",
                                                   "petroleum distribution company"}]
    assert len(bodies) == 1 and bodies[0].status is Status.SHARED
    crowley = [f for f in comparison.facts if f.label == "Crowley"]
    assert crowley and all(f.docs == (0,) for f in crowley)  # B never names it
