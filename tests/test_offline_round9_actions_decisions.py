"""Round 9 (cross-pool): what makes a sentence look like a promise when it is not. A Member's question for an
update answered at the meeting, a follow-up agreed for after the meeting (an action, not a decision), a courtesy
resolved as an item, an audience invited to a past meeting, an earlier agreement recalled, and what figures
'would include'. Sentences written for the test; each rule has a positive case and a near miss."""

from __future__ import annotations

from tests.offline_support import actions, decisions


def test_a_question_for_an_update_is_no_action() -> None:
    text = ("Policing update\n\nCouncillor Hale said that residents had reported thefts of bicycles from sheds and asked "
            "for an update on this in the ward. The Inspector stated that reports had fallen since the spring.\n")
    assert actions(text) == []


def test_a_question_for_information_is_no_action_even_unanswered() -> None:
    text = ("Presentation\n\nMembers asked for information relating to press stories about changes to response times "
            "and asked if any changes would apply locally.\n")
    assert actions(text) == []


def test_information_asked_for_a_future_meeting_stays_an_action() -> None:
    text = ("Policing update\n\nCouncillor Hale asked for an update on bicycle thefts to be provided at the next meeting "
            "of the Panel.\n")
    assert any("update on bicycle thefts" in a.quote for a in actions(text))


def test_a_question_for_information_then_accepted_stays_an_action() -> None:
    text = ("Policing update\n\nCouncillor Hale asked for further information on the bicycle thefts in the ward. "
            "The Inspector agreed to provide this.\n")
    assert len(actions(text)) == 1


def test_a_follow_up_agreed_for_after_the_meeting_is_an_action_not_a_decision() -> None:
    text = ("Enforcement\n\nMembers asked about fixed penalty notices for littering. It was agreed that the Head of "
            "Enforcement would look into this further outside of the meeting.\n")
    assert decisions(text) == []
    assert any("outside of the meeting" in a.quote for a in actions(text))


def test_an_agreement_for_the_next_meeting_stays_a_decision() -> None:
    text = ("Enforcement\n\nMembers asked about fixed penalty notices for littering. It was agreed that the Head of "
            "Enforcement would bring a report to the next meeting.\n")
    assert len(decisions(text)) == 1


def test_a_courtesy_resolved_as_an_item_is_no_action() -> None:
    text = ("Performance report\n\nThe Committee resolved:-\n\n(i) to welcome Superintendent Jane Moss to her new post and "
            "to thank Inspector Tom Reid for his work with the committee, who would now be moving to a post in the force; "
            "and\n\n(ii) to otherwise note the report.\n")
    assert actions(text) == []
    assert len(decisions(text)) == 2


def test_a_courtesy_with_a_request_gives_work() -> None:
    text = ("Performance report\n\nThe Committee resolved:-\n\n(i) to welcome Superintendent Jane Moss and to request that "
            "she circulate the local policing plan to members; and\n\n(ii) to otherwise note the report.\n")
    assert any("circulate the local policing plan" in a.quote for a in actions(text))


def test_members_of_a_named_group_invited_to_a_past_meeting_is_no_action() -> None:
    text = ("Review\n\nThe Chair reported that the Panel had held a review meeting in March. Three members of the Young "
            "People's Forum had been invited to attend the meeting which had also been attended by the Borough Commander.\n")
    assert actions(text) == []


def test_a_named_officer_asked_to_attend_stays_an_action() -> None:
    text = ("Review\n\nThe Borough Commander had been asked to attend the June meeting to present the knife crime figures.\n")
    assert actions(text) != []


def test_an_earlier_agreement_recalled_is_no_action() -> None:
    text = ("Funding\n\nIn 2011/12 it had been agreed that the Partnership would continue to fund two posts: an analyst "
            "and a project officer.\n")
    assert actions(text) == []


def test_an_agreement_at_this_meeting_stays_an_action() -> None:
    text = ("Funding\n\nThe Inspector agreed that officers would continue to patrol the park at weekends.\n")
    assert actions(text) != []


def test_what_figures_would_include_is_no_action() -> None:
    text = ("Questions\n\nThe Chief Inspector advised that the common assault figures would include domestic abuse "
            "offences reported to the police.\n")
    assert actions(text) == []


def test_a_person_who_would_include_something_stays_an_action() -> None:
    text = ("Questions\n\nThe Chief Inspector said she would include domestic abuse offences in the next quarterly report.\n")
    assert actions(text) != []


