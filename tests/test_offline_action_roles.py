"""Sentences that describe roles, ways of working or the agenda item are not actions; promises in a
'Response:' block and first-person answers are, owned by the officer. Every sentence is written for the test."""

from __future__ import annotations

from tests.offline_support import actions


def test_staff_who_will_now_work_alongside_others_is_not_an_action() -> None:
    text = "Following the new funding, 14 PCSOs will now work alongside the two Sergeants and the ward beat officers."
    assert not actions(text)


def test_work_alongside_without_now_is_not_an_action() -> None:
    assert not actions("The Inspector said the new schools officer would work alongside the youth service team.")


def test_team_that_will_look_at_ways_to_solve_problems_is_not_an_action() -> None:
    assert not actions("Neighbourhood Teams will look at ways to tackle problems by working with schools, housing and parents.")


def test_a_named_officer_who_will_look_at_ways_is_still_an_action() -> None:
    found = actions("Sergeant Patel will look at ways to reduce the parking problems outside the primary school.")
    assert len(found) == 1


def test_hoped_for_posts_in_a_relative_clause_are_not_an_action() -> None:
    text = ("There would hopefully be money from the Commissioner next year for three new wardens "
            "who would visit the shops in the town centre each week.")
    assert not actions(text)


def test_agenda_preamble_to_give_members_the_presentation_is_not_an_action() -> None:
    text = "Assistant Chief Constable Dana Whitfield to give members the yearly presentation on the force's performance."
    assert not actions(text)


def test_attend_to_introduce_the_paper_is_not_an_action() -> None:
    text = ("Superintendent Omar Hale has provided a briefing note on rural crime. Superintendent Hale will attend to "
            "introduce the note and to answer questions from members of the panel.")
    assert not actions(text)


def test_presentation_at_a_later_meeting_is_still_an_action() -> None:
    assert len(actions("Inspector Grey to give members a presentation on knife crime at the next meeting.")) == 1


def test_response_block_promise_to_take_details_and_report_back() -> None:
    text = ("(ii) A Councillor said residents had waited two hours for officers after a break-in on Mill Lane.\n\n"
            "Response: Sergeant Amy Cole was sorry to hear of the delay, she would take the details after the meeting "
            "and report back to the Councillor.")
    found = actions(text)
    assert len(found) == 1
    assert found[0].owner == "Sergeant Amy Cole"
    assert "take the details" in found[0].quote


def test_first_person_answer_is_owned_by_the_officer_the_questions_went_to() -> None:
    text = ("Three questions had been sent to Inspector Rob Lane before the meeting, and he replied as follows:\n\n"
            "Q1 Could you bring the latest speed survey results?\n\n"
            "Ans. “I will bring the survey results to the next meeting.”")
    found = actions(text)
    assert len(found) == 1
    assert found[0].owner == "Inspector Rob Lane"


def test_however_starts_a_new_clause_for_a_promise() -> None:
    text = ("Calls about mental health had risen however, the Sergeant would send members the new referral "
            "guidance by the end of the month.")
    found = actions(text)
    assert len(found) == 1
    assert found[0].quote.startswith("the Sergeant would send")


def test_agenda_preamble_to_give_the_annual_presentation_is_not_an_action() -> None:
    assert not actions("Chief Constable Amy Ward to give the annual presentation on policing in the county.")


def test_in_attendance_to_present_the_report_is_not_an_action() -> None:
    assert not actions("Superintendent Cole will be in attendance to present the report and answer questions.")


def test_staff_who_will_now_be_based_somewhere_is_not_an_action() -> None:
    assert not actions("Two PCSOs will now be based at the library on Tuesdays and Thursdays.")


def test_a_named_officer_in_a_who_clause_still_promises() -> None:
    found = actions("Members thanked Inspector Lowe, who would circulate the updated figures before the next meeting.")
    assert len(found) == 1
