"""Round 11 (cross-pool): who owns an action. A request addressed to someone ('asks the Commissioner to bring ...')
is that someone's work, not the asking body's; a request for something 'by' or 'from' someone named is the work of
whoever gives it; 'X pointed out ... She would ...' makes X the speaker. Sentences written for the test; each rule
has a positive case and a near miss."""

from __future__ import annotations

from tests.offline_support import actions


def test_a_resolution_asking_someone_to_act_is_their_work() -> None:
    text = ("Performance report\n\nRESOLVED – That the Panel:\n\n(i) notes the report;\n\n(ii) expresses its concern at "
            "call handling and asks the Chief Constable to bring a report on response times to the Panel's meeting in March; and\n\n"
            "(iii) thanks the officers for attending.\n")
    found = [a for a in actions(text) if "report on response times" in a.quote]
    assert len(found) == 1
    assert found[0].owner == "Chief Constable"


def test_a_body_asking_for_a_report_in_the_passive_names_no_addressee() -> None:
    text = ("Performance report\n\nRESOLVED – That the Panel:\n\n(i) notes the report;\n\n(ii) welcomes the progress on "
            "burglary and asks that a report on response times be brought to the Panel's meeting in March.\n")
    found = [a for a in actions(text) if "report on response times" in a.quote]
    assert len(found) == 1
    assert found[0].owner != "Panel"
    assert found[0].owner is None or "Chief Constable" not in found[0].owner


def test_a_presentation_requested_by_someone_named_is_theirs() -> None:
    text = ("Policing update\n\nMembers requested a short presentation by the Neighbourhood Inspector on the summer "
            "operation at the next meeting.\n")
    found = actions(text)
    assert len(found) == 1
    assert found[0].owner == "Neighbourhood Inspector"


def test_a_request_made_by_a_month_has_no_owner_from_the_date() -> None:
    text = "Policing update\n\nMembers requested a written update on the CCTV cameras by September.\n"
    found = actions(text)
    assert len(found) == 1
    assert found[0].owner is None or "September" not in found[0].owner


def test_the_officer_who_pointed_something_out_owns_her_promise() -> None:
    text = ("Community safety\n\nThe Partnership Manager presented the annual review of the partnership.\n\n"
            "Councillor Evans asked about delays in answering calls.\n\n"
            "Inspector Jane Holt pointed out that calls were logged by the control room. She would look into the "
            "delays and report back.\n")
    found = [a for a in actions(text) if "look into" in a.quote]
    assert len(found) == 1
    assert found[0].owner == "Inspector Jane Holt"


def test_a_councillor_who_pointed_something_out_is_not_the_owner() -> None:
    text = ("Community safety\n\nInspector Jane Holt presented the annual review of the partnership.\n\n"
            "Councillor Evans pointed out that calls were logged by the control room. She would look into the "
            "delays and report back.\n")
    found = [a for a in actions(text) if "look into" in a.quote]
    assert len(found) == 1
    assert found[0].owner == "Inspector Jane Holt"


def test_a_police_and_crime_panel_request_is_the_commissioners() -> None:
    text = ("Questions to the Police and Crime Commissioner\n\nThe Commissioner answered questions from the Panel on "
            "call handling. The Commissioner said waiting times had fallen since May. The Panel thanked the Commissioner.\n\n"
            "The Panel requested that the 101 figures be published on a monthly basis.\n")
    found = actions(text)
    assert len(found) == 1
    assert found[0].owner == "Police and Crime Commissioner"


def test_a_committee_request_goes_to_the_force_named_not_a_commissioner() -> None:
    text = ("Policing update\n\nInspector Grey of Northshire Police presented the update. Northshire Police had run "
            "two operations in the ward. The Panel thanked Northshire Police.\n\n"
            "The Panel requested that the ward figures be published on a monthly basis.\n")
    found = actions(text)
    assert len(found) == 1
    assert found[0].owner == "Northshire Police"


def test_a_passive_promise_after_an_officer_spoke_names_the_force_too() -> None:
    text = ("Police Scotland update\n\nSuperintendent Reid of Police Scotland presented the quarterly report. "
            "Superintendent Reid said the survey had closed in June. He added that a breakdown of the results for the "
            "district would be circulated to Members.\n")
    found = actions(text)
    assert len(found) == 1
    assert found[0].owner == "Superintendent Reid (Police Scotland)"


def test_an_officers_own_promise_stays_the_officers() -> None:
    text = ("Police Scotland update\n\nSuperintendent Reid of Police Scotland presented the quarterly report. "
            "Superintendent Reid said the survey had closed in June. He would circulate a breakdown of the results "
            "for the district to Members.\n")
    found = actions(text)
    assert len(found) == 1
    assert found[0].owner == "Superintendent Reid"
