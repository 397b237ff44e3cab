"""Figure wordings common in UK minutes: workforce lines, 'uptick', 'down to' as a cause, negated changes,
a level beside its number, 'stop and search incidents', 'six out of nine'. Every sentence is written for the test."""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates


def figures(text: str):
    found = extract_candidates(text).figures
    assert all(f.quote in text for f in found)
    return found


_WORKFORCE = """The Commissioner gave the Panel these staffing figures for the Constabulary:

Police Officers

March 2022 – 3041 establishment, 2987 strength

March 2023 – 3120 establishment, 3065 strength

Police Community Support Officers

March 2022 – 310 establishment, 288 strength

March 2023 – 295 establishment, 270 strength
"""


def test_workforce_lines_are_figures_with_group_period_and_direction() -> None:
    found = [(f.metric, f.value, f.direction, f.period, f.comparator) for f in figures(_WORKFORCE)]
    assert found == [
        ("police officer strength", 2987, "unknown", "March 2022", "3041 establishment"),
        ("police officer strength", 3065, "increase", "March 2023", "3120 establishment"),
        ("PCSO strength", 288, "unknown", "March 2022", "310 establishment"),
        ("PCSO strength", 270, "decrease", "March 2023", "295 establishment"),
    ]


def test_workforce_line_naming_its_group() -> None:
    text = "Special Constables – 120 strength, 150 establishment\n"
    (f,) = figures(text)
    assert (f.metric, f.value, f.comparator) == ("special constable strength", 120, "150 establishment")


def test_uptick_is_an_increase() -> None:
    (f,) = figures("The Superintendent said there had been a small uptick in burglary since the clocks went back.")
    assert (f.metric, f.direction) == ("burglary", "increase")


def test_down_to_meaning_caused_by_is_not_a_fall() -> None:
    assert not figures("The Sergeant said the anti-social behaviour near the shops was mostly down to older youths from outside the area.")


def test_down_to_a_number_or_a_low_level_is_still_a_fall() -> None:
    (f,) = figures("Vehicle crime was down to 37 offences in the quarter.")
    assert (f.value, f.direction) == (37, "decrease")
    (g,) = figures("Robbery was down to its lowest level for a decade.")
    assert g.direction == "decrease"


def test_a_change_said_not_necessarily_to_be_real_is_not_a_figure() -> None:
    text = "More victims were coming forward, so the figures did not necessarily reflect a real increase in hate crime."
    assert not any(f.metric == "hate crime" for f in figures(text))


def test_level_beside_its_number_is_one_figure() -> None:
    (f,) = figures("The district's crime rate was relatively low with 41.2 crimes per 1,000 residents.")
    assert f.value == 41.2


def test_stop_and_search_incidents_is_a_count() -> None:
    (f,) = figures("The Inspector said there had been around 2,300 stop and search incidents in the borough last year.")
    assert (f.metric, f.value) == ("stop and search", 2300)


def test_x_out_of_y_in_words() -> None:
    (f,) = figures("The Partnership heard that seven out of ten priorities are on track.")
    assert (f.value, f.comparator) == (7, "out of ten")
    (g,) = figures("Eight out of ten calls were answered within the target time.")
    assert g.value == 8


def test_a_number_starting_the_sentence_after_a_date_is_not_part_of_the_date() -> None:
    text = "The report went to the Executive Group on 4 March 2021. Five out of eight objectives are on target."
    assert [f.value for f in figures(text)] == [5]


def test_a_trend_turned_round_after_but_takes_the_later_direction() -> None:
    (f,) = figures("Shoplifting had dropped while the shops were shut but was now back to pre-lockdown levels.")
    assert (f.metric, f.direction) == ("theft", "increase")
    assert f.quote.endswith("pre-lockdown levels")
    (g,) = figures("Robbery climbed over the winter but has since fallen again.")
    assert g.direction == "decrease"


def test_a_new_subject_after_but_keeps_the_first_direction() -> None:
    found = figures("Robbery climbed over the winter but officers have since made several arrests.")
    assert [f.direction for f in found] == ["increase"]


