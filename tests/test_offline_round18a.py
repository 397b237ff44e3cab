"""Round 18a (pool25): action-marker layouts whose owner is followed by any verb ("ACTION – PF to put a request ...",
"Action Point: JB to draw up ..."), markers closing a line ("... – ACTION: Clerk"), Members' views 'noted' in the
passive, a Commissioner receiving a paper at an accountability board, approvals recorded from another meeting,
requests in the passive or the indicative ('was also requested', 'asked that ... are detailed'), 'Members agreed to
refer ...' owned by the meeting body, budget lines and pronouns after 'apologised'. Real sentences and variants."""

from __future__ import annotations

from minutesai.schemas import FoundAction
from tests.offline_support import actions as _actions
from tests.offline_support import decision_texts as _decisions


def _one(text: str) -> FoundAction:
    found = _actions(text)
    assert len(found) == 1, [(a.owner, a.action, a.quote) for a in found]
    return found[0]


def test_marker_owner_to_any_verb() -> None:
    a = _one("Local policing\nSpecials and volunteers\nACTION – PF to put a request for a paper relating to Specials and "
             "volunteers on a future accountability board agenda\nPublic protection\n")
    assert a.owner == "PF" and a.action.startswith("put a request for a paper")
    assert a.quote.startswith("ACTION – PF to put")
    b = _one("Hotspots\nAction Point: JB to draw up a list of hotspots\n")
    assert b.owner == "JB" and b.action == "draw up a list of hotspots"
    c = _one("Agenda\nAction point – Clerk to place the item on the next agenda.\n")
    assert c.owner == "Clerk" and c.action.startswith("place the item")
    d = _one("Training\nACTION – PF/LS to hold a workshop for staff\n")
    assert d.owner == "PF/LS" and d.action == "hold a workshop for staff"
    e = _one("Item\nAction - Chief Inspector to put a note in the newsletter\n")
    assert e.owner == "Chief Inspector"


def test_marker_naming_work_to_be_done_has_no_owner() -> None:
    a = _one("Item\nAction: Update to be given at next meeting\n")
    assert a.owner is None and a.action.startswith("Update to be given")


def test_marker_closing_its_line() -> None:
    a = _one("Speeding\nWrite to Highways about the speed cameras on the A30 – ACTION: Clerk\n")
    assert a.owner == "Clerk" and a.action == "Write to Highways about the speed cameras on the A30"
    assert _actions("Plan\nThe Panel noted the Community Safety Action Plan.\n") == []


def test_marker_after_agreement_names_owner() -> None:
    a = _one("Speeding\nThe Panel agreed to write to Highways about the speed cameras on the A30. Action: Clerk\n")
    assert a.owner == "Clerk"


def test_members_concern_noted_is_a_decision() -> None:
    text = ("Police station\n\nMembers raised the closure of local stations.\n\nMembers concern at any potential closure of "
            "Dumbarton Police station was noted.\n")
    assert any(d.startswith("Members concern at any potential closure") for d in _decisions(text))
    text2 = "Item\n\nMembers’ comments on the draft plan were recorded.\n"
    assert any("comments on the draft plan" in d for d in _decisions(text2))
    assert _decisions("Item\n\nMembers discussed the concerns that residents had noted.\n") == []


def test_commissioner_received_paper_at_board() -> None:
    text = ("Budget outturn report\nThe Commissioner received this paper and thanked the Chief Constable for the ongoing "
            "improvements made since his appointment in financial management.\n")
    assert any(d.startswith("The Commissioner received this paper") for d in _decisions(text))
    assert _decisions("Item\nThe Commissioner received a letter from the Home Office about funding.\n") == []
    assert _decisions("Item\nThe Commissioner accepted this was a concern.\n") == []


def test_minute_approved_at_another_meeting_is_not_a_decision() -> None:
    text = ("Report Summary\n\nThis is the approved Minute from the Policing Performance Committee held on 15 June 2023. "
            "The Minute was approved at the meeting on 12 September 2023.\n")
    assert _decisions(text) == []
    assert _decisions("Minutes\n\nThe minutes of the last meeting were approved as a correct record.\n") != []


def test_glued_paragraph_numbers() -> None:
    text = ("2.Minutes\n\n2.1RESOLVED\n\n2.1.1That the minutes of the meeting held on 13 September 2013 were approved as a "
            "correct record; and,\n\n2.1.2That the Panel chase a reply to their letter to the Home Secretary on the use of "
            "iQuanta information.\n\n3.Urgent items\n")
    a = _one(text)
    assert a.owner == "Panel" and a.action.startswith("chase a reply")


