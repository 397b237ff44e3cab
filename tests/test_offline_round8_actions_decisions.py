"""Round 8 (cross-pool): the declarations-of-interest invitation with a clause before "to declare", and a body
named in lower case with its kind ("the community council") noting the updates, tested on sentences written for
the test. Each rule has a positive case and a near miss."""

from __future__ import annotations

from tests.offline_support import actions, decisions


def test_an_interest_invitation_with_a_clause_before_to_declare_is_no_action() -> None:
    text = ("Declarations of Interest\n\nMembers are requested at a meeting where a personal or prejudicial interest arises, "
            "which is not already entered in their register of interests, to declare any interests relating to an item on "
            "the agenda.\n\n"
            "Policing Update\n\nInspector Patel presented the report on burglary in the town centre.\n")
    assert actions(text) == []


def test_a_request_on_a_line_that_mentions_interests_stays_an_action() -> None:
    text = ("Front counter\n\nThe Clerk was asked to write to the Commissioner about the closure of the front counter, "
            "in which residents had declared a keen interest.\n")
    assert any("write to the Commissioner" in a.quote for a in actions(text))


def test_a_lower_case_body_with_its_kind_noting_the_updates_is_a_decision() -> None:
    text = ("Community safety update\n\nOfficers from the neighbourhood teams updated the meeting.\n\n"
            "The community council noted the neighbourhood policing team updates on community safety matters.\n")
    found = [d.quote for d in decisions(text)]
    assert any("The community council noted" in q for q in found)


def test_a_lower_case_body_noting_a_fact_is_no_decision() -> None:
    text = ("Community safety update\n\nOfficers from the neighbourhood teams updated the meeting.\n\n"
            "The community council noted the rise in bicycle thefts near the station.\n")
    assert decisions(text) == []
