"""Round 18b figure forms (pool25 with pool19–24), on sentences in the clerks' style.

- American spellings of measure words ('drug offenses', 'neighborhood crime') name the same measures.
- Change verbs the lexicon lacked: 'had heightened', 'intensified', 'swelled' (a rise); 'had eased', 'lessened',
  'diminished', 'shrank', 'subsided', 'abated' (a fall).
- 'non-domestic violence with injury' is violence, not domestic abuse.
- 'The main increase was in X', 'the largest reductions were mainly in X': the copula names where a change lay.
- 'a decrease in missing person incidents to 500 (552)': the level a change noun reached is a count with the
  noun's direction.
"""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates
from minutesai.engines.offline.metrics import find_metrics
from tests.offline_support import figure_units as _figures


def _metric_directions(text: str) -> list[tuple[str, str]]:
    return [(f.metric, f.direction) for f in extract_candidates(text).figures]


def test_american_spellings_name_the_same_measures() -> None:
    assert [m.label for m in find_metrics("a decrease in drug offenses")] == ["drugs"]
    assert [m.label for m in find_metrics("sexual offenses and weapons offense figures")] == ["sexual offences", "knife/gun crime"]
    assert _metric_directions("In addition, a decrease in drug offenses had been recorded.") == [("drugs", "decrease")]
    assert _metric_directions("Members heard that neighborhood crime had fallen this quarter.")[0][1] == "decrease"


def test_change_verbs_the_lexicon_lacked() -> None:
    assert _metric_directions("The Committee noted that incidents of violent crimes had heightened recently.") == [
        ("violence", "increase")]
    assert _metric_directions("Members were told that burglary had eased over the summer.") == [("burglary", "decrease")]
    assert _metric_directions("Anti-social behaviour in the town centre had lessened since the dispersal order.") == [
        ("ASB", "decrease")]
    assert _metric_directions("Shoplifting had intensified in the run up to Christmas.") == [("theft", "increase")]
    assert _metric_directions("Reports of vehicle crime had subsided after the arrests.")[0][1] == "decrease"


def test_eased_or_heightened_without_a_measure_is_no_figure() -> None:
    assert _figures("Pressure on the control room had eased once the new rota was in place.") == []
    assert _figures("There was a heightened police presence at the football match.") == []


def test_non_domestic_violence_is_violence() -> None:
    assert [m.label for m in find_metrics("non-domestic violence with injury")] == ["violence"]
    assert [m.label for m in find_metrics("domestic violence with injury")] == ["domestic abuse"]


def test_the_main_change_was_in_a_measure() -> None:
    text = ("Inspector Castell reported that total notifiable crime was down by 6.6%. The main increase was in non-domestic "
            "violence with injury, but this was the result of a different definition of the crime by the Home Office.")
    assert ("violence", "increase") in _metric_directions(text)
    assert _metric_directions("The largest reductions were mainly in residential burglary.") == [("burglary", "decrease")]


def test_the_main_change_was_not_a_measure() -> None:
    assert _figures("The increase was in part due to better recording.") == []
    assert _figures("The reduction was in line with what the force had planned.") == []


def test_a_change_noun_reaching_a_count() -> None:
    found = _figures("Although there had been decrease in missing person incidents to 500 (552), there remained a need "
                     "to commit a significant number of resources.")
    assert found == [(500.0, "count", "decrease")]
    assert (312.0, "count", "increase") in _figures("There had been a rise in shoplifting to 312 offences over the year.")
    assert (120.0, "count", "decrease") in _figures("There was a reduction in the number of PCSOs to 120 this year.")


def test_a_change_noun_before_a_phone_number_or_a_share_is_no_count() -> None:
    assert all(v != 101.0 for v, _, _ in _figures("There had been an increase in calls to 101 over the summer."))
    assert all(u != "count" for _, u, _ in _figures("There was an increase in the detection rate to 24% this year."))


def test_a_level_named_before_its_measure() -> None:
    text = ("During the presentation, Members were advised that the Highlands and Islands continued to be one of the safest "
            "places in the UK to live and work due to low levels of recorded crime and high rates of crime detection.")
    found = _metric_directions(text)
    assert ("total notifiable offences", "unknown") in found
    assert ("detection / positive outcome rate", "unknown") in found
    assert _metric_directions("Members noted the high levels of anti-social behaviour in the town centre.") == [("ASB", "unknown")]


def test_a_level_of_something_else_or_a_wish_is_no_figure() -> None:
    assert _figures("There were high levels of concern about ASB in the ward.") == []
    assert _figures("The aim was to maintain low levels of crime in the borough.") == []


def test_a_quoted_level() -> None:
    assert _metric_directions("  • ASB was “very low” and there was a higher prevalence of ASB in Welwyn Garden City than Hatfield.")[0] \
        == ("ASB", "unknown")
    assert _metric_directions("Burglary was 'relatively low' across the district.") == [("burglary", "unknown")]


def test_an_improvement_in_the_figures_or_in_performance() -> None:
    found = extract_candidates("He said he was pleased that there had been an overall improvement in the figures, which "
                               "reflected the considerable amount of work.").figures
    assert [(f.value, f.direction) for f in found] == [(None, "unknown")]  # better figures: fewer crimes or more detections
    found = extract_candidates("The Chief Constable reported an improvement in performance across the force.").figures
    assert [(f.metric, f.direction) for f in found] == [("performance", "increase")]
    found = extract_candidates("There had been a deterioration in the force's performance this year.").figures
    assert [f.direction for f in found] == ["decrease"]


def test_an_improvement_wished_for_or_denied_is_no_figure() -> None:
    assert _figures("Members wanted to see an improvement in performance.") == []
    assert _figures("There had been no improvement in the figures.") == []
    assert _figures("There was room for improvement in performance.") == []
    assert _figures("There had been improvements in the delivery of the youth programme.") == []


def test_police_overtime_is_a_measure() -> None:
    text = ("He noted that there had been as planned a reduction in overtime spend but asked whether this was in line with "
            "agreed targets and requested further details on this.")
    assert _metric_directions(text) == [("overtime spend", "decrease")]
    assert _metric_directions("Police overtime costs had increased over the summer because of the protests.") == [
        ("overtime costs", "increase")]
    assert _figures("Officers had been working overtime to cover the festival.") == []
