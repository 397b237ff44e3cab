"""Direction wordings met in the sixth set of real minutes, tested on text written for the test: a count that
names its own change beside a trend noun, cuts given as shares of a workforce, and officers joining a team."""

from __future__ import annotations

from tests.offline_support import figure_triples as _figures


def _direction_of(text: str, value: float) -> str:
    return next(d for v, d, _ in _figures(text) if v == value)


def test_fewer_beside_an_earlier_increase_is_a_decrease() -> None:
    text = ("The overall rise in crime remains low in the county: 4,210 fewer crimes compared to three years ago (98,300) "
            "and 950 fewer offences compared to 2012 (71,020).")
    assert _direction_of(text, 4210.0) == "decrease"
    assert _direction_of(text, 950.0) == "decrease"


def test_more_beside_an_earlier_fall_is_an_increase() -> None:
    text = "The overall reduction in crime in the district remains small: 120 more burglaries compared to 2019 (1,460)."
    assert _direction_of(text, 120.0) == "increase"


def test_a_bare_count_still_takes_the_clause_trend() -> None:
    text = "There had been a reduction in burglary, with 45 offences in the quarter."
    assert _direction_of(text, 45.0) == "decrease"


def test_cuts_amounting_to_shares_of_staff_are_decreases() -> None:
    text = "Since 2015 the force has faced cuts amounting to 18% of its officers and 9% of its civilian staff."
    assert _direction_of(text, 18.0) == "decrease"
    assert _direction_of(text, 9.0) == "decrease"


def test_cuts_of_a_share_are_a_decrease() -> None:
    assert _direction_of("The service had seen cuts of 12% in its police staff since 2015.", 12.0) == "decrease"


def test_a_second_share_with_its_own_verb_keeps_its_own_direction() -> None:
    text = "Robbery fell by 10% and 45% of victims were satisfied with the response."
    assert _direction_of(text, 10.0) == "decrease"
    assert _direction_of(text, 45.0) == "unknown"


def test_a_share_after_a_change_with_a_verb_between_is_not_a_list_item() -> None:
    text = "Online fraud had risen by 30% and now accounted for 7% of all recorded crime."
    assert _direction_of(text, 30.0) == "increase"
    assert _direction_of(text, 7.0) == "unknown"


def test_officers_due_to_join_a_team_are_an_increase() -> None:
    text = "The Inspector said that six constables were due to join the district's response teams in May."
    assert _direction_of(text, 6.0) == "increase"


def test_officers_who_joined_the_force_are_an_increase() -> None:
    assert _direction_of("It was reported that 14 PCSOs had joined the force since the last meeting.", 14.0) == "increase"


def test_a_count_of_officers_in_a_team_has_no_direction() -> None:
    assert _direction_of("There were 40 officers in the neighbourhood team.", 40.0) == "unknown"


def test_a_count_takes_the_change_the_next_sentence_gives_it() -> None:
    text = ("THEFT\nThere had been 23 thefts from vehicles, mostly from vans.\nWhile this was higher than usual, the rise was "
            "linked to one prolific offender.")
    assert _direction_of(text, 23.0) == "increase"


def test_a_count_then_lower_than_last_year() -> None:
    text = "There were 14 burglaries reported in the village. Although this was lower than last year, residents remained worried."
    assert _direction_of(text, 14.0) == "decrease"


def test_higher_than_expected_in_the_next_sentence_is_not_a_change() -> None:
    text = "There were 30 calls to the non-emergency line. This was higher than expected by the control room."
    assert _direction_of(text, 30.0) == "unknown"
