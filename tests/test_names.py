"""Names in one document: capitalised runs with titles and openers split off."""

from __future__ import annotations

import pytest

from compare.names import find_names, headlines


@pytest.fixture
def names(make_doc):
    def run(text: str) -> list[str]:
        return [n.text for n in find_names(make_doc(text))]

    return run


def test_a_suffix_after_a_comma_is_the_names(names) -> None:
    """ECB+ 3_5ecbplus, 31_*: "Comeaux, Jr." is one name; "Sr." before a name is a title
    ("with CNA, Sr. Keehan", 34_*), not the suffix of the name before it."""
    assert names("During the escape, Arcade Joseph Comeaux, Jr. allegedly produced a "
                 "gun.") == ["Arcade Joseph Comeaux Jr"]
    assert names("Tony White, Jr. had a team-high 16 points.") == ["Tony White Jr"]
    assert "CNA Sr" not in names("In an interview with CNA, Sr. Keehan pointed out the "
                                 "problem.")
    # review: a numeral after a comma is too often no suffix
    assert names("According to Dr. Anthony Fauci, IV drug users are at the highest "
                 "risk.")[0] == "Anthony Fauci"


def test_a_legal_form_after_a_comma_is_no_name(names) -> None:
    """ECB+ 6_3ecb, 34_8ecbplus, 44_2ecbplus: ", LLC" and ", Inc." were names of their own;
    a form without a comma before it still stands in its name, or names a magazine."""
    assert names("Summit Entertainment, LLC plans to release 10 to 12 films "
                 "annually.") == ["Summit Entertainment"]
    assert names("She was a member of Delta Sigma Theta Sorority, Inc., a non-profit "
                 "community service based sorority.") == ["Delta Sigma Theta Sorority"]
    assert names("EYP Mission Critical Facilities, Inc. is a consulting firm.") == [
        "EYP Mission Critical Facilities"]
    assert names("Advanced Micro Devices Inc. said so.") == ["Advanced Micro Devices Inc"]
    assert names("He told Inc. magazine so.") == ["Inc"]
    # only a name the comma parts it from: after a phrase, a list or an opening, a form is
    # what it names
    assert names("In 2010, Inc. magazine named Acme the fastest-growing firm.") == [
        "Inc", "Acme"]
    assert names("In London, PLC shares fell.") == ["London", "PLC"]
    assert names("Last week, PLC leaders met in Ramallah.") == ["PLC", "Ramallah"]
    assert names("About EYP Mission Critical Facilities, Inc.") == [
        "EYP Mission Critical Facilities"]  # a point: a company's form after any run


# numbers and what they count


def test_possessive_splits_party_from_person(names) -> None:
    found = names("The group is urging people to vote for Labour’s Jeremy Corbyn.")
    assert "Labour" in found
    assert "Jeremy Corbyn" in found
    assert not any("’" in n or "'" in n for n in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The People's Liberation Army marched.", ["People's Liberation Army"]),
        ("The Workers' Party won the vote.", ["Workers' Party"]),
        ("The Children's Hospital opened.", ["Children's Hospital"]),
        # ECB+ 16_1ecb, 16_3ecb: a place for those people ("Men" and "Central Jail" were
        # two entities, each shared)
        ("He was on his way to work at the Men's Central Jail early Aug. 2.",
         ["Men's Central Jail"]),
        # review of 6cdd572: a surname that is a plural too stays the person's
        ("Police searched Maxine Waters' Home in Los Angeles.",
         ["Maxine Waters", "Home", "Los Angeles"]),
        ("Labour's Jeremy Corbyn spoke.", ["Labour", "Jeremy Corbyn"]),
        ("Theresa May's Conservative Party lost.", ["Theresa May", "Conservative Party"]),
        ("Britain's Royal Navy sailed.", ["Britain", "Royal Navy"]),
    ],
)
def test_possessive_stays_in_an_organisation_named_by_a_common_noun(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ECB+ 33_3ecbplus: "Valentine" and "Day" were two entities
        ("He shot her boyfriend on Valentine's Day in 2012.", ["Valentine's Day"]),
        # ECB+ 31_*: the "Eve" of "New Year's Eve" was shared with another's "Christmas Eve"
        ("On New Year's Eve the shop closed.", ["New Year's Eve"]),
        ("Mother's Day sales rose.", ["Mother's Day"]),
        ("Obama's Day one plan stalled.", ["Obama", "Day"]),  # a count of days
        # review of f8dc90d: a possessor the text names alone is no holiday's
        ("Obama's Day began with a briefing. Obama said little.", ["Obama", "Day", "Obama"]),
        # review of c3e66d4: a known holiday is whole; a longer name holds no possessor alone
        ("Chinese New Year passed. On New Year's Eve the shop closed.",
         ["Chinese New Year", "New Year's Eve"]),
        ("Martin Luther King spoke. The King's Day parade began.",
         ["Martin Luther King", "King's Day"]),
    ],
)
def test_a_possessive_before_day_or_eve_is_a_holidays_name(names, text, expected) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "NYPD Commissioner Raymond Kelly said: 'We're certainly pleased.'",  # ECB+ 33_3ecbplus
    "'You're right,' he said to Raymond Kelly.",  # ECB+ 32_*
    "Raymond Kelly said: 'We've won. It's over. Don't worry.'",  # ECB+ 39_*
])
def test_a_small_word_contracted_is_no_name(names, text) -> None:
    assert names(text) == ["Raymond Kelly"] or names(text) == ["NYPD", "Raymond Kelly"]


def test_hyphenated_title_and_prefixes_are_not_names(make_doc) -> None:
    found = find_names(make_doc(
        "Co-founder Asghar Bukhari left. They met Ex-president Obama. Anti-war protests grew."
    ))
    assert [(n.text, n.title) for n in found] == [
        ("Asghar Bukhari", "co-founder"), ("Obama", "")
    ]


def test_uk_based_gives_uk(names) -> None:
    found = names("A controversial UK-based activist group is mobilising.")
    assert found == ["UK"]


def test_x_based_before_a_capitalised_word_still_gives_the_place(names) -> None:
    found = names("It was a UK-based Muslim charity.")
    assert "UK" in found
    assert not any("based" in n for n in found)


@pytest.mark.parametrize(
    "text",
    [
        "However, the group said it would continue.",
        "Yesterday, the council met in private.",
        "Thanks to the rain, the match was called off.",
        "Police said the driver fled the scene.",
    ],
)
def test_sentence_initial_common_words_are_not_names(names, text) -> None:
    assert names(text) == []


def test_sentence_initial_common_word_dropped_but_later_name_kept(names) -> None:
    assert names("Only five other organisations are on the NUS’s no-platform list.") == ["NUS"]


def test_titles_are_split_from_names(make_doc) -> None:
    doc = make_doc("Among the candidates are Prime Minister Boris Johnson and Mr Stephenson.")
    found = {n.text: n for n in find_names(doc)}
    assert set(found) == {"Boris Johnson", "Stephenson"}
    assert found["Boris Johnson"].title == "prime minister"
    assert found["Stephenson"].title == "mr"
    for name in found.values():
        assert doc.text[name.start : name.end].endswith(name.text)


def test_role_noun_after_a_party_is_not_part_of_the_name(names) -> None:
    assert names("He ousted eight Conservative MPs and a minister.") == ["Conservative"]


def test_all_caps_headline_is_not_mined_for_names(make_doc) -> None:
    doc = make_doc("SUDAN BOMBS YIDA REFUGEE CAMP IN SOUTH SUDAN\nThe camp in Unity state was hit.")
    found = find_names(doc)
    assert all(n.sentence == 1 for n in found)
    assert [n.text for n in found] == ["Unity"]


@pytest.mark.parametrize("headline", [
    # ecbplus 29_4ecbplus, 22_13ecbplus, 9_3ecbplus: title case leaving "with", "that" small
    "Colts Clinch Playoff Spot with 20-13 Win Over Chiefs",
    "Krafts Food Shooter Yvonne Hiller Charged with Two Counts of Murder",
    "Biologists Call on Obama Administration to Overturn Bush Rules that Cut Science Out of "
    "Endangered Species Legislation",
    # 22_13ecbplus, 44_*: long ones, more than twelve words, every small word in lower case
    "Hiller Feuded with Co-Workers Prior to Shooting; Risk Factors and Prevention of Workplace "
    "Violence",
    "HP to Expand Data Center Services with Acquisition of Global Consulting Company EYP "
    "Mission Critical Facilities",
    # 39_6ecbplus, 9_1ecbplus, 35_9ecbplus: a headline may end in "!" or "?" ("Peter Capaldi
    # Cast" was a name)
    "Doctor Who Revealed: Peter Capaldi Cast as the 12th Time Lord!",
    "Obama Administration Restores Endangered Species Act Protections!",
    "Hey, Jamal Williams: Hire a Driver!",
])
def test_a_title_case_headline_with_small_function_words_is_a_headline(names, headline) -> None:
    """Its capitals mark no names ("Colts Clinch Playoff Spot", "Win Over" were entities);
    the names the body writes are found in it by ``match``."""
    assert names(headline + "\n\nThe Colts won.") == ["Colts"]


@pytest.mark.parametrize("headline", [
    # 3_2ecbplus, 22_8ecbplus, 16_2ecbplus, 1_3ecbplus: a headline line the splitter cut at
    # an abbreviation or an ellipsis, whose first part ends like a statement
    "Convicted Child Molestor Arcade Joseph Comeaux Jr. On The Lam in Texas",
    "2 Dead, 1 Wounded in Shooting at NE Phila. Kraft Plant",
    "Hawaiian Gardens Gangmember Convicted Of Murdering Lakewood Stn. Sheriff's Deputy Jerry "
    "Ortiz",
    "Lindsay Lohan Checks Out Of Rehab... To Check Into Different Rehab Centre",
])
def test_a_headline_cut_by_the_splitter_is_a_headline_as_a_whole(names, headline) -> None:
    assert names(headline + "\n\nThe Colts won.") == ["Colts"]


@pytest.mark.parametrize(("line", "expected"), [
    # a line of prose, whatever its end
    ("Police Chief Jim Williams spoke. Then the crowd left", ["Jim Williams"]),
    # review of 31a3e85: a list of names capitalises no everyday word
    ("Tom Hanks. Meryl Streep. Denzel Washington", ["Tom Hanks", "Meryl Streep",
                                                    "Denzel Washington"]),
    ("New York Yankees. Boston Red Sox. Texas Rangers", [
        "New York Yankees", "Boston Red Sox", "Texas Rangers"]),
    # a label opens a caption or a list
    ("Photo: Sen. John McCain. Getty Images Staff", ["John McCain"]),
    # a long line is read as sentences
    ("Police Chief Jim Williams Spoke. Mr. Smith Spoke. " * 4 + "Crowd Left", []),
])
def test_two_sentences_on_one_line_that_are_no_headline(make_doc, line, expected) -> None:
    doc = make_doc(line + "\n\nThe Colts won.")
    assert 0 not in headlines(doc)  # the line's first sentence is read as prose
    assert [n.text for n in find_names(doc)][:len(expected)] == expected


def test_sentence_case_headline_is_mined_for_names(names) -> None:
    found = names("South Sudan accuses Sudan of air strike on refugee camp")
    assert found == ["South Sudan", "Sudan"]
    found = names("Will the Oscars be hosted by Ellen DeGeneres again?")  # a question
    assert found == ["Oscars", "Ellen DeGeneres"]


