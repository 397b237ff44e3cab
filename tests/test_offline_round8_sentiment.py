"""Round 8 (cross-pool) sentiment, on text written for the test: bullets under 'the following questions raised
on the report:' are questions (written without question marks), not verdicts."""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates
from minutesai.engines.offline.asked_lists import question_items
from minutesai.engines.offline.sentences import split_sentences

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
