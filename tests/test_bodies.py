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


def entities(text: str, *names: str) -> list[tuple[int, int, str]]:
    """The mentions of names found in a text, as the engine gives them: (start, end, key),
    the key made of the name's first letter."""
    return [(text.index(n), text.index(n) + len(n), f"§e{n[0]}") for n in names if n in text]


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
    assert bodies_of("He joined Dell's consulting firm.") == ["consulting firm"]
    text = "He joined Crowley’s fuel company."  # its owner: the name before the possessive
    found = find_bodies(build_document("a", "a", "a", text), [(10, 17)], [(10, 17, "§e1")])
    assert [(b.text, b.owner, b.beside) for b in found] == [
        ("fuel company", "Crowley", {"§e1"})]
    assert bodies_of("The consulting firm's founder said so.") == ["consulting firm"]
    # a plural is a kind, not one body; a head alone says nothing of which body
    assert bodies_of("Consulting firms are hiring, the company said.") == []
    # a participle or an adverb is no part of one: "an approved rehab facility"
    assert bodies_of("She entered an approved rehab facility.") == ["rehab facility"]
    # a head inside a longer description is no body of its own
    assert bodies_of("HP bought a data center engineering firm.") == [
        "data center engineering firm"]
    assert bodies_of("HP bought a large data center engineering firm.") == []  # 4 words
    # a participle between two heads is a verb: the first is a body of its own
    assert bodies_of("Officials said the chemical company halted plant operations.") == [
        "chemical company"]
    assert bodies_of("The food company plant-based burgers sold well.") == ["food company"]
    assert bodies_of("Officials said the health agency ordered company audits.") == [
        "health agency"]


def test_a_head_that_may_be_a_verb_before_a_content_word_is_a_verb_or_a_modifier() -> None:
    assert bodies_of("The tanks store fuel.") == []
    assert bodies_of("The police store it in a warehouse.") == []  # an object follows
    assert bodies_of("Most farmers plant corn in April, the union said.") == []
    assert bodies_of("AMD wants to grow in the data center market, Su said.") == []
    # a word of place, a participle, a name or a function word may follow one
    assert bodies_of("A consulting firm specializing in data centers was sold.") == [
        "consulting firm"]
    assert bodies_of("The rehab clinic announced it.") == ["rehab clinic"]
    # heads that are no verbs keep the word after them: the body's spokesman, a verb
    assert bodies_of("A fuel company spokesman said so.") == ["fuel company"]
    assert bodies_of("The fuel distribution company owns the tanks.") == [
        "fuel distribution company"]
    # a plural kind is a body's ("financial services firm"), not only a subject
    assert bodies_of("The telecommunications company said so.") == [
        "telecommunications company"]
    assert bodies_of("He joined the financial services firm in 2010.") == [
        "financial services firm"]


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


def test_heads_that_cannot_name_one_body_do_not_link() -> None:
    """A business and its premises, premises and a place of one kind, two public bodies may
    be one; two places of two kinds, a business and a place of one kind, a business and a
    public body are two."""
    assert linked("A doctor at a health facility said so.",
                  "A doctor at the health clinic said so.") == [["health facility",
                                                                 "health clinic"]]
    assert linked("The fire started in a nearby store.",
                  "The fire started in a nearby warehouse.") == []
    assert linked("Radiation rose near the nuclear plant.",
                  "Radiation rose, the nuclear company said.") == []
    assert linked("It was found by a private security firm.",
                  "It was found by the state security agency.") == []


def test_british_and_american_spellings_are_one_head() -> None:
    assert bodies_of("She entered a rehab centre in Malibu.") == ["rehab centre"]
    assert linked("She entered a rehab centre in Malibu.",
                  "She entered a rehab center in Malibu.") == []  # written alike