@pytest.mark.parametrize(("line", "expected"), [
    # review of 1235eeb: a question or a cry of the body that capitalises only its names
    ("Where was Mitt Romney?", ["Mitt Romney"]),
    ("What about Hillary Clinton?", ["Hillary Clinton"]),
    ("Thank you, Lindsay Lohan!", ["Lindsay Lohan"]),
    ("3. What other IP will AMD add?", ["IP", "AMD"]),  # ECB+ 43_8ecbplus
    # final review: a name holding an everyday word, in a question inside a paragraph
    ("Where is Bill Gates?", ["Bill Gates"]),
    ("What about the White House?", ["White House"]),
])
def test_a_question_or_a_cry_in_the_body_is_no_headline(names, line, expected) -> None:
    assert names(f"The vote is close. {line} Nobody knows.") == expected


def _finishes_within(code: str, seconds: float) -> None:
    """Run ``code`` in a fresh interpreter; a quadratic path times out instead of hanging."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    try:
        subprocess.run([sys.executable, "-c", code], cwd=root, timeout=seconds, check=True)
    except subprocess.TimeoutExpired:
        pytest.fail(f"took more than {seconds} s: {code}")


FIND = (
    "from compare.engine import build_document; from compare.names import find_names; "
    "find_names(build_document('A', 'a', 'a', {}))"
)


def test_long_hyphenated_run_is_linear() -> None:
    # the hyphen-tail split took 1.7 s at 10 KB and grew with the square (issue 14, item 7)
    _finishes_within(FIND.format("'A' + '-a' * 100_000 + '.b'"), 10)


@pytest.mark.parametrize(
    "run", ["'Aaa Bbb Ccc ' * 16_000", "'A. B. C. ' * 20_000", "'U.S. ' * 40_000",
            # names that open sentences are checked against the rest with a set, not a list
            "'Joining Cooley came. ' * 60_000", "'Alaska Gov. Sarah Palin spoke. ' * 20_000",
            # "of" and possessive links read only the words near each (review: 4,000 links
            # of "Fire of Fire ..." took 7 s, quadratic)
            "'Fire of ' * 20_000 + 'Fire.'", "'John Smith of ' * 20_000 + 'Fire.'",
            "\"Fire's \" * 20_000 + 'Club.'",
            # and "for" links (the first "for" rule read the whole run at each: 8,000 links
            # took 5 s)
            "'Alpha for Beta ' * 20_000 + 'Club.'", "'Anna Smith for ' * 20_000 + 'Club.'"]
)
def test_long_runs_of_capitalised_words_are_linear(run: str) -> None:
    _finishes_within(FIND.format(run), 10)


def test_a_line_of_thousands_of_quoted_titles_is_judged_a_headline_once() -> None:
    """Each quoted title asks whether its line is a headline (``quotes._title``): the whole
    answer is remembered, since a cache of the word count alone left the test of the line's
    quoted end to run 6,000 times over a 200 KB line (7 s; 0.3 s remembered)."""
    _finishes_within(
        "from compare.engine import build_document; from compare.quotes import find_quotes; "
        "find_quotes(build_document('A', 'a', 'a', "
        "'Smith \"Back of the Net\" Jones and ' * 6_000 + 'the rest.'))", 3)


# issue 9: one name per person, roles split off, real sentences of the ECB+ corpus


def test_middle_initial_stays_in_the_name(make_doc) -> None:
    # ecbplus 16_1 and 9_8
    found = find_names(make_doc(
        "But police chief William J. Bratton, eager to protect his case, would not confirm the "
        "reported gang links. H. Dale Hall, director of Fish and Wildlife, said he had concerns."
    ))
    assert [n.text for n in found][:2] == ["William J. Bratton", "H. Dale Hall"]


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ('"We don\'t need him here right now," Utah Assistant Attorney General Craig Barlow said.',
         "Craig Barlow", "utah assistant attorney general"),  # ecbplus 36_7
        ("The flaw was disclosed a week ago, Qualys CTO Wolfgang Kandek said in a statement.",
         "Wolfgang Kandek", "qualys cto"),  # ecbplus 27_16
        ("Philadelphia 76ers President and General Manager Billy King announced it today.",
         "Billy King", "philadelphia 76ers president and general manager"),  # ecbplus 5_4:
        # both roles his
        ("Secretary of Commerce Gary Locke and Secretary of the Interior Ken Salazar said so.",
         "Ken Salazar", "secretary of the interior"),  # ecbplus 9_11
        ("It left her family devastated, Queens District Attorney Richard Brown said.",
         "Richard Brown", "queens district attorney"),  # ecbplus 21_12
        # a rank written hyphened, as British papers do (ecbplus 41_4ecb, 36_6ecb)
        ("The Israeli army spokesman, Brigadier-General Avi Benayahu, said Hamas fighters were"
         " among the dead.", "Avi Benayahu", "brigadier-general"),
        ("Jim Oler has been charged, Attorney-General Wally Oppal said.", "Wally Oppal",
         "attorney-general"),
        # a dotted initial that is also a word ("I", "a") after a role (ecbplus 26_2ecbplus)
        ("The case went to U.S. District Judge I. Leo Glasser on Monday.", "I. Leo Glasser",
         "u.s. district judge"),
        ("Senator A. Mitchell Palmer spoke.", "A. Mitchell Palmer", "senator"),  # no article
    ],
)
def test_role_before_a_name_is_its_title(make_doc, text, person, role) -> None:
    doc = make_doc(text)
    found = {n.text: n for n in find_names(doc)}
    assert person in found, list(found)
    assert found[person].title == role
    shown = doc.text[found[person].start:found[person].end]
    # the place or body the role serves is a name of its own, just before: "Queens"
    body = [n.text for n in found.values() if n.end + 1 == found[person].start]
    role_shown = role.split()[len(body[0].split()) if body else 0]
    assert shown.endswith(person) and shown.lower().startswith(role_shown)
    assert body == ([role.split()[0].title()] if role.startswith(("utah", "queens")) else
                    ["Qualys"] if role.startswith("qualys") else
                    ["Philadelphia 76ers"] if role.startswith("philadelphia") else
                    ["U.S."] if role.startswith("u.s.") else [])


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        # ecbplus 43_11ecbplus, 41_1ecbplus, 35_1ecb, 28_9ecb, 28_5ecbplus, 22_12ecbplus,
        # 41_5ecb, 9_13ecbplus: the place or body a role serves, written before the role and
        # the name, is named too (the answer keys mark "{Queens} District Attorney",
        # "{SeaMicro} Chief Executive Andrew", "{South Sudan} President Salva")
        ("SeaMicro Chief Executive Andrew Feldman, who will become general manager of AMD's "
         "newly created data-center server solutions business, said the company had more "
         "than one interested bidder.", "SeaMicro", "Andrew Feldman"),
        ("In a November 9 press conference, South Sudan President Salva Kiir stated his "
         "country would not retaliate.", "South Sudan", "Salva Kiir"),
        ("Along with the misdemeanor DUI allegation, California Highway Patrol Officer Brad "
         "Baehr said Jackson was cited.", "California Highway Patrol", "Brad Baehr"),
        # a participle goes with the role, a party with the person, everyday words with
        # the role ("Homicide"), and a portfolio names no body ("Interior Secretary")
        ("Attorney General Richard Kleindienst had pressured FBI Acting Director L. Patrick "
         "Gray to fire his deputy.", "FBI", "L. Patrick Gray"),
        ("He was a major contributor to Arizona Republican Sen. Barry Goldwater's failed 1964 "
         "presidential bid.", "Arizona", "Barry Goldwater"),
        ("She then opened fire on the others, Philadelphia Homicide Capt. James Clark said.",
         "Philadelphia", "James Clark"),
        ("The meeting was chaired by French Foreign Minister Bernard Kouchner.", "French",
         "Bernard Kouchner"),
        ("We need to set aside the plan, said new Interior Secretary Ken Salazar.", None,
         "Ken Salazar"),
        # review: the last word is the role's ("Councilman", not in the role list); a
        # body's word just after a word of the list ("Supreme Court"); a one-word party;
        # a portfolio of two words
        ("Police officers have been singled out, New York City Councilman Jumaane Williams "
         "said.", "New York City", "Jumaane Williams"),  # ecbplus 19_*
        ("Brooklyn Supreme Court Judge Vincent Del Giudice ruled on it.",
         "Brooklyn Supreme Court", "Vincent Del Giudice"),  # ecbplus 33_2ecbplus
        ("Democratic President-elect Barack Obama chose him.", None, "Barack Obama"),  # 9_10
        ("Homeland Security Secretary Janet Napolitano spoke.", None, "Janet Napolitano"),
        ("Pakistani Interior Minister Rehman Malik spoke.", "Pakistani", "Rehman Malik"),
    ],
)
def test_the_body_of_a_role_before_a_name_is_named_too(make_doc, text, body, person) -> None:
    found = find_names(make_doc(text))
    at = [n.text for n in found].index(person)
    named = found[at - 1] if at and found[at - 1].end + 1 == found[at].start else None
    assert (named.text if named else None) == body
    assert found[at].title.startswith(body.lower() + " ") if body else found[at].title


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("Alaska Gov. Sarah Palin spoke on Monday.", "Sarah Palin", "alaska gov"),  # 13_3
        ("The liaison was Mississippi Sen. James O. Eastland (D), who chaired it.",
         "James O. Eastland", "mississippi sen"),  # ecbplus 28_2
        ("Representatives from 25 countries met, U.S. Navy Vice Adm. Bill Gortney said.",
         "Bill Gortney", "u.s. navy vice adm"),  # ecbplus 12_18
        ("It was hard for her, said Bloomington Police Sgt. Marty Earley.", "Marty Earley",
         "bloomington police sgt"),  # ecbplus 21_7
        ("Sheriff's Deputy Sgt. Hoyt Teasley was shot.", "Hoyt Teasley", "deputy sgt"),  # 3_5
        ("The Rev. Larry Hill led the prayers.", "Larry Hill", "rev"),  # ecbplus 13_2
    ],
)
def test_a_title_written_short_is_the_role_of_the_name_after_it(make_doc, text, person, role):
    # the full stop of "Gov." ends neither the sentence nor the run: no name "Alaska Gov"
    found = {n.text: n for n in find_names(make_doc(text))}
    assert person in found, list(found)
    assert found[person].title == role
    assert not any(t.endswith(("Gov", "Sen", "Adm", "Sgt", "Rev")) for t in found), list(found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two quakes struck west of Manokwari Jan. 4, killing one.", ["Manokwari"]),  # 37_1
        ("Reuters Sep 18, 2013, the company said.", ["Reuters"]),  # ecbplus 27_11
        ("Posted Dec 23, 2012 by staff.", []),  # ecbplus 29_10
        ("Theresa May said no.", ["Theresa May"]),  # no day after it: her name
    ],
)
def test_a_month_before_a_day_is_no_part_of_the_name_before_it(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ecbplus 5_1ecbplus: a sentence's word fused to a name the text writes elsewhere
        ("The Sixers hired Billy King. When King hired O'Brien, he called him. Under Cheeks' "
         "guidance, the Blazers won.\n\nThey let Maurice Cheeks go.",
         ["Sixers", "Billy King", "King", "O'Brien", "Cheeks", "Blazers", "Maurice Cheeks"]),
        # ecbplus 16_1ecbplus, 43_5ecb
        ("Charges were filed by Steve Cooley. Joining Cooley at the news conference was his "
         "deputy.", ["Steve Cooley", "Cooley"]),
        ("Shares in AMD fell. Currently AMD utilizes its own plants.", ["AMD", "AMD"]),
        # ecbplus 38_*, 19_*: a noun of the sentence and "of" before the name
        ("The quake hit Cobb on Monday.\n\nResidents of Cobb said it shook.", ["Cobb", "Cobb"]),
        ("He called the NYPD. Critics of the NYPD spoke. Bank of America fell.",
         ["NYPD", "NYPD", "Bank of America"]),
        # kept: a given name ("Will"), a name never written otherwise, the pronoun
        ("The actor Will Smith spoke. Will Smith said no.", ["Will Smith", "Will Smith"]),
        # ecbplus 43_8ecbplus, 44_1ecb, 36_7ecbplus: the verb of a question, not "Will"
        ("The chip maker Intel said sales rose.\n\nWill Intel develop a similar design?",
         ["Intel", "Intel"]),
        ("Analysts said the deal would keep EDS whole. Will EDS remain open-minded about it?",
         ["EDS", "EDS"]),
        ("Utah tried Jeffs in Texas.\n\n(Will Texas have better luck with Warren Jeffs?)",
         ["Utah", "Jeffs", "Texas", "Texas", "Warren Jeffs"]),
        ("The board thanked Smith. Will Smith return next year?", ["Smith", "Smith"]),
        ("Police questioned Smith. May Smith leave the country?!", ["Smith", "Smith"]),
        ("The chip maker Intel said sales rose. «Will Intel develop a similar design?»",
         ["Intel", "Intel"]),
        # kept: no question (ecbplus 31_4ecb, a player), a question quoted after the name,
        # the whole written inside a sentence
        ("They fouled Walker. Will Walker netted 13 points.", ["Walker", "Will Walker"]),
        ('They fouled Walker. Will Walker asked reporters, "Was that a foul?"',
         ["Walker", "Will Walker"]),
        ("The actor Will Smith spoke. Will Smith return next year?",
         ["Will Smith", "Will Smith"]),
        ("Flushing Meadows is a park. Both Meadows and Smith went.", ["Flushing Meadows",
                                                                   "Meadows", "Smith"]),
    ],
)
def test_a_word_of_the_sentence_fused_to_a_name_is_dropped(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Among them other than the Prime Minister is Smith.", [
            ("Prime Minister", "prime minister"), ("Smith", "")]),
        ("The King spoke to the crowd.", [("King", "king")]),
        # a surname after a sentence's first word: no role "When King"
        ("When King hired O'Brien, he had called him.", [("King", ""), ("O'Brien", "")]),
    ],
)
def test_a_role_on_its_own_needs_its_article(make_doc, text, expected):
    assert [(n.text, n.title) for n in find_names(make_doc(text))] == expected


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("The woman was troubled.\n\nProsecutor Terry White told The Post a story.",
         "Terry White", "prosecutor"),  # ecbplus 1_12ecbplus; also 33_3, 36_*, 45_*
        ("Analyst Rob Enderle of Enderle Group said it.", "Rob Enderle", "analyst"),  # 27_11
        ("The team's GM Ed Stefanski cleared cap room.", "Ed Stefanski", "gm"),  # 5_4ecb
        ("He was sacked twice, and Colts QB Andrew Luck threw it.", "Andrew Luck",
         "colts qb"),  # ecbplus 29_*
    ],
)
def test_a_role_nameparser_lacks_before_a_given_name_is_the_title(make_doc, text, person, role):
    found = {n.text: n for n in find_names(make_doc(text))}
    assert person in found, list(found)
    assert found[person].title == role


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("Any incident could trigger it, City Councilman Charles Barron told the LA Times.",
         "Charles Barron", "city councilman"),  # ecbplus 19_*
        ("It was said by Brooklyn Councilman Jumaane Williams in a press release following "
         "the riot.", "Jumaane Williams", "brooklyn councilman"),  # ecbplus 19_*
        ("Congresswoman Nancy Pelosi spoke.", "Nancy Pelosi", "congresswoman"),
    ],
)
def test_a_member_of_a_body_named_by_it_is_a_role(make_doc, text, person, role):
    """A body of ``ORG_WORDS`` and "-man", "-woman", "-member" or "-person": a role
    nameparser's list lacks ("councilman", "congresswoman")."""
    found = {n.text: n for n in find_names(make_doc(text))}
    assert person in found, list(found)
    assert found[person].title == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ECB+ 34_10ecbplus, 34_6ecbplus: "Human Services" was a person with the title
        # "secretary of health"
        ("Among his mentors: former Surgeon General David Satcher and former Secretary of "
         "Health and Human Services, Louis Sullivan.",
         [("David Satcher", "surgeon general"), ("Health and Human Services", ""),
          ("Louis Sullivan", "")]),
        ("He is the principal advisor to the Secretary of Health and Human Services on public "
         "health and science.", [("Health and Human Services", "")]),
        # the body the fields name, with no holder after them (a review's case)
        ("The Chairman of the Energy and Natural Resources Committee said so.",
         [("Energy and Natural Resources Committee", "")]),
        # a name after "and" is no field of the role, nor a second role's place (a review's)
        ("Chairman of Microsoft and Apple Computer Corp spoke.",
         [("Microsoft", "chairman"), ("Apple Computer Corp", "")]),
        ("Minister of Trade and Industry Spokesman of Japan Taro Kono said.",
         [("Taro Kono", "minister of trade industry spokesman of japan")]),
    ],
)
def test_a_roles_complement_runs_on_over_and_to_its_second_field(make_doc, text, expected):
    """"Secretary of Health and Human Services" is one role: its two fields are everyday
    words joined by "and", as a body's are ("Office of Management and Budget"); with no
    holder after them, and a body's word last, they name the body."""
    assert [(n.text, n.title) for n in find_names(make_doc(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police Chief Omar Fields said so.", [("Omar Fields", "police chief")]),
        ("Coach Doc Rivers said so.", [("Doc Rivers", "coach")]),
        ("Omar Fields of Dallas said so.", [("Omar Fields", ""), ("Dallas", "")]),
        ('Tavon "Boo" Banks was arrested.', [("Tavon Banks", ""), ("Boo", "")]),
    ],
)
def test_a_surname_that_is_an_everyday_plural_is_still_a_persons(make_doc, text, expected):
    """A review's cases (thirty-sixth session): a first name the nicknames list does not know
    before a surname that is an everyday plural ("Fields", "Rivers", "Banks") is a person's
    name after a role, before "of" and around a nickname."""
    assert [(n.text, n.title) for n in find_names(make_doc(text))] == expected


@pytest.mark.parametrize(("text", "name"), [("Batman Begins opened on Friday.", "Batman Begins"),
                                           ("Postman Pat aired.", "Postman Pat")])
def test_a_word_ending_in_man_after_no_body_is_no_role(names, text, name) -> None:
    assert names(text) == [name]


def test_a_surname_ending_in_man_is_no_role(names) -> None:
    # review: "park" and "board" are bodies of ORG_WORDS, but "Parkman" and "Boardman" are
    # surnames and given names, no members of a governing body
    assert names("Mary Parkman Peabody spoke. Jane Peabody left.") == [
        "Mary Parkman Peabody", "Jane Peabody"]
    assert names("Boardman Robinson drew it. Jane Robinson agreed.") == [
        "Boardman Robinson", "Jane Robinson"]


@pytest.mark.parametrize(
    "text",
    ["Mark Jay Heller spoke for him.", "Anna Nicole Smith died in 2007.",
     "He was a member of the Latter Day Saints.", "The Super Bowl MVP Drew Brees threw."],
)
def test_a_given_name_or_a_word_before_one_is_no_role(names, text):
    # a given name before a given name is a first name; "Day" and "Drew" are words too
    assert not any(n.startswith(("Jay", "Nicole", "Day Saints", "Drew")) for n in names(text))


def test_secretary_of_state_is_the_role_not_the_name(make_doc) -> None:
    found = find_names(make_doc("Secretary of Commerce Gary Locke met the press."))  # 9_11
    assert [(n.text, n.title) for n in found] == [("Gary Locke", "secretary of commerce")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ecbplus 37_6, 11_*: "and" inside an organisation's name
        ("The Meteorology and Geophysics Agency had issued a tsunami alert.",
         ["Meteorology and Geophysics Agency"]),
        ("The Department of Health and Human Services agreed.",
         ["Department of Health and Human Services"]),
        # ecbplus 9_3, 11_1, 34_1, 36_5: "and" between two fields of a body
        ("A report from the White House Office of Management and Budget said so.",
         ["White House Office of Management and Budget"]),
        ("Observers from the Organization for Security and Cooperation in Europe came.",
         ["Organization for Security and Cooperation", "Europe"]),
        ("He won the Nelson Mandela Award for Health and Human Rights.",
         ["Nelson Mandela Award for Health and Human Rights"]),
        ("He believes the Charter of Rights and Freedoms protects him.",
         ["Charter of Rights and Freedoms"]),
        # two names: a place, a person, a firm, a country, a role's complement and a person
        ("Ships pass the Gulf of Aden and Indian Ocean.", ["Gulf of Aden", "Indian Ocean"]),
        ("The Ports of Newark and Elizabeth were closed.", ["Ports of Newark", "Elizabeth"]),
        ("The Department of Justice and Microsoft settled.",
         ["Department of Justice", "Microsoft"]),
        # review of cd46f3a: a name after "and" written once, a country, a role
        ("The Museum of Modern Art and Tate agreed.", ["Museum of Modern Art", "Tate"]),
        ("The Ministry of Health and Israel agreed.", ["Ministry of Health", "Israel"]),
        ("Friends of the Earth and Greenpeace protested.", ["Friends of the Earth", "Greenpeace"]),
        ("The President of France and Chancellor Merkel met.", ["France", "Merkel"]),
        ("The Board of Education and Mayor Bloomberg agreed.", ["Board of Education",
                                                                "Bloomberg"]),
        # final review: an acronym, a given name or a country after "and"; a place after
        # the fields is the body's
        ("The Ministry of Health and AIDS groups met.", ["Ministry of Health", "AIDS"]),
        ("The Ministry of Health and Art met.", ["Ministry of Health", "Art"]),
        ("The Ministry of Trade and France met.", ["Ministry of Trade", "France"]),
        ("The Office for Safety and Standards of Turkmenistan met.",
         ["Office for Safety and Standards of Turkmenistan"]),
        # a body's word alone after "and" is a second body (ecbplus 28_12ecb)
        ("Hearings were held in the House of Representatives and Senate.",
         ["House of Representatives", "Senate"]),
        ("The Department of Defense and Congress disagreed.",
         ["Department of Defense", "Congress"]),
        # a hyphened word inside a body's name is whole (it was cut to "Co" before the
        # thirty-third session, and the field before it was split off with it)
        ("Monitors of the Organisation for Security and Co-operation in Europe came.",
         ["Monitors of the Organisation for Security and Co-operation", "Europe"]),
        # ecbplus 9_1ecbplus, 13_*ecbplus, 44_*, 32_*: a field the dictionary knows, which the
        # list of common words lacks
        ("Agencies consult experts at the National Oceanic and Atmospheric Administration.",
         ["National Oceanic and Atmospheric Administration"]),
        ("She arrived shortly before the state Board of Agriculture and Conservation voted.",
         ["Board of Agriculture and Conservation"]),
        ("It led to lawsuits and a Securities and Exchange Commission investigation.",
         ["Securities and Exchange Commission"]),
        ("Gill Sandford, dean of the Faculty of Creative and Cultural Industries, said so.",
         ["Gill Sandford", "Faculty of Creative and Cultural Industries"]),
        ("He ran the Department of Housing and Urban Development for a year.",
         ["Department of Housing and Urban Development"]),
        # ... but two bodies, two products (ecbplus 9_6, 40_*)
        ("Defenders of Wildlife and Center for Biological Diversity sued.",
         ["Defenders of Wildlife", "Center for Biological Diversity"]),
        # second review: a ship's prefix is no player's position
        ("The wreck of the SS Central America was found.", ["SS Central America"]),
        ("Apple also updated the Mac Mini and Apple TV on Tuesday.",
         ["Apple", "Mac Mini", "Apple TV"]),
        # review of ae102fd: a brand the dictionary knows as a word, then a company
        ("Oracle and Sun Microsystems Inc. agreed to the deal.",
         ["Oracle", "Sun Microsystems Inc"]),
        ("Delta and Northwest Airlines Corp agreed to merge.",
         ["Delta", "Northwest Airlines Corp"]),
        ("He was treated at Parkland and Baylor University Medical Center.",
         ["Parkland", "Baylor University Medical Center"]),
        # ecbplus 21_12: two streets
        ("It happened Sunday morning at Bruckner Boulevard and Evergreen Avenue in the Bronx.",
         ["Bruckner Boulevard", "Evergreen Avenue", "Bronx"]),
        # ecbplus 9_6: a person and where they work
        ('"The job is half done," said Noah Greenwald of the Center for Biological Diversity.',
         ["Noah Greenwald", "Center for Biological Diversity"]),
    ],
)
def test_and_and_of_inside_names(names, text, expected) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ecbplus 11_4ecb, 11_8ecb
    ("International observers from the Organisation for Security and Co-operation in Europe "
     "were invited to monitor the poll.",
     ["Organisation for Security and Co-operation", "Europe"]),
    ("The Organisation for Economic Co-operation and Development cut its forecast.",
     ["Organisation for Economic Co-operation and Development"]),
    ("The leaders of the Gulf Co-operation Council met in Riyadh.",
     ["Gulf Co-operation Council", "Riyadh"]),
    ("Iran signed the Nuclear Non-proliferation Treaty in 1968.",
     ["Iran", "Nuclear Non-proliferation Treaty"]),
    # a name and a participle or a tail that describes: the name after it is another
    ("The diplomat added. New York-based Human Rights Watch said it was worried.",
     ["New York", "Human Rights Watch"]),
    ("Apple unveils cheaper Ivy Bridge-powered MacBook Air on Monday.",
     ["Apple", "Ivy Bridge", "MacBook Air"]),
    # ecbplus 25_10ecbplus, 35_4ecb: two words, no word written with a hyphen
    ("The Saints face the NFC West-champion Seattle Seahawks in a wildcard game.",
     ["Saints", "NFC West", "Seattle Seahawks"]),
    ("Two nominees were selected by the Senior Committee-former Atlanta defensive end Claude "
     "Humphrey and former Steelers guard Bob Kuechenberg.",
     ["Senior Committee", "Atlanta", "Claude Humphrey", "Steelers", "Bob Kuechenberg"]),
    # a prefix opening the run is a word of the sentence, as before
    ("Anti-war protesters marched in London.", ["London"]),
])
def test_a_hyphened_word_inside_a_name_is_whole(names, text, expected) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ECB+ 2_7ecbplus, 7_11ecb, 39_10ecbplus, 28_3ecbplus: "for" between a name and what it
    # is for
    ('"We very much look forward to having her back on ABC for Oscar Sunday."', ["ABC", "Oscar"]),
    ("He has held a belt since beating Chris Byrd for the IBF version in April 2006.",
     ["Chris Byrd", "IBF"]),
    ("He was cast while filming in Prague for the BBC's upcoming drama.", ["Prague", "BBC"]),
    ("He was the source used by Carl Bernstein for The Washington Post in the scandal.",
     ["Carl Bernstein", "Washington Post"]),
    # 9_1ecb, 9_7ecbplus, 36_11ecbplus, 36_7ecbplus, 16_3ecbplus: "for" inside a name
    ("It filed suit with the Center for Biological Diversity on Monday.",
     ["Center for Biological Diversity"]),
    ("Darin Schroeder, Vice President for Conservation Advocacy, agreed.",
     ["Darin Schroeder", "Vice President for Conservation Advocacy"]),
    ("During the raid of the Yearning for Zion Ranch, police saw girls.",
     ["Yearning for Zion Ranch"]),
    ("It followed a raid on the group's Yearning for Zion Ranch in Texas.",
     ["Yearning for Zion Ranch", "Texas"]),
    ("He was an officer at the California Institution for Men in Chino.",
     ["California Institution for Men", "Chino"]),
    # review of 00264a6: groups and titles a word of the sentence could not tell apart
    ("The ads were paid for by Americans for Prosperity in Ohio.",
     ["Americans for Prosperity", "Ohio"]),
    ("He volunteered with Habitat for Humanity last year.", ["Habitat for Humanity"]),
    ("She starred in Waiting for Godot on Broadway.", ["Waiting for Godot", "Broadway"]),
    ("A grant from the National Endowment for the Humanities helped.",
     ["National Endowment for the Humanities"]),
    ("Supporters waved Hillary Clinton for President signs.", ["Hillary Clinton", "President"]),
    # review of 6931b35: a fund before an acronym
    ("A gift to the U.S. Fund for UNICEF arrived.", ["U.S. Fund for UNICEF"]),
    # final review: a dotted acronym after "for"
    ("He wrote about Iraq for the U.S. Army in 2004.", ["Iraq", "U.S. Army"]),
])
def test_for_inside_a_name_and_between_two(names, text, expected) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A woman was killed in Queens Friday night, New York Police said.",  # 21_14
         ["Queens", "New York Police"]),
        ("Without Felt's information, the full scale of the corruption would not be known.",
         ["Felt"]),  # 28_5
        ("Firefighters worked quickly to contain the blaze.", []),  # 13_13
        ("Residents nearby were evacuated as a precaution.", []),  # 14_5
        # an adverb in "-ly" opening a sentence without its comma (3_1, 10_x, 39_x, 45_x)
        ("Ironically Nichols had offered to plead guilty in exchange for a life sentence.",
         ["Nichols"]),
        ("Naturally Scott Boras will try to draw this out as long as he can.", ["Scott Boras"]),
        ("Purportedly Simpson became angry and expressed that he did not want the baby.",
         ["Simpson"]),
        # but one before the word it describes is the name's, and "Kelly" is a given name
        ("Internationally Recognised Transit Corridor patrols resumed.",
         ["Internationally Recognised Transit Corridor"]),
        ("Kelly Clarkson sang the anthem.", ["Kelly Clarkson"]),
    ],
)
def test_words_that_are_not_names(names, text, expected) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ECB+ 5: a team named by a year, with its city or alone
    ("DiLeo is the head coach of the Philadelphia 76ers.", ["DiLeo", "Philadelphia 76ers"]),
    ("The 76ers have a record of 9-14.", ["76ers"]),
    ("Cheeks coached the 76ers to 40 victories.", ["Cheeks", "76ers"]),
    # no name of digits else: a year's "ers" inside a word, a number, more digits
    ("In 1976 the team won 76 games.", []),
    ("The 747ers at Boeing met in the 2000ers.", ["Boeing"]),
])
def test_a_team_named_by_a_year_is_a_name(names, text, expected) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun's contraction (ecbplus 6_5, 4_13)
        ("He'll contend that the movie will play longer and stronger in theaters.", []),
        ("She'd found religion, became a recluse, and lost contact with friends.", []),
        # a number in words (ecbplus 12_8, 14_1)
        ("Sixteen crew members were aboard the ship, said Wicharn Sirichaiekawat.",
         ["Wicharn Sirichaiekawat"]),
        ("Sixty residents were moved from their homes.", []),
        # an adverb (ecbplus 5_3, 6_2)
        ("Additionally, he was selected as the West German federation National Coach.",
         ["West German", "National Coach"]),
        ("Unsurprisingly, he would like a raise on the sequel.", []),
        # a participle before a preposition or a determiner (ecbplus 44_10, 27_6)
        ("Headquartered in New York, EYP MCF has approximately 350 employees.",
         ["New York", "EYP MCF"]),
        ("Applying this solution may limit some functionalities of IE.", ["IE"]),
        # a word the document also writes in lower case, or its singular (ecbplus 19_3, 27_10)
        ("Protesters poured into Brooklyn streets. Police said the protesters threw bottles.",
         ["Brooklyn"]),
        ("Hackers can also entice victims to visit a site. A hacker can then take control.",
         []),
        # an adverb in "-ily" (ecbplus 29_12, 14_1)
        ("Luckily for KC fans, the final indignities of the season were kept short.", ["KC"]),
        # a participle before a comma (ecbplus 6_2, 39_5)
        ("Granted, the film would have crushed at the box office.", []),
        ('"Thrilling, moving, beyond exciting," Gatiss wrote.', ["Gatiss"]),
        # the first word of a quotation after a colon opens a sentence (ecbplus 14_1, ecb
        # 35_2)
        ('A spokesman for Waitrose said: "Luckily no-one has been hurt."', ["Waitrose"]),
        ("The policy states: ``Discipline for a second violation is a suspension.'' Any "
         "discipline by the league is final.", []),
    ],
)
def test_a_word_that_only_opens_sentences_is_no_name(names, text, expected) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname whose person another sentence names in full (ecbplus 29_1, 35_1)
        ("Peyton Manning threw for 364 yards. Manning threw three touchdowns.",
         ["Peyton Manning", "Manning"]),
        # written capitalised inside a sentence too (ecbplus 19_12: "Riot" is not)
        ("Mob experts called him a boss. He ran the Mob for decades.", ["Mob", "Mob"]),
        # a given name, an organisation's word, a capital inside (ecbplus 12_10, 42_5)
        ("Navy frigate INS Sukanya intercepted 3 pirate ships. The navy said so.",
         ["Navy", "INS Sukanya"]),
        ("T-Mobile today announced the phone, on t-mobile.com.", ["T-Mobile"]),
        ("Crystal said the crystal vase was stolen.", ["Crystal"]),
        # review: a place ending in "-ing" before a function word is no participle, and a
        # word stays when one sentence it opens reads it as a name
        ("Beijing on Tuesday denied the report.", ["Beijing"]),
        # review of adf4fbd: a surname in "-ing" before what he is, a place in "-ily"
        ("Harding, who finished third, was cheered by the crowd.", ["Harding"]),
        ("Banning, a city in California, lost power on Monday.", ["Banning", "California"]),
        ("Sicily was struck by a strong earthquake.", ["Sicily"]),
        ("Beijing said no. Beijing on Tuesday denied it.", ["Beijing", "Beijing"]),
    ],
)
def test_a_name_that_opens_a_sentence_stays_a_name(names, text, expected) -> None:
    assert names(text) == expected


