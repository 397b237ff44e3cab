"""Clerk styles: flattened action tables, action logs, first-person minutes,
moved-and-seconded motions, reported Q&A and 'Decision:' blocks."""

from __future__ import annotations

from offline_support import actions, decisions

PIPE_TABLE = """4. ANTI-SOCIAL BEHAVIOUR UPDATE

The Board discussed the quarterly ASB dashboard.

Action | Owner | Due
Circulate the ASB dashboard to members | Community Safety Manager | March 2024
Review CCTV coverage in the town centre | Inspector Khan | April 2024
"""


def test_pipe_table_rows_are_actions_with_owner_and_due():
    found = actions(PIPE_TABLE)
    assert [(a.action, a.owner, a.due) for a in found] == [
        ("Circulate the ASB dashboard to members", "Community Safety Manager", "March 2024"),
        ("Review CCTV coverage in the town centre", "Inspector Khan", "April 2024"),
    ]


def test_tab_table_with_row_numbers_and_a_finished_row():
    text = ("ACTION LOG\n\nNo.\tAction\tOwner\tDeadline\tStatus\n"
            "1\tArrange a walkabout of Station Road\tPCSO Lee\t30 April 2024\tOpen\n"
            "2\tWrite to the landlord of 12 Mill Lane\tHousing Officer\tFebruary 2024\tComplete\n")
    found = actions(text)
    assert [(a.action, a.owner, a.due) for a in found] == [("Arrange a walkabout of Station Road", "PCSO Lee", "30 April 2024")]


def test_tab_header_without_number_column_skips_row_numbers():
    text = "Action\tOwner\tDeadline\n1\tShare the knife crime problem profile\tDetective Inspector Shah\tNext meeting\n"
    [a] = actions(text)
    assert (a.owner, a.due) == ("Detective Inspector Shah", "Next meeting")
    assert a.action == "Share the knife crime problem profile"


def test_action_log_numbered_rows_and_heading_is_not_an_owner():
    text = ("ACTION LOG\n\n"
            "1. Circulate the revised PSPO map to ward members – Community Safety Manager – March 2024\n"
            "2. Confirm funding for the youth diversion scheme – Head of Finance – 31 May 2024\n"
            "3. Report on fly-tipping hotspots – Environmental Services – completed\n")
    found = actions(text)
    assert [(a.owner, a.due) for a in found] == [("Community Safety Manager", "March 2024"), ("Head of Finance", "31 May 2024")]
    assert all(a.owner != "LOG" for a in found)
    assert found[0].action == "Circulate the revised PSPO map to ward members"


def test_prose_after_a_table_is_still_read():
    text = PIPE_TABLE + "\n5. POLICE UPDATE\n\nThe Inspector said she would provide the stop and search figures for Hollins ward.\n"
    found = actions(text)
    assert len(found) == 3
    assert found[-1].owner == "Inspector"


FIRST_PERSON = """5. NEIGHBOURHOOD POLICING

We noted the report on neighbourhood policing in the northern wards.

We agreed that the Inspector would circulate the ward priorities to members before the next meeting.

We asked the police to provide a breakdown of burglary figures by ward.
"""


def test_first_person_minutes_give_decisions_and_actions():
    found_decisions = [d.text for d in decisions(FIRST_PERSON)]
    assert found_decisions == [
        "We noted the report on neighbourhood policing in the northern wards",
        "We agreed that the Inspector would circulate the ward priorities to members before the next meeting",
    ]
    found = actions(FIRST_PERSON)
    assert [(a.owner, a.due) for a in found] == [("Inspector", "before the next meeting"), ("Police", None)]
    assert found[1].action == "provide a breakdown of burglary figures by ward"


def test_body_asking_someone_to_act_is_an_action_but_asking_about_is_not():
    text = "3. CCTV\n\nThe Panel asked the Community Safety Manager to review camera coverage on Station Road.\n\nThe Panel asked about the cost of the cameras.\n"
    [a] = actions(text)
    assert (a.owner, a.action) == ("Community Safety Manager", "review camera coverage on Station Road")


def test_moved_and_seconded_motion_is_a_decision_only_when_carried():
    carried = ("6. MOTION ON KNIFE CRIME\n\nIt was moved by Councillor Amis and seconded by Councillor Reid that the Council "
               "adopts the serious violence strategy. On being put to the vote the motion was carried.\n")
    [d] = decisions(carried)
    assert d.text.startswith("It was moved by Councillor Amis") and "serious violence strategy" in d.text
    lost = carried.replace("was carried", "was lost")
    assert decisions(lost) == []


def test_vote_line_without_a_recorded_motion_and_bare_recommendations_agreed():
    text = ("6. MOTION\n\nOn being put to the vote the motion was carried.\n\n"
            "7. CCTV REVIEW\n\nRecommendations agreed.\n\n"
            "8. PCSO FUNDING\n\nThe recommendations in the report were agreed.\n")
    assert [d.text for d in decisions(text)] == [
        "On being put to the vote the motion was carried",
        "Recommendations agreed",
        "The recommendations in the report were agreed",
    ]


QA = """3. POLICE UPDATE

Members asked about response times in rural wards. The Superintendent replied that times had improved and undertook to circulate the latest figures.

The Inspector said she would provide an update on the Operation Sceptre results.

Officers to report back to the next meeting on the PSPO consultation.

The dashboard was noted; officers to report back in March on repeat victims.
"""


def test_reported_questions_and_answers_give_officer_owned_actions():
    found = actions(QA)
    assert [(a.owner, a.due) for a in found] == [
        ("Superintendent", None), ("Inspector", None), ("Officers", "to the next meeting"), ("Officers", "in March"),
    ]
    assert found[0].action == "circulate the latest figures"
    assert found[3].action == "report back in March on repeat victims"


def test_decision_block_with_lettered_items_inline_and_on_lines():
    inline = "9. PLAN\n\nDecision: (a) that the plan be approved; (b) that the Head of Community Safety publish the plan by 30 June 2024.\n"
    assert [d.text for d in decisions(inline)] == ["The plan be approved", "The Head of Community Safety publish the plan by 30 June 2024"]
    [a] = actions(inline)
    assert (a.owner, a.due) == ("Head of Community Safety", "by 30 June 2024")
    lines = ("9. PLAN\n\nDecision:\n(a) That the Community Safety Plan 2024-27 be approved.\n"
             "(b) That the Head of Community Safety be asked to publish the plan by 30 June 2024.\n")
    assert len(decisions(lines)) == 2
    [a] = actions(lines)
    assert a.owner == "Head of Community Safety"
