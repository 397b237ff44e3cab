"""Decision forms from real UK minutes (round 5): "It was resolved: That ..." with a colon before 'That'.
Every sentence is written for the test."""

from __future__ import annotations

from tests.offline_support import decisions


def test_it_was_resolved_colon_that_is_a_resolution() -> None:
    found = decisions("Minutes of the last meeting. It was resolved: That the Chairman is authorised to sign the minutes "
                      "of the meeting held on 4 March.")
    assert [d.quote for d in found] == ["the Chairman is authorised to sign the minutes of the meeting held on 4 March."]


def test_it_was_noted_colon_is_not_a_resolution_header() -> None:
    assert not decisions("It was explained: that the patrol rota had changed in the spring.")
