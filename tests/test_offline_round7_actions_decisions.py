"""Round 7 (cross-pool): agenda descriptions above a recorded outcome, the opening items of a meeting, the order of
business and "would look to" promises, tested on sentences written for the test. Each rule has a positive case and a
near miss that must keep its action or decision."""

from __future__ import annotations

import pytest

from tests.offline_support import actions_short_and_long, decisions_short_and_long


@pytest.mark.parametrize(("described", "recorded"), [
    ("To approve the Minutes of the meeting of the Panel held on 3 March 2024, as a correct record.",
     "Resolved: That the Minutes of the meeting of the Panel held on 3 March 2024 be approved and signed by the Chair."),
    ("To agree the Minutes of the Meeting held on 3 March 2024.",
     "The Minutes of the Community Safety Panel held on 3 March 2024 were agreed as a correct record."),
    ("To approve the minutes of the Watch Committee meeting held on 3 March 2024.",
     "Proposed by Councillor Ames and seconded by Councillor Bell, and\nRESOLVED: - That the draft Minutes of the meeting of the "
     "Watch Committee held on 3 March 2024 be confirmed as a true record."),
])
def test_the_agenda_description_above_the_recorded_outcome_is_no_decision(described: str, recorded: str) -> None:
    text = f"Minutes pdf icon PDF 98 KB\n\n{described}\n\n{recorded}\n\nPolicing Update\n\nInspector Patel presented the report.\n"
    found = decisions_short_and_long(text)
    assert len(found) == 1 and described[:25] not in found[0]


def test_a_bare_infinitive_line_with_no_outcome_after_it_stays_a_decision() -> None:
    text = ("Minutes of the previous meeting\n\nTo approve the Minutes of the meeting held on 3 March 2024.\n\n"
            "Policing Update\n\nInspector Patel presented the report on burglary in the town centre.\n")
    found = decisions_short_and_long(text)
    assert any(q.startswith("To approve the Minutes") for q in found)


def test_an_outcome_for_another_object_does_not_make_the_line_a_description() -> None:
    text = ("To approve the Minutes of the meeting held on 3 March 2024.\n\n"
            "The Policing Plan was approved by the Panel.\n")
    found = decisions_short_and_long(text)
    assert any(q.startswith("To approve the Minutes") for q in found)


@pytest.mark.parametrize("line", [
    "Resolved that: the Chair welcomed the members of the public.",
    "Resolved that: members of the Panel introduced themselves to the residents who attended the meeting.",
    "The evacuation procedure was noted.",
    "RESOLVED: That introductions were made.",
])
def test_the_opening_items_of_a_meeting_are_no_decisions(line: str) -> None:
    text = f"1 Welcome\n\n{line}\n\n2 Policing Update\n\nThe Panel noted the report.\n"
    assert decisions_short_and_long(text) == ["The Panel noted the report."]


@pytest.mark.parametrize(("line", "kept"), [
    ("Resolved that: the Panel welcomed the report and the new ward priorities.", "the Panel welcomed the report"),
    ("RESOLVED: That the evacuation procedure be reviewed by the Clerk before the next meeting.", "evacuation procedure be reviewed"),
])
def test_a_welcome_to_a_report_or_work_on_the_procedure_stays(line: str, kept: str) -> None:
    found = decisions_short_and_long(f"1 Policing Update\n\n{line}\n")
    assert any(kept in q for q in found)


@pytest.mark.parametrize("line", [
    "The Chair announced that she would bring forward items 6 and 7 on the agenda, as they were discussed in the order of these minutes.",
    "The Chairman said that Items 9 and 10 would be taken first and the rest in agenda order.",
])
def test_the_order_of_business_is_no_action(line: str) -> None:
    assert actions_short_and_long(f"{line}\n\nThe Inspector presented the crime figures.\n") == []


def test_an_item_brought_to_a_later_meeting_stays_an_action() -> None:
    found = actions_short_and_long("The Clerk would bring forward the report on parking to the next meeting.\n")
    assert len(found) == 1 and "bring forward the report on parking" in found[0][1]


def test_a_would_look_to_promise_is_an_action() -> None:
    text = ("The Commissioner said that the efficiency targets could not be met. A new Policing Minister was now in post and "
            "the Commissioner would look to take that point forward with them.\n")
    found = actions_short_and_long(text)
    assert len(found) == 1 and found[0][1] == "the Commissioner would look to take that point forward with them"


def test_a_scheme_that_would_look_to_reduce_something_is_an_aim() -> None:
    text = "The new scheme would look to reduce repeat burglary in the town centre over the next year.\n"
    assert actions_short_and_long(text) == []


@pytest.mark.parametrize("line", [
    "Councillor Ames stood for the position of Chair and was unanimously voted for by all councillors.",
    "Councillor Ames was voted in as Vice-Chair for the coming year.",
])
def test_an_election_worded_as_a_vote_is_a_decision(line: str) -> None:
    assert decisions_short_and_long(f"2 Election of Chair\n\n{line}\n") == [line]


def test_a_motion_voted_for_is_no_election() -> None:
    line = "The motion to increase the precept was voted for by five members and the Chair abstained."
    assert not any("voted for by five" in q for q in decisions_short_and_long(f"7 Precept\n\n{line}\n"))


def test_the_webcasting_notice_is_no_action() -> None:
    text = "Members were reminded that the meeting was being recorded and would be published on the Council's website.\n"
    assert actions_short_and_long(text) == []


def test_a_recording_someone_will_send_stays_an_action() -> None:
    found = actions_short_and_long("The Clerk would send the recording of the public consultation to all residents.\n")
    assert len(found) == 1 and "send the recording" in found[0][1]


def test_a_resolution_run_into_a_capitals_heading_is_read() -> None:
    text = ("Present: Councillor Ames (Chair), Councillor Bell.\n\n3.1 DRAFT MINUTES OF POLICING COMMITTEE MEETING HELD ON 4 MAY 2024 "
            "It was: AGREED: To approve the draft minutes of the Policing Committee meeting held on 4 May 2024. 3.2 MATTERS ARISING "
            "The Chair reported on the CCTV bid.\n")
    found = decisions_short_and_long(text)
    assert found == ["To approve the draft minutes of the Policing Committee meeting held on 4 May 2024."]


def test_capital_words_in_prose_before_agreed_are_no_heading() -> None:
    text = ("Present: Councillor Ames (Chair), Councillor Bell.\n\nThe Chair said the PCSO and CID TEAMS HAD AGREED: to share "
            "the rota with the Clerk when it was ready.\n")
    assert decisions_short_and_long(text) == []


@pytest.mark.parametrize(("line", "decided"), [
    ("It was resolved to accept the police report.", "to accept the police report."),
    ("It was unanimously agreed to support the bid for a speed camera on Mill Lane.", "to support the bid for a speed camera on Mill Lane."),
    ("It was decided to hold a public meeting on anti-social behaviour in the park.", "to hold a public meeting on anti-social behaviour in the park."),
])
def test_it_was_resolved_to_is_a_resolution(line: str, decided: str) -> None:
    assert decisions_short_and_long(f"5 Police Report\n\n{line}\n") == [decided]


@pytest.mark.parametrize("line", [
    "It was agreed by all present that the meeting had been a useful one.",
    "It was hoped to reopen the front counter at the police station in May.",
])
def test_other_it_was_sentences_are_no_resolution(line: str) -> None:
    assert decisions_short_and_long(f"5 Police Report\n\n{line}\n") == []
