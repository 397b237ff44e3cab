"""Round 19a (pool26): action-marker lines with the owner in brackets ('Action (JB): contact the school') and marker
lines holding more than one owner's work ('Action – NA to pick-up with X. NM to pick up with Y ...'). The second form is
from the pool26 Northamptonshire accountability board; the others are written in the style of parish and CSP action logs."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates


def _actions(text: str) -> list[tuple[str | None, str]]:
    found = extract_candidates(text).actions
    assert all(a.quote in text for a in found)
    return [(a.owner, a.action) for a in found]


@pytest.mark.parametrize(("line", "owner", "work"), [
    ("Action (JB): contact the school about parking.", "JB", "contact the school about parking"),
    ("ACTION (Clerk) – write to Highways about the junction.", "Clerk", "write to Highways about the junction"),
    ("Action (PF/ID) – leaflet drop on Kelston Avenue.", "PF/ID", "leaflet drop on Kelston Avenue"),
])
def test_the_owner_in_brackets_after_the_marker(line: str, owner: str, work: str) -> None:
    assert _actions("The Sergeant gave an update on patrols.\n" + line + "\n") == [(owner, work)]


@pytest.mark.parametrize("line", [
    "Action (Ongoing): monitor the speed data.",
    "Action (Complete): the sign has been replaced.",
])
def test_a_status_in_brackets_is_no_owner(line: str) -> None:
    assert all(o not in ("Ongoing", "Complete") for o, _ in _actions("Update on patrols.\n" + line + "\n"))


def test_each_owner_on_a_marker_line_gets_their_work() -> None:
    line = ("Action – NA to pick-up with D/Supt Rymarz. NM to pick up with Vicky Martin the work relating to education "
            "officer and curriculum to move forward.")
    assert _actions("The Board discussed the schools programme.\n" + line + "\n") == [
        ("NA", "pick-up with D/Supt Rymarz"),
        ("NM", "pick up with Vicky Martin the work relating to education officer and curriculum to move forward"),
    ]


@pytest.mark.parametrize("after", [
    "Members to note the letter.",
    "It was to be hoped this would help.",
])
def test_other_sentences_after_a_marker_are_not_its_owners(after: str) -> None:
    found = _actions("Update on patrols.\nAction: Clerk to write to the school. " + after + "\n")
    assert found == [("Clerk", "write to the school")]