def test_passive_request() -> None:
    a = _one("Plan\nMembers discussed the priorities. The Community Safety Plan was also requested.\n")
    assert a.owner is None and a.action == "provide the Community Safety Plan"
    b = _one("Knife crime\nFurther information on knife crime figures in the ward was requested for the next meeting.\n")
    assert b.action.startswith("provide further information on knife crime figures")
    c = _one("Slides\nA copy of the presentation was requested.\n")
    assert c.action == "provide a copy of the presentation"
    for past in ("Knife crime\nThe information requested at the last meeting had been circulated.\n",
                 "Knife crime\nThe figures that had been requested were tabled.\n",
                 "Knife crime\nAn update was requested at the last meeting.\n",
                 "Knife crime\nThe report was requested by the Panel in March.\n"):
        assert _actions(past) == [], past


def test_asked_that_indicative() -> None:
    a = _one("HMICS\nMembers noted the report and agreed the following actions:\n\nPPC 20230615-002 - Members asked that "
             "action to address inconsistencies highlighted through the HMICS report are detailed in the improvement plan "
             "due to be presented in September 2023.\n")
    assert a.action.startswith("action to address inconsistencies")
    b = _one("Updates\nMembers requested that updates are provided to the Panel every quarter.\n")
    assert b.action.startswith("updates are provided")


def test_members_agreed_to_refer_is_the_committees_work() -> None:
    text = ("Policing Performance Committee - 12 September 2023\n\nHMICS report\n\nPPC 20230615-003 - Members agreed to refer "
            "this report to the People Committee given its relevance to the remit and focus of the committee.\n")
    a = _one(text)
    assert a.owner == "the Committee" and a.action.startswith("refer this report to the People Committee")


def test_budget_line_is_not_an_action() -> None:
    text = ("Youth provision\n  • From March 2021, a one off increase of £50K would be added to the budget for youth provision "
            "and they wanted to ensure that the recommendations influenced how that budget was spent.\n")
    assert _actions(text) == []
    assert _actions("Grants\nFunding of £5,000 would be allocated to the CCTV scheme.\n") == []
    a = _one("Figures\nThe crime figures would be added to the Panel's website.\n")
    assert a.action.startswith("The crime figures would be added")


def test_pronoun_after_apologised() -> None:
    text = ("Annual report\n\nThe Chairman expressed his concern that the annual report had been circulated late.\n\n"
            "The Commissioner apologised for the lateness of the report. He explained that performance information would "
            "normally be available on his web site, and he would investigate the issue.\n")
    a = _one(text)
    assert a.owner == "Commissioner" and a.action == "investigate the issue"


def test_one_mention_of_a_force_does_not_own_requests() -> None:
    text = ("Community Safety Partnership\n\nThe Leader of the Council, the Director of Neighbourhoods and the Chief Inspector "
            "of Lancashire Police presented a report on the Community Safety Partnership.\n\nMembers queried this and asked "
            "that more detailed information on the data be shared with them.\n")
    a = _one(text)
    assert a.owner is None


def test_marker_owner_colon_or_will() -> None:
    a = _one("Item\nAction – JB: contact the school about parking\n")
    assert a.owner == "JB" and a.action == "contact the school about parking"
    b = _one("Item\nACTION: Inspector Smith will contact the school about parking\n")
    assert b.owner == "Inspector Smith" and b.action == "contact the school about parking"
    c = _one("Item\nAction Point 3: Clerk to contact the school\n")
    assert c.owner == "Clerk"


def test_marker_work_then_owner() -> None:
    a = _one("Item\nACTION: Write to Highways about parking (Clerk)\n")
    assert a.owner == "Clerk" and a.action == "Write to Highways about parking"
    b = _one("Item\nACTION: Write to Highways about parking – Clerk\n")
    assert b.owner == "Clerk" and b.action == "Write to Highways about parking"


def test_marker_agreed_and_numbered() -> None:
    a = _one("Item\nAction agreed: Clerk to write to Highways about parking.\n")
    assert a.owner == "Clerk" and a.action == "write to Highways about parking"
    b = _one("Item\nAction 3 – Chief Executive to set up a meeting with the Police\n")
    assert b.owner == "Chief Executive" and b.action == "set up a meeting with the Police"
    assert _actions("Item\nActions 1 - 3 were completed.\n") == []


def test_bracketed_marker_after_a_dash_clause() -> None:
    a = _one("Item\nThe Clerk would write to Highways about parking (Action - Clerk).\n")
    assert a.owner == "Clerk" and a.action == "write to Highways about parking"
    assert "(Action" not in a.quote


