"""Round 21a (pool30, with pool28/pool29 and the diffs of pool19–27): actions, decisions and owners.

Each rule is a category met in two councils at least: passive work with a training / finalising / developing /
tracking verb (City of London, Derbyshire, Avon and Somerset, Lincolnshire, Northamptonshire); intentions said with
"intends to" / "is going to" / "is about to" (Great Baddow, Belhelvie); the minutes confirmed in the active voice
("The Panel confirmed the Minute of its meeting", Scottish and English pages); a chair calling for a vote is procedure,
and the vote's outcome in the same sentence is the decision (Crawley; the same wording on other councils' pages)."""

from __future__ import annotations

from tests.offline_support import actions, decision_texts


def _acts(text: str) -> list[tuple[str | None, str]]:
    return [(a.owner, a.action) for a in actions(text)]


def test_passive_training_with_a_deadline_is_work() -> None:
    assert _acts("The remaining officers and staff would be trained by March 2019.\n") == [
        (None, "The remaining officers and staff would be trained by March 2019")]
    found = actions("The force has purchased 3 off road motorcycles. Six staff will be trained by January 2023.\n")
    assert [a.quote for a in found] == ["Six staff will be trained by January 2023"]


def test_passive_finalising_developing_and_tracking_are_work() -> None:
    found = actions("The report will be finalised and published, with the final version brought back to the Panel at the "
                    "September meeting.\n")
    assert len(found) == 1 and found[0].quote.startswith("The report will be finalised and published")
    assert len(actions("Following the needs assessment a strategy would be developed based upon local intelligence.\n")) == 1
    assert len(actions("These will be tracked via the Action log until the Commissioner is completely satisfied.\n")) == 1


def test_passive_forecasts_stay_unread() -> None:
    assert actions("It was anticipated that the new station would be developed by 2025.\n") == []
    assert actions("Officers had been trained in the new system last year.\n") == []


def test_intentions_to_do_work_are_actions() -> None:
    assert _acts("Ben intends to speak to Great Baddow Parish Council about running sessions on separate nights.\n") == [
        ("Ben", "speak to Great Baddow Parish Council about running sessions on separate nights")]
    assert _acts("Police are going to introduce foot patrols in rural villages in an effort to forge closer links.\n") == [
        ("Police", "introduce foot patrols in rural villages in an effort to forge closer links")]
    found = actions("This will help focus the speeding initiative the police are about to undertake in the Formartine area.\n")
    assert [a.quote for a in found] == ["the police are about to undertake in the Formartine area"]


def test_intentions_that_are_not_plans() -> None:
    assert actions("The police intended to focus on the night time economy.\n") == []
    assert actions("He did not intend to go into the detail of the report.\n") == []
    assert actions("The scheme was intended to provide reassurance to residents.\n") == []
    assert actions("Councillor Farmer asked for confirmation that the police are going to licensed premises.\n") == []
    assert actions("Are the police going to provide more patrols?\n") == []
    assert actions("Crime is going to increase over the winter months.\n") == []


def test_minutes_confirmed_in_the_active_voice_are_a_decision() -> None:
    assert decision_texts("The Panel confirmed the Minute of its meeting held on 19 April 2016.\n") == [
        "The Panel confirmed the Minute of its meeting held on 19 April 2016"]
    assert decision_texts("The Board confirmed the minutes of its previous meeting held on 2 June.\n") == [
        "The Board confirmed the minutes of its previous meeting held on 2 June"]
    assert decision_texts("The Inspector confirmed the minute of silence was held.\n") == []


def test_calling_for_a_vote_is_procedure_and_its_outcome_the_decision() -> None:
    text = ("The Mayor then called for a vote on Notice of Motion 1 – Improving Policing in Crawley which was carried by "
            "20 votes in favour, 14 against and 0 abstention.\n")
    assert actions(text) == []
    assert len(decision_texts(text)) == 1
    assert actions("The Chairman called for a vote on the amendment, which was lost.\n") == []
    assert decision_texts("The Chairman called for a vote on the amendment, which was lost.\n") == []
    assert actions("Councillor Smith requested a recorded vote.\n") == []
    assert _acts("Councillor Smith called for a review of the CCTV provision.\n") == [
        (None, "a review of the CCTV provision")]


_CONDITIONS_LIST = """Decision:

RESOLVED that: the work program for 2022/23 should include the following matters:

a)  The Panel agrees the proposed scope for scrutiny work on Early Intervention activity, subject to the following amendments:

{b}  Mrs Shields and Councillor Lunn would be added to the membership of the working group.

{b}Miss Woodhouse would be involved in reviewing the draft report.

b)  The Panel agrees to hold (virtual) pre-meetings ahead of future Panel meetings following publication of the agenda papers.

c)  The Panel requests that a private briefing session with the Chief Constable be arranged around the Panel meeting on 1st December 2022.

Minutes:

The Democratic Services Assistant Manager presented the report.
"""


