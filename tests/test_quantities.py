"""Numbers with what they count, money, percentages, dates, times and ages in one document."""

from __future__ import annotations

import pytest

from compare.lexicon import stem
from compare.model import Kind
from compare.quantities import Quantity, find_quantities


@pytest.fixture
def quantities(make_doc):
    def run(text: str) -> list[Quantity]:
        return find_quantities(make_doc(text))

    return run


@pytest.fixture
def one(quantities):
    """The single quantity written as ``written`` in ``text``."""

    def run(text: str, written: str) -> Quantity:
        found = [q for q in quantities(text) if q.text == written]
        assert len(found) == 1, (written, [q.text for q in quantities(text)])
        q = found[0]
        assert text[q.start : q.end] == written
        return q

    return run


def test_number_records_the_noun_it_counts(one) -> None:
    q = one("It is focusing on 14 seats where it believes Muslim votes could topple MPs.", "14")
    assert q.kind is Kind.NUMBER
    assert q.value == "14"
    assert q.noun == stem("seats")


def test_each_of_the_14_seats_counts_seats_too(one) -> None:
    q = one("There are enough Muslim voters in each of the 14 seats to win.", "14")
    assert q.value == "14"
    assert q.noun == stem("seats")


def test_number_word_eight_has_value_8_and_counts_mps_past_a_proper_adjective(one) -> None:
    q = one("The group has boasted of ousting eight Conservative MPs since 2005.", "eight")
    assert q.kind is Kind.NUMBER
    assert q.value == "8"
    assert q.noun == stem("MPs")


def test_digit_8_and_word_eight_normalise_alike(quantities) -> None:
    a = [q.value for q in quantities("They ousted eight MPs.")]
    b = [q.value for q in quantities("We kicked out 8 MPs.")]
    assert a == b == ["8"]


def test_thousands_separator_is_one_number(one) -> None:
    q = one("Mr Stephenson had a majority of 1,279 in the 2017 election.", "1,279")
    assert q.kind is Kind.NUMBER
    assert q.value == "1279"
    assert q.noun == stem("majority")


def test_scale_word_multiplies(one) -> None:
    q = one("The app has 3.5 million users.", "3.5 million")
    assert q.value == "3500000"


def test_abbreviated_scale_3_5m_is_three_and_a_half_million(one) -> None:
    q = one("The company lost 3.5m customers last year.", "3.5m")
    assert q.kind is Kind.NUMBER
    assert q.value == "3500000"


# money and percentages


def test_pounds_with_separator_is_money_in_gbp(one) -> None:
    q = one("The campaign has raised over £4,000 of a £20,000 goal.", "£4,000")
    assert q.kind is Kind.MONEY
    assert q.value == "GBP 4000"
    assert q.approx == "over"


def test_dollars_with_million_is_money_in_usd(one) -> None:
    q = one("The deal is worth $2.5 million to the firm.", "$2.5 million")
    assert q.kind is Kind.MONEY
    assert q.value == "USD 2500000"


def test_pounds_with_m_suffix_is_money(one) -> None:
    q = one("The club paid £3.5m for the striker.", "£3.5m")
    assert q.kind is Kind.MONEY
    assert q.value == "GBP 3500000"


def test_percent_sign_and_per_cent_words_are_percentages(one) -> None:
    text = "Prices rose 2% and 40 per cent of voters agreed."
    a, b = one(text, "2%"), one(text, "40 per cent")
    assert a.kind is b.kind is Kind.PERCENT
    assert (a.value, b.value) == ("2%", "40%")


# approximations and vague quantities


@pytest.mark.parametrize(
    ("text", "written", "value", "approx"),
    [
        ("Yida is a camp of about 20,000 refugees.", "20,000", "20000", "about"),
        ("Yida is home to more than 22,000 refugees.", "22,000", "22000", "more than"),
    ],
)
def test_approximate_numbers_keep_the_value_and_the_approximation(
    one, text, written, value, approx
) -> None:
    q = one(text, written)
    assert q.value == value
    assert q.approx == approx
    assert q.noun == stem("refugees")


