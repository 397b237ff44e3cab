"""Round 15a (pool21): a decisions page whose 'RESOLVED' was lost after 'moved by ..., seconded by ... and', the
noun 'the work of' in a resolution that only notes, and owners of passive promises. Real sentences and variants."""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates
from minutesai.schemas import FoundAction


def _decisions(text: str) -> list[str]:
    return [d.text for d in extract_candidates(text).decisions]


def _actions(text: str) -> list[FoundAction]:
    found = extract_candidates(text).actions
    assert all(a.quote in text for a in found)
    return found


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
