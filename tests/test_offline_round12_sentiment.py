"""Round 12 (cross-pool) sentiment forms, on sentences written for the test.

A concern said of a local problem ('rural crime remained a concern', 'speeding was a major concern for residents')
says what worries people, not how well the police work; said of the service ('the 101 service remained a
concern') it stays a verdict. A plan's ambition to be 'one of the safest' boroughs is no good news either.
"""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates
from minutesai.engines.offline.stance import document_sentiment


def _label(text: str) -> str:
    found = extract_candidates(text)
    return document_sentiment(text, found.sentiment_aspects, found.figures)[0]


def test_a_problem_that_remains_a_concern_is_no_verdict_on_the_police() -> None:
    assert _label("Members discussed the ward.\n- Speeding on the bypass remained a major concern.\n") == "neutral"
    assert _label("The Chair said that shed burglaries were a significant concern for residents in the village.") == "neutral"
    assert _label("Members heard that dog fouling remained a concern and would be looked at.") == "neutral"


def test_the_service_remaining_a_concern_is_still_a_verdict() -> None:
    assert _label("Members discussed the ward.\n- The 101 service remained a major concern.\n") == "negative"
    assert _label("The Chair said that police visibility was a significant concern for residents in the village.") == "negative"
    assert _label("The Chair said that the repeat victim rate was a major concern for the panel.") == "negative"


def _aspects(text: str) -> list[str]:
    return [a.label for a in extract_candidates(text).sentiment_aspects]


def test_an_ambition_to_be_among_the_safest_is_no_good_news() -> None:
    assert _aspects("The partnership aimed to make Exeter one of the safest districts in the region.") == []
    assert _aspects("Exeter remained one of the safest districts in the region.") == ["positive"]
