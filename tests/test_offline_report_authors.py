"""Round 19a (pool26 Leeds): 'That a further report ... be submitted to the Board' names no one; the officer who
submitted the report the item considered writes the next one. Only within the same agenda item."""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates

_LEEDS = (
    "12 Burglary Reduction\n"
    "The Director of Environment and Neighbourhoods submitted a report providing an overview of the burglary problem in Leeds.\n"
    "RESOLVED –\n(a) That the report be noted.\n"
    "(b) That a further report on the progress made to reduce domestic burglary be submitted to the Board in one year (June 2012).\n"
)


def _owners(text: str) -> list[str | None]:
    found = extract_candidates(text).actions
    assert all(a.quote in text for a in found)
    return [a.owner for a in found]


def test_the_further_report_is_its_authors() -> None:
    assert _owners(_LEEDS) == ["Director of Environment and Neighbourhoods"]


def test_the_report_of_the_officer_named_after_considered() -> None:
    text = ("13 Anti-social behaviour\nConsidered the report of the Chief Officer (Safer Communities) on anti-social behaviour.\n"
            "RESOLVED – That a progress report be brought back to the Committee in six months.\n")
    assert _owners(text) == ["Chief Officer"]


def test_an_author_under_an_earlier_item_is_not_taken() -> None:
    text = _LEEDS + "\n14 Parking\nThe Committee discussed parking near schools.\nRESOLVED – That a further report be submitted to the next meeting.\n"
    assert _owners(text)[-1] is None


def test_a_named_owner_is_kept() -> None:
    text = ("12 Burglary\nThe Director of Environment and Neighbourhoods submitted a report on burglary.\n"
            "RESOLVED – That the Chief Inspector provide a further report to the next meeting.\n")
    assert _owners(text) == ["Chief Inspector"]


def test_a_bodys_annual_report_gives_no_author() -> None:
    text = ("9 Community Safety Partnership\nThe Committee considered the annual report of the Harrowden Community Safety "
            "Partnership (CSP).\nRESOLVED – That a further update on rural crime be presented to the Committee in six months’ time.\n")
    assert _owners(text) == [None]
