"""Round 6 (cross-pool): the police grant, budget or funding is policing money (like the police precept), reported as a
figure; a parish's grant or a hall fee stays out. Sentences written for the test."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates


def _money(text: str) -> list[tuple[float | None, str]]:
    return [(f.value, f.direction) for f in extract_candidates(text).figures if f.unit == "currency"]


@pytest.mark.parametrize(("line", "expected"), [
    ("Members heard there had been a cut in police grant of £9.4 million since 2015.", [(9.4, "decrease")]),
    ("The PCC said the police budget had been set at £212 million for the year.", [(212.0, "unknown")]),
])
def test_police_grant_and_budget_are_policing_money(line: str, expected: list) -> None:
    assert _money(line) == expected


@pytest.mark.parametrize("line", [
    "The parish council had received a grant of £4,500 for the play area.",
    "The fee for the hall would rise from £15 to £18.",
])
def test_other_money_stays_out(line: str) -> None:
    assert _money(line) == []
