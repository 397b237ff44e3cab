"""Counts whose number goes on in a scale word ('five thousand staff', '2 million calls'), and no crash on
number words after the words that usually introduce an age ('over two hundred officers')."""

from __future__ import annotations

import itertools

import pytest

from minutesai import summarise
from minutesai.engines.offline import extract_candidates
from minutesai.engines.offline import patterns as P


def counts(text: str) -> list[tuple[str, float]]:
    return [(f.metric, f.value) for f in extract_candidates(text).figures if f.unit == "count"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Training – Five thousand staff have been trained to deal with vulnerability.", [("staff", 5000.0)]),
        ("Over two hundred officers attended the event.", [("officers", 200.0)]),
        ("There were 3 thousand calls about anti-social behaviour.", [("ASB", 3000.0)]),
        ("The force handled 1.2 million calls last year.", [("calls", 1_200_000.0)]),
    ],
)
def test_a_scale_word_multiplies_the_count_and_stays_out_of_the_metric(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Five officers were recruited in the spring.",  # no scale word: the number alone
        "Two officers were recruited in the spring.",  # 'one' / 'two' alone are still no figure
        "The rate was 12 per thousand households.",  # 'per thousand' is a rate base, not a scale
    ],
)
def test_near_misses_keep_their_reading(text):
    assert all(value < 1000 for _, value in counts(text))


def test_scale_after_reads_only_the_word_right_after_the_number():
    text = "five thousand staff and ten staff"
    assert P.scale_after(text, 4, len(text)) == 1000.0
    assert P.scale_after(text, text.index("ten") + 3, len(text)) == 1.0


def test_a_scaled_count_is_verified_by_grounding():
    result = summarise("Training – Five thousand staff have been trained to deal with vulnerability.\n", engine="offline")
    assert [(f.value, f.evidence.verified) for f in result.figures] == [(5000.0, True)]
    assert result.unverified == []


LEADS = ["over", "under", "aged", "Over", "page", "item", "November", "Quarter", "some", "about"]
NUMBERS = ["two", "five", "twenty", "forty-five", "12", "600", "1,200", "2.5"]
SCALES = ["", " hundred", " thousand", " million"]


def test_no_crash_on_numbers_in_words_or_digits_after_any_lead_word():
    for lead, number, scale in itertools.product(LEADS, NUMBERS, SCALES):
        text = f"The Inspector reported that {lead} {number}{scale} officers and {number}{scale} calls were recorded."
        extract_candidates(text)  # must not raise
