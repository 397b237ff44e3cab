"""Figure rules, each checked on sentences written the way UK minutes write them."""

from __future__ import annotations

import pytest

from minutesai.engines.offline.figures import extract_figures
from minutesai.engines.offline.metrics import find_metrics
from minutesai.engines.offline.sentences import split_sentences


def figures(text: str):
    found = extract_figures(text, split_sentences(text))
    for f in found:
        assert f.quote in text, f.quote  # every quote is verbatim
    return found


def one(text: str):
    found = figures(text)
    assert len(found) == 1, [(f.value, f.metric, f.quote) for f in found]
    return found[0]


@pytest.mark.parametrize(
    "sentence, value, unit, direction, metric",
    [
        ("Total Notifiable Offences in Enfield decreased by 5.3% in the year ending January 2023.", 5.3, "percent", "decrease", "total notifiable offences"),
        ("Race and hate crime had seen a 17% increase which was frustrating.", 17, "percent", "increase", "hate crime"),
        ("Sex offences were up by 1%.", 1, "percent", "increase", "sexual offences"),
        ("There was a reduction of over 50% in calls to London Ambulance Service.", 50, "percent", "decrease", "calls to London Ambulance Service"),
        ("Residential burglary was down 19%.", 19, "percent", "decrease", "burglary"),
        ("Reports of anti-social behaviour increased by 58% over the year.", 58, "percent", "increase", "ASB"),
        ("The sanction detection rate rose by 3.1 percentage points.", 3.1, "percentage_points", "increase", "detection / positive outcome rate"),
        ("The borough had the lowest crime rate in Wales at 48 crimes per 1,000 population.", 48, "rate", "unknown", "total notifiable offences"),
        ("The force was now ranked 11th of 43 forces nationally.", 11, "rank", "unknown", None),
        ("Knife crime offences had dropped from 96 to 71 compared with the previous year.", 71, "count", "decrease", "knife/gun crime"),
        ("There had been 312 thefts from sheds, compared with 268 in the same period of 2021.", 312, "count", "increase", "theft"),
        ("In July 2012 there had been 1,284 Stop and Searches.", 1284, "count", "unknown", "stop and search"),
        ("Thirteen new PCSOs were due to start in November.", 13, "count", "increase", "new PCSOs"),
    ],
)
def test_numeric_figures(sentence, value, unit, direction, metric):
    f = one(sentence)
    assert (f.value, f.unit, f.direction) == (value, unit, direction)
    if metric:
        assert f.metric == metric


@pytest.mark.parametrize(
    "sentence, direction, metric",
    [
        ("The Board was pleased to note that the number of burglary offences had decreased.", "decrease", "burglary"),
        ("Superintendent Brittain said that ASB calls had remained static.", "no_change", "ASB"),
        ("Knife Crime and Gun Crime figures had decreased.", "decrease", "knife/gun crime"),
        ("Moped crime has increased.", "increase", "theft of/from motor vehicle"),
        ("Violent crime relating to the late-night economy was found by the Licensing Committee to be in decline.", "decrease", "violence"),
        ("The Borough had not seen the reduction in car and property crimes as evidenced elsewhere in London.", "no_change", "total notifiable offences"),
        ("Robbery remained broadly flat.", "no_change", "robbery"),
        ("Shed and garage break-ins, however, had increased in the rural villages.", "increase", "burglary"),
        ("Calls about anti-social behaviour had more than doubled since the youth centre closed.", "increase", "ASB"),
    ],
)
def test_trends_without_a_number(sentence, direction, metric):
    f = one(sentence)
    assert f.value is None and f.direction == direction and f.metric == metric


def test_trend_quote_drops_the_reporting_lead():
    f = one("Superintendent Andy Brittain said that ASB calls had remained static.")
    assert f.quote == "ASB calls had remained static"


def test_percent_and_percentage_points_are_kept_apart_in_one_sentence():
    found = figures("The borough's sanction detection rate for burglary stood at 7.9%, up 2.3 percentage points on the same period last year.")
    assert [(f.value, f.unit) for f in found] == [(7.9, "percent"), (2.3, "percentage_points")]
    assert found[1].quote == "up 2.3 percentage points on the same period last year"
    assert found[0].direction == "increase"  # the level takes the direction of its stated change


def test_ranks_with_comparators():
    f = one("Barnet had the 8th lowest rate of ASB in London out of 32 boroughs.")
    assert (f.value, f.unit, f.metric, f.comparator) == (8, "rank", "ASB", "out of 32 boroughs")
    f = one("Durham had dropped from quartile three to quartile four regarding public confidence.")
    assert (f.value, f.unit, f.direction, f.comparator) == (4, "rank", "decrease", "quartile three")
    f = one("Tunbridge Wells remains the safest Borough in Kent.")
    assert (f.value, f.unit, f.direction) == (None, "rank", "no_change")


