"""Sentiment wordings met in the sixth set of real minutes, tested on text written for the test: an
attendance roll of names and job titles, and a bulleted list of the questions members asked."""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates
from minutesai.engines.offline.asked_lists import question_items
from minutesai.engines.offline.rolls import is_name_roll
from minutesai.engines.offline.sentences import split_sentences


def test_an_attendance_roll_takes_no_stance() -> None:
    text = ("In Attendance\n\nAlan Reid, Community Safety Improvement Officer, Police Scotland Mary Lowe, Head of Crime "
            "Prevention and Public Protection, Safer Communities Team Tom Hart, Excellent Service Coordinator, Council\n")
    assert extract_candidates(text).sentiment_aspects == []


def test_is_name_roll() -> None:
    assert is_name_roll("Jo Bell, Inspector, Police Scotland Sam Roy, Improvement Lead, Safer Streets Team Ann Fox, Clerk")
    assert not is_name_roll("Inspector Bell reported that Safer Streets Team patrols had Improved Public Confidence.")
    assert not is_name_roll("Improved Safety, Better Policing")


def test_a_sentence_with_a_stance_is_still_read() -> None:
    text = "The Inspector reported that burglary had fallen by 20%, a very welcome improvement for residents."
    assert [a.label for a in extract_candidates(text).sentiment_aspects] == ["positive"]


def test_bulleted_questions_take_no_stance() -> None:
    text = ("The Sergeant gave an update on local policing and answered questions in relation to:\n\n"
            "· If there had been a worrying rise in vehicle crime near the station.\n\n"
            "· There was evidence of an increase in anti-social behaviour in the park.\n")
    sents = split_sentences(text)
    assert [sents[i].text for i in sorted(question_items(text, sents))] == [
        "If there had been a worrying rise in vehicle crime near the station.",
        "There was evidence of an increase in anti-social behaviour in the park."]
    assert extract_candidates(text).sentiment_aspects == []


def test_bullets_under_a_lead_in_that_is_not_about_questions_are_read() -> None:
    text = ("The Panel raised the following issues with the Commissioner:\n\n"
            "· Members were very concerned about the sharp rise in knife crime in the town centre.\n")
    assert question_items(text, split_sentences(text)) == set()
    assert [a.label for a in extract_candidates(text).sentiment_aspects] == ["negative"]


def test_the_question_list_ends_at_the_first_line_without_a_bullet() -> None:
    text = ("Members asked about:\n\n· the patrol plan for the summer\n\n"
            "The Inspector reported that burglary had fallen by 20%, a very welcome improvement.\n")
    sents = split_sentences(text)
    assert len(question_items(text, sents)) == 1
    assert [a.label for a in extract_candidates(text).sentiment_aspects] == ["positive"]
