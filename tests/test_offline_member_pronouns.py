"""Round 19a (pool26 Durham): a Member who opens a paragraph with a statement ('Councillor X noted that ...') and
asks nothing in it is the 'he' of 'he would report back' later in that paragraph; after a Member's question, or once an
officer has spoken, the pronoun stays the officer's (the earlier rule, which a validation set supported)."""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates

_BEFORE = "The Chief Fire Officer referred to paragraph seven of the report.\n\n"


def _owners(text: str) -> list[str | None]:
    found = extract_candidates(text).actions
    assert all(a.quote in text for a in found)
    return [a.owner for a in found]


def test_the_member_who_made_a_statement_is_he() -> None:
    text = _BEFORE + ("Councillor Sutton-LLoyd noted that ASB was a major problem and that the group was a very positive step forward. "
                      "He stressed the need for the agencies to engage and noted that he would report back to members with the "
                      "results of the work that he was personally involved in.\n")
    assert _owners(text) == ["Councillor Sutton-LLoyd"]


def test_after_a_members_question_he_is_the_officer() -> None:
    text = _BEFORE + "Councillor Smith noted the figures and asked about burglary in the ward. He would find out and report back.\n"
    assert _owners(text) == ["Chief Fire Officer"]


def test_once_an_officer_has_spoken_he_is_the_officer() -> None:
    text = _BEFORE + ("Councillor Smith welcomed the update. Inspector Hall reported that burglary had fallen. "
                      "He would circulate the figures.\n")
    assert _owners(text) == ["Inspector Hall"]


def test_a_member_in_an_earlier_paragraph_is_not_he() -> None:
    text = _BEFORE + "Councillor Smith noted that burglary was a concern.\n\nHe would circulate the figures to Members.\n"
    assert "Councillor Smith" not in _owners(text)
