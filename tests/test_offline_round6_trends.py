"""Round 6 (cross-pool): changes that were not measured. A change inside a perception ("perceptions that crime was
increasing": the plural, as the singular already was), a change still to come ("the future uplift in officer
numbers", "the planned reduction"), and the idioms "crack down on" / "clamp down on" (enforcement, not a fall).
Sentences written for the test, each with a near miss that must still be read as a change."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates


def _trends(text: str) -> list[str]:
    return [f.direction for f in extract_candidates(text).figures if f.value is None]


@pytest.mark.parametrize("line", [
    "They wished to dispel perceptions that burglary was rising in the village.",
    "The report outlined the future increase in officer numbers.",
    "The report described the planned increase in the number of PCSOs.",
    "A farm crime team had been set up to crack down on rural crime and gave crime prevention advice, target offenders and lead on investigations.",
])
def test_a_change_not_yet_measured_is_no_trend(line: str) -> None:
    assert _trends(line) == []


@pytest.mark.parametrize(("line", "direction"), [
    ("Burglary was rising in the village, the Inspector said.", "increase"),
    ("The number of PCSOs had fallen over the last year.", "decrease"),
    ("Members were told that burglary was rising in the village.", "increase"),
    ("Shoplifting in the town centre was down on the previous quarter.", "decrease"),
])
def test_the_near_misses_are_still_changes(line: str, direction: str) -> None:
    assert _trends(line) == [direction]