def test_role_words_come_from_nameparser() -> None:
    from compare.names import role_words

    words = role_words()
    assert {"attorney", "secretary", "coach", "cto", "mr"} <= words
    assert len(words) > 800


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ecbplus 26_11, 1_14, 28_10: the state is part of the city's address
        ("The head of the Genovese crime family, who had suffered from heart disease, died at "
         "the federal prison in Springfield, Mo., said prison spokesman Al Quintero.",
         ["Genovese", "Springfield", "Al Quintero"]),
        ("Lindsay Lohan checked into the Betty Ford Clinic in Rancho Mirage, Calif., on "
         "Thursday night.", ["Lindsay Lohan", "Betty Ford Clinic", "Rancho Mirage"]),
        ("LaRue was present at a 1972 meeting at Nixon's vacation home in Key Biscayne, Fla., "
         "where the plan was hatched.", ["LaRue", "Nixon", "Key Biscayne"]),
    ],
)
def test_an_abbreviated_state_after_a_city_is_part_of_its_mention(make_doc, text, expected):
    found = find_names(make_doc(text))
    assert [n.text for n in found] == expected
    city = found[-1] if expected[-1] != "Al Quintero" else found[1]
    assert text[city.start:city.end].startswith(f"{city.text}, ")  # "Springfield, Mo."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ecbplus 43_11, 27_3, 40_1: a company named by its head office, not the city
        ("The Sunnyvale, Calif., company said it will pay $334 million for SeaMicro Inc., a "
         "company known for products called micro servers.",
         ["Sunnyvale, Calif., company", "SeaMicro Inc"]),
        ("But it's possible the Redmond, Wash. company will issue an emergency update.",
         ["Redmond, Wash. company"]),
        ("The Cupertino, Calif.-based company (NASDAQ: AAPL) said iTunes songs will now have "
         "three-tiered pricing.", ["Cupertino, Calif.-based company", "NASDAQ", "AAPL"]),
    ],
)
def test_a_company_named_by_its_head_office_is_no_mention_of_the_city(names, text, expected):
    assert names(text) == expected


