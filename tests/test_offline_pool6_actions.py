"""Action wordings met in the sixth set of real minutes, tested on text written for the test: an open
invitation to members or the public to attend an event is not work given to anyone."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates


def _actions(text: str) -> list[tuple[str | None, str]]:
    return [(a.owner, a.action) for a in extract_candidates(text).actions]


@pytest.mark.parametrize("text", [
    "The next public meeting was due to be held on 4 May and members were invited to attend or watch on the webcast.",
    "Residents were encouraged to attend the community surgery at the library on Saturday.",
    "All councillors were invited to join the walkabout with the neighbourhood team.",
])
def test_an_open_invitation_is_not_an_action(text: str) -> None:
    assert _actions(text) == []


def test_an_officer_invited_to_attend_a_later_meeting_to_report_is_an_action() -> None:
    found = _actions("Inspector Grey was invited to attend the next meeting to report on the speeding operation.")
    assert found == [("Inspector Grey", "attend the next meeting to report on the speeding operation")]


def test_a_long_text_keeps_the_rule() -> None:
    filler = "The Inspector described patrols in the town centre and the work of the neighbourhood team. " * 250
    assert _actions(filler + "\n\nMembers were invited to attend the open day at the police station.") == []
    found = _actions(filler + "\n\nThe Clerk was asked to invite the Inspector to attend the next meeting.")
    assert found == [("Clerk", "invite the Inspector to attend the next meeting")]
