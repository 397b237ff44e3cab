"""Round 6 (cross-pool) stance: a problem reported as ended ("had quickly stamped out a problem with street drinking",
"the problems ... had now been resolved") is good news; a problem still to be solved, or not solved, stays bad news.
Sentences written for the test."""

from __future__ import annotations

import pytest

from minutesai.engines.offline.stance_lexicon import stance_terms


def _weights(text: str) -> list[float]:
    return [w for s, e, w in stance_terms(text) if text[s:e].lower().startswith("problem")]


@pytest.mark.parametrize("line", [
    "Officers had quickly stamped out what looked like a problem with street drinking.",
    "The parking problems outside the school had now been resolved.",
    "The neighbourhood team had successfully dealt with the problem of fly-tipping behind the shops.",
])
def test_a_problem_said_to_be_ended_is_good_news(line: str) -> None:
    assert _weights(line) and all(w > 0 for w in _weights(line))


@pytest.mark.parametrize("line", [
    "The problem with street drinking was yet to be resolved.",
    "The parking problems outside the school had not been resolved.",
    "There was a growing problem with street drinking in the park.",
])
def test_a_problem_not_ended_stays_bad_news(line: str) -> None:
    assert _weights(line) and all(w < 0 for w in _weights(line))
