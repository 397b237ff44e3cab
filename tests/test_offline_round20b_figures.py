"""Round 20b figure forms (pool27 and pool28, with pool19–26 as gates), on sentences in the clerks' style.

- "up by 27.6% from 835 to 1,066", "down by 10 from 53 to 43": one figure, the change; the two ends are its
  comparator (not the other order, "from 38% to 45%, a rise of 7 points", where the gold of different sets disagrees).
- "response times for Emergency Calls were getting longer", "101 call wait times ... had been longer than the year
  average": a time said to get longer or shorter is a figure with no number (longer = increase).
- "a reduction in residential burglary (46%), knife crime (18%), robbery (21%) and serious violence (18%)": each
  bracket is the item before it, and the list head's change word is every item's.
"""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates
from tests.offline_support import figure_triples


def _figs(text: str) -> list[tuple[str, float | None, str, str]]:
    found = extract_candidates(text).figures
    assert all(f.quote in text for f in found)
    return [(f.metric, f.value, f.direction, f.quote) for f in found]


def test_change_then_its_two_ends_is_one_figure() -> None:
    assert figure_triples("The Inspector said that the number of total crimes reported was up by 27.6% from 835 to 1,066.") == [
        (27.6, "increase", "was up by 27.6% from 835 to 1,066")]
    assert [(v, d) for v, d, _ in figure_triples("He added that vehicle offences were down by 10 from 53 to 43.")] == [(10.0, "decrease")]
    found = figure_triples("He noted that referrals made to partner agencies had increased by 27.4%, from 1,267 to 1,614 "
                           "compared to the same period in 2013/14.")
    assert [(v, d) for v, d, _ in found] == [(27.4, "increase")]
    assert [(v, d) for v, d, _ in figure_triples("Burglaries had fallen by eleven from 30 to 19 this quarter.")] == [(11.0, "decrease")]


def test_two_ends_alone_or_after_the_change_stay() -> None:
    # no amount before the pair: the pair is the figure
    assert [(v, d) for v, d, _ in figure_triples("Robberies increased from 12 to 13 over the period.")] == [(13.0, "increase")]
    # the pair after an amount that is not the change's ("by March"): kept
    assert [(v, d) for v, d, _ in figure_triples("Burglary rose from 40 to 52 by March.")] == [(52.0, "increase")]
    # the other order keeps both (the gold of the authored sets lists both)
    found = figure_triples("The arrest rate for domestic abuse crimes had increased from 38% to 45%, a rise of 7 percentage points.")
    assert [v for v, _, _ in found] == [45.0, 7.0]


def test_times_getting_longer_or_shorter() -> None:
    assert _figs("Members noted that response times for Emergency Calls were getting longer.") == [
        ("response times", None, "increase", "response times for Emergency Calls were getting longer")]
    assert [(v, d) for _, v, d, _ in _figs(
        "The Chief Constable said that 101 call wait times for October 2021 had been longer than the year average.")] == [(None, "increase")]
    assert [d for _, _, d, _ in _figs("Call answering times had become much quicker since the new system went live.")] == ["decrease"]


def test_times_not_a_trend() -> None:
    assert _figs("Some residents said that waiting times were longer than 30 minutes on a Friday night.") == []  # a bound
    assert _figs("He hoped that response times would be quicker once the new officers started.") == []  # a wish
    assert _figs("The meeting was longer than usual and the Chair thanked everyone for their patience.") == []
    assert _figs("Officers were no longer based at the station on Saturdays.") == []


def test_bracketed_list_items_take_their_own_words_and_the_head_change() -> None:
    found = _figs("Over the past 12 months, there had been a reduction in residential burglary (46%), knife crime (18%), "
                  "robbery (21%) and serious violence (18%), and an increase in positive outcomes (7%).")
    assert [(m, v, d) for m, v, d, _ in found] == [
        ("burglary", 46.0, "decrease"), ("knife/gun crime", 18.0, "decrease"), ("robbery", 21.0, "decrease"),
        ("violence", 18.0, "decrease"), ("detection / positive outcome rate", 7.0, "increase")]
    assert [q for _, _, _, q in found][1:4] == ["knife crime (18%)", "robbery (21%)", "serious violence (18%)"]
    shares = _figs("The three with the highest levels of harm were Town and Castle Ward (22%), St Radigunds Ward (13%) "
                   "and Buckland Ward (8%).")
    assert [q for _, _, _, q in shares][1:] == ["St Radigunds Ward (13%)", "Buckland Ward (8%)"]


def test_bracket_after_a_count_or_with_its_own_change_unchanged() -> None:
    found = _figs("Burglary had reduced by 4,444 (11%) crimes over the year.")
    assert any(q.startswith("4,444 (11%)") or "4,444 (11%)" in q for _, _, _, q in found)
    # an item with its own change word keeps it
    found = _figs("There had been a fall in burglary (12%), and an increase in shoplifting (9%).")
    assert [d for _, _, d, _ in found] == ["decrease", "increase"]


def test_a_change_that_goes_on_after_a_figure() -> None:
    found = _figs("The report set out crime figures for the end of March 2009. Crimes had been reduced by some 20% over the "
                  "previous three years with a continued reduction for 2008/09 when compared with 2007/08.")
    assert [(v, d) for _, v, d, _ in found] == [(20.0, "decrease"), (None, "decrease")]
    assert found[1][3] == "a continued reduction for 2008/09 when compared with 2007/08"
    found = _figs("Crime in Cheltenham was down by 8% on last year, the partnership had set a target reduction of 17.5% by "
                  "April 2008, which was achieved eventually and had continued to fall since then.")
    assert (None, "decrease", "had continued to fall since then") in [(v, d, q) for _, v, d, q in found]


def test_a_continued_change_with_its_own_number_or_alone_is_not_doubled() -> None:
    found = _figs("Burglary was down 10% last year and has continued to fall by 3% this quarter.")
    assert [(v, d) for _, v, d, _ in found] == [(10.0, "decrease"), (3.0, "decrease")]
    found = _figs("Thefts were down 5% with a further reduction of 12 offences in May.")
    assert [v for _, v, _, _ in found] == [5.0, 12.0]
    assert _figs("The Chair said the partnership had continued to meet monthly and would report back.") == []


def test_levels_beside_other_areas_in_words() -> None:
    found = _figs("When considering the number of serious youth violence offences from 1 April 2022 Wolverhampton was doing "
                  "quite well compared to other areas within the West Midlands Police Force region.")
    assert [(m, v, d) for m, v, d, _ in found] == [("violence", None, "unknown")]
    found = _figs("The Island had a higher overall crime rate than that normally expected for a semi rural area.")
    assert [(m, v, d) for m, v, d, _ in found] == [("total notifiable offences", None, "unknown")]
    found = _figs("The Inspector said that burglary levels remained low when compared with neighbouring districts.")
    assert [(m, d) for m, _, d, _ in found] == [("burglary", "no_change")]


def test_comparisons_that_are_no_level() -> None:
    assert _figs("Members asked how the town compared with other areas.") == []  # no measure
    assert _figs("He would like to see how burglary compared with other areas next time.") == []  # a wish
    assert _figs("The meeting ran longer than expected and the Chair closed it at 9pm.") == []
    assert _figs("He assured Members that figures still remain low in comparison to other areas across Wirral.") == []  # no measure named
