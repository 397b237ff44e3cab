"""Round 10 (cross-pool): who owns an action. A noun after an article is not the verb of a request ('requested
that a report ... be provided'), and 'He advised ...' after 'X was in attendance' is X speaking, so X owns the
passive promise that follows. Sentences written for the test; each rule has a positive case and a near miss."""

from __future__ import annotations

from tests.offline_support import actions


def test_a_report_requested_in_the_passive_has_no_made_up_owner() -> None:
    text = ("Policing presentation\n\nBefore the presentation, the Chair said the slides lacked detail and requested "
            "that in future a report on local burglary trends be provided to the Panel.\n")
    found = actions(text)
    assert len(found) == 1
    assert "report on local burglary trends" in found[0].quote
    assert found[0].owner is None


def test_a_request_that_someone_report_back_keeps_its_owner() -> None:
    text = "Policing update\n\nMembers requested that the police report back on burglary trends at the next meeting.\n"
    found = actions(text)
    assert len(found) == 1
    assert found[0].owner is not None and "police" in found[0].owner.lower()


def test_the_attending_speaker_owns_a_passive_promise_after_he_advised() -> None:
    text = ("Community safety update\n\nThe Portfolio Holder for Communities was in attendance to give an update on "
            "community safety. He advised on the following issues:\n\n"
            "· The partnership's annual report was not yet complete; when it was, it would be circulated to members.\n")
    found = actions(text)
    assert len(found) == 1
    assert found[0].owner == "Portfolio Holder for Communities"


def test_a_pronoun_speaker_is_not_a_subject_that_only_had_news() -> None:
    text = ("Community safety update\n\nThe Partnership Manager had left the council in May. He advised on the "
            "following issues:\n\n"
            "· The partnership's annual report was not yet complete; when it was, it would be circulated to members.\n")
    found = actions(text)
    assert len(found) == 1
    assert found[0].owner is None


def test_questions_to_be_addressed_at_this_meeting_are_no_action() -> None:
    text = ("Scrutiny of the Commissioner\n\nMembers' concerns have been put into a list of questions to the "
            "Commissioner which will be addressed at this meeting.\n")
    assert actions(text) == []


def test_questions_to_be_addressed_at_the_next_meeting_stay_an_action() -> None:
    text = ("Scrutiny of the Commissioner\n\nMembers' concerns have been put into a list of questions to the "
            "Commissioner which will be addressed at the next meeting.\n")
    assert len(actions(text)) == 1


def test_asked_that_they_deliver_their_presentation_is_no_action() -> None:
    text = ("Policing presentation\n\nThe Mayor welcomed the District Commander to the meeting and asked that they "
            "deliver their presentation, which would be followed by questions from Members.\n")
    assert actions(text) == []


def test_asked_that_they_send_their_presentation_stays_an_action() -> None:
    text = ("Policing presentation\n\nThe Mayor thanked the District Commander and asked that they send their "
            "presentation slides to all Members.\n")
    assert len(actions(text)) == 1


def test_an_update_requested_at_the_last_meeting_is_no_new_request() -> None:
    text = ("Police update\n\nInspector Vale stated that an update on robbery had been requested at the last meeting. "
            "Robbery had risen by 9% across the borough.\n")
    assert actions(text) == []


def test_an_update_requested_for_the_next_meeting_is_a_request() -> None:
    text = "Police update\n\nCouncillor Hale requested an update on robbery at the next meeting.\n"
    assert len(actions(text)) == 1


def test_an_owner_in_initials_takes_the_name_from_the_attendance_list() -> None:
    text = ("Present\nJane Hollis (JH)\nSgt Omar Reid (OR)\n\nActions\n\nAction JH to discuss the funding bid with "
            "the district council.\n")
    found = actions(text)
    assert len(found) == 1
    assert found[0].owner == "Jane Hollis (JH)"


def test_an_owner_in_initials_with_no_name_that_spells_them_stays_as_written() -> None:
    text = ("Present\nJane Hollis (JL)\n\nActions\n\nAction JH to discuss the funding bid with the district council.\n")
    found = actions(text)
    assert len(found) == 1
    assert found[0].owner == "JH"


