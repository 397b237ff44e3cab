"""Figure forms from verbal police updates in real UK minutes (round 5): bulleted "measure – up N%" lines,
"N out of M" shares, last-year-versus-this-year counts, and numbers that only name a quarter or a
threshold. Every sentence is written for the test."""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates


def _figures(text: str):
    found = extract_candidates(text).figures
    assert all(f.quote in text for f in found)
    return found


def test_bulleted_measure_with_a_change_and_no_full_stop_is_a_figure_not_a_heading() -> None:
    text = ("Minutes:\n\nThe Sergeant summarised the year's recorded crime.\n\n· Shed Burglary – up 12%\n\n"
            "· Criminal Damage - down 7 %\n\n· Vehicle Crime – up 31%\n\nMembers thanked him for the update.\n")
    got = {(f.quote, f.value, f.direction) for f in _figures(text)}
    assert got == {("Shed Burglary – up 12%", 12.0, "increase"), ("Criminal Damage - down 7 %", 7.0, "decrease"),
                   ("Vehicle Crime – up 31%", 31.0, "increase")}


def test_a_title_case_heading_without_a_number_is_still_a_heading() -> None:
    text = "Minutes:\n\nCrime Reduction Update From The Neighbourhood Team\n\nThe Inspector reported no change.\n"
    assert not [f for f in _figures(text) if f.quote.startswith("Crime Reduction Update")]


def test_part_out_of_a_whole_takes_the_part_as_its_value() -> None:
    found = _figures("The Superintendent said that 7 out of 10 calls to the control room concerned welfare matters.")
    assert [(f.value, f.comparator) for f in found] == [(7.0, "out of 10")]


def test_last_year_against_this_year_gives_the_current_count_and_its_direction() -> None:
    found = _figures("Across the ward there were 842 crimes last year to date compared to 790 crimes this year to date.")
    assert [(f.value, f.direction) for f in found] == [(790.0, "decrease")]
    found = _figures("Shoplifting stood at 61 offences in the previous quarter compared with 75 offences this quarter.")
    assert [(f.value, f.direction) for f in found] == [(75.0, "increase")]


def test_a_quarter_number_is_a_period_not_a_figure() -> None:
    assert not _figures("The Chief Inspector introduced the Quarter 3 performance report and answered questions.")
    found = _figures("In Quarter 2 there were 38 burglaries in the ward.")
    assert [f.value for f in found] == [38.0]


def test_a_wait_bound_is_not_a_measured_time() -> None:
    assert not _figures("The indicators included 101 calls waiting longer than 5 minutes before being answered.")
    found = _figures("The average wait for a 101 call was 9 minutes in March.")
    assert [f.value for f in found] == [9.0]


def test_a_correction_naming_a_quarter_keeps_the_corrected_figure() -> None:
    found = _figures("It was noted that the number of thefts in the town centre for Quarter 2 should have read 84, not 48.")
    assert [f.value for f in found] == [84.0]


def test_unpunctuated_trends_in_one_sentence_are_quoted_apart() -> None:
    text = ("Whilst the number of arrests remained stable the number of shoplifting offences had risen "
            "which meant that the arrest rate had dropped.")
    quotes = {(f.quote, f.direction) for f in _figures(text)}
    assert ("Whilst the number of arrests remained stable", "no_change") in quotes
    assert ("the number of shoplifting offences had risen", "increase") in quotes


def test_risen_the_most_is_not_cut() -> None:
    found = _figures("Vehicle crime had risen the most of all the offence types this year.")
    assert [f.quote for f in found] == ["Vehicle crime had risen the most of all the offence types this year"]


def test_a_purpose_is_not_a_reported_trend() -> None:
    assert not _figures("Members backed the extra youth worker post in order to reduce re-offending among young people.")
    assert not _figures("The plan sets out how partners will work together and deliver a reduction in crime across the borough.")
    found = _figures("Burglary had reduced across the district over the winter.")
    assert [f.direction for f in found] == ["decrease"]


def test_not_risen_as_much_as_is_still_a_rise() -> None:
    found = _figures("Although shoplifting had not increased as much as in neighbouring districts it had still gone up.")
    assert [f.direction for f in found][:1] == ["increase"]
    found = _figures("Vehicle crime had not increased over the summer.")
    assert [f.direction for f in found] == ["no_change"]


def test_a_single_incident_is_counted() -> None:
    found = _figures("There had been a decrease of 1 incident of criminal damage at the station.")
    assert [(f.value, f.direction) for f in found] == [(1.0, "decrease")]


def test_a_change_in_most_types_of_a_measure_names_the_measure() -> None:
    found = _figures("The officer said there had been a reduction in most types of shoplifting reported to the police.")
    assert [(f.quote, f.direction) for f in found] == [
        ("there had been a reduction in most types of shoplifting reported to the police", "decrease")]
