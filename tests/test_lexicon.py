"""The shared word tools: folding, stemming, word spans."""

import unicodedata

import pytest

from compare.lexicon import (
    _word_classes,
    american,
    cldr_land_names,
    common_stem,
    common_words,
    countryinfo_demonyms,
    fold,
    irregular_demonyms,
    land_names,
    land_of,
    people_of,
    simplemma_word_classes,
    singular,
    stem,
    word_class,
    words,
)


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("Conservative", "conservative"),  # ASCII: only the case
        ("MPACUK's", "mpacuk's"),
        ("Pendle’s", "pendle's"),  # a typographic apostrophe is the plain one
        ("‘Operation", "'operation"),
        ("Gómez", "gomez"),  # accents dropped
        ("Straße", "strasse"),  # case folding, not lowering
        ("Aprıl", "april"),  # the dotless i a pattern ignoring case matches as "i"
        ("ﬁnal", "final"),  # a ligature decomposed
    ],
)
def test_fold(written: str, folded: str) -> None:
    assert fold(written) == folded


def test_fold_ascii_is_lowering_only() -> None:
    # the ASCII shortcut gives what the full path gives: no ASCII character decomposes or
    # combines, and case folding ASCII is lowering it
    ascii_text = "".join(chr(c) for c in range(128))
    assert fold(ascii_text) == unicodedata.normalize("NFKD", ascii_text).casefold()


@pytest.mark.parametrize(
    ("word", "stemmed"),
    [("seats", "seat"), ("hosted", "host"), ("hosting", "host"), ("elections", "elect"),
     ("announcement", "announc"), ("department", "department"), ("Tories", "tory")],
)
def test_stem(word: str, stemmed: str) -> None:
    assert stem(word) == stemmed


def test_common_stem_is_asked_of_every_common_word() -> None:
    """``common_stem`` stems the common words by their first two letters: that holds only if
    stemming never changes a word's first two letters."""
    assert all(stem(w)[:2] == w[:2] for w in common_words())
    stems = {stem(w) for w in common_words()}
    assert all(common_stem(s) for s in stems)
    assert common_stem(stem("headquartered")) and common_stem(stem("applying"))
    assert not common_stem(stem("Beijing")) and not common_stem(stem("Wyoming"))


def test_singular() -> None:
    assert [singular(w) for w in ("Oscars", "Tories", "Mavis", "bus")] == [
        "oscar", "tory", "mavis", "bus"]


def test_words_are_offsets_into_the_text() -> None:
    text = "Raj Chohan, 59, won't run."
    spans = words(text)
    assert [text[a:b] for a, b in spans] == ["Raj", "Chohan", "59", "won't", "run"]
    assert [text[a:b] for a, b in words(text, 4, 15)] == ["Chohan", "59"]


def test_land_names_are_countries_and_regions_not_cities_or_people() -> None:
    """CLDR's one-word territories and the last word of its regions ("North America")."""
    lands = land_names()
    assert {"indonesia", "egypt", "india", "israel", "america", "africa", "asia"} <= lands
    assert not {"paris", "trump", "world", "region", "victoria"} & lands


def test_land_names_are_the_installed_cldrs() -> None:
    """The copy in ``data/land_names.txt`` is what babel's CLDR gives; when a babel upgrade
    renames a territory, regenerate the copy as its header says."""
    pytest.importorskip("babel", reason="babel (CLDR) is not installed: nothing to check against")
    assert land_names() == cldr_land_names()


@pytest.mark.parametrize(("word", "cls"), [
    ("paramedics", "s"),  # a plural
    ("abolishing", "p"),  # a gerund
    ("weakened", "p"),
    ("moreover", "u"),  # no inflection: a connective, an adverb, an adjective
    ("sadly", "u"),
    ("king", None),  # a noun with a plural ("kings"), as a surname may be
    ("smith", None),  # the dictionary also knows "Smith"
    ("anchorage", None),
    ("obama", None),  # no lower-case word
])
def test_word_class_tells_everyday_words_by_their_form(word: str, cls: str | None) -> None:
    assert word_class(word) == cls


