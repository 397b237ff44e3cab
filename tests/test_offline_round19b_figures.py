"""Round 19b: figures that restate another, and sentences run together by a lost space."""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates
from minutesai.engines.offline.sentences import split_sentences


def _figs(text: str):
    found = extract_candidates(text).figures
    assert all(f.quote in text for f in found)
    return found


# --- a bare count in brackets after a percentage change is the same change in numbers

def test_bracketed_count_after_a_percentage_is_not_a_second_figure():
    for text in ("(a)  Crime overall is down by 11% (57 incidents);",
                 "Vehicle crime has reduced by 26% (29 incidents);",
                 "The report stated that all crime had seen an increase of 11.4% (841 offences) in the year."):
        found = _figs(text)
        assert [f.unit for f in found] == ["percent"], text


def test_bracketed_count_that_says_its_own_change_is_kept():
    found = _figs("Total crime in the district had increased by 4.2% (163 more offences), with violence up.")
    assert [f.value for f in found] == [4.2, 163]
    found = _figs("all crime is up by 12.1% (an increase of 90 crimes).")
    assert [f.value for f in found] == [12.1, 90]


def test_count_not_in_brackets_after_a_percentage_is_kept():
    found = _figs("Burglary was down by 12%, with 57 offences recorded this year.")
    assert 57 in [f.value for f in found]


# --- "the reduction in X" is a restatement unless it names another period

def test_definite_trend_with_its_own_period_is_a_second_figure():
    text = ("The overall reduction in crime by 10% in Bracknell Forest over the last 12 months was welcomed. "
            "Members saw the graphs plotting the reduction in crime during the life of the CDRP Plan, 2008/2011.")
    found = _figs(text)
    assert [f.value for f in found] == [10, None]
    assert found[1].direction == "decrease"


def test_definite_trend_without_a_period_is_still_a_restatement():
    found = _figs("Burglary fell by 10% over the last 12 months. The Chair congratulated officers on the reduction in burglary.")
    assert [f.value for f in found] == [10]


def test_definite_trend_over_the_same_period_is_still_a_restatement():
    found = _figs("Burglary fell by 10% over the last 12 months. "
                  "Members welcomed the reduction in burglary over the same period.")
    assert [f.value for f in found] == [10]


# --- '.?' before a capital: a converter's '?' for the space after a full stop

def test_lost_space_after_full_stop_splits_sentences():
    text = ("He mentioned the success of the DISC app in tackling shoplifting.?The Commissioner noted "
            "reductions in rural crime and the establishment of a road safety partnership.?He discussed CCTV.")
    assert [s.text for s in split_sentences(text)] == [
        "He mentioned the success of the DISC app in tackling shoplifting.",
        "The Commissioner noted reductions in rural crime and the establishment of a road safety partnership.",
        "He discussed CCTV.",
    ]
    assert [f.direction for f in _figs(text)] == ["decrease"]


def test_real_question_marks_are_not_split_without_a_space():
    assert len(split_sentences("Was it?No. Why?Because it was late.")) == 1
    assert len(split_sentences("See item 4.?a")) == 1


# --- "a significant fall in X": the noun after the adjectives clerks put before it

def test_fall_after_an_adjective_is_a_decrease():
    found = _figs("There has been a significant fall in burglary to 45 offences.")
    assert [(f.value, f.direction) for f in found] == [(45, "decrease")]
    assert [f.direction for f in _figs("Members were pleased to note a further fall in shoplifting.")] == ["decrease"]
    assert [f.direction for f in _figs("The Inspector reported a general fall in ASB over the summer.")] == ["decrease"]


def test_fall_as_a_verb_after_an_adverb_is_not_read_as_the_noun():
    assert _figs("Residents were worried that standards would further fall in the area.") == []


# --- a level reached after a change is labelled by its measure, not by its number

def test_change_to_a_level_takes_the_measure_words():
    found = _figs("There had been a decrease in missing person incidents to 500 (552).")
    assert [(f.metric, f.value, f.direction) for f in found] == [("missing person incidents", 500, "decrease")]
    found = _figs("There was a reduction in the number of PCSOs to 120.")
    assert [f.metric for f in found] == ["PCSOs"]
    found = _figs("PC Smith reported that, over the summer, reports of nuisance motorcycles had risen to 40.")
    assert [f.metric for f in found] == ["reports of nuisance motorcycles"]


def test_change_to_a_level_keeps_a_taxonomy_measure():
    assert [f.metric for f in _figs("Burglary has fallen to 500.")] == ["burglary"]
    assert [f.metric for f in _figs("An increase in hate crime reports to 80 was noted.")] == ["hate crime"]


def test_change_to_a_level_with_a_pronoun_subject_names_no_measure():
    assert [f.metric for f in _figs("It had risen to 40.")] != ["It"]


# --- a list of "measure down by N%": each item keeps its own measure

