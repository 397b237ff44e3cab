"""Trouble in the community that the police are asked about is not a verdict on the police.
Every sentence is written for the test."""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates
from minutesai.engines.offline.stance import document_sentiment


def label_of(text: str) -> str:
    found = extract_candidates(text)
    return document_sentiment(text, found.sentiment_aspects, found.figures)[0]


def test_problems_experienced_on_a_field_and_with_parking_are_not_police_performance() -> None:
    text = ("Cllr Dee Marsh said that she would like to be involved in the talks about the recreation ground.\n\n"
            "PC Sam Hughes and PCSO Amy Reed were also present together with Cllr Marsh in connection with the problems "
            "being experienced on the recreation ground which affected the bowls club and the youth club as well.\n\n"
            "Police Report: PC Hughes reported the action taken since the damage to the pavilion in May. "
            "Problems with regard to parking outside the primary school were referred to, especially with regard to "
            "dangerous practices by those dropping off children. The police were asked to attend at home time.")
    assert label_of(text) == "neutral"


def test_problems_with_the_police_response_are_still_negative() -> None:
    text = "Residents described real problems with the police response to burglaries, which had been poor all year."
    assert label_of(text) == "negative"


def test_problems_at_a_place_are_community_trouble() -> None:
    text = ("Cllr Ward said she would welcome the talks on the park.\n\n"
            "PCSO Kim Ross was present in connection with the problems at the skate park which had worried the "
            "youth club and local residents as well.\n\n"
            "Problems with regard to speeding on the High Street were referred to, especially dangerous driving "
            "late at night. The police were asked to carry out speed checks.")
    assert label_of(text) == "neutral"