def test_a_report_that_names_two_bodies_of_one_kind_links_neither() -> None:
    """Which of two rehab centres another report's "rehab facility" is, is not guessed: the
    names are facts of their own (entities), which the descriptions follow."""
    two = ("The actress has had enough of the Palm Springs rehab centre, her lawyer said. She "
           "is already a patient of the Cliffside rehab centre.")
    other = "Her lawyer said the actress has had enough of a rehab facility."
    docs = [build_document(str(i), str(i), str(i), t) for i, t in enumerate((two, other))]
    names = entities(two, "Palm Springs", "Cliffside")
    found = [find_bodies(docs[0], names=names), find_bodies(docs[1])]
    assert [b.owner for b in found[0]] == ["Palm Springs", "Cliffside"]
    assert link_bodies(found, [(0, 0, 1, 0)]) == []
    found[0] = find_bodies(docs[0], names=names[:1])  # one name: one body of the kind named
    assert [b.owner for b in found[0]] == ["Palm Springs", ""]
    assert link_bodies(found, [(0, 0, 1, 0)]) == [[(0, 0), (1, 0)]]
    possessive = two.replace("the Palm Springs", "Palm Springs'").replace(
        "the Cliffside", "Cliffside's")
    names = entities(possessive, "Palm Springs", "Cliffside")
    found[0] = find_bodies(build_document("0", "0", "0", possessive), names=names)
    assert [b.owner for b in found[0]] == ["Palm Springs", "Cliffside"]
    assert link_bodies(found, [(0, 0, 1, 0)]) == []
    one_sentence = "She left a rehab centre for a rehab clinic in Malibu."
    assert linked(one_sentence, "She entered a rehab facility.") == []
    # an article that opens a sentence is no name: one name, one body
    assert linked("The rehab centre was closed. She is at the Cliffside rehab centre.",
                  "The rehab facility was closed.") == [["rehab centre", "rehab facility"]]


def test_two_descriptions_beside_one_entity_are_the_entitys_fact() -> None:
    """"Promises Treatment Center, a prominent rehab clinic" / "the rehab center Promises
    Treatment Center": the shared name is the fact; the descriptions would count it twice.
    Beside two entities, or one beside none, they stay a body (alaska's "Crowley")."""
    left = "Tara Reid checked into Promises Treatment Center, a prominent rehab clinic."
    right = "Tara Reid entered the rehab center Promises Treatment Center."
    docs = [build_document(str(i), str(i), str(i), t) for i, t in enumerate((left, right))]
    names = [entities(t, "Tara Reid", "Promises Treatment Center") for t in (left, right)]
    found = [find_bodies(d, names=n) for d, n in zip(docs, names, strict=True)]
    assert [(b.text, b.beside) for bs in found for b in bs] == [
        ("prominent rehab clinic", {"§eP"}), ("rehab center", {"§eP"})]
    assert link_bodies(found, [(0, 0, 1, 0)]) == []
    found[1] = find_bodies(docs[1], names=names[1][:1])  # the other names nothing
    assert link_bodies(found, [(0, 0, 1, 0)]) == [[(0, 0), (1, 0)]]
    # an owner and a name after: both are beside it ("Malibu rehab center Promises ...")
    malibu = "Tara Reid entered the Malibu rehab center Promises Treatment Center."
    found[1] = find_bodies(build_document("1", "1", "1", malibu),
                           names=entities(malibu, "Malibu", "Promises Treatment Center"))
    assert [b.beside for b in found[1]] == [{"§eM", "§eP"}]
    assert link_bodies(found, [(0, 0, 1, 0)]) == []
    # a place, a date or a number beside a description names no body
    for text in ("Near Malibu, a rehab clinic said so.", "On Monday, a rehab clinic said so.",
                 "A Chinese construction company said so.", "A UK construction company said."):
        spans = entities(text, "Malibu", "Chinese", "UK")
        dates = [(s, e) for s, e, _ in entities(text, "Monday")]  # a date is no entity
        assert [b.beside for b in find_bodies(build_document("a", "a", "a", text), dates,
                                              spans)] == [set()], text
    # a place in the apposition's bracket; a name in the sentence before
    for text, name in (("Lohan flew to Rancho Mirage (Calif.), a rehab clinic took her.",
                        "Rancho Mirage"),
                       ("She entered Promises. (She left on Tuesday), a rehab clinic said.",
                        "Promises")):
        assert [b.beside for b in find_bodies(build_document("a", "a", "a", text),
                                              names=entities(text, name))] == [set()], text
    # an abbreviation's point or a quotation mark before the apposition's comma
    for text, name in (("HP will buy Qualys Inc., a consulting firm.", "Qualys Inc"),
                       ("She entered “Promises,” a rehab clinic.", "Promises"),
                       ("HP will buy EYP Mission Critical Facilities (eypmcf. com), a consulting "
                        "company.", "EYP Mission Critical Facilities"),
                       ("HP will buy EYP Mission Critical Facilities Inc. (EYP MCF), a "
                        "consulting company.", "EYP Mission Critical Facilities Inc")):
        assert [b.beside for b in find_bodies(build_document("a", "a", "a", text),
                                              names=entities(text, name))] == [
            {f"§e{name[0]}"}], text


