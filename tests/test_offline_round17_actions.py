"""Round 17a (pool23, pool24): recommendation lines, speakers leading into a list, longer bare subjunctives."""

from __future__ import annotations

from offline_support import actions, actions_short_and_long, decisions


def _owners(text: str) -> dict[str, str | None]:
    return {a.quote: a.owner for a in actions(text)}


# --- numbered "That ..." recommendation lines with no RESOLVED over them -------------------------------------


def test_that_body_with_abbreviation_review_is_work():
    text = ("Following consideration of a report from the Policy Officer the Group has made the following recommendations:\n"
            "1. That the Community Safety Partnership (CSP) review the Community Trigger process.\n"
            "2. That information around ASB and how to report it is clearly communicated to Members and the public.\n")
    found = actions_short_and_long(text)
    assert ("Community Safety Partnership", "That the Community Safety Partnership (CSP) review the Community Trigger process") in found
    assert (None, "That information around ASB and how to report it is clearly communicated to Members and the public") in found


def test_that_officer_investigate_is_work():
    text = ("Recommendations agreed:\n\n1.  That the annual performance review be noted.\n\n"
            "2.  That the Head of Community Services investigate options for a Business Crime Reduction Partnership in the town "
            "centre and report back by January 2023.\n")
    owners = _owners(text)
    quote = ("That the Head of Community Services investigate options for a Business Crime Reduction Partnership in the town "
             "centre and report back by January 2023")
    assert owners.get(quote) == "Head of Community Services"
    assert not any("be noted" in q for q in owners)


def test_numbered_bare_passive_is_work_without_owner():
    text = ("RESOLVED that the presentation be received.\n\n"
            "1. The Members’ questions and the responses from the Police and Crime Commissioner be noted.\n\n"
            "2. Further information be provided as detailed above\n")
    assert _owners(text) == {"Further information be provided as detailed above": None}


def test_consulted_members_and_noted_lines_give_no_work():
    text = ("The Working Group made the following recommendations:\n"
            "1. That Members of the working group are consulted on the review of the ASB policy.\n"
            "2. That the report be noted.\n"
            "3. That the Committee notes the progress made.\n")
    assert actions(text) == []


def test_descriptive_numbered_lines_give_no_work():
    text = ("The Inspector outlined the neighbourhood team's work:\n"
            "1. Patrols were provided in the town centre on Friday nights.\n"
            "2. That was the busiest weekend of the year.\n")
    assert actions(text) == []


# --- a speaker's line that goes on into a list ---------------------------------------------------------------


def test_speaker_line_leading_into_bullets_owns_passive_work():
    text = ("2.1 Ian Denness provided an update on the latest developments with the partnership’s performance framework. "
            "This included:\n\n"
            "  • a trial methodology for the identification of hotspots of anti-social behaviour. "
            "The results of this will be presented at the next Community Safety Partnership.\n")
    owners = _owners(text)
    assert owners.get("The results of this will be presented at the next Community Safety Partnership") == "Ian Denness"


def test_bullets_after_an_unrelated_line_are_not_the_speakers():
    text = ("Ian Denness provided an update on the performance framework.\n\n"
            "The following points were raised by Members:\n\n"
            "  • The results of the survey will be presented at the next Community Safety Partnership.\n")
    owners = _owners(text)
    assert owners.get("The results of the survey will be presented at the next Community Safety Partnership") != "Ian Denness"


def test_began_the_update_by_informing_makes_a_speaker():
    text = ("10.1 Inspector Shawne Wakeling began the update by informing Members that a presentation would be forwarded "
            "to Members after the meeting with details of the update.\n")
    owners = _owners(text)
    assert list(owners.values()) == ["Inspector Shawne Wakeling"]


def test_said_he_without_that_names_the_speaker():
    text = "PC Shaw said she would circulate the ward figures to Members after the meeting.\n"
    assert list(_owners(text).values()) == ["PC Shaw"]


# --- "would link X with Y" -----------------------------------------------------------------------------------


