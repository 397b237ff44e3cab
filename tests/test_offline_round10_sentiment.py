"""Round 10 (cross-pool) sentiment forms, on sentences written for the test: 'low level' before a noun names a kind
of crime ('low level ASB'), not how much of it there is, while 'a low level of' is a level; a problem named as what
work is for ('used to resolve problems', 'a plan to tackle the parking problem') is no verdict, while a problem
said to exist still is."""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates
from minutesai.engines.offline.sentiment import judging_terms
from minutesai.engines.offline.stance import document_sentiment
from minutesai.engines.offline.stance_lexicon import stance_terms


def _judged(sentence: str) -> list[tuple[str, float]]:
    return [(sentence[s:e], w) for s, e, w in judging_terms(sentence, 0, stance_terms(sentence))]


def _label(text: str) -> str:
    found = extract_candidates(text)
    return document_sentiment(text, found.sentiment_aspects, found.figures)[0]


def test_low_level_before_a_noun_is_a_kind_of_crime() -> None:
    assert _judged("The neighbourhood team said low level anti-social behaviour was handled by the wardens.") == []


def test_a_low_level_of_crime_is_still_good_news() -> None:
    judged = _judged("The Inspector said there was a low level of anti-social behaviour in the ward.")
    assert [w for _, w in judged] == [1.0]


def test_a_problem_named_as_the_aim_of_work_is_no_verdict() -> None:
    assert _judged("The police team used warning letters to resolve problems with nuisance bikes.") == []
    assert _judged("Officers met residents to help tackle the parking problem outside the school.") == []


def test_a_problem_said_to_exist_is_still_bad_news() -> None:
    judged = _judged("Officers said nuisance bikes remained a problem for the police team on the estate.")
    assert [w for _, w in judged] == [-1.0]


def test_an_item_about_low_level_asb_worked_on_is_not_mixed() -> None:
    text = ("ASB team update\n\nThe Sergeant explained the work of the police ASB team. For low level ASB, warning "
            "letters and mediation were used to resolve problems between neighbours.\n")
    assert _label(text) == "neutral"


def test_an_intensified_verdict_weighs_more() -> None:
    boosted = _judged("The Inspector said the response to 101 calls was much improved this year.")
    plain = _judged("The Inspector said the response to 101 calls was improved this year.")
    assert [w for _, w in boosted] == [1.5]
    assert [w for _, w in plain] == [1.0]


def test_an_intensified_verdict_alone_gives_the_item_a_stance() -> None:
    assert _label("Police update\n\nThe Inspector said the response to 101 calls was much improved this year.\n") == "positive"
    assert _label("Police update\n\nThe Inspector said the response to 101 calls was improved this year.\n") == "neutral"


def test_a_negated_intensified_verdict_is_not_boosted() -> None:
    assert [w for _, w in _judged("The Inspector said the response to 101 calls had not much improved.")] == [-0.75]


def test_concerned_with_means_about_not_worried() -> None:
    assert _judged("The Sergeant met the council officers concerned with the new bypass scheme at the depot.") == []
    assert _judged("The second objective of the police plan was concerned with rural crime.") == []


def test_concerned_about_and_concerns_with_are_still_worries() -> None:
    assert [w for _, w in _judged("Members were concerned about the police response to rural crime.")] == [-1.0]
    assert [w for _, w in _judged("Members raised concerns with the police response to rural crime.")] == [-1.0]


def test_a_level_said_to_remain_low_is_judged_by_its_measure() -> None:
    good = extract_candidates("The Inspector said burglary levels remained low in the ward.\n")
    bad = extract_candidates("The Inspector said the detection rate for burglary remained low in the ward.\n")
    assert [a.label for a in good.sentiment_aspects] == ["positive"]
    assert [a.label for a in bad.sentiment_aspects] == ["negative"]


def test_a_level_that_stayed_the_same_takes_no_stance() -> None:
    found = extract_candidates("The Inspector said burglary levels remained the same in the ward.\n")
    assert found.sentiment_aspects == []


def test_a_concern_responded_to_is_the_reason_for_action_not_a_verdict() -> None:
    assert _judged("Police patrols in the park were increased in response to residents' concerns about speeding.") == []
    assert _judged("The partnership set up a joint response to what was becoming a serious concern for the town.") == []


def test_a_concern_a_response_revealed_is_still_a_worry() -> None:
    judged = _judged("The response to the police survey showed real concern about the visibility of officers.")
    assert [w for _, w in judged] == [-1.5]
    assert [w for _, w in _judged("Members raised concerns about the police response to 999 calls.")] == [-1.0]


def test_areas_of_concern_were_listed_is_a_topic_list() -> None:
    assert _judged("The following local areas of concern were put forward as police priorities: speeding and ASB.") == []


def test_concern_was_expressed_is_still_a_worry() -> None:
    assert [w for _, w in _judged("Concern was expressed about police response times in the rural wards.")] == [-1.0]
