"""General rules, pass 4, from the layouts of published UK minutes (ModernGov decision lists, ward panel
notes, scrutiny items). Every sentence here is written for the test in the style of such minutes."""

from __future__ import annotations

import pytest

from tests.offline_support import actions, decisions


def test_a_short_noting_item_does_not_swallow_a_longer_item_that_shares_its_words() -> None:
    text = ("Decision:\nThe Panel resolved:-\n(i) to note the report;\n"
            "(ii) to note residents' concern about speeding on the ring road and to ask the Area Commander to bring "
            "a report on average-speed cameras to the meeting in March; and\n(iii) to note the update.\n")
    quotes = [d.quote for d in decisions(text)]
    assert any(q.startswith("to note residents' concern") for q in quotes)
    assert "to note the report" in quotes


def test_work_in_a_noting_item_is_quoted_from_the_request() -> None:
    text = ("Decision:\nThe Committee resolved:-\n(i) to note the report; and\n"
            "(ii) to note that the partnership was reviewing its hate crime reporting centres and to request that the "
            "Chief Officer – Housing, liaise with ward members on new locations.\n")
    found = [a for a in actions(text) if "liaise" in a.quote]
    assert len(found) == 1
    assert found[0].quote.startswith("to request that the Chief Officer – Housing, liaise")
    assert found[0].owner == "Chief Officer – Housing"


def test_long_resolution_action_is_quoted_up_to_a_clause_boundary() -> None:
    tail = ("in connection with an earlier request which sought a split of the victim and offender figures by age "
            "group and by gender so that members could see the pattern in each ward rather than a single figure")
    text = f"Decision:\nThe Committee resolved:-\n(i) to request that the Divisional Commander report back to the meeting in June, {tail};\n"
    found = actions(text)
    assert len(found) == 1
    assert found[0].quote == "to request that the Divisional Commander report back to the meeting in June"
    assert tail[:40] in found[0].action  # the action text keeps the detail; the quote points at the promise


def test_owner_named_with_a_division_in_commas() -> None:
    text = ("RESOLVED:\n(i) to note the update; and requests Superintendent Alan Reid, South Division, Police Scotland bring "
            "a report on the new powers to the meeting on 3 March.\n")
    found = [a for a in actions(text) if "Reid" in a.quote]
    assert len(found) == 1 and found[0].owner == "Superintendent Alan Reid"
    assert found[0].quote.startswith("requests Superintendent Alan Reid")


def test_assurance_without_an_object_is_a_promise() -> None:
    text = ("Q2. Councillor Patel said the online reporting form had been failing.\n"
            "A. The Inspector accepted that the form had been faulty and assured that it would be repaired by the end "
            "of the month.\n")
    found = actions(text)
    assert len(found) == 1 and found[0].quote.startswith("it would be repaired by the end of the month")


def test_and_said_opens_the_clause_of_a_promise() -> None:
    text = ("The Community Safety Manager said a resident had written before the meeting asking for noise complaints "
            "by month and said this is something she will provide after the meeting.\n")
    found = actions(text)
    assert len(found) == 1
    assert found[0].quote == "this is something she will provide after the meeting"
    assert found[0].owner == "Community Safety Manager"


def test_he_will_continue_to_is_his_promise() -> None:
    text = ("Residents said cars still blocked the school entrance. PC Hughes said he had spoken to the parents' group, "
            "but he will continue to ask drivers to park considerately.\n")
    found = actions(text)
    assert len(found) == 1 and found[0].quote == "he will continue to ask drivers to park considerately"


def test_an_organisation_continuing_an_arrangement_is_not_an_action() -> None:
    text = ("The force had withdrawn the grant for next year but would continue to provide vehicles and radios for the "
            "funded PCSOs.\n")
    assert actions(text) == []


def test_a_presentation_at_this_meeting_is_not_an_action() -> None:
    text = ("7 Serious Violence Update\nThe Safer Communities Manager will give a presentation to councillors about "
            "violent crime in the district. The Panel is asked to comment on the presentation.\n")
    assert actions(text) == []


def test_a_presentation_at_a_later_meeting_or_to_another_body_is_an_action() -> None:
    text = ("The Inspector will give a presentation on county lines at the next meeting. "
            "Comments from the Panel would be presented to the Safer Communities Board for consideration.\n")
    assert len(actions(text)) == 2