def test_a_city_before_a_hyphenated_based_stays_the_city(make_doc) -> None:
    # ecbplus 43_4: "Sunnyvale-based SeaMicro" says where SeaMicro is, no company descriptor
    text = ("The advantage of Sunnyvale, Calif. - based SeaMicro’s small and power-efficient "
            "computers is that enterprises can now shove a lot more computing power into a "
            "given amount of space.")
    found = find_names(make_doc(text))
    assert [n.text for n in found] == ["Sunnyvale", "SeaMicro"]
    assert text[found[0].start:found[0].end] == "Sunnyvale, Calif."


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        # ecbplus 13_8 and 9_13: a body with "and" in its name, then the role in it
        ("Palmer Fire and Rescue Chief John McNutt arrived and saw fire under the eaves of the "
         "building.", "John McNutt", "palmer fire and rescue chief"),
        ("Office of Management and Budget Director Peter Orszag followed up with a memo.",
         "Peter Orszag", "office of management and budget director"),
    ],
)
def test_a_body_named_with_and_before_a_role_is_the_persons_title(make_doc, text, person, title):
    found = find_names(make_doc(text))
    # the place is named too ("Palmer"); everyday words name no body of their own
    assert [(n.text, n.title) for n in found] == [
        *([("Palmer", "")] if "Palmer" in text else []), (person, title)]


