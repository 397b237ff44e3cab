"""Round 16a (pool20, pool22): promised work with the verbs 'commence', 'launch', 'roll out', 'implement' and 'run'
(an operation or a session), 'would shortly be ...ing', and a resolution's owner written with its short name
('the Community Safety Partnership (CSP) review ...'). Real sentences and variants."""

from __future__ import annotations

from minutesai.schemas import FoundAction
from tests.offline_support import actions as _actions
from tests.offline_support import decision_texts as _decisions


def _one(text: str) -> FoundAction:
    found = _actions(text)
    assert len(found) == 1, [a.quote for a in found]
    return found[0]


def test_police_would_commence_comparisons() -> None:
    a = _one("Crime comparisons\n\nMembers asked about comparisons with councils outside Kent. The Chief Inspector said that "
             "the Police would commence comparisons in 2019.\n")
    assert a.owner == "Police" and a.action.startswith("commence comparisons")


def test_force_would_be_launching_a_plan() -> None:
    a = _one("Equality\n\nThe Force would also be launching its equality Plan later in May 2024.\n")
    assert a.owner == "Force" and "launching its equality Plan" in a.action
    b = _one("Apps\n\nThe Council would roll out the new reporting app to all wards.\n")
    assert b.owner == "Council"
    c = _one("Recommendations\n\nThe Partnership will implement the recommendations of the review.\n")
    assert c.owner == "Partnership"


def test_police_would_be_running_an_operation() -> None:
    a = _one("ASB hotspots\n\nThe Police would be running Operation Catapan with officers from the Safer Neighbourhood Team "
             "dedicated to patrolling criminal damage and ASB hotspots.\n")
    assert a.owner == "Police" and "Operation Catapan" in a.action
    b = _one("Engagement\n\nThe PCSOs would run a drop-in session at the library.\n")
    assert b.owner == "PCSOs"


def test_would_shortly_be_undertaking() -> None:
    a = _one("Neighbourhood Watch\n\nIn response, the Inspector said the Police and Crime Panel would shortly be undertaking "
             "a scrutiny review into the matter.\n")
    assert a.owner == "Police and Crime Panel" and "scrutiny review" in a.action


def test_what_begins_or_runs_is_not_work() -> None:
    assert _actions("Meetings\n\nThese regular meetings would commence in January 2024.\n") == []
    assert _actions("Scheme\n\nThe new scheme would roll out across the county.\n") == []
    assert _actions("Scheme\n\nThe consultation would launch shortly.\n") == []
    assert _actions("Scheme\n\nThe scheme would run until March.\n") == []
    assert _actions("Scheme\n\nThe campaign had commenced in January and the operation had run for six weeks.\n") == []


def test_resolution_owner_with_its_short_name() -> None:
    text = ("ASB\n\nRESOLVED:\n1. That the Community Safety Partnership (CSP) review the Community Trigger process.\n"
            "2. That the Office of the Police and Crime Commissioner (OPCC) be asked to circulate the figures.\n"
            "3. That the Panel note the report.\n")
    owners = {a.owner for a in _actions(text)}
    assert owners == {"Community Safety Partnership", "Office of the Police and Crime Commissioner"}


def test_promise_ends_before_a_new_clause_with_its_own_subject() -> None:
    a = _one("ASB\n\n· The Mid Devon Senior Inspector, Insp Leitch had agreed to provide monthly newsletters, and a Member "
             "Briefing was due to take place on 29 September 2022.\n")
    assert a.owner == "Insp Leitch" and a.action == "provide monthly newsletters"
    b = _one("Figures\n\nThe Sergeant would circulate the figures to Members, and the Chair had asked for them by Friday.\n")
    assert b.action == "circulate the figures to Members"


def test_an_object_joined_by_and_stays_in_the_promise() -> None:
    a = _one("Figures\n\nThe Sergeant would circulate the figures, and the map of hotspots to Members.\n")
    assert "map of hotspots" in a.action


_PLAN = ("WYCOMBE COMMUNITY SAFETY PARTNERSHIP 2018/19\n\nMinutes:\n\nThe Commission was provided with an update on the Wycombe "
         "Community Safety Partnership priorities and actions for 2018/19. The priorities and key actions for 2018/19 were as "
         "follows:\n\n·       Tackling anti-social behaviour and crime – Work would be undertaken in partnership to deal with "
         "street drinkers and aggressive beggars.  A multi-agency communications campaign would be delivered to educate and "
         "raise awareness with members of the public in relation to begging.\n")


def test_passive_work_in_a_partnerships_plan_is_the_partnerships() -> None:
    found = _actions(_PLAN)
    assert len(found) == 2
    assert {a.owner for a in found} == {"Wycombe Community Safety Partnership"}
    variant = ("Community Safety\n\nMembers received a report on the Safer Stockton Partnership's draft action plan. A "
               "new cadet scheme would be delivered with local schools by March.\n")
    assert [a.owner for a in _actions(variant)] == ["Safer Stockton Partnership"]


def test_passive_work_delivered_launched_implemented() -> None:
    a = _one("Safety\n\nThe Inspector reported on the new scheme. A new app would be launched in the spring.\n")
    assert "launched" in a.action
    b = _one("Safety\n\nThe Chief Inspector said that the recommendations would be implemented by June.\n")
    assert b.owner == "Chief Inspector"


