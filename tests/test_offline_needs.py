"""The literal pre-tests of needs.py never hold back a sentence their scanner would match in."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest

from minutesai.engines.offline import anchors, scan, statlines, wordfigures
from minutesai.engines.offline import patterns as P
from minutesai.engines.offline.needs import Needs, needed_literals
from minutesai.engines.offline.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
_DIRS = ["examples/corpus/dev", "examples/corpus/authored", "examples/corpus/authored2", "examples/corpus/authored3",
         "tests/data/offline", "tests/data/offline3"]
_GATED = {"RANK_OF": anchors._RANK_OF_NEEDS, "CHANGE_TO": anchors._CHANGE_TO_NEEDS,
          "COUNT_DONE": anchors._COUNT_DONE_NEEDS, "PER_POPULATION": anchors._PER_POPULATION_NEEDS,
          "POINTS": anchors._POINTS_NEEDS, "CHANGE_BY_NUMBER": wordfigures._CHANGE_BY_NEEDS}
_EDGES = """The force was ranked 3 of 43 forces.
Burglary RANKED 12 OUT OF 32 boroughs.
The borough was positioned at 4 of 32.
Reports had risen to 612 and then fell to 580.
ASB HAD DROPPED TO 41 this quarter.
37 e-scooters had been seized and 12 warrants were executed.
There were 3.5 crimes per 1,000 residents and 12 incidents per head of population.
Satisfaction rose 4 percentage points, 3% points, 2pp, 5 ppts, 6 % pts and 7pts.
Confidence fell 4 PERCENTAGE-POINTS to 61%.
Burglary had gone up by 12 and robbery went down by six, while thefts were cut by 4 this year.
ASB had CLIMBED BY 30 on last year; arson DECLINED BY nine.
The borough was pοsitioned at 4 of 32 (a Greek omicron, so no match).
The force was ranKed 3 of 43 (a Kelvin sign K).
The borough was poſitioned at 4 of 32 (a long s: a case-blind scan takes it for s).
Reports had rıſen to 612 (dotless i, long s)."""


@functools.cache
def _sentences() -> list[tuple[str, int, int]]:
    texts = [p.read_text(encoding="utf-8") for d in _DIRS for p in sorted((ROOT / d).glob("*.txt"))]
    texts.append(_EDGES)
    return [(variant, s.start, s.end) for text in texts for variant in (text, text.upper(), text.lower())
            for s in split_sentences(variant)]


@pytest.mark.parametrize("name", sorted(_GATED))
def test_a_sentence_said_to_lack_the_words_holds_no_match(name: str):
    scanner, needs = getattr(P, name, None) or getattr(wordfigures, name), _GATED[name]
    held_back = matched = 0
    for text, start, end in _sentences():
        sentence = text[start:end]
        found = scanner.finditer(text, start, end)
        matched += bool(found)
        if needs.absent(sentence, sentence.lower()):
            held_back += 1
            assert not found, (name, sentence)
    assert matched and held_back  # the test saw both kinds of sentence


@pytest.mark.parametrize("sentence", ["The borough was poſitioned at 4 of 32.", "Reports had rıſen to 612.",
                                      "Satisfaction rose 4 percentage poınts."])
def test_case_blind_oddities_let_the_sentence_through(sentence: str):
    for needs in _GATED.values():
        assert not needs.absent(sentence, sentence.lower())


def test_odd_letters_a_case_blind_scan_accepts_are_matched():
    text = "The borough was poſitioned at 4 of 32 boroughs. İ" + " filler" * 80  # "İ" makes the scan case-blind
    assert scan.lowered(text) is None and P.RANK_OF.finditer(text, 0, 47)


def test_needed_literals_read_from_the_parse_tree():
    assert needed_literals(r"\b(?:ranked|placed|position(?:ed)?)\s+(\d+)") == ("plac", "posi", "rank")
    assert needed_literals(r"(\d+)\s+(?:had\s+)?been\s+(?:seized|issued)\b") == ("been",)
    assert needed_literals(r"(\d+)\s+TIMES") == ("time",)  # lower-cased
    assert needed_literals(r"(\d+)\s*(?:%|per\s?cent)") == ("%", "per")
    assert needed_literals(r"\d+|\w+") is None  # a match may hold no literal at all


def test_needs_refuses_a_pattern_without_literals():
    with pytest.raises(ValueError):
        Needs(scan.LowerScanner(r"\d+\s+\w+"))


def test_a_change_of_a_number_needs_a_digit():
    held_back = 0
    for text, start, end in _sentences():
        if wordfigures._DIGIT.search(text[start:end].lower()) is None:
            held_back += 1
            assert not wordfigures.CHANGE_OF_NUMBER.finditer(text, start, end)
    assert held_back


_LABEL_LINES = ["Theft of/from motor vehicles 22 (previously 25)", "DVPOs obtained: 17, compared with 12",
                " \u00a0Burglary   –   5", "Burglary - 5", "Burglary -  \t 5 (was 7)", "Robbery 5;", "x" * 79 + " 4 (5)",
                "x" * 81 + " 4 (5)", "x" * 82 + " 4 (5)", "Ab 3, then", "A 3,", "Crime (all) 4 (5)", "é 4 (5)"]


def test_the_label_value_pre_test_never_holds_back_a_match():
    held_back = 0
    spans = _sentences() + [(line, 0, len(line)) for line in _LABEL_LINES]
    for text, start, end in spans:
        for at in {start, max(0, start - 3)}:
            if not statlines.could_be_label_value(text, at, end):
                held_back += 1
                assert statlines._LABEL_THEN_VALUE.match(text, at, end) is None, text[at:end]
    assert held_back
    assert statlines.could_be_label_value("x" * 81 + " 4 (5)", 0, 87)
    assert not statlines.could_be_label_value("x" * 82 + " 4 (5)", 0, 88)


_COMPARISONS = """312 thefts, compared with 268 in 2021.
71% v 74% last year; 12 v. 15 in May; 6 against 11 last year; 5 vs 7; 9 VERSUS 10.
Robbery 22 (previously 25), burglary up from 14 to 18 and ASB DOWN FROM 40.
Arrests 7 v\u00a09 (a no-break space after the v); 8 V.\t12 across the force.
Crime 44 agaınst 40 (a dotless i)."""


def test_the_comparison_pre_test_never_holds_back_a_comparison():
    held_back = matched = 0
    spans = _sentences() + [(line, 0, len(line)) for line in _COMPARISONS.splitlines()]
    for text, start, end in spans:
        for number in re.finditer(r"\d+%?", text[start:end]):
            at = start + number.end()
            tail = text[at:end]
            found = anchors._COMPARED_WITH.match(text, at, end)
            matched += found is not None
            if anchors._COMPARISON_NEEDS.absent(tail, tail.lower()):
                held_back += 1
                assert found is None, tail
    assert held_back and matched
