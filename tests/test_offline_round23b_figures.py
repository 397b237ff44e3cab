"""Round 23b figure forms (pool34 and pool35), on sentences in the clerks' style.

- "Burglary Dwelling x 4": a crime-type line and its count after 'x' (crime_lines.times_counts).
- "Criminal damage. Three reported ...": a count opening the sentence after a label sentence (crime_lines.reported_after_label).
- "• Town centre Crime and ASB down": a verbless change on a line of its own (crime_lines.verbless_changes).
- "Crime figures for the ward are slightly lower, however ...": a bare comparative (crime_lines.bare_comparatives).
- "27 speeding and mobile phone offences": one 'and' between count modifiers (count_wordings.joins_modifiers).
- "3 breaches of the dispersal order": 'breaches' counted (patterns.COUNT_NOUNS).
- "there were 6 sheds broken into": property broken into after 'there were' (outcome_counts).
- "1 crime of criminal damage": 'crime of' a measure counted as one (single_counts).
"""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates


def _figs(text: str) -> list[tuple[str, float | None, str, str]]:
    found = extract_candidates(text).figures
    assert all(f.quote in text for f in found)
    return [(f.metric, f.value, f.direction, f.quote) for f in found]


def test_a_crime_line_with_a_times_count() -> None:
    text = "Crimes recorded this month\n\nBurglary Dwelling x 4\n\nA garage on Mill Lane was entered overnight.\n\nVehicle crime x 2\n"
    found = [(m, v) for m, v, _, _ in _figs(text)]
    assert ("burglary", 4.0) in found and ("theft of/from motor vehicle", 2.0) in found


def test_a_times_count_without_a_measure_is_no_figure() -> None:
    assert _figs("Matters arising\n\nAction x 2\n\nThe clerk reported on the bench repairs.\n") == []
    assert _figs("Ordered new bins x 3 for the recreation ground.\n") == []


def test_a_count_after_a_label_sentence() -> None:
    text = ("PCSO Ward reported:\n\nCriminal damage. Three reported, one at the pavilion.\n\n"
            "Theft from motor vehicles. 2 reported, both vehicles left unlocked.\n")
    found = [(m, v) for m, v, _, _ in _figs(text)]
    assert ("criminal damage / arson", 3.0) in found and ("theft of/from motor vehicle", 2.0) in found


def test_a_count_after_a_sentence_that_is_no_crime_type_is_no_figure() -> None:
    assert _figs("Thank you. Two reported that the footpath was overgrown.\n") == []
    # the label sentence must be the whole of its line up to the count
    assert _figs("Members discussed the burglary. Two reported seeing a van.\n") == []


def test_a_verbless_change_on_its_own_line() -> None:
    text = "The Sergeant's summary:\n• Town centre Crime and ASB down\n• Patrols continue at weekends\n"
    found = _figs(text)
    assert [(d, q) for _, _, d, q in found] == [("decrease", "Town centre Crime and ASB down")]
    assert [(m, d) for m, _, d, _ in _figs("• Burglary UP\n")] == [("burglary", "increase")]


def test_up_or_down_after_no_measure_or_after_a_verb_is_no_change() -> None:
    assert _figs("• Shutters down\n• Signs put up\n") == []
    assert _figs("• Speed signs were taken down\n") == []


def test_a_bare_comparative_at_the_end_of_a_clause() -> None:
    found = _figs("Crime figures for the ward are slightly lower, however vehicle crime remains a concern.")
    assert ("total notifiable offences", None, "decrease") in [(m, v, d) for m, v, d, _ in found]
    found = _figs("Response times in the rural wards were higher.")
    assert [(m, d) for m, _, d, _ in found] == [("response times", "increase")]


def test_a_comparative_of_no_measure_or_with_its_comparison_is_no_bare_change() -> None:
    assert _figs("The cost of the new bins is higher.") == []
    assert _figs("The risk of burglary is higher in winter, so residents should lock sheds.") == []
    # a hedge or a clause verb before the comparative: not a reported change
    assert _figs("Officers said that if patrols stopped burglary would be higher.") == []


def test_one_and_between_the_modifiers_of_a_count() -> None:
    found = _figs("Roads policing officers reported 27 speeding and mobile phone offences across the two villages.")
    assert [(v, q.startswith("27 speeding and mobile phone offences")) for _, v, _, q in found] == [(27.0, True)]


def test_and_after_a_plural_or_a_quantity_is_no_count_modifier() -> None:
    assert all(v != 20.0 for _, v, _, _ in _figs("The meeting lasted 20 hours and more arrests were promised."))
    assert _figs("There were 3 burglary and other matters to discuss.") == []


def test_breaches_are_counted() -> None:
    found = _figs("Since the last meeting there have been 3 breaches of the dispersal order near the station.")
    assert [v for _, v, _, _ in found] == [3.0]


def test_property_broken_into_after_there_were() -> None:
    found = _figs("In the last two months there were 6 sheds broken into on the allotments.")
    assert [(m, v) for m, v, _, _ in found] == [("sheds", 6.0)]


def test_property_after_there_were_without_a_crime_verb_is_no_count() -> None:
    assert _figs("There were 6 sheds on the allotments awaiting repair.") == []


def test_one_crime_of_a_measure() -> None:
    found = _figs("The PCSO listed the incidents: 1 crime of criminal damage – graffiti on the pavilion.")
    assert [(m, v) for m, v, _, _ in found] == [("criminal damage / arson", 1.0)]
    assert _figs("He described it as a crime of opportunity.") == []
