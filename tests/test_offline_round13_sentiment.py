"""Round 13 (cross-pool) sentiment words, on sentences written for the test.

- 'inadequate' is the lowest HMICFRS PEEL grade and plain criticism elsewhere; 'unsatisfactory' likewise.
- A complaint that there was 'no police response' (or 'no response from the police') is criticism of the
  service; 'no response was needed' or a response from someone else is not.
"""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates


def _labels(text: str) -> list[str]:
    return [a.label for a in extract_candidates(text).sentiment_aspects]


def test_inadequate_and_unsatisfactory_are_criticism() -> None:
    assert _labels("Inspectors graded the force inadequate for responding to the public.") == ["negative"]
    assert _labels("Residents felt the police handling of the burglaries had been unsatisfactory.") == ["negative"]


def test_no_police_response_is_criticism() -> None:
    assert "negative" in _labels("A resident reported a car window smashed and there was no police response.")
    assert "negative" in _labels("The shop reported the theft twice but had no response from the police.")


def test_a_response_from_someone_else_or_none_needed_is_no_verdict() -> None:
    assert "negative" not in _labels("The police had written to the housing association and no response was needed.")
    assert "negative" not in _labels("The police chased the council but there was no response from the highways team.")
