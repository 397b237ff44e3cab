"""Round 6 (cross-pool) figure forms, tested on sentences written for the test: a count given as a range (its lower
bound, as gold annotates ranges), a thousands-separated number followed by a bracket (never read as its first digits),
and a bracketed percentage after a count (quoted with that count)."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates


def _figures(text: str) -> list[tuple[float | None, str, str, str]]:
    found = extract_candidates(text).figures
    assert all(f.quote in text for f in found)
    return [(f.value, f.unit, f.direction, f.quote) for f in found]


@pytest.mark.parametrize(("line", "value"), [
    ("The Sergeant said there were between 40 and 50 shoplifting offences each week.", 40.0),
    ("The district now had roughly 12 to 15 volunteers on the rota.", 12.0),
    ("There were between three and four arrests a night over the festival.", 3.0),
])
def test_a_count_given_as_a_range_takes_its_lower_bound(line: str, value: float) -> None:
    assert [v for v, u, _, _ in _figures(line) if u == "count"] == [value]


@pytest.mark.parametrize(("line", "value", "direction"), [
    ("Vehicle crime had risen from 18 to 27 offences over the quarter.", 27.0, "increase"),
    ("Hate crime had doubled, albeit from a small base of 9 to 18 reports.", 18.0, "increase"),
])
def test_a_change_from_one_number_to_another_is_not_a_range(line: str, value: float, direction: str) -> None:
    assert [(v, d) for v, u, d, _ in _figures(line) if u == "count"] == [(value, direction)]


def test_a_range_name_does_not_leak_into_the_metric() -> None:
    found = extract_candidates("The Inspector estimated 20 to 25 Special Constables were active in the town.").figures
    assert [f.value for f in found] == [20.0]
    assert "to" not in found[0].metric.split() and "20" not in found[0].metric


def test_a_thousands_number_before_a_bracket_keeps_all_its_digits() -> None:
    line = "Recorded incidents had fallen by 2,318 (9%) across the Western Area."
    got = _figures(line)
    assert (2318.0, "count", "decrease") in [(v, u, d) for v, u, d, _ in got]
    assert 2.0 not in [v for v, _, _, _ in got]


def test_a_bracketed_percentage_after_a_count_is_quoted_with_that_count() -> None:
    line = "Recorded incidents had fallen by 2,318 (9%) across the Western Area."
    assert [(v, q) for v, u, _, q in _figures(line) if u == "percent"] == [(9.0, "2,318 (9%)")]


def test_a_bracketed_percentage_after_a_name_keeps_its_clause() -> None:
    # near miss: no count before the bracket, so the quote is not narrowed to it
    line = "Shoplifting (14%) was the largest share of acquisitive crime."
    assert [q for v, u, _, q in _figures(line) if u == "percent"] == ["Shoplifting (14%) was the largest share of acquisitive crime"]