def test_body_noted_written_or_verbal_updates() -> None:
    assert _decisions("Police update\n\nThe Area Board noted written updates attached to the agenda.\n") == [
        "The Area Board noted written updates attached to the agenda"]
    assert _decisions("Police update\n\nThe Committee noted verbal updates from the Inspector and the Fire Service.\n") != []
    assert _decisions("Police update\n\nThe Committee noted concerns about the reports of speeding.\n") == []


def test_body_received_this_paper() -> None:
    assert _decisions("Budget\n\nThe Board received this paper and thanked the Chief Constable.\n") == [
        "The Board received this paper and thanked the Chief Constable"]
    assert _decisions("Budget\n\nThe Committee received a paper from the Force setting out the budget.\n") == []


def test_pronoun_after_other_speech_verbs() -> None:
    text = ("Patrols\n\nCouncillor Hill asked about patrols in the town centre.\n\n"
            "The Inspector recognised the concern. She would arrange extra patrols on Friday nights.\n")
    a = _one(text)
    assert a.owner == "Inspector" and a.action.startswith("arrange extra patrols")


def test_would_be_able_to_provide() -> None:
    a = _one("Figures\n\nThe Inspector said that he would be able to provide the figures at the next meeting.\n")
    assert a.owner == "Inspector" and a.action == "provide the figures at the next meeting"
    text = ("Accident\n\nThe Vice Chair asked about the accident.\n\nThe commissioner is hopeful that he will be able to provide "
            "a report regarding the traffic accident by the next panel meeting.\n")
    b = _one(text)
    assert b.owner == "Commissioner" and b.action.startswith("provide a report")
    assert _actions("Tech\n\nThe new system would be able to provide real-time data to officers.\n") == []
    assert _actions("Tech\n\nOfficers will be able to share intelligence more quickly with the new app.\n") == []


def test_marker_holding_imperative_work() -> None:
    a = _one("Item\nAction: Write to Highways about parking\nOwner: Clerk\n")
    assert a.owner == "Clerk" and a.action == "Write to Highways about parking"
    b = _one("Item\nThe Panel discussed parking. Members asked for a letter.\nAction: Write to Highways about parking\nLead: Cllr Smith\n")
    assert b.owner == "Cllr Smith" and b.quote == "Action: Write to Highways about parking"
    c = _one("Item\nAction: Write to Highways about parking\n\nNext item\n")
    assert c.owner is None
    d = _one("Item\nThe Clerk would write to Highways about parking.\nAction: Clerk\n")
    assert d.owner == "Clerk" and d.action == "write to Highways about parking"


def test_marker_owner_who_agreed() -> None:
    a = _one("Item\nACTION: The Chief Inspector agreed to provide the figures for the next meeting.\n")
    assert a.owner == "Chief Inspector"


def test_action_in_a_name_is_no_marker() -> None:
    assert _actions("Groups\nThe Panel heard from Community Action: Neighbourhood Watch\n") == []


def test_requested_sight_of() -> None:
    a = _one("Plan\n\nMembers requested sight of the action plan.\n")
    assert a.action == "sight of the action plan"
    b = _one("Slides\n\nMembers requested copies of the presentation slides.\n")
    assert b.action == "copies of the presentation slides"


def test_panel_votes_confirmations_and_refusals() -> None:
    lead = "Precept\n\nThe Commissioner presented the proposed precept. Members asked about reserves.\n\n"
    assert _decisions(lead + "The Panel voted to veto the proposed precept.\n") == ["The Panel voted to veto the proposed precept"]
    assert _decisions(lead + "The Panel did not support the proposed precept.\n") == ["The Panel did not support the proposed precept"]
    assert _decisions(lead + "The Panel confirmed the appointment of the Chief Constable.\n") != []
    assert _decisions(lead + "The Panel confirmed that it had received the papers.\n") == []


def test_minutes_approved_at_a_named_later_meeting() -> None:
    assert _decisions("Minutes\n\nThese minutes were approved at the meeting of the Panel held on 5 June 2024.\n") == []
    assert _decisions("Minutes\n\nThe minutes of the meeting held on 5 June 2024 were approved as a correct record.\n") != []


def test_passive_request_opening_with_what_is_asked() -> None:
    a = _one("Knife crime\nInformation on the number of knife arrests in the ward was requested.\n")
    assert a.action == "provide information on the number of knife arrests in the ward"
    b = _one("Slides\nCopies of the slides were requested.\n")
    assert b.action == "provide copies of the slides"
    assert _actions("Knife crime\nInformation that had been requested was tabled.\n") == []
