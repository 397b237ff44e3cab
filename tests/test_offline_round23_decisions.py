"""Round 23 (pool34/pool35, session 14): decisions in general forms, each with a positive case and a near miss, on
sentences written for the test: 'Agreed that ...' opening a sentence inside a paragraph, noting details, a summary or
figures, a resolving body in the present perfect ('has approved'), and an Authority as a resolving body."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates


def _decisions(text: str) -> list[str]:
    return [d.text for d in extract_candidates(text).decisions]


@pytest.mark.parametrize(("text", "decision"), [
    ("Parking in Mill Lane\n\nResidents had complained about parking near the school. Agreed that a letter be sent to "
     "the head teacher asking parents to park considerately.\n",
     "A letter be sent to the head teacher asking parents to park considerately"),
    ("Members noted details of Operation Nightjar.", "Members noted details of Operation Nightjar"),
    ("The Panel noted the crime figures for the quarter.", "The Panel noted the crime figures for the quarter"),
    ("The Fire Authority has approved a revenue budget of £42.1m for 2024/25.",
     "The Fire Authority has approved a revenue budget of £42.1m for 2024/25"),
])
def test_the_decision_is_found(text: str, decision: str) -> None:
    assert _decisions(text) == [decision]


@pytest.mark.parametrize("text", [
    "Residents had complained about parking. Cllr Ames agreed that the signs were too small.",  # a view, not a resolution
    "Members noted that the figures had risen since the spring.",  # what Members observed
    "The Council had agreed to fund the cameras in 2019.",  # an earlier decision, reported
    "The Authority’s budget was discussed at length.",  # no outcome
])
def test_near_misses_give_no_decision(text: str) -> None:
    assert _decisions(text) == []


@pytest.mark.parametrize("text", [
    "Cllr Ames was proposed and seconded and duly appointed as Chairman of the Panel for the ensuing year.",
    "Cllr Bell was proposed and seconded and duly appointed as Vice- Chairman of the Panel for the ensuing year.",
])
def test_an_appointment_proposed_and_seconded_is_a_decision(text: str) -> None:
    assert _decisions(text) == [text.rstrip(".")]


def test_an_appointment_to_a_police_post_is_not() -> None:
    assert _decisions("Inspector Cole was proposed for promotion and appointed to the Leeds district in May.") == []


@pytest.mark.parametrize(("text", "decision"), [
    ("Trees were blocking a footpath; the church steps were slippery in the frost and it was agreed that this be "
     "investigated further and there were also two water leaks.", "It was agreed that this be investigated further"),
    ("Vacancy for councillor: Two applications had been received and it was agreed that the applicants should attend "
     "the next meeting.", "It was agreed that the applicants should attend the next meeting"),
    ("The Minutes of the last meeting having been read, it was proposed by Mr Hale, seconded by Cllr Ames and agreed "
     "they were a true account of that meeting.", None),
])
def test_agreements_after_a_break_and_true_accounts(text: str, decision: str | None) -> None:
    found = _decisions(text)
    assert len(found) == 1 and (decision is None or found[0] == decision)


def test_a_report_of_what_someone_else_agreed_after_a_semicolon_is_not_a_decision() -> None:
    assert _decisions("Trees were blocking a footpath; the landowner had agreed that they were his.") == []
