"""General figure rules: number words, fractions, ranges, minutes and seconds, zero counts,
digits inside names. Sentences written in the style of UK council minutes."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates
from minutesai.grounding import value_in_span


def _figures(text: str):
    return extract_candidates(text).figures


def _one(text: str, value: float | None):
    found = [f for f in _figures(text) if f.value == value]
    assert found, [(f.value, f.quote) for f in _figures(text)]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "value", "direction"),
    [
        ("The Inspector reported that burglary had fallen by a quarter over the year.", 25.0, "decrease"),
        ("Shoplifting in the town centre was up by about a fifth on the same quarter last year.", 20.0, "increase"),
        ("Anti-social behaviour reported to the police had fallen by a third since 2021.", 33.3, "decrease"),
        ("Vehicle crime had more than halved since the scheme began.", 50.0, "decrease"),
        ("Criminal damage had risen by just over half in the rural wards.", 50.0, "increase"),
    ],
)
def test_fraction_changes_carry_a_percent_value(sentence: str, value: float, direction: str) -> None:
    fig = _one(sentence, value)
    assert fig.unit == "percent" and fig.direction == direction
    assert value_in_span(value, fig.quote)


def test_fraction_of_something_is_not_a_change() -> None:
    values = [f.value for f in _figures("Robbery was down, with half of all offences in the town centre.")]
    assert 50.0 not in values


def test_percent_in_words() -> None:
    fig = _one("Members heard that neighbourhood crime had reduced by fifteen per cent over two years.", 15.0)
    assert fig.unit == "percent" and fig.direction == "decrease"
    assert _one("Confidence stood at twenty-five per cent in the survey.", 25.0).unit == "percent"


def test_points_without_the_word_percentage() -> None:
    fig = _one("Victim satisfaction had improved to 84%, three points higher than the previous year.", 3.0)
    assert fig.unit == "percentage_points"
    assert not [f for f in _figures("The team scored three points in the quiz night.") if f.value == 3.0]


def test_change_by_a_bare_number() -> None:
    fig = _one("Serious assaults had fallen by eleven compared with the same period last year.", 11.0)
    assert fig.unit == "count" and fig.direction == "decrease"
    assert not [f for f in _figures("The meeting was adjourned by 2023 standards.") if f.value == 2023.0]


def test_range_takes_the_lower_bound() -> None:
    fig = _one("Between 20 and 25 per cent of calls to the police in the town centre related to mental health.", 20.0)
    assert fig.unit == "percent" and fig.comparator and "25" in fig.comparator
    assert not [f for f in _figures("Between 20 and 25 per cent of calls related to mental health.") if f.value == 25.0]


def test_minutes_and_seconds_are_decimal_minutes() -> None:
    fig = _one("The average time to answer a 101 call had been 9 minutes 40 seconds.", 9.67)
    assert fig.unit == "other"
    assert value_in_span(fig.value, fig.quote)
    _one("Emergency calls were attended in an average of 10 minutes 12 seconds.", 10.2)


def test_zero_count() -> None:
    fig = _one("There had been no burglaries in the ward during the period.", 0.0)
    assert fig.unit == "count"
    assert not _figures("There had been no objections from residents.")


def test_digit_in_a_name_is_not_a_count() -> None:
    values = [f.value for f in _figures("The detection rate for Group 1 crimes was 81.4%, up 6.2 percentage points.")]
    assert 1.0 not in values and 81.4 in values


def _from_ingested(text: str):
    """Tables reach the rules after ingest, which folds tabs and space runs to single spaces."""
    import re as _re

    return _figures(_re.sub(r"[ \t]+", " ", text))


def test_flattened_table_with_signed_change_column() -> None:
    table = ("Crime type\t12m to Mar 24\t12m to Mar 23\tChange\tRank\n"
             "Residential burglary\t1,402\t1,731\t-19.0%\t9\n"
             "Knife crime with injury\t127\t109\t+16.5%\t24\n")
    found = {(f.value, f.unit, f.direction) for f in _from_ingested(table)}
    assert (19.0, "percent", "decrease") in found and (16.5, "percent", "increase") in found


def test_flattened_scorecard_reads_current_against_previous() -> None:
    table = ("Measure\tTarget\tFYTD 23/24\tFYTD 22/23\tRAG\n"
             "Vehicle crime\tReduce\t402\t398\tAmber\n"
             "ASB incidents\tReduce by 5%\t1,733\t2,046\tGreen\n")
    found = {(f.value, f.direction) for f in _from_ingested(table)}
    assert (402.0, "increase") in found and (1733.0, "decrease") in found
    assert not [f for f in _from_ingested(table) if f.value is None]  # 'Reduce' is a target, not a trend


def test_a_single_line_with_numbers_is_not_a_table() -> None:
    assert not [f for f in _figures("Vehicle crime 402 398 Amber") if f.value == 402.0 and f.direction == "increase"]


def test_previously_in_brackets_is_the_comparator() -> None:
    fig = _one("Residential burglary 17 (previously 9)", 17.0)
    assert fig.direction == "increase" and fig.comparator == "9"


def test_a_table_counts_as_one_sentiment_aspect() -> None:
    rows = "".join(f"{name} 1,{i}02 1,731 -1{i}.0% 9\n" for i, name in enumerate(
        ["Residential burglary", "Business burglary", "Robbery of personal property", "Theft from motor vehicles",
         "Criminal damage", "Violence with injury"]))
    text = ("Crime type 12m to Mar 24 12m to Mar 23 Change Rank\n" + rows + "\n"
            "The Chief Inspector said the rise in knife crime was a cause for serious concern.\n")
    aspects = extract_candidates(text).sentiment_aspects
    table = [a for a in aspects if a.topic == "performance table"]
    assert len(table) == 1 and table[0].label == "positive"  # six falls: one piece of good news
    assert len(aspects) - len(table) <= 1


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The county had paid for 35 extra PCSO’s in the market towns.", 35.0),
        ("Criminal damage was down, with 48 less incidences than in the spring.", 48.0),
    ],
)
def test_counts_written_with_common_misspellings_are_found(sentence, value):
    assert _one(sentence, value).unit == "count"
