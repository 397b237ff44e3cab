"""Round 21b sentiment (pool30, with pool19–29 as gates): a stance word inside a title-case name is no verdict,
also after a numbered title's dash or an acronym's bracket, and for words of blame as well as praise
('Notice of Motion 1 – Improving Policing in Crawley', '(HMICFRS) Improvement Plan Update', 'Information Sharing and
Problem Solving Groups')."""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates
from minutesai.engines.offline.stance_lexicon import stance_terms


def _terms(text: str) -> list[tuple[str, float]]:
    return [(text[s:e], w) for s, e, w in stance_terms(text)]


def test_a_stance_word_in_a_named_title_is_no_verdict() -> None:
    assert _terms("The Full Council considered Notice of Motion 1 – Improving Policing in Crawley – as set out in the agenda.") == []
    assert _terms("Notice of Motion 2 - Improving Community Safety in the Town Centre was then moved.") == []
    assert _terms("The Panel received the Constabulary (HMICFRS) Improvement Plan Update from the Chief Constable.") == []
    assert _terms("The Partnership Processes were outlined, including Information Sharing and Problem Solving Groups.") == []


def test_a_motion_title_gives_the_item_no_sentiment() -> None:
    found = extract_candidates("Notice of Motion 1 – Improving Policing in Crawley\n\nThe Mayor then called for a vote on "
                               "Notice of Motion 1 – Improving Policing in Crawley which was carried by 20 votes in favour.")
    assert found.sentiment_aspects == []


def test_stance_words_in_running_text_still_count() -> None:
    assert [w > 0 for _, w in _terms("Members noted that detection rates were improving in the Town Centre.")] == [True]
    assert [w > 0 for _, w in _terms("Commending GMP officers and staff for their service during the disorder.")] == [True]
    assert [w < 0 for _, w in _terms("Inspector Khan said the 101 service remained a Problem for residents.")] == [True]
    assert [w < 0 for _, w in _terms("Members said there was a problem with Police Response times in the rural wards.")] == [True]


def test_one_against_four_is_mixed_when_little_is_said() -> None:
    from minutesai.engines.offline.stance import document_sentiment
    from minutesai.schemas import FoundAspect

    text = ("The Inspector confirmed that during the first lockdown burglary had reduced, but as the town re-opened burglary "
            "had once more increased to above its previous level.\n\nHe was pleased to report that the Government had funded "
            "100 extra PCSOs across the region, with 41 covering the county.")
    found = extract_candidates(text)
    label, _, rationale = document_sentiment(text, found.sentiment_aspects, found.figures)
    assert label == "mixed"
    assert "little" not in rationale  # the measure that moved both ways is named on both sides
    # four measures improving against one worsening, nobody commenting: more has been said, and it stays positive
    aspects = [FoundAspect(topic=t, label="positive", quote=f"{t} fell this quarter") for t in ("burglary", "robbery", "theft", "ASB")]
    aspects.append(FoundAspect(topic="violence", label="negative", quote="violence rose this quarter"))
    assert document_sentiment("", aspects)[0] == "positive"
