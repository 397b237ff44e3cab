"""Decision and action layouts of UK minutes added for unseen councils' minutes.

Every text here is written for these tests (in the style of ModernGov pages and
PDF minutes), not copied from the gold sets.
"""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates


def found(text: str):
    result = extract_candidates(text)
    for item in [*result.actions, *result.decisions, *result.figures]:
        assert item.quote in text, item.quote
    return result


def decision_quotes(text: str) -> list[str]:
    return [d.quote for d in found(text).decisions]


def test_a_bare_noted_line_is_a_decision_and_does_not_swallow_the_next_heading():
    text = """12.

Community safety update

Minutes:

Sergeant Amy Holt said that rural thefts were being reviewed with the farming community.

NOTED.

13.

Date of next meeting

The next meeting would be on 4 May 2023.
"""
    assert decision_quotes(text) == ["NOTED."]


def test_received_with_a_list_of_points_resolves_the_report_not_the_points():
    text = """RECEIVED the quarterly report presented by Chief Inspector Lowe. Key points:

•  Burglary down 12% on the same quarter last year.
•  Vehicle crime had risen.

The Chair thanked the Chief Inspector.
"""
    quotes = decision_quotes(text)
    assert quotes == ["the quarterly report presented by Chief Inspector Lowe."]
    figures = found(text).figures
    assert {f.metric for f in figures} >= {"burglary", "theft of/from motor vehicle"}


def test_a_resolution_referring_back_to_the_decision_block_is_not_a_second_decision():
    text = """Decision:

(1) That the report be noted.

Minutes:

Members discussed the report at length.

RESOLVED – as set out in the Decision above.
"""
    assert decision_quotes(text) == ["That the report be noted."]


def test_notes_of_the_last_meeting_agreed_and_work_programme_noted():
    text = """1.  NOTES OF THE PREVIOUS MEETING

The notes of the previous meeting held on 3 March were AGREED.

9.  FORWARD PLAN

The Panel noted its forward plan.
"""
    assert decision_quotes(text) == [
        "The notes of the previous meeting held on 3 March were AGREED.",
        "The Panel noted its forward plan.",
    ]
    assert found(text).actions == []  # noting a work programme gives nobody work


def test_a_one_sentence_item_that_the_panel_noted_is_its_decision_but_noted_that_in_discussion_is_not():
    text = """PCP 14/23  COMPLAINTS

The Panel noted that two complaints about the Commissioner had been resolved informally.

PCP 15/23  BUDGET MONITORING

The Panel noted that spending was on budget. Members asked about overtime costs.
"""
    assert decision_quotes(text) == ["The Panel noted that two complaints about the Commissioner had been resolved informally."]


def test_body_agreed_that_someone_acts_is_a_decision_and_an_action():
    text = "The Partnership AGREED that the Community Safety Officer draft a letter to the bus operator about the late-night services."
    result = found(text)
    assert [d.quote for d in result.decisions] == [text]
    assert [a.owner for a in result.actions] == ["Community Safety Officer"]


def test_numbered_paragraphs_carry_a_resolution_with_bracketed_items():
    text = """4.2  The Inspector reported on the work of the rural crime team.

4.3  RESOLVED that

1)  the report be noted; and
2)  the Head of Service be asked to report on CCTV coverage in the market towns in March.

5.  ANY OTHER BUSINESS
"""
    result = found(text)
    assert [d.quote for d in result.decisions] == [
        "the report be noted",
        "the Head of Service be asked to report on CCTV coverage in the market towns in March.",
    ]
    assert [a.owner for a in result.actions] == ["Head of Service"]


def test_two_commitments_in_one_sentence_are_two_actions_with_one_owner():
    text = ("Inspector Rhys Daley said that enquiries were continuing. He undertook to send members the "
            "stop and search figures by ward, and agreed to ask the Licensing Team about the taxi rank.")
    acts = found(text).actions
    assert [(a.owner, a.action) for a in acts] == [
        ("Inspector Rhys Daley", "send members the stop and search figures by ward"),
        ("Inspector Rhys Daley", "ask the Licensing Team about the taxi rank"),
    ]


def test_an_action_marker_closes_its_own_paragraph_only():
    text = """7.  CCTV

Mr Amos said he would circulate the camera locations before the next meeting.

RESOLVED – That the update be noted.

8.  SPEEDWATCH

Ms Dunne reported that volunteers were needed. She would write to the parish councils in June. (Action: Road Safety Officer)
"""
    acts = found(text).actions
    by_quote = {a.quote: a.owner for a in acts}
    assert by_quote == {
        "Mr Amos said he would circulate the camera locations before the next meeting": "Mr Amos",
        "She would write to the parish councils in June": "Road Safety Officer",
    }


def test_a_marker_after_it_was_agreed_names_the_owner_of_that_resolution():
    text = """It was agreed that the youth diversion figures would be brought to the next meeting.

ACTION – INSP. WEBB (31/2022)
"""
    acts = found(text).actions
    assert [(a.owner, a.quote) for a in acts] == [
        ("Insp. Webb", "the youth diversion figures would be brought to the next meeting.")]


def test_finished_action_log_entries_are_not_open_actions():
    text = """Action log:
•  PC Ward to arrange a property marking event – complete.
•  Council to replace the lighting at the underpass – carried forward.
•  Housing to share void property list (Done)
"""
    acts = found(text).actions
    assert [a.owner for a in acts] == ["Council"]


def test_a_meeting_body_meeting_again_is_not_an_action():
    text = "The Chair reminded Members that the Committee would meet on 14 July to consider the draft budget."
    assert found(text).actions == []


def test_a_resolution_conveying_a_view_via_someone_gives_them_the_action():
    text = """RESOLVED that:

(i)  the report be noted; and
(ii)  the Committee's support for a new police post at the station be conveyed to the Commissioner via Ms Akande.
"""
    acts = found(text).actions
    assert [a.owner for a in acts] == ["Ms Akande"]


def test_a_resolution_naming_a_partner_in_apposition_gives_work_to_the_subject():
    text = """RESOLVED that the Community Safety Manager, together with the Fire Service, prepare a joint arson plan for the autumn."""
    acts = found(text).actions
    assert [a.owner for a in acts] == ["Community Safety Manager"]


def test_requested_by_is_not_a_request():
    text = "Superintendent Clare Odell presented the update requested by the Committee in January."
    assert found(text).actions == []


def test_a_prose_request_covered_by_a_later_resolution_is_one_action():
    text = """Councillor Price asked that officer vacancies be reported to the Panel every quarter.

RESOLVED – That the Panel asks for officer vacancies to be reported to it every quarter.
"""
    acts = found(text).actions
    assert len(acts) == 1 and acts[0].quote.startswith("the Panel asks for officer vacancies")


def test_a_body_resolving_to_a_numbered_list():
    text = """The Board RESOLVED to:

1.  note the update; and

2.  ask the Police to report vehicle crime by ward in June.

Supporting documents:
"""
    result = found(text)
    assert [d.quote for d in result.decisions] == ["note the update", "ask the Police to report vehicle crime by ward in June."]
    assert [a.quote for a in result.actions] == ["ask the Police to report vehicle crime by ward in June."]
