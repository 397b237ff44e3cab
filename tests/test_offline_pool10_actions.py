"""Agenda text printed above the minute on ModernGov pages that have no "Minutes:" label (real pool10 pages),
tested on text written for the test: a description that an "Additional documents:" line closes, a list that
'The following areas will be covered:' leads, and a description the next paragraph retells in the past.
The same commitments in the minutes themselves stay actions."""

from __future__ import annotations

from tests.offline_support import FILLER, actions, actions_short_and_long


def _short_and_long_after(text: str) -> list[str]:
    """Quotes of the actions in ``text``, checked equal with FILLER after it (a page title stays on top)."""
    short = [a.quote for a in actions(text)]
    assert [a.quote for a in actions(text + "\n\n" + FILLER)] == short
    return short


def test_description_closed_by_additional_documents_is_not_an_action() -> None:
    text = ("Meeting: 14/03/2022 - Eastfield Area Committee (Item 5)\n\n"
            "Ward Policing\n\n"
            "Residents are invited to raise local policing concerns with the Neighbourhood Sergeant, who will report back.\n\n"
            "Additional documents:\n\n"
            "Sergeant Bell attended and answered questions on parking near the school.\n")
    assert _short_and_long_after(text) == []


def test_commitment_after_additional_documents_is_kept() -> None:
    text = ("Ward Policing\n\n"
            "Additional documents:\n\n"
            "Sergeant Bell attended and answered questions on parking near the school.\n\n"
            "Sergeant Bell will arrange a speed check outside the school before the next meeting.\n")
    assert len(actions_short_and_long(text)) == 1


def test_preview_list_items_are_not_actions() -> None:
    text = ("Youth safety review\n\n"
            "The following topics will be covered:\n\n"
            "1. Knife crime in the town centre - The Community Safety Manager will provide information to the Panel.\n\n"
            "2. Schools work - Inspector Hale will provide an overview of the schools programme.\n\n"
            "The Chair welcomed the Community Safety Manager and Inspector Hale to the meeting.\n")
    assert actions_short_and_long(text) == []


def test_numbered_commitments_without_a_preview_lead_are_kept() -> None:
    text = ("Actions from the meeting\n\n"
            "The following was agreed:\n\n"
            "1. The Community Safety Manager will provide the knife crime figures to the Panel.\n\n"
            "2. Inspector Hale will circulate the schools programme to members.\n")
    assert len(actions_short_and_long(text)) == 2


def test_description_retold_in_the_past_on_an_agenda_page_is_not_an_action() -> None:
    text = ("Agenda and draft minutes\n\n"
            "Venue: Civic Centre\n\n"
            "Chair's update\n\n"
            "The Chair will provide a verbal update regarding the Police and Crime Panel meeting held on 3 May 2022.\n\n"
            "The Chair provided a verbal update regarding the Police and Crime Panel meeting held on 3 May 2022.\n\n"
            "Town centre plan\n\n"
            "The Town Centre Manager to update the panel on the progress of the town centre safety plan.\n\n"
            "The Town Centre Manager gave a presentation updating the panel on progress with the town centre safety plan.\n")
    assert _short_and_long_after(text) == []


def test_a_promise_not_retold_on_an_agenda_page_is_kept() -> None:
    text = ("Agenda and minutes\n\n"
            "Venue: Civic Centre\n\n"
            "Police update\n\n"
            "Inspector Moss presented the quarterly figures for burglary and vehicle crime.\n\n"
            "Inspector Moss will provide a breakdown of the burglary figures by ward before the next meeting.\n\n"
            "Members thanked the Inspector for the report.\n")
    assert len(_short_and_long_after(text)) == 1


def test_same_retelling_without_an_agenda_page_title_is_kept() -> None:
    text = ("Police update\n\n"
            "The Sergeant will circulate the speed watch results to members of the panel.\n\n"
            "The Sergeant circulated last year's speed watch results to members of the panel at the meeting.\n")
    assert len(actions_short_and_long(text)) == 1


def test_tasked_to_takes_any_verb() -> None:
    text = ("Police report\n\n"
            "Sgt Rowe has been tasked to delve further into the burglary figures to see which streets saw the rise.\n")
    assert len(actions_short_and_long(text)) == 1


def test_tasked_without_a_person_is_not_an_action() -> None:
    text = "Police report\n\nThe neighbourhood team were tasked to the town centre on Saturday nights last month.\n"
    assert actions_short_and_long(text) == []


def test_review_would_be_undertaken_or_carried_out() -> None:
    for verb in ("undertaken", "carried out"):
        text = ("Community Safety Partnership\n\n"
                f"The Manager said that a review of the partnership's working groups would be {verb} during 2025.\n")
        assert len(actions_short_and_long(text)) == 1
