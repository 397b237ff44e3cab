"""Round 22b figure forms (pool31 and pool32, with pool19–30 as gates), on sentences in the clerks' style.

- "Burglaries: A slight increase over Christmas", "E-Scooters: No change in the Borough.": a line's label is the
  measure, the change opening the text after the colon its direction, no number (label_trends).
- "193 drivers received a speed warning", "1 driver arrested for ...", "six shops were broken into": people or
  property counted by what happened to them in the clipped style of a beat report (outcome_counts).
"""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates


def _figs(text: str) -> list[tuple[str, float | None, str, str]]:
    found = extract_candidates(text).figures
    assert all(f.quote in text for f in found)
    return [(f.metric, f.value, f.direction, f.quote) for f in found]


def test_a_labelled_line_with_a_verbless_change_is_a_trend() -> None:
    text = ("Police Update\nPC Morgan provided an update.\n-\nE-Scooters: No change in the Borough. A few have been seized recently.\n"
            "- Anti-Social Behaviour (ASB): Reduced over the winter.\n"
            "Burglaries: A slight increase over Christmas but remain low overall.\n")
    found = _figs(text)
    assert [(m, v, d) for m, v, d, _ in found] == [
        ("E-Scooters", None, "no_change"), ("ASB", None, "decrease"), ("burglary", None, "increase")]
    assert found[2][3].startswith("Burglaries: A slight increase")
    found = _figs("In relation to Bar Hill a report was given.\n"
                  "• ASB: Down slightly on last period and again continues to fall on last year's figures.\n")
    assert [(m, d) for m, _, d, _ in found] == [("ASB", "decrease")]
    assert [(m, d) for m, _, d, _ in _figs("Vehicle crime: Down on last month.\n")] == [("theft of/from motor vehicle", "decrease")]


def test_a_labelled_line_without_a_change_is_no_trend() -> None:
    # an adjective before its noun, an amount, an instruction, a procedural label: no change stated
    assert _figs("Speeding: Reduced speed limit signs installed near the school.\n") == []
    assert all(v is not None for _, v, _, _ in _figs("Patrols: Up to four patrols a week had been arranged by the team.\n"))
    assert _figs("Action 3: Increase patrols around the park.\n") == []
    assert _figs("Spion Kop: Plans are progressing for the track to be lowered this summer.\n") == []
    # mid-sentence colon: not a line's label
    assert all(d != "increase" for _, _, d, _ in _figs("He said the following: an increase would follow if nothing was done.\n"))


def test_people_counted_by_what_was_done_to_them() -> None:
    text = ("The National Speeding Campaign launched in January with 2800 vehicles checked over 78 locations. "
            "193 drivers received a speed warning, 30 fines given out and 1 driver arrested for failing a blood alcohol test.")
    found = [(m, v) for m, v, _, _ in _figs(text)]
    assert ("drivers", 193.0) in found and ("driver", 1.0) in found and ("fines", 30.0) in found
    assert [(v, q) for _, v, _, q in _figs("3 Drivers given words of advice due to speed.")] == [
        (3.0, "3 Drivers given words of advice due to speed")]


def test_property_broken_into_is_a_count() -> None:
    found = _figs("PC Parker said that at Hatton Country World six shops were broken into and goods taken overnight.")
    assert [(m, v) for m, v, _, _ in found] == [("shops", 6.0)]
    found = _figs("In Capel St Mary, 3 cars had been broken into, with no forensic evidence found.")
    assert [(m, v) for m, v, _, _ in found] == [("cars", 3.0)]
    found = _figs("PC Parker reported that there were 6 break ins to sheds on the allotments at Kingsley Road.")
    assert [v for _, v, _, _ in found] == [6.0]


def test_people_doing_things_are_no_count() -> None:
    # no penalty and no reason: drivers as workers or attendees
    assert _figs("Two drivers attended the meeting and three drivers were employed by the council.") == []
    assert _figs("4 drivers received training from the road safety team.") == []
    # property doing nothing done to it
    assert _figs("The six shops were opened by the Mayor last month.") == []


def test_a_change_pointed_back_to_that_levelled_off() -> None:
    text = ("Members noted that a substantial increase in overall crime had been reported in 2014/15. "
            "However, this increase had now levelled out and performance compared favourably with similar towns.")
    found = _figs(text)
    assert [(m, d) for m, _, d, _ in found] == [("total notifiable offences", "increase"), ("total notifiable offences", "no_change")]
    assert found[1][3].startswith("However, this increase had now levelled out")
    found = _figs("There was a spike in shoplifting in the summer. The rise has since levelled off.")
    assert [(m, d) for m, _, d, _ in found] == [("theft", "increase"), ("theft", "no_change")]
    # the change named again with its cause: no second figure
    found = _figs("There was a spike in shoplifting in the summer. The rise was due to one prolific offender.")
    assert [(m, d) for m, _, d, _ in found] == [("theft", "increase")]


def test_another_place_with_the_opposite_change_in_the_same_measure() -> None:
    found = _figs("Hitchwood, Offa and Hoo and Chesfield had seen a reduction in residential burglaries, "
                  "while Kimpton, Knebworth and Codicote had seen an increase.")
    assert [(m, d) for m, _, d, _ in found] == [("burglary", "decrease"), ("burglary", "increase")]
    assert found[1][3] == "Kimpton, Knebworth and Codicote had seen an increase"
    found = _figs("Robbery had fallen across the borough, but Northgate and Southgate had seen a rise in these types of crime.")
    assert [(m, d) for m, _, d, _ in found][-1] == ("robbery", "increase")


def test_a_place_with_a_change_but_no_measure_before_is_no_figure() -> None:
    # no change in a named measure earlier in the sentence: nothing to point back to
    assert _figs("The Chair thanked officers, and Kimpton and Knebworth had seen an increase.") == []
    # the change names its own measure: read by the trend rules, not twice
    found = _figs("Burglary had fallen, while Kimpton had seen an increase in shoplifting.")
    assert [(m, d) for m, _, d, _ in found] == [("burglary", "decrease"), ("theft", "increase")]
