"""Round 25b figure forms (pool34, pool35, pool36, pool39), on sentences in the clerks' style.

- "1 Assault – a domestic matter": a count before a title-case crime type and a dash (crime_lines.typed_counts).
- "a fallen branch": 'fallen' between an article and a noun is an adjective, not a fall (patterns._FALLEN_THING).
- "in an average 24 hours there were 4 thefts": the hours are the period counted over (nonfigures.is_timed_measure).
- "No cars reported stolen": property that was the object of no crime is a count of zero (wordfigures.ZERO_REPORTED),
  and stolen vehicles are vehicle crime (metrics).
- "12 warning letters": warning and advisory letters are counted, other letters not (patterns.COUNT_NOUNS).
- "Criminal damage: 4 reported in May and 7 in June": the later month's count against the earlier's
  (period_pairs.month_pair).
- "ASB 140 calls previous year 162": the number after 'previous year' is the comparator (anchors._PREVIOUS_YEAR_CELL).
- "the 40 PCSOs will remain in post": a count kept, no change (patterns._NO_CHANGE).
"""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates


def _figs(text: str) -> list[tuple[str, float | None, str, str]]:
    found = extract_candidates(text).figures
    assert all(f.quote in text for f in found)
    return [(f.metric, f.value, f.direction, f.quote) for f in found]


def test_count_before_a_title_case_crime_type_and_dash() -> None:
    found = _figs("PCSO report for March. 1 Robbery – a phone taken at the bus station 1 Stolen Car - recovered in "
                  "Hill Road the same day.\n")
    assert [(m, v) for m, v, _, _ in found] == [("robbery", 1.0), ("theft of/from motor vehicle", 1.0)]


def test_count_before_a_title_case_word_that_is_no_crime_type() -> None:
    assert _figs("PCSO report for March. 2 Welfare Checks - both found safe. 1 Parish Walkabout – with the clerk.\n") == []


def test_a_fallen_branch_is_no_fall() -> None:
    assert _figs("Road Safety – Report of a fallen branch on Church Lane.\n") == []


def test_crime_that_has_fallen_is_a_fall() -> None:
    found = _figs("The PCSO said burglary had fallen since the last meeting.\n")
    assert [(m, d) for m, _, d, _ in found] == [("burglary", "decrease")]


def test_an_average_day_of_hours_is_a_period() -> None:
    found = _figs("The Superintendent said that in an average 24 hours the district saw 4 thefts and 2 burglaries.\n")
    assert [v for _, v, _, _ in found] == [4.0, 2.0]


def test_an_average_time_is_still_measured() -> None:
    found = _figs("The average response time in the ward was 12 minutes.\n")
    assert [v for _, v, _, _ in found] == [12.0]


def test_no_cars_reported_stolen_is_zero() -> None:
    found = _figs("Vehicle crime. No cars were reported stolen during April.\n")
    assert [(m, v) for m, v, _, _ in found] == [("theft of/from motor vehicle", 0.0)]


def test_no_cars_parked_is_no_count() -> None:
    assert _figs("No cars were parked on the verge during the Easter fair.\n") == []


def test_warning_letters_are_counted() -> None:
    found = _figs("The Community Safety Officer said 12 anti-social behaviour warning letters had gone out in the quarter.\n")
    assert [v for _, v, _, _ in found] == [12.0]


def test_other_letters_are_not_counted() -> None:
    assert _figs("The Clerk said she had written 3 letters to Highways about the overgrown hedge.\n") == []


def test_month_pair_gives_the_later_month() -> None:
    found = _figs("Criminal damage in the village: 4 reported in May and 7 in June, mostly to parked cars.\n")
    assert [(m, v, d) for m, v, d, _ in found] == [("criminal damage / arson", 7.0, "increase")]


def test_months_out_of_order_are_no_pair() -> None:
    found = _figs("Criminal damage in the village: 4 reported in May and 7 in March, mostly to parked cars.\n")
    assert all(d == "unknown" for _, _, d, _ in found)


def test_previous_year_number_is_the_comparator() -> None:
    found = _figs("Ward summary: ASB 140 calls for service previous year 162.\n")
    assert [(v, d) for _, v, d, _ in found] == [(140.0, "decrease")]


def test_previous_year_then_a_year_is_no_comparator() -> None:
    found = _figs("There were 140 ASB calls in the previous year 2021.\n")
    assert [(v, d) for _, v, d, _ in found] == [(140.0, "unknown")]


def test_remaining_in_post_is_no_change() -> None:
    found = _figs("The Sergeant confirmed the current 40 PCSOs will remain in post until next April.\n")
    assert [(v, d) for _, v, d, _ in found] == [(40.0, "no_change")]


def test_remaining_in_post_names_no_count_when_nothing_is_counted() -> None:
    assert _figs("The Clerk will remain in post until a successor is appointed.\n") == []


def test_count_line_of_a_title_case_crime_type() -> None:
    found = _figs("Crimes since the last meeting\n2 Criminal Damage\n1 Dwelling Burglary\n")
    assert [v for _, v, _, _ in found] == [2.0, 1.0]


def test_count_ending_a_breakdown_line_is_a_part() -> None:
    found = _figs("• 6 Crimes – includes 3 Fraud, 2 Criminal Damage\n")
    assert [v for _, v, _, _ in found] == [6.0]
