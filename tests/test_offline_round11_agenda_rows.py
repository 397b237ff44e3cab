"""Round 11 (cross-pool): a ModernGov agenda table flattened to text prints each row as the heading, the agenda's
description and then an inline 'Minutes:' (or 'Additional documents:' / 'Decision:') label on the same line. The
description decides nothing; the minute after the label keeps its decision. Sentences written for the test."""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates

_ROWS = (
    "No. | Item |\n---|---|\n"
    "Apologies for Absence Minutes: Apologies were received from Councillor Hale. |\n"
    "{row}\n"
    "Matters arising Minutes: None. |\n"
)


def _decisions(text: str) -> list[str]:
    found = extract_candidates(text).decisions
    assert all(d.quote in text for d in found)
    return [d.quote for d in found]


def test_the_agenda_wording_before_an_inline_minutes_label_is_no_decision() -> None:
    text = _ROWS.format(row="To approve the minutes of the meeting held on 3 March 2023. Minutes: RESOLVED that the minutes "
                            "of the meeting held on 3 March 2023 are agreed as a correct record. |")
    quotes = _decisions(text)
    assert not any(q.startswith("To approve") for q in quotes)
    assert any("are agreed as a correct record" in q for q in quotes)


def test_the_agenda_wording_before_an_additional_documents_line_is_no_decision() -> None:
    text = _ROWS.format(row="The Chair shall propose that the minutes of the meeting held on 3 March 2023 be signed as a true "
                            "record.\nAdditional documents: Minutes: The Chair signed the minutes as a true record. |")
    assert not any("shall propose" in q for q in _decisions(text))


def test_a_resolution_after_the_label_keeps_its_decision_and_action() -> None:
    text = _ROWS.format(row="Speeding in the village To receive an update from the Sergeant. Minutes: RESOLVED that the Sergeant "
                            "bring a report on speed checks in Mill Lane to the next meeting. |")
    assert any("bring a report on speed checks" in q for q in _decisions(text))
    actions = extract_candidates(text).actions
    assert any("speed checks" in a.quote for a in actions)
    assert not any("To receive an update" in a.quote for a in actions)