def test_and_between_a_person_and_a_role_still_splits(names) -> None:
    # ecbplus 9_1: two people, each with a role
    assert names("Today, Interior Secretary Ken Salazar and Commerce Secretary Gary Locke "
                 "announced the restoration of rules.") == ["Ken Salazar", "Gary Locke"]


def test_an_abbreviation_that_follows_no_city_is_kept(names) -> None:
    assert names("In Washington, U.S. officials said the talks would go on.") == [
        "Washington", "U.S"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ecbplus 37_12, 41_5, 4_10: a country's dotted abbreviation is part of the body's
        # name, as "US Geological Survey" is, not a mention of the country
        ("The epicenter of the quake was located 34 miles west of the town of Bireun, "
         "according to the U.S. Geological Survey.", ["Bireun", "U.S. Geological Survey"]),
        ("Last week, Khartoum submitted its second complaint to the U.N. Security Council, "
         "accusing South Sudan of supplying missiles.",
         ["Khartoum", "U.N. Security Council", "South Sudan"]),
        ("You can check out the tributes in the L.A. Times, at MTV.com, and also at Page's "
         "official site.", ["L.A. Times", "MTV.com", "Page"]),
        # ecbplus 29_1, 35_1: dotted initials are a person's, with the surname
        ("He completed a key pass to T.Y. Hilton on third down and made two nice throws to "
         "Wayne.", ["T.Y. Hilton", "Wayne"]),
        ("It is an off-the-field issue involving Vincent, team general manager A.J. Smith "
         "said in a statement.", ["Vincent", "A.J. Smith"]),
    ],
)
def test_a_dotted_abbreviation_stays_in_the_name_it_opens(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        # ecbplus 26_9: the abbreviation opens the role, the person is the name
        ('"Defendant has been consistently feigning insanity," U.S. District Judge Jack B. '
         "Weinstein said in sentencing Gigante to 12 years in prison.", "Jack B. Weinstein",
         "u.s. district judge"),
        # a surname alone after the role (no such sentence in the corpus): as "President
        # Obama", not a name "U.S. President Obama"
        ("He met U.S. President Obama on Friday.", "Obama", "u.s. president"),
    ],
)
def test_a_dotted_abbreviation_before_a_role_is_part_of_the_title(make_doc, text, person, title):
    found = {n.text: n for n in find_names(make_doc(text))}
    assert found[person].title == title
    mention = found[person]
    # the country is named on its own, just before the role and the person
    assert text[found["U.S."].start:found["U.S."].end] == "U.S."
    assert found["U.S."].end + 1 == mention.start
    assert text[mention.start:mention.end].endswith(person)


def test_a_body_named_on_in_lower_case_keeps_its_complement(make_doc) -> None:
    # ecbplus 26_9 and 26_6: whom the body serves, in lower case, is part of its name
    text = ("Gigante died at the U.S. Medical Center for federal prisoners in Springfield, Mo., "
            "said prison spokesman Al Quintero.")
    found = {n.text: n for n in find_names(make_doc(text))}
    body = found["U.S. Medical Center for federal prisoners"]
    assert text[body.start:body.end] == "U.S. Medical Center for federal prisoners"
    assert "Springfield" in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ecbplus 32_6, 21_5, 13_2, 2_4: what is done at or for the body is no part of it
        ("He was ordered held without bail and sent to Bridgewater State Hospital for "
         "evaluation.", ["Bridgewater State Hospital"]),
        ("EMS crews rushed Chohan to Jamaica Hospital for treatment, where she was later "
         "pronounced dead.", ["EMS", "Chohan", "Jamaica Hospital"]),
        ("Church officials said they expect to hold services at the Wasilla Middle School for "
         "the foreseeable future during repairs.", ["Wasilla Middle School"]),
        ("I am very grateful to the Academy for giving me this opportunity.", ["Academy"]),
        # nor a length of time or a noun phrase that goes on
        ("He stayed at the Center for many years.", ["Center"]),
        ("He asked the Department for public records requests.", ["Department"]),
    ],
)
def test_a_body_keeps_no_complement_that_is_no_description(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ecbplus 3_7, 26_1, 16_2: a person after a role, then where they work
        ("Judge James G. Bodiford of Superior Court handed down the maximum sentence on each "
         "charge.", [("James G. Bodiford", "judge"), ("Superior Court", "")]),
        ("In August 1996, Judge Eugene H. Nickerson of Federal District Court in Brooklyn ruled "
         "that Mr. Gigante was mentally competent.",
         [("Eugene H. Nickerson", "judge"), ("Federal District Court", ""), ("Brooklyn", "")]),
        ("Next week, Deputy D.A. Lowell Anger of the Crimes Against Police Officers Section "
         "will present evidence.", [("D.A. Lowell Anger", "deputy"),
                                    ("Crimes Against Police Officers Section", "")]),
        # ecbplus 35_2: dotted initials after a role are the person's first names
        ("General Manager A.J. Smith issued the following statement on Jackson's arrest:",
         [("A.J. Smith", "general manager"), ("Jackson", "")]),
    ],
)
def test_a_person_after_a_role_is_split_from_where_they_work(make_doc, text, expected):
    found = [(n.text, n.title) for n in find_names(make_doc(text))]
    assert found[:len(expected)] == expected


def test_an_abbreviation_after_a_place_and_a_comma_ends_the_address(names) -> None:
    # ecbplus 36_10: the segmenter leaves "B.C. Bountiful has ..." in one sentence
    assert names("The FLDS also has followers living in Bountiful, B.C. Bountiful has been the "
                 "object of scrutiny by the RCMP.") == [
        "FLDS", "Bountiful", "B.C", "Bountiful", "RCMP"]


@pytest.mark.parametrize(
    ("text", "person", "nickname"),
    [
        # ecbplus 26_11, 26_2, 16_6, 29_11: one person, not a lone surname
        ('Mob boss Vincent "The Chin" Gigante, the powerful Mafioso who avoided jail for '
         "decades, died Monday in prison.", "Vincent Gigante", "The Chin"),
        ("He drifted into the crime family founded in 1931 by legendary gangster Charles "
         '"Lucky" Luciano.', "Charles Luciano", "Lucky"),
        ('His fall was sealed in a Brooklyn courtroom where six turncoat mobsters, led by '
         'Salvatore "Sammy the Bull" Gravano, described his power.', "Salvatore Gravano",
         "Sammy the Bull"),
        ('Deputy Luis Gerardo "Jerry" Ortiz, 35, was shot outside a Hawaiian Gardens apartment '
         "building.", "Luis Gerardo Ortiz", "Jerry"),
        ("Adam ``Pacman'' Jones says the herniated disk in his neck was bothering him.",
         "Adam Jones", "Pacman"),
    ],
)
def test_a_nickname_in_quotes_stays_inside_the_name(make_doc, text, person, nickname):
    found = {n.text: n for n in find_names(make_doc(text))}
    assert person in found
    name = found[person]
    assert name.nickname == nickname
    assert nickname in text[name.start:name.end]
    assert person.split()[-1] not in found  # no lone surname left over


@pytest.mark.parametrize(
    ("text", "person", "nickname"),
    [
        # ecbplus 19_4ecbplus, 26_1ecbplus, 29_2ecb, 16_1ecbplus: wire copy's parentheses
        ("A Brooklyn woman who claims she had a “bird’s-eye view” of the fatal police shooting "
         "of 16-year-old Kimani (Kiki) Gray says the youth did not have a gun in his hand.",
         "Kimani Gray", "Kiki"),
        ("The gang was founded in the 1930's by one of the nation's most notorious criminals, "
         "Charles (Lucky) Luciano, who was deported to Italy and who died in 1962.",
         "Charles Luciano", "Lucky"),
        ("Adam (Pacman) Jones says the herniated disk in his neck that forced him to miss the "
         "last game was bothering him even before he took a hard hit.", "Adam Jones", "Pacman"),
        ("District Attorney Steve Cooley announced today that capital murder charges were filed "
         "against a Hawaiian Gardens gang member accused of gunning down Deputy Luis Gerardo "
         "(Jerry) Ortiz a month ago.", "Luis Gerardo Ortiz", "Jerry"),
    ],
)
def test_a_nickname_in_parentheses_stays_inside_the_name(make_doc, text, person, nickname):
    found = {n.text: n for n in find_names(make_doc(text))}
    assert person in found
    assert found[person].nickname == nickname
    assert person.split()[-1] not in found  # no lone surname left over


@pytest.mark.parametrize("text", [
    # ecbplus 36_8ecbplus: a paper's city and state
    "\"He's been a problem inmate since we had him,\" Sheahan told the San Angelo (Texas) "
    "Standard-Times.",
    # the review's: a state without "the", a transcript's label after a full name whose
    # surname the story writes alone, a surname repeated after the label
    "Jackson (Mississippi) Clarion-Ledger reported it first.",
    "Thank you, Joe Biden (Applause) Michelle and I thank Biden.",
    "Governor Andrew Cuomo (Applause) Cuomo has been here.",
])
def test_a_word_in_parentheses_between_two_names_of_their_own_joins_nothing(make_doc, text):
    found = find_names(make_doc(text))
    assert not [n.text for n in found if n.nickname]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ecbplus 4_11ecbplus: a film's title, not "Take Me Out" and "Ball Game"
        ("The star of such MGM movie hits as “Take Me Out to the Ball Game,” \"Jupiter's "
         "Darling\" and \"Million Dollar Mermaid\" has died.",
         ["MGM", "Take Me Out to the Ball Game", "Jupiter", "Darling", "Million Dollar Mermaid"]),
        # ecbplus 43_1ecb: an article's title, no "Intel Sharpens" to name Intel by
        ("Intel begins shipping Core 2 Duo (see BusinessWeek.com, 7/24/06, ``Intel Sharpens its "
         "Offensive Game'').", ["Intel", "Core 2", "Duo", "BusinessWeek.com",
                                "Intel Sharpens its Offensive Game"]),
        # ecbplus 34_1ecbplus
        ('She was also featured in a New York Times article, "Angel in a White Coat", as '
         '"Person of the Week".', ["New York Times", "Angel in a White Coat",
                                   "Person of the Week"]),
        # ecbplus 28_7ecb: names joined by "and" alone stay two names
        ("The movie made ``Woodward and Bernstein'' legends of American journalism.",
         ["Woodward", "Bernstein", "American"]),
    ],
)
def test_a_quoted_title_with_small_words_is_one_name(names, text, expected) -> None:
    assert names(text) == expected



