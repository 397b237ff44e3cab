"""Round 13 (cross-pool) figure and direction forms, on sentences written for the test.

- A league-table move 'from 27th to 2nd' gives the place now held; the place climbed, so the direction is an
  increase (a slip 'from 4th to 9th' is a decrease; round 17b, as the dev, authored and pool24 gold read ranks). Dates ('from 1st to 30th June') are no rank.
- How many came to the meeting itself ('18 people were in attendance', 'attended the meeting') is housekeeping,
  not a figure; people at an event ('attended the open day', 'in attendance at the fun day') still count.
- 'shop lifting' and 'shop-lifting' are spellings of shoplifting.
"""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates
from tests.offline_support import figure_units as _figures


def test_a_rank_move_gives_the_place_now_held_and_its_direction() -> None:
    found = _figures("The force had climbed from 31st to 4th place nationally for answering emergency calls.")
    assert found == [(4.0, "rank", "increase")]
    found = _figures("The ranking for average answer time had improved from 22nd to 3rd.")
    assert found == [(3.0, "rank", "increase")]
    assert (9.0, "rank", "decrease") in _figures("The force slipped from 4th to 9th position in the 101 call answering table.")


def test_days_of_a_month_are_not_a_rank_move() -> None:
    found = _figures("The operation ran from 1st to 30th June and 42 arrests were made.")
    assert all(unit != "rank" for _, unit, _ in found)


def test_the_meeting_own_attendance_is_not_a_figure() -> None:
    assert _figures("A total of 23 people were in attendance including two ward councillors.") == []
    assert _figures("Some 16 residents attended the meeting.") == []


def test_people_at_an_event_still_count() -> None:
    assert (250.0, "count", "unknown") in _figures("Around 250 people were in attendance at the summer safety fair.")
    assert (40.0, "count", "unknown") in _figures("Some 40 people attended the crime prevention open day.")


def test_shop_lifting_spelt_as_two_words_is_shoplifting() -> None:
    found = extract_candidates("Members noted the rise in shop lifting across the town centre.").figures
    assert [(f.metric, f.direction) for f in found] == [("theft", "increase")]
    found = extract_candidates("Shop-lifting had fallen by 9% on the previous year.").figures
    assert [(f.value, f.metric, f.direction) for f in found] == [(9.0, "theft", "decrease")]
    assert extract_candidates("The shop was lifting its shutters early on market days.").figures == []
