"""Sentiment rules added for unseen councils' minutes (sentences written for these tests)."""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates


def labels(text: str) -> list[str]:
    return [a.label for a in extract_candidates(text).sentiment_aspects]


def test_highest_in_the_force_is_good_news_for_a_rate_and_bad_news_for_crime():
    assert labels("The charge rate for rape had risen from 6% to 11%, the highest in the force.") == ["positive"]
    assert labels("Ravenhill had the highest rate of robbery in the force.") == ["negative"]


def test_a_question_claims_nothing():
    assert labels("A member asked whether confidence in the police had improved since the spring.") == []
    # what follows the question in its own clause still counts
    assert labels("Mr Shah asked whether the new patrols were working, adding that residents had raised concerns about speeding.") == ["negative"]


def test_offending_is_a_measure_not_a_stance():
    assert labels("Members discussed offending by young people and the support available to families.") == []


def test_measures_moving_with_nobody_commenting_leave_the_label_neutral():
    measured = "Council data showed 412 anti-social behaviour reports in the quarter, a rise of 6% on last year."
    assert labels(measured) == ["negative"]
    assert doc_label(measured) == "neutral"
    spoken = ("Council data showed 412 anti-social behaviour reports in the quarter, a rise of 6% on last year, "
              "which the Chair called disappointing.")
    assert doc_label(spoken) == "negative"


def doc_label(text: str) -> str:
    from minutesai.engines.offline.stance import document_sentiment

    found = extract_candidates(text)
    return document_sentiment(text, found.sentiment_aspects, found.figures)[0]


def test_a_target_that_was_not_met_is_bad_news():
    text = ("Members expressed concern that response times had deteriorated. "
            "It was noted that for the fourth quarter running neither target had been met.")
    assert doc_label(text) == "negative"
    met = ("Members expressed concern that response times had deteriorated. "
           "It was noted that for the fourth quarter running both targets had been met.")
    assert doc_label(met) != "negative"


def test_a_condition_for_praise_is_no_praise():
    said = "The Commissioner said she would not be satisfied until the force was graded good. Members were delighted."
    assert "graded good" not in extract_rationale(said)
    assert "graded good" in extract_rationale("The force was graded good. Members were delighted.")


def extract_rationale(text: str) -> str:
    from minutesai.engines.offline.stance import document_sentiment

    found = extract_candidates(text)
    return document_sentiment(text, found.sentiment_aspects, found.figures)[2]


def test_the_grade_a_force_moved_up_from_is_not_its_verdict():
    assert "inadequate" not in extract_rationale("Members noted it was an improvement on the inadequate grading of 2019.")
    assert "inadequate" in extract_rationale("Members noted the inadequate grading given in 2023.")


def test_a_verdict_without_a_police_word_counts_after_a_sentence_about_the_force():
    assert labels("The force had been graded outstanding by HMICFRS. Members welcomed the improvement.") == ["positive", "positive"]
    # a paragraph about something else does not lend its subject
    assert labels("The force had been graded outstanding by HMICFRS.\n\nMembers welcomed the improvement.") == ["positive"]


def test_criticism_aimed_at_another_body_is_not_about_the_police():
    assert doc_label("Members were highly critical of Meridian Homes. Members also raised concerns about the Council’s "
                     "own services.") == "neutral"
    assert doc_label("Members were highly critical of the police. Members also raised concerns about the police "
                     "response times.") == "negative"


def test_document_cues_found_through_the_cue_index_equal_a_full_scan():
    from pathlib import Path

    from minutesai.engines.offline import stance

    data = Path(__file__).parent / "data"
    texts = [p.read_text(encoding="utf-8") for p in sorted((data / "sentiment2").glob("*.txt"))]
    texts.append(" ".join(texts))  # one long text with every cue
    total = 0
    for text in texts:
        extract_candidates(text)
        indexed = [(m.span(), m.lastgroup) for m in stance._cue_matches(text)]
        assert indexed == [(m.span(), m.lastgroup) for m in stance._DOC_CUES.finditer(text)]
        total += len(indexed)
    assert total > 10


def test_a_stance_word_in_a_clause_that_only_imagines_an_outcome_is_no_verdict():
    assert labels("Members had requested a presentation to ensure that they were confident the statistics were accurate.") == []
    assert labels("The new system meant that it was possible to identify potential problems earlier for the police.") == []
    assert labels("Members were confident that the police statistics were accurate.") == ["positive"]


def test_general_words_alone_take_no_stance():
    # VADER scores 'rescue' and 'slavery' strongly; here they name a service and a crime
    assert labels("The Fire and Rescue Service and the police attended the event on modern slavery.") == []


def test_a_comparison_takes_its_stance_from_the_measure():
    assert labels("Burglary in the district was below the force average.") == ["positive"]
    assert labels("Victim satisfaction with the police was below the force average.") == ["negative"]
    assert labels("The Portfolio Holder said the borough continued to have the second lowest crime figures in London.") == ["positive"]
    assert labels("The police said that confidence in local policing was the lowest he could remember.") == ["negative"]
    assert labels("The police contractor had scored highest on quality and price.") == []


def test_a_measure_name_is_no_stance():
    assert labels("The police reported the positive outcome rate for the borough.") == []


def test_words_and_the_measure_they_judge_agreeing_count_more_than_one_weak_word():
    text = "The Borough had not seen the reduction in burglary that the police had achieved elsewhere in London."
    assert doc_label(text) == "negative"


def test_a_modal_makes_good_news_a_hope_but_reported_bad_news_stays_a_judgement():
    assert labels("The Inspector said the new police team would help improve confidence.") == []
    assert labels('Cllr Fairclough said that the public would find the police 101 figures "frankly embarrassing".') == ["negative"]


def test_measures_nobody_commented_on_never_outweigh_what_a_speaker_said():
    table = " ".join(f"{m} had fallen by {n}% on last year." for m, n in
                     [("Burglary", 5), ("Robbery", 8), ("Vehicle crime", 4), ("Criminal damage", 6), ("Shoplifting", 3)])
    assert doc_label(table) == "positive"
    said = table + "\n\nThe Chair said the police response times were disappointing."
    assert doc_label(said) == "mixed"


def test_courtesy_and_dates_are_no_stance():
    assert labels("The Chair welcomed the police report and the update from the Inspector.") == []
    assert labels("The new police shift pattern is effective from 1 April.") == []
    assert labels("Members welcomed the reduction in burglary reported by the police.") == ["positive"]


def test_a_level_called_high_or_low_is_read_through_the_measure():
    assert labels("The engagement plan had helped the police secure a high charge rate for offenders.") == ["positive"]
    assert labels("Housebreaking continued at historically low levels, the police said.") == ["positive"]
    assert labels("The police reported a high level of anti-social behaviour in the town centre.") == ["negative"]


def test_a_rag_rating_is_a_verdict_however_it_is_written():
    assert labels("Police response times against the target: RAG: Red.") == ["negative"]
    assert labels("Most police measures were rated green this quarter.") == ["positive"]
