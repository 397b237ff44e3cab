"""Round 15a (pool21): a decisions page whose 'RESOLVED' was lost after 'moved by ..., seconded by ... and', the
noun 'the work of' in a resolution that only notes, and owners of passive promises. Real sentences and variants."""

from __future__ import annotations

from tests.offline_support import actions as _actions
from tests.offline_support import decision_texts as _decisions

_SECONDED = (
    "Anti Social Behaviour legislation\n\n"
    "Council was informed of the new Anti Social Behaviour (ASB) powers. It was moved by Councillor Bill, seconded by "
    "Councillor Witherford and\n\n"
    "(i)            The provisions of the Anti-social Behaviour, Crime and Policing Act 2014 be noted;\n\n"
    "(ii)           The ASB policy be approved;\n\n"
    "(iii)          The Community Trigger detailed in the report be noted;\n\n"
    "(iv)         The work of the Endeavour team in tackling a wide range of Community Protection issues and improving "
    "public confidence be noted and commended.\n"
)


def test_numbered_resolutions_after_moved_and_seconded_and_are_decisions() -> None:
    found = _decisions(_SECONDED)
    assert len(found) == 4
    assert any("ASB policy be approved" in d for d in found)
    variant = ("CCTV\n\nProposed by Cllr Smith, seconded by Cllr Jones and\n\n1. The CCTV upgrade be approved.\n\n"
               "2. The Clerk write to the Police about the camera at the park.\n")
    assert len(_decisions(variant)) == 2


def test_the_work_of_a_team_noted_gives_no_one_work() -> None:
    assert _actions(_SECONDED) == []


def test_moved_and_seconded_without_a_list_is_not_a_header() -> None:
    text = ("Motion\n\nIt was moved by Councillor Bill, seconded by Councillor Witherford and\n\n"
            "Members then discussed the cost of the scheme at length.\n")
    assert _decisions(text) == []


def _owner(text: str, words: str) -> str | None:
    hits = [a for a in _actions(text) if words in a.quote]
    assert hits, [a.quote for a in _actions(text)]
    return hits[0].owner


def test_passive_promise_in_the_presenters_paragraph_is_theirs() -> None:
    text = ("Safer Neighbourhoods Service Update\n\nMinutes:\n\nPaul Brannan and Zoe Wardle attended the meeting to give an update with "
            "regard to the Safer Neighbourhood Services.  Full contact details and details of the referral process will be provided "
            "in due course.\n")
    assert _owner(text, "will be provided") == "Paul Brannan and Zoe Wardle"
    text = ("Policing\n\nInspector Lee was in attendance to present the quarterly report. A breakdown of the figures by ward "
            "would be circulated to Members.\n")
    assert _owner(text, "would be circulated") == "Inspector Lee"


def test_passive_promise_in_a_later_paragraph_has_no_owner() -> None:
    text = ("Police update\n\nThe Chief Inspector provided a police update, highlighting key issues affecting policing.\n\n"
            "Members were informed that the figures set out in the report were somewhat skewed as Heathrow airport data had been "
            "included in the Hillingdon crime figures. This was an IT blip which would be rectified for future reporting.\n")
    assert _owner(text, "would be rectified") is None


def test_passive_promise_after_he_said_in_the_same_paragraph_keeps_the_speaker() -> None:
    text = ("Police update\n\nInspector Clark gave an update on burglary.\n\nHe said that a breakdown of the results would be "
            "circulated to Members.\n")
    assert _owner(text, "would be circulated") == "Inspector Clark"


def test_recommendation_to_a_body_with_an_adverbial_aside_is_the_bodys() -> None:
    text = ("Partnership Plan\n\nRESOLVED\n\n(1)          That the report be noted.\n\n(2)          That the Committee recommends "
            "that the Executive, as a matter of urgency, ensure that the Cherwell Safer Community Partnership Plan be reviewed "
            "and updated and presented to this committee early in the next municipal year.\n")
    assert _owner(text, "the Executive, as a matter of urgency") == "Executive"
    text = "Patrols\n\nRESOLVED: That the Chief Inspector, as soon as possible, provide Members with the patrol plan for the town centre.\n"
    assert _owner(text, "provide Members") == "Chief Inspector"


def test_a_councillor_attending_to_speak_does_not_own_passive_promises() -> None:
    text = ("Parking\n\nCouncillor Hall attended the meeting to speak on the item. A response would be sent to residents of "
            "the street.\n")
    assert all(a.owner != "Councillor Hall" for a in _actions(text))


def test_questions_would_be_answered_outside_the_meeting_is_a_promise() -> None:
    text = ("Questions\n\nInspector Ward from Essex Police gave a presentation on policing in the town. It was noted that a number "
            "of questions had been submitted by the public and these would be answered outside of the meeting.\n")
    assert _owner(text, "would be answered") == "Inspector Ward from Essex Police"
    assert _actions("Questions\n\nMembers were told that the questions were answered at the last meeting.\n") == []


def test_extra_resources_will_be_allocated_is_a_promise() -> None:
    text = ("COVID\n\nJill Horsfall, West Area BCU Superintendent informed the board that extra resources will be allocated "
            "for enforcement in response to London moving into tier 2.\n")
    assert _owner(text, "will be allocated") == "Jill Horsfall"


