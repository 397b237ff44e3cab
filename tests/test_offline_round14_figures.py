"""Figure wordings met in the fourteenth set of real minutes (pool19), tested on text written in the same style."""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates


def _figures(text: str) -> list[tuple[float | None, str, str]]:
    return [(f.value, f.unit, f.direction) for f in extract_candidates(text).figures]


def test_a_change_in_words_from_one_number_to_another() -> None:
    text = "There had been a reduction in Community Beat Managers from fourteen to seven."
    assert _figures(text) == [(7.0, "count", "decrease")]
    assert _figures("The number of PCSOs had reduced from nine to six.") == [(6.0, "count", "decrease")]
    text = "The review had brought an increase in the number of constables from eight to eighteen."
    assert _figures(text) == [(18.0, "count", "increase")]


def test_number_words_without_a_change_are_no_figure() -> None:
    assert _figures("The scheme was open to children with ages from five to eleven.") == []
    assert _figures("Residents were asked to score the service on a scale from one to ten.") == []
