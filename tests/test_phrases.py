"""Charges written in lower case: where a list of them starts and ends, and which wordings
are one charge."""

from __future__ import annotations

import time

import pytest

from compare.match import link_phrases
from compare.phrases import find_phrases, phrase_key


@pytest.fixture
def phrases(make_doc):
    def run(text: str) -> list[str]:
        return [p.text for p in find_phrases(make_doc(text))]

    return run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Subryan has been charged with vehicular manslaughter, criminally negligent "
            "homicide, driving while under the influence of alcohol, and leaving the scene of "
            "an accident without reporting it, the DA said.",
            [
                "vehicular manslaughter",
                "criminally negligent homicide",
                "driving while under the influence of alcohol",
                "leaving the scene of an accident without reporting it",
            ],
        ),
        ("She pleaded guilty to two counts of fraud and one count of perjury.",
         ["fraud", "perjury"]),
        ("He was arrested on suspicion of assault, police said.", ["assault"]),
        ("They face charges of conspiracy to commit murder and arson.",
         ["conspiracy to commit murder", "arson"]),
    ],
)
def test_charges_are_the_items_of_the_list_after_the_intro(phrases, text, expected) -> None:
    assert phrases(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name ends the charge: the victim is not part of it
        ("He was charged with murdering Alice Smith on Friday.", ["murdering"]),
        # "and" inside the clause after the charge does not start a second charge
        ("He is accused of the murder of his mother and sister.", ["murder"]),
        # commas without "and": the clause after the first comma is not a charge
        ("He was convicted of murder, was sentenced to life and will appeal.", ["murder"]),
        ("Police said the man was charged.", []),
        ("He was cleared of all charges.", []),
        ("He was arrested for his role in the attack.", []),
        ("He was indicted on charges of fraud.", ["fraud"]),
        # two spaces do not keep the clause after the charge
        ("He was charged with reckless  endangerment of his child.", ["reckless  endangerment"]),
    ],
)
def test_list_stops_where_the_charges_stop(phrases, text, expected) -> None:
    assert phrases(text) == expected


def test_wordings_of_drunk_driving_have_one_key() -> None:
    assert phrase_key("driving while under the influence of alcohol") == phrase_key(
        "driving drunk"
    )
    assert phrase_key("driving under the influence of drugs") != phrase_key("driving drunk")


def test_many_copies_of_one_charge_are_one_fact(make_doc) -> None:
    text = " ".join(["He was charged with murder."] * 150)
    groups = link_phrases([find_phrases(make_doc(text)), find_phrases(make_doc(text, "B"))])
    assert len(groups) == 1 and len(groups[0]) == 300


def test_overlapping_wordings_are_one_charge_but_attempted_murder_is_not_murder(make_doc):
    a = make_doc(
        "He was charged with leaving the scene of an accident without reporting it and murder."
    )
    b = make_doc(
        "He was charged with leaving the scene of a fatal accident and attempted murder.", "B"
    )
    groups = link_phrases([find_phrases(a), find_phrases(b)])
    assert sorted(len(g) for g in groups) == [1, 1, 2]
    (pair,) = [g for g in groups if len(g) == 2]
    assert pair == [(0, 0), (1, 0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was charged with murder and accused of arson.", ["murder", "arson"]),
        ("She was charged with assault and arrested for theft and fraud.",
         ["assault", "theft", "fraud"]),
        ("He was convicted of fraud, acquitted of perjury and charged with contempt.",
         ["fraud", "perjury", "contempt"]),
    ],
)
def test_a_list_ends_where_the_next_one_starts(phrases, text, expected) -> None:
    """Before, the next intro's words were read as one more charge ("accused of arson")."""
    assert phrases(text) == expected


def test_many_lists_in_one_sentence_take_linear_time(make_doc) -> None:
    """Each list used to be searched to the sentence's end: 50 KB took 23 s."""
    unit = ("charged with murder, arson, theft and criminal damage, then "
            "accused of fraud, forgery and perjury and ")
    text = "The man was " + unit * (50_000 // len(unit)) + "nothing else."
    start = time.perf_counter()
    found = find_phrases(make_doc(text))
    assert time.perf_counter() - start < 5.0
    assert len(found) == 7 * (50_000 // len(unit))
