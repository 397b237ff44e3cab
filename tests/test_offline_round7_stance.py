"""Round 7 (cross-pool) stance, on sentences written for the test: 'responded / performed / coped well' is
praise (not 'well enough', not 'working well with'); a 'which' clause after a hope or modal is a verdict of its
own; and 'crimes solved' is the detection measure (more is good news), not a count of crimes."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates
from minutesai.engines.offline.stance_lexicon import stance_terms


def _weights(text: str) -> list[float]:
    return [w for _, _, w in stance_terms(text)]


@pytest.mark.parametrize("line", [
    "The Superintendent said the force had responded extremely well to the cuts.",
    "The Panel felt the neighbourhood team had performed very well over the summer.",
])
def test_doing_well_is_praise(line: str) -> None:
    assert _weights(line) and all(w > 0 for w in _weights(line))


@pytest.mark.parametrize("line", [
    "The Inspector said the basics were not being done well enough.",
    "The team was working well with the council's wardens on the estate.",
])
def test_well_enough_or_working_well_with_is_no_praise(line: str) -> None:
    assert not any(w > 0 for w in _weights(line))


def test_a_which_clause_after_a_modal_is_a_verdict() -> None:
    line = "The Chief Constable said response times would not suffer, which Members found very reassuring."
    assert any(w > 0 for w in _weights(line))


def test_good_news_under_a_modal_stays_a_hope() -> None:
    assert not any(w > 0 for w in _weights("The Chief Constable said the new rota would be very reassuring for residents."))


def test_crimes_solved_is_the_detection_measure() -> None:
    found = extract_candidates("Officers reported a small increase in the number of crimes solved this quarter.").figures
    assert [(f.metric, f.direction) for f in found] == [("detection / positive outcome rate", "increase")]


def test_crimes_reported_stay_a_count_of_crime() -> None:
    found = extract_candidates("Officers reported a small increase in the number of crimes reported this quarter.").figures
    assert [f.metric for f in found] == ["total notifiable offences"]


def _problem_weights(text: str) -> list[float]:
    return [w for s, _, w in stance_terms(text) if text[s:].lower().startswith("problem")]


@pytest.mark.parametrize("line", [
    "The Board welcomed the progress made in tackling the town's shoplifting problem.",
    "Officers described their work addressing the problem of speeding on the bypass.",
])
def test_a_problem_being_tackled_is_no_verdict_of_its_own(line: str) -> None:
    assert _problem_weights(line) == []


def test_a_problem_reported_is_still_bad_news() -> None:
    assert _problem_weights("Residents said there was a growing problem with speeding on the bypass.") == [-1.0]


def test_a_stance_word_in_a_capitalised_name_is_no_verdict() -> None:
    line = "The Commissioner outlined the Plan's three priorities (Improving Road Safety; Supporting Victims; Safer Streets)."
    assert not any(w > 0 for w in _weights(line))


@pytest.mark.parametrize("line", [
    "Improving response times had been the team's main achievement this year.",
    "The Inspector said call handling was Improving steadily.",
])
def test_a_capitalised_stance_word_outside_a_name_still_counts(line: str) -> None:
    assert any(w > 0 for w in _weights(line))


@pytest.mark.parametrize("line", [
    "The Commissioner said there was still improvement to be made on rural crime.",
    "It had been a good start but there was still work to be done on call handling.",
])
def test_improvement_still_to_be_made_is_a_shortfall(line: str) -> None:
    assert any(w < 0 for w in _weights(line))


def _document_label(text: str) -> str:
    from minutesai.engines.offline.stance import document_sentiment

    found = extract_candidates(text)
    return document_sentiment(text, found.sentiment_aspects, found.figures)[0]


def test_statements_that_weigh_both_sides_make_the_item_mixed() -> None:
    text = ("Police update. The Inspector noted that although there had been an increase in recorded crime in the town, "
            "it was still one of the lowest levels in the county. He added that although burglary had gone up over "
            "the summer, the district still had the lowest burglary rate in the force area.")
    assert _document_label(text) == "mixed"


def test_a_figure_alone_leaves_the_item_neutral() -> None:
    assert _document_label("Police update. The Inspector said 42 crimes had been recorded in the town in May.") == "neutral"


@pytest.mark.parametrize(("line", "sign"), [
    ("The district's burglary rate compared favourably with the rest of the county.", 1),
    ("This compared well with other parts of the force area, where crime had risen faster.", 1),
    ("Response times compared poorly with neighbouring forces.", -1),
])
def test_comparing_well_or_poorly_is_a_verdict(line: str, sign: int) -> None:
    assert any(w * sign > 0 for w in _weights(line))


def test_a_plain_comparison_takes_no_stance() -> None:
    assert _weights("The report compared the district with the rest of the county.") == []
