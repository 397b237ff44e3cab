"""Round 22a: a bare verdict under an item heading is quoted with its heading ("2 MINUTES OF THE PREVIOUS MEETING
/ Agreed.", Scottish "4 REPORT ... / Decision / NOTED"). Layouts in the style of UK committee minutes."""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates
from minutesai.engines.offline.heading_verdicts import heading_start, is_bare_verdict


def _decisions(text: str) -> list[str]:
    return [d.quote for d in extract_candidates(text).decisions]


def test_bare_agreed_under_a_minutes_heading_quotes_the_heading() -> None:
    text = ("1 WELCOME\n\nA welcome was extended to all members of the Panel.\n\n2 MINUTES OF THE PREVIOUS MEETING OF "
            "19 JULY 2012\n\nAgreed.\n\n3 MATTERS ARISING\n\nNone.\n\n4 POLICE REPORT\n\nThe Inspector reported on crime.\n")
    assert _decisions(text) == ["2 MINUTES OF THE PREVIOUS MEETING OF 19 JULY 2012\n\nAgreed."]


def test_each_scottish_decision_noted_gets_its_own_heading() -> None:
    text = ("3 MINUTE OF MEETING OF 11 OCTOBER 2016\n\nDecision\n\nNOTED\n\n4 POLICE SCOTLAND LOCAL PLAN 8 MONTH "
            "PERFORMANCE UPDATE - REPORT BY DIRECTOR COMMUNITIES\n\nDecision\n\nNOTED\n\n5 ANY OTHER BUSINESS\n\nNone.\n")
    quotes = _decisions(text)
    assert len(quotes) == 2
    assert quotes[0].startswith("3 MINUTE OF MEETING") and quotes[1].startswith("4 POLICE SCOTLAND")
    assert all(q.endswith("NOTED") for q in quotes)


def test_bare_verdict_after_prose_keeps_its_own_quote() -> None:
    text = "4. Police Update\n\nThe Inspector reported on crime. Members discussed the figures.\n\nAgreed.\n"
    assert heading_start(text, text.rindex("Agreed")) is None


def test_bare_verdict_words() -> None:
    assert is_bare_verdict("Agreed.") and is_bare_verdict("NOTED") and is_bare_verdict("Received and noted")
    assert not is_bare_verdict("The report was noted.") and not is_bare_verdict("None.")


def test_verdict_inside_a_line_is_not_widened() -> None:
    text = "2 MINUTES OF THE LAST MEETING\n\nThe minutes were Agreed.\n"
    assert heading_start(text, text.rindex("Agreed")) is None
