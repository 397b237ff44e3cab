"""Sentiment wordings met in the fourteenth set of real minutes (pool19), tested on text written in the same
style: a police leader credited with improving performance, an inspection rating of 'Good', and call-handling
figures judged against their target time."""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates
from minutesai.engines.offline.stance import document_sentiment
from minutesai.engines.offline.stance_lexicon import stance_terms


def _label(text: str) -> str:
    found = extract_candidates(text)
    return document_sentiment(text, found.sentiment_aspects, found.figures)[0]


def _terms(text: str) -> list[tuple[str, float]]:
    return [(text[a:b], w) for a, b, w in stance_terms(text)]


def test_a_chief_constable_credited_with_improved_performance_is_good_news() -> None:
    text = ("The Commissioner introduced his annual report. He highlighted the appointment of a new Chief Constable, "
            "who he felt had improved overall performance within the police force.")
    assert _label(text) == "positive"


def test_an_improvement_in_performance_is_a_strong_verdict() -> None:
    assert _terms("There had been an improvement in the force's performance this year.")[0][1] == 1.5
    assert _terms("The team had improved its performance on burglary.")[0][1] == 1.5


def test_improvement_without_performance_keeps_its_weight() -> None:
    assert _terms("There had been an improvement in the number of calls answered.") == [("improvement", 1.0)]


def test_performance_not_improved_is_criticism() -> None:
    text = "Members noted that the new structure had not improved overall performance within the police force."
    assert _label(text) != "positive"


def test_rated_good_by_the_inspectorate_is_good_news() -> None:
    text = ("Burglary had fallen by 12% on the previous year. The Constabulary had recently been inspected by HMICFRS "
            "and been rated as ‘Good’ in relation to effectiveness, efficiency and legitimacy.")
    assert _label(text) == "positive"
    found = extract_candidates(text)
    assert "rated as ‘Good" in document_sentiment(text, found.sentiment_aspects, found.figures)[2]


def test_rated_good_weighs_against_rising_demand() -> None:
    text = ("Demand had increased in respect of Serious Sexual Offences (up 26%) and Domestic Abuse (up 42%). "
            "The force had recently been inspected and was rated 'Outstanding' for its prevention work.")
    assert _label(text) in ("mixed", "positive")


def test_not_rated_good_is_no_good_news() -> None:
    text = ("Burglary had fallen by 12% on the previous year. The Inspector said the force had not been rated as good "
            "for its investigations.")
    assert _label(text) != "positive"


def test_a_school_rated_good_by_ofsted_is_not_about_the_police() -> None:
    text = "The PCSO reported on school visits; the primary school had been rated as good by Ofsted."
    assert _label(text) == "neutral"


def test_calls_reaching_their_target_time_are_police_performance() -> None:
    text = ("For the week commencing 10 December, the borough had seen an improvement in the number of I calls reaching "
            "the target time with a rate of 85.9%. For the same period, Domestic Abuse I calls had seen an improvement "
            "in the number of calls reaching targets with a rate of 87.8%.")
    assert _label(text) == "positive"


def test_positive_and_negative_lists_take_their_heading_as_stance() -> None:
    text = ("The Inspector summarised the quarter for the neighbourhood policing team.\n"
            "Positive – the team had made 20 arrests for drug supply in the town centre.\n"
            "Positive – the response team attended every emergency call within target.\n"
            "Negative – officers had been abstracted to cover other districts.")
    assert _label(text) == "mixed"
    assert _terms("Areas of concern: police visibility in the villages.") == [("Areas of concern: ", -1.0)]
    assert _terms("Positives: the response team met its target.")[0] == ("Positives: ", 1.0)


def test_positive_inside_a_sentence_is_no_heading() -> None:
    assert _terms("The test came back positive – he said officers had acted quickly.") == []
    assert all(w > -1.0 for _, w in _terms("He said, negative – as it turned out."))


def test_a_rate_above_the_national_one_is_good_news() -> None:
    from minutesai.engines.offline.sentiment import figure_stance

    text = "In terms of solved crime, this was 10.7% for the District. This compared to 7.8% nationally and 10.2% countywide."
    found = extract_candidates(text)
    assert [figure_stance(f) for f in found.figures] == [1.0]
    assert [a.label for a in found.sentiment_aspects] == ["positive"]


def test_a_rate_level_with_the_benchmark_or_over_time_takes_no_benchmark_stance() -> None:
    from minutesai.engines.offline.sentiment import figure_stance

    found = extract_candidates("The solved rate was 10.7% for the District. This compared to 10.5% nationally.")
    assert [figure_stance(f) for f in found.figures] == [0.0]
    found = extract_candidates("Burglary was 12% of all crime. This compared to 10% nationally.")
    assert all(figure_stance(f) <= 0 for f in found.figures)
