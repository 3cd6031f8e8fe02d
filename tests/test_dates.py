"""Dates and times: absolute forms, relative dates against the publication date, time stamps."""

from __future__ import annotations

import pytest

from compare.dates import (
    compatible,
    describe,
    find_stamps,
    is_relative,
    publication_date,
    stamp_line_days,
)
from compare.engine import build_document
from compare.model import Kind, Status
from compare.quantities import find_quantities


def dates(text: str, published: str | None = None) -> list[tuple[str, str]]:
    doc = build_document("A", "a", "test:A", text, published=published)
    return [(q.text, q.value) for q in find_quantities(doc) if q.kind is Kind.DATE]


# absolute dates in the forms news and datelines write them


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Eli Lilly sold IVAC on Dec. 31 , 1994 to a rival.", "Dec. 31 , 1994", "date 1994-12-31"),
        ("Page was born on April 22, 1923, in Nashville.", "April 22, 1923", "date 1923-04-22"),
        ("He was born on 4th of July of 1995.", "4th of July of 1995", "date 1995-07-04"),
        ("published: 2012-04-04 11:47:35", "2012-04-04", "date 2012-04-04"),
        ("Published: 2012.08.08 09:01 AM", "2012.08.08", "date 2012-08-08"),
        ("Article posted on 08.07.2012", "08.07.2012", "date 2012-07-08"),
        ("27/09/2013-Turkmenistan to hold elections", "27/09/2013", "date 2013-09-27"),
        ("Posted: 04/9/2012 8:33 am", "04/9/2012", "date 2012-04-09"),
        ("The file is report-20170302.html on the site.", "20170302", "date 2017-03-02"),
        ("The date should be 05-Aug-2016 on the form.", "05-Aug-2016", "date 2016-08-05"),
    ],
)
def test_absolute_dates_in_news_and_dateline_forms(text, written, value) -> None:
    assert (written, value) in dates(text)


def test_digits_after_a_currency_sign_are_an_amount_not_a_date() -> None:
    doc = build_document("A", "a", "test:A", "Tickets sold for $25 December 27 and £10 in 2013.")
    found = [(q.text, q.kind) for q in find_quantities(doc)]
    assert ("December 27", Kind.DATE) in found
    assert ("2013", Kind.DATE) in found
    assert not any(kind is Kind.DATE and "25" in text or "10" in text and kind is Kind.DATE
                   for text, kind in found)


@pytest.mark.parametrize("text", [
    "All three live in an apartment inside 1800 Pitkin Ave., the same building.",  # 33_3
    "Officers went to 2088 Philip Street on Monday night.",  # ECB+ 16_*
    "The blaze started at 1915 E. Main St. before dawn.",
])
def test_a_house_number_is_no_year(text) -> None:
    assert not [value for _, value in dates(text) if value.startswith(("year", "date 1", "date 2"))]


@pytest.mark.parametrize(("text", "year"), [
    ("In 2012 Main Street was rebuilt.", "2012"),
    # review of 7ccdd94: a year before a street is a year unless a word of place precedes
    ("The 2008 Wall Street crash cost millions.", "2008"),
    ("Ahead of the 2016 Downing Street talks, ministers met.", "2016"),
    ("Between 1998 and 2003 Main Street businesses closed.", "2003"),
])
def test_a_year_before_a_street_is_a_year_without_a_word_of_place(text, year) -> None:
    assert (year, f"year {year}") in dates(text)


def test_two_digit_year_goes_to_the_century_near_the_publication_date() -> None:
    assert dates("POSTED: 05/02/07, 9:00 PM PDT", "2007-05-03")[0][1] == "date 2007-05-02"
    assert dates("I'll go back 03/18/40.", "2016-11-07")[0][1] == "date 1940-03-18"


# relative dates: the publication date decides


