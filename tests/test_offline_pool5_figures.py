"""Figure wordings and layouts met in the fifth set of real minutes, tested on text written for the test:
word-processor "o" sub-bullets, period-headed '|' tables, parts of a whole, a rank's denominator, aims
listed after "to ...", a change named in brackets and what an aim "resulted in"."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates
from minutesai.engines.offline.sentences import split_sentences
from tests.offline_support import figure_triples as _figures


def test_o_sub_bullets_are_separate_lines() -> None:
    text = ("The presentation covered the following points:\n\n· Headline figures\n\n"
            "o Burglary down 12% (40 fewer crimes)\n\no Vehicle crime up 9% (31 additional crimes)\n\n"
            "o The detection rate was 14.2%\n")
    sents = split_sentences(text)
    assert [s.text for s in sents if s.marker == "o"] == [
        "Burglary down 12% (40 fewer crimes)", "Vehicle crime up 9% (31 additional crimes)", "The detection rate was 14.2%"]
    found = _figures(text)
    assert (12.0, "decrease", "Burglary down 12%") in found
    assert (9.0, "increase", "Vehicle crime up 9%") in found
    assert any(v == 14.2 and d == "unknown" and q.startswith("The detection rate") for v, d, q in found)


def test_a_lower_case_o_word_still_wraps() -> None:
    text = "The sergeant said the patrols would cover the area of\no the estate near the school."
    assert len(split_sentences(text)) == 1


@pytest.mark.parametrize("line", ["o Violence reduction", "o Youth crime reduction", "• Burglary reduction"])
def test_a_work_area_named_with_reduction_is_not_a_trend(line: str) -> None:
    text = f"The partnership had in the last six months targeted:\n\n{line}\n\no Night-time economy\n"
    assert _figures(text) == []


def test_a_reduction_in_a_short_line_with_a_verb_is_still_a_trend() -> None:
    assert [d for _, d, _ in _figures("There was a reduction in burglary.")] == ["decrease"]


def test_period_headed_bar_table_rows_are_figures() -> None:
    text = ("Figures for the ward:\n"
            "year 2023 | year 2024 | |\n"
            "Criminal Damage | 11 | 8 |\n"
            "Assaults | 14 | 19 |\n"
            "Robbery | 2 | 2 |\n"
            "Total | 27 | 29 |\n"
            "Crime overall was slightly up on last year.")
    found = _figures(text)
    assert (8.0, "decrease", "Criminal Damage | 11 | 8 |") in found
    assert (19.0, "increase", "Assaults | 14 | 19 |") in found
    assert (2.0, "no_change", "Robbery | 2 | 2 |") in found
    assert (29.0, "increase", "Total | 27 | 29 |") in found


def test_bar_table_with_the_latest_year_first() -> None:
    text = "2024 | 2023\nBurglary | 9 | 15\nTheft | 30 | 21\n"
    assert {(v, d) for v, d, _ in _figures(text)} >= {(9.0, "decrease"), (30.0, "increase")}


def test_bar_rows_without_a_period_header_are_not_read_as_a_table() -> None:
    text = "Ward | Officer\nNorth | 3 | 4 |\nSouth | 5 | 6 |\n"
    assert all("|" not in q for _, _, q in _figures(text))


def test_parts_of_a_whole_are_the_figures() -> None:
    text = ("Of these 31 thefts, 22 of them were from the two supermarkets. "
            "Assaults had fallen and 4 of the 12 reported assaults were in the home.")
    found = _figures(text)
    values = [v for v, _, _ in found]
    assert 22.0 in values and 4.0 in values
    assert 31.0 not in values and 12.0 not in values


def test_of_which_part_after_a_count() -> None:
    text = "Officers tried the doors of 420 parked vehicles, of which 35 were unlocked and 12 had valuables on show."
    values = [v for v, _, _ in _figures(text)]
    assert 35.0 in values and 420.0 in values


def test_staff_part_of_a_team() -> None:
    text = "The team had 2 Sergeants and 10 PCs; however, only 5 of these PCs were available for patrol."
    assert 5.0 in [v for v, _, _ in _figures(text)]


@pytest.mark.parametrize("text", [
    "At least 5 of these had a plan agreed at each meeting.",
    "Members were referred to section 17 of the Crime and Disorder Act 1998 and to page 12 of the report.",
    "In 3 of the last 4 months the team was below strength.",
])
def test_parts_of_nothing_counted_and_references_are_not_figures(text: str) -> None:
    assert _figures(text) == []


def test_a_rank_out_of_n_forces_is_one_figure() -> None:
    text = "The county was ranked 4th out of 8 similar Police forces for robbery."
    found = _figures(text)
    assert [v for v, _, _ in found] == [4.0]


def test_aims_listed_after_to_are_not_trends() -> None:
    text = "The force was changing its model to win back public trust, reduce crime rates and increase visible patrols."
    assert _figures(text) == []


def test_a_reported_fall_after_a_list_is_still_a_trend() -> None:
    assert [d for _, d, _ in _figures("Patrols were stepped up, and burglary fell in the autumn.")] == ["decrease"]


def test_change_named_in_brackets_gives_the_direction() -> None:
    text = "There had been 31 reported crimes since the last meeting (a sharp increase from the 14 reported in March) including thefts."
    found = _figures(text)
    assert [(v, d) for v, d, _ in found] == [(31.0, "increase")]


def test_what_an_aim_resulted_in_is_a_trend() -> None:
    text = ("The force had focused on tackling knife crime over recent years and this had resulted in local reductions "
            "in robbery and serious youth violence.")
    found = _figures(text)
    assert found and all(d == "decrease" for _, d, _ in found)
    assert any("reductions in robbery" in q for _, _, q in found)


def test_an_aim_alone_is_not_a_trend() -> None:
    assert _figures("The force had focused on reducing robbery over recent years.") == []


def test_a_sentence_may_start_with_a_pound_sign() -> None:
    text = "The operation led to 14 arrests. £52K had been seized, including £9K in cash."
    assert [s.text for s in split_sentences(text)] == ["The operation led to 14 arrests.", "£52K had been seized, including £9K in cash."]


def test_money_seized_is_a_figure_and_keeps_the_arrests_beside_it() -> None:
    text = "The operation had resulted in the seizure of drugs and 14 arrests. £52K had been seized, including £9K in cash."
    found = _figures(text)
    assert 14.0 in [v for v, _, _ in found]
    assert 52.0 in [v for v, _, _ in found]
    seized = extract_candidates(text).figures
    assert any(f.value == 52.0 and f.metric == "money seized" and f.unit == "currency" for f in seized)


def test_a_fee_still_makes_nearby_numbers_prices() -> None:
    assert _figures("The licence fee would rise from £315 to £330, an increase of 4.8%.") == []


def test_benchmarks_in_brackets_after_place_names_are_comparators() -> None:
    text = ("The detection rate was 11.4% which made it one of the highest performing districts in the county and above "
            "the National (8.1%) and Westshire (9.0%) levels.")
    found = extract_candidates(text).figures
    assert [f.value for f in found] == [11.4]
    assert "highest performing districts" in (found[0].comparator or "") or "8.1" in (found[0].comparator or "")


def test_bar_table_whose_header_names_the_label_column() -> None:
    text = "| Offence | Last year | This year |\n|---|---|---|\n| Burglary | 12 | 7 |\n| Robbery | 3 | 5 |\n"
    found = _figures(text)
    assert {(v, d) for v, d, _ in found} >= {(7.0, "decrease"), (5.0, "increase")}
