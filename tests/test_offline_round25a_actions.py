"""Round 25a (pool34–pool36, pool39): general forms of actions, decisions and action owners, each with a positive
case and a near miss, on sentences written for the test: 'X is to obtain ...' after an agreement stays work (not a
further resolution), hard-wrapped 'is to / obtain', a body's membership ('The Forum will include Councillors ...') is
not work, a modal before 'be agreed' is no bare subjunctive resolution, and a police force's initials as owner take
the force's name."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates


def _actions(text: str) -> list[tuple[str | None, str]]:
    return [(a.owner, a.action) for a in extract_candidates(text).actions]


def _decisions(text: str) -> list[str]:
    return [d.text for d in extract_candidates(text).decisions]


_AGREED_THEN = ("Planters were discussed.\nIt was agreed that two new planters could be bought for the green. "
                "Cllr Moss {verb} obtain prices from three suppliers.\nCllr Moss to order the compost.")


def test_is_to_after_an_agreement_is_work_not_a_further_resolution() -> None:
    text = _AGREED_THEN.format(verb="is to")
    assert ("Cllr Moss", "obtain prices from three suppliers") in _actions(text)
    assert not any("prices" in d for d in _decisions(text))


def test_note_form_after_an_agreement_still_resolves() -> None:
    # the settled convention: "Cllr Moss to obtain ..." right after "It was agreed that ..." goes on resolving
    text = _AGREED_THEN.format(verb="to")
    assert any("prices" in d for d in _decisions(text))


def test_hard_wrapped_is_to_is_work() -> None:
    text = "Speeding on the High Street was raised. Sergeant Dale is to\narrange a speed check near the school."
    assert _actions(text) == [("Sergeant Dale", "arrange a speed check near the school")]


def test_is_to_with_a_thing_is_not_work() -> None:
    assert _actions("Parking near the school was raised. The aim is to\nreduce parking on the verges.") == []


@pytest.mark.parametrize("text", [
    "The Forum will include Parish Councillors, Sergeant Vale of the local policing team and two shopkeepers.",
    "The new steering group would include residents from each ward.",
])
def test_a_bodys_membership_is_not_work(text: str) -> None:
    assert _actions(text) == []


def test_a_body_including_something_somewhere_is_work() -> None:
    assert _actions("The Panel would include the parking item in its next agenda.") == [
        ("Panel", "include the parking item in its next agenda")]


def test_a_modal_before_be_agreed_is_no_resolution() -> None:
    text = "Minutes:\n\nB4. Litter pick\n\n  • The Vice-Chair would send details to the Clerk when a date could be agreed.\n"
    assert _decisions(text) == []
    assert [o for o, _ in _actions(text)] == ["Vice-Chair"]


def test_a_bare_subjunctive_bullet_still_resolves() -> None:
    assert _decisions("Minutes:\n\n  • The annual report be noted.\n") == ["The annual report be noted"]


def test_force_initials_take_the_forces_name_written_elsewhere() -> None:
    text = ("Sergeant Reid of Thames Valley Police gave the update. "
            "TVP would run drop-in sessions at the library over the summer.")
    assert [o for o, _ in _actions(text)] == ["Thames Valley Police (TVP)"]


def test_force_initials_known_without_the_name() -> None:
    assert [o for o, _ in _actions("Car crime was raised. GMP would run extra patrols in the Northgate car park.")] == [
        "Greater Manchester Police (GMP)"]


def test_initials_spelled_two_ways_stay_initials() -> None:
    text = ("Community Safety Partnership and Crime Stoppers Programme leaflets were handed out. "
            "The CSP would provide leaflets for the summer fair.")
    assert [o for o, _ in _actions(text)] == ["CSP"]


def test_two_people_appointed_alike_are_two_decisions() -> None:
    text = ("Election of Chair and Vice-Chair\n\n"
            "Cllr Ann Holt was proposed and seconded and duly appointed as Chairman of the Forum for the ensuing municipal year.\n\n"
            "Cllr Peter Lang was proposed and seconded and duly appointed as Vice Chairman of the Forum for the ensuing municipal year.\n")
    found = _decisions(text)
    assert len(found) == 2 and "Holt" in found[0] and "Lang" in found[1]


def test_one_person_named_two_ways_is_one_decision() -> None:
    from rapidfuzz import fuzz

    from minutesai.engines.offline.decision_repeats import restates
    assert restates("Cllr A Holt was duly appointed as Chair of the Forum for the coming year",
                    "Cllr Ann Holt was duly appointed as Chair of the Forum for the coming year", fuzz.token_set_ratio)


def test_a_passive_inside_a_when_clause_is_no_outcome() -> None:
    assert _decisions("Rural crime was discussed. The loan of trail cameras to farms was approved.") != []
    assert _decisions("Rural crime was discussed. The team kept trail cameras which could be lent out when a report was received.") == []
