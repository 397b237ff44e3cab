"""Figures as ward panels and neighbourhood police updates write them: counts against the last
period, a measure's 'figure was N', trends in prose with asides and 'it could be seen that'.
Sentences written for these tests in the style of UK council minutes."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates


def _figures(text: str):
    return extract_candidates(text).figures


def _with_value(text: str, value: float | None):
    found = [f for f in _figures(text) if f.value == value]
    assert found, [(f.metric, f.value, f.direction, f.quote) for f in _figures(text)]
    return found[0]


def test_from_to_with_the_periods_between_the_numbers() -> None:
    f = _with_value("Shed burglaries have fallen from 18 in the previous quarter to 12 this quarter.", 12.0)
    assert f.direction == "decrease" and f.unit == "count" and "18" in (f.comparator or "")


def test_count_with_the_last_period_in_brackets() -> None:
    f = _with_value("42 thefts from motor vehicles were reported this period (30 last period).", 42.0)
    assert f.direction == "increase" and f.comparator and "30" in f.comparator
    assert not [g for g in _figures("42 thefts from motor vehicles were reported this period (30 last period).") if g.value == 30.0]


def test_count_with_previous_period_label_in_brackets() -> None:
    f = _with_value("There were 15 robberies this quarter (previous quarter: 21).", 15.0)
    assert f.direction == "decrease"


def test_a_measures_figure_was_n_then_up_from() -> None:
    f = _with_value("The shoplifting figure was 58 this month, which was up from 44 last month.", 58.0)
    assert f.metric == "theft" or "shoplifting" in f.metric.lower()
    assert f.direction == "increase"


def test_figure_was_n_needs_a_named_measure() -> None:
    assert not [f for f in _figures("The final figure was 12 once the forms were counted.") if f.value == 12.0]


def test_offences_that_took_place() -> None:
    f = _with_value("7 robbery (personal) took place this month, which was down from 10 last month.", 7.0)
    assert f.direction == "decrease"


def test_took_place_needs_an_offence() -> None:
    text = "4 community meetings took place over the summer."
    assert not [f for f in _figures(text) if f.value == 4.0]


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        ("Reported levels of vehicle crime (thefts of and from cars) have fallen across the ward.", "decrease"),
        ("From the chart it could be seen that there had been a steep rise in robbery over three years.", "increase"),
        ("Shoplifting had levelled off over the summer months.", "no_change"),
        ("Residential burglary appeared to have stabilised after the spring.", None),
    ],
)
def test_prose_trends(sentence: str, direction: str | None) -> None:
    found = [f for f in _figures(sentence) if f.value is None]
    if direction is None:  # a hedge ('appeared to') is not a reported trend
        assert not found, found
    else:
        assert found and found[0].direction == direction, found
