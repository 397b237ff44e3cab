"""Policing money in minutes (round 4, cross-pool), on sentences written for the test: the police precept is a
figure like any measure; other money (a parish's own precept, a fee) is not; a sum restated in the decision is
the figure already given in the discussion."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates


def _figures(text: str) -> list[tuple[float | None, str, str]]:
    found = extract_candidates(text).figures
    assert all(f.quote in text for f in found)
    return [(f.value, f.unit, f.quote) for f in found]


@pytest.mark.parametrize(("line", "value"), [
    ("The Commissioner proposed that the police precept would be increased by 2.5% for the coming year.", 2.5),
    ("The Commissioner proposed that the precept rise by £10.00 a year for a Band D property.", 10.0),
    ("The increase would take the policing element of the council tax to £251.40 for the year.", 251.4),
])
def test_the_police_precept_is_a_figure(line: str, value: float) -> None:
    assert value in [v for v, _, _ in _figures(line)]


@pytest.mark.parametrize("line", [
    "The parish precept would be increased by 3% to £9,500 for the coming year.",
    "The licence fee would rise from £250 to £265, an increase of 6%.",
])
def test_other_money_is_still_not_a_figure(line: str) -> None:
    assert _figures(line) == []


def test_a_precept_restated_in_the_decision_is_one_figure() -> None:
    text = ("The Commissioner presented her proposal. A Band D increase of £12.00 a year would take the policing element "
            "to £260.10.\n\nRESOLVED that the Panel supports the proposed precept of £260.10 for a Band D property.")
    sums = [q for v, u, q in _figures(text) if v == 260.1]
    assert len(sums) == 1 and "RESOLVED" not in sums[0] and "supports" not in sums[0]