def test_a_report_back_arranged_in_a_participle_clause() -> None:
    text = ("The Licensing Manager said that refresher training on exploitation was being offered to all private hire "
            "drivers over the winter, with attendance figures being reported back to the Licensing Committee.\n")
    found = actions(text)
    assert len(found) == 1
    assert found[0].quote == "attendance figures being reported back to the Licensing Committee"


def test_minutes_confirmed_in_brackets() -> None:
    text = ("1. Minutes of the last meeting (12 March)\n"
            "The Chair asked for approval of the minutes of the last meeting (agreed). Meetings will stay on Tuesdays.\n")
    quotes = [d.quote for d in decisions(text)]
    assert quotes == ["The Chair asked for approval of the minutes of the last meeting (agreed)."]


def test_received_a_report_introduces_an_item_that_resolves_later() -> None:
    text = ("42 Safer Streets Fund Update\n\nMinutes:\n\nThe Board received a report that set out progress on the "
            "projects paid for by the Safer Streets Fund during 2023/24.\n\nMembers asked about lighting in the park.\n\n"
            "RESOLVED:\n\nThat the report be noted.\n")
    assert [d.quote for d in decisions(text)] == ["That the report be noted."]


def test_received_a_report_is_the_decision_when_nothing_is_resolved() -> None:
    text = ("42 Safer Streets Fund Update\n\nThe Board received a report that set out progress on the projects paid for "
            "by the Safer Streets Fund during 2023/24.\n")
    assert len(decisions(text)) == 1


def test_a_suggestion_opening_with_a_conjunction_names_no_owner() -> None:
    text = ("The Chair suggested that as the paper had arrived late, it would be better to consider it at the next "
            "meeting.\n")
    assert all(a.owner != "as the" for a in actions(text))
    assert not any(a.quote.startswith("The Chair suggested that as") for a in actions(text))


def test_a_request_for_an_explanation_is_a_question() -> None:
    text = "The Vice-Chair requested an explanation as to why the briefing paper arrived late.\n"
    assert actions(text) == []


def test_a_request_for_details_answered_in_the_next_sentence_is_not_an_action() -> None:
    text = ("Councillor Moss requested further details on the proposal to merge the two ward panels. "
            "The Sergeant explained that attendance at both had fallen below ten residents.\n")
    assert actions(text) == []


def test_a_request_for_details_left_open_is_still_an_action() -> None:
    text = ("Councillor Moss requested further details on the proposal to merge the two ward panels. "
            "Members then discussed the parking scheme.\n")
    assert len(actions(text)) == 1


def test_an_offer_after_and_belongs_to_the_speaker() -> None:
    text = ("The Vice-Chair added that she now sat on the force's ethics board and offered to raise the panel's "
            "concerns there.\n")
    found = actions(text)
    assert len(found) == 1
    assert found[0].owner == "Vice-Chair" and found[0].quote == "offered to raise the panel's concerns there"


def test_a_promise_ends_before_and_thanked() -> None:
    text = ("The Chair noted that the comments would be included in the draft plan, and thanked residents for "
            "attending the workshop.\n")
    found = actions(text)
    assert len(found) == 1 and found[0].quote == "the comments would be included in the draft plan"


def test_owner_is_not_an_adverb_or_an_infinitive_marker() -> None:
    text = ("The neighbourhood officers also offered to attend the residents' meeting.\n\n"
            "RESOLVED – That the update be received and the Panel agrees:\n1. To consider the draft action plan\n")
    owners = [a.owner for a in actions(text)]
    assert "neighbourhood officers" in owners and "To" not in owners
    assert not any(o and o.endswith("also") for o in owners)


def test_agreement_after_a_lead_in_clause_is_a_decision_and_an_action() -> None:
    text = ("Police Report: PCSO Ward reported two break-ins at the pavilion. Following a short discussion, it was "
            "agreed that the clerk obtain quotes for a security light on the pavilion. Members thanked PCSO Ward.\n")
    quotes = [d.quote for d in decisions(text)]
    assert quotes == ["it was agreed that the clerk obtain quotes for a security light on the pavilion."]
    found = actions(text)
    assert len(found) == 1 and found[0].owner == "Clerk"


def test_would_also_be_passive_is_a_promise() -> None:
    text = "The Clerk would write to the highways team. It would also be checked whether the grant could be carried forward.\n"
    assert [a.quote for a in actions(text)][-1].startswith("It would also be checked whether")