def test_a_plan_lead_in_does_not_own_work_someone_else_promises() -> None:
    text = ("Community Safety\n\nMembers received an update on the Safer Stockton Partnership's action plan. Sergeant Hill said "
            "that a breakdown would be circulated.\n")
    assert [a.owner for a in _actions(text)] == ["Sergeant Hill"]
    no_plan = "Community Safety\n\nThe meeting noted that the new system would be implemented in April.\n"
    assert all(a.owner is None for a in _actions(no_plan))


def test_a_promise_that_something_will_happen_is_the_promisers() -> None:
    a = _one("Stalking\n\n[A league table was recently published which had TVP at the bottom of that table. The Chief Constable had "
             "promised that more use of these orders would take place and there would be an improvement.]\n")
    assert a.owner == "Chief Constable" and a.action.startswith("more use of these orders would take place")
    b = _one("Station\n\nThe Commander gave an assurance that the front counter would remain open.\n")
    assert b.owner == "Commander"


def test_a_report_that_something_will_happen_is_no_promise() -> None:
    assert _actions("Stalking\n\nThe Inspector said that more use of these orders would take place.\n") == []
    assert _actions("Stalking\n\nThe Inspector explained that the new station would open in May.\n") == []


def test_agreement_after_a_lead_in_joined_by_and() -> None:
    text = ("Community Safety Plan\n\nThe Committee considered the Community Safety Plan and the priorities it contained and it "
            "was agreed that the priorities would be listed alphabetically.\n")
    assert _decisions(text) == ["It was agreed that the priorities would be listed alphabetically"]
    variant = "CCTV\n\nMembers discussed the camera at the park and it was resolved that a second quote be obtained.\n"
    assert len(_decisions(variant)) == 1
    assert _decisions("CCTV\n\nMembers discussed the camera at the park and it was explained that it had been moved.\n") == []


def test_numbered_resolution_without_that() -> None:
    text = ("Item Description Decision\n\n1. The assesments of progress be amended and agreed as outlined abive and further "
            "updates be provided as appropriate.\n\n2. The police will liaise with Members to provide clearer information "
            "related to crime statistics.\n")
    found = _decisions(text)
    assert any(d.startswith("The assesments of progress be amended and agreed") for d in found)
    assert _decisions("Updates\n\n1. The figures had been agreed with the force last year.\n") == []
    assert _decisions("Updates\n\nThe figures would be agreed with the force.\n") == []


def test_a_meeting_resolved_on_is_its_parties_work() -> None:
    text = ("Police report\n\nRESOLVED:\n1.     The District Executive Meeting police report be noted.\n\n2.     A meeting "
            "between members of the District Executive and the Local Policing Team takes place to discuss the format of the "
            "Police report and future reporting to the meeting.\n")
    a = _one(text)
    assert a.owner == "members of the District Executive and the Local Policing Team"
    variant = ("CCTV\n\nRESOLVED: That a further meeting between the Clerk and Thames Valley Police be arranged to discuss the "
               "cameras.\n")
    assert _one(variant).owner == "Clerk and Thames Valley Police"


def test_a_meeting_without_parties_has_no_owner_from_it() -> None:
    text = "CCTV\n\nRESOLVED: That a meeting be arranged to discuss the cameras.\n"
    assert all(a.owner is None for a in _actions(text))


def test_looking_into_doing_something_is_work_to_come() -> None:
    a = _one("ASB\n\nIn response, the Inspector said the Police were looking into setting up a multi-agency group with "
             "consideration being given to the use of dispersal orders.\n")
    assert a.owner == "Police" and a.action.startswith("setting up a multi-agency group")
    b = _one("Parks\n\nThe Council was exploring the possibility of installing CCTV at the park.\n")
    assert b.owner == "Council"


def test_looking_into_a_matter_or_looking_well_is_no_new_work() -> None:
    assert _actions("ASB\n\nOfficers were looking into the incident.\n") == []
    assert _actions("ASB\n\nThe figures were looking encouraging.\n") == []
    assert _actions("ASB\n\nThe Council was looking at improving lighting.\n") == []


def test_an_answer_that_a_point_could_be_looked_at_is_the_answerers() -> None:
    a = _one("Tenders\n\nCouncillor Jones asked about single tender awards. The Commissioner advised that could be looked at "
             "for inclusion within future reports to the Panel.\n")
    assert a.owner == "Commissioner" and "inclusion within future reports" in a.action
    b = _one("Lighting\n\nCouncillor Jones asked about lighting. The Inspector said that this could be looked into.\n")
    assert b.owner == "Inspector"


def test_what_could_be_done_in_general_is_no_offer() -> None:
    assert _actions("Patrols\n\nThe Inspector said that more patrols could be considered if funding allowed.\n") == []
    assert _actions("Burglary\n\nThe report said that burglary could be reduced.\n") == []


def test_the_items_speaker_to_provide_a_verbal_update_is_the_agenda() -> None:
    text = ("Neighbourhood policing review\n\nTo consider an appraisal of the announcement by West Midlands Police to undertake a "
            "review of neighbourhood policing.\n\nChief Superintendent Alex Murray to provide a verbal update.\n\nIn attendance: "
            "Chief Superintendent Alex Murray (West Midlands Police).\n")
    assert _actions(text) == []


def test_a_verbal_update_for_a_later_meeting_or_on_a_topic_stays_work() -> None:
    assert _one("Actions\n\nSgt Hill to provide a verbal update at the next meeting.\n").owner == "Sgt Hill"
    assert _one("Actions\n\nSgt Hill to provide a verbal update on the speed watch scheme.\n").owner == "Sgt Hill"
