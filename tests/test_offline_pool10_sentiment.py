"""Sentiment wordings met in the tenth set of real minutes, tested on text written for the test: Members
criticising how figures picture an area, and offenders "causing problems", are no verdict on the police."""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates
from minutesai.engines.offline.stance import document_sentiment

_GOOD_NEWS = "Burglary had fallen by 20%, a very welcome improvement. "


def _label(text: str) -> str:
    found = extract_candidates(text)
    return document_sentiment(text, found.sentiment_aspects, found.figures)[0]


def test_criticism_of_how_the_data_pictures_the_town_is_not_about_the_police() -> None:
    text = _GOOD_NEWS + ("Members said some of the figures presented gave a poor impression of the levels of crime in the "
                         "town, which they did not believe reflected the actual situation.")
    assert _label(text) == "positive"


def test_offenders_causing_problems_is_not_about_the_police() -> None:
    text = _GOOD_NEWS + ("Youth calls are down, and this could be because a group of youths who were coming into the "
                         "estate and causing problems no longer have any links with the area.")
    assert _label(text) == "positive"


def test_a_poor_picture_of_the_police_still_counts() -> None:
    text = _GOOD_NEWS + "Members said the figures gave a poor picture of the police response to burglary, which had been poor."
    assert _label(text) == "mixed"


def test_poor_policing_causing_problems_still_counts() -> None:
    text = _GOOD_NEWS + "Members said the poor police response to burglary was causing problems for victims."
    assert _label(text) == "mixed"