def test_noted_and_a_group_established_gives_work() -> None:
    text = ("That the report be noted and a working group be established to review the ward panel structure.\n")
    found = actions(text)
    assert len(found) == 1 and found[0].quote.startswith("a working group be established")
    assert len(decisions(text)) == 1


def test_report_noted_alone_gives_no_work() -> None:
    assert actions("That the report be noted and the officers be thanked for attending.\n") == []


def test_and_it_was_agreed_after_a_long_clause() -> None:
    text = ("A discussion about the Panel's public profile showed the need for a clear plan for communicating its "
            "work, and it was agreed that press liaison would go on the next meeting's agenda.\n")
    assert [d.quote for d in decisions(text)] == [
        "it was agreed that press liaison would go on the next meeting's agenda."]
    assert len(actions(text)) == 1


def test_it_was_requested_that_something_be_done() -> None:
    found = actions("It was requested that the speeding data for Mill Lane be circulated to members.\n")
    assert len(found) == 1 and "be circulated to members" in found[0].quote


def test_someone_instructed_to_act() -> None:
    found = actions("The Clerk was instructed to write to the county council about the school crossing.\n")
    assert len(found) == 1 and found[0].owner == "Clerk"


def test_a_line_saying_an_update_is_to_be_provided() -> None:
    text = "4. Road safety\nResidents raised the speed of traffic on the bypass.\nUpdate to be provided at the next meeting.\n"
    found = actions(text)
    assert len(found) == 1 and found[0].quote == "Update to be provided at the next meeting"


def test_a_report_to_be_noted_is_not_an_update_to_be_provided() -> None:
    assert actions("The report to be noted by the Panel at this meeting.\n") == []


def test_speaker_named_after_in_response_to_a_question() -> None:
    text = "In response to a question, the Chief Inspector said that he would find out and let members know.\n"
    found = actions(text)
    assert len(found) == 1 and found[0].owner == "Chief Inspector"


def test_a_request_put_as_a_question() -> None:
    found = actions("The Vice-Chair asked if a breakdown of the hate crime figures could be brought to a later meeting.\n")
    assert len(found) == 1 and "could be brought to a later meeting" in found[0].quote


def test_a_question_about_what_could_be_done_is_not_a_request() -> None:
    assert actions("A Member asked if the figures could be explained by the change in recording rules.\n") == []


def test_a_promise_ends_before_however() -> None:
    text = "He said that the force's web page would be refreshed once Home Office advice arrived, however, the advice was late.\n"
    found = actions(text)
    assert len(found) == 1 and found[0].quote.endswith("once Home Office advice arrived")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Inspector would take this away and look at the shift pattern.",
        "Sergeant Hill would let members know the outcome of the appeal.",
        "PC Grant would keep the Panel updated on the operation.",
        "The Commander would follow this up with British Transport Police.",
        "She would feed this back to the licensing team.",
        "The Inspector would make enquiries about the abandoned car.",
        "The comments would be passed on to the Chief Constable.",
        "Legal advice would be sought on the draft order.",
        "The complaint would be picked up with the housing association.",
    ],
)
def test_spoken_promises(sentence: str) -> None:
    found = actions(sentence + "\n")
    assert len(found) == 1 and found[0].quote == sentence.rstrip(".")


@pytest.mark.parametrize(
    "sentence",
    [
        "The new budget would take the force forward into next year.",
        "The new app would let residents know when officers are nearby.",
        "The Safer Streets Grant would fund new lighting on the estate.",
    ],
)
def test_things_that_would_happen_are_not_promises(sentence: str) -> None:
    assert actions(sentence + "\n") == []


def test_a_correction_promised_in_its_own_clause() -> None:
    text = ("In response to a question the Chair explained that the item had been left off the agenda by mistake and "
            "this would be amended on the next agenda.\n")
    found = actions(text)
    assert len(found) == 1 and found[0].quote == "this would be amended on the next agenda"


def test_what_a_new_team_would_bring_is_not_a_promise() -> None:
    text = "It was noted that the new rural team would give more visibility and presence across the district.\n"
    assert actions(text) == []


