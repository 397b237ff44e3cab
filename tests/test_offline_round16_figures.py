"""Figure wordings met in the sixteenth round's real minutes, tested on text written for the test: a ward's crime
list whose lines set each count against the same period last year ("Public Order 6 – same period last year 17",
"Burglary (Residential) 1 – same period last year 3")."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates


def _figures(text: str) -> list[tuple[float | None, str, str | None, str]]:
    found = extract_candidates(text).figures
    assert all(f.quote in text for f in found)
    return [(f.value, f.direction, f.comparator, f.quote) for f in found]


@pytest.mark.parametrize(("line", "value", "direction", "comparator"), [
    ("Public Order 6 – same period last year 17", 6.0, "decrease", "17"),
    ("Assault and Harassment 19 - same period last year 23", 19.0, "decrease", "23"),
    ("Possession of Weapons 2 – same period last year 0", 2.0, "increase", "0"),
    ("Criminal Damage 9 = same period last year 19", 9.0, "decrease", "19"),
    ("Drug Offences 5 – same period last year 5", 5.0, "no_change", "5"),
    ("Burglary (Residential) 1 – same period last year 3", 1.0, "decrease", "3"),
    ("Burglary (Non-Residential) 3 – same period last year 3", 3.0, "no_change", "3"),
    ("Shoplifting 14 - same time last year 9", 14.0, "increase", "9"),
    ("Vehicle crime 12 (same period last year: 20)", 12.0, "decrease", "20"),
    ("Criminal damage 8 – same period the previous year 11", 8.0, "decrease", "11"),
])
def test_same_period_last_year_lines(line: str, value: float, direction: str, comparator: str) -> None:
    text = ("The Forum was informed that the following incidents had been reported in the Ward from 1st May 2018 "
            "until 6th August 2018;\n\n" + line + "\n\nRobbery 2 – same period last year 1\n\n")
    found = _figures(text)
    assert (value, direction, comparator, line) in found
    assert (2.0, "increase", "1", "Robbery 2 – same period last year 1") in found


def test_crime_list_reads_every_line() -> None:
    text = ("The Forum was informed that the following incidents had been reported in the Ward;\n\n"
            "Assault and Harassment 19 - same period last year 23\n\nPublic Order 6 – same period last year 17\n\n"
            "Theft from Vehicle 7 – same period last year 4\n\nDrug Offences 5 – same period last year 5\n")
    assert [(v, d) for v, d, _, _ in _figures(text)] == [
        (19.0, "decrease"), (6.0, "decrease"), (7.0, "increase"), (5.0, "no_change")]


@pytest.mark.parametrize("sentence", [
    "The meeting was held at the same time last year 2018 in the village hall.",
    "Item 6 – same period last year 17 was deferred.",
    "The Year 6 pupils visited the police station at the same time as last year.",
])
def test_no_same_period_comparison(sentence: str) -> None:
    for _, direction, comparator, _ in _figures(sentence):
        assert direction == "unknown" or comparator is None


def test_year_number_is_not_a_comparator_elsewhere() -> None:
    found = _figures("Burglary 12 – same period last year 2019.")
    assert all(c != "2019" for _, _, c, _ in found)


def _trends(text: str) -> list[tuple[float | None, str]]:
    return [(v, d) for v, d, _, _ in _figures(text)]


@pytest.mark.parametrize(("sentence", "direction"), [
    ("Taking of vehicles, particularly mopeds, has also increased in the rolling year to date compared to last year.",
     "increase"),
    ("Burglary, particularly sheds and garages, had increased over the summer.", "increase"),
    ("Shoplifting, especially at the retail park, had reduced since the new patrols began.", "decrease"),
    ("There had been a crime reduction across the town centre.", "decrease"),
    ("The Inspector reported a reduction in crime across the ward.", "decrease"),
    ("Increasing numbers of residents were reporting incidents of fly-tipping.", "increase"),
])
def test_round16_trends(sentence: str, direction: str) -> None:
    assert [d for v, d in _trends(sentence)] == [direction]


@pytest.mark.parametrize("sentence", [
    "Councillor Penberthy introduced the report which provided an overview of Safer Plymouth activity and performance"
    " against crime reduction performance measures.",
    "§ High impact community events linked to crime reduction",
    "The officer offered crime reduction advice to residents at the drop-in session.",
    "Reducing incidents of serious violence and knife crime",
    "• Reducing incidents of residential burglary and theft from vehicles",
    "Increasing reporting of hate crime",
])
def test_round16_not_trends(sentence: str) -> None:
    assert _trends(sentence) == []


@pytest.mark.parametrize(("sentence", "direction"), [
    ("Members were advised that reports of Anti-Social Behaviour were on the same par as the same reporting period"
     " last year.", "no_change"),
    ("Burglary was on a par with last year.", "no_change"),
    ("Police officer numbers had increased significantly.", "increase"),
    ("PCSO numbers have reduced over the last two years.", "decrease"),
    ("The Commissioner highlighted key issues, including police officer numbers, which had increased significantly.",
     "increase"),
])
def test_round16_levels_and_workforce(sentence: str, direction: str) -> None:
    assert [d for v, d in _trends(sentence)] == [direction]


@pytest.mark.parametrize("sentence", [
    "Burglary rates were on a par with the national average.",
    "The Sergeant said the team was on a par with neighbouring teams.",
    "Staff numbers were discussed at the meeting.",
    "The Panel asked whether officer numbers would have increased by next year.",
])
def test_round16_no_level_or_workforce_trend(sentence: str) -> None:
    assert [d for v, d in _trends(sentence) if d != "unknown"] == []


@pytest.mark.parametrize("sentence", [
    "A league table was recently published which had TVP at the bottom of that table.",
    "The latest figures put Surrey Police at the top of the league table for charge rates.",
])
def test_round16_league_position_with_object(sentence: str) -> None:
    assert [(v, d) for v, d, _, _ in _figures(sentence)] == [(None, "unknown")]
    assert [f.unit for f in extract_candidates(sentence).figures] == ["rank"]


def test_round16_league_position_needs_a_name() -> None:
    assert _figures("The report had the cost at the bottom of the page for reference.") == []


def test_round16_bottom_of_league_is_negative() -> None:
    aspects = extract_candidates("Reference was made to the use of Stalking Prevention Orders. A league table was recently"
                                 " published which had TVP at the bottom of that table.").sentiment_aspects
    assert [a.label for a in aspects] == ["negative"]


@pytest.mark.parametrize(("sentence", "direction"), [
    ("Increases had been seen largely in categories relating to theft including shoplifting, bike theft and theft"
     " from and of vehicles.", "increase"),
    ("Increases have been seen in burglary across the district.", "increase"),
    ("Reductions were seen in ASB across the ward.", "decrease"),
    ("An increase in the number of residents who told us they felt safe.", "increase"),
    ("There had been a reduction in the number of young people entering the justice system.", "decrease"),
])
def test_round16_seen_in_and_number_of(sentence: str, direction: str) -> None:
    assert [d for v, d in _trends(sentence)] == [direction]


def test_round16_number_of_names_the_counted_thing() -> None:
    found = extract_candidates("An increase in the number of residents who told us they felt safe.").figures
    assert [f.metric for f in found] == ["residents who told us they felt safe"]


@pytest.mark.parametrize("sentence", [
    "The aim was to achieve a reduction in the number of repeat victims.",
    "The Partnership would seek an increase in the number of volunteers next year.",
    "Members asked whether there would be a reduction in the number of patrols.",
])
def test_round16_number_of_aims_are_no_trend(sentence: str) -> None:
    assert _trends(sentence) == []


@pytest.mark.parametrize(("sentence", "metric", "direction"), [
    ("Gangs Conference – Gang activity was increasing in Essex and had received extra funding for new projects.",
     "gang activity", "increase"),
    ("Members were advised that off road bikes were becoming an increasing problem in the area.", "ASB", "increase"),
    ("Off-road bikes had reduced since the operation began.", "ASB", "decrease"),
])
def test_round16_gang_and_off_road_bikes(sentence: str, metric: str, direction: str) -> None:
    assert [(f.metric, f.direction) for f in extract_candidates(sentence).figures] == [(metric, direction)]


@pytest.mark.parametrize("sentence", [
    "The Off Road Bike Team would patrol the moors this summer.",
    "The Panel discussed the planned increase in the number of PCSOs.",
])
def test_round16_not_figures(sentence: str) -> None:
    assert _trends(sentence) == []


def test_round16_lowest_forms_of_is_no_rank() -> None:
    found = extract_candidates("He reassured the Task Group that the vast majority of the 1834 recorded incidents were the"
                               " lowest forms of assault.").figures
    assert [f.unit for f in found] == ["count"]
    assert [f.unit for f in extract_candidates("Crime in the district was the lowest in the county.").figures] == ["rank"]


@pytest.mark.parametrize(("sentence", "direction"), [
    ("Statistics showed that fatal and serious injury road traffic accidents had reduced since 2019/20 but were still"
     " far too high.", "decrease"),
    ("Road traffic collisions had reduced across the county.", "decrease"),
    ("KSIs had increased on last year.", "increase"),
])
def test_round16_road_traffic_collisions(sentence: str, direction: str) -> None:
    assert [(f.metric, f.direction) for f in extract_candidates(sentence).figures] == [("road traffic collisions", direction)]


def test_round16_road_safety_partnership_is_no_figure() -> None:
    assert _figures("The Commissioner noted the establishment of a road safety partnership.") == []


@pytest.mark.parametrize(("sentence", "direction"), [
    ("The Chief Constable reported the highest number of police officers ever, despite financial challenges.",
     "increase"),
    ("The force now has the lowest level of burglary since records began.", "decrease"),
])
def test_round16_record_levels(sentence: str, direction: str) -> None:
    assert [d for v, d in _trends(sentence)] == [direction]


@pytest.mark.parametrize("sentence", [
    "The highest number of calls came from the town centre.",
    "The lowest level of support was offered at weekends.",
])
def test_round16_superlative_without_record_is_no_trend(sentence: str) -> None:
    assert [d for v, d in _trends(sentence) if d != "unknown"] == []
