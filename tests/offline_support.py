"""Helpers shared by the offline-engine tests: run the rules and check every quote is verbatim."""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates, scan


def actions(text: str):
    found = extract_candidates(text).actions
    assert all(a.quote in text for a in found)
    return found


def decisions(text: str):
    found = extract_candidates(text).decisions
    assert all(d.quote in text for d in found)
    return found


def decision_texts(text: str) -> list[str]:
    return [d.text for d in decisions(text)]


def figure_triples(text: str) -> list[tuple[float | None, str, str]]:
    """(value, direction, quote) of each figure in ``text``, every quote checked verbatim."""
    found = extract_candidates(text).figures
    assert all(f.quote in text for f in found)
    return [(f.value, f.direction, f.quote) for f in found]


def figure_units(text: str) -> list[tuple[float | None, str, str]]:
    """(value, unit, direction) of each figure in ``text``, every quote checked verbatim."""
    found = extract_candidates(text).figures
    assert all(f.quote in text for f in found)
    return [(f.value, f.unit, f.direction) for f in found]


UNRELATED_PROSE = ("The Chair welcomed everyone to the meeting and apologies were received from two members. "
                   "The clerk read out correspondence about the village hall and the allotments. ") * 40
"""Unrelated prose that makes a text long enough for the document-wide scans."""


FILLER = ("PC Amira Holt reported that the neighbourhood team had held three street surgeries in the town centre "
          "and had spoken to shopkeepers about deliveries blocking the pavement outside the parade. She explained how "
          "residents could contact the team through the website and said that the team rota was on the notice board. ") * 2
"""A long paragraph of our own: beside it a text is long enough for the sentence gates to apply."""


def actions_short_and_long(text: str) -> list[tuple[str | None, str]]:
    """(owner, quote) of the actions in ``text`` alone; with FILLER before it (a speaker of its own, so owners
    may differ) the quotes must be the same."""
    short = [(a.owner, a.quote) for a in actions(text)]
    long_text = FILLER + "\n\n" + text
    assert len(long_text) > scan.SMALL
    assert [a.quote for a in actions(long_text)] == [q for _, q in short]
    return short


def decisions_short_and_long(text: str) -> list[str]:
    """The decision quotes of ``text`` alone, checked equal to those found with FILLER after it."""
    short = [d.quote for d in decisions(text)]
    long_text = text + "\n\n" + FILLER
    assert len(long_text) > scan.SMALL
    assert [d.quote for d in decisions(long_text)] == short
    return short
