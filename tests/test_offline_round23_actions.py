"""Round 23 (pool34/pool35, session 14): general forms of promised work, each with a positive case and a near miss,
on sentences written for the test: a note-form owner closed by a role noun ('CSP coordinators to assist roll-out'),
'plans to', 'run' with a bare plural object, and a promise sharing the subject of the clause before it."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates


def _actions(text: str) -> list[tuple[str | None, str]]:
    return [(a.owner, a.action) for a in extract_candidates(text).actions]


@pytest.mark.parametrize(("text", "owner", "action"), [
    ("The leaflet is ready. CSP coordinators to assist roll-out.", "CSP coordinators", "assist roll-out"),
    ("Speed signs were discussed. Highways team to put up two new signs on Mill Lane.", "Highways team",
     "put up two new signs on Mill Lane"),
    ("Sergeant Hale plans to meet the leisure park managers before the summer season.", "Sergeant Hale",
     "meet the leisure park managers before the summer season"),
    ("The neighbourhood team would run sessions at the skate park over the summer.", "neighbourhood team",
     "run sessions at the skate park over the summer"),
    ("Inspector Cole was reviewing the shift pattern for the village and would raise it with the Chief Constable.",
     "Inspector Cole", "raise it with the Chief Constable"),
])
def test_promised_work_is_found(text: str, owner: str, action: str) -> None:
    found = _actions(text)
    assert len(found) == 1
    assert found[0][0] is not None and owner.lower() in found[0][0].lower()
    assert found[0][1].startswith(action)


@pytest.mark.parametrize("text", [
    "Used to work in the town, the coordinators to this day help out.",  # an idiom before 'to'
    "The strategy plans to reduce violent crime by a fifth.",  # a plan document, no one to do the work
    "Burglars would run off when the alarm sounded.",  # 'run' as motion, not running something
    "Officers were reminded that the team would run faster with more staff.",  # no object to run
])
def test_near_misses_give_no_action(text: str) -> None:
    assert _actions(text) == []


def test_things_installed_or_put_up_are_not_work_without_an_arrangement() -> None:
    # round 21a's convention: 'The cameras will be installed' forecasts; the closed list of work participles decides
    assert _actions("New cameras were installed in the station car park in March.") == []
    assert _actions("The signs are being printed and will be put up near the primary school.") == []


@pytest.mark.parametrize(("text", "owner"), [
    ("Parking\n\nResidents had complained. Agreed that a formal request be made to Jo Hart, Head of Community Safety, "
     "to consider the proposal.", "Jo Hart, Head of Community Safety"),
    ("RESOLVED that the matter be referred to the Director of Housing for a report to the next meeting.",
     "Director of Housing"),
])
def test_the_one_a_request_is_made_to_owns_it(text: str, owner: str) -> None:
    assert [o for o, _ in _actions(text)] == [owner]


def test_concerns_referred_on_stay_the_referring_bodys_work() -> None:
    text = "RESOLVED that the Committee’s concerns about PCSO numbers be referred to the Police and Crime Commissioner."
    assert [o for o, _ in _actions(text)] == [None]


@pytest.mark.parametrize(("text", "owner", "action"), [
    ("The neighbourhood team will be talking to residents in the months to come.", "neighbourhood team", "talking to residents"),
    ("The police had been speaking with the housing officer and would see what could be done.", "police",
     "see what could be done"),
    ("Sergeant Bell said he would see what can be done about the parked vans.", "Sergeant Bell", "see what can be done"),
    ("B7. Democratic Services to contact the grammar school about the film nights.\n", "Democratic Services",
     "contact the grammar school"),
])
def test_more_promised_work(text: str, owner: str, action: str) -> None:
    found = _actions(text)
    assert len(found) == 1 and owner.lower() in (found[0][0] or "").lower() and found[0][1].startswith(action)


def test_an_election_at_a_later_meeting_is_work_for_then() -> None:
    assert [a for _, a in _actions("A new Vice-Chair will be elected at the next meeting.")] == [
        "A new Vice-Chair will be elected at the next meeting"]


@pytest.mark.parametrize("text", [
    "Residents said they could see what had been done to the park.",  # no promise
    "The officers were talking to residents when the call came in.",  # past, not promised
    "Cllr Ames was elected Chair last year.",  # a past election is no work
])
def test_more_near_misses(text: str) -> None:
    assert _actions(text) == []


@pytest.mark.parametrize(("text", "owner", "action"), [
    ("In response, the Inspector said that officers would be patrolling the play area more often.", "officers",
     "patrolling the play area"),
    ("The Commander responded that he would get the figures for Members.", "Commander", "get the figures"),
    ("PC Moss would be in touch with the school about parking.", "PC Moss", "be in touch with the school"),
    ("The PCSO would keep an eye on the bus shelter.", "PCSO", "keep an eye on the bus shelter"),
])
def test_promises_made_in_answers(text: str, owner: str, action: str) -> None:
    found = _actions(text)
    assert len(found) == 1 and owner.lower() in (found[0][0] or "").lower() and found[0][1].startswith(action)


@pytest.mark.parametrize("text", [
    "Crime would get worse without more officers.",  # a forecast, no work
    "Residents had been in touch with the school.",  # done, not promised
])
def test_answers_without_a_promise(text: str) -> None:
    assert _actions(text) == []


@pytest.mark.parametrize(("text", "action"), [
    ("Parking was discussed. Speed cameras are to be set up on the straight roads through the village.",
     "Speed cameras are to be set up on the straight roads through the village"),
    ("Youths gathered nightly. The hedges alongside the playing field were to be cut back.",
     "The hedges alongside the playing field were to be cut back"),
])
def test_things_to_be_done_in_prose(text: str, action: str) -> None:
    assert [a for _, a in _actions(text)] == [action]


@pytest.mark.parametrize("text", [
    "There is to be a review of the scheme.",  # no thing to be worked on
    "The hedges alongside the playing field were cut back in May.",  # done already
])
def test_prose_near_misses(text: str) -> None:
    assert _actions(text) == []


def test_a_pronoun_addressee_is_the_person_named_before() -> None:
    text = ("Councillor Ames raised two thefts reported to the police with no response for days.  Inspector Cole asked "
            "him to provide details of the incidents.")
    assert [o for o, _ in _actions(text)] == ["Councillor Ames"]


def test_a_pronoun_addressee_with_nobody_named_before_has_no_owner() -> None:
    assert [o for o, _ in _actions("Residents had raised thefts. The Inspector asked them to provide details of the thefts.")] in (
        [None], [])
