"""The offline engine's document-level police-performance sentiment (stance.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from minutesai import summarise
from minutesai.engines.offline import extract_candidates
from minutesai.engines.offline.stance import document_sentiment
from minutesai.schemas import FoundAspect

SENTIMENT_DIR = Path(__file__).parent / "data" / "sentiment"


def label_of(text: str) -> tuple[str, float, str]:
    found = extract_candidates(text)
    return document_sentiment(text, found.sentiment_aspects, found.figures)


def test_praise_of_another_service_does_not_count_for_the_police() -> None:
    text = (
        "Members praised the housing officers and the estate caretakers for their excellent work. "
        "Members were far less satisfied with the police, whose attendance at case conferences was poor."
    )
    label, score, rationale = label_of(text)
    assert label == "negative"
    assert score < 0
    assert "less satisfied" in rationale


def test_same_praise_of_police_officers_is_positive() -> None:
    label, score, _ = label_of("Members praised the police officers in the town centre team for their excellent work.")
    assert label == "positive"
    assert score > 0


def test_improvement_plan_is_procedural() -> None:
    text = "The Commissioner said that an improvement plan had been agreed with the Chief Constable."
    assert label_of(text)[0] == "neutral"


def test_successful_bid_is_not_police_performance() -> None:
    text = "The proposal followed the successful bid to the Safer Streets Fund for more police patrols."
    assert label_of(text)[0] == "neutral"


def test_hedged_improvement_claims_no_good_news() -> None:
    text = "The Sergeant said the police had seen an improvement, but it was too short-lived to be relied upon."
    assert label_of(text)[0] == "neutral"


def test_members_verdict_without_a_police_word_is_counted() -> None:
    text = "Members were highly critical of the response. Councillor Lang said the PEEL grade was inadequate."
    label, _, rationale = label_of(text)
    assert label == "negative"
    assert "highly critical" in rationale and "inadequate" in rationale


def test_negated_praise_is_not_praise_but_negated_criticism_stays_criticism() -> None:
    assert label_of("Councillor Price said she was not impressed by the police response to the floods.")[0] != "positive"
    text = "Councillor Price said the police response was simply not good enough and residents felt ignored."
    assert label_of(text)[0] == "negative"


def test_a_table_of_measures_does_not_outvote_the_discussion() -> None:
    measures = [FoundAspect(topic=f"measure {i}", label="positive", quote=f"Measure {i} fell by {i + 2}%") for i in range(8)]
    spoken = [
        FoundAspect(topic="response times", label="negative",
                    quote="Members said the police response times were disappointing and a cause for concern"),
    ]
    label, _, _ = document_sentiment("", measures + spoken)
    assert label != "positive"
    label_without_discussion, _, _ = document_sentiment("", measures)
    assert label_without_discussion == "positive"


def test_one_weak_word_is_neutral() -> None:
    aspect = FoundAspect(topic="abstractions", label="negative",
                         quote="The Superintendent said that abstractions had been a problem for the police")
    assert document_sentiment("", [aspect])[0] == "neutral"


def test_lowest_level_of_confidence_is_bad_news() -> None:
    text = ("Public confidence in the police had fallen to 71%, its lowest level since the survey began. "
            "Satisfaction with the police was at its lowest level since 2010.")
    label, score, _ = label_of(text)
    assert label == "negative" and score < 0
    # the same words about a crime are good news
    assert label_of("Burglary in the borough was at its lowest level for a decade, which members welcomed as excellent.")[0] == "positive"


def test_thanks_for_hard_work_alone_is_weak() -> None:
    text = "The Chair thanked the police for their hard work over the summer."
    assert label_of(text)[0] == "neutral"


def _gold_docs() -> list[Path]:
    return sorted(SENTIMENT_DIR.glob("*.txt"))


@pytest.mark.parametrize("path", _gold_docs(), ids=lambda p: p.stem)
def test_authored_stance_styles(path: Path) -> None:
    gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    acceptable = gold.get("acceptable_sentiment") or [gold["police_sentiment"]]
    sentiment = summarise(str(path), engine="offline").police_sentiment
    assert sentiment.label in acceptable, sentiment.rationale
    assert sentiment.rationale.lower().startswith(sentiment.label)
    if sentiment.label == "positive":
        assert sentiment.score > 0
    elif sentiment.label == "negative":
        assert sentiment.score < 0
    elif sentiment.label == "neutral":
        assert sentiment.score == 0


def test_authored_gold_is_sentiment_only_and_loads() -> None:
    from minutesai.evaluation.gold import load_gold_dir

    pairs = load_gold_dir(SENTIMENT_DIR)
    assert len(pairs) >= 10
    labels = {json.loads(p.with_suffix(".json").read_text())["police_sentiment"] for p in _gold_docs()}
    assert labels == {"positive", "negative", "mixed", "neutral"}