def test_bare_weekday_in_past_tense_is_the_latest_such_day_on_or_before_publication() -> None:
    # gigante-death-2005: published Tuesday, December 20, 2005
    text = "Vincent Gigante died Monday in prison, federal officials said."
    assert dates(text, "2005-12-20") == [("Monday", "date 2005-12-19")]


def test_weekday_in_future_tense_is_the_next_such_day() -> None:
    text = "The jury will begin deliberations on Tuesday."
    assert dates(text, "2013-09-12") == [("Tuesday", "date 2013-09-17")]


@pytest.mark.parametrize(("text", "published", "value"), [
    # ECB+ 39_6ecbplus, published Sunday 4 August 2013: "The Next Doctor" sets a future, but
    # the day written on its own day is that day
    ("Capaldi will replace Matt Smith, producer Steven Moffat announced on the live BBC special "
     "Doctor Who Live: The Next Doctor Sunday.", "2013-08-04", "date 2013-08-04"),
    # 31_2ecbplus (Saturday 9 March 2013), 6_4ecbplus (Monday 9 April 2012), 5_2ecbplus
    # (Tuesday 24 May 2005): the day of the paper, as all 8 such corpus sentences mean it
    ("The Jays will meet Indiana State in the semifinals Saturday afternoon.", "2013-03-09",
     "date 2013-03-09"),
    ("Ross is set to meet with Lionsgate officials on Monday.", "2012-04-09", "date 2012-04-09"),
    ("Cheeks will be introduced at a Tuesday news conference.", "2005-05-24", "date 2005-05-24"),
    ("The jury will begin deliberations next Tuesday.", "2013-09-17", "date 2013-09-24"),
])
def test_a_weekday_of_the_publication_day_is_that_day_in_any_tense(text, published,
                                                                  value) -> None:
    assert [v for w, v in dates(text, published) if "day" in w.lower()] == [value]


@pytest.mark.parametrize(("text", "published", "value"), [
    # ECB+ 45_10ecbplus (published 28 September 2013): "sentenced" is no past here
    ("He is to be sentenced Nov. 8.", "2013-09-28", "date 2013-11-08"),
    # 16_6ecbplus, 21_12ecbplus: "is to be", "is expected to" say what is to come
    ("Orozco is to be formally sentenced May 3 by Judge Philip H. Hickok.", "2013-04-10",
     "date 2013-05-03"),
    ("Subryan is expected to return to Queens Supreme Court on Oct. 2.", "2013-09-16",
     "date 2013-10-02"),
])
def test_is_to_and_is_expected_to_set_a_future_tense(text, published, value) -> None:
    assert [v for _, v in dates(text, published)] == [value]


def test_had_expected_to_stays_a_past() -> None:
    # ECB+ 33_3ecbplus, published Thursday 11 April 2013: the witness was to testify that day
    text = "A second witness had expected to testify in the shooting on Thursday as well."
    assert dates(text, "2013-04-11") == [("Thursday", "date 2013-04-11")]


def test_weekday_in_a_sentence_without_tense_is_the_nearer_one() -> None:
    # 25_15ecbplus, published Wednesday, January 5, 2011: a scheduled game
    text = "New Orleans plays at Seattle on Saturday at 3:30 p.m. in the Wild Card round."
    assert dates(text, "2011-01-05") == [("Saturday", "date 2011-01-08")]


