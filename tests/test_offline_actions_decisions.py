"""Action and decision rules on the layouts UK minutes use."""

from __future__ import annotations

import pytest
from offline_support import actions, decisions

QA = """·       Were the increased costs at the libraries due to rent?

Response:

Colleagues from the libraries team were not present so a response would be provided for the next meeting.

Action: Governance Officer

·       Perhaps the council could consider an accreditation scheme for volunteers.

Response:

The Deputy Head of Strategy stated that national schemes could be considered. He would look into this.

Action: Deputy Head of Strategy
"""


def test_action_marker_after_a_response_takes_the_commitment_and_the_named_owner():
    found = actions(QA)
    assert [(a.owner, a.quote) for a in found] == [
        ("Governance Officer", "a response would be provided for the next meeting"),
        ("Deputy Head of Strategy", "He would look into this"),
    ]
    assert found[0].due == "for the next meeting"


def test_uppercase_action_line_with_owner_and_task():
    text = "Members asked for the data.\n\nACTION – CHIEF INSPECTOR DALEY to circulate stop and search data by ethnicity before the next meeting\n"
    found = actions(text)
    assert len(found) == 1
    assert found[0].owner == "Chief Inspector Daley"
    assert found[0].action.startswith("circulate stop and search data")


@pytest.mark.parametrize(
    "text, owner, quote",
    [
        ("The Commissioner agreed to speak to the Corporate Communications department about promotion.",
         "Commissioner", "The Commissioner agreed to speak to the Corporate Communications department about promotion"),
        ("The Community Safety Manager would circulate details on the reporting centres.",
         "Community Safety Manager", "The Community Safety Manager would circulate details on the reporting centres"),
        ("The Inspector acknowledged the concern. He undertook to raise the matter with the District Commander and report back.",
         "Inspector", "He undertook to raise the matter with the District Commander and report back"),
        ("i. Police to provide value for money data for Automatic Number Plate Recognition technology.",
         "Police", "Police to provide value for money data for Automatic Number Plate Recognition technology."),
        ("It was planned that the email addresses for the ward teams would be refreshed and disseminated to the public.",
         None, "the email addresses for the ward teams would be refreshed and disseminated to the public"),
        ("A Member also requested that he receive a cost breakdown of the CSP (including officer support costs).",
         None, "A Member also requested that he receive a cost breakdown of the CSP (including officer support costs)"),
    ],
)
def test_prose_commitments(text, owner, quote):
    found = actions(text)
    assert len(found) == 1
    assert found[0].quote == quote
    assert found[0].owner == owner


@pytest.mark.parametrize(
    "text",
    [
        "The Committee was asked to review the performance information and make any referrals.",
        "It was reported that the police would have a dedicated Town Centre Team of 21 officers.",
        "The team would welcome the Member's offer of help.",
        "He felt confident that the indicators would show improvement in the next report.",
        "The Chairman asked if there was any way to raise awareness of phone theft.",
        "If the Member did not receive a satisfactory response she could raise the matter again.",
    ],
)
def test_not_actions(text):
    assert actions(text) == []


RESOLVED = """RESOLVED: That

(i) the report be noted;

(ii) the Borough Commander provide a ward-level breakdown of Public Attitude Survey results to the next meeting; and

(iii) a further report on robbery be brought to the Committee in March 2023.

Supporting documents:
"""


def test_roman_numbered_resolution_gives_one_decision_per_item_and_actions_for_work():
    ds = decisions(RESOLVED)
    assert [d.quote for d in ds] == [
        "the report be noted",
        "the Borough Commander provide a ward-level breakdown of Public Attitude Survey results to the next meeting",
        "a further report on robbery be brought to the Committee in March 2023.",
    ]
    acts = actions(RESOLVED)
    assert [a.owner for a in acts] == ["Borough Commander", None]
    assert acts[0].due == "to the next meeting"


def test_received_subject_to_conditions_is_one_decision_with_condition_actions():
    text = """Decision:

That the report be received subject to the following:

(a) That information be sought on internet crime statistics involving North Wales,

(b) That the Police be asked to improve their communication of changes to local Members.

Minutes:
"""
    assert [d.quote for d in decisions(text)] == ["That the report be received subject to the following"]
    acts = actions(text)
    assert len(acts) == 2 and acts[1].owner == "Police"


def test_numbered_agreed_block_stops_at_the_next_agenda_item():
    text = """AGREED:

1. That the update be noted.

2. That the Community Safety Officer arrange a rural crime surgery before the end of January 2023.

80. Review of Licensing Fees PDF 96 KB

The Licensing Manager presented the proposed fees.
"""
    assert [d.text for d in decisions(text)] == [
        "The update be noted",
        "The Community Safety Officer arrange a rural crime surgery before the end of January 2023",
    ]
    acts = actions(text)
    assert [(a.owner, a.due) for a in acts] == [("Community Safety Officer", "before the end of January 2023")]


