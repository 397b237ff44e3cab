"""Hyphenated number words ('thirty-four reports') are read whole: the 'four' of 'thirty-four' is never a count of four."""

from __future__ import annotations

import re

import pytest

from minutesai import summarise
from minutesai.engines.offline import extract_candidates
from minutesai.engines.offline import patterns as P


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("thirty-four reports", [34.0]),
        ("four reports", [4.0]),
        ("the sixty-nine calls", [69.0]),
        ("forty", [40.0]),
    ],
)
def test_num_word_reads_a_compound_whole(text, expected):
    assert [P.parse_number(m.group()) for m in re.finditer(P.NUM_WORD, text)] == expected


def test_a_compound_count_keeps_its_value_and_its_evidence():
    text = ("Shoplifting: of these thirty-four reports, twenty-nine relate to shop lifting from commercial premises "
            "in the town centre.")
    values = {f.value for f in extract_candidates(text).figures}
    assert 4.0 not in values and 34.0 in values
    result = summarise(text, engine="offline")
    assert not result.unverified  # every figure's value is in its quote, so none is set aside
