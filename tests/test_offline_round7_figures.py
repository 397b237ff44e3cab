"""Round 7 (cross-pool) figure forms, on sentences written for the test: 'higher/lower on last year' (the
comparative form of 'up on last year'), a crime category in -ing before its measure ('dwelling burglary'),
'compared to the same position' (a point in time, not a league position), break-ins counted, and a count
with its percentage in brackets before the counted thing ('3,076 (14.0%) more crimes')."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates


def _figures(text: str) -> list[tuple[str, float | None, str, str, str]]:
    found = extract_candidates(text).figures
    assert all(f.quote in text for f in found)
    return [(f.metric, f.value, f.unit, f.direction, f.quote) for f in found]


@pytest.mark.parametrize(("line", "direction"), [
    ("The Inspector said overall crime figures were higher on last year because of a change in recording.", "increase"),
    ("Burglary was slightly lower on the same period last year.", "decrease"),
])
def test_a_comparative_on_last_year_is_a_change(line: str, direction: str) -> None:
    assert [d for _, v, _, d, _ in _figures(line) if v is None] == [direction]


def test_a_comparative_on_something_else_is_no_change() -> None:
    assert _figures("Burglary was lower on the estate than in the town centre.") == []


def test_dwelling_before_the_measure_keeps_the_change() -> None:
    found = _figures("The Sergeant reported a small rise in dwelling burglary over the summer.")
    assert [(m, d) for m, v, _, d, _ in found] == [("burglary", "increase")]


def test_an_ing_verb_before_the_measure_still_breaks_the_link() -> None:
    assert _figures("There had been an increase in tackling burglary across the town.") == []


def test_compared_to_the_same_position_is_a_trend_not_a_rank() -> None:
    found = _figures("Shoplifting offences had increased slightly compared to the same position twelve months before.")
    assert [(u, d) for _, _, u, d, _ in found] == [("other", "increase")]


def test_a_league_position_still_makes_a_rank() -> None:
    found = _figures("Our position on burglary had worsened in the league table.")
    assert [u for _, _, u, _, _ in found] == ["rank"]


def test_break_ins_are_counted() -> None:
    found = _figures("The PCSO said there had been 9 break-ins at garden sheds since the last meeting.")
    assert [(v, u) for _, v, u, _, _ in found] == [(9.0, "count")]


def test_break_ins_without_a_number_are_no_count() -> None:
    assert [v for _, v, _, _, _ in _figures("Break-ins at garden sheds were discussed.")] == []


@pytest.mark.parametrize(("line", "count", "percent", "direction"), [
    ("A total of 9,410 crimes were recorded, which was 812 (9.4%) more crimes than the previous year.", 812.0, 9.4, "increase"),
    ("Officers recorded 64 (12%) fewer burglaries than in the same quarter last year.", 64.0, 12.0, "decrease"),
])
def test_a_count_with_its_percentage_in_brackets_before_the_noun(line: str, count: float, percent: float, direction: str) -> None:
    found = _figures(line)
    change = [(v, u, d) for _, v, u, d, _ in found if v in (count, percent)]
    assert change == [(count, "count", direction), (percent, "percent", direction)]
    quotes = {q for _, v, _, _, q in found if v in (count, percent)}
    assert len(quotes) == 1 and f"{count:g}" in next(iter(quotes)).replace(",", "")


def test_more_after_a_bracket_with_no_counted_thing_adds_no_count_and_no_direction() -> None:
    found = _figures("This was 40 (12%) more than expected at the school.")
    assert [v for _, v, u, _, _ in found if u == "count"] == []
    assert all(d == "unknown" for _, _, _, d, _ in found)


@pytest.mark.parametrize("line", [
    "The average wait on 101 was 12 minutes and the Commissioner aspired to reduce this further.",
    "Response times averaged 14 minutes and the force wanted to reduce them by the spring.",
])
def test_a_change_wanted_after_the_number_gives_it_no_direction(line: str) -> None:
    assert [d for _, v, _, d, _ in _figures(line) if v is not None] == ["unknown"]


def test_a_change_made_before_the_number_keeps_its_direction() -> None:
    found = _figures("Response times had fallen to 14 minutes and the force wanted to cut them further by the spring.")
    assert [d for _, v, _, d, _ in found if v is not None] == ["decrease"]


@pytest.mark.parametrize(("line", "part"), [
    ("Officers had attended 2,210 incidents over the fortnight, 640 of which were recorded crimes.", 640.0),
    ("The team made 52 arrests in the operation, 17 of whom were later charged.", 17.0),
])
def test_a_part_given_as_n_of_which(line: str, part: float) -> None:
    assert part in [v for _, v, u, _, _ in _figures(line) if u == "count"]


def test_n_of_which_after_no_count_is_no_figure() -> None:
    assert _figures("The Inspector described the wards, several of which were rural.") == []


def test_incidences_is_a_generic_count_noun_like_incidents() -> None:
    found = _figures("Burglary was down with 35 less incidences than the previous quarter.")
    assert [(m, v, d) for m, v, _, d, _ in found] == [("burglary", 35.0, "decrease")]


def test_incidences_of_a_named_crime_keep_that_crime() -> None:
    assert [(m, v) for m, v, _, _, _ in _figures("There were 4 domestic abuse incidences reported in the ward.")] == \
        [("domestic abuse", 4.0)]


def test_a_range_of_crime_groups_is_a_name_not_a_count() -> None:
    found = _figures("The detection rate for Groups 1 – 4 crimes had fallen by 3.1% over the year.")
    assert [(v, u) for _, v, u, _, _ in found] == [(3.1, "percent")]


def test_a_count_of_groups_is_still_a_count() -> None:
    found = _figures("Officers dispersed 4 groups of youths and made 3 arrests near the station.")
    assert 3.0 in [v for _, v, u, _, _ in found if u == "count"]
