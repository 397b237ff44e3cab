"""Sentiment wordings met in the fifteenth round's real minutes, tested on text written in the same style: trouble
in the community called 'the main problem in' a place, 'problems referred in to the service' or 'local problems'
(no verdict on the police), a target 'which was achieved', and 'in the first place' (an idiom, not a rank)."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates
from minutesai.engines.offline.stance import document_sentiment


def _label(text: str) -> str:
    found = extract_candidates(text)
    return document_sentiment(text, found.sentiment_aspects, found.figures)[0]


def test_the_main_problem_in_a_town_is_no_verdict_on_the_police() -> None:
    text = ("Crime in the town was down by 8% on last year and assaults had fallen by 31%. Last year shed burglaries "
            "were the main problem in the town and the partnership supported work to stop burglary. Members welcomed "
            "the progress made.")
    assert _label(text) == "positive"


@pytest.mark.parametrize("text", [
    "The team of officers investigates higher priority issues and problems referred in to the service.",
    "The Inspector described the monthly online meeting where residents could raise local problems.",
    "Anti-social behaviour was the biggest problem facing the estate, the Sergeant said.",
])
def test_community_problems_are_no_criticism(text: str) -> None:
    assert _label("Members praised the officers for their hard work over the summer. " + text) == "positive"


def test_problems_with_the_police_service_still_count() -> None:
    text = ("Members said there were serious problems with the police response to calls and they were very "
            "disappointed with the 101 service.")
    assert _label(text) == "negative"


def test_a_target_which_was_achieved_is_good_news() -> None:
    text = ("The partnership had set a target reduction of 17.5% in total crime by April 2008, which was achieved. "
            "Burglary was down by 12% on last year.")
    assert _label(text) == "positive"


def test_in_the_first_place_is_no_rank() -> None:
    found = extract_candidates("Early action is crucial, as prevention in the first place prevents escalation.").figures
    assert found == []


def test_first_place_in_a_league_is_still_a_rank() -> None:
    found = extract_candidates("The force was now in first place in its most similar group for burglary.").figures
    assert [(f.value, f.unit) for f in found] == [(1.0, "rank")]
