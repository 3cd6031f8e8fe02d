"""Key terms: compounds of common nouns around a word rare in news, matched across reports
whatever their joins (sentences from the ECB+ corpus and the keyed pairs)."""

from __future__ import annotations

from compare.engine import build_document, compare_documents
from compare.model import Kind, Status
from compare.terms import find_terms, link_terms, rare, role_spans


def terms_of(text: str, taken: list[tuple[int, int]] | None = None) -> list[str]:
    return [t.text for t in find_terms(build_document("a", "a", "a", text), taken or [])]


def shared_and_own(*texts: str) -> tuple[list[list[str]], list[list[str]]]:
    """The linked terms of each text: the groups seen in two texts, and those of one."""
    docs = [build_document(str(i), str(i), str(i), t) for i, t in enumerate(texts)]
    found = [find_terms(d) for d in docs]
    shared, own = [], []
    for group in link_terms(found):
        words = sorted({found[d][i].text for d, i in group})
        (shared if len({d for d, _ in group}) > 1 else own).append(words)
    return shared, own


def test_rare_words_by_every_spelling() -> None:
    assert rare("microservers") and rare("virtualization") and rare("referendums")
    # common in one of its forms: the singular, or the American spelling
    assert not rare("districts") and not rare("borders") and not rare("organisations")
    assert rare("administrative-territorial")  # a part is rare
    assert not rare("data-center")


def test_a_term_is_a_rare_word_with_its_compound_not_the_verb_before_it() -> None:
    sentence = ("At a meeting of the Central Election Commission it was decided to hold "
                "training seminars for representatives of political parties, public "
                "organisations and associations, electoral commissions and national observers.")
    found = terms_of(sentence)
    assert "training seminars" in found and "electoral commissions" in found
    assert not any(t.startswith("hold") for t in found)


def test_no_word_of_a_term_starts_inside_another_word() -> None:
    """ECB+ 9_3ecb: "this 11th hour regulation" gave the term "th hour regulation"."""
    assert not any(t.startswith("th ") for t in terms_of(
        "By rolling back this 11th hour regulation, we protect endangered species."))


def test_verbs_adverbs_and_participles_end_a_term() -> None:
    found = terms_of("The parliament examines the state budget approval, addresses questions "
                     "on holding referendums and announces presidential and parliamentary "
                     "elections.")
    assert "holding referendums" in found and "parliamentary elections" in found
    assert not any("examines" in t for t in found)
    # "dubbed" is a participle, not part of the compound
    found = terms_of("SeaMicro has been disruptive in a segment of the server market dubbed "
                     "microservers, which are tiny.")
    assert "microservers" in found and "server market" in found


def test_adjectives_of_judgement_name_no_subject() -> None:
    assert terms_of("They can make a definitive difference and pragmatic power.") == []


def test_a_noun_ending_like_an_adjective_heads_a_term() -> None:
    # the ending marks an adjective before the head, not the head itself
    assert terms_of("Police found an improvised explosive in the car.") == ["explosive"]


def test_other_facts_are_no_terms() -> None:
    text = "The newer SM10000-64HD was a 20 percent improvement over microservers."
    assert "microservers" in terms_of(text)
    start = text.index("microservers")  # a phrase or a name found there first
    found = terms_of(text, [(start, start + len("microservers"))])
    assert found and all("microservers" not in t for t in found)


def test_closed_open_and_hyphenated_compounds_are_one_shared_term() -> None:
    shared, _ = shared_and_own(
        "AMD buys Sea Micro to get into energy-efficient “microservers”.",
        "AMD wants to expand its role in products called micro servers.",
    )
    assert shared == [["micro servers", "microservers"]]
    shared, _ = shared_and_own(
        "Police said his blood-alcohol level was twice the legal limit.",
        "His blood alcohol level was found to be twice the legal limit.",
    )
    assert shared == [["blood alcohol level", "blood-alcohol level"]]
    shared, _ = shared_and_own(  # stemmed closed up: "cease" and "ceasefire" stem apart
        "Israel rejected calls for an immediate ceasefire in Gaza.",
        "Israel rejected international calls for a cease-fire in Gaza.",
    )
    assert shared == [["cease-fire", "immediate ceasefire"]]


def test_a_compound_written_alike_is_neither_shared_nor_one_reports_own() -> None:
    shared, own = shared_and_own(
        "Warplanes bombed the Yida refugee camp in South Sudan on Thursday.",
        "The bombs fell on the refugee camp, a witness said.",
    )
    assert shared == [] and own == []
    # a longer compound ending in it stays its report's own; the plain one is left out
    shared, own = shared_and_own(
        "It replaces 60 traditional servers and a load balancer with terminal servers.",
        "AMD will keep selling servers, and makers of servers will buy its chips.",
    )
    assert shared == []
    assert ["traditional servers"] in own and ["terminal servers"] in own
    assert not any("servers" in words for words in own)