def test_target_becomes_the_comparator_of_the_measured_figure():
    f = one("88% of emergency calls had been attended within 15 minutes, against a target of 90%.")
    assert f.value == 88 and "90" in (f.comparator or "")


def test_two_period_values_make_one_figure_with_the_latest_value():
    f = one("Victim based crime was slowly decreasing in volume. In 2018/19 it was 130 reported cases whilst in 2020/21 it was 122;")
    assert (f.value, f.unit, f.direction, f.comparator) == (122, "count", "decrease", "130 in 2018/19")
    assert f.quote.startswith("Victim based crime") and f.quote.endswith("122")


def test_same_period_is_resolved_and_metric_inherited_from_the_previous_figure():
    found = figures("Total Notifiable Offences in Enfield decreased by 5.3% in the year ending January 2023. "
                    "In London, there was also a decrease of 8.9% in the same period.")
    assert [(f.value, f.area, f.period, f.metric) for f in found] == [
        (5.3, "Enfield", "the year ending January 2023", "total notifiable offences"),
        (8.9, "London", "the year ending January 2023", "total notifiable offences"),
    ]


def test_comparison_with_a_group_is_not_a_change_over_time():
    assert one("Neighbourhood crime was 7% lower than the most similar group average.").direction == "unknown"
    assert one("Total recorded crime was 6% higher than in Q1 2020/21.").direction == "increase"


@pytest.mark.parametrize(
    "sentence",
    [
        "The minutes of the meeting held on 21 January 2013 were agreed as an accurate record.",
        "A Member referred to paragraph 8.3.1 and the KPIs on page 33.",
        "Welcome and Apologies for Absence - 19:00 to 19:05",
        "Members asked for the stop and search data to be broken down by ethnicity.",
        "Crime and Disorder Reduction Partnership Plan 2008-2011",
        "The fee for a premises licence variation would rise from £315 to £330, an increase of 4.8%, to recover costs.",
        "Were the increased costs at the libraries due to rent?",
        "DCI Walsh agreed to bring a report on the rape reduction plan to the next meeting.",
        "The main priorities of the new BCU were reducing robbery, violence and burglary.",
        "He hoped this downward trend in crime would continue.",
        "There were five responsible authorities represented on the partnership.",
    ],
)
def test_not_figures(sentence):
    assert figures(sentence) == []


def test_restated_trend_is_not_counted_twice():
    text = ("Residential burglary had reduced by 11% year to date.\n\n"
            "The Committee congratulated officers on the reduction in burglary.")
    assert [f.value for f in figures(text)] == [11]


@pytest.mark.parametrize(
    "phrase, label",
    [
        ("sanction detection rate", "detection / positive outcome rate"),
        ("race and hate crime", "hate crime"),
        ("violence against women and girls", "domestic abuse"),
        ("theft from motor vehicles", "theft of/from motor vehicle"),
        ("knife crime with injury", "knife/gun crime"),
        ("serious youth violence", "violence"),
        ("anti-social behaviour", "ASB"),
        ("public confidence", "confidence / satisfaction"),
        ("victim based crime", "total notifiable offences"),
    ],
)
def test_metric_taxonomy_prefers_the_specific_measure(phrase, label):
    hits = find_metrics(phrase)
    assert hits and hits[0].label == label and hits[0].start == 0


def test_a_response_time_is_a_figure_but_a_threshold_is_not():
    f = one("The average response time to emergency calls in the rural west was 14 minutes, against a force standard of 20 minutes.")
    assert (f.value, f.metric) == (14, "response times") and "20" in (f.comparator or "")
    assert [x.value for x in figures("88% of emergency calls had been attended within 15 minutes.")] == [88]


def test_names_of_bodies_are_not_crime_metrics():
    assert figures("The Panel agreed to write to the Police and Crime Commissioner about the reduction in PCSO numbers.") == []
    assert find_metrics("the Crime and Disorder Act 1998") == []


def test_record_lows_and_number_of_phrasing():
    f = one("The number of first-time entrants to the youth justice system was the lowest on record at 38.")
    assert (f.value, f.direction, f.metric) == (38, "decrease", "first-time entrants to the youth justice system")


def test_a_trend_and_its_number_in_one_clause_make_one_figure():
    f = one("Robbery rose sharply, with 410 offences compared to last year's figure of 318.")
    assert (f.value, f.direction, f.metric) == (410, "increase", "robbery")