def test_being_deployed_when_required_describes_practice() -> None:
    text = ("Patrols\n\nWhen officers arrive on shift they are allocated an area to patrol and when required will be deployed "
            "to deal with an incident.\n")
    assert _actions(text) == []


def test_a_list_the_speaker_led_into_is_heard_from_them_until_it_ends() -> None:
    text = ("Community safety update\n\nInspector Shaw gave an update. He advised on the following issues:\n\n"
            "· Patrols had increased.\n\n· A breakdown of the figures would be circulated to members.\n\n"
            "Members discussed the report.\n\nA note of the discussion would be circulated to members.\n")
    owners = {a.quote.split(" would")[0]: a.owner for a in _actions(text)}
    assert owners["A breakdown of the figures"] == "Inspector Shaw"
    assert owners.get("A note of the discussion") is None


def test_a_time_aside_after_would_keeps_the_promise() -> None:
    text = ("Tribunal\n\nThe Commissioner said that he would, very shortly be publishing the minutes of the Scrutiny meeting that "
            "had reviewed this issue in considerable detail.\n")
    assert _owner(text, "would, very shortly be publishing") == "Commissioner"
    text = "Figures\n\nThe Inspector said that she would, in due course, circulate the ward figures to Members.\n"
    assert _owner(text, "would, in due course, circulate") == "Inspector"


def test_a_time_aside_does_not_make_a_forecast_a_promise() -> None:
    text = "Crime\n\nThe Inspector said that burglary would, very shortly, be increasing as the nights drew in.\n"
    assert _actions(text) == []


def test_who_would_be_asked_to_after_a_promise_is_the_named_persons_work() -> None:
    text = ("Questions\n\nThe Chairman responded that as the second question related to operational matters in the Springfield "
            "area of Chelmsford, the Commissioner would feed back the concerns to the Divisional Commander who would be asked "
            "to provide a response.\n")
    assert _owner(text, "feed back") == "Commissioner"
    assert _owner(text, "who would be asked to provide a response") == "Divisional Commander"
    text = "Crossing\n\nThe Inspector would write to the Head of Highways, who would be asked to review the crossing.\n"
    assert _owner(text, "review the crossing") == "Head of Highways"


def test_who_would_describing_someone_is_not_a_second_promise() -> None:
    text = "Crossing\n\nThe Inspector would write to residents in Mill Road, who would be invited to a meeting.\n"
    assert len(_actions(text)) == 1
    assert _actions("Crossing\n\nThe Inspector thanked the Head of Highways, who would review the crossing.\n") == []


def test_members_will_receive_a_briefing_is_a_promise_and_a_second_one_after_and_that() -> None:
    text = ("Safer Bristol\n\n·         Officer stated that this is the final report of the Partnership.\n\n"
            "·         It was confirmed that Commission Members will received a briefing on the new arrangements, and that "
            "Keeping Bristol Safe will be brought to the Commission in December.\n")
    assert _owner(text, "will received a briefing") is None
    assert _owner(text, "will be brought to the Commission") is None
    assert len(_actions("Questions\n\nMembers would receive a written response to their questions.\n")) == 1


def test_receiving_money_or_calls_is_not_a_promise() -> None:
    assert _actions("Funding\n\nThe Police will receive extra funding next year.\n") == []
    assert _actions("Calls\n\nThe control room would receive a large number of calls over the summer.\n") == []


def test_resolved_then_a_bare_that_line_is_not_a_decision() -> None:
    text = ("ASB update\n\nRESOLVED:\nThat\n1. the report be noted; and\n2. the Board thanked Mark Antrobus\nfor his detailed "
            "presentation.\n")
    found = _decisions(text)
    assert "That" not in found
    assert any("report be noted" in d for d in found)


def test_the_committee_noted_over_items_finishing_its_sentence_is_a_decision() -> None:
    text = ("Community Safety Partnership\n\nThe Committee noted:\n\n  • the overall reduction in crime by 10% in Bracknell Forest "
            "over the last 12 months;\n  • the groups involved in delivering crime reduction.\n")
    assert len(_decisions(text)) == 1


def test_the_committee_noted_over_sentences_of_discussion_is_not_a_decision() -> None:
    text = ("Community Safety Partnership\n\nThe Committee noted:\n\n  • Patrols had increased in the town centre.\n"
            "  • Burglary had fallen.\n")
    assert _decisions(text) == []


def test_the_chairman_welcoming_members_under_decisions_is_no_decision() -> None:
    text = ("Community Safety\n\nDecisions:\n\nThe Chairman welcomed Members and officers to the meeting and invited officers "
            "to present the report.\n")
    assert _decisions(text) == []
    assert len(_decisions("Budget\n\nDecisions:\n\nThe Panel welcomed the report and approved the budget.\n")) == 1


def test_a_bodys_own_document_issued_is_the_bodys_work() -> None:
    text = ("5. Proposed Precept\n\nRESOLVED that the precept be endorsed.\n\n(The Panel’s report on the precept will be issued to "
            "the Commissioner by 8 February 2024 in accordance with Schedule 5 to the Act.)\n")
    assert _owner(text, "will be issued") == "Panel"
    text = ("5. Proposed Precept\n\nRESOLVED that the precept be endorsed.\n\nThe report on the precept will be issued to "
            "the Commissioner by 8 February 2024.\n")
    assert _owner(text, "will be issued") is None
