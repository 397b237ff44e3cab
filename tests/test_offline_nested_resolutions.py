"""Round 20a (pool29 Southampton, Sefton; Durham and Wiltshire ModernGov pages): resolution layouts.

- A list nested under an item that names who is asked ("(ii) That the Chief Constable be asked to:" a) b) c)):
  each lettered item is work for that one, the lead is the decision, and the outer numbering goes on after it.
- A resolution opening with a clause before the one asked ("That, following the publication of the report, the
  Community Safety Manager bring ..."): the owner is after the clause.
- Numbered items whose RESOLVED heading a copy of the page lost ("(1) the report be noted;"): still resolutions,
  but not reported speech ("(d) his proposals would be presented to the Panel ...").
"""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates
from minutesai.engines.offline.fronted_clauses import after_fronted, fronted_owner
from minutesai.engines.offline.headerless_items import headerless_item
from minutesai.engines.offline.nested_items import lead_owner


def _found(text: str) -> tuple[list[tuple[str | None, str]], list[str]]:
    f = extract_candidates(text)
    assert all(a.quote in text for a in f.actions) and all(d.quote in text for d in f.decisions)
    return [(a.owner, a.action) for a in f.actions], [d.quote for d in f.decisions]


_NESTED = """5. Policing Update

Minutes:

The Panel received a report of the Chief Inspector on neighbourhood policing.

RESOLVED:

(i) That the report be noted;

(ii) That the Chief Constable be asked to:

a) provide a breakdown of response times by ward to the next meeting;

b) review the staffing of the 101 service;

c) note the results of the public confidence survey.

(iii) That, following the publication of the inspection report, the Community Safety Manager bring a further report to the Panel in March.
"""


def test_items_nested_under_be_asked_to_are_work_for_whoever_is_asked() -> None:
    actions, decisions = _found(_NESTED)
    assert (actions[0][0], actions[1][0]) == ("Chief Constable", "Chief Constable")
    assert "provide a breakdown of response times by ward to the next meeting" in actions[0][1]
    assert "review the staffing of the 101 service" in actions[1][1]
    assert not any("be asked to" in a for _, a in actions)  # the lead says who, not what
    assert not any("public confidence survey" in a for _, a in actions)  # noting is no work
    assert "That the Chief Constable be asked to" in decisions
    assert not any(d.startswith(("provide", "review")) for d in decisions)  # the items are the lead's work, not decisions


def test_the_outer_numbering_goes_on_after_a_nested_list() -> None:
    actions, decisions = _found(_NESTED)
    assert ("Community Safety Manager", "the Community Safety Manager bring a further report to the Panel in March") in actions
    assert any(d.startswith("That, following the publication") for d in decisions)


def test_it_is_recommended_that_a_body_colon_names_the_owner() -> None:
    text = ("RESOLVED:\n\n(i) That the figures be circulated to the Committee;\n\n(ii) To increase confidence in the Police, "
            "it is recommended that the Safe City Partnership:\n\na) Seek to increase the promotion of positive outcomes across "
            "the city;\n\nb) Use partner agencies social media platforms to reassure the public;\n\n(iii) That the Committee "
            "receive a further update in six months.\n")
    actions, _ = _found(text)
    owned = [a for o, a in actions if o == "Safe City Partnership"]
    assert len(owned) == 2 and owned[0].startswith("Seek") and owned[1].startswith("Use partner")
    assert not any(o == "Seek" for o, _ in actions)


def test_lead_owner_forms() -> None:
    assert lead_owner("That the Chief Constable be asked to:") == "Chief Constable"
    assert lead_owner("it is recommended that the Safe City Partnership:") == "Safe City Partnership"
    assert lead_owner("The Panel requests the Police and Crime Commissioner to:") == "Police and Crime Commissioner"
    assert lead_owner("That the report be noted;") is None
    assert lead_owner("Members raised the following points:") is None


def test_a_nested_list_under_a_lead_without_an_owner_stays_as_it_was() -> None:
    text = ("RESOLVED:\n\n(i) That the report be received subject to the following:\n\na) the figures for Ward A be "
            "corrected;\n\nb) the map be updated;\n\n(ii) That the next meeting be held on 5 June.\n")
    actions, _ = _found(text)
    assert all(o is None for o, _ in actions)


