"""Action wordings met in the eighth set of real minutes, tested on sentences written for the test: a
promise to try ("will endeavour to update"), taking feedback back, a courtesy conveyed on the body's
behalf, a web page's notice about its papers, and a request whose matters are listed as bullets.
Each runs on a short text and inside a long one (sentence gates)."""

from __future__ import annotations

from tests.offline_support import actions_short_and_long


def test_a_promise_to_try_is_an_action() -> None:
    found = actions_short_and_long("PCSO Dan Pryce sent his apologies. Dan will endeavour to report back on the speed checks once the new rota is agreed.")
    assert len(found) == 1
    assert found[0][1].startswith("Dan will endeavour to report back")


def test_taking_the_feedback_back_is_an_action() -> None:
    found = actions_short_and_long("Members said the referral forms were hard to find. They will take the feedback back to the youth team.")
    assert [q for _, q in found] == ["They will take the feedback back to the youth team"]


def test_a_scheme_that_will_try_to_do_something_is_not_an_action() -> None:
    assert actions_short_and_long("The new strategy will try to reduce repeat victimisation across the district.") == []


def test_a_hedged_promise_to_try_is_not_an_action() -> None:
    assert actions_short_and_long("If funding allowed, officers would endeavour to increase patrols in the park.") == []


def test_a_courtesy_conveyed_on_behalf_of_members_is_not_an_action() -> None:
    for line in ("Members were sorry to hear that the Vice-Chair was unwell and asked that their good wishes be conveyed to him.",
                 "The Panel requested that its condolences be passed on to the family of the retired sergeant."):
        assert actions_short_and_long(line) == [], line


def test_writing_a_letter_of_thanks_is_still_an_action() -> None:
    assert len(actions_short_and_long("The Clerk to write a letter of thanks to the volunteers who staffed the speed watch.")) == 1


def test_a_notice_about_the_meetings_papers_is_not_an_action() -> None:
    assert actions_short_and_long("The agenda for this meeting will be published seven clear working days before the date of the meeting.") == []


def test_a_request_listing_its_matters_as_bullets_gives_one_action_per_bullet() -> None:
    text = ("Neighbourhood policing update\n\nMembers requested more detail on the following points:\n\n"
            "• The number of burglaries reported in each ward since April.\n\n"
            "• Why response times in the rural wards had lengthened over the winter.\n\n"
            "Members thanked the Inspector for attending.")
    found = actions_short_and_long(text)
    assert [q for _, q in found] == ["The number of burglaries reported in each ward since April",
                                     "Why response times in the rural wards had lengthened over the winter"]


def test_a_request_without_a_list_after_it_is_unchanged() -> None:
    found = actions_short_and_long("Councillor Reed requested further information on the following matter: the cost of the new cameras.")
    assert len(found) == 1
