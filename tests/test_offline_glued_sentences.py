"""Sentences glued where a page lost its line breaks ("the advert.Helen Tharp will contact ..."): a lower-case word,
a stop and a capitalised word is a boundary; titles, initials and abbreviations are not, and the commitment after
the glue is found as its own action."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates
from minutesai.engines.offline.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(("text", "parts"), [
    ("The van was still parked on the pavement.It sometimes blocks the sign.",
     ["The van was still parked on the pavement.", "It sometimes blocks the sign."]),
    ("The cameras were working.Nobody had reported a fault.", ["The cameras were working.", "Nobody had reported a fault."]),
])
def test_a_glued_stop_ends_the_sentence(text: str, parts: list[str]) -> None:
    assert _texts(text) == parts


@pytest.mark.parametrize("text", [
    "The report was presented by Mr.Ames of the community safety team.",  # a title glued to the name
    "Several officers (e.g.Ames and Bell) attended the meeting.",  # a one-letter abbreviation
    "She cited the figures on www.police.uk for the ward.",  # no capital after the stop
    "Was it?No. Why?Because it was late.",  # a question mark with no space is kept (see round 19b)
    "The case was noted by PC.Bell of the neighbourhood team.",  # upper-case word before the stop
])
def test_titles_initials_and_addresses_stay_whole(text: str) -> None:
    assert _texts(text) == [text]


def test_both_commitments_either_side_of_the_glue_are_found() -> None:
    text = ("Action; the Secretary will contact the Planning office to check the advert.Helen Tharp will contact "
            "the railway company and get their view.")
    owners = [a.owner for a in extract_candidates(text).actions]
    assert "Secretary" in owners and "Helen Tharp" in owners
