"""Round 6 (cross-pool): standard UK agenda forms and ModernGov page furniture in actions and decisions, tested on
sentences written for the test. Each rule has a positive case and a near miss that must keep its action or decision."""

from __future__ import annotations

import pytest

from tests.offline_support import FILLER, actions, actions_short_and_long, decisions_short_and_long


def _item_page(title: str, first: str, rest: str) -> str:
    return f"Agenda item\n\n{title}\n\n{first}\n\n{rest}\n"


_MINUTES = ("The Chair welcomed Inspector Patel, who presented the quarterly figures. Members asked about burglary in "
            "the town centre and the Inspector explained the recent arrests.")


@pytest.mark.parametrize("first", [
    "Greendale Police to provide a written report. Inspector Patel and the neighbourhood team to be in attendance.",
    "The Area Coordinator will submit a report (Document “K”) which gives an update on the work of the neighbourhood team.",
    "Verbal update to be provided at the meeting by Inspector Patel.",
])
def test_the_description_under_an_item_page_title_is_no_action(first: str) -> None:
    text = _item_page("Greendale Policing Report - April to June 2024:", first, _MINUTES)
    assert actions(text) == []
    assert all(first[:30] not in a.quote for a in actions(text + "\n" + FILLER))  # a long page: the same


def test_a_promise_in_the_minutes_of_an_item_page_stays() -> None:
    text = _item_page("Greendale Policing Report:", "Greendale Police to provide a written report.",
                      _MINUTES + " The Inspector agreed to circulate the burglary figures for each ward after the meeting.")
    found = actions(text)
    assert len(found) == 1 and "circulate the burglary figures" in found[0].quote


def test_a_first_paragraph_that_records_the_meeting_keeps_its_action() -> None:
    first = "The Inspector presented the report and said that officers would visit every shop in the precinct by June."
    found = actions(_item_page("Greendale Policing Report:", first, _MINUTES))
    assert len(found) == 1 and "would visit every shop" in found[0].quote


def test_a_description_paragraph_without_a_page_heading_is_not_dropped() -> None:
    text = "Greendale Policing Report\n\nGreendale Police to provide a written report on burglary.\n\n" + _MINUTES + "\n"
    found = actions(text)
    assert len(found) == 1 and "to provide a written report" in found[0].quote


@pytest.mark.parametrize("line", [
    "Members of the Council are invited to identify any disclosable pecuniary, other pecuniary or non-pecuniary interests "
    "relevant to the items on the agenda.",
    "Councillors are requested to declare any personal or prejudicial interests in items on this agenda.",
    "To note any items which the Chair has agreed to add to the agenda on the grounds of urgency.",
])
def test_declarations_of_interest_and_urgent_business_are_no_actions(line: str) -> None:
    assert actions_short_and_long(f"Preliminaries\n{line}\nThe next item was taken.\n") == []


@pytest.mark.parametrize("line", [
    "Members asked the Inspector to identify the streets with most interest from burglars and report back in March.",
    "The Clerk was asked to write to the Chief Constable as a matter of urgency about the closure of the front counter.",
])
def test_work_that_mentions_interest_or_urgency_stays_an_action(line: str) -> None:
    assert len(actions_short_and_long(f"Policing\n{line}\nThe next item was taken.\n")) == 1


def test_a_noting_recommendation_in_the_present_tense_gives_no_work() -> None:
    text = ("Recommended -\n\n(1) That the Greendale Area Committee notes the work undertaken by the Neighbourhood Policing "
            "Team from April to July that contributed to the ward plans.\n\nThe next item was taken.\n")
    assert actions_short_and_long(text) == []


def test_a_noting_recommendation_that_also_asks_for_work_is_an_action() -> None:
    text = ("RESOLVED -\n\n(1) That the Greendale Area Committee notes the work undertaken by the team and asks the "
            "Inspector to report on shoplifting to the next meeting.\n\nThe next item was taken.\n")
    assert len(actions_short_and_long(text)) == 1


def test_an_agenda_title_with_its_attachment_size_is_no_decision() -> None:
    text = ("362.\n\nTo take the minutes of the meeting held on 4 March 2024 as a correct record and authorise the chairman "
            "to sign. pdf icon PDF 238 KB\n\nMinutes:\n\nResolved - That the minutes of the meeting held on 4 March 2024 be "
            "taken as read and signed by the chairman.\n")
    quotes = decisions_short_and_long(text)
    assert len(quotes) == 1 and quotes[0].startswith("the minutes of the meeting held on 4 March")


def test_a_minutes_approval_without_an_attachment_size_stays_a_decision() -> None:
    text = "5. Minutes\n\nThe minutes of the meeting held on 4 March 2024 were agreed as a correct record.\n"
    assert len(decisions_short_and_long(text)) == 1


@pytest.mark.parametrize("row, who", [
    ("Appointment of Chair for 2024/2025 Minutes: RESOLVED: That Councillor Ann Lee be appointed as Chairman for this "
     "Committee for 2024/2025.", "Councillor Ann Lee be appointed as Chairman"),
    ("To approve the minutes of the last meeting. Minutes: RESOLVED: That the minutes of the meeting held on 2 May be "
     "approved as a correct record.", "the minutes of the meeting held on 2 May be approved"),
])
def test_a_resolution_after_an_inline_minutes_label_is_a_decision(row: str, who: str) -> None:
    quotes = decisions_short_and_long(f"No. | Item |\n---|---|\n{row}\n|\n")
    assert any(q.startswith(who) for q in quotes) and not any(q.startswith("Minutes:") for q in quotes)


def test_an_inline_minutes_label_before_narrative_gives_no_decision() -> None:
    row = "Police update Minutes: Resolving the parking problem near the school was discussed at length by Members."
    assert decisions_short_and_long(f"No. | Item |\n---|---|\n{row}\n|\n") == []


@pytest.mark.parametrize("line, words", [
    ("The Inspector said the weekend operations against anti-social behaviour had gone well and would be repeated in August.",
     "would be repeated"),
    ("The Commissioner confirmed that the Panel's comments on the draft plan would be incorporated into the final version.",
     "would be incorporated"),
    ("Officers would be reintroduced to the PACT meetings in each ward.", "would be reintroduced"),
])
def test_a_passive_promise_with_a_verb_of_renewed_work_is_an_action(line: str, words: str) -> None:
    found = actions_short_and_long(f"Policing\n{line}\nThe next item was taken.\n")
    assert len(found) == 1 and words in found[0][1]


def test_a_conditional_passive_is_no_promise() -> None:
    line = "If funding allowed, the weekend operation would be repeated in August."
    assert actions_short_and_long(f"Policing\n{line}\nThe next item was taken.\n") == []


def test_two_reported_promises_joined_by_and_that_are_two_actions() -> None:
    line = ("Inspector Patel said that he would send the list of ward PCSOs to all Members and that officers would be "
            "reintroduced to PACT meetings.")
    quotes = [q for _, q in actions_short_and_long(f"Policing\n{line}\nThe next item was taken.\n")]
    assert len(quotes) == 2 and quotes[0].endswith("to all Members") and quotes[1].startswith("officers would be reintroduced")


def test_and_that_without_a_new_promise_does_not_cut_the_action() -> None:
    line = "Inspector Patel said that he would send the list of ward PCSOs and that would cover every ward in the town."
    quotes = [q for _, q in actions_short_and_long(f"Policing\n{line}\nThe next item was taken.\n")]
    assert len(quotes) == 1 and quotes[0].endswith("every ward in the town")