def test_an_update_announced_in_the_agenda_text_is_not_an_action() -> None:
    text = ("5 Local Policing Update\nA member of the neighbourhood team will provide an update on local policing "
            "issues.\nMinutes:\nSergeant Moore said that burglary had fallen. She would circulate the ward figures "
            "after the meeting.\n")
    assert [a.quote for a in actions(text)] == ["She would circulate the ward figures after the meeting"]


def test_an_update_promised_in_the_minutes_is_an_action() -> None:
    text = "Minutes:\nSergeant Moore said that she would provide an update on the dispersal order.\n"
    assert len(actions(text)) == 1


def test_a_suggestion_about_what_a_document_would_do_is_not_a_promise() -> None:
    text = "It was suggested that a two-page summary would give councillors enough detail.\n"
    assert actions(text) == []


def test_officers_were_to_provide() -> None:
    found = actions("Officers were to provide the two-page summary to councillors before the spring.\n")
    assert len(found) == 1 and found[0].owner == "Officers"


def test_an_aim_was_to_provide_is_not_work() -> None:
    assert actions("The aim of the scheme was to provide safe spaces for young people.\n") == []


@pytest.mark.parametrize(
    "sentence",
    ["The Board agreed to invite the Chief Constable to its next meeting.",
     "Members agreed to hold a workshop on knife crime in the spring."],
)
def test_a_body_agreeing_to_do_something_is_a_decision_and_an_action(sentence: str) -> None:
    assert len(decisions(sentence + "\n")) == 1
    assert len(actions(sentence + "\n")) == 1


def test_a_body_agreeing_to_note_gives_no_work() -> None:
    text = "The Board agreed to note the performance report.\n"
    assert len(decisions(text)) == 1 and actions(text) == []


def test_the_same_action_after_two_different_complaints_is_two_actions() -> None:
    text = ("Residents said the fence behind the shops had still not been repaired. An action was agreed to find out who owns "
            "this plot.\n"
            "The verge on Mill Way had been left uncut since spring. An action was agreed to find out who owns "
            "this plot.\n")
    quotes = [a.quote for a in actions(text)]
    assert len(quotes) == 2 and len(set(quotes)) == 2
    assert text.find(quotes[1]) > text.find(quotes[0])  # each quote points at its own place


def test_the_same_promise_repeated_in_one_paragraph_is_one_action() -> None:
    text = "The Inspector would circulate the burglary figures. Members thanked him. The Inspector would circulate the burglary figures.\n"
    assert len(actions(text)) == 1


def test_considered_the_report_and_noted_is_a_decision() -> None:
    assert len(decisions("The Committee considered the report and noted the progress made.\n")) == 1


def test_the_date_of_the_next_meeting_is_a_decision_but_no_ones_work() -> None:
    text = "The Forum agreed that the next meeting would be held on 5 June.\n"
    assert len(decisions(text)) == 1 and actions(text) == []


def test_invited_to_attend_for_this_item_is_not_an_action() -> None:
    text = "Mrs A. Bell, who chairs the county's Police and Crime Panel, has been invited to attend for this item.\n"
    assert actions(text) == []


@pytest.mark.parametrize(
    "sentence",
    ["The neighbourhood team have been asked to speak to the shop owners.",
     "PCSO Reid is to visit the shop owners this week.",
     "The Inspector would return to a future meeting with the results."],
)
def test_more_ways_of_giving_work(sentence: str) -> None:
    assert len(actions(sentence + "\n")) == 1


def test_an_aim_is_to_provide_is_not_work() -> None:
    assert actions("The aim is to provide a safe space for young people.\n") == []


def test_a_short_noted_line_is_a_decision() -> None:
    text = "5. Police update\nPC Smith reported twelve burglaries in the ward.\nUpdate noted.\n"
    assert [d.quote for d in decisions(text)] == ["Update noted."]


def test_proposed_seconded_and_carried_is_a_decision() -> None:
    text = "Proposed by Cllr Jones, seconded by Cllr Lee, that the dispersal order be renewed. Carried unanimously.\n"
    assert [d.quote for d in decisions(text)] == [
        "Proposed by Cllr Jones, seconded by Cllr Lee, that the dispersal order be renewed."]


def test_proposed_seconded_and_lost_is_not_a_decision() -> None:
    text = "Proposed by Cllr Jones, seconded by Cllr Lee, that the dispersal order be renewed. The motion was lost.\n"
    assert decisions(text) == []


def test_councillors_resolve_like_members() -> None:
    assert len(decisions("Councillors noted the report.\n")) == 1
    assert decisions("Councillors raised concerns about parking near the school.\n") == []