def test_an_earlier_action_reported_as_completed_is_no_action() -> None:
    text = ("Matters arising:\nPC Lee was to check the lighting in the underpass – these checks have been completed.\n")
    assert actions(text) == []
    text = ("Matters arising:\nPC Lee was to check the lighting in the underpass – this has been done.\n")
    assert actions(text) == []


def test_an_earlier_action_still_open_stays_an_action() -> None:
    text = ("Matters arising:\nPC Lee was to check the lighting in the underpass before the next meeting.\n")
    assert actions(text) != []


def test_confidence_that_the_police_would_do_something_is_no_promise() -> None:
    text = ("Annual report\n\nThe Commissioner was confident that the force had a grip on burglary and would keep the "
            "county safe.\n")
    assert actions(text) == []


def test_an_assurance_that_the_police_would_do_something_stays_a_promise() -> None:
    text = ("Annual report\n\nThe Commissioner said that the force would increase patrols in the town centre.\n")
    assert actions(text) != []


def test_thanks_with_a_long_qualifier_recorded_is_a_courtesy() -> None:
    text = ("Matters arising\n\nThe Chair said that the Partnership Manager had retired and requested that the thanks of "
            "the Partnership for her years of work be recorded.\n")
    assert actions(text) == []


def test_a_letter_of_thanks_to_be_written_stays_an_action() -> None:
    text = ("Matters arising\n\nThe Chair requested that the Clerk write to the Partnership Manager to thank her for her "
            "years of work.\n")
    assert actions(text) != []


def test_a_topic_before_the_resolved_request_leaves_the_owner_and_quote_to_the_request() -> None:
    text = ("Performance report\n\nThe Committee resolved:-\n\n(i) in terms of the number of thefts of bicycles recorded "
            "since the spring, to request that the Area Commander circulate the figures to members via the clerk; and\n\n"
            "(ii) to otherwise note the report.\n")
    found = actions(text)
    assert [a.owner for a in found] == ["Area Commander"]
    assert found[0].quote.startswith("to request that the Area Commander circulate")


def test_a_topic_lead_without_a_request_gives_no_owner() -> None:
    text = ("Performance report\n\nThe Committee resolved:-\n\n(i) in terms of the number of thefts of bicycles recorded "
            "since the spring, to note the fall reported by the Area Commander; and\n\n(ii) to otherwise note the report.\n")
    assert actions(text) == []


def test_a_pronoun_promise_after_a_labelled_bullet_is_owned_by_who_reported_it() -> None:
    text = ("Police update\n\n· Street lighting – PC Hale advised that she would send the map of dark spots to members "
            "after the meeting.\n")
    assert [a.owner for a in actions(text)] == ["PC Hale"]


def test_a_named_subject_keeps_the_promise_when_someone_else_reports_it() -> None:
    text = ("Police update\n\n· Street lighting – PC Hale advised that Sergeant Ray would send the map of dark spots to "
            "members after the meeting.\n")
    assert [a.owner for a in actions(text)] == ["Sergeant Ray"]


def test_a_resolved_note_form_names_the_thing_not_an_owner() -> None:
    text = ("Matters arising\n\nDecision: Letter to be written to the Highways officer expressing concern about the "
            "broken street lights.\n")
    found = actions(text)
    assert len(found) == 1 and found[0].owner is None


def test_a_resolved_owner_to_be_asked_keeps_the_owner() -> None:
    text = ("Matters arising\n\nDecision: Clerk to be asked to write to the Highways officer about the broken street "
            "lights.\n")
    assert [a.owner for a in actions(text)] == ["Clerk"]


def test_a_pronoun_and_its_clause_before_an_assurance_resolve_to_the_speaker() -> None:
    text = ("Burglary report\n\nSuperintendent Chris Dale presented the report. He apologised for the gaps in the data but "
            "gave his assurance that future reports would show ward-level figures.\n")
    assert [a.owner for a in actions(text)] == ["Superintendent Chris Dale"]


def test_a_passive_promise_after_a_members_question_is_not_the_askers_work() -> None:
    text = ("Encampments\n\nCouncillor Ray Hill asked for details of the removal of the two encampments and it was noted "
            "that this information would be circulated.\n")
    found = actions(text)
    assert len(found) == 1 and found[0].owner is None


def test_a_passive_promise_by_the_speaker_keeps_the_speaker() -> None:
    text = ("Encampments\n\nInspector Ray Hill reported on the removal of the two encampments and said that the "
            "figures would be circulated.\n")
    assert [a.owner for a in actions(text)] == ["Inspector Ray Hill"]


def test_a_formal_request_for_further_information_stays_an_action() -> None:
    text = ("Policing update\n\nCouncillor Hale requested further information on the cost of the new cameras.\n")
    assert len(actions(text)) == 1
