"""Figure wordings met in the eighth set of real minutes, tested on text written for the test: a target
printed before its actual, an error margin, and a feared or possible change."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates
from tests.offline_support import figure_triples as _figures


@pytest.mark.parametrize("line", ["• Domestic burglary: Target 40 incidents, Actual 31 incidents – achieved",
                                  "Vehicle crime – target: 120 offences; actual 134 offences (not achieved)"])
def test_a_target_before_its_actual_is_not_a_figure(line: str) -> None:
    values = [v for v, _, _ in _figures(line)]
    assert 40.0 not in values and 120.0 not in values
    assert 31.0 in values or 134.0 in values


def test_a_target_with_no_actual_after_it_is_left_as_before() -> None:
    assert [v for v, _, _ in _figures("• Serious sexual offences: Target 18 incidents")] == [18.0]


@pytest.mark.parametrize("line", ["The survey estimate of 1,240 households could be out by + or - 8%.",
                                  "Satisfaction was estimated from a sample, ±4%, and the panel asked for more detail."])
def test_an_error_margin_is_not_a_figure(line: str) -> None:
    assert all(v not in (8.0, 4.0) for v, _, _ in _figures(line))


@pytest.mark.parametrize("line", [
    "The Inspector attended to answer concerns about possible increases in burglary over the holiday period.",
    "Members asked how any rise in anti-social behaviour would be reported to the council.",
])
def test_a_feared_or_possible_change_is_not_a_trend(line: str) -> None:
    assert [d for _, d, _ in _figures(line) if d in ("increase", "decrease")] == []


def test_a_reported_rise_is_still_a_trend() -> None:
    assert any(d == "increase" for _, d, _ in _figures("There had been a rise in anti-social behaviour around the station."))


@pytest.mark.parametrize("line", ["Detection rates in the district had never risen above 21 per cent during the year.",
                                  "The solved rate had not fallen below 18% in any month."])
def test_a_bound_never_passed_has_no_direction(line: str) -> None:
    assert [d for _, d, _ in _figures(line)] == ["unknown"]


def test_a_rate_that_rose_above_a_level_still_rose() -> None:
    assert [d for _, d, _ in _figures("The detection rate had risen above 21 per cent by March.")] == ["increase"]


@pytest.mark.parametrize(("line", "metric_word"), [
    ("Officers reported a fall in the number of occurrences of “stop and search” in the town.", "stop and search"),
    ("The report explained a sharp drop in Ashvale detection rates over the last year.", "detection"),
])
def test_a_change_noun_reaches_its_measure_past_a_place_name_or_occurrences(line: str, metric_word: str) -> None:
    found = extract_candidates(line).figures
    assert any(f.direction == "decrease" and metric_word in f.metric for f in found), found


def test_a_capitalised_thing_that_is_no_measure_gives_no_trend() -> None:
    assert _figures("There was an increase in Council funding for the youth club.") == []


def test_n_others_after_a_count_is_a_second_count() -> None:
    found = _figures("The road safety operation saw 9 people caught speeding and 4 others stopped for seatbelt offences.")
    assert [v for v, _, _ in found] == [9.0, 4.0]
    assert found[1][2].startswith("4 others stopped")


def test_n_others_with_no_count_before_it_is_not_a_figure() -> None:
    assert _figures("The Chair thanked PC Rowe and 2 others for their work on the speed watch.") == []
