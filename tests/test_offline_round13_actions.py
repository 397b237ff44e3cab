"""Round 13 (cross-pool): promises in the future progressive. Sentences written for the test.

"He will be attending our next meeting", "she would be speaking to officers", "AB and CD will be meeting about ...":
minutes report an undertaking as "will/would be <verb>ing" as often as "will/would <verb>". The form counts only when
the verb's base form is a work verb; the checks of the plain modal form (a meeting body's own business, forecasts)
apply to it as well.
"""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates
from minutesai.engines.offline.progressive_promises import base_forms
from minutesai.schemas import FoundAction


def _actions(text: str) -> list[FoundAction]:
    found = extract_candidates(text).actions
    assert all(a.quote in text for a in found)
    return found


def test_a_named_officer_who_will_be_attending_is_an_action() -> None:
    acts = _actions("Policing Update\n\nSergeant Platt said he will be attending the parish meeting on 3 June.\n")
    assert [a.owner for a in acts] == ["Sergeant Platt"]
    assert "attending the parish meeting" in acts[0].action


def test_two_people_who_will_be_meeting_about_something_is_an_action() -> None:
    acts = _actions("Youth Provision\n\nRB and KL will be meeting about the skate park lighting once the quotes are in.\n")
    assert [a.owner for a in acts] == ["RB and KL"]
    assert acts[0].action.startswith("meeting about the skate park")


def test_a_phrasal_work_verb_in_the_progressive_is_an_action() -> None:
    acts = _actions("Parking\n\nThe Inspector confirmed that officers would be looking into the parking on Dale Road.\n")
    assert len(acts) == 1 and "looking into the parking" in acts[0].action


def test_a_progressive_verb_that_is_no_work_is_not_an_action() -> None:
    assert _actions("Crime Figures\n\nBurglary would be increasing over the darker evenings, the Inspector warned.\n") == []
    assert _actions("Staffing\n\nPC Dunn would be having a period of leave in August.\n") == []


def test_a_meeting_body_meeting_in_the_progressive_is_not_an_action() -> None:
    assert _actions("Date of Next Meeting\n\nThe Committee will be meeting again on 14 March.\n") == []


def test_base_forms_undo_the_spelling_of_ing() -> None:
    assert "attend" in base_forms("attending")
    assert "write" in base_forms("writing")
    assert "map" in base_forms("mapping")


def test_working_closely_with_partners_in_the_progressive_is_not_an_action() -> None:
    assert _actions("Partnership Working\n\nThe Inspector said the police would be working closely with the Fire Service.\n") == []


def test_a_plainer_promise_in_the_same_sentence_is_kept() -> None:
    acts = _actions("Speeding\n\nPC Lowe would be patrolling Mill Lane and would circulate the speed data to members.\n")
    assert len(acts) >= 1 and any("circulate the speed data" in a.action for a in acts)


def test_a_unit_named_before_who_is_not_a_person() -> None:
    text = "Robbery\n\nThe force had added six staff to its Robbery Desk who would review every open robbery case.\n"
    assert _actions(text) == []


def test_a_named_person_before_a_comma_and_who_still_promises() -> None:
    acts = _actions("Robbery\n\nThe question was passed to Jane Holt, who would circulate the robbery figures to members.\n")
    assert len(acts) == 1 and "circulate the robbery figures" in acts[0].action
