"""Work promised as a list: 'X undertook to:' over one bullet per piece of work. Each bullet that opens with a work
verb is one action owned by the lead-in's subject; lists of what a meeting noted, and lists under lead-ins that promise
nothing, give no actions. The minutes are written for the test in the style of a London Assembly committee."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates

UNDERTOOK = """5.4  During the course of the discussion, the Chief Superintendent, Northshire Police, undertook to:

·  Provide the number of stop and search encounters in the ward over the last year;

·  Look into whether the custody suite could open at weekends; and

·  Circulate the revised patrol plan to Members.
"""


def test_each_item_under_undertook_to_is_an_action_of_the_lead_in_subject() -> None:
    actions = extract_candidates(UNDERTOOK).actions
    assert [a.action for a in actions] == [
        "Provide the number of stop and search encounters in the ward over the last year",
        "Look into whether the custody suite could open at weekends",
        "Circulate the revised patrol plan to Members",
    ]
    assert {a.owner for a in actions} == {"Chief Superintendent, Northshire Police"}
    for a in actions:
        assert a.quote == a.action and a.quote in UNDERTOOK


@pytest.mark.parametrize("lead", [
    "Officers were asked to:",
    "The Inspector agreed to:",
    "The Community Safety Manager would:",
])
def test_other_lead_ins_that_promise_work(lead: str) -> None:
    text = f"{lead}\n• contact the housing association about the empty garages;\n• report back to the next meeting.\n"
    assert len(extract_candidates(text).actions) == 2


@pytest.mark.parametrize("text", [
    "The Committee agreed to:\n• note the report;\n• receive a further update in six months.\n",  # noting, not work
    "Members asked questions about:\n• Provide figures on the number of arrests;\n• staffing levels.\n",  # no promise
    "The Chief Inspector undertook to:\nThe meeting then moved to the next item.\n",  # no list below
])
def test_near_misses_give_no_listed_work(text: str) -> None:
    assert [a.action for a in extract_candidates(text).actions if "arrests" in a.action or "note" in a.action
            or "update" in a.action] == []
