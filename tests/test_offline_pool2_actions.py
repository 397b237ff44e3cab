"""Action forms from real UK minutes (round 5): "A commitment was made that X will ..." and "it was agreed that
members will <any verb> ...". Every sentence is written for the test."""

from __future__ import annotations

from tests.offline_support import actions


def test_a_commitment_made_in_the_passive_is_an_action() -> None:
    found = actions("The Inspector outlined the summer plan. A commitment was made that ward officers will continue to hold "
                    "monthly surgeries in each village.")
    assert [a.quote for a in found] == ["ward officers will continue to hold monthly surgeries in each village"]


def test_agreed_that_members_will_takes_any_verb() -> None:
    found = actions("The new beat manager was introduced and it was agreed that Committee members will communicate with her "
                    "directly on parking complaints.")
    assert len(found) == 1
    assert found[0].quote.startswith("Committee members will communicate with her directly")


def test_agreed_that_a_thing_will_happen_with_an_unlisted_verb_is_not_work() -> None:
    assert not actions("The Sergeant agreed that the numbers will fluctuate over the winter months.")


def test_said_that_members_will_with_an_unlisted_verb_is_not_a_promise() -> None:
    assert not actions("The Inspector said that members will notice fewer patrol cars during the festival.")


def test_asking_for_assurances_gives_no_one_work() -> None:
    assert not actions("The Chair asked for assurances from the police that residents’ concerns about fly-tipping would be acted upon.")
    found = actions("Cllr Patel asked for additional patrols near the school at closing time.")
    assert len(found) == 1