def test_asking_how_something_will_be_done_is_not_a_promise() -> None:
    assert actions("Members sought more detail on how victim data will be included in future reports.\n") == []


def test_happy_to_is_an_offer() -> None:
    text = "She told the Panel that if councillors wanted more on any topic, she was happy to take the questions away.\n"
    found = actions(text)
    assert len(found) == 1 and found[0].quote == "she was happy to take the questions away"


def test_passive_promise_owned_by_its_agent() -> None:
    found = actions("Members heard that a written reply would be sent by the Commissioner.\n")
    assert len(found) == 1 and found[0].owner == "Commissioner"


def test_invited_to_attend_the_meeting_is_not_an_action() -> None:
    text = "The Portfolio Holder for Community Safety, Cllr Ann Reeve, has been invited to attend the meeting.\nMinutes:\n"
    assert actions(text) == []


def test_request_that_something_be_done_accepted_in_the_same_sentence() -> None:
    text = ("The Vice-Chair requested that the bravery award citations be emailed to councillors and the Clerk "
            "undertook to do so.\n")
    found = actions(text)
    assert len(found) == 1 and found[0].owner == "Clerk"
    assert found[0].quote.endswith("the Clerk undertook to do so")


def test_a_query_whether_something_could_come_to_a_future_meeting_is_a_request() -> None:
    text = "A Member queried if the constabulary could, in due time, bring a body-worn video demonstration to a future meeting.\n"
    assert len(actions(text)) == 1


def test_a_request_late_in_a_sentence_is_quoted_from_the_request() -> None:
    text = ("The Chair said that the task group would gather an hour before each Panel meeting from now on, but "
            "requested that a further date be found in late autumn.\n")
    found = [a for a in actions(text) if "further date" in a.quote]
    assert len(found) == 1 and found[0].quote.startswith("requested that a further date be found")


def test_a_noun_report_is_not_the_verb_report() -> None:
    text = "The Chair requested that a combined report of the two services be written for the task group.\n"
    assert all(a.owner != "a combined" for a in actions(text))


def test_happy_to_report_is_news_not_an_offer() -> None:
    assert actions("The Chief Inspector was happy to report a fall in knife crime, which would be welcomed by residents.\n") == []


def test_owner_dash_items_under_an_action_points_heading() -> None:
    text = ("Action points\n1. PCSO Ali – leaflet drop in Park Road\n2. Cllr Day – contact the housing association\n\n"
            "AOB\nNone.\n")
    found = actions(text)
    assert [(a.owner, a.action) for a in found] == [
        ("PCSO Ali", "leaflet drop in Park Road"), ("Cllr Day", "contact the housing association")]


def test_owner_dash_items_without_an_action_heading_are_not_actions() -> None:
    text = "Attendees\n1. PCSO Ali – Neighbourhood Team\n2. Cllr Day – Ward Councillor for Park ward\n"
    assert actions(text) == []


def test_a_police_representative_reporting_at_the_meeting_is_agenda_text() -> None:
    text = "Policing Matters\nAn officer from the local team will report at the meeting.\nMinutes:\nPC Hale gave the update.\n"
    assert actions(text) == []


def test_an_officer_asking_a_councillor_to_act() -> None:
    found = actions("Inspector Shaw asked Councillor Reid to make sure that residents reported each incident to the police.\n")
    assert len(found) == 1 and found[0].owner == "Councillor Reid"


def test_he_would_enquire() -> None:
    assert len(actions("He would enquire with the custody team and raise it again at the next PACT meeting.\n")) == 1


@pytest.mark.parametrize(
    "sentence",
    ["Asked by the Chair, the Clerk agreed to keep numbering each outstanding item in the minutes.",
     "The Commissioner agreed to label the reference as ongoing until the sub-committee had met."],
)
def test_a_person_agreeing_to_any_verb_is_a_promise(sentence: str) -> None:
    assert len(actions(sentence + "\n")) == 1


def test_agreeing_to_differ_or_the_proposal_is_not_a_promise() -> None:
    assert actions("Councillor Day and the Inspector agreed to differ on the value of the scheme.\n") == []


def test_a_service_offered_to_people_is_not_a_promise() -> None:
    assert actions("Free training was being offered to all taxi drivers over the winter.\n") == []
