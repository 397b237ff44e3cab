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


def test_compared_to_the_earlier_number_is_the_comparator() -> None:
    text = ("Domestic Abuse I calls had seen an increase in the number of calls reaching targets with a rate of 87.8% "
            "compared to the 84.2% reported for the week commencing 24 September 2018.")
    found = extract_candidates(text).figures
    assert [(f.value, f.direction, f.comparator) for f in found] == [(87.8, "increase", "84.2%")]
    found = extract_candidates("The solved rate was 10.7% compared to the 7.8% recorded last year.").figures
    assert [(f.value, f.direction) for f in found] == [(10.7, "increase")]


def test_compared_to_the_named_group_is_not_a_comparator_number() -> None:
    found = extract_candidates("The rate was 10.7% compared to the national rate of 7.8%.").figures
    assert 10.7 in [f.value for f in found]


def test_a_benchmark_sentence_is_the_comparator_of_the_figure_before() -> None:
    text = ("In terms of solved crime, this was 10.7% for the Dover District. This compared to 7.8% nationally and "
            "10.2% countywide.")
    found = extract_candidates(text).figures
    assert [(f.value, f.direction, f.comparator) for f in found] == [
        (10.7, "unknown", "7.8% nationally and 10.2% countywide")]


def test_a_comparison_sentence_with_last_year_gives_the_direction() -> None:
    text = "There were 312 burglaries in the quarter. This compared with 268 burglaries in the same period last year."
    found = extract_candidates(text).figures
    assert [(f.value, f.direction) for f in found] == [(312.0, "increase")]


def test_a_new_figure_after_a_figure_is_still_a_figure() -> None:
    text = "The solved rate was 10.7% for the District. Burglary rose by 7.8% on the previous year."
    assert [f.value for f in extract_candidates(text).figures] == [10.7, 7.8]
    text = "Burglary had fallen by 12% in the District.\n\nThis compared to 7.8% nationally."
    assert 12.0 in [f.value for f in extract_candidates(text).figures]


def test_stalking_and_harassment_is_a_measure() -> None:
    text = "The Inspector said there had also been increases in Stalking and Harassment, Rape, and Other Sexual Offences."
    found = extract_candidates(text).figures
    assert [(f.metric, f.direction) for f in found] == [("stalking and harassment, sexual offences", "increase")]
    assert [f.metric for f in extract_candidates("Stalking offences rose by 12%.").figures] == ["stalking and harassment"]


def test_harassment_alone_is_not_the_crime_category() -> None:
    found = extract_candidates("Reports of harassment by neighbours had increased, the Chair said.").figures
    assert all("stalking" not in f.metric for f in found)


def test_a_rise_in_reporting_of_a_crime_is_a_trend_in_that_crime() -> None:
    for text in ("There had been an increase in reporting of hate crime.",
                 "Members noted the increase of reporting in Domestic Abuse offences.",
                 "There had been an increase in the reporting of domestic abuse."):
        found = extract_candidates(text).figures
        assert [(f.value, f.direction) for f in found] == [(None, "increase")], text


def test_a_rise_in_reporting_alone_names_no_crime() -> None:
    found = extract_candidates("The Inspector noted a rise in reporting, and burglary was down.").figures
    assert [(f.metric, f.direction) for f in found] == [("burglary", "decrease")]


def test_an_unpunctuated_however_ends_the_clause() -> None:
    text = ("It was noted that the general crime level had deteriorated however, there was a more positive trend with "
            "regard to anti-social behaviour and domestic abuse.")
    found = extract_candidates(text).figures
    assert [(f.metric, f.direction, f.quote) for f in found][0] == (
        "total notifiable offences", "increase", "the general crime level had deteriorated")


def test_however_after_a_subject_does_not_cut_it_off() -> None:
    found = extract_candidates("The figures however, showed that burglary had increased.").figures
    assert [(f.metric, f.direction) for f in found] == [("burglary", "increase")]


_TABLE = ("Performance summary\n"
          "Burglary 662 573 -13.4%\n"
          "Hate crime 120 131 9.2%\n"
          "Knife crime 420 400 4.8%\n"
          "ASB incidents Reduce by 5% 1,733 2,046 Green\n"
          "Calls for service 300 310 3.3%\n")


def test_headerless_rows_keep_their_whole_label() -> None:
    found = extract_candidates(_TABLE).figures
    assert [f.metric for f in found] == ["burglary", "hate crime", "knife/gun crime", "ASB", "Calls for service"]


def test_an_unsigned_percentage_that_is_the_change_between_the_counts() -> None:
    found = extract_candidates(_TABLE).figures
    assert [(f.value, f.unit, f.direction) for f in found][1:3] == [(9.2, "percent", "increase"), (4.8, "percent", "decrease")]
    assert (found[4].value, found[4].direction) == (3.3, "increase")


def test_a_percentage_that_is_no_change_is_left_as_a_cell() -> None:
    text = "Performance summary\nBurglary 662 573 -13.4%\nDetection rate 120 131 45.0%\n"
    found = extract_candidates(text).figures
    assert (found[1].value, found[1].unit) != (45.0, "percent")  # 131 is not 45% up on 120


def test_anti_social_disorder_is_asb() -> None:
    found = extract_candidates("We are seeing a reduction in anti-social disorder complaints.").figures
    assert [(f.metric, f.direction) for f in found] == [("ASB", "decrease")]


def test_pspo_enforcement_counts() -> None:
    text = ("The Town Centre PSPO was implemented in December 2017 and had ten recorded pour aways, 40 recorded "
            "dispersals and one prosecution.")
    found = extract_candidates(text).figures
    assert [(f.value, f.unit) for f in found] == [(10.0, "count"), (40.0, "count")]
    assert [f.value for f in extract_candidates("Officers had made 12 confiscations of alcohol.").figures] == [12.0]


def test_a_dispersal_order_is_no_count() -> None:
    assert extract_candidates("A dispersal order was put in place for the weekend.").figures == []