@pytest.mark.parametrize(
    "text",
    [
        "Polling stations will close at 6:00 p.m. local time (1300 GMT) Sunday.",  # 11_11ecb
        "Updated: November 11, 2011 20:09 IST",  # 12_1ecbplus
        "Tue Jul 2, 2013 1:28PM GMT",  # 37_2ecbplus
        "The ship radioed a message at around 11 am (IST) saying that pirates had boarded.",
        "The pirates attacked this merchant ship about 1100 hrs IST, 150 nautical miles off.",
        # 12_6ecb and 12_17ecb, shortened
    ],
)
def test_a_times_meridiem_and_zone_are_no_names(names, text) -> None:
    assert not {"GMT", "IST", "PM", "PM GMT", "PM ET", "ET"} & set(names(text))


def test_the_same_letters_away_from_a_time_stay_names(names) -> None:
    # ecbplus 43_8ecb: ET is The Economic Times; "the PM" is a prime minister, also after a
    # year (review: a year is no hour)
    assert "ET" in names("India MD Dasaradha R Gude told ET that the combination would work.")
    assert "PM" in names("The PM said on 4 May that the vote would go ahead.")

def test_a_meridiem_needs_an_hour_before_it(make_doc) -> None:
    """Review: "In 2010 PM David Cameron" is the Prime Minister after a year, no time."""
    found = find_names(make_doc("In 2010 PM David Cameron promised a referendum."))
    assert [(n.text, n.title) for n in found] == [("David Cameron", "pm")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # ECB+ 21_10ecbplus, 16_1ecbplus: the number is the street's name
        ("The car had been traveling north on 117th Street.", "117th Street"),
        ("He was shot outside an apartment in the 12000 block of East 223rd Street.",
         "East 223rd Street"),
        # 35_2ecb, 25_10ecb: an everyday word a number tells apart
        ("Jackson was driving east on state Route 52 near Interstate 805.", "Route 52"),
        ("The Saints face the Detroit Lions in Week 16.", "Week 16"),
        # 35_7ecb, 35_9ecbplus, 21_2ecb, 12_5ecb: a longer name that ends in such a word
        ("Jackson failed sobriety tests shortly after 2 a.m. on State Route 52 in San Diego.",
         "State Route 52"),
        ("He was pulled over for speeding in his Bentley on State Route 94 around 1:30 a.m.",
         "State Route 94"),
        ("The woman died in Bloomington, according to a report from WCCO-TV Channel 4.",
         "WCCO-TV Channel 4"),
        ("It received a distress call over the MMB Channel 16 from Ethiopian merchants.",
         "MMB Channel 16"),
        # second review: a verb, a preposition or a bracket after the number; a state's name
        ("He drove on State Route 52 near Santee.", "State Route 52"),
        ("American Airlines Flight 77 crashed into the Pentagon.",
         "American Airlines Flight 77"),
        ("Traffic on Georgia State Route 400 slowed.", "Georgia State Route 400"),
        ("Traffic on Virginia Route 7 slowed.", "Virginia Route 7"),
        ("The road, State Route 52 (the freeway), closed.", "State Route 52"),
        # 19_1ecbplus, 21_12ecbplus, 12_4ecb, 4_1ecb, 40_4ecb: an ordinal before a name
        # ending in a singular, a number between two capitalised runs
        ("Marchers went to the 67th Precinct station.", "67th Precinct"),
        ("The Navy's 5th Fleet is based in Bahrain.", "5th Fleet"),
        ("It was a 20th Century Fox film.", "20th Century Fox"),
        ("The laptop runs an Intel Core 2 Duo processor.", "Intel Core 2 Duo"),
        # 19_3ecbplus, 21_4ecbplus: a street's abbreviations, "St." no title
        ("He was shot during a confrontation on E. 52nd St. Saturday night.", "E. 52nd St"),
        ("They set off from Church Ave. and E. 55th St. around 8:30 p.m.", "E. 55th St"),
        ("The car struck the boy at 117th St. and Lenox Avenue.", "117th St"),
    ],
)
def test_a_number_that_names_a_street_route_or_week_is_part_of_the_name(names, text, name):
    assert name in names(text)


@pytest.mark.parametrize(("text", "found"), [
    # an edition of a name written alone elsewhere; a date before a name; a person
    ("DeGeneres hosted the 79th Academy Awards in 2007.", ["DeGeneres", "Academy Awards"]),
    ("On June 5 Obama said so.", ["Obama"]),
    ("Tom Ward 834 Jane Smith 700 in the count.", ["Tom Ward", "Jane Smith"]),
    # second review of e6b8986: a score, a poll, a place or an acronym beside the number, a
    # possessor before the ordinal
    ("The Saints 31 Falcons 24 game was close.", ["Saints", "Falcons"]),
    ("Poll: Obama 48 Romney 45 in Ohio.", ["Obama", "Romney", "Ohio"]),
    ("Near Kandahar 5 NATO soldiers died.", ["Kandahar", "NATO"]),
    ("It was his 3rd Oscar.", ["Oscar"]),
])
def test_a_number_beside_a_name_stays_out_of_it_here(names, text, found) -> None:
    assert names(text) == found


@pytest.mark.parametrize(("text", "house"), [
    # review of 25c55f5: after a cardinal, "St." is a saint's, not a numbered street's
    ("He lives at 175 St. Nicholas Avenue in Harlem.", "175"),
    ("In 2011 St. Louis won the World Series.", "2011"),
    ("The No. 5 St. Louis Cardinals won.", "5"),
])
def test_st_after_a_cardinal_is_no_numbered_street(names, text, house) -> None:
    assert not [n for n in names(text) if n.startswith(house)]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # 21_2ecb: a house number is no part of the street's name
        ("The woman was walking outside the store at 200 W. American Blvd. around 7 p.m.",
         "200 W. American Blvd"),
        # a score, a season's year and a time stamp take no number
        ("The Saints beat the Falcons 31-24 on Sunday.", "Falcons 31"),
        ("Lionsgate set a release date of Fall 2009 for the film.", "Fall 2009"),
        ("Updated 0947 GMT on Friday.", "Updated 0947"),
        # a longer name whose last word is no such word: a version, not another thing
        ("The flaw affects Internet Explorer 8 on Windows XP.", "Internet Explorer 8"),
        # review of 3de497d: after a longer name, a count, a distance, a tally or a hyphened
        # measure is no part of it, nor a number after a person named Ward
        ("Officials closed the Pacific Coast Highway 30 miles north of the city.",
         "Pacific Coast Highway 30"),
        ("She swam the English Channel 3 times.", "English Channel 3"),
        ("The Weather Channel 10-day forecast was wrong.", "Weather Channel 10"),
        ("London Fashion Week 2 days ago was busy.", "London Fashion Week 2"),
        ("The receiver Hines Ward 86 yards away caught it.", "Hines Ward 86"),
        ("Labour's Tom Ward 834 votes behind lost.", "Tom Ward 834"),
        # final review: a person whose surname a number names ("Ward", "Gate")
        ("Results: Tom Ward 834 to Jane Smith 700.", "Tom Ward 834"),
        ("Anthony Gate 12 said so.", "Anthony Gate 12"),
    ],
)
def test_a_house_number_score_or_year_is_no_part_of_a_name(names, text, absent):
    assert absent not in names(text)


def test_of_and_a_possessive_inside_a_name_stay(names) -> None:
    # ECB+ 37_3ecbplus: "of" and one everyday word end the name; 21_2ecb: a store named
    # after its owner's given name; a person's possessive and a country's still split
    assert "Pacific Ring of Fire" in names(
        "Indonesia sits on the Pacific Ring of Fire, an arc of volcanoes and fault lines.")
    assert "Sam's Club" in names(
        "The woman was walking in a crosswalk outside the Sam's Club in Bloomington.")
    assert names("Labour's Jeremy Corbyn spoke in Britain's Parliament.") == [
        "Labour", "Jeremy Corbyn", "Britain", "Parliament"]
    assert "Noah Greenwald" in names(
        "Noah Greenwald of the Center for Biological Diversity said the rule was wrong.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # second review: a person and where they work stay two names
        ("Maggie Haberman of the Times reported the talks.", ["Maggie Haberman", "Times"]),
        ("Jane Fox of Mobile said the vote was close.", ["Jane Fox", "Mobile"]),
        # a place's possessive before a body: two names; a business keeps it
        ("Georgia's Senate voted on Tuesday.", ["Georgia", "Senate"]),
        ("Joe's Pub opened on Tuesday.", ["Joe's Pub"]),
        # numbered heads the everyday list lacks, and at a sentence's start
        ("Traffic on Interstate 95 stopped for an hour.", ["Interstate 95"]),
        ("Game 7 is Thursday at home.", ["Game 7"]),
        # a score is no number of a name; an hour written "1130" carries its meridiem
        ("The final was Heat 98, Spurs 95 in Miami.", ["Heat", "Spurs", "Miami"]),
        ("The show aired at 1130 AM on Friday.", []),
    ],
)
def test_second_review_cases_of_names(names, text, expected) -> None:
    assert names(text) == expected


def test_a_roles_office_keeps_its_possessive(names) -> None:
    # ECB+ 16_*, 36_*: the office of a role is one body ("Los Angeles County Sheriff's
    # Department", "Utah Attorney General's Office"); a party's possessive before a person splits
    assert names("A spokesman for the Los Angeles County Sheriff's Department said so.") == [
        "Los Angeles County Sheriff's Department"]
    assert "Utah Attorney General's Office" in names(
        "The Utah Attorney General's Office filed the charges on Tuesday.")
    assert names("Labour's Jeremy Corbyn spoke.") == ["Labour", "Jeremy Corbyn"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # third review: a role's possessive keeps one organisation word, no more
        # ("Justice", a title's word, names the department's field: thirtieth session)
        ("The President's Justice Department sued.", ["President", "Justice Department"]),
        ("The Senator's Democratic Party allies balked.", ["Democratic Party"]),
        # a long line of names or a caption is no headline
        ("Cast: Meryl Streep, Tom Hanks, Sarah Paulson, Bob Odenkirk, Tracy Letts and Bradley "
         "Whitford", ["Meryl Streep", "Tom Hanks", "Sarah Paulson", "Bob Odenkirk",
                      "Tracy Letts", "Bradley Whitford"]),
    ],
)
def test_third_review_cases_of_names(names, text, expected) -> None:
    assert names(text) == expected


