"""Round 20b sentiment (pool27, with pool19–26 as gates): a concern denied ('so there is no significant cause for
concern', 'there was no concern that ...') raises none; negation had only turned praise, so a denied concern still
counted against the police."""

from __future__ import annotations

from minutesai.engines.offline.stance_lexicon import stance_terms


def _terms(text: str) -> list[tuple[str, float]]:
    return [(text[s:e], w) for s, e, w in stance_terms(text)]


def test_a_denied_concern_is_no_verdict() -> None:
    assert _terms("Hate crime has increased from 17 to 24 but is mostly connected to neighbour disputes, so there is no "
                  "significant cause for concern.") == []
    assert _terms("The Superintendent said there was no real concern about the response times in the rural wards.") == []
    assert _terms("This is not a concern for the Panel at present.") == []


def test_a_concern_raised_still_counts() -> None:
    assert [w < 0 for _, w in _terms("Members said there was real concern about the police response.")] == [True]
    assert [w < 0 for _, w in _terms("The rise in burglary remained a cause for concern.")] == [True]


def test_a_local_problem_named_as_the_subject_is_no_verdict() -> None:
    assert _terms("Car meets and loud cars causing antisocial behaviour are a particular problem in Warsash, but the issue "
                  "is now spreading to other areas.") == []
    assert _terms("Speeding remained a major problem on the A27 through the village.") == []


def test_a_problem_with_the_service_still_counts() -> None:
    assert [w < 0 for _, w in _terms("The 101 service was a major problem for residents.")] == [True]
    assert [w < 0 for _, w in _terms("There was a problem with the police response to the incident.")] == [True]
