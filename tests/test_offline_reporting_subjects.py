"""Round 20a (pool29 Waverley; the same form in pool19–26: "Inspector Rides indicated that he would distribute",
"The Police Sergeant confirmed that he would look"): a pronoun's promise after "X confirmed that" is X's, even when
an earlier sentence made someone else the subject ("The Committee are to review ...")."""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates
from minutesai.engines.offline.reporting_subjects import reporting_subject


def _owners(text: str) -> list[tuple[str | None, str]]:
    found = extract_candidates(text).actions
    assert all(a.quote in text for a in found)
    return [(a.owner, a.action) for a in found]


def test_they_after_officers_confirmed_that_is_the_officers() -> None:
    text = ("Agenda item\n\nThe Committee are to review and scrutinise the work of the Safer Waverley Partnership.\n\n"
            "53.4 The Vice-chair stated that he found the webpage difficult to locate. Officers confirmed that they would "
            "review its online visibility with the Communications team.\n")
    assert ("Officers", "review its online visibility with the Communications team") in _owners(text)


def test_he_after_a_named_officer_indicated_that() -> None:
    text = ("The Panel are to consider the neighbourhood policing update.\n\nMembers asked about the ward figures. "
            "Inspector Rides indicated that he would distribute the figures to Members after the meeting.\n")
    assert ("Inspector Rides", "distribute the figures to Members after the meeting") in _owners(text)


def test_reporting_subject_forms() -> None:
    t = "The Police Sergeant confirmed that he would look into it"
    assert reporting_subject(t, t.index("he would")) == "The Police Sergeant"
    t = "Members confirmed that they would attend"
    assert reporting_subject(t, t.index("they")) is None  # Members speak for themselves through other rules
    t = "The Committee agreed that they would write to the Chief Constable"
    assert reporting_subject(t, t.index("they")) is None  # the meeting body: left to the rules for resolutions
    t = "It was confirmed that they would review it"
    assert reporting_subject(t, t.index("they")) is None
    t = "Officers would review it and they would report back"
    assert reporting_subject(t, t.index("they")) is None  # no 'confirmed that' right before


def test_the_reporter_is_named_on_the_promise_line_only() -> None:
    t = "Tribunal\n\nThe Commissioner confirmed that he would publish the minutes"
    assert reporting_subject(t, t.index("he would")) == "The Commissioner"
