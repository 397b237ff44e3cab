"""Round 24a (pool37, session 14): the previous minutes approved in community and parish councils' short forms, and
'CC' as the community council resolving. Sentences written for the test; each form has a near miss."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates


def _decisions(text: str) -> list[str]:
    return [d.text for d in extract_candidates(text).decisions]


@pytest.mark.parametrize(("text", "decision"), [
    ("Minutes: Proposed by Ann Ross and seconded by C Bell", "Minutes: Proposed by Ann Ross and seconded by C Bell"),
    ("MINUTE OF MARCH MEETING: Proposed by M. Kerr, seconded by J. Dunn",
     "MINUTE OF MARCH MEETING: Proposed by M. Kerr, seconded by J. Dunn"),
    ("The draft minute of the May meeting were proposed by AT and seconded by HF.",
     "The draft minute of the May meeting were proposed by AT and seconded by HF"),
    ("2. Minutes of the last meeting\nApproved as a true record.", "Approved as a true record"),
    ("3. Minutes of previous meeting\nApproved as-is (proposed A Welsh, seconded M Birch).",
     "Approved as-is (proposed A Welsh, seconded M Birch)"),
    ("CC approved the spending for the new noticeboard.", "CC approved the spending for the new noticeboard"),
])
def test_short_forms_of_approving_minutes(text: str, decision: str) -> None:
    assert _decisions(text) == [decision]


@pytest.mark.parametrize("text", [
    "The motion on the speed limit was proposed by Cllr Ames and seconded by Cllr Bell.",  # a motion: its outcome decides
    "4. Police report\nApproved as read.",  # no minutes above: a report is not the minutes
    "PC Ross approved the leaflet design before it went to print.",  # a police constable, not the council
])
def test_near_misses(text: str) -> None:
    assert _decisions(text) == []


@pytest.mark.parametrize(("text", "owner"), [
    ("The Trust will be asked to proceed with the noticeboard. MG Action.", "MG"),
    ("A copy of the minutes is to be sent to the Fisheries Trust. Clerk Action.", "Clerk"),
])
def test_initials_before_the_word_action_mark_the_work_before(text: str, owner: str) -> None:
    found = extract_candidates(text).actions
    assert [a.owner for a in found] == [owner]


@pytest.mark.parametrize("text", ["The report was noted. No Action.", "The report was noted. NO ACTION"])
def test_no_action_is_not_an_owner(text: str) -> None:
    assert extract_candidates(text).actions == []


def test_initials_defined_with_a_role_between_name_and_bracket() -> None:
    text = ("Present: Jo Campbell, Chair (JC), Mary Gould, Treasurer/Secretary (MG), Russell Smith (RS).\n\n"
            "The Trust will be asked to proceed with the noticeboard. MG Action.")
    assert [a.owner for a in extract_candidates(text).actions] == ["Mary Gould (MG)"]


def test_a_long_clause_after_the_comma_is_not_a_role() -> None:
    text = ("Present: Mary Gould, who had chaired the working group on parking since last year (MG).\n\n"
            "The Trust will be asked to proceed with the noticeboard. MG Action.")
    assert [a.owner for a in extract_candidates(text).actions] == ["MG"]


def test_a_telephone_system_is_not_a_count() -> None:
    from minutesai.engines.offline import extract_candidates as _ec

    text = "Residents were reminded that urgent calls go through the 999 system and non-emergency calls to 101."
    assert [f.value for f in _ec(text).figures if f.unit == "count"] == []
    assert [f.value for f in _ec("Officers reported 27 speeding and mobile phone offences.").figures] == [27.0]


def test_two_agreements_in_one_paragraph_are_two_decisions() -> None:
    text = ("Fund raising – Rachel reported on the spring events. It was agreed that a joint flyer be produced with the "
            "community group. She also reported that the charity was short of applicants. It was agreed to publicise "
            "this opportunity to young people.\n")
    found = [d.text for d in extract_candidates(text).decisions]
    assert len(found) == 2 and "publicise" in found[1]


def test_resolved_for_someone_to_act() -> None:
    text = "Following the discussion it was resolved for the Clerk to write to the Police about the roundabout."
    c = extract_candidates(text)
    assert len(c.decisions) == 1 and [a.owner for a in c.actions] == ["Clerk"]


@pytest.mark.parametrize(("text", "action"), [
    ("PCSO Daniels would see if local farms could be included in the marking scheme.", "see if local farms could be included"),
    ("Cllr Moss would make a request for yellow lines at the pinch points.", "make a request for yellow lines"),
])
def test_see_if_and_make_a_request(text: str, action: str) -> None:
    assert [a.action for a in extract_candidates(text).actions][0].startswith(action)


def test_seeing_whether_something_worked_is_no_work() -> None:
    assert extract_candidates("Residents would see if the patrols made a difference.").actions == []


@pytest.mark.parametrize(("text", "work"), [
    ("The Council welcomed Sergeant Evans, who had been invited to attend the meeting in order to address concerns.", False),
    ("Sergeant Evans agreed to attend the next meeting to answer questions.", True),
])
def test_attending_this_meeting_is_no_work(text: str, work: bool) -> None:
    assert bool(extract_candidates(text).actions) is work
