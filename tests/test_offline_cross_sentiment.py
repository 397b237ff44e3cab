"""Police-performance sentiment wordings that recur across councils (round 4, cross-pool), on sentences written
for the test: 'issues / matters / areas of concern' name the topics a body deals with, not a verdict."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates
from minutesai.engines.offline.stance import document_sentiment


def _label(text: str) -> str:
    found = extract_candidates(text)
    return document_sentiment(text, found.sentiment_aspects, found.figures)[0]


GOOD = ("The Inspector reported that burglary had fallen by 18% and the Panel congratulated the neighbourhood team "
        "on an excellent set of results.")


@pytest.mark.parametrize("topics", [
    "The partnership consults residents to identify and prioritise issues of concern in relation to policing.",
    "Members of the public may raise matters of concern or interest with the Chairman before the meeting.",
    "An ongoing commitment would be given to targeting activity in strategic areas of concern next year.",
])
def test_topics_of_concern_are_no_verdict(topics: str) -> None:
    assert _label(topics + " " + GOOD) == "positive"


def test_a_matter_of_concern_is_still_a_verdict() -> None:
    text = GOOD + " However the rise in shop theft was a matter of concern, and there was real concern about knife crime."
    assert _label(text) in ("mixed", "negative")
