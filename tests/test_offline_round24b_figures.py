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
