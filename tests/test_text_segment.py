"""Segmentation into agenda items: single pages, issue pages, meeting pages, minutes."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutesai.document import Minutes
from minutesai.ingest import load_minutes
from minutesai.segment import clean_title, segment

REPO = Path(__file__).resolve().parents[1]
DEV = REPO / "examples" / "corpus" / "dev"
DATA = REPO / "tests" / "data" / "text"
EXAMPLES = REPO / "examples" / "minutes"


def check_cover(doc: Minutes, items) -> None:
    assert items[0].start == 0 and items[-1].end == len(doc.text)
    for a, b in zip(items, items[1:], strict=False):
        assert a.end == b.start and a.start < a.end


def numbers_and_titles(items):
    return [(i.number, i.title) for i in items]


@pytest.mark.parametrize(
    ("name", "title"),
    [("barnet_q1_q2_performance_2019", "Q1 and Q2 Performance Report 2019/20"),
     ("bromley_crime_dashboard", "CRIME PERFORMANCE DASHBOARD"),
     ("swdevon_os_csp_scrutiny_2017", "Community Safety Partnership"),
     ("southwark_police_commander_interview", "Police Commander Interview")],
)
def test_agenda_item_page_is_one_item_titled_by_its_heading(name: str, title: str) -> None:
    doc = load_minutes(DEV / f"{name}.txt")
    items = segment(doc)
    assert numbers_and_titles(items) == [(None, title)]
    assert doc.source.item_title == title
    check_cover(doc, items)


def test_numbered_list_inside_an_item_does_not_split_it() -> None:
    # Southwark's recommendations "1. The sub-committee recommends ..." are not items.
    doc = load_minutes(DEV / "southwark_police_commander_interview.txt")
    assert len(segment(doc)) == 1


def test_issue_page_is_one_item_titled_by_the_numbered_heading() -> None:
    doc = load_minutes(DEV / "towerhamlets_os_crime_disorder_spotlight_2015.txt")
    assert numbers_and_titles(segment(doc)) == [("6", "Crime and Disorder Spotlight Session")]
    doc = load_minutes(DEV / "tunbridgewells_csp_plan_cabinet_2021.txt")
    assert numbers_and_titles(segment(doc)) == [("127", "Community Safety Partnership 2021/22")]


def test_issue_page_with_two_meetings_gives_one_item_per_meeting() -> None:
    text = ("Issue - meetings\n\nCommunity Safety Plan\n\n"
            "Meeting: 10/03/2021 - Cabinet Advisory Board (Item 5)\n\n5 Community Safety Plan\n\nThe Board supported the plan.\n\n"
            "Meeting: 15/04/2021 - Cabinet (Item 127)\n\n127 Community Safety Plan\n\nRESOLVED – That the plan be approved.")
    doc = load_minutes(text)
    items = segment(doc)
    assert [i.number for i in items] == ["5", "127"]
    check_cover(doc, items)
    assert "RESOLVED" in doc.text[items[1].start : items[1].end]


def test_unnumbered_meeting_page_text_splits_on_time_slots_and_file_sizes() -> None:
    doc = load_minutes(DEV / "hounslow_cpcg_anpr_mopac_2013.txt")
    items = segment(doc)
    check_cover(doc, items)
    assert numbers_and_titles(items) == [
        (None, "Meeting details"),
        (None, "Welcome and Apologies for Absence"),
        (None, "Minutes of the Meeting held on 21 January 2013 and Matters Arising"),
        (None, "Member Organisation Presentation: Hounslow Muslim Women's Association"),
        (None, "MOPaC Update: Tamsin Williams"),
    ]
    # "Response to questions from members" and "1. The CPEG budget ..." stay inside the MOPaC item
    assert "1. The CPEG budget had been reduced by 20%" in doc.text[items[-1].start : items[-1].end]


def test_meeting_page_html_segments_like_its_table() -> None:
    for path in (EXAMPLES / "hounslow_cpcg_meeting_2012.html", DATA / "draft_meeting_cp1252.html"):
        doc = load_minutes(path)
        from_table = [(i.number, i.title, i.start, i.end) for i in doc.items]
        from_text = [(i.number, i.title, i.start, i.end) for i in segment(doc)]
        assert from_text == from_table
        check_cover(doc, doc.items)


def test_minute_references() -> None:
    doc = load_minutes(DATA / "refs_minutes.txt")
    items = segment(doc)
    check_cover(doc, items)
    assert numbers_and_titles(items) == [
        (None, "Meeting details"), ("O&S.66/17", "MINUTES"), ("O&S.67/17", "DECLARATIONS OF INTEREST"),
        ("O&S.68/17", "COMMUNITY SAFETY PARTNERSHIP"), ("O&S.69/17", "TASK AND FINISH GROUP UPDATES"),
    ]
    body = doc.text[items[3].start : items[3].end]
    assert "(a) support for the work of the CSP" in body and "RESOLVED" in body


def test_reference_alone_on_its_line_takes_next_line_as_title() -> None:
    text = ("CSP 11/14\nApologies\nNone received.\n\nCSP 12/14\nPolice update\nThe Inspector reported that "
            "burglary was down.\n")
    items = segment(load_minutes(text))
    assert numbers_and_titles(items) == [("CSP 11/14", "Apologies"), ("CSP 12/14", "Police update")]


def test_continuous_numbering_with_inner_lists() -> None:
    doc = load_minutes(DATA / "numbered_minutes.txt")
    items = segment(doc)
    check_cover(doc, items)
    assert numbers_and_titles(items) == [
        (None, "Meeting details"), ("77", "APOLOGIES FOR ABSENCE"), ("78", "DECLARATIONS OF INTEREST"),
        ("79", "CRIME AND DISORDER SPOTLIGHT SESSION"), ("80", "POLICE AND CRIME PLAN PERFORMANCE"),
        ("81", "ANY OTHER BUSINESS"),
    ]
    spotlight = doc.text[items[3].start : items[3].end]
    assert "1. The Treasury" in spotlight and "2. the Borough Commander provide" in spotlight


def test_lettered_sub_items_and_agenda_list_before_minutes() -> None:
    text = ("AGENDA\n1. Apologies\n2. Police update\n3. Any other business\n\nMINUTES\n\n"
            "1. Apologies\n\nNone were received.\n\n2. Police update\n\n2a Burglary\n\n"
            "The Inspector said burglary was down 12%.\n\n2b Robbery\n\nRobbery was up.\n\n"
            "3. Any other business\n\nNone.")
    doc = load_minutes(text)
    items = segment(doc)
    check_cover(doc, items)
    assert [i.number for i in items] == [None, "1", "2", "2a", "2b", "3"]
    assert doc.text[items[1].start:].startswith("1. Apologies\n\nNone were received.")


def test_plain_prose_is_one_untitled_item() -> None:
    doc = load_minutes(DEV / "cityoflondon_scp_police_update_2018.txt")
    items = segment(doc)
    assert len(items) == 1 and items[0].title == "" and doc.source.item_title is None


def test_clean_title() -> None:
    assert clean_title("*Community Safety Partnership 2021/22 pdf icon PDF 180 KB") == \
        "Community Safety Partnership 2021/22"
    assert clean_title("Update on the activities of the Stop & Search / IAG in Hounslow: - 19:10 to 19:25") == \
        "Update on the activities of the Stop & Search / IAG in Hounslow"