def test_without_a_publication_date_a_weekday_is_only_a_weekday() -> None:
    assert dates("A refugee camp was bombed Thursday.") == [("Thursday", "weekday thursday")]


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Vincent Gigante, who died yesterday in federal prison, was 77.", "yesterday",
         "date 2005-12-19"),
        ("Khartoum complained to the U.N. last week about the attacks.", "last week",
         "week 2005-12-12"),
        ("The crash happened last Thursday near the temple.", "last Thursday", "date 2005-12-15"),
        ("The law was adopted earlier this month by parliament.", "earlier this month",
         "month 2005-12"),
        ("The elections will be held next year, officials said.", "next year", "year 2006"),
        ("He was treated at an outside hospital until two weeks ago.", "two weeks ago",
         "date 2005-12-06"),
        # ECB+ 22_10ecbplus, 22_7ecbplus: years ago are a year, a single year ago a day.
        ("The employee allegedly shot and killed two co-workers two years ago.",
         "two years ago", "year 2003"),
        ("A judge found him guilty of murder in a rampage exactly two years ago.",
         "two years ago", "year 2003"),
        ("Hiller moved in a year ago with her son.", "a year ago", "date 2004-12-20"),
        ("We met on tuesday of last week to discuss it.", "tuesday of last week",
         "date 2005-12-13"),
    ],
)
def test_relative_dates_resolve_against_the_publication_date(text, written, value) -> None:
    assert (written, value) in dates(text, "2005-12-20")


def test_year_less_date_takes_the_year_the_report_means() -> None:
    # queens-hit-and-run-2013 (published September 19): past tense, the latest such day
    assert dates("Subryan was arraigned on Sept. 15 in Queens.", "2013-09-19") == [
        ("Sept. 15", "date 2013-09-15")]
    # turkmenistan-election-2013: scheduled ahead
    assert dates("The elections are scheduled for December 15.", "2013-09-26") == [
        ("December 15", "date 2013-12-15")]


def test_in_n_years_is_a_span_after_a_past_verb_or_a_superlative_not_a_date() -> None:
    text = "Last season he led the club to their first postseason berth in four years."
    assert dates(text, "2005-05-24") == []
    found = dates("The new rules take effect in 30 days.", "2005-05-24")
    assert found == [("30 days", "date 2005-06-23")]


def test_today_meaning_nowadays_is_no_date() -> None:
    assert dates("Today, virtualization is frequently used with servers.", "2012-02-29") == []
    text = "Advanced Micro Devices is acquiring SeaMicro today for $334 million."
    assert ("today", "date 2012-02-29") in dates(text, "2012-02-29")


@pytest.mark.parametrize(("text", "published", "expected"), [
    # ecbplus 23_2, 19_10, 27_1: another relative day opening a sentence is a day
    ("Yesterday, a 36-year-old Australian climber died on Aoraki Mount Cook.", "2013-09-15",
     ("Yesterday", "date 2013-09-14")),
    ("Tonight, a crowd gathered outside the police station.", "2013-03-12",
     ("Tonight", "date 2013-03-12")),
])
def test_a_relative_day_opening_a_sentence_before_a_comma_is_a_date(
        text, published, expected) -> None:
    assert expected in dates(text, published)


def test_a_relative_year_opening_a_sentence_before_a_comma_is_no_date() -> None:
    # review of 53471eb (ecbplus 22_12): "Earlier this year," is the time of many things
    text = "Earlier this year, Amy Bishop was charged with murder in a campus shooting."
    assert dates(text, "2010-09-10") == []


def test_a_programme_named_by_a_day_is_no_date() -> None:
    """ECB+ 34_1ecbplus, 34_4ecbplus: "ABC's World News Tonight" and "CBS This Morning" are
    programmes; a day word after a lower-case word, or in a headline, is a date."""
    text = ("She was named Person of the Week on ABC News' World News Tonight and appeared on "
            "CBS This Morning.")
    assert dates(text, "2009-07-13") == []
    assert dates("She will speak Tonight at the White House.", "2009-07-13") == [
        ("Tonight", "date 2009-07-13")]
    assert dates("Lohan Checks Into Rehab Today", "2013-05-03") == [
        ("Today", "date 2013-05-03")]
    # second review: after an abbreviation's full stop, a sentence left whole
    assert dates("The deal was announced by Apple Inc. Today the company said it would "
                 "appeal.", "2013-05-03") == [("Today", "date 2013-05-03")]


