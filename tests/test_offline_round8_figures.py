"""Round 8 (cross-pool) figure forms, on sentences written for the test: 'best practice' / 'best value' are fixed
compounds, not a ranking; a count singled out 'in particular' is an example; officers who left the force are a
fall; 'an extra 10%' is a gain; 'the lowest it had been for N years' is the record-low form; and a change noun
followed by its means ('crime reduction through ...') names work done, not a change reported."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates


def _figures(text: str) -> list[tuple[str, float | None, str, str, str]]:
    found = extract_candidates(text).figures
    assert all(f.quote in text for f in found)
    return [(f.metric, f.value, f.unit, f.direction, f.quote) for f in found]


@pytest.mark.parametrize("line", [
    "The service was taking best practice from other areas in the county.",
    "Members asked whether the scheme gave best value compared with other districts.",
])
def test_best_practice_or_value_is_no_rank(line: str) -> None:
    assert _figures(line) == []


def test_the_best_district_is_still_a_rank() -> None:
    assert [(u, d) for _, _, u, d, _ in _figures("The Inspector said Avonford was the safest district in the county.")] \
        == [("rank", "unknown")]


def test_one_incident_in_particular_is_an_example() -> None:
    assert _figures("There had been one incident in particular involving youths on the green.") == []


def test_one_incident_without_in_particular_is_still_counted() -> None:
    assert [(v, u) for _, v, u, _, _ in _figures("There had been one incident regarding youths on the green.")] \
        == [(1.0, "count")]


@pytest.mark.parametrize("line", [
    "He said that around 900 police officers had left the force over the last four years.",
    "Twelve PCSOs would leave the service in March when the grant ended.",
])
def test_officers_leaving_the_force_are_a_fall(line: str) -> None:
    assert [d for _, _, u, d, _ in _figures(line) if u == "count"] == ["decrease"]


def test_officers_who_left_a_meeting_are_no_fall() -> None:
    assert [d for _, _, _, d, _ in _figures("The 3 officers left the meeting at 8pm.")] in ([], ["unknown"])


def test_an_extra_percentage_is_a_gain() -> None:
    found = _figures("For shoplifting there was an extra 12% charge rate this year.")
    assert [(v, d) for _, v, _, d, _ in found] == [(12.0, "increase")]


def test_a_further_percentage_reduction_keeps_its_own_direction() -> None:
    found = _figures("The team had achieved an extra 12% reduction in the charge rate.")
    assert [d for _, _, _, d, _ in found] == ["decrease"]


@pytest.mark.parametrize(("line", "direction"), [
    ("Burglary was now the lowest it had been in Avonford for several years.", "decrease"),
    ("Shoplifting was the highest it has been since 2015.", "increase"),
])
def test_the_lowest_it_had_been_is_a_change(line: str, direction: str) -> None:
    assert [(v, d) for _, v, _, d, _ in _figures(line)] == [(None, direction)]


def test_the_lowest_in_a_place_is_not_a_change_over_time() -> None:
    assert all(d != "decrease" for _, _, _, d, _ in _figures("Burglary was the lowest it had been in the region."))


def test_a_change_noun_followed_by_its_means_is_work_done() -> None:
    line = "Key achievements included better lighting and targeted crime reduction through use of local action plans."
    assert _figures(line) == []


def test_a_change_through_the_year_is_still_a_change() -> None:
    assert [d for _, _, _, d, _ in _figures("Burglary showed a reduction through the year.")] == ["decrease"]


@pytest.mark.parametrize("line", [
    "The number of arrests leading up to the sentencing of the gang was reported.",
    "The number of burglaries in the run up to Christmas was discussed.",
])
def test_leading_up_to_is_a_time_not_a_rise(line: str) -> None:
    assert _figures(line) == []


def test_up_to_after_a_measure_is_still_a_rise() -> None:
    assert [d for _, _, _, d, _ in _figures("The number of arrests was up to 40 a week from 25.")] == ["increase"]
