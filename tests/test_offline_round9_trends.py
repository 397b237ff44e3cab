"""Round 9 (cross-pool) number-free trend forms, on sentences written for the test: a term's bracketed abbreviation
between 'the number of X' and its verb ('Police Community Support Officers (PCSOs) had been reduced') leaves the
trend in place; and 'lower / higher than it was' or 'than they had been' compares with the past, a change over time,
while 'than it was in other areas' still compares with somewhere else."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates


def _trends(text: str) -> list[tuple[str, str]]:
    found = extract_candidates(text).figures
    assert all(f.quote in text for f in found)
    return [(f.metric, f.direction) for f in found if f.value is None]


def test_a_bracketed_abbreviation_keeps_the_number_of_trend() -> None:
    assert _trends("The Inspector said the number of Special Constables (SCs) had been reduced.") \
        == [("Special Constables", "decrease")]


def test_a_bracketed_aside_that_is_no_abbreviation_is_no_trend_subject() -> None:
    assert _trends("The number of volunteers (see the appendix to the report) had been reduced.") == []


@pytest.mark.parametrize(("line", "direction"), [
    ("Burglary figures were lower than they had been.", "decrease"),
    ("Shoplifting was higher than it was, the Sergeant said.", "increase"),
    ("Overall the quarter had gone well with vehicle crime lower than it used to be.", "decrease"),
])
def test_than_it_was_is_a_change_over_time(line: str, direction: str) -> None:
    assert [d for _, d in _trends(line)] == [direction]


def test_than_it_was_elsewhere_is_no_change() -> None:
    assert [d for _, d in _trends("Burglary was higher than it was in other areas of the county.")] in ([], ["unknown"])


@pytest.mark.parametrize("line", [
    "There had not been a significant increase in burglary over the summer.",
    "The Inspector said they had not seen a large rise in shoplifting.",
])
def test_a_negation_reaches_past_an_article_and_adjective(line: str) -> None:
    assert [d for _, d in _trends(line)] == ["no_change"]


def test_a_negation_on_another_verb_leaves_the_change() -> None:
    assert [d for _, d in _trends("Members had not expected it, but there had been a large increase in burglary.")] \
        == ["increase"]
