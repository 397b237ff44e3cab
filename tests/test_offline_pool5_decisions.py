"""Decision wordings met in the fifth set of real minutes, tested on sentences written for the test:
a pronoun approval under a minutes heading, an agenda's "To approve the minutes ..." line above the
outcome it describes, minute numbers alone on their line, and "received a presentation" narratives
(how an item began: every real-minutes annotation leaves them out or marks them optional). Each runs on a short text and inside a long one (where the sentence gates apply)."""

from __future__ import annotations

import pytest

from tests.offline_support import decisions_short_and_long


@pytest.mark.parametrize("line", ["These were approved with no changes.", "They were agreed as a true record.",
                                  "It was approved and signed by the Chairman."])
def test_pronoun_approval_under_a_minutes_heading_is_a_decision(line: str) -> None:
    text = f"Apologies\n\nCllr Rees\n\nMinutes of the Meeting held on 4th March 2025\n\n{line}\n\nPolice report\n\nPC Holt attended."
    assert decisions_short_and_long(text) == [line]


def test_pronoun_approval_under_another_heading_is_not_a_decision() -> None:
    text = "Planning applications\n\nThese were approved by the district council last month.\n\nPolice report\n\nPC Holt attended."
    assert decisions_short_and_long(text) == []


def test_agenda_line_above_the_minutes_outcome_is_not_a_second_decision() -> None:
    text = ("2 Minutes (96Kb)\nTo approve the minutes of the meeting held on 12 March 2025.\n1\n"
            "The minutes of the meeting held on 12 March 2025 were approved as a correct record and signed by the Chairman.\n"
            "3 Declarations of Interest\nThere were none.")
    assert decisions_short_and_long(text) == ["The minutes of the meeting held on 12 March 2025 were approved as a correct record and signed by the Chairman."]


def test_bare_infinitive_outcome_with_a_different_outcome_after_it_stays() -> None:
    text = ("To accept the annual report of the partnership and note the comments made.\n"
            "The priorities for the coming year were supported.")
    assert len(decisions_short_and_long(text)) == 2


def test_minute_numbers_on_their_own_line_start_items() -> None:
    text = ("14/25\n\nMinutes\n\nMinutes:\n\nThe minutes of the meeting held on 3 April 2025 were confirmed as a correct record.\n\n"
            "15/25\n\nSpecial Meeting Minutes\n\nMinutes:\n\n"
            "The minutes of the Special Meeting held on 3 April 2025 were confirmed as a correct record.")
    assert len(decisions_short_and_long(text)) == 2


def test_received_a_presentation_after_its_resolution_is_not_another_decision() -> None:
    text = ("RESOLVED that the presentation be received and Members comments be noted.\n"
            "RESOLVED that the report be noted.\n"
            "The Panel received a presentation on Operation Lantern. The presentation covered the following key areas:-\n"
            "• How the operation was set up\n• Results so far")
    assert decisions_short_and_long(text) == ["the presentation be received and Members comments be noted.", "the report be noted."]


def test_received_the_report_with_no_resolution_about_it_is_a_decision() -> None:
    text = ("RESOLVED that the minutes of the last meeting be agreed.\n"
            "The Panel received the report of the Community Safety Partnership. Members asked about arrests.")
    assert len(decisions_short_and_long(text)) == 2


@pytest.mark.parametrize("line", [
    "The Committee received a presentation on hate crime by Inspector Dale and the Community Safety Officer.",
    "Members received an update from the Council's representative on the Police and Crime Panel.",
    "The Board received a report presenting the new approach to anti-social behaviour casework.",
])
def test_received_a_presentation_or_report_is_how_the_item_began_not_a_decision(line: str) -> None:
    assert decisions_short_and_long(f"{line} Members asked about the figures for the town centre.") == []
