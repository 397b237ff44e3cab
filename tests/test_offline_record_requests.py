"""Round 19a: a Member asking for something to go on the record of the meeting ('asked that it is noted that ...',
'requested that his objection be recorded', 'asked that the Panel's thanks be minuted') gives no one work; a request
that someone do something still does. Written in the style of ModernGov and parish minutes."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates

_BEFORE = "Residents raised concerns about parking on School Lane.\n\n"


def _actions(text: str) -> list[tuple[str | None, str]]:
    found = extract_candidates(text).actions
    assert all(a.quote in text for a in found)
    return [(a.owner, a.action) for a in found]


@pytest.mark.parametrize("line", [
    "Councillor Smith asked that it is noted that the speed sign was still not working.",
    "Councillor Jones requested that his objection be recorded.",
    "Councillor Jones asked that the Panel’s thanks to the officers be minuted.",
    "Councillor Jones requested that it be recorded that she had declared an interest.",
    "Councillor Patel asked that her disappointment at the response should be formally noted.",
])
def test_a_request_for_the_record_is_no_action(line: str) -> None:
    assert _actions(_BEFORE + line + "\n") == []


@pytest.mark.parametrize(("line", "work"), [
    ("Councillor Jones asked that the figures be circulated to Members.", "the figures be circulated to Members"),
    ("Councillor Jones asked that the Clerk write to Highways.", "write to Highways"),
    ("Councillor Jones requested that the concerns be passed to the Chief Constable.", "the concerns be passed to the Chief Constable"),
])
def test_a_request_for_work_is_still_an_action(line: str, work: str) -> None:
    assert [w for _, w in _actions(_BEFORE + line + "\n")] == [work]
