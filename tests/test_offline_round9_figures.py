"""Round 9 (cross-pool) figure forms, on sentences written for the test: a performance line giving two values and
the signed change between them ('Robbery – 316 to 377 = +19%') is one figure, the change, whose sign (or, unsigned,
whose pair of values) is its direction; a plus sign is a rise wherever it stands; 'as opposed to N last year' is a
comparison like 'compared with'; a bracketed aside does not take the comparison from the figure before it; a number
with a thousands comma is never a year; and 'N crimes, an increase of M' is a rise in the N."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates
from tests.offline_support import figure_units as _figures


@pytest.mark.parametrize(("line", "expected"), [
    ("Personal robbery – 316 to 377 = +19%", (19.0, "percent", "increase")),
    ("Residential burglary - 1601 to 1513 R12 = -5.3%", (5.3, "percent", "decrease")),
    ("Vehicle Crime – 880 to 902 (+2.5%)", (2.5, "percent", "increase")),
    ("Burglary – 300 to 250 (17%)", (17.0, "percent", "decrease")),  # no sign: the pair says which way
])
def test_a_pair_then_its_change_is_one_figure(line: str, expected: tuple[float, str, str]) -> None:
    assert _figures(line) == [expected]


def test_an_unsigned_percentage_that_is_no_change_between_the_pair_is_no_change() -> None:
    assert [d for _, u, d in _figures("Of the referrals, young people aged 10 to 17 (35%) were the largest group.")
            if u == "percent"] == ["unknown"]


def test_a_capitalised_change_line_is_no_heading() -> None:
    assert _figures("Non-Dom VWI – 1257 to 1369 = +8.9%") == [(8.9, "percent", "increase")]


def test_a_pair_without_a_change_is_left_alone() -> None:
    assert all(u != "percent" for _, u, _ in _figures("Response times 10 to 12 = 2 minutes"))


def test_a_signed_change_after_equals_is_its_direction() -> None:
    assert _figures("Burglary this quarter = -6.1%") == [(6.1, "percent", "decrease")]


def test_a_signed_percentage_naming_no_measure_is_no_change() -> None:
    assert [d for _, _, d in _figures("The budget line = -5% was agreed.")] in ([], ["unknown"])


def test_a_plus_sign_in_brackets_keeps_its_own_measure() -> None:
    found = extract_candidates("Residential burglary (-11%) and vehicle crime (+4%) were discussed.").figures
    assert [(f.metric, f.direction) for f in found] == [("burglary", "decrease"), ("theft of/from motor vehicle", "increase")]


def test_a_plus_sign_is_a_rise() -> None:
    assert _figures("Shoplifting was +14% on the previous year.") == [(14.0, "percent", "increase")]


def test_a_hyphenated_range_is_no_minus_sign() -> None:
    assert [d for _, _, d in _figures("The target band for the scheme was 10-15% of cases.")] in ([], ["unknown"])


def test_as_opposed_to_last_year_is_a_comparison() -> None:
    assert _figures("There had been 4 serious assaults as opposed to 9 this time last year.") \
        == [(4.0, "count", "decrease")]


def test_as_opposed_to_without_a_number_is_no_comparison() -> None:
    assert [d for v, _, d in _figures("Officers preferred 2 foot patrols as opposed to vehicle patrols.") if v == 2.0] \
        == ["unknown"]


def test_a_bracketed_aside_keeps_the_comparison_for_the_figure_before() -> None:
    found = _figures("There had been 61 common assaults (55% detected to date) compared to 70 this time last year.")
    assert found[0] == (61.0, "count", "decrease")


def test_a_number_with_a_thousands_comma_is_no_year() -> None:
    assert _figures("The district had recorded 2,019 rural crimes.") == [(2019.0, "count", "unknown")]


def test_a_plain_year_stays_a_year() -> None:
    assert _figures("By 2025 officers will patrol the town daily.") == []


def test_a_count_then_its_change_is_a_rise() -> None:
    found = _figures("There were 400 burglaries, an increase of 31 on last year.")
    assert found[0] == (400.0, "count", "increase")


def test_a_change_in_another_clause_leaves_the_count_alone() -> None:
    found = _figures("Recorded crime stood at 12070 offences although crime in Quarter 2 had seen a decrease of 141"
                     " compared to Quarter 1.")
    assert found[0] == (12070.0, "count", "unknown")


@pytest.mark.parametrize(("line", "direction"), [
    ("Overall crime was virtually unchanged (a rise of 0.4%).", "increase"),
    ("Vehicle crime remained static, down 0.7%.", "decrease"),
])
def test_a_numbers_own_change_beats_the_clause_trend(line: str, direction: str) -> None:
    assert [d for _, u, d in _figures(line) if u == "percent"] == [direction]


def test_a_bare_number_still_takes_the_clause_trend() -> None:
    assert [d for _, u, d in _figures("Overall crime was virtually unchanged at 0.4%.") if u == "percent"] \
        in (["no_change"], ["unknown"])


def test_a_verbless_last_item_shares_the_change_before() -> None:
    found = _figures("Graffiti was down by 21%, shoplifting down by 13% and cycle theft by 9%.")
    assert [(v, d) for v, _, d in found] == [(21.0, "decrease"), (13.0, "decrease"), (9.0, "decrease")]


def test_a_last_item_with_its_own_verb_keeps_it() -> None:
    found = _figures("Graffiti was down by 21% and the detection rate stood at 9%.")
    assert [(v, d) for v, _, d in found] == [(21.0, "decrease"), (9.0, "unknown")]


def test_a_bracketed_prior_period_may_repeat_its_noun() -> None:
    assert _figures("There were 84 calls in the ward (97 calls in last period, Sept – Oct).") == [(84.0, "count", "decrease")]


def test_a_bracket_pointing_to_a_report_is_no_prior_period() -> None:
    assert _figures("There were 84 calls in the ward (see the last period report).") == [(84.0, "count", "unknown")]


def test_fatalities_are_counted() -> None:
    assert _figures("During the quarter there had been three cyclist fatalities.") == [(3.0, "count", "unknown")]


def test_a_fatality_without_a_number_is_no_count() -> None:
    assert _figures("Speeding on the link road was a concern and there had been a recent fatality.") == []