def test_a_long_caption_is_no_headline(names) -> None:
    found = names("Photo: Sheriff Lee Baca with Deputy Chief Michael Downing and Mayor Antonio "
                  "Villaraigosa in Norwalk, California")
    assert "Michael Downing" in found and "Norwalk" in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ECB+ 41_*, 12_*: a number word opening a sentence counts the plural after it
        ("Nine Israelis, including three civilians, have been killed.", ["Israelis"]),
        ("Five Israeli soldiers lost their lives on Wednesday.", ["Israeli"]),
        ("Seven AK-47s, three other automatic rifles and grenades were found.", ["AK-47s"]),
        ("Six AK 47 rifles and 12 magazines were seized from the boats.", ["AK"]),
        # review of ef95d3b: more number words, a quotation, a state, an acronym
        ("Twenty Five Israelis were hurt.", ["Israelis"]),
        ('"Nine Israelis were killed," the army said.', ["Israelis"]),
        ("Four Texas men were arrested on Friday.", ["Texas"]),
        ("Four IBM executives resigned.", ["IBM"]),
        # second review: peoples no land of one word spells ("Palestinian Territories")
        ("Nine Palestinians were killed in the strike.", ["Palestinians"]),
        ("Five British soldiers died on Sunday.", ["British"]),
        ("Four German tourists were hurt.", ["German"]),
        ("Nine Saudis were arrested.", ["Saudis"]),
        ("Nine Israeli police were hurt.", ["Israeli"]),
    ],
)
def test_a_number_word_opening_a_sentence_is_a_count_not_a_name(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a title in quotation marks (ECB+ 4_*), a name with no plural to count
        ('She starred in "Million Dollar Mermaid," and in other films.',
         "Million Dollar Mermaid"),
        ('"Million Dollar Mermaid" Swimmer Dies Aged 91.', "Million Dollar Mermaid"),
        ("Nine Entertainment reported its results on Monday.", "Nine Entertainment"),
        ("Seven Network said it would appeal.", "Seven Network"),
        # review of ef95d3b: a verb or a plural after a name that names no people
        ("Nine Entertainment says it will appeal.", "Nine Entertainment"),
        ("Seven Network has denied the report.", "Seven Network"),
        ("Four Seasons Hotels reported a loss.", "Four Seasons Hotels"),
        ("Nine Inch Nails released an album.", "Nine Inch Nails"),
        ("Twenty One Pilots played on Friday.", "Twenty One Pilots"),
        ("Thousand Oaks police said so.", "Thousand Oaks"),
        ("Eleven Madison Park reopens next week.", "Eleven Madison Park"),
        ("Seven Samurai was remade twice.", "Seven Samurai"),
        # a number word inside a sentence is no opener
        ("Fans packed the Four Seasons bar on Friday.", "Four Seasons"),
    ],
)
def test_a_number_word_opening_a_title_or_a_name_stays(names, text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        # ECB+ 9_*: "President-elect" was cut at its hyphen, leaving a name "President"
        ("Many rules could be difficult for President-elect Barack Obama to overturn.",
         "Barack Obama", "president-elect"),
        ("Just six weeks before Democratic President-elect Barack Obama takes office, the "
         "rules changed.", "Barack Obama", "democratic president-elect"),
        ("He met Vice President-elect Joe Biden on Monday.", "Joe Biden",
         "vice president-elect"),
        ("Secretary-designate John Kerry spoke to the committee.", "John Kerry",
         "secretary-designate"),
        # second review: a hyphened "Vice", a title nameparser's list lacks, a complement
        ("He met Vice-President-elect Joe Biden.", "Joe Biden", "vice-president-elect"),
        ("Speaker-elect John Boehner spoke.", "John Boehner", "speaker-elect"),
        ("Attorney General-designate Eric Holder spoke.", "Eric Holder",
         "attorney general-designate"),
        ("He met Secretary of State-designate John Kerry.", "John Kerry",
         "secretary of state-designate"),
    ],
)
def test_a_title_chosen_but_not_yet_in_office_is_the_persons_title(
        make_doc, text, person, title) -> None:
    found = [(n.text, n.title) for n in find_names(make_doc(text))]
    assert (person, title) in found
    assert all("President" not in n and "Secretary" not in n for n, _ in found)


def test_re_before_a_lower_case_word_is_no_name(names) -> None:
    """ECB+ 28_*: "the Committee to Re-elect the President" left a name "Re", shared by five
    reports."""
    assert "Re" not in names("He was a special assistant to John Mitchell, who headed the "
                             "Committee to Re-elect the President.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ECB+ 31_3ecbplus: "But I" is no name
        ("“I found myself waking up the next day feeling a whole lot better when I was "
         "thinking about coming back. But I went back and forth more times than you can "
         "imagine.”", []),
        # ECB+ 2_1ecbplus, 2_9ecbplus: "You" opens the quotation's second sentence
        ('"I am so excited to be hosting the Oscars for the second time. You know what they '
         'say – the third time\'s the charm," DeGeneres said in a statement.',
         ["Oscars", "DeGeneres"]),
        # ECB+ 37_1ecbplus: "People" is the people who ran, not the magazine
        ('"The quake was felt strongly for around 15 seconds, from Bener Meriah to Banda Aceh. '
         'People panicked and rushed out of their homes," national disaster agency official '
         "Fauzi said.", ["Bener Meriah", "Banda Aceh", "Fauzi"]),
        # a name opening a quoted sentence stays one (ECB+ 39_10ecbplus)
        ('"I\'m thrilled. Peter Capaldi is a brilliant actor," Moffat said.',
         ["Peter Capaldi", "Moffat"]),
    ],
)
def test_a_sentence_opening_inside_a_quotation_is_an_opening(names, text, expected) -> None:
    """A quotation of several sentences is kept as one sentence; the capitalised word after
    each of its stops is capitalised by its place, as at any sentence's start."""
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ECB+ 10_21ecbplus, a live blog's time stamp; 10_19ecb, a clause after a colon
        ("2:16pm: Take it with a grain of salt, but we have a report of a report that the Red "
         "Sox offered Mark Teixeira an eight-year deal.", ["Red Sox", "Mark Teixeira"]),
        ("Here's a prediction: By the time this is over, win or lose, the Red Sox effectively "
         "will have set the market.", ["Red Sox"]),
        # ECB+ 9_6ecb, 44_13ecbplus
        ("Senator Jackson and others had the foresight and intelligence to say: Let us allow "
         "the expertise of government scientists to be tapped.", ["Jackson"]),
        ("Mark Hurd spoke to analysts in New York on Monday. He said: Thoughts on "
         "consolidation are premature.", ["Mark Hurd", "New York"]),
        # a name after a colon stays one, and so does a label's value (a review's cases)
        ("CAIRO: Egypt said on Monday that the border would open.", ["CAIRO", "Egypt"]),
        ("The lesson is simple: Apple will sell more phones.", ["Apple"]),
        ("Suspect: Banks, 34, was arrested on Monday.", ["Banks"]),
        ("The concert moved. Venue: One World Trade Center, on Monday.",
         ["Venue", "One World Trade Center"]),
    ],
)
def test_a_capital_after_a_colon_opens_a_clause(names, text, expected) -> None:
    """A clause after a colon opens with a capital in news style, as a sentence does: its
    first word is read as an opener ("Man charged", "Take it", "By the time"), a name stays
    one."""
    assert names(text) == expected


def test_a_word_fused_before_a_name_inside_a_quotation_goes(make_doc) -> None:
    """ECB+ 39_*: "With Steven's writing" opens a quoted sentence; "Steven" is the name, as
    the document writes it inside another sentence."""
    doc = make_doc('Steven Moffat chose him. He said: "It is settled. With Steven\'s writing '
                   'I know we\'ll be making an amazing show."')
    assert [n.text for n in find_names(doc)] == ["Steven Moffat", "Steven"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Might I suggest flashy, high-kicking song and dance numbers?", []),  # ECB+ 2_8ecb
        ("Did I say that right?", []),  # 34_11ecbplus
        ("President Barack Obama: Before I introduce America's next surgeon general, I'd "
         "like to say a few words.", ["Barack Obama", "America"]),  # 34_11ecbplus
        ('Another elderly man said simply, "Maybe I can help. I got a hammer."', []),  # 34_2
        ("Surely I was about to meet a woman who considered herself a victim.", []),  # 4_11ecb
        ("``As I'm releasing the ball to Reggie I'm pretty much throwing it away,'' he said.",
         ["Reggie"]),  # 29_8ecb
        ('"I got caught but I\'m OK," Thompson said in the ring.', ["Thompson"]),  # 7_1ecbplus
        ('"What a choice. Swear I\'ve seen him in Pompeii..."', ["Pompeii"]),  # 39_5ecbplus
        ('"I\'m Barack Obama and I approve this message," the ad says.', ["Barack Obama"]),
        ('"Mary I\'m told was there," he said.', ["Mary"]),
        ('"I\'m Sorry Dave," the computer said.', ["Dave"]),
        ("The US I grew up in is gone.", ["US"]),
        # a numeral's noun after "I": no verb of the pronoun
        ("Phase I trials began in May.", ["Phase I"]),
        ("Part I of the report was released on Monday.", ["Part I"]),
        # a numeral "I" after a name stays the name's
        ("Elizabeth I ruled England for 44 years.", ["Elizabeth I", "England"]),
        ("He was a veteran of World War I and Korea.", ["World War I", "Korea"]),
    ],
)
def test_the_pronoun_i_is_in_no_name(names, text, expected) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ECB+ 42_2ecb: "RIM" is written only at sentence starts, yet "Neither" is no part
        ("Neither RIM nor T-Mobile has announced U.S. pricing plans. RIM claims the screen "
         "is sharper.", ["RIM", "T-Mobile", "U.S", "RIM"]),
        # ECB+ 28_*, 34_*, 44_*: "Former FBI", "Former AMA", "Former IBM"
        ("Former FBI official Mark Felt revealed himself as Deep Throat. The FBI declined "
         "to comment.", ["FBI", "Mark Felt", "Deep Throat", "FBI"]),
        # ECB+ 44_2ecb, 44_*ecbplus: an everyday verb's "-ing"
        ("Acquiring EDS also could yield more government work for HP. EDS has 140,000 "
         "employees.", ["EDS", "HP", "EDS"]),
        ('"Acquiring EYP Mission Critical Facilities boosts HP\'s ability," he said. HP '
         "bought EYP Mission Critical Facilities.",
         ["EYP Mission Critical Facilities", "HP", "HP", "EYP Mission Critical Facilities"]),
        # without the acronym written alone, a name that opens with an everyday word stays
        ("Windows XP is still popular.", ["Windows XP"]),
        ("Real IRA claimed the bomb.", ["Real IRA"]),
        # "ICC" is no Roman numeral
        ("Former ICC prosecutor Luis Moreno Ocampo spoke. The ICC agreed.",
         ["ICC", "Luis Moreno Ocampo", "ICC"]),
        # an everyday word written inside as a name's stays; a Roman numeral is no acronym
        ("Windows XP is still popular. Many offices run Windows XP.",
         ["Windows XP", "Windows XP"]),
        ("Shadow II is the sequel.", ["Shadow II"]),
    ],
)
def test_an_everyday_word_before_an_acronym_opening_a_sentence_goes(names, text, expected):
    """An acronym is capitalised wherever it stands, so its capitals say nothing of the
    capitalised everyday word before it at a sentence's start."""
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ECB+ 9_4ecbplus: the role before a surname alone is its title, as before a full
        # name, where the document names the person in full
        ("Today, Interior Secretary Ken Salazar rescinded the rule. Interior Secretary "
         "Salazar's decision is a first step.",
         [("Ken Salazar", "interior secretary"), ("Salazar", "interior secretary")]),
        # ECB+ 23_*: "Insp Gaskin" beside "Dave Gaskin"; 39_*: "Producer Moffat"
        ("Senior Sergeant Dave Gaskin said the climbers were found. Insp Gaskin said more.",
         [("Dave Gaskin", "senior sergeant"), ("Gaskin", "insp")]),
        ("Steven Moffat chose him. Producer Moffat said so.",
         [("Steven Moffat", ""), ("Moffat", "producer")]),
        # "General" after a role; a surname that is also a given name
        ("Eric Holder spoke. Attorney General Holder said more.",
         [("Eric Holder", ""), ("Holder", "attorney general")]),
        ("Raymond Kelly spoke. Police Commissioner Kelly said more.",
         [("Raymond Kelly", ""), ("Kelly", "police commissioner")]),
        # no one named in full: the run stays one name, as a body's may be (ECB+ 36_*)
        ("The Criminal Justice Branch approved the charges.",
         [("Criminal Justice Branch", "")]),
        # an everyday word is no surname alone, even beside a full name
        ("Tom Price spoke. Health Secretary Price said more.",
         [("Tom Price", ""), ("Health Secretary Price", "")]),
        # what else reads the run is as before: a role "of" a body, a suffix, an opener
        ("Chief Constable of Merseyside Police Jon Murphy said so. Murphy left.",
         [("Jon Murphy", "chief constable of merseyside police"), ("Murphy", "")]),
        ("Eric Holder spoke. Attorney General Holder, Jr., said more.",
         [("Eric Holder", ""), ("Attorney General Holder Jr", "")]),
        ("Former FBI Director Mueller said so. The FBI declined to comment.",
         [("FBI Director Mueller", ""), ("FBI", "")]),
    ],
)
def test_a_role_before_a_surname_alone_is_its_title(make_doc, text, expected) -> None:
    assert [(n.text, n.title) for n in find_names(make_doc(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # turkmenistan keyed pair, both texts; ECB+ 19_*, 30_*, 40_*
        ("Nomination of candidates will take place from October 16 to November 14. "
         "Registration will run from October 26 to November 20.", []),
        ("Connectivity was restored on Sunday.", []),
        # written capitalised inside a sentence too, it stays a name
        ("Unity is an oil-producing state. The camp lies in Unity state.", ["Unity", "Unity"]),
    ],
)
def test_an_abstract_noun_opening_a_sentence_is_a_word_of_it(names, text, expected) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rebels led by Abdel Aziz al-Hilu have been fighting Sudan's army since June.",
         "Abdel Aziz al-Hilu"),  # ECB+ 41_*
        ("Mahmoud al-Goweiny, a member of the regulator's board, told the paper.",
         "Mahmoud al-Goweiny"),  # ECB+ 30_3ecbplus
        ("Ships pass the Bab el-Mandab strait.", "Bab el-Mandab"),  # ECB+ 30_*
        ("President Omar al-Bashir denied it.", "Omar al-Bashir"),
    ],
)
def test_an_arabic_article_joined_by_a_hyphen_is_a_word_of_the_name(names, text, name) -> None:
    """"al-" and "el-" open in lower case, yet the name goes on through them: before, the
    run ended at "Abdel Aziz", "Mahmoud", "Bab"."""
    assert name in names(text)


