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


def test_quoted_measure_after_a_change_noun() -> None:
    found = _figures("A Member asked about the rise in ‘vehicle crime’ on the estate.")
    assert [f for f in found if f.direction == "increase" and f.value is None], found


def test_recordable_crime_trend() -> None:
    found = _figures("There had been an increase in recordable crime across the district this year.")
    assert [f for f in found if f.direction == "increase" and f.metric == "total notifiable offences"], found


def test_label_and_number_lines_of_a_flattened_table() -> None:
    text = ("The Sergeant presented the ward figures.\n\nShoplifting\n31\nRobbery\n4\n"
            "Theft from motor vehicles\n12\n\nMembers thanked him.\n")
    found = {f.metric: f for f in _figures(text)}
    assert found["robbery"].value == 4.0 and found["robbery"].unit == "count"
    assert found["theft of/from motor vehicle"].value == 12.0
    assert found["theft"].quote == "Shoplifting\n31"


def test_flattened_table_with_previous_and_signed_change() -> None:
    text = ("Offence\nThis year\nLast year\nChange\nAll crime\n2,410\n2,530\n-4.7%\n"
            "Personal robbery\n61\n48\n+27.1%\nKnife crime\n55\n55\n")
    found = {f.metric: f for f in _figures(text)}
    assert found["total notifiable offences"].value == 4.7 and found["total notifiable offences"].direction == "decrease"
    assert found["robbery"].direction == "increase"
    assert found["knife/gun crime"].value == 55.0 and found["knife/gun crime"].direction == "no_change"


def test_a_lone_label_then_number_is_not_a_table() -> None:
    text = "Agenda item\nBurglary\n3\nThe Chair opened the meeting.\n"
    assert not [f for f in _figures(text) if f.value == 3.0]


def test_title_case_label_value_lines_are_not_headings() -> None:
    text = "Police report for the month:\nBurglary – 3 incidents\nCriminal Damage – 5 incidents\nVehicle Crime: 2\n"
    values = sorted(f.value for f in _figures(text) if f.value is not None)
    assert values == [2.0, 3.0, 5.0], _figures(text)


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        ("There had been an upward trend in shoplifting around the station.", "increase"),
        ("The Committee heard that rural crime continued to fall.", "decrease"),
        ("The PCSO said that reports of nuisance parking were on the rise.", "increase"),
        ("A resident described increased instances of cars racing along the bypass at night.", "increase"),
    ],
)
def test_more_prose_trends(sentence: str, direction: str) -> None:
    found = [f for f in _figures(sentence) if f.value is None]
    assert found and found[0].direction == direction, found


def test_adjectival_change_needs_a_report_not_a_plan() -> None:
    assert not _figures("Officers would target increased instances of drug dealing near the station.")


def test_count_against_last_year_has_a_direction() -> None:
    f = _with_value("So far this year there had been 8 robberies against 13 last year.", 8.0)
    assert f.direction == "decrease"


def test_league_position_without_a_number() -> None:
    found = _figures("The area was performing at the top of the force for positive outcomes on shoplifting.")
    assert [f for f in found if f.unit == "rank" and f.value is None], found
    assert not _figures("The item was at the top of the agenda.")


def test_the_number_of_something_had_fallen() -> None:
    found = _figures("The number of young people entering the youth justice system has reduced.")
    assert found and found[0].direction == "decrease" and "young people" in found[0].metric
    assert not _figures("Members asked whether the number of officers in the team had reduced.")


def test_a_change_naming_its_own_measure_keeps_its_direction() -> None:
    text = "There had been a fall in crime of 1.2% over the year, alongside a 15% increase in arrests for drug supply."
    f = _with_value(text, 15.0)
    assert f.direction == "increase"


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        ("Theft from shops had soared in the weeks before Christmas.", "increase"),
        ("Vehicle crime had dipped slightly over the last month.", "decrease"),
        ("Burglary had plummeted since the operation started.", "decrease"),
        ("ASB calls had crept up over the summer holidays.", "increase"),
        ("There was a jump in catalytic converter thefts in March.", "increase"),
    ],
)
def test_colloquial_change_verbs(sentence: str, direction: str) -> None:
    found = _figures(sentence)
    assert found and found[0].direction == direction, found


