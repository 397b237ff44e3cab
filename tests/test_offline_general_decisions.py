"""General decision and action rules: short noting decisions, resolution stubs, "notes X and
recommends Y", "ACTION: INITIALS – text" lines, a marker after two paragraphs of commitments.
Sentences written in the style of UK council minutes."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates


def _decisions(text: str) -> list[str]:
    return [d.text for d in extract_candidates(text).decisions]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Board NOTED the performance report.",
        "Members noted the correction.",
        "The Panel noted the decisions taken by the Commissioner since the last meeting.",
        "The forward work programme was noted.",
        "Notes agreed.",
        "Notes were agreed as accurate.",
        "Cabinet RECOMMENDED to Council that the Public Spaces Protection Order be renewed for three years.",
    ],
)
def test_short_decisions_are_found(sentence: str) -> None:
    assert _decisions(sentence) == [sentence.rstrip(".")]


def test_short_noting_decision_is_not_an_action() -> None:
    assert not extract_candidates("The Committee NOTED the report.").actions


@pytest.mark.parametrize(
    "sentence",
    [
        "The Committee received an update from Chief Inspector Paul Ward, Neighbourhoods.",
        "Members noted that burglary had risen in the north of the district.",
        "It was noted by the Chair that the room had been booked for the next meeting.",
    ],
)
def test_narrative_is_not_a_decision(sentence: str) -> None:
    assert _decisions(sentence) == []


def test_bare_resolved_heading_is_a_lead_in_not_a_decision() -> None:
    text = "The Panel RESOLVED\n(a) to note the report;\n(b) to ask the Commissioner for a briefing on rural crime.\n"
    found = _decisions(text)
    assert "The Panel RESOLVED" not in found
    assert found == ["To note the report", "To ask the Commissioner for a briefing on rural crime"]


def test_notes_and_recommends_are_two_decisions() -> None:
    text = ("RESOLVED – That the Committee notes the Annual Report and recommends to Cabinet that the Serious Violence "
            "Strategy be published by 31 March 2024.")
    found = _decisions(text)
    assert len(found) == 2
    assert found[0].endswith("notes the Annual Report")
    assert found[1].startswith("Recommends to Cabinet")
    assert len(_decisions("RESOLVED – That the Committee notes the Annual Report and the appendices to it.")) == 1


def test_action_line_with_initials_and_dash() -> None:
    text = "New actions\nACTION: DO/ID – burglary prevention leaflet drop and cocooning visits on the Kelston Avenue roads.\n"
    actions = extract_candidates(text).actions
    assert [(a.owner, a.action) for a in actions] == [
        ("DO/ID", "burglary prevention leaflet drop and cocooning visits on the Kelston Avenue roads")]


def test_action_marker_takes_only_the_commitment_of_its_own_paragraph() -> None:
    text = ("Inspector Magowan said shoplifting had risen and he undertook to bring details to the next meeting.\n\n"
            "Mrs Ferris asked about rural response times. The Chief Inspector explained the geography. "
            "He agreed to provide a breakdown by sector to Members.\n\nAction: Chief Inspector Rutherford\n")
    actions = extract_candidates(text).actions
    assert len(actions) == 2
    owned = [a for a in actions if a.owner == "Chief Inspector Rutherford"]
    assert len(owned) == 1 and "breakdown" in owned[0].action and "details" not in owned[0].action
