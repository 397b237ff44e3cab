"""Figure wordings that recur across councils' minutes (round 4, cross-pool), tested on sentences written for
the test: a change noun with a participle or a describing word before its measure, and 'no further incidents'
after an intervention (the problem stopped: a fall with no number, not a count of zero)."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates


def _figures(text: str) -> list[tuple[str, float | None, str, str]]:
    found = extract_candidates(text).figures
    assert all(f.quote in text for f in found)
    return [(f.metric, f.value, f.direction, f.quote) for f in found]


@pytest.mark.parametrize(("line", "direction"), [
    ("Councillors raised the increase seen in burglaries over the winter months.", "increase"),
    ("The Inspector described the reduction noted in vehicle crime since the new patrols began.", "decrease"),
    ("There had been an increase in petty shoplifting at the retail park.", "increase"),
    ("The sergeant reported a reduction in drug-related violence in the town centre.", "decrease"),
    ("Officers were asked about the rise in both knife crime and robbery.", "increase"),
])
def test_a_change_noun_reaches_its_measure_past_a_participle_or_a_describing_word(line: str, direction: str) -> None:
    assert [d for _, v, d, _ in _figures(line) if v is None] == [direction]


@pytest.mark.parametrize("line", [
    "There was an increase in funding for burglary prevention work.",
    "There was an increase in patrols tackling burglary near the station.",
    "There had been an increase in staff burglary awareness sessions.",
])
def test_a_resource_or_an_activity_between_change_and_crime_word_is_no_crime_trend(line: str) -> None:
    assert [m for m, _, d, _ in _figures(line) if d == "increase"] == []


def test_after_the_a_describing_word_still_breaks_the_link() -> None:
    # 'the rise' usually points back to a figure already given: only the plain gap words may follow it
    assert _figures("Members discussed the rise in petty shoplifting.") == []


@pytest.mark.parametrize("line", [
    "Following the arrest of a suspect there had been no further incidents reported.",
    "The tenant was moved by the housing association and there have been no further reported incidents.",
    "There were no more reports of nuisance bikes after the dispersal order was made.",
])
def test_no_further_incidents_is_a_fall_without_a_number(line: str) -> None:
    found = _figures(line)
    assert [(v, d) for _, v, d, _ in found] == [(None, "decrease")]


def test_no_incidents_at_all_is_still_a_count_of_zero() -> None:
    assert [(v, d) for _, v, d, _ in _figures("There had been no burglaries in the village during March.")] == [(0.0, "unknown")]


@pytest.mark.parametrize(("line", "values"), [
    ("The neighbourhood team now had 2 Sergeants and 9 PCs for the whole town.", [2.0, 9.0]),
    ("The station would be staffed by 5 officers and 4 PCSOs from April.", [5.0, 4.0]),
])
def test_two_staff_counts_without_an_establishment_are_two_figures(line: str, values: list[float]) -> None:
    assert [v for _, v, _, _ in _figures(line)] == values


def test_the_second_staff_count_shares_additional() -> None:
    found = _figures("The budget would fund an additional 25 Police Officers and 120 Special Constables over three years.")
    assert [(v, d) for _, v, d, _ in found] == [(25.0, "increase"), (120.0, "increase")]


def test_a_team_set_against_its_establishment_stays_one_figure() -> None:
    found = _figures("The team had four PCs and two PCSOs, against an establishment of six PCs and five PCSOs.")
    assert [v for _, v, _, _ in found] == [4.0]


@pytest.mark.parametrize("line", [
    "The Commissioner spoke about policing across the 3 basic command units and 7 Police Authorities of the region.",
    "1 Apologies 2 Minutes of the last meeting 3 Police Report PC Rowe presented the Police Report.",
])
def test_police_naming_what_follows_is_not_a_count_of_police(line: str) -> None:
    assert [v for _, v, _, _ in _figures(line)] == []


@pytest.mark.parametrize(("line", "value"), [
    ("There were 14 police on duty at the match on Saturday.", 14.0),
    ("The ward now had 8 Police Constables and a sergeant.", 8.0),
    ("The council funded 6 Police Community Support Officers in the town.", 6.0),
])
def test_police_that_are_counted_are_still_a_count(line: str, value: float) -> None:
    assert [v for _, v, _, _ in _figures(line)] == [value]


@pytest.mark.parametrize("line", [
    "Victims' confidence to report had increased over the year.",
    "There had been an increase in confidence to report domestic abuse.",
    "Confidence to come forward had improved among victims.",
])
def test_confidence_to_report_is_not_the_public_confidence_measure(line: str) -> None:
    # (more confidence to report is why reports rise: TAXONOMY.md, 'Direction is not polarity')
    assert [m for m, _, _, _ in _figures(line) if "confidence" in m] == []


def test_public_confidence_is_still_the_measure() -> None:
    assert [m for m, _, _, _ in _figures("Confidence in the local police had increased over the year.")] == ["confidence / satisfaction"]


def test_these_increases_points_back_and_is_no_new_trend() -> None:
    text = ("There had been a rise in burglary. It was thought that some of these increases were a result of better "
            "recording of domestic violence.")
    assert [(m, d) for m, _, d, _ in _figures(text)] == [("burglary", "increase")]


def test_this_had_levelled_off_is_still_a_change_pointing_back() -> None:
    found = _figures("There had been a rise in burglary, but this had levelled off since April.")
    assert [d for _, _, d, _ in found] == ["increase", "no_change"]


@pytest.mark.parametrize(("line", "value"), [
    ("Public order\n\n14\n\nCriminal damage\n\n9", 14.0),
    ("There had been 23 public order offences in the town centre since January.", 23.0),
])
def test_public_order_offences_are_a_crime_measure(line: str, value: float) -> None:
    assert ("public order offences", value) in [(m, v) for m, v, _, _ in _figures(line)]


def test_the_public_order_act_is_not_the_measure() -> None:
    assert [m for m, _, _, _ in _figures("Powers under the Public Order Act had been used 3 times.") if "public order" in m] == []
