"""Who owns an action, for wordings that recur across councils' real minutes (sentences written for the test):
a verb form or a document at the head of a line is nobody ("Working to ...", "the Q2 Report provides ..."),
"Committee members" are people, and a resolution's owner may come after an aside or in a second clause."""

from __future__ import annotations

import pytest

from minutesai.engines.offline.speakers import normalise_owner
from tests.offline_support import actions_short_and_long


@pytest.mark.parametrize("raw", ["Working", "Advised", "Continuing", "Q2 Report", "The Annual Data"])
def test_a_verb_form_or_a_document_is_no_owner(raw: str) -> None:
    assert normalise_owner(raw) is None


@pytest.mark.parametrize("raw", ["Deputy Head of Strategy", "Clerk", "Performance Monitoring Group", "PC Fleming"])
def test_people_and_bodies_stay_owners(raw: str) -> None:
    assert normalise_owner(raw) is not None


def test_a_line_opening_with_a_participle_keeps_its_action_without_an_owner() -> None:
    found = actions_short_and_long("Priorities\nWorking to identify the streets where cycle theft is highest.\nNext item\n")
    assert len(found) == 1 and found[0][0] is None


def test_committee_members_own_what_they_agreed_to_do() -> None:
    text = ("New PCSO\nPCSO Dale was introduced. The Clerk read a letter. It was agreed that Committee members will "
            "meet him in the village hall to agree priorities.\nNext item\n")
    found = actions_short_and_long(text)
    assert len(found) == 1 and found[0][0] == "Committee members"


def test_the_owner_of_a_second_clause_after_noting() -> None:
    text = ("Performance\nFollowing discussion, the Committee agreed to note the report and that the Area Commander "
            "will report to the Committee each quarter on response times.\nNext item\n")
    found = actions_short_and_long(text)
    assert len(found) == 1 and found[0][0] == "Area Commander"


def test_the_owner_after_an_aside() -> None:
    text = ("Reporting\nRESOLVED:\n1. That the report be noted.\n2. That, in consultation with the OPCC, the task group "
            "develop a shorter quarterly summary to be presented to the Panel.\n\nNext item\n")
    found = actions_short_and_long(text)
    assert len(found) == 1 and found[0][0] == "task group"