def test_dozens_is_a_vague_number(one) -> None:
    q = one("Sudanese forces fought rebels, killing dozens and destroying a tank.", "dozens")
    assert q.kind is Kind.NUMBER
    assert q.value == "dozens"


def test_tens_of_thousands_is_one_vague_number(quantities) -> None:
    found = quantities("The two states are home to tens of thousands of fighters.")
    vague = [q for q in found if "thousands" in q.text]
    assert [q.text for q in vague] == ["tens of thousands"]
    assert vague[0].value == "tens of thousands"
    assert vague[0].noun == stem("fighters")


# times, dates, years, ages


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("The polls close at 7 p.m. tonight.", "7 p.m.", "time 19:00"),
        ("The SAF attacked the camp at 2:53 p.m. local time.", "2:53 p.m.", "time 14:53"),
        ("A second raid came at 1:53 p.m. on Friday.", "1:53 p.m.", "time 13:53"),
    ],
)
def test_clock_times_are_normalised_to_24_hours(one, text, written, value) -> None:
    q = one(text, written)
    assert q.kind is Kind.TIME
    assert q.value == value


def test_month_and_day_is_one_date(quantities) -> None:
    found = quantities("Muslims should vote Labour in the December 12 General Election.")
    assert [q.text for q in found] == ["December 12"]
    assert found[0].kind is Kind.DATE
    assert found[0].value.endswith("-12-12")


def test_abbreviated_month_day_year_is_a_full_date(quantities) -> None:
    found = quantities("Thu Nov 10, 2011 3:00pm EST")
    dates = [q for q in found if q.kind is Kind.DATE]
    assert [q.text for q in dates] == ["Nov 10, 2011"]
    assert dates[0].value == "date 2011-11-10"


def test_full_date_is_also_keyed_by_its_year(one) -> None:
    q = one("The treaty was signed on March 2, 2014 in Kiev.", "March 2, 2014")
    assert q.kind is Kind.DATE
    assert q.value == "date 2014-03-02"
    assert "year 2014" in q.keys


def test_slash_date_9_11_is_one_date_not_two_numbers(quantities) -> None:
    found = quantities("The attacks of 9/11 changed everything.")
    assert [(q.text, q.kind) for q in found] == [("9/11", Kind.DATE)]


def test_bare_year_is_a_year(one) -> None:
    q = one("Set up in 2001, its website says it works against prejudice.", "2001")
    assert q.kind is Kind.DATE
    assert q.value == "year 2001"


@pytest.mark.parametrize(
    "text",
    [
        "Raj Chohan, 59, was killed in the crash.",
        "The driver hit a 59-year-old man.",
        "He assaulted the 59-year old man.",
        "He assaulted the 59 year old man.",
    ],
)
def test_ages_are_numbers_counting_age(one, text) -> None:
    q = one(text, "59")
    assert q.value == "59"
    assert q.noun == "age"


@pytest.mark.parametrize(
    ("text", "written", "action"),
    [
        ("The group has boasted of ousting eight Conservative MPs since 2005.", "eight", "oust"),
        ("In 3 elections, we kicked out 9 MPs & Ministers.", "9", "oust"),
        ("Voters unseated more than 40 MPs in the landslide.", "40", "oust"),
        ("Gunmen killed at least 12 people on Monday.", "12", "kill"),
        ("Police said 12 people were murdered in the raid.", "12", "kill"),
        ("About 30 people were hurt when the roof fell.", "30", "injure"),
        ("Officials confirmed 12 people were killed.", "12", "kill"),
    ],
)
def test_count_records_the_action_as_its_synonym_group(one, text, written, action) -> None:
    assert one(text, written).action == action


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The quake damaged 42 buildings, 2 roads, 14 hotels and 1,600 houses.", "1,600"),
        ("Sixteen crew members were aboard the ship.", "Sixteen"),
        ("They hold 14 vessels and more than 300 crew members.", "300"),
    ],
)
def test_count_in_a_list_or_without_a_verb_has_no_action(one, text, written) -> None:
    assert one(text, written).action == ""


def test_number_in_commas_not_after_a_name_is_not_an_age(one) -> None:
    q = one("Of the seats, 14, the group says, are marginal.", "14")
    assert q.noun != "age"


# quotations