def test_holidays_on_one_date_resolve_like_dates_without_their_year() -> None:
    # 39_4ecbplus, published August 4, 2013
    text = "We can't wait to premiere his unique take on the Doctor on Christmas Day."
    assert dates(text, "2013-08-04") == [("Christmas Day", "date 2013-12-25")]
    text = ("Edgar Sosa added 12 points for the Cardinals, who have won two in a row since a "
            "loss to UNLV on New Year's Eve.")
    assert ("New Year's Eve", "date 2008-12-31") in dates(text, "2009-01-05")


def test_label_keeps_the_words_and_shows_the_date() -> None:
    assert describe("Monday", "date 2013-09-09") == "Monday (9 September 2013)"
    assert describe("September 9, 2013", "date 2013-09-09") == "September 9, 2013"
    assert describe("last week", "week 2013-09-02") == "last week (week of 2 September 2013)"


def test_relative_and_compatible_values() -> None:
    assert is_relative("last Thursday") and not is_relative("Sept. 15")
    assert compatible("date ?-09-11", "date 2013-09-11")
    assert compatible("month 7", "month 2013-07")
    assert not compatible("month 2012-07", "month 2013-07")
    assert not compatible("date 2013-09-12", "date 2013-09-11")


# time stamps


@pytest.mark.parametrize(
    ("head", "published"),
    [
        ("Fire destroys historic dairy\n\nPublished: August 7, 2012\n\nThe fire...", "2012-08-07"),
        ("Lohan checks in\n\nPUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM\n\nUPDATED: FRIDAY, "
         "MAY 3, 2013, 9:56 AM\n\nText.", "2013-05-02"),
        ("Supermarket fire\n\n21 July 2013 Last updated at 11:11 GMT\n\nText.", "2013-07-21"),
        ("Sentenced\n\nPOSTED: 05/02/07, 9:00 PM PDT\n\nText.", "2007-05-02"),
        ("GRANDMOTHER KILLED BY DRUNK DRIVER, QUEENS DA SAYSSEPTEMBER 19, 2013\n\nText.",
         "2013-09-19"),
        ("Gary Ross in talks\n\nPosted 1 year, 160 days ago [downloaded on 2 October 2013]\n\n"
         "Text.", None),
        ("Page was born on April 22, 1923.\n\nShe died at 85.", None),
        # ecbplus 29_4ecbplus, 31_5ecbplus (4 texts of one site): "p" for pm, no pence
        ("Colts Clinch Playoff Spot with 20-13 Win Over Chiefs\n\non Dec 23 2012, 6:11p\n\n"
         "Text.", "2012-12-23"),
        ("Creighton, Wichita St. move on\n\non Mar 8 2013, 11:55p\n\nText.", "2013-03-08"),
    ],
)
def test_publication_date_from_the_time_stamp(head, published) -> None:
    assert publication_date(find_stamps(head)) == published


def test_published_option_wins_over_the_time_stamp() -> None:
    doc = build_document("A", "a", "t", "Title\n\nPublished: August 7, 2012\n\nText.",
                         published="2012-08-09")
    assert doc.published == "2012-08-09"


def test_two_time_stamps_are_never_a_disagreement_nor_a_shared_fact(compare_texts) -> None:
    a = "Deputy killer sentenced\n\nPosted 04/02/07, 9:00 PM\n\nOrozco was sentenced to death."
    b = "Orozco gets death sentence\n\nPosted 05/02/07, 9:00 PM\n\nOrozco was sentenced to death."
    comparison = compare_texts(a, b)
    assert [d.published for d in comparison.documents] == ["2007-04-02", "2007-05-02"]
    stamped = [f for f in comparison.facts if f.kind in (Kind.DATE, Kind.TIME)
               or f.label == "PM"]
    assert stamped and all(f.status is Status.UNIQUE for f in stamped)


