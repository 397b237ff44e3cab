"""Action wordings met in the fifth set of real minutes, tested on sentences written for the test: an
agenda's standing "X to respond to any questions" line, a thing's effect ("This would provide ..."), a
recurring arrangement in a relative clause, and a promise after a reason clause that a later "who would
be asked to ..." used to take over. Each runs on a short text and inside a long one (sentence gates)."""

from __future__ import annotations

from tests.offline_support import actions_short_and_long


def test_standing_agenda_line_about_public_questions_is_not_an_action() -> None:
    text = ("5 Questions from Members of the Public\n"
            "The Chair to respond to any questions relevant to the work of the Panel from members of the public.\n"
            "4\nThere were no questions.")
    assert actions_short_and_long(text) == []


def test_a_named_reply_to_a_question_is_still_an_action() -> None:
    text = "Questions from the public\nThe Inspector to respond in writing to Mrs Dale's question about parking at the school."
    assert len(actions_short_and_long(text)) == 1


def test_the_effect_of_a_change_is_not_a_commitment() -> None:
    for line in ("More than thirty officers were moved to the new hubs. This would provide more capability to tackle drug dealing.",
                 "The new vans had arrived. It would give officers more time on patrol.",
                 "Two posts were created. These would support the rural crime team."):
        assert actions_short_and_long(line) == []


def test_a_person_would_still_commit() -> None:
    found = actions_short_and_long("The Sergeant would provide the figures for the rural wards before the next meeting.")
    assert len(found) == 1


def test_measures_reported_quarterly_in_a_relative_clause_are_not_an_action() -> None:
    text = ("The Panel considered report PCP/09/25 setting out the proposed performance measures which would be reported "
            "to the Panel on a quarterly basis.")
    assert actions_short_and_long(text) == []


def test_a_report_that_would_be_circulated_is_still_an_action() -> None:
    text = "The Inspector tabled the ward figures, which would be circulated to Members after the meeting."
    assert len(actions_short_and_long(text)) == 1


def test_promise_after_a_reason_clause_is_quoted_from_its_owner() -> None:
    text = ("The Chair replied that as the question concerned operational policing in the Westfield ward, the Commissioner "
            "would pass the concerns on to the Area Commander who would be asked to respond.")
    found = actions_short_and_long(text)
    assert len(found) == 2  # (round 15a: "who would be asked to respond" is the Area Commander's own work)
    owner, quote = found[0]
    assert owner == "Commissioner"
    assert quote.startswith("the Commissioner would pass the concerns on to the Area Commander")
    assert found[1][0] == "Area Commander"
