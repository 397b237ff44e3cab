"""Round 19a (pool26): how an 'agreed to' promise is worded. The one who agreed in 'X noted the point and agreed to ...'
is X, not the last person heard; and 'agreed to a request to bring ...' is work, the verb after the second 'to'.
Sentences from pool26 (Durham, Leicester) and variants written in the same style."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates


def _actions(text: str) -> list[tuple[str | None, str]]:
    found = extract_candidates(text).actions
    assert all(a.quote in text for a in found)
    return [(a.owner, a.action) for a in found]


_SPOKE_FIRST = "The Chief Fire Officer referred to paragraph seven of the report and explained the definition of the word nuisance. "


@pytest.mark.parametrize(("line", "owner", "work"), [
    ("The Head of Community Protection Services appreciated his concern and agreed to feed this back to the group.",
     "Head of Community Protection Services", "feed this back to the group"),
    ("Inspector Shaw thanked Members for their comments and offered to circulate the plan.",
     "Inspector Shaw", "circulate the plan"),
    ("The Clerk noted the request and undertook to write to Highways.", "Clerk", "write to Highways"),
])
def test_the_named_subject_of_the_first_verb_agreed(line: str, owner: str, work: str) -> None:
    assert _actions(_SPOKE_FIRST + line) == [(owner, work)]


def test_a_pronoun_subject_still_means_the_speaker() -> None:
    assert _actions(_SPOKE_FIRST + "He thanked Members and agreed to circulate the plan.") \
        == [("Chief Fire Officer", "circulate the plan")]


def test_a_meeting_body_is_not_taken_as_the_one_who_agreed() -> None:
    owners = [o for o, _ in _actions(_SPOKE_FIRST + "The Committee noted the report and agreed to write to the school.")]
    assert "Committee" not in owners


@pytest.mark.parametrize(("line", "owner", "work"), [
    ("Sergeant Thompson agreed to a request to bring a report on how the speed gun was working to the next meeting.",
     "Sergeant Thompson", "bring a report on how the speed gun was working to the next meeting"),
    ("Inspector Hall agreed to the Chair’s request to provide the figures to the next meeting.",
     "Inspector Hall", "provide the figures to the next meeting"),
    ("The Clerk agreed to a suggestion from Councillor Smith to write to Highways.", "Clerk", "write to Highways"),
])
def test_agreeing_to_a_request_is_the_requested_work(line: str, owner: str, work: str) -> None:
    assert _actions(line) == [(owner, work)]


@pytest.mark.parametrize("line", [
    "Inspector Hall agreed to the request for more patrols in the park.",
    "The Sergeant agreed to a request to the effect that patrols continue.",
])
def test_agreeing_to_a_request_without_work_is_no_action(line: str) -> None:
    assert _actions(line) == []
