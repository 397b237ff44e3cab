"""Round 19a (pool26 Leicester): a ModernGov "Agenda item" page whose title was lost puts the agenda's description
first ('An update will be given on recent Police developments and successes.'): a promise there is the agenda's, not
the meeting's; the minutes below keep theirs, and a first line that records the meeting is minutes."""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates


def _actions(text: str) -> list[str]:
    found = extract_candidates(text).actions
    assert all(a.quote in text for a in found)
    return [a.action for a in found]


_MINUTES = "Sergeant Dave Thompson introduced himself. He would circulate the figures to residents.\n"


def test_a_description_without_a_title_is_no_action() -> None:
    text = ("Agenda item\n\nAn update will be given on recent Police developments and successes. There will also be an update "
            "on the Joint Action Group.\n\n" + _MINUTES)
    assert _actions(text) == ["circulate the figures to residents"]


def test_a_first_line_recording_the_meeting_keeps_its_action() -> None:
    text = "Agenda item\n\nThe Inspector reported on patrols and said he would write to the school.\n\n" + _MINUTES
    assert "write to the school" in _actions(text)