def test_fronted_clause_before_the_owner() -> None:
    q = "That reflecting concerns about the responsiveness of the service, Hampshire Constabulary reviews the 101 service"
    assert q[after_fronted(q):].startswith("Hampshire Constabulary")
    assert fronted_owner("Following the development of the new Strategy, the Safe City Partnership develop a funding bid") \
        == "Safe City Partnership"
    assert after_fronted("That the report be noted, and the Chief Inspector thanked") == 0
    assert after_fronted("Following discussion, it was agreed to note the report") == 0  # no one named after the clause


def test_fronted_clause_resolution_is_work_for_the_one_named() -> None:
    text = ("RESOLVED:\n\n(1) That the report be noted;\n\n(2) That, following the development of the new Safer Streets "
            "Strategy, the Community Safety Partnership develop a funding bid to the Home Office.\n")
    actions, _ = _found(text)
    assert actions == [("Community Safety Partnership",
                        "the Community Safety Partnership develop a funding bid to the Home Office")]


def test_a_fronted_clause_before_noting_is_no_work() -> None:
    text = "RESOLVED:\n\n(1) That, following discussion, the Committee noted the report.\n"
    actions, _ = _found(text)
    assert actions == []


def test_numbered_items_without_their_heading_are_resolutions() -> None:
    text = ("Members considered a report giving an update on Domestic Homicide Reviews. It was reported that there were "
            "difficulties in attracting independent Chairs.\n(1) the report be noted;\n(2) arrangements be put in place to "
            "establish a Prevent sub-group prior to the next meeting of this Partnership.\n")
    actions, decisions = _found(text)
    assert "the report be noted" in decisions
    assert any(d.startswith("arrangements be put in place") for d in decisions)
    assert [a for _, a in actions] == ["arrangements be put in place to establish a Prevent sub-group prior to the next meeting "
                                       "of this Partnership"]


def test_reported_speech_in_a_numbered_list_is_no_resolution() -> None:
    text = ("The Commissioner gave a verbal update. He reported that:\n\n(a) the force had recruited 214 additional "
            "officers; and\n\n(b) his proposals for the precept would be presented to the Panel on 3 February 2022.\n")
    _, decisions = _found(text)
    assert decisions == []
    assert not headerless_item("(b) x", 4, "(b)")
    t = "the plan would be noted by the Board"
    assert not headerless_item(t, 0, "(c)")
    assert headerless_item("the update be noted;", 0, "(1)")
    assert not headerless_item("the update be noted;", 0, None)  # not numbered: not this layout


def test_to_be_put_in_place_is_no_work_by_itself() -> None:
    text = ("RESOLVED that the Sub-Committee:\n\n(a) adds a condition that a refusals log be kept;\n\n(b) suspends the "
            "licence for four weeks to allow the above measures to be put in place.\n")
    actions, _ = _found(text)
    assert not any("suspends the licence" in a for _, a in actions)


def test_a_fronted_clause_before_what_the_meeting_did_is_not_read_as_work() -> None:
    assert after_fronted("Following discussion, the Committee agreed to note the report") == 0
    assert after_fronted("After questions, the Panel was content with the update") == 0


def test_items_nested_under_a_lead_without_an_owner_are_not_decisions_of_their_own() -> None:
    text = ("RESOLVED:\n\n(i) That the following be agreed:\n\na) the figures for Ward A be corrected;\n\nb) the map be "
            "updated;\n\n(ii) That the Inspector provide a breakdown of the figures to the next meeting.\n")
    actions, decisions = _found(text)
    assert not any(d.startswith(("the figures for Ward A", "the map")) for d in decisions)
    assert any(d.startswith("That the Inspector provide") for d in decisions)  # the outer list goes on
    assert any(o == "Inspector" for o, _ in actions)


def test_a_heading_that_names_who_is_asked_gives_them_its_items() -> None:
    text = ("6. Anti-social Behaviour\n\nMinutes:\n\nThe Committee considered the annual report.\n\nRESOLVED that the "
            "Community Safety Partnership be recommended to:\n\n(a) Publish quarterly crime figures on the Council website;\n\n"
            "(b) note the annual report.\n")
    actions, decisions = _found(text)
    assert actions == [("Community Safety Partnership", "Publish quarterly crime figures on the Council website")]
    assert "Publish quarterly crime figures on the Council website" in decisions  # decided items stay decisions