def test_word_classes_are_sorted_for_their_bisection() -> None:
    """``_word_classes`` looks words up by bisection: the data file must list them in
    Python's order of strings, each once, as its header's command writes them."""
    words = _word_classes().words
    assert len(words) > 100_000
    assert all(a < b for a, b in zip(words, words[1:], strict=False))


def test_word_classes_are_the_installed_simplemmas() -> None:
    """The copy in ``data/word_classes.txt`` is what simplemma's English dictionary gives;
    when a simplemma upgrade changes it, regenerate the copy as its header says."""
    pytest.importorskip("simplemma", reason="simplemma is not installed: nothing to check")
    assert _word_classes().as_dict() == simplemma_word_classes()


@pytest.mark.parametrize(
    ("word", "land"),
    [
        ("french", "france"),  # no ending spells these: countryinfo's demonyms
        ("greek", "greece"),
        ("swiss", "switzerland"),
        ("somalis", "somalia"),  # a plural, as "israelis"
        ("lebanese", "lebanon"),
        ("german", "germany"),
        ("israeli", "israel"),  # spelt: the land and an ending
        ("turkmen", "turkmenistan"),
        ("chinese", "china"),
        ("madison", None),
        ("paris", None),
    ],
)
def test_a_demonym_names_its_land(word: str, land: str | None) -> None:
    assert people_of(word) == land


def test_irregular_demonyms_are_cldr_lands_and_not_spelt_ones() -> None:
    """Each maps to a land of ``land_names``; a demonym the endings spell is not listed, and a
    demonym of several lands is the most populous one's ("french": France, not Martinique)."""
    demonyms = irregular_demonyms()
    assert set(demonyms.values()) <= land_names()
    assert "israeli" not in demonyms and "indian" not in demonyms
    assert demonyms["french"] == "france" and land_of("dutch") == "netherlands"


def test_irregular_demonyms_are_the_installed_countryinfos() -> None:
    """The copy in ``data/demonyms.txt`` is what countryinfo and babel give; when an upgrade
    of either changes a demonym or a land's name, regenerate the copy as its header says."""
    pytest.importorskip("countryinfo", reason="countryinfo is not installed: nothing to check")
    pytest.importorskip("babel", reason="babel (CLDR) is not installed: nothing to check against")
    assert irregular_demonyms() == countryinfo_demonyms()


@pytest.mark.parametrize(
    ("british", "american_form"),
    [
        # the thirtieth session's alignment audit: ECB+ 24_2 / 24_3 ("jewellery heist" /
        # "jewelry"), 41_7 ("its neighbour"), 11_5 ("organisations")
        ("jewellery", "jewelry"), ("neighbour", "neighbor"), ("neighbours", "neighbors"),
        ("organisations", "organizations"), ("organised", "organized"), ("colour", "color"),
        ("honour", "honor"), ("defence", "defense"), ("licence", "license"),
        ("travelled", "traveled"), ("programme", "program"), ("centre", "center"),
        # an American form no common word is left alone: the dictionary is not loaded
        ("realise", "realise"), ("labour", "labour"),
        # no other word made of a word: "four" is no "for", "filled" no "filed", and the
        # dictionary's old spellings ("surprize") are no American ones
        ("four", "four"), ("hour", "hour"), ("flour", "flour"), ("detour", "detour"),
        ("filled", "filled"), ("pulled", "pulled"), ("surprise", "surprise"),
        ("raised", "raised"), ("since", "since"), ("fence", "fence"), ("wise", "wise"),
    ],
)
def test_american_spelling(british: str, american_form: str) -> None:
    assert american(british) == american_form


def test_memo_answers_as_its_function_and_stays_bounded() -> None:
    """``Memo`` keeps a function's answers by word, and empties itself when full, so a
    long-running process (a batch, the TUI) holds at most ``most`` words."""
    from compare.lexicon import Memo

    calls: list[str] = []

    def shout(word: str) -> str:
        calls.append(word)
        return word.upper()

    memo = Memo(shout, most=2)
    assert [memo[w] for w in ("a", "b", "a")] == ["A", "B", "A"]
    assert calls == ["a", "b"]  # "a" asked twice, computed once
    assert memo["c"] == "C" and len(memo) <= 2
