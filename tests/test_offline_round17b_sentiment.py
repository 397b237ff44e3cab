"""Round 17b sentiment: an indirect question put as what a body wants to find out ('wanted to consider if trust and
confidence had improved', 'to establish whether', 'queried whether') claims nothing, as 'asked whether' already
did; what follows the question in its own clause still counts."""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates


def labels(text: str) -> list[str]:
    return [a.label for a in extract_candidates(text).sentiment_aspects]


def test_an_indirect_question_claims_nothing() -> None:
    assert labels("A year on the Commission wanted to consider if trust and confidence in the police from the "
                  "community had improved.") == []
    assert labels("The review would establish whether confidence in the police had improved since the spring.") == []
    assert labels("Councillor Ahmed queried whether the new patrols had been effective.") == []


def test_a_verdict_after_the_question_still_counts() -> None:
    assert labels("The Panel looked at whether stop and search had changed, noting that confidence in the police "
                  "had improved markedly.") == ["positive"]
    assert labels("Trust and confidence in the police had improved, the survey showed.") == ["positive"]


def test_officers_lost_are_bad_news_and_officers_added_no_verdict() -> None:
    assert labels("Retirements mean there will be a net loss of approximately 40 officers this year.") == ["negative"]
    assert labels("In the latest precept 78 officers were being brought into the force to increase town centre teams.") == []
