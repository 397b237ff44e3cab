"""Round 12 (cross-pool) figure and direction forms, on sentences written for the test.

- 'more than 280 offences' hedges a number ('at least'); it does not say 280 were added, so 'a fall of more than
  280 offences' is a fall ('40 more officers' and 'recruited more than 40 officers' still add).
- A number set against the same measure elsewhere ('68%, compared to 61% nationally') is a benchmark, not a rise;
  a change set against another change ('down by 12% compared to 9% nationally') keeps its own change word.
- 'higher than in March 2023' / 'than in October last year' names an earlier time, so it is a change.
- A plan's ambition ('aims to make Exeter one of the safest cities') holds no place in a league table.
"""

from __future__ import annotations

from tests.offline_support import figure_units as _figures


def test_more_than_hedges_a_count_it_does_not_add_to_it() -> None:
    assert (450.0, "count", "decrease") in _figures("The Inspector said this was a reduction of more than 450 crimes on the year.")
    assert (35.0, "count", "unknown") in _figures("The Sergeant said more than 35 burglary offences were linked to one gang.")


def test_more_officers_still_add_to_a_count() -> None:
    assert (25.0, "count", "increase") in _figures("There were 25 more officers on the teams this year.")
    assert (25.0, "count", "increase") in _figures("The force had recruited more than 25 officers this year.")


def test_a_national_figure_after_the_number_is_a_benchmark() -> None:
    found = _figures("Satisfaction with the service was at 68%, compared to 61% nationally.")
    assert found and all(direction == "unknown" for *_, direction in found)
    found = _figures("Answer times were 14 seconds, compared with 20 seconds across the force.")
    assert found and all(direction == "unknown" for *_, direction in found)


def test_an_earlier_figure_after_the_number_is_still_a_change() -> None:
    assert (68.0, "percent", "increase") in _figures("Satisfaction with the service was at 68%, compared to 61% last year.")


def test_a_change_set_against_another_change_keeps_its_own_word() -> None:
    assert (12.0, "percent", "decrease") in _figures("Overall, burglary was down by 12% compared to 9% nationally.")
    assert (4.0, "percent", "increase") in _figures("Vehicle crime rose by 4%, compared with 7% in the county.")


def test_higher_than_in_a_named_month_is_a_change() -> None:
    assert (6.0, "percent", "increase") in _figures("Shoplifting offences were 6% higher than in October last year.")
    assert (6.0, "percent", "increase") in _figures("Shoplifting offences were 6% higher than in March 2023.")
    assert (6.0, "percent", "unknown") in _figures("Shoplifting offences were 6% higher than in Devon.")


def test_an_ambition_to_be_the_safest_is_no_rank() -> None:
    assert _figures("The partnership aims to make Exeter one of the safest districts in the region.") == []
    assert _figures("The vision of the plan was to become the safest county in England.") == []


def test_a_place_held_among_the_safest_is_a_rank() -> None:
    assert _figures("Exeter is one of the safest districts in the region.") == [(None, "rank", "unknown")]


def test_a_road_named_rise_is_no_rise() -> None:
    assert _figures("12/03/14 Theft from motor vehicle - Heather Rise") == []
    assert _figures("The surgery was held at Oakfield Rise Community Centre.") == []
    assert (None, "other", "increase") in _figures("There was a Sharp Rise in Burglary over the summer.")


def test_falls_within_a_remit_is_no_fall() -> None:
    assert _figures("Since the panel closed, crime and disorder matters falls within the remit of the main Scrutiny Committee.") == []
    assert any(direction == "decrease" for *_, direction in _figures("Since the panel closed, crime in the ward had fallen steadily."))


def test_up_to_a_date_is_no_rise() -> None:
    assert all(direction != "increase" for *_, direction in _figures(
        "The report showed a strong picture of burglary performance up to the end of June."))
    assert (40.0, "count", "increase") in _figures("Burglaries were up to 40 from 25 in the same quarter.")