def test_change_verb_needs_a_measure() -> None:
    assert not _figures("A man jumped over the fence and ran off.")


def test_from_to_followed_by_year_on_year() -> None:
    f = _with_value("Hate crime offences rose from 131 to 159 year on year.", 159.0)
    assert f.direction == "increase" and f.unit == "count"


def test_signed_percentages_in_brackets() -> None:
    found = _figures("Residential burglary (-18%) and vehicle crime (+7%) were discussed.")
    by_value = {f.value: f for f in found}
    assert by_value[18.0].direction == "decrease" and by_value[18.0].metric == "burglary"
    assert by_value[7.0].direction == "increase" and by_value[7.0].metric == "theft of/from motor vehicle"
    assert not _figures("The budget line (-5%) was agreed.")


def test_pdf_line_wrapped_after_an_open_word() -> None:
    text = ("3) Councillor Hale: asked about the reasons for the rise in\n‘vehicle crime’ near the station.\n"
            "4) Councillor Dunn: thanked the Sergeant and congratulated the\nPolice on the fall in burglary.\n")
    found = _figures(text)
    assert [f for f in found if f.metric == "theft of/from motor vehicle" and f.direction == "increase"], found
    assert [f for f in found if f.metric == "burglary" and f.direction == "decrease"], found


def test_a_line_ending_in_a_full_word_still_ends_there() -> None:
    from minutesai.engines.offline.sentences import split_sentences

    text = "Crime Statistics\nBurglary had fallen in the ward.\n"
    assert [s.text for s in split_sentences(text)] == ["Crime Statistics", "Burglary had fallen in the ward."]


def test_change_by_a_number_to_a_level_is_one_figure() -> None:
    found = _figures("Rape offences increased by 5 to 22.")
    assert len(found) == 1, found
    assert found[0].value == 22.0 and found[0].metric == "sexual offences" and found[0].direction == "increase"
    assert found[0].comparator == "up by 5"


def test_anaphoric_trend_with_a_new_direction() -> None:
    text = "Burglary had risen sharply over the winter. However, this had reduced since the operation began."
    found = _figures(text)
    assert [(f.metric, f.direction) for f in found] == [("burglary", "increase"), ("burglary", "decrease")], found
    assert not _figures("The meeting opened. However, this had reduced since the operation began.")
    assert len(_figures("Officer numbers in the team, which was unchanged, were discussed.")) == 0


def test_from_to_followed_by_year_to_date() -> None:
    f = _with_value("Domestic abuse crimes had risen from 590 to 644 year to date.", 644.0)
    assert f.direction == "increase"


@pytest.mark.parametrize(
    ("sentence", "value", "direction"),
    [
        ("Domestic abuse incidents: 241 v 263 last year.", 241.0, "decrease"),
        ("Shoplifting offences totalled 298 this year versus 254 last year.", 298.0, "increase"),
        ("The ward saw 11 burglaries this month, 5 more than last month.", 11.0, "increase"),
        ("There were 14 robberies in June, 2 fewer than the same month last year.", 14.0, "decrease"),
        ("Vehicle crime in the first quarter was 17% down.", 17.0, "decrease"),
        ("Shoplifting was 9 per cent up on last year.", 9.0, "increase"),
    ],
)
def test_comparisons_written_after_the_number(sentence: str, value: float, direction: str) -> None:
    assert _with_value(sentence, value).direction == direction


def test_versus_another_area_is_not_a_change() -> None:
    assert _with_value("There were 40 burglaries in the ward v 55 across the rest of the town.", 40.0).direction == "unknown"


def test_five_year_average_in_brackets_is_the_comparator() -> None:
    found = _figures("Detection rate 84.1% (5 year average 77.3%).")
    assert [f.value for f in found] == [84.1] and "77.3" in (found[0].comparator or "")


def test_inline_list_of_measures_and_counts() -> None:
    found = _figures("Crime figures for the month were: burglary 7, robbery 2, vehicle crime 19 and criminal damage 23.")
    assert {(f.metric, f.value) for f in found} == {
        ("burglary", 7.0), ("robbery", 2.0), ("theft of/from motor vehicle", 19.0), ("criminal damage / arson", 23.0)}
    assert not _figures("The Panel discussed burglary, robbery and vehicle crime in 2023, and knife crime in 2024.")


