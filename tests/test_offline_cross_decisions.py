"""Decision wordings that recur across councils' real minutes, tested on sentences written for the test:
two sets of minutes approved one after the other in the same words (differing only in their dates),
and minutes resolved to be 'a true reflection' of the meeting. Each runs short and inside a long text."""

from __future__ import annotations

import pytest

from minutesai.engines.offline.decision_repeats import restates
from tests.offline_support import decisions_short_and_long


def test_two_minutes_approved_in_the_same_words_are_two_decisions() -> None:
    text = ("Minutes\n"
            "It was proposed by Councillor R Penn, seconded by Mrs J Abbot and agreed that the minutes of the "
            "meeting of the Forum held on 3 March 2021 be confirmed and signed.\n"
            "It was proposed by Councillor L Shaw, seconded by Mr K Dent and agreed that the minutes of the "
            "special meeting of the Forum held on 24 March 2021 be confirmed and signed.\n"
            "Police update\n")
    assert len(decisions_short_and_long(text)) == 2


def test_a_decision_repeated_in_the_minutes_block_is_one_decision() -> None:
    text = ("7. Anti-social behaviour update\n"
            "Decision:\n"
            "RESOLVED that the update on the 2023/24 anti-social behaviour action plan be noted.\n"
            "Minutes:\n"
            "The Sergeant presented the update and answered questions on the parks.\n"
            "RESOLVED that the update on the 2023/24 anti-social behaviour action plan be noted.\n")
    assert len(decisions_short_and_long(text)) == 1


def test_numbers_decide_a_restatement_but_item_numbers_do_not() -> None:
    same_words = lambda a, b: 100.0  # noqa: E731 - stands in for rapidfuzz's score of two equal word sets
    assert not restates("The minutes of 4 May be signed", "The minutes of 18 May be signed", same_words)
    assert restates("2. The minutes of 4 May be signed", "The minutes of 4 May be signed", same_words)
    assert not restates("Note the report", "Note the report and its three appendices on crime", same_words)


@pytest.mark.parametrize("line", [
    "It was proposed by Cllr Grey, seconded by Cllr Moss and RESOLVED That the circulated minutes were a true reflection of the meeting held on 9 May.",
    "The minutes of the meeting held on 9 May were accepted as an accurate reflection of the discussion.",
])
def test_minutes_resolved_a_true_reflection_are_approved(line: str) -> None:
    assert len(decisions_short_and_long(f"2. Previous minutes\n{line}\n3. Correspondence\n")) == 1


def test_a_true_reflection_of_something_else_is_not_a_decision() -> None:
    text = "Crime figures\nMembers felt the figures were a true reflection of the crime they saw in the village.\nCorrespondence\n"
    assert decisions_short_and_long(text) == []
