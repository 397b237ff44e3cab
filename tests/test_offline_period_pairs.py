"""Two small figure shapes read outside the main anchor loop: a later quartile and an "it was" pair."""

from __future__ import annotations

from minutesai.engines.offline import patterns as P
from minutesai.engines.offline.period_pairs import it_was_pair, quartile_value


def test_a_pair_of_periods_gives_the_later_value_and_the_direction():
    text = "In 2018/19 it was 130 burglaries, whilst in 2020/21 it was 122."
    lo, hi, value, direction, comparator = it_was_pair(text, 0, len(text))
    assert (value, direction, comparator) == (122, "decrease", "130 in 2018/19")
    assert text[lo:hi].startswith("In 2018/19") and text[lo:hi].endswith("122")


def test_the_periods_may_come_latest_first():
    text = "In 2021 there were 40 reports; in 2019 there were 25."
    assert it_was_pair(text, 0, len(text))[2:4] == (40, "increase")


def test_one_period_alone_is_not_a_pair():
    text = "In 2021 it was 40."
    assert it_was_pair(text, 0, len(text)) is None


def test_quartile_words():
    second = P.QUARTILE.search("the force moved into the second quartile")
    top = P.QUARTILE.search("the force was in the top quartile")
    assert quartile_value(second) == 2.0
    assert top is None or quartile_value(top) is None
