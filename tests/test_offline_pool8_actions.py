"""Action wordings met in the eighth set of real minutes, tested on sentences written for the test: a
promise to try ("will endeavour to update"), taking feedback back, a courtesy conveyed on the body's
behalf, a web page's notice about its papers, and a request whose matters are listed as bullets.
Each runs on a short text and inside a long one (sentence gates)."""

from __future__ import annotations

from minutesai.engines.offline import scan
from tests.offline_support import actions

_FILLER = ("PC Amira Holt reported that the neighbourhood team had held three street surgeries in the town centre "
           "and had spoken to shopkeepers about deliveries blocking the pavement outside the parade. She explained how "
           "residents could contact the team through the website and said that the team rota was on the notice board. ") * 2


def _both(text: str) -> list[tuple[str | None, str]]:
    short = [(a.owner, a.quote) for a in actions(text)]
    long_text = _FILLER + "\n\n" + text
    assert len(long_text) > scan.SMALL
    assert [a.quote for a in actions(long_text)] == [q for _, q in short]
    return short


def test_a_promise_to_try_is_an_action() -> None:
    found = _both("PCSO Dan Pryce sent his apologies. Dan will endeavour to report back on the speed checks once the new rota is agreed.")
    assert len(found) == 1
    assert found[0][1].startswith("Dan will endeavour to report back")


def test_taking_the_feedback_back_is_an_action() -> None:
    found = _both("Members said the referral forms were hard to find. They will take the feedback back to the youth team.")
    assert [q for _, q in found] == ["They will take the feedback back to the youth team"]


def test_a_scheme_that_will_try_to_do_something_is_not_an_action() -> None:
    assert _both("The new strategy will try to reduce repeat victimisation across the district.") == []


def test_a_hedged_promise_to_try_is_not_an_action() -> None:
    assert _both("If funding allowed, officers would endeavour to increase patrols in the park.") == []


def test_a_courtesy_conveyed_on_behalf_of_members_is_not_an_action() -> None:
    for line in ("Members were sorry to hear that the Vice-Chair was unwell and asked that their good wishes be conveyed to him.",
                 "The Panel requested that its condolences be passed on to the family of the retired sergeant."):
        assert _both(line) == [], line


def test_writing_a_letter_of_thanks_is_still_an_action() -> None:
    assert len(_both("The Clerk to write a letter of thanks to the volunteers who staffed the speed watch.")) == 1


def test_a_notice_about_the_meetings_papers_is_not_an_action() -> None:
    assert _both("The agenda for this meeting will be published seven clear working days before the date of the meeting.") == []


def test_a_request_listing_its_matters_as_bullets_gives_one_action_per_bullet() -> None:
    text = ("Neighbourhood policing update\n\nMembers requested more detail on the following points:\n\n"
            "• The number of burglaries reported in each ward since April.\n\n"
            "• Why response times in the rural wards had lengthened over the winter.\n\n"
            "Members thanked the Inspector for attending.")
    found = _both(text)
    assert [q for _, q in found] == ["The number of burglaries reported in each ward since April",
                                     "Why response times in the rural wards had lengthened over the winter"]


def test_a_request_without_a_list_after_it_is_unchanged() -> None:
    found = _both("Councillor Reed requested further information on the following matter: the cost of the new cameras.")
    assert len(found) == 1
