"""Round 8 (cross-pool) sentiment, on text written for the test: bullets under 'the following questions raised
on the report:' are questions (written without question marks), not verdicts; 'one of the safest places' is about
community safety; 'fell short of criminal activity' defines a non-crime incident, it is no verdict."""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates
from minutesai.engines.offline.asked_lists import question_items
from minutesai.engines.offline.sentences import split_sentences
from minutesai.engines.offline.stance import document_sentiment

_BULLETS = ("· Car parks – The problem of anti-social behaviour at night – Is there a need for more police patrols\n"
            "· Wardens – Are there other councils nearby where this is working well\n")


def test_questions_raised_on_the_report_take_no_stance() -> None:
    text = ("The officer led the Committee through the report and responded to the following questions raised on the "
            "report:\n" + _BULLETS)
    assert question_items(text, split_sentences(text))
    assert extract_candidates(text).sentiment_aspects == []


def test_the_same_bullets_under_another_lead_in_are_read() -> None:
    text = "The officer led the Committee through the report, which covered the following areas:\n" + _BULLETS
    assert question_items(text, split_sentences(text)) == set()
    assert extract_candidates(text).sentiment_aspects != []


def test_one_of_the_safest_places_is_read_without_a_police_word() -> None:
    text = "She gave the following report.\n\nAvonshire is one of the safest places to live."
    assert [a.label for a in extract_candidates(text).sentiment_aspects] == ["positive"]


def test_falling_short_of_a_crime_is_a_definition() -> None:
    text = "The Inspector explained that a hate incident was one that fell short of criminal activity but was reported."
    assert not any(a.label == "negative" for a in extract_candidates(text).sentiment_aspects)
    label, _, _ = document_sentiment(text, extract_candidates(text).sentiment_aspects)
    assert label == "neutral"


def test_falling_short_of_the_target_is_still_a_verdict() -> None:
    text = "The Inspector explained that police response times fell short of the target this quarter."
    found = extract_candidates(text)
    assert document_sentiment(text, found.sentiment_aspects, found.figures)[0] == "negative"
