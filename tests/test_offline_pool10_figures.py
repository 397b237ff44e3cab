"""Figure wordings met in the tenth set of real minutes, tested on text written for the test: a count
after "Month YYYY,", a part of a whole named in a new sentence ("38 of these incidents"), a rate "per
1,000 of the population" after a count, and a trend whose measure is split from its verb by a place
aside or by "had since"."""

from __future__ import annotations

from tests.offline_support import UNRELATED_PROSE as _FILLER
from tests.offline_support import figure_triples as _figures


def test_a_count_after_month_and_year_is_kept() -> None:
    found = _figures("During the month of March 2016, 27 crimes have been reported in the ward.")
    assert [v for v, _, _ in found] == [27.0]


def test_a_count_after_month_and_year_is_kept_in_a_long_text() -> None:
    found = _figures(_FILLER + "\n\nBy June 2021, 45 arrests had been made in the town centre.\n\n" + _FILLER)
    assert [v for v, _, _ in found] == [45.0]


def test_a_day_month_year_date_is_still_no_figure() -> None:
    assert _figures("The panel last met on November 3, 2017 in the Guildhall.") == []


def test_a_part_of_a_whole_given_in_the_sentence_before() -> None:
    found = _figures("Officers attended 240 incidents. 51 of these incidents led to an arrest being made.")
    assert [v for v, _, _ in found] == [240.0, 51.0]
    assert found[1][2].startswith("51 of these incidents")


def test_a_part_of_a_whole_in_a_long_text() -> None:
    text = _FILLER + "\n\nThere were 96 calls about noise. 12 of these calls were about one address.\n\n" + _FILLER
    assert [v for v, _, _ in _figures(text)] == [96.0, 12.0]


def test_a_part_of_nothing_named_is_no_figure() -> None:
    assert _figures("At least 5 of these had a plan.") == []
    assert _figures("Members asked whether 3 of these meetings could be moved.") == []


def test_a_rate_per_thousand_of_the_population_after_a_count() -> None:
    found = _figures("Total crime was 8,450 offences amounting to 61.2 offences per 1,000 of the population, below average.")
    assert sorted(v for v, _, _ in found if v is not None) == [61.2, 8450.0]


def test_a_measure_with_a_place_aside_before_its_verb() -> None:
    found = _figures("• Shoplifting, particularly in the town centre, had fallen.")
    assert [(v, d) for v, d, _ in found] == [(None, "decrease")]
    found = _figures("Antisocial behaviour, particularly in Kingsbridge had since reduced.")
    assert [(v, d) for v, d, _ in found] == [(None, "decrease")]


def test_had_since_between_measure_and_verb() -> None:
    found = _figures(_FILLER + "\n\nVehicle crime had since increased in the north of the district.\n\n" + _FILLER)
    assert [(v, d) for v, d, _ in found] == [(None, "increase")]


def test_since_that_starts_a_clause_still_breaks_the_subject() -> None:
    assert _figures("Burglary, since the new patrols began, had fallen.") == []
    assert _figures("Officers had since increased patrols in the park.") == []
