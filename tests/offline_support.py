"""Helpers shared by the offline-engine tests: run the rules and check every quote is verbatim."""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates


def actions(text: str):
    found = extract_candidates(text).actions
    assert all(a.quote in text for a in found)
    return found


def decisions(text: str):
    found = extract_candidates(text).decisions
    assert all(d.quote in text for d in found)
    return found