def test_list_of_changes_each_with_its_own_measure():
    text = ("Inspector Castell reported that total notifiable crime was down by 6.6%, with vehicle crime down by 18.1%, "
            "domestic burglaries down by 20% and non-domestic burglaries down by 29.2%.")
    found = _figs(text)
    assert [(f.metric, f.value) for f in found] == [
        ("total notifiable offences", 6.6), ("theft of/from motor vehicle", 18.1), ("burglary", 20), ("burglary", 29.2)]
    assert found[2].quote == "domestic burglaries down by 20%"


def test_bare_number_after_a_trend_still_takes_the_trends_measure():
    found = _figs("There had been a reduction in burglary of 48 offences, a 26% fall.")
    assert [(f.metric, f.value) for f in found] == [("burglary", 48), ("burglary", 26)]


# --- a trailing ", making ..." clause is not part of the figure's quote

def test_trailing_participle_clause_is_cut_from_a_trend_quote():
    text = ("The Chief Superintendent stated that crime has reduced over 5 years, "
            "making Swansea one of the safest Cities in the UK to live.")
    found = _figs(text)
    assert found[0].quote == "crime has reduced over 5 years"
    assert found[0].direction == "decrease"


# --- "..., however there has been an uplift": the turn of the same measure

def test_unpunctuated_however_opens_a_clause_with_its_own_turn():
    text = ("Reported crime decreased significantly (2.5 thousand fewer crimes reported during this time) "
            "however there has been an uplift seen in recent weeks back to pre-covid levels.")
    found = _figs(text)
    assert [f.direction for f in found] == ["decrease", "increase"]
    assert found[1].quote.startswith("there has been an uplift")


def test_there_has_been_a_turn_after_but_takes_the_measure_before():
    found = _figs("Burglary fell by 10% but there has been a rise since.")
    assert [(f.metric, f.direction) for f in found] == [("burglary", "decrease"), ("burglary", "increase")]
    found = _figs("Reported crime decreased significantly during lockdown; however there has been an uplift in recent weeks.")
    assert [f.direction for f in found] == ["decrease", "increase"]


def test_a_turn_with_its_own_measure_or_no_change_word_adds_nothing_more():
    found = _figs("Burglary fell by 10% but there has been a rise in shoplifting.")
    assert [(f.metric, f.direction) for f in found] == [("burglary", "decrease"), ("theft", "increase")]
    assert len(_figs("Burglary fell in the spring but there was a meeting.")) == 1
    assert len(_figs("It was however the case that crime had fallen.")) == 1


# --- a place or time set off by commas between the measure and its change

def test_place_aside_between_measure_and_change():
    for text in ("Burglary, in the north of the ward, has fallen sharply.",
                 "The total offences, for Enfield are generally showing decreases against the rolling 12 month figures.",
                 "Antisocial behaviour, particularly in Cirencester, had reduced."):
        assert [f.direction for f in _figs(text)] == ["decrease"], text


def test_relative_clause_between_measure_and_change_is_not_an_aside():
    assert _figs("Burglary, in which the victims were elderly, rose.") == []
    assert _figs("Burglary, for which the ward is known, has fallen.") == []


# --- the clearing / clearance rate is the detection rate

def test_clearing_rate_is_the_detection_rate():
    found = _figs("A number of categories show a decrease in the clearing rate from last year.")
    assert [(f.metric, f.direction) for f in found] == [("detection / positive outcome rate", "decrease")]


# --- "the highest crime type / trend": which crime makes up most of it, not a rank nor bad news

def test_highest_crime_type_is_composition_not_rank():
    text = ("Domestic abuse continued to be the highest crime trend, which accounted for approximately "
            "20% of all crime recorded in the region.")
    found = extract_candidates(text)
    assert [(f.value, f.unit) for f in found.figures] == [(20, "percent")]
    assert found.sentiment_aspects == []
    found = extract_candidates("ASB remains the highest reported crime type in the ward.")
    assert found.figures == [] and found.sentiment_aspects == []


def test_highest_rate_is_still_a_rank_and_bad_news():
    found = extract_candidates("The ward had the highest burglary rate in the district.")
    assert [f.unit for f in found.figures] == ["rank"]
    assert [a.label for a in found.sentiment_aspects] == ["negative"]


# --- a trend, then a number that names another measure after it: two figures

def test_trend_then_a_number_for_another_measure():
    text = ("All sexual offences continued to fall currently at -31% for Rape, other serious sexual offences -13% "
            "and other sexual offences -20%.")
    found = _figs(text)
    assert [(f.value, f.direction) for f in found][:2] == [(None, "decrease"), (31, "decrease")]
    assert found[0].quote == "All sexual offences continued to fall"


def test_trend_and_its_own_number_stay_one_figure():
    assert [f.value for f in _figs("Burglary had fallen by 12% over the year.")] == [12]
    assert [f.value for f in _figs("Burglary continued to fall at 12% for burglary in the ward.")] == [12]