def test_outer_items_after_a_conditions_list_are_decisions_again() -> None:
    for bullet in ("-", "?-", "•"):
        text = _CONDITIONS_LIST.format(b=bullet)
        found = decision_texts(text)
        assert len(found) == 4, (bullet, found)
        assert found[2].startswith("The Panel agrees to hold (virtual) pre-meetings")
        assert found[3].startswith("The Panel requests that a private briefing session")
        quotes = [a.quote for a in actions(text)]
        assert not any("following matters" in q or "following amendments" in q for q in quotes)  # a list's lead is no work
        assert any(q.startswith("The Panel requests that a private briefing session") for q in quotes)


def test_conditions_list_under_an_unnumbered_lead_stays_conditions() -> None:
    text = ("Decision:\n\nThat the report be received subject to the following:\n\n"
            "(a) That information be sought on the level of internet crime involving North Wales;\n\n"
            "(b) That information be sought on the deployment of the 51 extra police officers.\n")
    assert decision_texts(text) == ["The report be received subject to the following"]


def test_introductions_and_short_reports_at_the_meeting_are_no_work() -> None:
    assert actions("The Chairman asked for Community Safety Partners who attended the meeting to introduce themselves to "
                   "other members present to increase understanding.\n") == []
    assert actions("Representatives from organisations who have received funding from SAP over the past year were invited to "
                   "provide short reports on the progress of their projects.\n") == []
    assert _acts("The Inspector was asked to provide a short report to the next meeting on the figures.\n") == [
        ("Inspector", "provide a short report to the next meeting on the figures")]


def test_a_partnership_named_in_lower_case_owns_what_it_is_asked() -> None:
    found = actions("RESOLVED\nTo ask the partnership to consider having other members of the partnership in attendance at "
                    "the Committee's meeting.\n")
    assert [(a.owner or "").lower() for a in found] == ["partnership"]


def test_a_speaker_after_an_inline_minutes_label() -> None:
    text = ("Policing and Community Safety Annual Review - Question and Answer with the Police Additional documents: Minutes: "
            "Chief Inspector Paul Austin and Sergeant Matt Hughes from Essex Police gave a presentation on policing in the town, "
            "in response to questions submitted in advance by the Committee. It was noted that a number of questions had been "
            "submitted by the public and these would be answered outside of the meeting.\n")
    found = actions(text)
    assert len(found) == 1 and "Essex Police" in (found[0].owner or "")


def test_a_pointer_to_what_follows_is_no_owner() -> None:
    text = ("Below are the questions that were submitted, alongside the response to those questions.\n"
            "They will deploy in teams after a problem profile is created by local teams.\n")
    assert all(a.owner != "Below" for a in actions(text))


_MOTION = """The Mayor then called for a vote on Notice of Motion 1 which was carried by 20 votes in favour, 14 against and 0 abstention.

RESOLVED

This Council notes:

·                That overall responsibility for policing in England and Wales continues to rest with the Home Secretary

·                That day-to-day responsibility for operational decisions is held by the Chief Constable

This Council resolves:

·                To request that the Leader writes to the Police and Crime Commissioner about neighbourhood policing
"""


def test_what_a_motion_notes_is_no_decision_but_what_it_resolves_is() -> None:
    found = decision_texts(_MOTION)
    assert not any(d.startswith(("This Council notes", "Overall responsibility", "Day-to-day")) for d in found)
    assert any("Leader writes to the Police and Crime Commissioner" in d for d in found)
    assert any("carried by 20 votes" in d for d in found)


def test_an_empty_action_log_field_is_no_action() -> None:
    assert actions("Recommendations: None\n") == []
    assert actions("Actions arising: None.\n") == []


def test_a_minute_of_silence_is_no_minutes_approval() -> None:
    assert decision_texts("The Council confirmed the minute of silence would be held at 11am.\n") == []


def test_any_work_participle_with_a_date_is_work() -> None:
    assert _acts("PCSOs will be recruited by March.\n") == [(None, "PCSOs will be recruited by March")]
    assert _acts("Officers would be deployed to the park by the end of May.\n") == [
        (None, "Officers would be deployed to the park by the end of May")]
    assert len(actions("The new cameras will be installed in June.\n")) == 1


def test_dated_forecasts_and_news_are_no_work() -> None:
    assert actions("Crime would be reduced by March.\n") == []
    assert actions("The station will be closed in May.\n") == []
    assert actions("The event will be postponed until next month.\n") == []
    assert actions("The offender will be sentenced in May.\n") == []
    assert actions("Officers will be based in the new hub.\n") == []
    assert actions("The cameras will be installed.\n") == []  # no date: the closed list of work participles decides


def test_a_later_meeting_considering_something_is_its_agenda_not_work() -> None:
    # the date is the meeting's own: what a body will consider or discuss is its business, not a task
    assert actions("The Panel noted that the precept proposal would be considered at its meeting on 6 February 2023.\n") == []
    assert actions("The draft plan will be discussed at the next meeting in March.\n") == []
    assert len(actions("The draft plan will be circulated before the next meeting in March.\n")) == 1