@pytest.mark.parametrize(
    ("line", "value", "direction"),
    [
        ("Theft of/from motor vehicles 19 (previously 24)", 19.0, "decrease"),
        ("Criminal Behaviour Orders obtained: 9, compared with 5 the previous year.", 9.0, "increase"),
    ],
)
def test_a_measure_then_its_number(line: str, value: float, direction: str) -> None:
    assert _with_value(line, value).direction == direction


@pytest.mark.parametrize("line", ["Meeting date: 14 March", "Item 7: Police update", "Page 4 of the report was noted."])
def test_label_value_lines_that_are_not_figures(line: str) -> None:
    assert not _figures(line)


def test_adjectival_level_of_a_measure_but_not_of_a_budget() -> None:
    found = _figures("There had been an increased level of confidence in the police over the last year.")
    assert found and found[0].direction == "increase", found
    assert not _figures("He referred to reduced levels of budget available to him at a time of austerity.")


def test_number_first_breakdown_with_singular_offences() -> None:
    found = _figures("The PCSO reported 5 crimes since the last meeting: 3 thefts, 1 burglary and 1 criminal damage.")
    pairs = {(f.metric, f.value) for f in found}
    assert ("burglary", 1.0) in pairs and ("criminal damage / arson", 1.0) in pairs, found
    found = _figures("Crimes in November: 2 x theft, 4 x criminal damage.")
    assert {(f.metric, f.value) for f in found} == {("theft", 2.0), ("criminal damage / arson", 4.0)}
    assert not _figures("1 burglary victim attended the meeting.")


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        ("Members welcomed the downward trend in violent crime.", "decrease"),
        ("Drug offences were higher this year because of proactive operations.", "increase"),
    ],
)
def test_trend_nouns_and_this_year(sentence: str, direction: str) -> None:
    found = _figures(sentence)
    assert found and found[0].direction == direction, found


def test_n_fewer_than_last_year_without_a_noun() -> None:
    f = _with_value("Rural crime incidents were down, with 38 fewer than last year.", 38.0)
    assert f.direction == "decrease" and f.comparator == "fewer than last year"
    assert f.metric == "total notifiable offences"


def test_rank_that_continued_is_no_change() -> None:
    f = _with_value("The Leader said the borough continued to have the third lowest crime rate in London.", 3.0)
    assert f.unit == "rank" and f.direction == "no_change"


def test_service_standard_stated_as_what_happens() -> None:
    f = _with_value("A Member said it was reassuring that reports of ASB are looked into within 48 hours.", 48.0)
    assert f.unit == "other" and f.metric == "ASB"
    assert not _figures("Complaints must be acknowledged within 10 working days.")
    assert not _figures("The Council would ensure reports were responded to within 5 days.")
    assert [f.value for f in _figures("91% of emergency calls were attended within 15 minutes.")] == [91.0]


@pytest.mark.parametrize(
    ("sentence", "value", "direction"),
    [
        ("Total crime was 3,918 for the year.", 3918.0, "unknown"),
        ("Robbery was 47 this quarter, compared to 58 last quarter.", 47.0, "decrease"),
        ("Year to date figures showed burglary at 187 against a target of 220.", 187.0, "unknown"),
        ("Knife crime with injury (under 25s) was 29, compared to 36 last year.", 29.0, "decrease"),
        ("Vehicle crime was 14% lower.", 14.0, "decrease"),
    ],
)
def test_a_measure_was_n(sentence: str, value: float, direction: str) -> None:
    assert _with_value(sentence, value).direction == direction


@pytest.mark.parametrize("sentence", ["The burglary meeting was at 7 pm in the hall.", "Burglary was 2 years ago the main concern."])
def test_a_measure_was_not_a_value(sentence: str) -> None:
    assert not _figures(sentence)


def test_total_with_thousands_separator_is_not_cut() -> None:
    assert [f.value for f in _figures("Total crime was 4,512, up 3%.")] == [4512.0, 3.0]


def test_measure_was_the_lowest_in_a_place() -> None:
    found = _figures("Crime in the district was the lowest in Essex.")
    assert found and found[0].unit == "rank" and found[0].metric == "total notifiable offences", found
    assert _figures("Burglary remained the highest in the force area.")[0].direction == "no_change"
    assert not _figures("The turnout was the lowest in years.")
