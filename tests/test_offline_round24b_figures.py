"""Round 24b figure forms (pool36 and pool39), on sentences in the clerks' style.

- "5 reports logged up to 30/06/2019": 'up to' a date in figures is until, not a rise (patterns._UNTIL_AFTER).
- "ASB had fallen within the past six months": 'within the last/past' is a period, not 'falls within a remit'
  (patterns._FALLS_WITHIN).
- "call the 0300 Police number": 'Police number' is a telephone line, not a count of police (patterns._POLICE_AS_MODIFIER).
- "No reported burglaries in March.": a zero count with no 'there was' is cued (patterns.WORD_CUES).
- "A rise has been reported in cycle thefts": a change noun, then 'has been reported in' its measure
  (metric_gaps._SEEN_AFTER_NOUN).
"""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates


def _figs(text: str) -> list[tuple[str, float | None, str, str]]:
    found = extract_candidates(text).figures
    assert all(f.quote in text for f in found)
    return [(f.metric, f.value, f.direction, f.quote) for f in found]


def test_up_to_a_numeric_date_is_no_rise() -> None:
    found = _figs("PCSO Hale said there had been 7 incidents logged up to 30/06/2019 in the village.\n")
    assert [(v, d) for _, v, d, _ in found] == [(7.0, "unknown")]


def test_up_before_a_count_is_still_a_rise() -> None:
    found = _figs("Burglaries were up 3 on the same month last year.\n")
    assert [d for _, _, d, _ in found] == ["increase"]


def test_fallen_within_the_last_months_is_a_fall() -> None:
    found = _figs("The Sergeant said anti-social behaviour had fallen within the past six months.\n")
    assert [(m, d) for m, _, d, _ in found] == [("ASB", "decrease")]


def test_falls_within_a_remit_is_no_fall() -> None:
    assert _figs("Speeding on the bypass falls within the remit of the road safety partnership.\n") == []


def test_a_police_telephone_number_is_no_count() -> None:
    assert _figs("Residents unsure of a caller should ring the 0300 Police number before opening the door.\n") == []


def test_a_count_of_police_officers_still_counts() -> None:
    found = _figs("There were 4 police officers on patrol at the carnival.\n")
    assert [v for _, v, _, _ in found] == [4.0]


def test_no_reported_crime_without_there_was_is_a_zero_count() -> None:
    found = _figs("Crime summary\n\nNo reported burglaries in March.\n\nThe PCSO will attend the next meeting.\n")
    assert [(m, v) for m, v, _, _ in found] == [("burglary", 0.0)]


def test_no_recorded_without_a_crime_is_no_figure() -> None:
    assert _figs("No recorded vote was requested on the minutes.\n") == []


def test_a_change_reported_in_a_measure() -> None:
    found = _figs("A rise has been reported in cycle thefts from the station.\n")
    assert [d for _, _, d, _ in found] == ["increase"]


def test_a_change_reported_in_no_measure_is_no_figure() -> None:
    assert _figs("A rise has been reported in the cost of the hall hire.\n") == []


def test_a_slash_between_count_modifiers() -> None:
    found = _figs("The beat team dealt with 7 Welfare/Concern reports during the month.\n")
    assert [v for _, v, _, _ in found] == [7.0]


def test_a_fraction_before_a_count_noun_is_no_count() -> None:
    assert _figs("Items 5/6 reports were taken together by the committee.\n") == []


def test_no_other_incidents_closes_a_report() -> None:
    assert _figs("There were no other incidents of note in the parish.\n") == []


def test_no_incidents_is_still_a_zero_count() -> None:
    found = _figs("There were no incidents of criminal damage in the parish.\n")
    assert [v for _, v, _, _ in found] == [0.0]


def test_a_second_comparison_after_but_is_a_second_figure() -> None:
    found = _figs("Anti-social behaviour is up on last month but down on last year.\n")
    assert [(d, q) for _, _, d, q in found] == [("increase", "Anti-social behaviour is up on last month"),
                                                  ("decrease", "down on last year")]


def test_a_change_turned_round_after_but_stays_one_figure() -> None:
    found = _figs("Vehicle crime had fallen in the spring but has since risen again.\n")
    assert [d for _, _, d, _ in found] == ["increase"]


def test_two_counts_compared_with_two_counts() -> None:
    found = _figs("The PCSO said there had been 9 burglaries and three robberies this quarter compared with 5 burglaries "
                  "and four robberies in the same quarter last year.\n")
    assert [(m, v, d) for m, v, d, _ in found] == [("burglary", 9.0, "increase"), ("robbery", 3.0, "decrease")]


def test_two_counts_compared_with_no_numbers_take_no_direction() -> None:
    found = _figs("There had been 9 burglaries and 3 robberies this quarter compared with the previous quarter.\n")
    assert [(v, d) for _, v, d, _ in found] == [(9.0, "unknown"), (3.0, "unknown")]