def test_monday_and_the_date_it_names_are_one_fact_two_mondays_two(make_doc) -> None:
    from compare.engine import compare_documents

    def doc(doc_id: str, text: str, published: str):
        return build_document(doc_id, doc_id, doc_id, text, published=published)

    a = doc("A", "The mob boss Vincent Gigante died Monday in a federal prison.", "2005-12-20")
    b = doc("B", "The mob boss Vincent Gigante died on December 19 in a federal prison.",
            "2005-12-21")
    c = doc("C", "The mob boss Vincent Gigante died Monday in a federal prison.", "2005-12-28")
    same = compare_documents([a, b])
    assert any(f.kind is Kind.DATE and f.status is Status.SHARED for f in same.facts)
    other = compare_documents([a, c])
    assert not any(f.kind is Kind.DATE and f.status is Status.SHARED for f in other.facts)


@pytest.mark.parametrize("text", [
    "The office was open from 8 am to 5 pm on Friday.",  # "am to" is no future
    "He is to blame for the crash on Friday, police said.",  # "is to blame" neither
])
def test_is_to_without_be_sets_no_future(text: str) -> None:
    # published Saturday 14 September 2013: the Friday before
    assert [v for t, v in dates(text, "2013-09-14") if t == "Friday"] == ["date 2013-09-13"]


def test_a_clock_time_with_a_one_letter_meridiem_is_a_time(make_doc) -> None:
    """ "6:11p" (a web page's stamp) was the number 6 and 11 pence."""
    from compare.quantities import find_quantities

    found = find_quantities(make_doc("The game ended at 6:11p and the bus left at 12:05a."))
    assert [(q.text, q.value) for q in found] == [("6:11p", "time 18:11"),
                                                  ("12:05a", "time 00:05")]



@pytest.mark.parametrize(("text", "published", "value"), [
    # ECB+ 2_3ecbplus (published Friday 2 August 2013): the future is the hosting, the
    # announcement in the last clause is past, that day
    ("Ellen DeGeneres will host the Oscars for a second time next year, the Academy announced "
     "Friday.", "2013-08-02", "date 2013-08-02"),
    # 31_11ecbplus (published Saturday 9 March 2013): "which defeated Evansville on Friday"
    ("In Saturday's semifinals, Creighton will play No. 5 seed Indiana State, which defeated "
     "Evansville 51-50 on Friday.", "2013-03-09", "date 2013-03-08"),
    # the future in the date's own clause still sets it (published Wednesday 31 July)
    ("Smith, who was arrested in May, will be sentenced Friday.", "2013-07-31",
     "date 2013-08-02"),
])
def test_the_tense_of_a_dates_own_clause_decides(text, published, value) -> None:
    assert dates(text, published)[-1][1] == value


@pytest.mark.parametrize(("text", "value"), [
    # review (published Wednesday 7 August 2013): a phrase after the comma keeps the future
    ("The Senate will take up the bill next week, with a final vote slated for Friday.",
     "date 2013-08-09"),
    ("Jones will face a new trial, with jury selection expected to begin Monday.",
     "date 2013-08-12"),
    # attribution just before the date is past, a quotation's future notwithstanding
    ('"We will appeal," the lawyer said Friday.', "date 2013-08-02"),
    # ECB+ 22_9ecbplus: the date is the vigil's, not the saying's
    ("Stephen Devine said relatives would hold a vigil Thursday at their home.",
     "date 2013-08-08"),
])
def test_a_phrase_or_an_attribution_after_a_comma(text, value) -> None:
    assert dates(text, "2013-08-07")[-1][1] == value


@pytest.mark.parametrize(("text", "value"), [
    # second review (published Wednesday 7 August 2013): "after" and "as" open clauses
    ("The company will cut 500 jobs, after its board approved the plan Tuesday.",
     "date 2013-08-06"),
    ("Prices will rise, as the central bank warned Tuesday.", "date 2013-08-06"),
    # attribution with no comma before it, and a date that is the vote's, not the saying's
    ("Officials said Friday that the bridge was unsafe.", "date 2013-08-02"),
    ("He said Friday's vote will be close.", "date 2013-08-09"),
])
def test_clauses_after_after_and_as_and_attribution_anywhere(text, value) -> None:
    assert dates(text, "2013-08-07")[-1][1] == value


