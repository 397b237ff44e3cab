"""Decision wordings found missing on real minutes (pool10), tested on sentences written for the test, each alone
and inside a long text: 'It was: Resolved:' (a parish house style), a body named in lower case ('The committee
approved ...'), minutes 'amended, agreed and signed', and the same resolution under two numbered items."""

from __future__ import annotations

import pytest

from tests.offline_support import decisions_short_and_long


@pytest.mark.parametrize("line", [
    "It was: Resolved: that the report be received.",
    "It was: Resolved that the clerk's report be noted.",
    "It was: RESOLVED: that the accounts be approved.",
])
def test_it_was_colon_resolved_is_a_resolution(line: str) -> None:
    text = f"9. Finance\n\nThe Clerk presented the monthly accounts and the bank reconciliation.\n\n{line}\n"
    assert len(decisions_short_and_long(text)) == 1


def test_it_was_colon_before_prose_is_not_a_resolution() -> None:
    text = "8. Police report\n\nIt was: a quiet month, with two thefts from vans reported on the estate.\n"
    assert decisions_short_and_long(text) == []


@pytest.mark.parametrize("line", [
    "The committee approved the Minute of its meeting held on 3 March 2016.",
    "The panel agreed to note the update on the speed watch scheme.",
    "The committee noted the report.",
])
def test_a_body_named_in_lower_case_decides(line: str) -> None:
    text = f"Minutes and police update\n\n{line}\n"
    assert decisions_short_and_long(text) == [line]


def test_lower_case_body_words_in_other_prose_are_not_decisions() -> None:
    text = ("Police update\n\nThe committee room was booked for the next surgery. "
            "The council approved of the new bins, the Sergeant said, in a letter last year.\n")
    assert decisions_short_and_long(text) == []


@pytest.mark.parametrize("line", [
    "The notes were amended, agreed and signed by the Chair.",
    "The minutes of the last meeting were amended and approved.",
    "The minutes of the meeting held on 4 May were amended, agreed and signed as a correct record.",
])
def test_minutes_amended_and_approved(line: str) -> None:
    text = f"Notes of the last meeting\n\n{line}\n"
    assert decisions_short_and_long(text) == [line]


def test_the_same_resolution_under_two_numbered_items_is_two_decisions() -> None:
    text = ("4.1 Planning Committee held on 2 June 2014.\n\n"
            "It was: Resolved: that the report be received.\n\n"
            "4.2 Open Spaces Committee held on 9 June 2014. It was: Resolved: that the report be received.\n\n"
            "5. POLICE MATTERS PCSO Dale gave the monthly crime figures.\n\n"
            "It was: Resolved that the report be received.\n")
    quotes = decisions_short_and_long(text)
    assert len(quotes) == 3
    assert len({text.find(q) for q in quotes}) == 3  # each quote points at its own place


def test_a_resolution_repeated_in_one_item_is_still_one() -> None:
    text = ("6. Anti-social behaviour\n"
            "Decision:\n"
            "RESOLVED that the update be noted.\n"
            "Minutes:\n"
            "The Inspector gave the update and answered questions.\n"
            "RESOLVED that the update be noted.\n")
    assert len(decisions_short_and_long(text)) == 1


def test_reported_speech_that_bullets_are_not_resolutions() -> None:
    text = ("Commissioner's priorities\n\n"
            "The Commissioner outlined his plans. He indicated:\n\n"
            "- that the precept would be set in January; and\n\n"
            "- that he would consider the options for the custody suites over the summer.\n")
    assert decisions_short_and_long(text) == []


def test_that_lines_with_the_body_as_subject_still_resolve() -> None:
    text = ("Police update\n\nRESOLVED:\n\n"
            "1. That the Committee notes the quarterly performance report.\n\n"
            "2. That the Panel considers the custody review at its next meeting.\n")
    assert len(decisions_short_and_long(text)) == 2
