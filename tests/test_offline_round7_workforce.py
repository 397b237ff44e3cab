"""Round 7 (cross-pool) workforce forms, on sentences written for the test: police posts priced in the same
sentence stay figures (but money 'towards' posts is a funding matter), the parts of a new-posts total share its
change, and 'there were fewer/less officers' with no number is a fall in the workforce."""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates


def _figures(text: str) -> list[tuple[str, float | None, str, str]]:
    found = extract_candidates(text).figures
    assert all(f.quote in text for f in found)
    return [(f.metric, f.value, f.unit, f.direction) for f in found]


def test_posts_priced_in_the_same_sentence_are_still_counted() -> None:
    found = _figures("The Commissioner said the extra £3.2m raised by the precept would pay for a total of 58 new posts, "
                     "consisting of 40 police officers and 18 staff.")
    assert [(v, d) for _, v, u, d in found if u == "count"] == [(58.0, "increase"), (40.0, "increase"), (18.0, "increase")]


def test_money_towards_posts_is_a_funding_matter() -> None:
    found = _figures("The Council would contribute £90,000 a year towards three additional PCSOs for the market town.")
    assert [v for _, v, u, _ in found if u == "count"] == []


def test_staff_priced_outside_policing_are_not_counted() -> None:
    assert [v for _, v, u, _ in _figures("The hall hire fee would rise from £40 to £45 for 3 staff.") if u == "count"] == []


def test_there_were_fewer_officers_is_a_fall() -> None:
    found = _figures("The Inspector explained that there were now fewer PCSOs and PCs in the neighbourhood team.")
    assert [(v, u, d) for _, v, u, d in found] == [(None, "count", "decrease")]


def test_fewer_officers_than_elsewhere_has_no_direction() -> None:
    found = _figures("Members heard that there were less officers than in neighbouring districts.")
    assert [(v, d) for _, v, _, d in found] == [(None, "unknown")]


def test_less_of_something_else_is_no_workforce_change() -> None:
    assert _figures("There was less litter in the park after the clean-up.") == []
    assert _figures("Residents wanted fewer officers to be moved away from the town.") == []
