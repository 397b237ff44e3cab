"""Owner agreement in the evaluation: which owner wordings name the same person or body."""

from __future__ import annotations

import pytest

from minutesai.evaluation import gold_to_summary, score_document
from minutesai.evaluation.matching import owners_agree

TEXT = (
    "Chief Inspector Egan would circulate the ward figures. "
    "The Community Safety Manager would report back on CCTV at the next meeting. "
    "It was noted that a briefing would be arranged."
)

GOLD = {
    "doc": "owners.txt",
    "actions": [
        {"owner": "CI Egan", "action": "circulate the ward figures",
         "quote": "Chief Inspector Egan would circulate the ward figures"},
        {"owner": "Community Safety Manager", "action": "report back on CCTV at the next meeting",
         "quote": "The Community Safety Manager would report back on CCTV at the next meeting"},
        {"owner": None, "action": "arrange a briefing", "quote": "a briefing would be arranged"},
    ],
    "police_sentiment": "neutral",
}


@pytest.mark.parametrize(
    ("gold", "predicted"),
    [
        ("CI Egan", "Chief Inspector Egan"),
        ("Community Safety Manager", "the Community Safety Manager"),
        ("Police", "Kent Police"),
        ("Police and Crime Commissioner / OPCC", "OPCC"),
        ("Chief Inspector", "the Chief Inspector"),
        (None, None),
        ("", None),
    ],
)
def test_owners_that_agree(gold, predicted):
    assert owners_agree(gold, predicted)


@pytest.mark.parametrize(
    ("gold", "predicted"),
    [
        ("CI Egan", "Inspector Marchant"),
        ("Community Safety Manager", "Chair"),
        ("Police", "Superintendent"),
        ("Cllr Smith", "Cllr Jones"),
        ("Community Safety team", None),
        (None, "Chair"),
    ],
)
def test_owners_that_differ(gold, predicted):
    assert not owners_agree(gold, predicted)


def test_owner_accuracy_counts_matched_required_actions_only():
    perfect = gold_to_summary(GOLD, TEXT)
    s = score_document(GOLD, perfect, TEXT)
    assert (s.tally.owner_correct, s.tally.owner_total) == (3, 3)
    assert s.tally.owner_accuracy == 1.0 and s.diff == []

    wrong = perfect.model_copy(deep=True)
    wrong.actions[1].owner = "Chair"
    wrong.actions[2].owner = "Chair"
    s = score_document(GOLD, wrong, TEXT)
    assert s.tally.kinds["actions"].tp == 3  # a wrong owner is still a found action
    assert (s.tally.owner_correct, s.tally.owner_total) == (1, 3)
    assert [d.problem for d in s.diff] == ["owner", "owner"]
    assert "predicted owner Chair" in s.diff[0].what


def test_optional_and_spurious_actions_are_not_owner_scored():
    gold = {**GOLD, "actions": [{**GOLD["actions"][0], "optional": True}]}
    pred = gold_to_summary(GOLD, TEXT)
    s = score_document(gold, pred, TEXT)
    assert s.tally.owner_total == 0 and s.tally.owner_accuracy is None