def test_a_one_word_term_used_once_is_left_out() -> None:
    _, own = shared_and_own(
        "SeaMicro did the same thing with a very clever trick known as virtualization. "
        "SeaMicro calls this CPU/IO virtualization, vowing to cut power.",
        "AMD said nothing.",
    )
    assert ["virtualization"] in own
    assert not any("vowing" in t for words in own for t in words)


def test_two_nouns_joined_by_and_are_one_term_of_the_report_that_pairs_them() -> None:
    """Turkmenistan pair (A) and ECB+ 43_6ecbplus, 12_19ecb: a pair of subjects one report
    names together, which neither word alone would be a term for (each is used once)."""
    shared, own = shared_and_own(
        "On this basis, a party of Turkmenistan industrialists and entrepreneurs was "
        "established in August 2012 in Ashgabat.",
        "ARM processors are mainly found in smartphones and tablets, but there is growing "
        "interest in building power-efficient ARM servers.",
        "The Indian warship was dispatched to the Gulf of Aden after a spike in piracy and "
        "hijackings off the coast of Somalia.",
    )
    assert shared == []
    for pair in ("industrialists and entrepreneurs", "smartphones and tablets",
                 "piracy and hijackings"):
        assert [pair] in own
    # the pair stands for its two terms: no word is two facts
    assert not any(words in (["industrialists"], ["entrepreneurs"], ["tablets"])
                   for words in own)


def test_a_pair_another_report_names_part_of_is_no_term() -> None:
    """Gigante: A's "ratty bathrobe and slippers"; B's "bathrobe" alone, which the pair
    would claim as A's own."""
    shared, own = shared_and_own(
        "He wandered the Greenwich Village streets in a ratty bathrobe and slippers.",
        "Weinstein ordered him to wear a suit rather than a bathrobe to his trial.",
    )
    assert not any("and" in t for words in shared + own for t in words)


def test_adjectives_and_the_end_of_a_list_are_no_pair() -> None:
    """ECB+ 40_1ecb, 42_2ecb, 14_8ecbplus, 1_12ecb, 9_6ecb: adjectives, of which neither is
    a plural (Wiktionary gives "blands" and "clumsies" as words); 41_7ecbplus, 9_7ecb: "X, Y
    and Z" names three things, not the last two as one, with a name or a number before Y
    too; 13_5ecbplus: "X or Y or Z" neither."""
    text = (
        "Apple claims that its new MacBook Pro is the thinnest and lightest 17-inch notebook "
        "computer available. The new hybrid, quad-band Curve 8900 is the thinnest and lightest "
        "QWERTY device. Buildings must undertake a 'suitable and sufficient' fire risk "
        "assessment. Instead Hugh Jackman will be hosting what will undoubtedly be the most "
        "bland and unfunny Oscar night in recent memory. East Coast environmentalists, in high "
        "government posts, proved tone-deaf and clumsy when dealing with endangered species "
        "issues. Khartoum accused South Sudan of supplying anti-aircraft and anti-tank "
        "missiles, ammunition, landmines and mortars to the insurgents. The troops seized "
        "rifles, two mortars and landmines. The reviews have helped safeguard protected "
        "species such as bald eagles, Florida panthers and whooping cranes. Without enough "
        "milk to sell -- either as milk or cream or yogurt or cheese -- Mat Maid couldn't "
        "generate enough profit.")
    florida = text.index("Florida")
    found = terms_of(text, [(florida, florida + len("Florida"))])
    for words in ("thinnest", "lightest", "suitable", "bland", "tone-deaf", "landmines",
                  "mortars", "panthers", "cream", "yogurt"):
        assert not any(words in t and (" and " in t or " or " in t) for t in found), found
    assert "landmines" in found and "mortars" in found
    # the pair after "supplying" is of nouns: "missiles" is a plural
    assert "supplying anti-aircraft and anti-tank missiles" in found


def test_a_pair_needs_words_of_its_own_on_both_sides_of_the_and() -> None:
    """A text that has letters but no word ("4Kids": each run follows a digit) is read
    without error; an "and" inside another fact joins nothing; a pair's last word is read
    whatever white space stands before it."""
    assert terms_of("4Kids\n\nAnd then there were none.") == []
    text = "A party of Turkmenistan industrialists and entrepreneurs was set up."
    joint = text.index(" and ") + 1
    assert "industrialists and entrepreneurs" not in terms_of(text, [(joint, joint + 3)])
    assert "piracy and ship\u00a0hijackings" in terms_of(
        "The warship was sent after a spike in piracy and ship\u00a0hijackings.")
    docs = [build_document("A", "a", "a", "4Kids\n\n__init__\n\nThe 3DMark score rose."),
            build_document("B", "b", "b", "The 3DMark score fell.")]
    assert compare_documents(docs).documents


