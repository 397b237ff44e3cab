"""Round 17b figure forms (pool23/pool24 with pool19–22), on sentences written for the test in the clerks' style.

- A place held in a league table 'in the county / force / region / family group' is a rank, and 'remaining 5th'
  keeps it where it was.
- Officers a force loses are a fall: 'a net loss of approximately 40 officers', '100 officers lost in the past
  5 years', 'a cut of 120 PCSOs'; officers 'being brought into the force' or 'recruited into' a team are a rise.
  Things other than staff that were 'lost' (phones, property) are no workforce change.
"""

from __future__ import annotations

from tests.offline_support import figure_units as _figures


def test_a_place_in_the_county_is_a_rank_and_remaining_keeps_it() -> None:
    found = _figures("Dacorum shows a slight improvement upon the period last year remaining 5th in the county for all crime.")
    assert (5.0, "rank", "no_change") in found
    assert (3.0, "rank", "unknown") in _figures("The district sat 3rd in the force for burglary dwelling this quarter.")
    assert (2.0, "rank", "no_change") in _figures("Stevenage remains 2nd in the family group for violence against the person.")


def test_a_date_or_an_ordinal_without_a_table_is_no_rank() -> None:
    assert all(unit != "rank" for _, unit, _ in _figures("The 3rd in the series of county events raised £400 for the police charity."))


def test_officers_lost_are_a_fall() -> None:
    found = _figures("Retirements mean there will be a net loss of approximately 40 officers this year, "
                     "with a total of 100 officers lost in the past 5 years.")
    assert (40.0, "count", "decrease") in found and (100.0, "count", "decrease") in found
    assert (12.0, "count", "decrease") in _figures("Some 12 PCSOs had been lost to the neighbourhood teams since 2019.")
    assert (120.0, "count", "decrease") in _figures("The Chief Constable confirmed a cut of 120 PCSOs across the force.")


def test_officers_brought_into_the_force_are_a_rise() -> None:
    found = _figures("In the latest precept 78 officers were being brought into the force specifically to increase town centre teams.")
    assert found == [(78.0, "count", "increase")]
    assert (5.0, "count", "increase") in _figures("Five officers were recruited into the rural crime team.")


def test_things_lost_that_are_not_staff_are_no_workforce_fall() -> None:
    assert all(d != "decrease" for _, _, d in _figures("There had been 40 mobile phones lost at the festival and 12 wallets."))
    assert all(d != "decrease" for _, _, d in _figures("The force recorded 40 officers at the scene of the disorder."))


def test_workforce_counts_named_by_role_or_post() -> None:
    found = _figures("The neighbourhood team will also now have an additional four community beat managers, "
                     "who will be working alongside the PCSOs.")
    assert found == [(4.0, "count", "increase")]
    found = _figures("This meant the force would need to operate with a reduction of more than 2,500 officer and staff posts.")
    assert found == [(2500.0, "count", "decrease")]
    assert (300.0, "count", "decrease") in _figures("The force had lost 300 police and staff roles since 2010.")


def test_a_manager_who_is_not_a_beat_manager_is_no_count() -> None:
    assert _figures("The two town centre managers attended the meeting with the Chair.") == []


def test_a_level_that_stayed_close_to_other_areas_is_no_change() -> None:
    found = _figures("The statistics showed that crime rates for Middlesbrough in 2019 and 2020 remained close to the other "
                     "local authorities, however at the start of 2021 the crime rate had climbed further.")
    assert (None, "other", "no_change") in found and (None, "other", "increase") in found
    assert (None, "other", "no_change") in _figures("Burglary remained similar to the neighbouring districts.")


def test_close_to_a_place_or_a_date_is_no_comparison() -> None:
    assert _figures("The police office remained close to the other council buildings on the High Street.") == []


def test_a_minus_written_onto_a_percentage_is_a_fall() -> None:
    found = _figures("All sexual offences continued to fall, currently at -31% for Rape and other sexual offences -20%.")
    assert (31.0, "percent", "decrease") in found and (20.0, "percent", "decrease") in found
    assert (12.0, "percent", "decrease") in _figures("Burglary was at -12% compared to last year.")


def test_a_dash_between_spaces_or_a_benchmark_list_is_no_fall_of_its_own() -> None:
    assert (27.0, "percent", "decrease") in _figures("Burglary - 27% reduction.")  # the word says the direction
    found = _figures("Other sexual offences -20% compared to force reductions of -3%, -5% and -10%.")
    assert [v for v, _, _ in found] == [20.0]
    assert _figures("The Covid -19 response was discussed with the partners.") == []


def test_levels_that_turned_after_but_are_a_change_of_their_own() -> None:
    found = _figures("He confirmed that during the first lockdown, crime had reduced but as society began to re-open, "
                     "levels had once more increased to as they had been previously.")
    assert found == [(None, "other", "decrease"), (None, "other", "increase")]
    found = _figures("Burglary fell during lockdown, but the figures have since risen again.")
    assert found == [(None, "other", "decrease"), (None, "other", "increase")]


def test_a_new_subject_after_but_is_no_turn_of_the_measure() -> None:
    assert _figures("Crime had reduced but the partners had increased patrols.") == [(None, "other", "decrease")]


def test_people_dealt_with_by_the_police_are_counted_in_words_or_digits() -> None:
    assert _figures("Three drivers had been warned about inconsiderate parking in North Street.") == [(3.0, "count", "unknown")]
    assert _figures("12 drivers were caught speeding on the A6 during the operation.") == [(12.0, "count", "unknown")]
    assert _figures("17 youths were dispersed from the park on Friday night.") == [(17.0, "count", "unknown")]


def test_people_who_did_something_themselves_are_no_police_count() -> None:
    assert _figures("Two drivers attended the meeting with the Chair.") == []
    assert _figures("One man was arrested near the school.") == []


def test_a_count_named_by_a_long_compound_noun() -> None:
    found = _figures("There had been 31 catalytic converter theft notified offences in Runnymede so far this year.")
    assert [v for v, _, _ in found] == [31.0]
    found = _figures("Up to December the service was involved in issuing 103 community protection written warnings.")
    assert [v for v, _, _ in found] == [103.0]


def test_function_words_still_break_a_count() -> None:
    assert _figures("The Panel discussed the six priorities of the Police and Crime Plan.") == []


def test_staff_numbers_changed_by_a_count() -> None:
    found = _figures("The uplift programme had increased officer numbers across the county by approximately 200.")
    assert found == [(200.0, "count", "increase")]
    assert _figures("The force had cut PCSO numbers by 120 since 2015.") == [(120.0, "count", "decrease")]


def test_staff_numbers_changed_by_a_percentage_stay_a_percentage() -> None:
    assert all(unit != "count" for _, unit, _ in _figures("The force had increased officer numbers by 10% this year."))


def test_a_share_meeting_a_target_that_improved_rose() -> None:
    found = _figures("Havering had seen an improvement in the number of I calls reaching the target time with a rate of 85.9%.")
    assert found == [(85.9, "percent", "increase")]
    assert _figures("There had been a deterioration in calls meeting the target, at 71%.") == [(71.0, "percent", "decrease")]