def test_would_link_parishes_with_officers_is_work():
    text = ("However, if there was concern within the community, they could contact their local PCSO. "
            "Inspector Moyes advised he would link Parishes with the correct officers for their area.\n")
    owners = _owners(text)
    assert owners == {"Inspector Moyes advised he would link Parishes with the correct officers for their area": "Inspector Moyes"}


def test_would_link_to_is_not_work():
    text = "The Inspector explained that the new system would link to the national database from April.\n"
    assert actions(text) == []


# --- longer bare subjunctive decisions -----------------------------------------------------------------------


def test_long_bare_subjunctive_noted_is_a_decision():
    text = ("RESOLVED that the presentation be received.\n\n"
            "1. The Members’ questions and the responses from the Police and Crime Commissioner be noted.\n\n"
            "2. Further information be provided as detailed above\n")
    quotes = [d.quote for d in decisions(text)]
    assert any(q.startswith("The Members’ questions and the responses") for q in quotes)


# --- a change of post is not work --------------------------------------------------------------------------------


def test_taking_up_a_post_is_not_work():
    text = "The Inspector said that the new Chief Constable would be taking up his post in March.\n"
    assert actions(text) == []


def test_taking_up_an_issue_is_still_work():
    text = "Inspector Hale said that he would take up the parking issue with the highways team.\n"
    assert [a.owner for a in actions(text)] == ["Inspector Hale"]


# --- a body's present-tense instructions and "resolves to (1) ..., (2) ..." -----------------------------------------


def test_council_instructs_chief_executive():
    text = ("Council is opposed to any such proposal. The Council urges MOPAC and the Mayor of London to withdraw this proposal.\n\n"
            "The Council instructs the Chief Executive to communicate the resolutions above to the Deputy Mayor of Policing "
            "and the local MPs.”\n")
    found = actions_short_and_long(text)
    assert found == [("Chief Executive", "The Council instructs the Chief Executive to communicate the resolutions above to the "
                      "Deputy Mayor of Policing and the local MPs")]


def test_committee_asking_another_body_to_consider_is_not_work():
    text = "The Cabinet asks the Scrutiny Committee to consider the report at its next meeting.\n"
    assert actions(text) == []


def test_council_resolves_to_numbered_inline_list():
    text = ("“This Council notes with concern the decline in visible neighbourhood policing. Council resolves to (1) ask the "
            "Police and Crime Commissioner to review the decision on Mill Lane, (2) invite the Chief Constable to attend the "
            "Overview and Scrutiny Committee within three months, and (3) request quarterly ward-level response time data "
            "from the Constabulary.”\n")
    found = actions_short_and_long(text)
    assert found == [
        ("Council", "ask the Police and Crime Commissioner to review the decision on Mill Lane"),
        ("Council", "invite the Chief Constable to attend the Overview and Scrutiny Committee within three months"),
        ("Council", "request quarterly ward-level response time data from the Constabulary"),
    ]


def test_resolves_to_note_is_no_work():
    text = "The Committee resolves to (a) note the report, and (b) thank the officers for their work.\n"
    assert actions(text) == []


# --- "set to" arrangements -------------------------------------------------------------------------------------------


_SET_TO_ITEM = ("The Area Board noted written updates attached to the agenda. In addition, Inspector Lou Oakley provided a "
                "verbal update which covered the following points:\n"
                "· Further detail was provided on the work being conducted with Tesco and that a problem-solving plan was set "
                "to be put into place.\n"
                "· A day of action was set to take place involving an operation relating to crime in the run up to Christmas.\n"
                "· Inspector Oakley was set to meet with Sainsburys to discuss shoplifting.\n")


def test_set_to_meet_is_the_persons_work():
    owners = _owners(_SET_TO_ITEM)
    assert owners.get("Inspector Oakley was set to meet with Sainsburys to discuss shoplifting") == "Inspector Oakley"


def test_set_to_be_put_into_place_and_day_of_action_are_the_speakers():
    owners = _owners(_SET_TO_ITEM)
    assert owners.get("a problem-solving plan was set to be put into place", "").startswith("Inspector Lou Oakley")
    day = next(q for q in owners if q.startswith("A day of action was set to take place"))
    assert owners[day] is not None and owners[day].startswith("Inspector Lou Oakley")


