"""Action wordings that recur across councils' real minutes, tested on sentences written for the test:
note-form lines ("Posters to be displayed in the library."), "Used to work in ..." (an idiom, not
"X to do Y"), and the chair's housekeeping ("asked that mobile phones be switched off"), which is no action.
Each runs on a short text and inside a long one (where the sentence gates apply)."""

from __future__ import annotations

import pytest

from tests.offline_support import actions_short_and_long, decisions_short_and_long


@pytest.mark.parametrize("line", [
    "Copies of the new speeding leaflet to be distributed to every household in Mill Lane.",
    "Details of the drop-in surgeries to be advertised on the village notice boards.",
    "Speed indicator device to be installed on the B4020 before the summer.",
])
def test_a_note_form_line_is_an_action_without_an_owner(line: str) -> None:
    found = actions_short_and_long(f"Road safety\n{line}\nThe next item was taken.\n")
    assert len(found) == 1 and found[0][0] is None and found[0][1].startswith(line[:20])


@pytest.mark.parametrize("line", [
    "Date of the next meeting to be confirmed.",
    "To receive a presentation on hate crime to be given by the Partnership Manager.",
    "The Treasurer submitted a statement which enabled consideration to be given to the grant.",
    "Items to be discussed at the next meeting.",
])
def test_agenda_diary_and_narrative_lines_are_not_note_form_actions(line: str) -> None:
    assert actions_short_and_long(f"Road safety\n{line}\nThe next item was taken.\n") == []


@pytest.mark.parametrize("line", [
    "Used to work in the Youth Offending Service and now volunteers with the Street Pastors.",
    "Going to be a difficult winter for the response teams, the Sergeant said.",
    "PT: Used to chair the Neighbourhood Watch and now runs the youth club.",
])
def test_an_idiom_with_to_is_not_an_owner_and_a_task(line: str) -> None:
    assert actions_short_and_long(f"Introductions\n{line}\nThe next item was taken.\n") == []


@pytest.mark.parametrize("line", [
    "The Chair opened the meeting, asked that all mobile phones be switched off and that all questions be addressed through the chair.",
    "The Chairman asked that phones be put on silent.",
])
def test_the_chairs_housekeeping_is_not_an_action(line: str) -> None:
    assert actions_short_and_long(f"Welcome\n{line}\nApologies were received from Cllr Ward.\n") == []


def test_a_request_beside_the_housekeeping_stays_an_action() -> None:
    found = actions_short_and_long("Welcome\nThe Chair asked that phones be switched off and that the Clerk circulate the police report to members.\nApologies.\n")
    assert len(found) == 1


def test_a_note_form_resolution_item_is_an_action_and_a_decision() -> None:
    text = ("Police update\nRESOLVED – That:\n\n1. The police update be noted.\n\n"
            "2. Copies of the surgery leaflet to be displayed in the community centre.\n\nCorrespondence\n")
    found = actions_short_and_long(text)
    assert [q for _, q in found] == ["Copies of the surgery leaflet to be displayed in the community centre."]
    assert len(decisions_short_and_long(text)) == 2


def _page(description: str, minutes: str) -> str:
    return f"Agenda item\n\nNeighbourhood policing update\n\n{description}\n\nMinutes:\n\n{minutes}\n"


@pytest.mark.parametrize("description", [
    "To receive the quarterly update from the Chief Inspector.\n\nA written briefing will be circulated on the new shift pattern.",
    "Sergeant Amy Cole to attend to talk about speeding in the village.",
])
def test_a_promise_in_the_agenda_description_is_not_an_action(description: str) -> None:
    found = actions_short_and_long(_page(description, "The Sergeant explained the new shift pattern and answered questions."))
    assert found == []


def test_the_same_promise_in_the_minutes_stays_an_action() -> None:
    found = actions_short_and_long(_page("To receive the quarterly update from the Chief Inspector.",
                                         "The Chief Inspector said a written briefing would be circulated on the new shift pattern."))
    assert len(found) == 1


def test_a_decision_block_above_the_minutes_line_keeps_its_actions() -> None:
    text = _page("Decision:\n\nRESOLVED that the Inspector provide a breakdown of the burglary figures by ward.",
                 "The Inspector presented the report.")
    assert len(actions_short_and_long(text)) == 1


def test_being_asked_to_do_work_is_an_action() -> None:
    found = actions_short_and_long("Performance\nThe Constabulary were being asked to prepare improvement plans for each district.\nNext item.\n")
    assert len(found) == 1 and found[0][0] == "Constabulary"
