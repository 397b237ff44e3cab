"""Round 21b figure forms (pool30, with pool19–29 as gates), on sentences in the clerks' style.

- a count of one keeps the singular in a breakdown of what was recorded: "1 case of Theft and Handling" (Abenbury),
  "1 house burglary, 1 other burglary" (Isle of Wight), "1 report of criminal damage to the bus shelter"; and any number
  before 'acts of' a crime is a count ("5 acts of violence").
- a reference word after an opening bracket is still a reference: "(Quarter 2 Police Performance Report)" (Midlothian)
  is no count of two police; bracketed references ("(page 4 of the report)", "(Item 6)") are common in every set.
- a bullet that opens with a count and the crime counted, then a dash and a gloss, is that count, and the bare counts of
  its gloss are its breakdown: "• 3 ASB – 2 Neighbourhood dispute, 1 Offroad complaint", "• 10 Crimes – includes 3 Theft"
  (Chirk), "• 4 x Anti-Social Behaviour – No case Time Line" (Aylsham, a parish police report found with the search tool).
"""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates


def _figs(text: str) -> list[tuple[str, float | None, str]]:
    found = extract_candidates(text).figures
    assert all(f.quote in text for f in found)
    return [(f.metric, f.value, f.quote) for f in found]


def test_counts_of_one_in_a_breakdown() -> None:
    found = _figs("These included 8 Burglaries other than a dwelling, 1 case of Theft and Handling, 4 incidences of Criminal "
                  "damage and 2 of anti social behaviour.")
    assert [v for _, v, _ in found] == [8.0, 1.0, 4.0]
    assert found[1][2] == "1 case of Theft and Handling"
    found = _figs("These were likely to include 1 house burglary, 1 other burglary, 5 acts of violence, 2 car crimes and "
                  "7 damage offences each day.")
    assert [v for _, v, _ in found] == [1.0, 1.0, 5.0, 2.0, 7.0]
    assert [(m, v) for m, v, _ in _figs("Crimes reported in the parish: 1 report of criminal damage to the bus shelter.")] == [
        ("criminal damage / arson", 1.0)]
    assert [v for _, v, _ in _figs("There was one robbery near the station and one theft from a motor vehicle.")] == [1.0, 1.0]
    assert [(m, v) for m, v, _ in _figs("Parkwood – 5 assaults, 1 theft and 1 criminal damage.")] == [
        ("violence", 5.0), ("theft", 1.0), ("criminal damage / arson", 1.0)]


def test_one_that_is_no_count_of_a_crime() -> None:
    assert _figs("Members discussed one theft prevention campaign for the summer.") == []
    assert _figs("One of the burglaries had been at a garage on the estate.") == []
    assert _figs("He described one case of a man who had been scammed by a caller.") == []
    assert _figs("The burglary team had made one arrest in the county.") == []


def test_a_reference_word_after_an_opening_bracket_is_still_a_reference() -> None:
    assert _figs("Agenda items Nos. 6 (Quarter 2 Police Performance Report) and 7 (Police Reform Update) would now be verbal "
                 "reports.") == []
    assert [v for _, v, _ in _figs("There had been 12 burglaries (page 4 of the report) and (Item 6) 4 robberies.")] == [12.0, 4.0]
    assert [v for _, v, _ in _figs("There had been 12 burglaries (4 more than last year).")] == [12.0]


def test_a_bullet_count_with_a_dash_gloss() -> None:
    text = ("PCSO Sawyer's report on crime since the last meeting.\n\n• 3 ASB – 2 Neighbourhood dispute, 1 Offroad complaint.\n\n"
            "• 10 Crimes – includes 3 Theft, 1 Fraud, 2 Criminal Damage\n\n• 1 Drugs – Male in Possession.\n\n"
            "  • 4 x Anti-Social Behaviour – No case Time Line\n")
    assert [(v, q) for _, v, q in _figs(text)] == [
        (3.0, "3 ASB"), (10.0, "10 Crimes"), (1.0, "1 Drugs – Male in Possession"), (4.0, "4 x Anti-Social Behaviour – No case Time Line")]


def test_dash_lines_that_are_no_crime_count() -> None:
    text = ("Items considered.\n\n• 3 June – meeting with residents at the hall\n\n"
            "• 03 Metropolitan Police Borough Performance Scorecard 17 11 15, item 6 PDF 58 KB\n\n"
            "• 12 burglaries – up 4 on last year\n")
    assert [(v, d) for v, d in ((f.value, f.direction) for f in extract_candidates(text).figures)] == [(12.0, "increase")]