def test_engine_reports_terms_after_alignment() -> None:
    left = build_document("A", "a", "a", "AMD buys Sea Micro to get into microservers.\n\n"
                          "The company also plans to hold training seminars for partners.")
    right = build_document("B", "b", "b", "AMD is buying SeaMicro, a maker of micro servers.")
    comparison = compare_documents([left, right])
    terms = [f for f in comparison.facts if f.kind is Kind.TERM]
    shared = [f for f in terms if f.status is Status.SHARED]
    assert [sorted(m.text for m in f.mentions) for f in shared] == [
        ["micro servers", "microservers"]]
    assert any(f.label == "training seminars" and f.docs == (0,) for f in terms)
    # the shared term is shown as evidence of the aligned pair, not used to find it
    assert all(f.kind is not Kind.TERM or f.status is Status.SHARED
               for f in comparison.facts if f.id in {e for a in comparison.alignments
                                                     for e in a.facts})


def test_a_role_two_sources_give_one_person_is_shared_when_one_states_it() -> None:
    left = build_document("A", "a", "a", "AMD buys Sea Micro for $334M.\n\n"
                          "Andrew Feldman, chief executive of Sea Micro, said it was a good day.")
    right = build_document("B", "b", "b", "AMD to acquire SeaMicro.\n\n"
                           "SeaMicro Chief Executive Andrew Feldman, who founded the company in "
                           "2007, will join AMD.")
    roles = [f for f in compare_documents([left, right]).facts
             if f.kind is Kind.TERM and f.label.endswith(": chief executive")]
    assert [(f.status, [m.text for m in f.mentions]) for f in roles] == [
        (Status.SHARED, ["chief executive", "Chief Executive"])]


def test_a_title_both_write_before_the_name_is_the_name_not_a_role_fact() -> None:
    left = build_document("A", "a", "a", "In a statement, South Sudan's president Salva Kiir "
                          "denied the reports.")
    right = build_document("B", "b", "b", "South Sudan President Salva Kiir held a press "
                           "conference today.")
    assert not [f for f in compare_documents([left, right]).facts
                if f.kind is Kind.TERM and ":" in f.label]


def test_an_apposition_in_capitals_is_a_place_not_a_role() -> None:
    found = role_spans("They live in Bountiful, British Columbia, near the border.", 13, 22,
                       "Bountiful", frozenset({"british"}))
    assert found == []
    text = "said Lisa Su, senior vice president of the unit."
    found = role_spans(text, 5, 12, "Lisa Su", frozenset({"senior", "vice", "president"}))
    assert found == [(14, 35, "senior vice president", True)]


def test_a_role_before_another_name_in_a_list_is_that_name_s() -> None:
    """ecbplus 31_10ecb, 31_14ecb, 31_2ecb: "Ford, coach Roy Williams and director of
    athletics Dick Baddour": Roy Williams is the coach, not Ford; "president and CEO" after a
    name stays its role."""
    text = "Ford, coach Roy Williams and director of athletics Dick Baddour presented the ball."
    assert role_spans(text, 0, 4, "Ford", frozenset({"coach", "director"})) == []
    text = "said Rory Read, president and CEO, AMD."
    assert role_spans(text, 5, 14, "Rory Read", frozenset({"president", "ceo"})) == [
        (16, 25, "president", True)]


def test_a_role_that_goes_on_in_other_words_is_not_cut_short() -> None:
    text = "said Dave Marcus, security research director at McAfee Avert Labs."
    assert role_spans(text, 5, 16, "Dave Marcus", frozenset({"security", "director"})) == []
    text = "said Paul Henry, security and forensic analyst at Lumension."
    assert role_spans(text, 5, 15, "Paul Henry", frozenset({"security", "analyst"})) == []
    text = "John McCain, senior vice president and general manager, HP Enterprise Services"
    roles = frozenset("senior vice president general manager".split())
    assert role_spans(text, 0, 11, "John McCain", roles) == [
        (13, 54, "senior vice president and general manager", True)]


def test_a_verb_after_its_subject_and_a_trailing_and_are_no_role() -> None:
    from compare.names import role_words

    roles = role_words()
    for text, role in (("He met Lisa Su at the show.", []),  # "met" is on the list of titles
                       ("They met Lisa Su, president and CEO of AMD.", ["president"]),
                       ("They met President Barack Obama.", ["president"])):
        name = "Lisa Su" if "Lisa" in text else "Barack Obama"
        at = text.index(name)
        assert [r for _, _, r, _ in role_spans(text, at, at + len(name), name, roles)] == role



def test_every_british_spelling_rewritten_ends_as_the_shortcut_expects() -> None:
    # rare() and american() skip the rewrites for a word with none of BRITISH_ENDINGS: each
    # word of the shipped list (and its British forms) that a rewrite changes must end with
    # one of them
    from compare.lexicon import BRITISH_ENDINGS, SPELLINGS, common_words

    words = set(common_words()) | {"organisations", "realising", "colours", "centres",
                                   "travellers", "labelled", "modelling", "jewellery",
                                   "favoured", "defences", "programmes"}
    for word in sorted(words):
        for pattern, repl in SPELLINGS:
            if pattern.sub(repl, word) != word:
                assert word.endswith(BRITISH_ENDINGS), word
