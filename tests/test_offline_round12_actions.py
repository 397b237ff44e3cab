"""Round 12 (cross-pool): action forms missed or wrongly found on the fresh pools. Sentences written for the test.

* a table row flattened to text opens with its empty cells ("| |AB to write to ...");
* "Cllr X was asked to <any verb>": a named person given work, whatever the verb;
* a document as the subject of "would" ("This report would inform the plan") forecasts, promises nothing;
* the meeting's own recording ("the audio recording of the meeting will be checked ...") is housekeeping;
* "(Action: NAME)" after a resolution whose last item only notes the report marks the item that gives work.
"""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates
from minutesai.schemas import FoundAction


def _actions(text: str) -> list[FoundAction]:
    found = extract_candidates(text).actions
    assert all(a.quote in text for a in found)
    return found


def test_an_initials_action_in_a_flattened_table_row_is_found() -> None:
    text = ("| |Police Report | | |\n\n| |PJ reported cars parked on the pavement in Mill Street. | | |\n\n"
            "| |PJ to write to the Roads Department about parking on Mill Street| | |\n")
    acts = _actions(text)
    assert any(a.owner and "PJ" in a.owner and "write to the Roads Department" in a.action for a in acts)


def test_a_table_row_of_prose_is_no_action() -> None:
    text = "| |Police Report | | |\n\n| |PJ reported that parking had moved to Mill Street since the lines were painted. | | |\n"
    assert _actions(text) == []


def test_a_named_councillor_asked_to_do_anything_is_an_action() -> None:
    acts = _actions("Speeding in Church Lane\n\nCllr Hale was asked to reaffirm that the agreed limit on Church Lane is 20mph.\n")
    assert [a.owner for a in acts] == ["Cllr Hale"]
    assert acts[0].action.startswith("reaffirm")


def test_a_group_asked_to_do_anything_is_not_an_action() -> None:
    assert _actions("Speeding in Church Lane\n\nResidents were asked to reaffirm their support for the scheme.\n") == []


def test_a_report_that_would_inform_a_plan_is_no_action() -> None:
    assert _actions("Members discussed the assessment.\n\nThis report would inform the draft Community Safety Plan.\n") == []


def test_a_person_who_would_inform_members_still_promises() -> None:
    acts = _actions("The Inspector said that she would inform members of the outcome of the review.\n")
    assert len(acts) == 1


def test_checking_the_recording_of_the_meeting_is_housekeeping() -> None:
    text = ("Minutes\n\nNote: Where applicable, the audio recording of the meeting will be checked to confirm the accuracy "
            "of any proposed amendment.\n")
    assert _actions(text) == []


def test_a_transcript_circulated_after_the_meeting_stays_an_action() -> None:
    text = "Minutes\n\nThe transcript of the disputed minute would be circulated following the meeting.\n"
    assert len(_actions(text)) == 1


_DECISION = (
    "4 Membership of the Board\n\nThere was submitted a report by the Director on the Board's membership.\n\nDecision\n\n"
    "(a) To recommend to the Council that the Terms of Reference be amended to allow six representatives on the Board; and\n\n"
    "(b) To otherwise note the report.\n\n(Action: Head of Legal Services)\n\n5 Next item\n"
)


def test_a_marker_after_a_note_item_marks_the_item_that_gives_work() -> None:
    acts = _actions(_DECISION)
    assert len(acts) == 1
    assert acts[0].owner == "Head of Legal Services"
    assert "Terms of Reference be amended" in acts[0].action and acts[0].quote.startswith("(Action: Head of Legal Services)")
    assert not any(a.action.startswith("To otherwise note") for a in acts)


def test_a_marker_after_a_lone_note_item_keeps_its_owner() -> None:
    text = _DECISION.replace("(a) To recommend to the Council that the Terms of Reference be amended to allow six "
                             "representatives on the Board; and\n\n", "")
    acts = _actions(text)
    assert [a.owner for a in acts] == ["Head of Legal Services"]


def _resolved_owners(text: str) -> list[str | None]:
    return [a.owner for a in _actions(text)]


_PANEL = ("The Police and Crime Commissioner presented her annual report. The Commissioner answered the Panel's questions "
          "and the Panel thanked the Commissioner.\n\n")


def test_a_panel_recommendation_belongs_to_who_is_named_in_it() -> None:
    owners = _resolved_owners(_PANEL + "RESOLVED that:\n(a) the report be noted;\n"
                              "(b) the Panel recommends that the Commissioner publish monthly 999 data on her website;\n")
    assert owners == ["Commissioner"]


def test_a_recommendation_to_a_body_belongs_to_that_body() -> None:
    owners = _resolved_owners("RESOLVED – That the Committee notes the report and recommends to Cabinet that the Community "
                              "Safety Strategy be published by 31 March.\n")
    assert owners == ["Cabinet"]


def test_a_request_that_names_no_one_goes_to_whoever_presents_the_item() -> None:
    owners = _resolved_owners(_PANEL + "RESOLVED – that the Panel requests that future reports show the charge rate by district.\n")
    assert owners == ["Police and Crime Commissioner"]


def test_a_request_naming_someone_keeps_them() -> None:
    owners = _resolved_owners(_PANEL + "RESOLVED – that the Panel requests that the Chief Executive circulate the charge rate "
                              "by district.\n")
    assert owners == ["Chief Executive"]


def test_a_request_for_a_council_briefing_at_a_police_item_names_no_owner() -> None:
    owners = _resolved_owners("Police Scotland presented the report. Police Scotland answered questions.\n\nDecision\n\n"
                              "The Committee agreed to request that a Service Update be issued to members on bogus callers.\n")
    assert owners == [None]


def test_a_request_about_future_reports_at_a_police_item_goes_to_the_force() -> None:
    owners = _resolved_owners("Police Scotland presented the report. Police Scotland answered questions.\n\nDecision\n\n"
                              "The Committee agreed to request that future reports include road casualty figures by ward.\n")
    assert owners == ["Police Scotland"]
