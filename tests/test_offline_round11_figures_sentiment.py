"""Round 11 (cross-pool) direction and sentiment forms, on sentences written for the test.

Direction: an improvement in how calls or a service are handled is a rise ('calls to 101 were much improved'),
while an improved time or wait keeps no direction (there less is better); a negative participle inside a measure's
name ('calls not answered had fallen') does not negate the change.
Sentiment: a rise or fall put down to a change in how crime is recorded or defined is no verdict; 'a great deal
of' is a quantity, not praise; a negation reaches across a short parenthesis ('had not, so far, been successful').
"""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates
from minutesai.engines.offline.sentiment import judging_terms
from minutesai.engines.offline.stance_lexicon import stance_terms


def _directions(text: str) -> list[tuple[float | None, str]]:
    found = extract_candidates(text).figures
    assert all(f.quote in text for f in found)
    return [(f.value, f.direction) for f in found]


def _aspects(text: str) -> list[str]:
    return [a.label for a in extract_candidates(text).sentiment_aspects]


def _judged(sentence: str) -> list[tuple[str, float]]:
    return [(sentence[s:e], w) for s, e, w in judging_terms(sentence, 0, stance_terms(sentence))]


def test_improved_call_handling_is_a_rise() -> None:
    assert (None, "increase") in _directions("The Chief Inspector said the handling of 101 calls had improved a great deal this year.")
    assert (25.0, "increase") in _directions("The Inspector reported a 25% improvement on call handling since last year.")


def test_an_improved_waiting_time_keeps_no_direction() -> None:
    found = _directions("The Chief Inspector said 101 call waiting times had improved to 4 minutes since the spring.")
    assert all(direction != "increase" for _, direction in found)


def test_a_negative_participle_in_the_measure_name_does_not_negate_the_change() -> None:
    assert (None, "decrease") in _directions("The Superintendent said the number of calls not answered had fallen sharply this year.")


def test_a_negated_change_is_still_no_change() -> None:
    assert (None, "no_change") in _directions("The Superintendent said the number of burglaries had not fallen this year.")


def test_a_rise_put_down_to_recording_changes_is_no_verdict() -> None:
    text = ("The Inspector reported an increase in anti-social behaviour of 20% which was partly due to a change in the way "
            "incidents were recorded by the force.")
    assert _aspects(text) == []


def test_a_rise_put_down_to_something_else_is_still_bad_news() -> None:
    text = "The Inspector reported an increase in anti-social behaviour of 20% which was partly due to a change in staffing."
    assert _aspects(text) == ["negative"]


def test_a_great_deal_of_is_a_quantity_not_praise() -> None:
    assert _judged("The police team had put a great deal of effort into the problem of cycle theft in the ward.") == [("problem", -1.0)]
    assert ("great", 0.5) in _judged("The police team had made a great effort on the problem of cycle theft in the ward.")


def test_a_negation_reaches_across_a_short_parenthesis() -> None:
    judged = _judged("The police team had not, so far, been successful in reducing speeding near the school.")
    assert judged and all(w < 0 for _, w in judged)
    assert all(w > 0 for _, w in _judged("The police team had, so far, been successful in reducing speeding near the school."))


def test_the_regional_position_is_a_state_of_affairs_not_a_rank() -> None:
    found = _directions("The Inspector said the slight increase in burglary in the district mirrored the regional position.")
    assert (None, "increase") in found


def test_a_league_position_still_makes_a_rank() -> None:
    found = extract_candidates("The Inspector said our position on burglary had worsened in the county league table.").figures
    assert any(f.unit == "rank" for f in found)


def test_a_crime_and_disorder_reduction_panel_is_a_body_not_a_fall_in_crime() -> None:
    assert _directions("To give the Crime and Disorder Reduction Panel the chance to review the quarterly performance.") == []
    assert (None, "decrease") in _directions("The Inspector reported a reduction in crime and disorder in the town centre this year.")


def test_no_crime_reported_is_a_count_of_zero() -> None:
    found = _directions("In the month there were 3 thefts, no serious crime reported and 22 incidents of criminal damage.")
    assert (0.0, "unknown") in found


def test_no_further_incidents_reported_is_not_a_zero_count() -> None:
    assert all(value != 0.0 for value, _ in _directions("He said no further incidents had been reported since the arrest."))
    assert _directions("Residents said no officers reported to the parish meeting.") == []
