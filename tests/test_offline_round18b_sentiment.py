"""Round 18b sentiment (pool25): a level named before its measure ('low levels of recorded crime', 'high rates of
crime detection') is judged by that measure, read to its head noun ('crime detection' is detection, where more is
better); saying where a crime problem lies ('the problem lay mainly in carrying knives rather than using them') is
about offending, not a verdict on the police."""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates
from minutesai.engines.offline.stance import document_sentiment


def labels(text: str) -> list[str]:
    return [a.label for a in extract_candidates(text).sentiment_aspects]


def document_label(text: str) -> str:
    found = extract_candidates(text)
    return document_sentiment(text, found.sentiment_aspects, found.figures)[0]


def test_a_level_is_judged_by_the_measure_after_of() -> None:
    assert labels("Members were advised that the area continued to be one of the safest places in the UK due to low "
                  "levels of recorded crime and high rates of crime detection.") == ["positive"]
    assert labels("Members were concerned at the high levels of burglary in the rural wards.") == ["negative"]
    assert labels("The Inspector reported low rates of detection for shoplifting.") == ["negative"]


def test_a_level_of_a_measure_without_polarity_gives_no_verdict() -> None:
    assert labels("The report showed high numbers of stop and search in the town centre.") == []


def test_where_a_crime_problem_lies_is_no_verdict_on_the_police() -> None:
    text = ("Data showed that crimes were reducing. The Service Director responded that data could be provided and that "
            "the problem lied mainly in carrying knives and bladed weapons rather than using them.")
    assert document_label(text) in ("positive", "neutral")
    assert document_label("Members said the main issue was with young people congregating in the park. "
                          "Crime had fallen over the year.") in ("positive", "neutral")


def test_a_problem_with_the_police_is_still_a_verdict() -> None:
    assert labels("Members said the problem was with the police response to calls from the estate.") == ["negative"]
