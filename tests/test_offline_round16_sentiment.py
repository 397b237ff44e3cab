"""Police-performance sentiment wordings met in the sixteenth round's real minutes, tested on text written for the
test: a problem the police were quick to deal with, a problem a place does not have."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates
from minutesai.engines.offline.stance_lexicon import stance_terms


def _weights(sentence: str) -> list[float]:
    return [w for s, e, w in stance_terms(sentence) if sentence[s:e].lower().startswith("problem")]


@pytest.mark.parametrize("sentence", [
    "The Police were aware of some problems such as shed break-ins and they were quick to deal with them.",
    "There had been problems with off-road bikes on the estate but officers were very quick to respond to them.",
])
def test_problem_dealt_with_quickly_is_good_news(sentence: str) -> None:
    assert _weights(sentence) and all(w > 0 for w in _weights(sentence))


@pytest.mark.parametrize("sentence", [
    "CI Foster responded that the data showed that Faversham did not experience the same problems as other parts"
    " of Swale.",
    "The village had not seen any significant problems with shoplifting this year.",
])
def test_problem_a_place_does_not_have_is_no_verdict(sentence: str) -> None:
    assert _weights(sentence) == []


@pytest.mark.parametrize("sentence", [
    "There were problems with drug dealing in the park and residents felt the police were not quick to deal with them.",
    "Residents reported problems with speeding on the High Street.",
    "The ward experienced the same problems as other parts of the town.",
])
def test_problems_still_bad_news(sentence: str) -> None:
    assert _weights(sentence) and all(w < 0 for w in _weights(sentence))


def test_quick_response_aspect_positive() -> None:
    aspects = extract_candidates("The Police were aware of some problems such as shed break-ins and they were quick to"
                                 " deal with them.").sentiment_aspects
    assert [a.label for a in aspects] == ["positive"]