def test_forecasts_set_to_happen_are_not_work():
    text = ("The Inspector said that shoplifting was set to rise over Christmas and the precept was set to increase by 5%. "
            "The new station is set to open in May, and the changes were set to take place in April.\n")
    assert actions(text) == []


def test_in_addition_speaker_leads_a_list():
    text = ("In addition, PC Jo Marsh provided a verbal update which covered the following points:\n"
            "· The results of the survey would be circulated to Members.\n")
    assert list(_owners(text).values())[0].startswith("PC Jo Marsh")


# --- "In response to a question from X about Y, Z advised ..." names the speaker ---------------------------------------------


def test_response_to_a_question_about_something_names_the_answerer():
    text = ("Chief Inspector Laing advised that the community officer had been abstracted to support the response function.\n\n"
            "In response to a question from Councillor Sutherland about the 66 children referred under the Children's Hearings "
            "system, the Local Police Commander advised that she would provide Members with a breakdown by locality after the meeting.\n")
    owners = _owners(text)
    assert list(owners.values()) == ["Local Police Commander"]


def test_response_to_a_named_member_names_the_answerer():
    text = ("DSU Kavanagh highlighted the reduction in burglary.\n\n"
            "In response to Eileen Forsyth, Chief Inspector Brady said that the team had a backlog of 40 cases. "
            "He would provide an update at the July meeting.\n")
    assert list(_owners(text).values()) == ["Chief Inspector Brady"]


def test_in_response_lead_without_a_speech_verb_changes_no_speaker():
    text = ("PC Lee said that the ward team had doubled its patrols.\n\n"
            "In response to a question from Councillor Shah about parking, the figures were not yet available. "
            "She would circulate them after the meeting.\n")
    assert list(_owners(text).values()) == ["PC Lee"]


# --- agreed supply and a misspelt feedback -------------------------------------------------------------------------------


def test_inspector_agreed_that_these_could_be_provided():
    text = ("Councillor Fradgley asked if figures could be added to the grid. "
            "The Inspector agreed that these could be provided to the Panel.\n")
    assert any(a.quote.startswith("these could be provided") or "agreed that these could be provided" in a.quote
               for a in actions(text))


def test_results_would_be_fedback():
    text = "Inspector Khan said the results would be fedback to the Town Council.\n"
    assert [a.owner for a in actions(text)] == ["Inspector Khan"]


# --- "The Panel noted that ..." amid the discussion ------------------------------------------------------------------


def test_the_panel_noted_that_mid_paragraph_is_a_decision():
    text = ("(ii) A question was raised regarding the data collected at community days. The PCC stated that he met with a "
            "number of people during community days. The Panel noted that the outcome of all community days were tracked "
            "by the Office of Police and Crime Commissioner (OPCC).\n")
    quotes = [d.quote for d in decisions(text)]
    assert any(q.startswith("The Panel noted that the outcome of all community days") for q in quotes)


def test_members_noted_that_mid_paragraph_is_not_a_decision():
    text = ("The Inspector outlined the shop theft figures. Members noted that there were dedicated retail crime officers "
            "in place, who dealt specifically with shop lifting.\n")
    assert decisions(text) == []


# --- "Following X it was agreed that ..." with no comma ----------------------------------------------------------------


def test_following_lead_without_comma_is_a_decision_with_work():
    text = ("Following the deferral of both the Complaints Guidance and the Rules of Procedure report it was agreed that they "
            "were intending to be brought back to the meeting in November.\n")
    assert any("it was agreed that they were intending to be brought back" in d.quote for d in decisions(text))
    assert any("brought back to the meeting in November" in a.quote for a in actions(text))


def test_after_lead_noting_is_a_decision_without_work():
    text = "After a short debate it was agreed that the report be noted.\n"
    assert any("it was agreed that the report be noted" in d.quote for d in decisions(text))
    assert actions(text) == []


def test_the_panel_noted_that_opening_the_discussion_is_not_a_decision():
    text = "The Panel noted that spending was on budget. Members asked about overtime costs.\n"
    assert decisions(text) == []