@pytest.mark.parametrize(
    "text, quote",
    [
        ("RESOLVED - the Q1 and Q2 Reports were noted with no referrals.", "the Q1 and Q2 Reports were noted with no referrals."),
        ("RECEIVED the report of Andrea Clemons, Head of Community Safety.", "the report of Andrea Clemons, Head of Community Safety."),
        ("The minutes of the meeting held on 21 January 2013 were agreed as an accurate record.",
         "The minutes of the meeting held on 21 January 2013 were agreed as an accurate record."),
        ("This item was deferred.", "This item was deferred."),
        ("The bid from the Youth Boxing Project was deferred pending further information.",
         "The bid from the Youth Boxing Project was deferred pending further information."),
        ("That the report be noted.", "That the report be noted."),
        ("It was RESOLVED that the presentation be noted.", "the presentation be noted."),
        ("Members thanked the Inspector.\n\nNOTED", "NOTED"),
    ],
)
def test_single_decisions(text, quote):
    assert [d.quote for d in decisions(text)] == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Apologies for absence were noted.",
        "It was noted that a more detailed breakdown could be obtained from the MOPAC data store.",
        "The Board was pleased to note that the number of burglary offences had decreased.",
        "The Chairman stated that the Q1 Performance Report had already been circulated and was for noting.",
    ],
)
def test_not_decisions(text):
    assert decisions(text) == []


def test_decision_block_repeated_under_minutes_is_reported_once():
    text = ("Decision:\n\nRESOLVED – That the performance report be noted.\n\nMinutes:\n\n"
            "The Lead presented the report.\n\nRESOLVED – That the performance report be noted.\n")
    assert len(decisions(text)) == 1


def test_the_same_action_in_discussion_and_resolution_is_reported_once_with_the_resolution_quote():
    text = ("Ms Stowell had therefore requested that the ASB Co-ordinator work with the police to produce a questionnaire.\n\n"
            "RESOLVED that\n\n1) The ASB Co-ordinator would work with the police to produce a questionnaire.\n")
    found = actions(text)
    assert len(found) == 1
    assert found[0].quote.startswith("The ASB Co-ordinator would work")


def test_bracketed_action_line_takes_the_preceding_commitment():
    text = ("A Member raised concerns about rural crime. The Chief Constable agreed to provide the Panel with a breakdown "
            "of rural crime by district.\n\n(Action: Chief Constable)\n")
    found = actions(text)
    assert [(a.owner, a.quote) for a in found] == [
        ("Chief Constable", "The Chief Constable agreed to provide the Panel with a breakdown of rural crime by district")]


def test_asked_that_someone_does_something():
    found = actions("The Leader praised the team. He asked that officers explore funding for additional CCTV in Market Square.")
    assert [(a.owner, a.action) for a in found] == [("officers", "explore funding for additional CCTV in Market Square")]


def test_authorised_to_act_is_a_decision_and_an_action():
    text = "RESOLVED –\n\n1. That the Director of Communities be authorised to submit the plan to the Home Office by 31 January 2023.\n"
    assert len(decisions(text)) == 1
    assert [a.owner for a in actions(text)] == ["Director of Communities"]


def test_minutes_approved_as_a_correct_record_is_no_action_even_with_a_work_word_in_the_committee_name():
    text = ("Minutes:\n\nThe Minutes of the meeting of the Housing Review and Oversight Committee held on 4 March 2021 "
            "were approved as a correct record.\n")
    assert actions(text) == []
    assert len(decisions(text)) == 1


def test_officer_invited_to_present_the_report_is_this_meetings_business_not_an_action():
    text = ("The Community Safety Manager was invited to present the report, which set out the partnership's progress "
            "on its three priorities over the last year.")
    assert actions(text) == []
    later = actions("The Inspector was invited to present the burglary figures to the next meeting.")
    assert [a.owner for a in later] == ["Inspector"]


def test_someone_replacing_someone_in_a_post_is_news_not_an_action():
    assert actions("Superintendent Amy Clarke would replace Superintendent Ian Moss as District Commander from April.") == []
    kept = actions("The Clerk would replace the damaged notice board as soon as possible.")
    assert [a.owner for a in kept] == ["Clerk"]


def test_what_a_plan_or_a_discussion_would_include_is_not_an_action():
    assert actions("A staffing plan from the force would include provision of more PCSOs in rural wards.") == []
    assert actions("Tonight's discussion, he said, would look at response times and youth disorder.") == []
    kept = actions("The Inspector would look at the parking problems outside the school.")
    assert [a.owner for a in kept] == ["Inspector"]
