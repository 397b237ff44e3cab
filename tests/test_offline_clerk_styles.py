"""Clerk styles: flattened action tables, action logs, first-person minutes,
moved-and-seconded motions, reported Q&A and 'Decision:' blocks."""

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


PIPE_TABLE = """4. ANTI-SOCIAL BEHAVIOUR UPDATE

The Board discussed the quarterly ASB dashboard.

Action | Owner | Due
Circulate the ASB dashboard to members | Community Safety Manager | March 2024
Review CCTV coverage in the town centre | Inspector Khan | April 2024
"""


def test_pipe_table_rows_are_actions_with_owner_and_due():
    found = actions(PIPE_TABLE)
    assert [(a.action, a.owner, a.due) for a in found] == [
        ("Circulate the ASB dashboard to members", "Community Safety Manager", "March 2024"),
        ("Review CCTV coverage in the town centre", "Inspector Khan", "April 2024"),
    ]


def test_tab_table_with_row_numbers_and_a_finished_row():
    text = ("ACTION LOG\n\nNo.\tAction\tOwner\tDeadline\tStatus\n"
            "1\tArrange a walkabout of Station Road\tPCSO Lee\t30 April 2024\tOpen\n"
            "2\tWrite to the landlord of 12 Mill Lane\tHousing Officer\tFebruary 2024\tComplete\n")
    found = actions(text)
    assert [(a.action, a.owner, a.due) for a in found] == [("Arrange a walkabout of Station Road", "PCSO Lee", "30 April 2024")]


def test_tab_header_without_number_column_skips_row_numbers():
    text = "Action\tOwner\tDeadline\n1\tShare the knife crime problem profile\tDetective Inspector Shah\tNext meeting\n"
    [a] = actions(text)
    assert (a.owner, a.due) == ("Detective Inspector Shah", "Next meeting")
    assert a.action == "Share the knife crime problem profile"


def test_action_log_numbered_rows_and_heading_is_not_an_owner():
    text = ("ACTION LOG\n\n"
            "1. Circulate the revised PSPO map to ward members – Community Safety Manager – March 2024\n"
            "2. Confirm funding for the youth diversion scheme – Head of Finance – 31 May 2024\n"
            "3. Report on fly-tipping hotspots – Environmental Services – completed\n")
    found = actions(text)
    assert [(a.owner, a.due) for a in found] == [("Community Safety Manager", "March 2024"), ("Head of Finance", "31 May 2024")]
    assert all(a.owner != "LOG" for a in found)
    assert found[0].action == "Circulate the revised PSPO map to ward members"


def test_prose_after_a_table_is_still_read():
    text = PIPE_TABLE + "\n5. POLICE UPDATE\n\nThe Inspector said she would provide the stop and search figures for Hollins ward.\n"
    found = actions(text)
    assert len(found) == 3
    assert found[-1].owner == "Inspector"
