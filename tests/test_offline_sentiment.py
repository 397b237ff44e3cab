"""Police-performance sentiment: polarity table, stance lexicon, overall label."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates
from minutesai.engines.offline.sentiment import figure_stance, stance_terms
from minutesai.engines.offline.stance import document_sentiment
from minutesai.schemas import FoundAspect, FoundFigure


def fig(metric: str, direction: str, quote: str = "x", unit: str = "percent") -> FoundFigure:
    return FoundFigure(metric=metric, value=None, unit=unit, direction=direction, period=None, area=None,
                       comparator=None, quote=quote)


@pytest.mark.parametrize(
    "metric, direction, stance",
    [
        ("burglary", "decrease", 1.0),  # less crime: good news
        ("burglary", "increase", -1.0),
        ("detection / positive outcome rate", "increase", 1.0),  # more detections: good news
        ("confidence / satisfaction", "decrease", -1.0),
        ("hate crime", "increase", 0.0),  # ambiguous: may be more confidence in reporting
        ("domestic abuse", "decrease", 0.0),
        ("stop and search", "decrease", 0.0),  # contested, not scored
        ("burglary", "no_change", 0.0),
    ],
)
def test_direction_is_read_through_the_metric_polarity(metric, direction, stance):
    assert figure_stance(fig(metric, direction)) == stance


def test_not_seeing_a_reduction_is_bad_news_for_crime():
    f = fig("total notifiable offences", "no_change", "the Borough had not seen the reduction in car and property crimes")
    assert figure_stance(f) == -1.0


def test_rank_wording_decides_rank_stance():
    assert figure_stance(fig("confidence / satisfaction", "decrease", "dropped from quartile three to quartile four", "rank")) == -1.0
    assert figure_stance(fig("ASB", "unknown", "the 8th lowest rate of ASB in London", "rank")) == 1.0


@pytest.mark.parametrize(
    "text, sign",
    [
        ("The responses to the public attitude survey were disappointing.", -1),
        ("Race and hate crime had seen a 17% increase which was frustrating and a cause for concern.", -1),
        ("The Member congratulated the Community Safety Team on their work.", 1),
        ("Members commended the excellent work of the partnership.", 1),
        ("The police needed to improve the way they communicated with the public.", -1),  # admitted shortfall
        ("This had not been effective.", -1),
    ],
)
def test_stance_words(text, sign):
    total = sum(w for *_, w in stance_terms(text))
    assert total * sign > 0


@pytest.mark.parametrize(
    "text",
    [
        "A Member asked how overall performance could be improved.",  # a wish, not an achievement
        "The team had been actively encouraging people to report ASB.",  # a verb, not praise
        "The Chairman welcomed the Community Safety Manager to the meeting.",  # procedure
        "Police to provide value for money data for ANPR technology.",  # a request
        "There had been an increase in violence and abuse offences.",  # crime words carry no stance
    ],
)
def test_no_stance(text):
    assert sum(abs(w) for *_, w in stance_terms(text)) == 0


def aspect(label: str, quote: str = "burglary fell") -> FoundAspect:
    return FoundAspect(topic="burglary", label=label, quote=quote)


def overall_sentiment(aspects: list[FoundAspect], text: str = "") -> tuple[str, float, str]:
    return document_sentiment(text, aspects)


def test_overall_label_rules():
    assert overall_sentiment([])[0] == "neutral"
    assert overall_sentiment([aspect("mixed")])[0] == "neutral"  # ambiguity alone is no stance
    label, score, rationale = overall_sentiment([aspect("positive"), aspect("positive"), aspect("negative")])
    assert label == "mixed" and score > 0 and "burglary" in rationale
    label, score, _ = overall_sentiment([aspect("positive")] * 4)
    assert label == "positive" and score > 0
    label, score, _ = overall_sentiment([aspect("negative", "The figures were disappointing")])
    assert label == "negative" and score < 0


def test_rationale_names_what_drove_the_label():
    text = ("Superintendent Brittain stated that race and hate crime had seen a 17% increase which was frustrating and a "
            "cause for concern.\n\nThe responses to the public attitude survey were disappointing.\n\n"
            "The Board was pleased to note that the number of burglary offences had decreased.\n")
    aspects = extract_candidates(text).sentiment_aspects
    label, score, rationale = overall_sentiment(aspects, text)
    assert label in ("negative", "mixed") and score < 0  # two concerns against one piece of good news
    assert "disappointing" in rationale and "burglary" in rationale


def test_procedural_minutes_are_neutral():
    text = ("The Chair welcomed members to the meeting. Apologies for absence were noted.\n\n"
            "The minutes of the meeting held on 2nd July 2012 were signed as a true and accurate record.\n\n"
            "In July 2012 there had been 1,284 Stop and Searches and 882 Stop & Accounts in the borough.\n")
    label, score, _ = overall_sentiment(extract_candidates(text).sentiment_aspects, text)
    assert (label, score) == ("neutral", 0.0)