def test_an_abbreviation_defined_in_the_text_names_its_owner_in_full() -> None:
    text = ("Police and crime plan\n\nThe Chair invited the Police and Crime Commissioner (PCC) to speak. "
            "Members raised efficiency targets. The PCC would raise the point with the Policing Minister.\n")
    found = actions(text)
    assert len(found) == 1
    assert found[0].owner == "Police and Crime Commissioner (PCC)"


def test_teams_named_as_the_subject_of_a_commitment_own_it() -> None:
    text = ("Policing presentation\n\nChief Superintendent Hale gave a presentation on neighbourhood policing. "
            "A commitment was made that neighbourhood teams will continue to work with all partners.\n")
    found = actions(text)
    assert len(found) == 1
    assert found[0].owner == "neighbourhood teams"


def test_a_thing_as_the_subject_of_a_commitment_leaves_the_speaker_as_owner() -> None:
    text = ("Policing presentation\n\nChief Superintendent Hale said that the force would publish the figures. "
            "A commitment was made that the website will continue to show ward figures.\n")
    owners = {a.owner for a in actions(text)}
    assert "website" not in " ".join(o or "" for o in owners)


def test_would_be_attempting_to_is_a_promise() -> None:
    text = ("Youth violence review\n\nInspector Dane presented the report. "
            "She would be attempting to gather together all the groups working on youth violence.\n")
    found = actions(text)
    assert len(found) == 1
    assert found[0].owner == "Inspector Dane"
    assert found[0].action.startswith("gather together")


def test_a_pronoun_never_falls_back_to_a_councillor() -> None:
    text = ("Youth violence review\n\nCouncillor Dane asked about the youth violence groups. "
            "She would be attempting to gather together all the groups working on youth violence.\n")
    assert [a.owner for a in actions(text)] == [None]


def test_a_scheme_that_would_be_looking_to_reduce_crime_is_an_aim() -> None:
    text = "Youth violence review\n\nThe new diversion scheme would be looking to reduce knife crime among teenagers.\n"
    assert actions(text) == []


def test_she_after_an_officer_spoke_is_the_officer_not_the_councillor() -> None:
    text = ("Police update\n\nCouncillor Dane asked about bicycle thefts. Inspector Vale said that thefts had fallen. "
            "She would be attempting to trace the stolen bicycles.\n")
    found = actions(text)
    assert len(found) == 1
    assert found[0].owner == "Inspector Vale"


def test_a_passive_request_at_a_police_item_goes_to_the_force() -> None:
    text = ("Police update\n\nChief Inspector Rowe of Kent Police presented the quarterly figures. Members requested "
            "that a breakdown by ward be provided to the next meeting.\n")
    found = actions(text)
    assert len(found) == 1
    assert found[0].owner == "Kent Police"


def test_a_passive_request_with_only_a_commissioner_named_has_no_force_owner() -> None:
    text = ("Police and crime plan\n\nThe Kent Police and Crime Commissioner presented the plan. Members requested "
            "that a breakdown by district be provided to the next meeting.\n")
    found = actions(text)
    assert len(found) == 1
    assert found[0].owner is None


def test_a_resolution_with_two_requests_gives_two_owners_two_actions() -> None:
    text = ("Community safety report\n\nRESOLVED -\n\n(a) That the report be noted.\n\n(b) That Members of the Panel be requested "
            "to send their comments to the Safer Communities Manager by 20 January and that the Chair be requested "
            "to write to the Chief Constable setting out the comments made.\n\nMinutes:\n")
    found = actions(text)
    owners = sorted(a.owner or "" for a in found)
    assert owners == ["Chair", "Members of the Panel"]
    assert any(a.quote.startswith("the Chair be requested to write") for a in found)


def test_noting_a_report_and_that_the_commander_will_report_is_one_action() -> None:
    text = ("Community safety report\n\nRESOLVED -\n\nThat the report be noted and that the Local Commander will "
            "continue to report to the Committee quarterly.\n\nMinutes:\n")
    found = actions(text)
    assert len(found) == 1
