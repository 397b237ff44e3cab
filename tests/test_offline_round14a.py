"""Round 14a (pool19): decisions noted in other words, a reason before "Members agreed", list lead-ins that are not
decisions, and taking on a forum in the future progressive. Real sentences from the tuning set and variants."""

from __future__ import annotations

from tests.offline_support import actions as _actions
from tests.offline_support import decision_texts as _decisions


def test_received_and_noted_is_a_decision() -> None:
    text = ("Performance Report\n\nThe Sub-Committee received, and noted, the number of working days lost to aid abstractions "
            "from ring fenced roles, as detailed in the report.\n")
    assert len(_decisions(text)) == 1
    assert len(_decisions("Item 5\n\nThe Committee received and noted the quarterly figures for anti-social behaviour.\n")) == 1


def test_received_information_on_a_subject_is_a_decision() -> None:
    text = "Quarter 3\n\nThe Sub-Committee received information on performance against indicators during Quarter 3 (October – December 2018).\n"
    assert len(_decisions(text)) == 1


def test_received_information_that_something_happened_is_not_a_decision() -> None:
    assert _decisions("Burglary\n\nThe Panel received information that three officers had been moved to the town centre.\n") == []


def test_noted_an_approach_with_a_possessive_is_a_decision() -> None:
    text = ("ASB\n\n·        The Committee noted the Police’s approach to responding to ASB and related governance structures, "
            "as summarised in the presentation.\n")
    assert len(_decisions(text)) == 1
    assert len(_decisions("Item 4\n\nThe Panel noted the Commissioner's findings on the complaints handled in the year.\n")) == 1


def test_a_reason_before_members_agreed_is_a_decision() -> None:
    text = ("Performance\n\nDue to the difficulties in abstracting data on shifts where minimum staffing strength is met, "
            "Members agreed that the data should not be presented in future performance reports.\n")
    assert len(_decisions(text)) == 1
    text = "Dates\n\nIn light of the election timetable, the Committee agreed that the March meeting be moved to April.\n"
    assert len(_decisions(text)) == 1


def test_a_reason_without_an_agreement_is_not_a_decision() -> None:
    text = "Staffing\n\nDue to the difficulties in recruiting PCSOs, Members were concerned that patrols would fall.\n"
    assert _decisions(text) == []


def test_the_following_points_were_noted_is_a_list_lead_in_not_a_decision() -> None:
    assert _decisions("ASB\n\nThe following main points were noted in the discussion:\n\n·        Patrols had increased.\n") == []
    assert _decisions("Item 6\n\nThe following comments were noted:\n\n(a) Members welcomed the report.\n") == []


def test_a_passive_noting_of_the_report_is_still_a_decision() -> None:
    assert len(_decisions("Item 6\n\nThe report was noted.\n")) == 1


def test_co_chairing_a_new_meeting_in_the_progressive_is_an_action() -> None:
    text = ("ASB\n\n·        Superintendent Jack May-Carter and the council’s Director of Community Safety would be co-chairing "
            "a new performance management meeting around crime and anti-social behaviour.\n")
    acts = _actions(text)
    assert len(acts) == 1
    assert acts[0].owner is not None  # (the clause after 'and the' names the second party only: left for a later round)
    assert "co-chairing a new performance management meeting" in acts[0].action


def test_leading_a_review_in_the_progressive_is_an_action() -> None:
    acts = _actions("Hate Crime\n\nInspector Rowe said she would be leading a review of hate crime reporting in the district.\n")
    assert len(acts) == 1 and "leading a review" in acts[0].action


def test_chairing_without_a_forum_is_not_an_action() -> None:
    assert _actions("Elections\n\nCouncillor Mills would be chairing in the absence of the Chairman.\n") == []


def test_a_numbered_list_of_working_to_aims_has_no_action() -> None:
    text = ("VAWG Action Plan\n\n9.  Working to identify high risk and high harm locations for VAWG, and target resources to those places.\n\n"
            "10. Continuing to review how we respond to reports of stalking.\n")
    assert _actions(text) == []


def test_a_lone_working_to_line_stays_an_update_of_work() -> None:
    assert len(_actions("Priorities\nWorking to identify the streets where cycle theft is highest.\nNext item\n")) == 1


def test_a_named_officer_to_identify_is_still_an_action() -> None:
    acts = _actions("Actions\n\nPC Smith to identify the locations of the thefts on Mill Road.\n")
    assert [a.owner for a in acts] == ["PC Smith"]


def test_a_speaker_whose_title_lacks_its_closing_comma_owns_the_promise() -> None:
    text = "COVID Update\n\nJill Horsfall, West Area BCU Superintendent informed the board that the data will be circulated to members.\n"
    assert [a.owner for a in _actions(text)] == ["Jill Horsfall"]
    text = "COVID Update\n\nJill Horsfall, West Area BCU Superintendent, informed the board that the data will be circulated to members.\n"
    assert [a.owner for a in _actions(text)] == ["Jill Horsfall"]


def test_a_comma_list_of_places_is_no_speaker_title() -> None:
    text = "Patrols\n\nIn Acton, Ealing Broadway and Southall the figures were noted. The data will be circulated to members.\n"
    assert all(a.owner != "In Acton" for a in _actions(text))