def test_only_aligned_sentences_link() -> None:
    docs = [build_document(str(i), str(i), str(i), t)
            for i, t in enumerate((FUEL_A + " " + FUEL_A, FUEL_B))]
    found = [find_bodies(d) for d in docs]
    assert link_bodies(found, []) == []
    # the second sentence's description, the same words, is not the fact: only the aligned
    assert link_bodies(found, [(0, 1, 1, 0)]) == [[(0, 1), (1, 0)]]


def test_a_report_that_gives_one_body_two_heads_links_none() -> None:
    """One sentence aligned with two of the other report's: "a rehab center" left and "a
    rehab clinic" entered are two clinics, not one with the first report's "facility"."""
    left = ("Lindsay Lohan left a rehab facility in Newport Beach on Thursday and on Friday "
            "checked into Betty Ford in Rancho Mirage, her lawyer said.")
    right = ("Lindsay Lohan left a rehab center in Newport Beach on Thursday, her lawyer said. "
             "On Friday she checked into a rehab clinic in Rancho Mirage, her lawyer said.")
    docs = [build_document(str(i), str(i), str(i), t) for i, t in enumerate((left, right))]
    found = [find_bodies(d) for d in docs]
    assert link_bodies(found, [(0, 0, 1, 0)]) == [[(0, 0), (1, 0)]]
    assert link_bodies(found, [(0, 0, 1, 0), (0, 0, 1, 1)]) == []


def test_a_shared_term_a_body_takes_from_one_report_is_no_ones_own() -> None:
    """"rehab center" / "rehab-center" is a shared term (two joins); where the first report's
    is a body, the second's alone is no term of that report's own."""
    left = "Lindsay Lohan checked into a rehab center in Malibu on Friday, her lawyer said."
    right = ("Lindsay Lohan checked into a rehab facility in Malibu on Friday, her lawyer "
             "said.\n\nThe actress has been to a rehab-center six times since 2007.")
    comparison = compare_documents([build_document(str(i), str(i), str(i), t)
                                    for i, t in enumerate((left, right))])
    assert [f.label for f in comparison.facts if f.kind is Kind.ENTITY
            and f.label[:1].islower()] == ["rehab center"]
    assert not [f for f in comparison.facts if f.kind is Kind.TERM]


def test_three_reports_keep_a_term_two_share_where_a_body_took_the_thirds() -> None:
    texts = ("Lindsay Lohan checked into a rehab center in Malibu on Friday, her lawyer said.",
             "Lindsay Lohan checked into a rehab facility in Malibu on Friday, her lawyer "
             "said.\n\nThe actress has been to a rehab-center six times since 2007.",
             "Her film opens in May.\n\nThe actress has been to a rehab center six times "
             "since 2007, a friend said.")
    comparison = compare_documents([build_document(str(i), str(i), str(i), t)
                                    for i, t in enumerate(texts)])
    terms = [f for f in comparison.facts if f.kind is Kind.TERM]
    assert [(f.docs, f.status) for f in terms] == [((1, 2), Status.SHARED)]


def test_a_name_in_the_next_sentence_is_not_beside_a_description() -> None:
    text = "Lohan enters a rehab facility\n\nLindsay Lohan checked in."
    found = find_bodies(build_document("a", "a", "a", text),
                        names=entities(text, "Lindsay Lohan"))
    assert [(b.text, b.beside) for b in found] == [("rehab facility", set())]


def test_a_body_leaves_a_term_written_alike_the_storys_vocabulary() -> None:
    """A report's "rehab center" is a body where its partner sentence says "rehab facility";
    the other report's "rehab center", written alike, stays vocabulary, not its own term."""
    left = "Lindsay Lohan checked into a rehab center in Malibu on Friday, her lawyer said."
    right = ("Lindsay Lohan checked into a rehab facility in Malibu on Friday, her lawyer "
             "said.\n\nThe actress has been to a rehab center six times since 2007.")
    comparison = compare_documents([build_document(str(i), str(i), str(i), t)
                                    for i, t in enumerate((left, right))])
    body = [f for f in comparison.facts if f.label == "rehab center"]
    assert [(f.kind, f.status) for f in body] == [(Kind.ENTITY, Status.SHARED)]
    assert not [f for f in comparison.facts if f.kind is Kind.TERM]


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
