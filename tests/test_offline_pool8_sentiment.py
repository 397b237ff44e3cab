"""Sentiment wordings met in the eighth set of real minutes, tested on sentences written for the test:
a vote's procedure ("the majority was not achieved") and a watch scheme's growth are no verdict on
police performance."""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates
from minutesai.engines.offline.stance import document_sentiment


def _label(text: str) -> str:
    found = extract_candidates(text)
    return document_sentiment(text, found.sentiment_aspects, found.figures)[0]


def test_a_vote_lost_for_want_of_a_majority_is_no_verdict_on_the_police() -> None:
    text = ("The Panel considered the proposed policing budget. It was moved and seconded that the budget be increased "
            "by 2% but the motion fell as the required majority was not achieved.")
    assert _label(text) == "neutral"


def test_targets_not_achieved_by_the_police_are_still_a_concern() -> None:
    text = "The Inspector reported that the burglary and robbery targets had not been achieved this year, which was disappointing."
    assert _label(text) == "negative"


def test_a_watch_scheme_growing_is_not_crime_rising() -> None:
    found = extract_candidates("Farm crime watch continues to grow, with membership increasing across the rural wards.")
    assert [f for f in found.figures if f.direction == "increase"] == []
    assert [a for a in found.sentiment_aspects if a.label == "negative"] == []


def test_crime_growing_is_still_a_trend() -> None:
    found = extract_candidates("Rural crime continues to grow, with thefts of machinery increasing.")
    assert any(f.direction == "increase" for f in found.figures)
