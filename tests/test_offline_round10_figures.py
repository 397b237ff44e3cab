"""Round 10 (cross-pool) figure and direction forms, on sentences written for the test: a percentage followed by
'more' or 'less' and what it counts ('27% less officers', '15 per cent more patrols') is a change in that count,
while 'N% less than X' compares with something and says no direction."""

from __future__ import annotations

import pytest

from tests.offline_support import figure_units as _figures


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Superintendent said there were 18% less neighbourhood officers in 2019 than in 2012.", (18.0, "percent", "decrease")),
    ("The Inspector reported 15 per cent more patrols in the town centre this summer.", (15.0, "percent", "increase")),
])
def test_a_percentage_more_or_less_of_something_is_a_change(sentence: str, expected: tuple[float, str, str]) -> None:
    assert expected in _figures(sentence)


@pytest.mark.parametrize("sentence", [
    "The Inspector said residential burglary in the ward was 20% less than the county average.",
    "Shoplifting in the district was 12 per cent more than the national rate.",
])
def test_a_percentage_less_than_something_is_a_comparison_not_a_change(sentence: str) -> None:
    assert all(direction == "unknown" for value, _, direction in _figures(sentence) if value in (20.0, 12.0))
    assert any(value in (20.0, 12.0) for value, _, _ in _figures(sentence))


@pytest.mark.parametrize(("sentence", "direction"), [
    ("Criminal damage – slightly down over the summer months.", "decrease"),
    ("The Sergeant said shoplifting figures were marginally up this quarter.", "increase"),
])
def test_an_adverb_before_up_or_down_keeps_the_change(sentence: str, direction: str) -> None:
    assert (None, "other", direction) in _figures(sentence)


@pytest.mark.parametrize("sentence", [
    "The Sergeant said the rise in shoplifting was largely down to one group of offenders.",
    "The Sergeant said the patrol walked slowly down the high street on Saturday night.",
])
def test_an_adverb_before_down_to_or_down_a_street_is_no_fall(sentence: str) -> None:
    assert all(direction != "decrease" for _, _, direction in _figures(sentence))


@pytest.mark.parametrize(("sentence", "value"), [
    ("The Chief Inspector said the county was the sixteenth safest place out of forty-three in the country.", 16.0),
    ("The force was ranked thirteenth out of forty-three forces for public confidence.", 13.0),
])
def test_an_ordinal_in_words_past_twelfth_is_a_rank(sentence: str, value: float) -> None:
    assert (value, "rank", "unknown") in _figures(sentence)


def test_an_ordinal_in_words_in_a_date_is_no_rank() -> None:
    assert _figures("The Panel agreed that its next meeting would be held on the sixteenth of March.") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Borough Commander said the work had led to a 1,200 fall in the number of victims in the borough.",
     (1200.0, "count", "decrease")),
    ("The Sergeant reported a rise of 45 in calls about nuisance motorbikes since the spring.", (45.0, "count", "increase")),
])
def test_a_bare_number_before_or_after_its_change_noun_is_the_change(sentence: str, expected: tuple[float, str, str]) -> None:
    assert expected in _figures(sentence)


def test_a_year_before_a_change_noun_is_no_count() -> None:
    found = _figures("The Sergeant said the 2019 rise in calls about nuisance motorbikes had not been repeated.")
    assert all(value != 2019.0 for value, _, _ in found)


def test_a_further_two_crimes_since_the_last_report_is_a_count_without_direction() -> None:
    found = _figures("The PCSO said there had been a further two burglaries from garden sheds since the last meeting.")
    assert (2.0, "count", "unknown") in found


def test_a_further_number_of_officers_is_still_a_rise() -> None:
    assert (12.0, "count", "increase") in _figures("The Commander said a further 12 PCSOs would join the town team in May.")


def test_two_of_something_outside_a_there_were_clause_stays_no_figure() -> None:
    assert _figures("The Sergeant said two burglaries in particular had been solved by the team.") == []