@pytest.mark.parametrize(
    ("line", "days"),
    [
        ("26 September 2013, 10:00 (GMT+05: 00)", ("2013-09-26",)),
        ("Published: 2012.08.08 09:01 AM", ("2012-08-08",)),
        ("on Nov 10, 2011", ("2011-11-10",)),
        ("on July 13, 2009 at 10:50 AM, updated July 29, 2009 at 12:16 PM",  # ECB+ 34_3
         ("2009-07-13", "2009-07-29")),
        ("Updated 5:40 p.m. ET", ()),  # a time alone gives no day
    ],
)
def test_the_days_a_time_stamp_gives(line, days) -> None:
    assert stamp_line_days(line, 0, len(line)) == days


def test_a_sentence_of_the_story_is_no_stamp_line() -> None:
    line = "Gigante died in prison custody on December 19, 2005."
    assert stamp_line_days(line, 0, len(line)) is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # ecbplus 1_1ecbplus, 24_6ecbplus: the month after a word of time
        ("The actress checked into the Betty Ford Center in May as part of a plea deal.",
         ["month 2013-05"]),
        ("In May, thieves stole £910,000 worth of jewellery.", ["month 2013-05"]),
        ("The phone went on sale in mid-May, the company said.", ["month 2013-05"]),
        # the verb of a headline and a person's name stay what they are
        ("Release Date May Be in Jeopardy", []),
        ("Theresa May said the vote would go ahead.", []),
        ("The plan was in May's manifesto.", []),
        # review of e540fc4: after another month, "this", "by", "the end of"; not a person
        # after "of", "from", "before" or before a verb
        ("Sales fell in April and May, the company said.", ["month 2013-05"]),
        ("The law took effect at the end of May.", ["month 2013-05"]),
        ("Critics of May said she had lost control.", []),
        ("The letter from May was read aloud.", []),
        ("Support fell before May spoke.", []),
        # second review: "by May" is as often hers
        ("The Brexit plan drafted by May and her ministers was rejected.", []),
        ("Nothing changed until May announced the vote.", []),
        # third review: a verb in -ed after the month is the month's news
        ("Home sales in May jumped 5 percent.", ["month 2013-05"]),
    ],
)
def test_may_is_the_month_after_a_word_of_time(text, found) -> None:
    assert [v for t, v in dates(text, published="2013-06-13") if t == "May"] == found


@pytest.mark.parametrize(("text", "written", "value"), [
    # ECB+ 5_2ecbplus, 5_3ecb, 31_5ecbplus: a season or a span of years, no year of its own
    ("He was fired 52 games into the 2003-04 season.", "2003-04", "years 2003-2004"),
    ("In 2006-07, Cheeks helped rally the Sixers.", "2006-07", "years 2006-2007"),
    ("Cheeks played for the Sixers from 1978-89.", "1978-89", "years 1978-1989"),
    # second review of a42b0b9: the later year whole, a century's turn; no span of decades
    ("He was fired during the 2012-2013 season.", "2012-2013", "years 2012-2013"),
    ("He was named coach for the 1999-00 season.", "1999-00", "years 1999-2000"),
    ("The council passed Ordinance 2013-45 on Monday.", "2013", "year 2013"),
    # third review: a year and its month, hours of the clock
    ("The 1997-03 figures were revised.", "1997", "year 1997"),
    ("The curfew runs 1900-1915 hours daily.", "1900", "year 1900"),
    # the digits after it no later year: the year alone
    ("The 2012-05 figures were revised.", "2012", "year 2012"),
])
def test_a_span_of_years_is_one_date(text, written, value) -> None:
    assert (written, value) in dates(text, "2005-12-20")
