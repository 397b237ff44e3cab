"""Round 6 (cross-pool) counts, on sentences written for the test: 'over N' is a hedge before a count when N cannot
be an age; establishment 'posts' are counted like officers; a part written in words before its whole ('two of the
three posts') is the figure, not the whole. Each with a near miss."""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates


def _counts(text: str) -> list[tuple[float | None, str]]:
    found = extract_candidates(text).figures
    assert all(f.quote in text for f in found)
    return [(f.value, f.direction) for f in found]


def test_over_a_number_too_large_for_an_age_is_a_hedged_count() -> None:
    assert _counts("The force expected an increase of over 450 new officers by 2023.") == [(450.0, "increase")]


def test_over_an_age_is_still_no_figure() -> None:
    assert _counts("Officers had spoken to residents aged over 65 about scams.") == []


def test_posts_are_counted_like_officers() -> None:
    assert _counts("The district would have grown by 212 posts by March.") == [(212.0, "increase")]
    assert _counts("The restructure left 37 fewer officer posts in the county.") == [(37.0, "decrease")]


def test_posts_without_a_number_are_no_count() -> None:
    assert _counts("Social media posts about the festival had been monitored.") == []


def test_a_part_in_words_before_its_whole_is_the_figure() -> None:
    found = extract_candidates("Three of the five posts in the team were vacant.").figures
    assert [(f.value, f.comparator) for f in found] == [(3.0, "of five")]


def test_one_of_several_names_a_member_not_a_count() -> None:
    assert _counts("Stalking was one of the four priorities agreed by the board.") == []


def test_people_said_to_have_been_recruited_are_an_increase() -> None:
    assert _counts("35 community speedwatch volunteers had been recruited.") == [(35.0, "increase")]
    assert _counts("18 officers were appointed to the rural team in the spring.") == [(18.0, "increase")]


def test_people_trained_are_no_increase() -> None:
    assert _counts("35 volunteers had been trained in first aid.") == [(35.0, "unknown")]
