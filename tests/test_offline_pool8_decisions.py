"""Decision wordings met in the eighth set of real minutes, tested on sentences written for the test:
a motion moved and lost in one sentence, and a body noting what it has just discussed. Each runs on
a short text and inside a long one (where the sentence gates apply)."""

from __future__ import annotations

import pytest

from tests.offline_support import decisions_short_and_long


@pytest.mark.parametrize("line", [
    "It was moved and seconded that the grant to the youth club be increased to £2.5k, but the motion was lost on the casting vote.",
    "It was proposed and seconded that the item be deferred and the amendment was defeated.",
])
def test_a_motion_moved_and_lost_in_one_sentence_is_a_decision(line: str) -> None:
    assert len(decisions_short_and_long(f"Community safety grants\n\n{line}\n\nThe Clerk read the correspondence.")) == 1


def test_a_motion_moved_without_an_outcome_is_not_a_decision() -> None:
    assert decisions_short_and_long("Community safety grants\n\nIt was moved and seconded that the grant be increased.\n\nThe Clerk read a letter.") == []


@pytest.mark.parametrize("line", [
    "The Committee discussed the presentation and report and noted the details.",
    "The Panel considered the quarterly performance figures at length and noted the contents.",
])
def test_noting_after_a_discussion_is_a_decision(line: str) -> None:
    assert len(decisions_short_and_long(f"Crime and disorder overview\n\n{line}\n\nThe next item was taken.")) == 1


def test_a_discussion_without_an_outcome_is_not_a_decision() -> None:
    assert decisions_short_and_long("Crime and disorder overview\n\nThe Committee discussed the presentation and asked about knife crime.") == []
