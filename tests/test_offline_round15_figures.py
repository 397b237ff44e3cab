"""Figure wordings met in the fifteenth round's real minutes, tested on text written for the test: number-free
trends ("an upturn", "back to pre-Covid levels", "higher than pre-pandemic levels", "the rise on recorded hate
crime reports", "increased reporting of ASB", "reduced officer numbers", "successes in reducing homicide") and a
count set against its own average ("6 thefts compared to an average of 8", "10 burglaries which is average")."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates
from tests.offline_support import UNRELATED_PROSE as _FILLER
from tests.offline_support import figure_triples as _figures


@pytest.mark.parametrize(("sentence", "direction"), [
    ("Incidents of domestic violence had also seen an upturn during the pandemic.", "increase"),
    ("There was a downturn in reported burglary over the summer months.", "decrease"),
    ("The Inspector said that crime is back to the pre-Covid levels in the town.", "increase"),
    ("Anti-social behaviour was now returning to normal levels after the lockdown.", "increase"),
    ("Reported Anti-Social Behaviour (ASB) offences were significantly higher than pre-pandemic levels.", "increase"),
    ("Shoplifting was lower than pre-pandemic levels across the district.", "decrease"),
    ("Members asked about the rise on recorded hate crime reports.", "increase"),
    ("Police and Council have also seen increased reporting of anti-social behaviour.", "increase"),
    ("The report noted a budget deficit leading to paused recruitment and reduced officer numbers.", "decrease"),
    ("Members noted rising crime levels in the town centre.", "increase"),
    ("The Inspector said there had been successes in reducing homicide, violence with injury and violence against"
     " women and girls.", "decrease"),
    ("The team had been successful in reducing burglary in the town centre.", "decrease"),
])
def test_number_free_trends(sentence: str, direction: str) -> None:
    found = _figures(sentence)
    assert [(v, d) for v, d, _ in found] == [(None, direction)]


def test_number_free_trends_in_a_long_text() -> None:
    found = _figures(_FILLER + "\n\nIncidents of domestic violence had also seen an upturn during the pandemic.\n\n" + _FILLER)
    assert [(v, d) for v, d, _ in found] == [(None, "increase")]


def test_successes_list_names_every_measure() -> None:
    found = extract_candidates("There had been successes in reducing homicide, violence with injury and knife crime.").figures
    assert found[0].metric == "homicide, violence with injury and knife crime"


@pytest.mark.parametrize("sentence", [
    "The economic downturn was discussed.",
    "Increased interest rates had affected the council's budget.",
    "There had been increased reporting of concerns by residents about parking.",
    "The aim was to achieve success in reducing burglary.",
    "The team would hope to have success in reducing burglary.",
    "The partnership had success in increasing the number of volunteers.",
    "The scheme returned to normal after the holidays.",
])
def test_no_trend(sentence: str) -> None:
    assert _figures(sentence) == []


def test_reduced_staffing_levels_is_no_figure_of_its_own() -> None:
    found = _figures("85% of 101 calls were answered even with reduced staffing levels due to the flu.")
    assert [v for v, _, _ in found] == [85.0]


def test_counts_against_their_own_average() -> None:
    found = _figures("In the last 28 days there were 6 burglary others compared to an average of 8, 10 residential"
                     " burglaries which is average and 3 thefts from person compared to an average of 2.")
    assert [(v, d) for v, d, _ in found] == [(6.0, "decrease"), (10.0, "no_change"), (3.0, "increase")]
    assert found[1][2].endswith("which is average")


def test_a_monthly_average() -> None:
    found = _figures("There were 14 burglaries compared to an average of 9 per month.")
    assert [(v, d) for v, d, _ in found] == [(14.0, "increase")]


def test_an_average_elsewhere_gives_no_direction() -> None:
    found = _figures("Burglary: 12 offences compared with the force average of 20.")
    assert [(v, d) for v, d, _ in found] == [(12.0, "unknown")]


def test_a_change_in_the_circumstances_is_not_the_figure_s() -> None:
    found = _figures("85% of 101 calls were answered even with reduced staffing levels due to the flu.")
    assert [(v, d) for v, d, _ in found] == [(85.0, "unknown")]


def test_a_change_after_the_figure_still_gives_its_direction() -> None:
    found = _figures("There were 45 burglaries, with an increase in the town centre.")
    assert [(v, d) for v, d, _ in found] == [(45.0, "increase")]


def test_remaining_on_par_is_no_change() -> None:
    found = _figures("Crime levels in the borough continue to remain on par with other areas across the county.")
    assert [(v, d) for v, d, _ in found] == [(None, "no_change")]


@pytest.mark.parametrize("sentence", [
    "The report set out the groups involved in delivering crime reduction.",
    "The partnership was delivering a reduction in burglary across the district.",
])
def test_delivering_a_reduction_is_an_aim(sentence: str) -> None:
    assert _figures(sentence) == []


def test_the_same_change_said_nationally_is_a_figure_of_its_own() -> None:
    text = ("Board members queried the high increase in the crime figures for the borough and were advised that this was "
            "due to a change in the way crime figures were recorded. This had resulted in an increase in crime figures nationally.")
    found = _figures(text)
    assert [d for _, d, _ in found] == ["increase", "increase"]
    assert found[1][2].endswith("nationally")


def test_the_same_change_restated_is_still_one_figure() -> None:
    text = ("Members noted the increase in burglary across the ward over the summer. "
            "There had also been an increase in burglary reported to the neighbourhood team.")
    assert len(_figures(text)) == 1


def test_high_risk_referrals_between_the_change_and_its_measure() -> None:
    found = extract_candidates("The report detailed the increases in high-risk referrals of domestic violence.").figures
    assert [(f.metric, f.direction) for f in found] == [("domestic abuse", "increase")]


@pytest.mark.parametrize(("sentence", "direction"), [
    ("There had been an upsurge in shoplifting over Christmas.", "increase"),
    ("Violent crime was trending upwards across the district.", "increase"),
    ("Burglary had been trending downwards since April.", "decrease"),
    ("The downwards trend in burglary continued.", "decrease"),
    ("There had been fewer burglaries this year.", "decrease"),
    ("There were fewer thefts from vehicles in the town.", "decrease"),
    ("Fewer burglary offences were reported in the ward.", "decrease"),
])
def test_more_change_wordings(sentence: str, direction: str) -> None:
    assert [(v, d) for v, d, _ in _figures(sentence)] == [(None, direction)]


@pytest.mark.parametrize("sentence", [
    "He looked upwards at the new CCTV camera.",
    "Fewer people attended the meeting than last time.",
])
def test_no_change_wording(sentence: str) -> None:
    assert _figures(sentence) == []