@pytest.mark.parametrize(("text", "expected"), [
    # ECB+ 9_2ecb, 9_5ecbplus, 9_4ecb, 28_*: a member's party and state say who they are
    ("said House Resources Committee Chairman Nick J. Rahall II (D-W.Va.), who said he "
     "would introduce legislation.", ["Nick J. Rahall II"]),
    ("House Natural Resources Committee Chairman Nick J. Rahall II (D-W. Va.), who had been "
     "seeking to overturn the rule, said so.", ["Nick J. Rahall II"]),
    ("said Edward J. Markey (D-Mass.), chairman of the House committee.",
     ["Edward J. Markey", "House"]),
    ("Rep. Joe Barton, R-Texas, and Sen. Jim Risch, R-ID, voted no.",
     ["Joe Barton", "Jim Risch"]),
    # review of e6cb86f: a label ending a sentence or the text, a state of two words
    ("said Sen. Dick Durbin, D-Ill. The bill failed.", ["Dick Durbin"]),
    ("The bill passed, said Rep. Joe Barton, R-Texas.", ["Joe Barton"]),
    ("Rep. Jerry Nadler (D-New York) said no.", ["Jerry Nadler"]),
    # a hyphened name that is no state stays
    ("The D-Day landings began at dawn.", ["D-Day"]),
])
def test_a_party_and_state_after_a_member_is_no_name(names, text, expected) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ECB+ 22_1ecbplus, 7_3ecbplus, 6_6ecbplus, 36_2ecbplus: a page's time stamp
    ("Friday, Sep 10, 2010 | Updated 8:52 PM EDT", []),
    ("Posted: Jul 07, 2012 7:40 PM ET\n\nLast Updated: Jul 07, 2012 8:44 PM ET", []),
    ("August 10, 2011 -- UPDATED 0947 GMT", []),
    # a name before a number stays, an everyday word that is no participle too
    ("Mr. Reed 20 points ahead, the Red 5 team won.", ["Reed", "Red"]),
    ("Updated May 5, 2012", []),
    # review of 22e905d: a bare number or a weekday is no time stamp; "the" names a body
    ("Fans said the sequel Wanted 2 opens next year.", ["Wanted"]),
    ("The Limited Tuesday said it would close all 250 stores.", ["Limited"]),
])
def test_the_label_of_a_time_stamp_is_no_name(names, text, expected) -> None:
    assert names(text) == expected


def test_a_list_of_names_and_quoted_titles_is_no_headline(names) -> None:
    # review of 937700a: a comma before the quotation makes a line of a list
    assert names('The nominees are:\n\nTaylor Swift, "Shake It Off"\n\nSam Smith, '
                 '"Stay With Me"') == ["Taylor Swift", "Shake It Off", "Sam Smith",
                                       "Stay With Me"]


@pytest.mark.parametrize("line", [
    # ECB+ 22_1ecbplus, 43_12ecbplus: quoted words end the line, no stop inside the mark
    'Co-Worker Calls Alleged Shooter: "Very Spiritual"',
    "Downsized “Building Block”",
])
def test_a_title_case_line_ending_in_quoted_words_is_a_headline(make_doc, line) -> None:
    doc = make_doc(f"{line}\n\nShe said the co-worker was \"not a loose cannon.\"")
    assert headlines(doc) == {0}
    assert not find_names(doc)


@pytest.mark.parametrize(("text", "expected"), [
    # ECB+ 29_*, 31_*, 26_*, 23_*: a place's short "Saint", "Mount", "Fort" stays in its name
    ("The Colts beat St. Louis on Sunday.", ["Colts", "St. Louis"]),
    ("The St. Louis Cardinals won.", ["St. Louis Cardinals"]),
    ("He was under psychiatric care at St. Vincent's hospital in Westchester.",
     ["St. Vincent", "Westchester"]),
    ("The climber died on Mt. Cook on Friday.", ["Mt. Cook"]),
    ("He fell in the Aoraki-Mt. Cook National Park.", ["Aoraki-Mt. Cook National Park"]),
    ("Ft. Worth police said so.", ["Ft. Worth"]),
    ("Mount St. Helens erupted.", ["Mount St. Helens"]),
    # a street's "St." after a word or a number ends it, no "St. Saturday": the numbered
    # street is named
    ("He was outside on E. 52nd St. Saturday night.", ["E. 52nd St"]),
])
def test_a_places_short_saint_or_mount_is_in_its_name(names, text, expected) -> None:
    assert names(text) == expected


def test_a_streets_st_after_its_name_opens_no_name(names) -> None:
    assert "Main St" in names("He lived on Main St. Police said so.")
    assert not any(n.startswith("St") for n in names("He lived on Main St. Police said so."))


@pytest.mark.parametrize(("text", "expected"), [
    # ECB+ 28_7ecb, 28_12ecb: a title's word names the field of the body after it
    ("Officials at the Justice Department said on Monday they would act.",
     ["Justice Department"]),
    ("The Justice Department acted on Monday.", ["Justice Department"]),
    ("The Justice Ministry of Ukraine said it would appeal.", ["Justice Ministry of Ukraine"]),
    # a title before a person stays one
    ("Justice Antonin Scalia wrote the opinion.", ["Antonin Scalia"]),
])
def test_a_title_word_before_a_body_is_its_field(names, text, expected) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "body", "person", "title"),
    [
        # ECB+ 13_14ecbplus, 43_3ecbplus, 5_4ecbplus, 5_3ecb: two roles joined by "and"
        ("The indictment also charges Valley Dairy CEO and investor Karen Bieniek with fraud.",
         "Valley Dairy", "Karen Bieniek", "valley dairy ceo and investor"),
        ("SeaMicro CEO and co-founder Andrew Feldman will join AMD.",
         "SeaMicro", "Andrew Feldman", "seamicro ceo and co-founder"),
        ("Philadelphia 76ers President and General Manager Billy King announced the move.",
         "Philadelphia 76ers", "Billy King", "philadelphia 76ers president and general manager"),
        ("Sixers Senior Vice President and Assistant General Manager Tony DiLeo was named "
         "coach.", "Sixers", "Tony DiLeo",
         "sixers senior vice president and assistant general manager"),
    ],
)
def test_a_role_before_and_a_second_role_is_the_persons(make_doc, text, body, person,
                                                         title) -> None:
    found = find_names(make_doc(text))
    assert body in [n.text for n in found]
    assert [n.title for n in found if n.text == person] == [title]
    assert not [n for n in found if n.text.startswith(body + " ")]


def test_a_role_before_and_a_body_gives_the_body_no_title(make_doc) -> None:
    """"the Knicks" after "and" is no person the role is of."""
    found = find_names(make_doc("The Sixers President and the Knicks agreed on a trade."))
    assert [(n.text, n.title) for n in found if n.text == "Knicks"] == [("Knicks", "")]


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        # second review: a run of roles alone, no body before them, is two people's (and
        # ended in an IndexError)
        ("Facebook's CEO and co-founder Mark Zuckerberg spoke on Monday. London was quiet.",
         "Mark Zuckerberg", ""),
        ("Yahoo! CEO and President Marissa Mayer spoke. London was quiet.",
         "Marissa Mayer", "president"),
        ("The Prime Minister and Foreign Secretary William Hague met. Luckily it rained.",
         "William Hague", "foreign secretary"),
        # no role of the person's own after "and"; a run already titled; two spaces
        ("The deal was backed by the Apple CEO and Bill Gates.", "Bill Gates", ""),
        ("General Electric Chairman and CEO Jeff Immelt spoke on Monday.", "Jeff Immelt",
         "ceo"),
        ("Valley  Dairy CEO and investor Karen Bieniek said so.", "Karen Bieniek",
         "valley dairy ceo and investor"),
    ],
)
def test_roles_joined_by_and_keep_every_name_and_its_offsets(make_doc, text, person,
                                                               title) -> None:
    doc = make_doc(text)
    found = find_names(doc)
    for n in found:
        assert doc.text[n.start:n.end].endswith(n.text), (n, doc.text[n.start:n.end])
    assert [n.title for n in found if n.text == person] == [title]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # ECB+ 44_13ecbplus, 30_10ecbplus, 16_10ecbplus, 42_2ecb: a conjunction opening a
        # sentence is no word of the name after it
        ("Or Cisco and HP. Take your pick.", "Cisco"),
        ("Neither ISP provided feedback on whether capacity had been restored.", "ISP"),
        ("Neither Perlo nor his co-counsel ever claimed their client's innocence.", "Perlo"),
        ("Either Apple or Google will buy the company.", "Apple"),
    ],
)
def test_a_conjunction_opening_a_sentence_is_no_word_of_a_name(names, text, name) -> None:
    assert names(text)[0] == name
