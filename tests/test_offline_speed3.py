"""Speed pass 3: the shortcuts in figure finding give the answers of the full rules."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from minutesai.engines.offline import anchors as A
from minutesai.engines.offline import patterns as P
from minutesai.engines.offline.sentences import split_sentences

DEV = sorted((Path(__file__).resolve().parents[1] / "examples" / "corpus" / "dev").glob("*.txt"))

DIGIT_ONLY = {
    "PERCENT": (P.PERCENT, "crime fell by 12% last year"),
    "POINTS": (P.POINTS, "satisfaction was up 3.2 percentage points"),
    "RANK_OF": (P.RANK_OF, "the force was ranked 3 out of 43"),
    "PER_POPULATION": (P.PER_POPULATION, "there were 12.5 crimes per 1,000 residents"),
    "CHANGE_TO": (P.CHANGE_TO, "the number had fallen to 287"),
    "TO_FROM": (P.TO_FROM, "the rate improved to 91 from 84"),
    "CORRECTION": (P.CORRECTION, "the 312 figure should have read 321"),
}
"""The finders find_anchors runs only when the sentence holds a digit.
(COUNT_DONE reads number words too since round 17b: "Three drivers had been warned".)"""


@pytest.mark.parametrize("name", sorted(DIGIT_ONLY))
def test_digit_gated_finders_need_a_digit(name: str) -> None:
    scanner, example = DIGIT_ONLY[name]
    assert scanner.finditer(example)  # the checks below are not vacuous
    assert not scanner.finditer(re.sub(r"\d", "x", example))
    corpus = "\n".join(p.read_text(encoding="utf-8") for p in DEV)
    assert not scanner.finditer(re.sub(r"\d", "x", corpus))


def test_headline_number_needs_a_digit() -> None:
    assert A._HEADLINE_NUMBER.match(" 1,412")
    assert not A._HEADLINE_NUMBER.match(" twelve")


def test_digit_free_sentences_keep_their_word_figures() -> None:
    text = ("Burglary had fallen by a quarter. There had been no robberies in the town centre. "
            "Shoplifting was up by about a third. Knife crime had more than halved.")
    found = [a for s in split_sentences(text) for a in A.find_anchors(text, s.start, s.end)]
    assert sorted(a.value for a in found if a.value is not None) == [0.0, 25.0, 33.3, 50.0]
