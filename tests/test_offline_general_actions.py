"""General action rules: reported-speech commitments, two commitments in one sentence, open rows of
action logs (tab-separated, flattened to single spaces, or listed with a log reference), and 'would'
clauses that forecast money or projects. Sentences written in the style of UK council minutes."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates


def _actions(text: str) -> list[tuple[str | None, str]]:
    return [(a.owner, a.action) for a in extract_candidates(text).actions]


@pytest.mark.parametrize(
    ("text", "owner", "start"),
    [
        ("The Commissioner accepted that confidence had fallen. He said that he would set out his response in the "
         "refreshed Police and Crime Plan.", "Commissioner", "set out his response"),
        ("The Deputy Chief Constable agreed that the force's performance pack would in future show response times "
         "for each district.", "Deputy Chief Constable", "show response times"),
        ("Superintendent Rees gave an assurance that patrols in Victoria Park would be increased over the summer.",
         "Superintendent Rees", "patrols in Victoria Park would be increased"),
        ("Inspector Hale confirmed that officers would step up visits to the licensed premises on Bridge Street.",
         "officers", "step up visits"),
    ],
)
def test_reported_speech_commitments(text: str, owner: str, start: str) -> None:
    found = _actions(text)
    assert len(found) == 1
    assert found[0][0] == owner and found[0][1].startswith(start)


def test_two_commitments_in_one_sentence_are_two_actions_with_one_owner() -> None:
    text = ("PCSO Lyle said she would increase patrols on Friday and Saturday evenings and would speak to the "
            "school about the issue.")
    assert _actions(text) == [("PCSO Lyle", "increase patrols on Friday and Saturday evenings"),
                              ("PCSO Lyle", "speak to the school about the issue")]


@pytest.mark.parametrize(
    "text",
    [
        "The Board heard that the Commissioner's Community Safety Fund would distribute £1.2 million to partners.",
        "The Partnership had secured £85,000 for a youth diversion project, which would work with young people aged 10 to 17.",
        "The Chief Executive said the scheme would cost £40,000 and the new hub would open in May.",
        "Inspector Khan said that crime would continue to fall over the summer.",
        "Councillor Brown asked whether officers would consider extending the Public Spaces Protection Order.",
        "The Inspector said the cameras would be installed by the contractor next year.",
    ],
)
def test_forecasts_and_questions_are_not_actions(text: str) -> None:
    assert _actions(text) == []


def test_forecast_subject_does_not_hide_a_person_commitment() -> None:
    text = "The Community Safety Manager would circulate the funding bid to Members before the deadline."
    assert _actions(text) == [("Community Safety Manager", "circulate the funding bid to Members before the deadline")]


def test_tab_separated_action_log_keeps_open_rows_after_completed_ones() -> None:
    text = ("Ref\tAction\tOwner\tDue\tStatus\n"
            "CS/14\tCirculate the ASB case review data\tDP\tOct 22\tComplete\n"
            "CS/15\tConfirm funding for the town centre safe space\tRM\tDec 22\tOpen – carry forward\n")
    assert _actions(text) == [("RM", "Confirm funding for the town centre safe space")]


def test_action_log_flattened_to_single_spaces_is_read_from_the_right() -> None:
    text = ("Actions from the last meeting were reviewed:\n\n"
            "Ref Action Owner Due Status\n"
            "SG/14 Circulate the hotspot map for the quayside to Housing AC Oct 22 Complete\n"
            "SG/15 Youth diversion referral pathway to be agreed with Police HC / AC Dec 22 Open – carry forward\n"
            "SG/16 Write to the bus operator about the shelter lighting JW 31 January 2023 Ongoing\n\n"
            "3. Performance\n")
    found = extract_candidates(text).actions
    assert [(a.owner, a.action, a.due) for a in found] == [
        ("HC / AC", "Youth diversion referral pathway to be agreed with Police", "Dec 22"),
        ("JW", "Write to the bus operator about the shelter lighting", "31 January 2023"),
    ]
    assert all(a.quote in text for a in found)


def test_action_log_list_items_with_references() -> None:
    text = ("Action log review:\n"
            "- 04/23-1 ID to ask the housing association about the stairwell lighting – COMPLETE, repaired 2 May.\n"
            "- 04/23-3 AH to raise the Station Parade camera with the council CCTV team – OPEN, awaiting reply.\n")
    assert _actions(text) == [("AH", "raise the Station Parade camera with the council CCTV team")]


def _decisions(text: str) -> list[str]:
    return [d.text for d in extract_candidates(text).decisions]


def test_body_agreed_list_after_narrative_in_the_same_paragraph() -> None:
    text = ("4. Treasurer's report\nThe Treasurer reported that the unspent balance would be returned. The Board AGREED:\n"
            "(a) to approve the accounts for submission to MOPAC; and\n"
            "(b) that the Chair and Treasurer submit the project plan by 31 May 2024.\n")
    assert _decisions(text) == ["To approve the accounts for submission to MOPAC",
                                "The Chair and Treasurer submit the project plan by 31 May 2024"]
    assert [a.owner for a in extract_candidates(text).actions] == ["Chair and Treasurer"]


def test_resolved_in_the_middle_of_a_paragraph_is_that_sentence_only() -> None:
    text = ("CS/48 CCTV\nThe Clerk reported that the maintenance contract would cost £6,840. RESOLVED that the contract be "
            "renewed. It was noted that footage had been requested 19 times.\n")
    assert _decisions(text) == ["The contract be renewed"]
    assert _decisions("The Clerk said the RESOLVED items were listed. Members thanked him.\n") == []


def test_agreed_priorities_list_is_one_decision() -> None:
    text = ("4. Ward priorities\nThe Panel discussed priorities for the next quarter. Agreed priorities:\n"
            "(1) Residential burglary\n(2) ASB in Marlbury Park\n(3) Drug dealing at Hartley Court\n\n5. Any other business\n")
    [decision] = extract_candidates(text).decisions
    assert decision.quote.startswith("Agreed priorities:") and decision.quote.endswith("Drug dealing at Hartley Court")
    assert _decisions("Agreed priorities would be reviewed in March.\n(1) Burglary\n") == []