def test_a_need_in_a_later_coordinated_phrase_does_not_hedge_the_trend() -> None:
    text = ("Members raised concerns that shed burglaries were on the increase and the need to remind "
            "residents to lock up.")
    (f,) = figures(text)
    assert (f.metric, f.direction) == ("burglary", "increase")


def test_a_hedge_right_after_the_change_word_still_hedges() -> None:
    assert not figures("Burglary would increase unless the patrols continued.")


def test_a_purpose_infinitive_is_not_a_trend_but_continued_to_is() -> None:
    assert not figures("The partnership ran a campaign to increase the incidents reported by victims.")
    (f,) = figures("Burglary had continued to increase over the summer.")
    assert f.direction == "increase"


_BREAKDOWN = """The Inspector read out the figures for the town centre, which came to 402 crimes:

• 61 theft and handling type offences
• 4 possession/carrying of offensive weapons (blades)
• 12 robberies
"""


def test_bullet_items_of_a_crime_breakdown_are_counts() -> None:
    found = {f.value: f.metric for f in figures(_BREAKDOWN)}
    assert found[61] == "theft"
    assert found[4] == "knife/gun crime"
    assert 12 in found and 402 in found


def test_a_bullet_item_that_is_a_sentence_is_left_to_the_general_rules() -> None:
    assert not figures("• 3 of the ward officers were moved to the town centre team to cover the summer.")


def test_a_change_of_a_bare_number_is_a_count_for_the_measure_named_before() -> None:
    found = figures("Recorded crime stood at 9,812 offences, although in Quarter 2 recorded crime had seen a rise of 87 "
                    "compared to Quarter 1.")
    assert [(f.value, f.direction) for f in found] == [(9812, "unknown"), (87, "increase")]
    assert found[1].metric == "total notifiable offences"


def test_a_change_of_a_bare_number_with_no_measure_is_not_a_figure() -> None:
    assert not figures("The precept showed a decrease of 141 compared to last year.")


def test_no_further_crimes_after_a_change_does_not_take_its_direction() -> None:
    # 'no further burglaries' after an arrest: the problem stopped (a fall with no number, as the real-minutes gold
    # reads it), never the rise stated before it
    text = ("There had been a 4% increase in crime, mostly from an increase in burglary and since the arrest "
            "of a local man there had been no further burglaries reported.")
    stopped = [f for f in figures(text) if "no further" in f.quote]
    assert stopped and stopped[0].value is None and stopped[0].direction == "decrease"


def test_the_rate_pointing_back_takes_the_measure_of_the_sentence_before() -> None:
    text = ("There had been a 12% fall in robbery over the summer. Sadly, between September and November, "
            "the rate had risen again.")
    found = figures(text)
    assert [(f.metric, f.direction) for f in found] == [("robbery", "decrease"), ("robbery", "increase")]


def test_the_rate_with_nothing_before_it_is_not_a_figure() -> None:
    assert not figures("Between September and November, the rate had risen again.")


def test_a_percentage_fall_is_a_decrease() -> None:
    (f,) = figures("There had been a 9% fall in vehicle crime since April.")
    assert (f.value, f.direction) == (9, "decrease")


def test_the_same_period_last_year_in_the_next_clause_is_the_comparator() -> None:
    text = ("In the six months from April there have been 1,204 crimes reported, in the same six months the "
            "previous year there were 1,351 crimes reported.")
    found = figures(text)
    assert [(f.value, f.direction) for f in found] == [(1204, "decrease")]
    assert found[0].comparator.startswith("1,351")


def test_workforce_strength_in_prose() -> None:
    (f,) = figures("Officer strength was 1,842 against an establishment of 1,900.")
    assert (f.metric, f.value, f.comparator) == ("police officer strength", 1842, "establishment 1,900")
    (g,) = figures("PCSO strength had fallen to 118 by the end of the year.")
    assert (g.metric, g.value, g.direction) == ("PCSO strength", 118, "decrease")


def test_downtick_is_a_decrease() -> None:
    (f,) = figures("The Inspector reported a downtick in robbery over the last two months.")
    assert (f.metric, f.direction) == ("robbery", "decrease")
