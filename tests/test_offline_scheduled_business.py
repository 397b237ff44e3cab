"""Round 20a (pool23 Folkestone & Hythe; pool29 Windsor & Maidenhead, Oxford): a meeting (its Members, or another
body) receiving a presentation or report is the agenda, not an action; a further report promised is still work."""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates
from minutesai.engines.offline.scheduled_business import scheduled_business


def _actions(text: str) -> list[str]:
    found = extract_candidates(text).actions
    assert all(a.quote in text for a in found)
    return [a.action for a in found]


def test_members_would_receive_a_presentation_is_no_action() -> None:
    text = ("Mr Butler introduced the report and explained that Members would receive a presentation from each of the "
            "Subgroup leads of the Community Safety Partnership.\n")
    assert _actions(text) == []


def test_the_meeting_will_commence_with_a_presentation_is_no_action() -> None:
    assert _actions("The meeting will commence with a presentation by the Chief Constable and the Commissioner.\n") == []


def test_another_body_considering_a_report_is_no_action() -> None:
    assert _actions("Cabinet, at its meeting on 10 November, will consider a report on the Anti-Social Behaviour Policy.\n") == []


def test_a_report_someone_will_write_stays_an_action() -> None:
    assert _actions("The Inspector would provide a report on the figures to the Committee.\n") == [
        "provide a report on the figures to the Committee"]


def test_forms() -> None:
    assert scheduled_business("The Panel will receive a short presentation from the Superintendent")
    assert not scheduled_business("the Committee would receive a further report at its next meeting")
    assert not scheduled_business("the Panel would receive a report on response times at the next meeting")
    assert not scheduled_business("Officers would receive training on the new system")
