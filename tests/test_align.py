"""Sentence alignment: paraphrases that share facts align, unrelated sentences do not, and the
number of scored pairs is reported (and stays below the product of the sentence counts)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from compare import align
from compare.lexicon import stem
from compare.model import Comparison


def sentence_index(comparison: Comparison, doc: int, prefix: str) -> int:
    d = comparison.documents[doc]
    hits = [i for i in range(len(d.sentences)) if d.sentence_text(i).startswith(prefix)]
    assert len(hits) == 1, prefix
    return hits[0]


@pytest.fixture(scope="module")
def seeds(seed_texts, compare_texts) -> Comparison:
    return compare_texts(seed_texts["A"], seed_texts["B"])


def test_paraphrase_sharing_only_facts_aligns(seeds) -> None:
    left = sentence_index(seeds, 0, "The group has boasted of ousting eight Conservative MPs")
    right = sentence_index(seeds, 1, "“In 3 elections, we kicked out 8 MPs & Ministers.")
    pairs = {(a.left, a.right): a for a in seeds.alignments if (a.left_doc, a.right_doc) == (0, 1)}
    assert (left, right) in pairs
    evidence = [seeds.fact(f) for f in pairs[(left, right)].facts]
    eight = [f for f in evidence if {m.text for m in f.mentions} == {"eight", "8"}]
    assert len(eight) == 1


@pytest.mark.parametrize(
    ("doc", "prefix"),
    [
        (0, "Co-founder Asghar Bukhari, who has since left MPACUK"),
        (0, "“They’re grassroot campaigners"),
        (1, "Green Party candidate Clare Hales and Independent John Richardson"),
        (1, "“Since 2010 I have tried to serve everyone in Pendle"),
    ],
)
def test_sentence_about_something_else_is_not_aligned(seeds, doc, prefix) -> None:
    index = sentence_index(seeds, doc, prefix)
    side = "left" if doc == 0 else "right"
    assert all(getattr(a, side) != index for a in seeds.alignments)


def test_alignment_scores_reach_the_threshold_and_evidence_is_shared_facts(seeds) -> None:
    assert seeds.alignments
    for a in seeds.alignments:
        assert seeds.threshold <= a.score <= 1.0
        for fact_id in a.facts:
            fact = seeds.fact(fact_id)
            assert {a.left_doc, a.right_doc} <= set(fact.docs)
            assert any(m.doc == a.left_doc and m.sentence == a.left for m in fact.mentions)
            assert any(m.doc == a.right_doc and m.sentence == a.right for m in fact.mentions)


def test_pairs_scored_is_reported_and_below_all_pairs(seeds) -> None:
    n_left = len(seeds.documents[0].sentences)
    n_right = len(seeds.documents[1].sentences)
    assert len(seeds.alignments) <= seeds.pairs_scored < n_left * n_right


def test_documents_without_a_common_term_score_no_pairs(compare_texts) -> None:
    comparison = compare_texts(
        "Rovers beat United in a rain-soaked derby. The striker scored twice.",
        "The bridge will reopen in spring after repairs. Engineers inspected cables.",
    )
    assert comparison.pairs_scored == 0
    assert comparison.alignments == ()


def test_raising_the_threshold_only_removes_pairs(seed_texts, compare_texts, seeds) -> None:
    strict = compare_texts(seed_texts["A"], seed_texts["B"], threshold=0.3)
    loose = {(a.left, a.right) for a in seeds.alignments}
    tight = {(a.left, a.right) for a in strict.alignments}
    assert tight < loose
    assert all(a.score >= 0.3 for a in strict.alignments)
    assert strict.threshold == 0.3


# the scoring functions themselves


def test_score_pairs_scores_only_pairs_that_share_a_term() -> None:
    left = [frozenset({"bomb", "camp"}), frozenset({"oil"}), frozenset({"refuge"})]
    right = [frozenset({"bomb", "camp", "school"}), frozenset({"pipelin"}), frozenset({"refuge"})]
    texts_l = ["bomb camp", "oil", "refugees"]
    texts_r = ["bomb camp school", "pipeline", "refugees"]
    found, scored = align.score_pairs(left, right, texts_l, texts_r)
    assert scored == 2
    assert {(c.left, c.right) for c in found} == {(0, 0), (2, 2)}
    assert all(0 < c.score <= 1.0 + 1e-9 for c in found)


def test_a_document_without_terms_scores_no_pair() -> None:
    """Sentences of punctuation or function words only ("....", "It was.") leave a document
    with no term at all: nothing to share, so no pair, whichever side it is on."""
    empty = [frozenset(), frozenset()]
    other = [frozenset({"bridg", "reopen"})]
    texts = ["....", "It was."]
    assert align.score_pairs(empty, other, texts, ["The bridge will reopen."]) == ([], 0)
    assert align.score_pairs(other, empty, ["The bridge will reopen."], texts) == ([], 0)


def test_score_pairs_ranks_the_closer_sentence_higher() -> None:
    left = [frozenset({"bomb", "camp", "yida"})]
    right = [frozenset({"bomb", "camp", "yida"}), frozenset({"bomb", "oil", "pipelin", "sudan"})]
    texts_r = ["bomb camp Yida", "bomb oil pipeline Sudan"]
    found, _ = align.score_pairs(left, right, ["bomb camp Yida"], texts_r)
    score = {c.right: c.score for c in found}
    assert score[0] > score.get(1, 0.0)  # the other shares one word: scored lower or not at all


def test_select_drops_pairs_below_threshold_or_far_below_the_best() -> None:
    candidates = [
        align.Candidate(0, 0, 0.9),
        align.Candidate(0, 1, 0.2),  # above threshold but under 0.3 x 0.9
        align.Candidate(1, 1, 0.5),
        align.Candidate(2, 2, 0.1),  # below threshold
    ]
    chosen = align.select(candidates, threshold=0.16, relative=0.3)
    assert [(c.left, c.right) for c in chosen] == [(0, 0), (1, 1)]


def test_a_sentence_keeps_its_best_partners_only() -> None:
    """A page that says one sentence again and again, against a copy of itself: each
    sentence met every echo (41,405 pairs at 200 KB, 3.5 s, most of it printing them)."""
    most = align.MAX_PARTNERS
    echoes = [align.Candidate(0, j, 0.9 - 0.01 * j) for j in range(most + 5)]
    other = [align.Candidate(1, most + 5, 0.5)]
    chosen = align.select(echoes + other, threshold=0.16)
    assert [(c.left, c.right) for c in chosen] == [(0, j) for j in range(most)] + [
        (1, most + 5)]
    # the other side counts too: one right sentence met by many left ones keeps its best
    many = [align.Candidate(i, 0, 0.5 + 0.01 * i) for i in range(most + 3)]
    assert [c.left for c in align.select(many, threshold=0.16)] == list(range(3, most + 3))


def test_two_leads_pair_however_far_below_the_headlines_pair() -> None:
    """ecbplus 14_8 / 14_10 (thirtieth session's alignment audit): the headlines pair at 1,
    so "A Waitrose supermarket ... caught fire yesterday" / "Major fire at Waitrose in
    Wellington" (0.272, raised by the lead bonus) fell under 0.3 x 1. Two leads stay; a
    sentence past the lead, or a pair the bonus did not raise, is held to the floor."""
    candidates = [
        align.Candidate(0, 0, 1.0, lead=1.8),  # the two headlines
        align.Candidate(2, 0, 0.272, lead=1.6),  # the first sentence and the headline
        align.Candidate(3, 0, 0.272, lead=1.5),  # past the lead
        align.Candidate(0, 1, 0.272),  # no lead bonus: no title line opens the reports
    ]
    chosen = align.select(candidates, threshold=0.16, relative=0.3)
    assert [(c.left, c.right) for c in chosen] == [(0, 0), (2, 0)]


def test_sentence_terms_mask_fact_words_and_add_fact_ids(make_doc) -> None:
    doc = make_doc("Tory candidates lost badly. Conservative voters stayed home.")
    (s0, _), (s1, _) = doc.sentences
    masks = [[(s0, s0 + 4)], [(s1, s1 + 12)]]
    terms = align.sentence_terms(doc, [{"§e1"}, {"§e1"}], masks)
    assert "§e1" in terms[0] and "§e1" in terms[1]
    assert "tory" not in terms[0]
    assert not any(t.startswith("conservativ") for t in terms[1])
    assert stem("candidates") in terms[0]


def test_sentence_terms_reuse_the_plain_terms_of_a_sentence_without_facts(make_doc) -> None:
    doc = make_doc("Tory candidates lost badly. Voters stayed home in the well-known town.")
    (s0, _), _ = doc.sentences
    plain = align.sentence_terms(doc)
    facts, masks = [{"§e1"}, set()], [[(s0, s0 + 4)], []]
    terms = align.sentence_terms(doc, facts, masks, plain=plain)
    assert terms == align.sentence_terms(doc, facts, masks)  # the same terms, faster
    assert terms[1] is plain[1]  # the sentence without a fact: its plain terms as they are
    assert terms[0] != plain[0] and "§e1" in terms[0]


def test_a_one_word_name_that_is_a_related_word_meets_the_word(make_doc) -> None:
    # the degeneres pair: "Twitter" is a name (a fact, its word masked) and still the group of
    # "tweeted" in the other report; the word itself stays out, the fact stands for it
    doc = make_doc("DeGeneres made the announcement on Twitter on Friday.")
    at = doc.text.index("Twitter")
    (named,) = align.sentence_terms(doc, [{"§e4"}], [[(at, at + len("Twitter"))]])
    assert stem("twitter") not in named and "~tweet" not in named
    (tweeted,) = align.sentence_terms(make_doc("Ellen DeGeneres just tweeted she will host."))
    assert "~tweet" in tweeted
    [[bridged], _] = align.bridge_names([[named], [tweeted]])
    assert {"~tweet", "§e4"} <= bridged
    # no word of the group in another document: the name's group would meet nothing
    [[alone], _] = align.bridge_names([[named], [frozenset({"oscar"})]])
    assert "~tweet" not in alone and "§e4" in alone


def test_a_word_inside_a_longer_name_brings_no_group(make_doc) -> None:
    # the seeds: "Vote" in "Operation Muslim Vote 2019" is the campaign's name, not a vote
    doc = make_doc("It launched a crowdfunding drive to support its Operation Muslim Vote 2019.")
    at = doc.text.index("Operation")
    (terms,) = align.sentence_terms(doc, [{"§e9"}], [[(at, at + len("Operation Muslim Vote"))]])
    [[bridged], _] = align.bridge_names([[terms], [frozenset({"~elect", "vot"})]])
    assert not {t for t in bridged if t[0] in "~≈"}


# related words and numbers: the classes of paraphrase that share no rare word


def shared_terms(make_doc, left: str, right: str) -> set[str]:
    a, b = make_doc(left, "A"), make_doc(right, "B")
    (terms_a,) = align.sentence_terms(a)
    (terms_b,) = align.sentence_terms(b)
    return set(terms_a & terms_b)


@pytest.mark.parametrize(
    ("left", "right", "group"),
    [
        # ECB+ corpus, one hit-and-run told by two outlets
        ("Police say 66-year-old LuAnn Marie Johnson, of Burnsville, was killed Wednesday night.",
         "Johnson died at Hennepin County Medical Center in Minneapolis.", "~kill"),
        # the Yida camp pair: an advocacy blog and a wire report
        ("A refugee camp in South Sudan's Unity state was bombed Thursday.",
         "The Sudan Armed Forces, or SAF, attacked a refugee camp in South Sudan.", "~attack"),
        # two reports of the Indian navy and the pirates in the Gulf of Aden
        ("The boats tried to escape on seeing the navy ship but were chased and the pirates "
         "surrendered to the commandos when they boarded the boats.",
         "It was in November that the government authorized the navy to undertake hot pursuit "
         "of pirates in the territorial waters of Somalia.", "~chase"),
        ("Ellen DeGeneres just tweeted she will be hosting the Oscars this year.",
         "DeGeneres herself announced the news Friday morning on Twitter.", "~tweet"),
        ("More and more people have been calling for the Greek Prime Minister Costas Karamanlis "
         "and his government to quit.",
         "The prime minister, Costas Karamanlis, has ignored mounting calls for his resignation.",
         "~resign"),
    ],
)
def test_related_words_share_their_group(make_doc, left, right, group) -> None:
    assert group in shared_terms(make_doc, left, right)


def test_a_number_written_alike_is_shared_without_a_linked_fact(make_doc) -> None:
    shared = shared_terms(
        make_doc,
        "It was built in 1935, the same year that the first farm families arrived.",
        "The building was constructed in 1935, predating statehood by more than 20 years.",
    )
    assert "#1935" in shared


def test_a_word_of_two_meanings_joins_no_group(make_doc) -> None:
    # "fired" a shot is no blaze: "fire" stays out of the related words
    shared = shared_terms(
        make_doc,
        "The officer who fired the shot says he killed the boy accidentally in self-defence.",
        "More than 50 firefighters tackled the blaze which began on the roof of the supermarket.",
    )
    assert not {t for t in shared if t.startswith("~")}
    groups = align.related()
    for word in ("fire", "fired", "strike", "charge", "shell", "firm", "house", "sentence"):
        assert stem(word) not in groups, word


def test_related_words_weigh_less_than_the_same_word() -> None:
    # the same word is shared as itself and as its group, a related word only as the group
    left = [frozenset({"kill", "~kill", "camp"}), frozenset({"oil"})]
    right = [frozenset({"kill", "~kill", "camp"}), frozenset({"died", "~kill", "camp"})]
    found, _ = align.score_pairs(left, right, ["killed camp", "oil"],
                                 ["killed camp", "died camp"])
    score = {(c.left, c.right): c.score for c in found}
    assert score[(0, 0)] > score[(0, 1)] > 0


PAIRS = Path(__file__).resolve().parents[2] / "shared" / "pairs"


@pytest.mark.skipif(not (PAIRS / "amd-seamicro-2012").is_dir(),
                    reason=f"keyed pairs ({PAIRS}) are absent")
def test_headlines_that_say_buys_and_acquire_align(make_doc, monkeypatch) -> None:
    from compare.engine import compare_documents

    docs = keyed(make_doc, "amd-seamicro-2012")
    left = starting(docs[0], "AMD buys Sea Micro for $334M")
    right = starting(docs[1], "AMD to Acquire Server Start-Up")
    pairs = {(a.left, a.right) for a in compare_documents(docs).alignments}
    assert (left, right) in pairs
    monkeypatch.setattr(align, "RELATED_WEIGHT", 0.0)
    pairs = {(a.left, a.right) for a in compare_documents(docs).alignments}
    assert (left, right) not in pairs  # the group of "buy" and "acquire" made the pair


# evidence: a pair sharing only a name the story repeats, or one common word, is no pair


def keyed(make_doc, name: str) -> list:
    from compare.reading import clean_text

    folder = PAIRS / name
    return [make_doc(clean_text((folder / f"{n}.txt").read_text(encoding="utf-8")), d)
            for n, d in (("a", "A"), ("b", "B"))]


def starting(doc, prefix: str) -> int:
    return next(i for i in range(len(doc.sentences)) if doc.sentence_text(i).startswith(prefix))


@pytest.mark.skipif(not (PAIRS / "alaska-dairy-fire-2012").is_dir()
                    or not (PAIRS / "amd-seamicro-2012").is_dir(),
                    reason=f"keyed pairs ({PAIRS}) are absent")
@pytest.mark.parametrize(
    ("name", "left", "right", "kept"),
    [
        # the headline and a remark that names the town again
        ("alaska-dairy-fire-2012", "Fire destroys historic Mat Maid dairy building in Palmer",
         "Palmer does not own the properties, Bower said.",
         ("Fire destroys historic Mat Maid", "A fire on Tuesday destroyed Palmer's historic")),
        # a sentence on the rival's own chips and a short one that names the rival again
        ("amd-seamicro-2012", "As we’ve described in earlier stories, Intel",
         "Those systems now use Intel chips.",
         ("The servers use Intel’s Atom", "Those systems now use Intel chips.")),
    ],
)
def test_a_repeated_name_alone_is_too_little_evidence(make_doc, monkeypatch, name, left, right,
                                                      kept) -> None:
    from compare.engine import compare_documents

    docs = keyed(make_doc, name)
    pair = (starting(docs[0], left), starting(docs[1], right))
    good = (starting(docs[0], kept[0]), starting(docs[1], kept[1]))
    pairs = {(a.left, a.right) for a in compare_documents(docs).alignments}
    assert pair not in pairs
    assert good in pairs  # the headline still meets the sentence that tells the same
    monkeypatch.setattr(align, "EVIDENCE", 0.0)
    # without the lead bonus too: with it, the two headlines outscore the pair 3 to 1
    monkeypatch.setattr(align, "LEAD_BONUS", 0.0)
    pairs = {(a.left, a.right) for a in compare_documents(docs).alignments}
    assert pair in pairs  # the cosine alone took the one shared name for a match


@pytest.mark.skipif(not (PAIRS / "amd-seamicro-2012").is_dir()
                    or not (PAIRS / "alaska-dairy-fire-2012").is_dir(),
                    reason=f"keyed pairs ({PAIRS}) are absent")
@pytest.mark.parametrize("speakers", [True, False])
def test_who_says_something_is_not_what_the_sentence_tells_of(make_doc, monkeypatch,
                                                            speakers) -> None:
    from compare.engine import compare_documents

    monkeypatch.setattr(align, "SPEAKERS", speakers)
    amd = keyed(make_doc, "amd-seamicro-2012")
    pairs = {(a.left, a.right) for a in compare_documents(amd).alignments}
    # a sentence on what Feldman designed and one Feldman only says: one shared name and "chip"
    told_of = (starting(amd[0], "Feldman designed custom chips"),
               starting(amd[1], "Mr. Feldman said Wednesday that AMD's Opteron chip"))
    assert (told_of not in pairs) is speakers
    # one fact two reports attribute to one speaker still pairs: the speaker's term is shared
    alaska = keyed(make_doc, "alaska-dairy-fire-2012")
    pairs = {(a.left, a.right) for a in compare_documents(alaska).alignments}
    assert (starting(alaska[0], "Owen said a total of 31 fire trucks"),
            starting(alaska[1], "More than two dozen pieces of firefighting equipment")) in pairs


def test_a_speaker_weighs_less_than_the_name_told_of() -> None:
    assert align.speaker_term("§e4") == "§s4"
    assert align.term_weight("§s4") < align.term_weight("§e4")
    assert align.term_weight("§s4") > align.term_weight("chip")


def test_evidence_is_measured_against_the_documents_own_weights() -> None:
    # short reports (four sentences of the Lindsay Lohan story in all, ECB+): every weight is
    # small, and the bar moves with them, so their pairs are the pairs the cosine alone makes
    from story import story_comparison

    with_bar = story_comparison().alignments
    original = align.EVIDENCE
    align.EVIDENCE = 0.0
    try:
        without = story_comparison().alignments
    finally:
        align.EVIDENCE = original
    assert with_bar == without
    assert len(with_bar) >= 10


def test_contracted_function_words_are_no_terms(make_doc) -> None:
    # AMD pair: "it’s" made these two sentences share a term
    doc = make_doc("The custom chips virtualize all of those other components so that it finds "
                   "the resource when it’s needed. “But it's a very unconventional step.” "
                   "We'll see, and they don't know.")
    words = [{w for _, w in found} for found in align.sentence_words(doc)]
    assert not words[0] & words[1]
    assert {"it", "we", "don", "do"}.isdisjoint(set().union(*words))
    assert stem("unconventional") in words[1]


def test_written_numbers_are_told_from_facts_and_words(make_doc) -> None:
    (terms,) = align.sentence_terms(make_doc("The building was constructed in 1935."))
    # and the year's decade, until ``bridge_names`` finds whether another report names it
    assert {t for t in terms if align.written_number(t)} == {"#1935", "#?1930s"}
    assert not align.written_number("§q3") and not align.written_number("~kill")


# A line that is only a name (a caption's credit, a byline, "Cheeks is in.") pairs with nothing;
# a one-word sentence of its own ("I partied.") still pairs. Real sentences: the gigante keyed
# pair and ECB+ stories 5 (the Sixers' coach) and 1 (Tara Reid).
NAME_LINE_A = (
    'Vincent "The Chin" Gigante, the powerful mob boss who avoided jail for decades by wandering'
    " the Greenwich Village streets in a ratty bathrobe and slippers as part of an elaborate"
    " feigned mental illness, died Monday in prison, federal officials said.\n\n"
    "After keeping Iguodala and Williams, all the heat was on Cheeks.\n\n"
    "I partied hard.\n"
)
NAME_LINE_B = (
    "Salerno: For nothing.\n\nVincent L. Gigante\n\n"
    "But O'Brien is gone now.\n\nCheeks is in.\n\n"
    "I partied.\n"
)


@pytest.mark.parametrize("name_lines", [True, False])
def test_a_line_that_is_only_a_name_pairs_with_nothing(
    compare_texts, monkeypatch, name_lines
) -> None:
    monkeypatch.setattr(align, "NAME_LINES", name_lines)
    comparison = compare_texts(NAME_LINE_A, NAME_LINE_B)
    pairs = {(a.left, a.right) for a in comparison.alignments}
    partied = (sentence_index(comparison, 0, "I partied hard."),
               sentence_index(comparison, 1, "I partied."))
    assert partied in pairs
    lines = {sentence_index(comparison, 1, "Vincent L. Gigante"),
             sentence_index(comparison, 1, "Cheeks is in.")}
    paired = {right for _, right in pairs} & lines
    if name_lines:
        assert not paired
    else:  # what the rule is for: without it both name lines pair
        assert paired == lines


def test_a_line_that_only_says_who_spoke_pairs_with_nothing(compare_texts) -> None:
    """Review of 7f6c09d: '"Yes," Andrew Feldman said.' is a speaker's term alone, a name line."""
    comparison = compare_texts(
        '"Yes," Andrew Feldman said.\n\nThe deal closed on Friday.\n',
        '"No," Andrew Feldman said.\n\nChips were sold on Monday.\n',
    )
    assert (0, 0) not in {(a.left, a.right) for a in comparison.alignments}


def test_a_line_that_is_only_another_fact_still_pairs(compare_texts) -> None:
    """ECB+ 13_17ecb / 13_18ecb, 13_7ecbplus / 13_8ecbplus (thirtieth session's alignment
    audit): a sentence that is one phrase fact says something of its own, unlike a name."""
    comparison = compare_texts(
        "Fire destroyed the historic church on Saturday.\n\nNo one was hurt.\n",
        "Arson is suspected in the church fire.\n\nNo one was injured.\n",
    )
    pairs = {(a.left, a.right) for a in comparison.alignments}
    assert (sentence_index(comparison, 0, "No one was hurt."),
            sentence_index(comparison, 1, "No one was injured.")) in pairs


def test_two_spellings_of_one_word_meet(make_doc) -> None:
    """ECB+ 24_2ecbplus / 24_3ecbplus: "jewellery" and "jewelry" are one word to the aligner."""
    (british,) = align.sentence_terms(make_doc("Two million euro jewellery heist in Paris."))
    (american,) = align.sentence_terms(make_doc("Robbers made off with jewelry in Paris."))
    assert british & american == {"jewelry", "pari"}


# the lead: two reports of one story open with the same news, so their openings pair on less


def test_the_lead_bonus_falls_from_the_first_sentences_to_nothing() -> None:
    left = np.array([0, 3, 0, 7, 8, 40])
    right = np.array([0, 0, 5, 2, 0, 1])
    bonus = align.lead(left, right)
    assert bonus[0] == pytest.approx(1 + align.LEAD_BONUS)
    assert bonus[0] > bonus[1] > bonus[2] > bonus[3] > 1.0  # the farther of the two counts
    assert bonus[4] == bonus[5] == 1.0


@pytest.mark.skipif(not (PAIRS / "amd-seamicro-2012").is_dir()
                    or not (PAIRS / "gigante-death-2005").is_dir(),
                    reason=f"keyed pairs ({PAIRS}) are absent")
@pytest.mark.parametrize(
    ("name", "left", "right"),
    [
        # a headline and the other report's lead: one deal, told in two words for it
        ("amd-seamicro-2012", "AMD buys Sea Micro for $334M",
         "Advanced Micro Devices Inc., AMD +0.26% vowing to change the game"),
        # the obituaries' leads: the mob boss who feigned madness in a bathrobe and slippers
        ("gigante-death-2005", 'Vincent "The Chin" Gigante, the powerful mob boss',
         "To the writers of headlines he was sometimes"),
    ],
)
def test_opening_sentences_that_tell_the_same_news_pair(make_doc, monkeypatch, name, left,
                                                         right) -> None:
    from compare.engine import compare_documents

    docs = keyed(make_doc, name)
    pair = (starting(docs[0], left), starting(docs[1], right))
    assert max(pair) < align.LEAD_SENTENCES
    assert pair in {(a.left, a.right) for a in compare_documents(docs).alignments}
    monkeypatch.setattr(align, "LEAD_BONUS", 0.0)
    assert pair not in {(a.left, a.right) for a in compare_documents(docs).alignments}


def test_a_plural_in_ings_meets_its_verb(make_doc) -> None:
    # the alaska pair: "one of the oldest buildings in Palmer" / "Historic dairy building"
    doc = make_doc("The oldest buildings in Palmer burned. Historic dairy building destroyed. "
                   "After meeting with his players, King decided. In his postseason meetings "
                   "with players, King listened.")
    words = [{w for _, w in found} for found in align.sentence_words(doc)]
    assert words[0] & words[1] == {stem("building")}
    assert stem("meeting") in words[2] & words[3]


def test_only_a_document_that_opens_with_a_title_has_a_lead(make_doc) -> None:
    # headlines of the alaska and amd pairs; the seeds open in mid-prose, as a body without its
    # headline or with its paragraphs moved does (tests/test_variants.py)
    rest = "\n\nA fire on Tuesday destroyed the building.\n"
    assert align.opens_with_title(make_doc("Fire destroys historic Mat Maid dairy building in "
                                           "Palmer" + rest))
    assert align.opens_with_title(make_doc("AMD buys Sea Micro for $334M to get into "
                                           "energy-efficient “microservers”" + rest))
    assert not align.opens_with_title(make_doc(
        "A LONDON-based Islamic group has targeted Pendle candidate Andrew Stephenson as part "
        "of a social media campaign." + rest))
    assert not align.opens_with_title(make_doc("The fire was out. Crews stayed." + rest))


@pytest.mark.parametrize(
    ("year", "decade"),
    [
        # the alaska pair: the Anchorage paper and the Alaska Dispatch
        ("Mat Maid filed for bankruptcy in November 1983.",
         "It was taken over by the state in the mid-1980s after its private owner went bankrupt."),
        # ECB+ corpus, topic 13: two reports of the same fire
        ("The building dates to 1935, when the original Matanuska Valley colonists settled in "
         "Alaska, and has been on the Alaska Association For Historic Preservation’s list of "
         "endangered historic properties for several years.",
         "A fire on Tuesday destroyed Palmer's historic Matanuska Maid Dairy warehouse building, "
         "which was built in the 1930s when colonists arrived from the Midwest to try their hand "
         "at farming in Alaska."),
        # ECB+ corpus, topic 26: two obituaries of Vincent Gigante ("the 1980's")
        ("Mat Maid filed for bankruptcy in November 1983.",
         "In the 1980's, after the authorities said Mr. Gigante had assumed undisputed command "
         "of the Genovese family, he moved."),
    ],
)
def test_a_year_meets_the_decade_it_falls_in(make_doc, year, decade) -> None:
    [[left], [right]] = align.bridge_names(
        [align.sentence_terms(make_doc(year, "A")), align.sentence_terms(make_doc(decade, "B"))])
    (shared,) = {t for t in left & right if t.endswith("0s")}
    assert shared in {"#1930s", "#1980s"}


def test_a_decade_term_is_kept_only_where_another_document_answers_it(make_doc) -> None:
    # two years of one decade are two dates, not one; a decade nothing answers only weighs
    [[left], [right]] = align.bridge_names([
        align.sentence_terms(make_doc("Mat Maid filed for bankruptcy in November 1983.", "A")),
        align.sentence_terms(make_doc("It was taken over by the state in 1987.", "B"))])
    assert not {t for t in left | right if t.endswith("0s")}
    [[alone], [other]] = align.bridge_names([
        align.sentence_terms(make_doc("Mo ran the Sixers in the 1980s as their point guard.")),
        align.sentence_terms(make_doc("Cheeks played in 1973.", "B"))])
    assert not {t for t in alone | other if t.endswith("0s")}


# Two sentences that put the same words in quotation marks report one statement or one
# nickname, however little else they share. Real sentences: the gigante keyed pair (the
# obituary and the wire) and ECB+ story 5 (the Sixers' coach).
ODDFATHER_A = (
    'Dubbed the "Oddfather" for his bizarre behavior, the former Genovese crime family head, an'
    " ex-boxer whose lengthy string of victories over prosecutors ended with a July 1997"
    " racketeering conviction, finally admitted his insanity ruse at an April 2003 court"
    " hearing.\n\nAfter nearly a quarter-century of public craziness, Gigante calmly pleaded"
    " guilty to obstruction of justice for his deception.\n"
)
ODDFATHER_B = (
    'To the writers of headlines he was sometimes "Daffy Don" or "the Oddfather" for his habit'
    " of walking the streets of the West Village clad in a bathrobe, striped pyjamas, and"
    " slippers, while muttering incoherently.\n\nFederal prosecutors claimed it was an act, but"
    " it was not until 2003, after more than three decades of faking mental illness, that"
    " Gigante admitted in court that he did it to avoid prosecution.\n"
)


@pytest.mark.parametrize("quoted_pairs", [True, False])
def test_sentences_quoting_the_same_words_pair(compare_texts, monkeypatch, quoted_pairs) -> None:
    monkeypatch.setattr(align, "QUOTED_PAIRS", quoted_pairs)
    comparison = compare_texts(ODDFATHER_A, ODDFATHER_B)
    pairs = {(a.left, a.right): a.score for a in comparison.alignments}
    assert any(f.kind.value == "quote" and len(f.docs) == 2 for f in comparison.facts)
    if quoted_pairs:
        assert pairs.get((0, 0)) == pytest.approx(comparison.threshold)
    else:  # what the rule is for: one nickname in two long sentences is too little otherwise
        assert (0, 0) not in pairs


def test_a_quotation_found_in_plain_text_pairs_nothing(compare_texts) -> None:
    # "jail blazers" (quoted) found as "Trail Blazers" in plain text: a name said again (in
    # lower case: capitalised, "Jail Blazers" is a nickname in marks, no quotation at all)
    comparison = compare_texts(
        "Cheeks, who was fired March 2 as head coach of the Portland Trail Blazers, is the fourth"
        " head coach since King took over as the team's president and general manager on May"
        " 26, 2003.\n\nCheeks will be introduced as Philadelphia's 21st head coach at a Tuesday"
        " news conference.\n",
        'The team was nicknamed the "jail blazers" after several brushes with the law, many of'
        " them involving marijuana possession.\n\nCheeks is 284-286 lifetime, including four years"
        " in Portland.\n")
    assert any(f.kind.value == "quote" and len(f.docs) == 2 for f in comparison.facts)
    assert (0, 0) not in {(a.left, a.right) for a in comparison.alignments}


def test_words_quoted_in_many_sentences_pair_none_of_them(compare_texts) -> None:
    """A slogan quoted in every sentence of both reports says nothing of which sentence
    tells what: no product of pairs (it was 1,600 for 40 sentences a side)."""
    comparison = compare_texts(
        " ".join(f'Sentence {i} says the "bridge to nowhere" was a waste of money {i}.'
                 for i in range(40)),
        " ".join(f'Report {i} calls it the "bridge to nowhere" and notes costs of item {i}.'
                 for i in range(40)))
    assert any(f.kind.value == "quote" and len(f.docs) == 2 for f in comparison.facts)
    assert len(comparison.alignments) < 40


def test_with_quoted_raises_a_pair_to_the_threshold_or_adds_it() -> None:
    found = [align.Candidate(0, 0, 0.12, 1.5), align.Candidate(1, 1, 0.4)]
    raised = align.with_quoted(found, [(0, 0), (1, 1), (2, 3)], 0.16)
    assert raised == [align.Candidate(0, 0, 0.16, 1.5), align.Candidate(1, 1, 0.4),
                      align.Candidate(2, 3, 0.16)]


def test_a_phrase_only_one_report_has_keeps_its_words_for_the_aligner(make_doc) -> None:
    # the gigante pair: the wire's charge "bribing the entire five-man police force" is a
    # phrase fact the obituary does not share ("a 1970 police-bribery case"); its words stay
    from compare.engine import _Draft, _fact_spans_by_sentence
    from compare.model import Kind, Mention

    text = ("In 1970, he was indicted for bribing the entire five-man police force of Old Tappan,"
            " N.J., a small town in Bergen County where he had moved.")
    doc = make_doc(text, "B")
    at = text.index("bribing")
    charge = Mention(1, 0, at, at + len("bribing the entire five-man police force"), "")
    town = Mention(1, 0, text.index("Old Tappan"), text.index("Old Tappan") + 10, "")
    alone = {"§p0": _Draft(Kind.PHRASE, "bribing", [charge]),
             "§e0": _Draft(Kind.ENTITY, "Old Tappan", [town])}
    [_, [spans]] = _fact_spans_by_sentence([make_doc("x", "A"), doc], alone)
    assert spans == [(town.start, town.end)]
    (terms,) = align.sentence_terms(doc, [{"§p0", "§e0"}], [spans])
    assert {stem("bribing"), stem("police")} <= terms
    # shared by both reports, the phrase's id stands for its words
    shared = {"§p0": _Draft(Kind.PHRASE, "bribing", [charge, Mention(0, 0, 0, 1, "")])}
    [_, [spans]] = _fact_spans_by_sentence([make_doc("x", "A"), doc], shared)
    assert spans == [(charge.start, charge.end)]


def test_sorted_runs_are_numpys_unique_with_counts() -> None:
    # the aligner's distinct pairs and the quotation index's trigrams are found with it
    import numpy as np

    from compare.align import sorted_runs

    keys = np.array([9, 3, 3, 12, 9, 9, 0], dtype=np.int64)
    values, counts = sorted_runs(np.sort(keys))
    expected_values, expected_counts = np.unique(keys, return_counts=True)
    assert values.tolist() == expected_values.tolist() == [0, 3, 9, 12]
    assert counts.tolist() == expected_counts.tolist() == [1, 2, 3, 1]
    empty_values, empty_counts = sorted_runs(np.empty(0, dtype=np.uint64))
    assert empty_values.size == empty_counts.size == 0


# A hyphenated word also offers its parts where another report writes them as words of their
# own. Real sentences: the gigante keyed pair, ECB+ story 39 (Peter Capaldi) and story 12 (the
# Indian navy and the pirates).
@pytest.mark.parametrize(
    ("compound", "apart", "met"),
    [
        ("He also turned his claim of mental illness-first used to escape trial in a 1970 "
         "police-bribery case-into a full-time strategy.",
         "In 1970, he was indicted for bribing the entire five-man police force of Old Tappan.",
         {stem("police"), "brib"}),  # "bribery" is read as its verb, as linking_terms reads it
        ("Capaldi is best known for his role as foul-mouthed spin-doctor Malcolm Tucker in the "
         "BBC series The Thick of It.",
         "Capaldi's most heralded previous role-as sweary spin doctor Malcolm Tucker-would not "
         "overshadow his new position.",
         {stem("spin"), stem("doctor"), stem("role")}),
        ("The confiscated arms included a rocket-propelled grenade launcher with two rockets.",
         "Sources said the marine commandos had sighted pirates carrying rocket-propelled "
         "grenade launchers.",
         {"rocket-propell"}),  # written alike: the whole word meets, as before
    ],
)
def test_a_hyphenated_word_meets_its_parts_written_apart(make_doc, compound, apart, met) -> None:
    [[left], [right]] = align.bridge_names(
        [align.sentence_terms(make_doc(compound, "A")), align.sentence_terms(make_doc(apart, "B"))])
    assert met <= left & right
    assert not {t for t in left | right if align.compound_part(t)}


def test_a_part_no_other_report_writes_is_dropped(make_doc) -> None:
    # the gigante pair: "case-into" and "full-time" meet nothing in the other sentence, and
    # a part is not a term of its own report only ("police" is written in neither)
    [[left], [right]] = align.bridge_names([
        align.sentence_terms(make_doc("He used it in a 1970 police-bribery case-into a full-time "
                                      "strategy.", "A")),
        align.sentence_terms(make_doc("In 1970, he was indicted for bribing a town's force.",
                                      "B"))])
    assert left & right >= {"brib"}
    assert {stem("police"), stem("case"), stem("time"), stem("full")}.isdisjoint(left)
    assert stem("police-bribery") in left  # the whole word stays


def test_a_word_glued_to_a_number_offers_no_parts(make_doc) -> None:
    # ECB+ story 19: "a 15-year-old boy" is the quantity's, not the words "year" and "old"
    [[left], [right]] = align.bridge_names([
        align.sentence_terms(make_doc("The shooting of a 15-year-old boy by police unleashed a "
                                      "wave of unrest.", "A")),
        align.sentence_terms(make_doc("“He's 16 years old.", "B"))])
    assert not left & right


@pytest.mark.skipif(not (PAIRS / "gigante-death-2005").is_dir(),
                    reason=f"keyed pairs ({PAIRS}) are absent")
def test_compound_parts_pair_the_gigante_bribery_sentences(make_doc, monkeypatch) -> None:
    # the gigante keyed pair's strong pair that only the parts of "police-bribery" make
    from compare.engine import compare_documents

    docs = keyed(make_doc, "gigante-death-2005")
    left = starting(docs[0], "He also turned his claim of mental")
    right = starting(docs[1], "In 1970, he was indicted for bribing")
    assert (left, right) in {(a.left, a.right) for a in compare_documents(docs).alignments}
    monkeypatch.setattr(align, "COMPOUND_PARTS", False)
    assert (left, right) not in {(a.left, a.right) for a in compare_documents(docs).alignments}


def test_a_count_only_one_report_has_keeps_its_words_for_the_aligner(compare_texts) -> None:
    """ECB+ 43_4ecbplus / 43_5ecbplus: "a quarter of the power and a sixth of the space" and
    "one quarter the power and one sixth the space" link no count (no noun after), so the
    words of each must stay for the aligner, as a one-report phrase's do; a count both
    reports link is still its fact's id alone."""
    found = compare_texts(
        "AMD will buy SeaMicro. It uses a quarter of the power and a sixth of the space.",
        "AMD is buying SeaMicro. The firm claims its machines consume one quarter the power "
        "and one sixth the space of standard x86 servers.")
    assert (1, 1) in {(a.left, a.right) for a in found.alignments}
