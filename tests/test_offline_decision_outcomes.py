"""Decisions worded outside RESOLVED / noted / approved: elections, co-options, bare infinitive outcomes,
passive support, 'Action log approved.', lead-ins without a comma, misspelt deferrals.
Every sentence is written for the test."""

from __future__ import annotations

from tests.offline_support import actions, decisions


def test_election_of_a_chair_is_a_decision() -> None:
    text = ("Councillor Priya Osei was proposed by Cllr Dunn and she was elected as Chair for the coming year.\n\n"
            "PC Marsh gave the police report.")
    assert [d.quote for d in decisions(text)] == [
        "Councillor Priya Osei was proposed by Cllr Dunn and she was elected as Chair for the coming year."]


def test_elected_unopposed_and_co_opted_are_decisions() -> None:
    text = ("Mr Tolley offered to stand and was elected unopposed.\n\n"
            "Following interviews, Ms Kerr and Mr Abbas were co-opted onto the Parish Council.")
    assert len(decisions(text)) == 2


def test_appointed_as_council_representative_is_a_decision() -> None:
    text = "Cllr Byrne was appointed as the Council's representative on the Safer Neighbourhood Panel."
    assert len(decisions(text)) == 1


def test_a_police_appointment_reported_is_not_a_decision() -> None:
    text = ("Inspector Lowe was appointed to the neighbourhood team in March and has since been elected to the "
            "national federation board. A new sergeant will be appointed as Chair of the tasking group.")
    assert not decisions(text)


def test_bare_infinitive_outcome_line_is_a_decision() -> None:
    text = ("Portfolio Holder: Councillor Ellis Vaughan\n"
            "To accept the annual report of the Safer Communities Partnership and note the comments made.\n"
            "The Cabinet Member introduced the report and members asked about rural crime.")
    found = decisions(text)
    assert [d.quote for d in found] == [
        "To accept the annual report of the Safer Communities Partnership and note the comments made."]
    assert not actions(text)


def test_bare_infinitive_above_a_minutes_line_is_the_agenda_description() -> None:
    text = ("5. Policing update\n\nTo note the quarterly policing update from the Neighbourhood Inspector.\n\n"
            "Minutes:\n\nThe Inspector talked members through the burglary figures.")
    assert not decisions(text)


def test_bare_infinitive_without_a_full_stop_leads_a_list() -> None:
    assert not decisions("To note the following changes to the Board\n\nCllr Hart has joined for the town council.")


def test_passive_support_of_priorities_is_a_decision_and_not_work() -> None:
    text = "The three priorities and the proposed work plan were supported by the Committee."
    assert len(decisions(text)) == 1
    assert not actions(text)


def test_victims_supported_is_not_a_decision() -> None:
    assert not decisions("All the victims of the burglaries were supported.")


def test_action_sheet_agreed_is_a_decision() -> None:
    text = "2. Notes of the last meeting. Action log approved. 3. Police update. PC Reid reported on patrols."
    assert [d.quote for d in decisions(text)] == ["Action log approved."]


def test_lead_in_without_comma_then_agreed_to_adopt() -> None:
    text = ("Having considered the report the Panel agreed to adopt the forward plan shown below for 2024/25:\n\n"
            "June 2024\n\nAnti-social behaviour strategy")
    found = decisions(text)
    assert len(found) == 1 and found[0].quote.startswith("Having considered the report the Panel agreed to adopt")
    assert not actions(text)


def test_misspelt_deferral_is_a_decision() -> None:
    for spelling in ("defered", "deffered"):
        text = f"As the Superintendent was unable to attend, this item was {spelling} to the July meeting."
        assert len(decisions(text)) == 1


def test_adopting_a_work_plan_gives_nobody_work() -> None:
    text = "The Panel agreed to adopt the work plan set out below for 2025/26:\n\nMeeting date\n\nItem\n\n9 July 2025\n\nPolice update"
    assert len(decisions(text)) == 1
    assert not actions(text)


def test_minutes_and_action_log_agreed_is_a_decision() -> None:
    assert [d.quote for d in decisions("Minutes and action log agreed.")] == ["Minutes and action log agreed."]


def test_short_approvals_and_passive_support_without_an_article() -> None:
    for line in ("Ward priorities agreed.", "Budget approved.", "Community safety strategy agreed.",
                 "Priorities for the coming year were supported."):
        assert [d.quote for d in decisions(line)] == [line]


def test_people_supported_is_not_a_decision() -> None:
    for line in ("Officers were supported.", "Some changes were supported by residents."):
        assert not decisions(line)


def test_lettered_past_tense_that_lines_are_decisions() -> None:
    text = ("6 Safer Streets Strategy PDF 312 KB\n"
            "A. That Cabinet reviewed and signed off the Safer Streets Strategy 2025-28.\n"
            "B. That Cabinet noted the progress made on the night-time economy work.\n"
            "The Cabinet Member presented the report.")
    assert [d.quote for d in decisions(text)] == [
        "That Cabinet reviewed and signed off the Safer Streets Strategy 2025-28.",
        "That Cabinet noted the progress made on the night-time economy work.",
    ]


def test_a_that_clause_about_what_someone_said_is_not_a_decision() -> None:
    assert not decisions("That the Inspector had noted the increase was mentioned by several residents.")


def test_bare_infinitive_under_a_purpose_label_is_not_a_decision() -> None:
    text = "Purpose of the report\n\nTo note the performance of the Community Safety Partnership in 2024/25.\n\nThe Manager presented the figures."
    assert not decisions(text)
