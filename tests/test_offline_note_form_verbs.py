"""Round 19a: a clerk's note-form line gives work with the verbs of parish and ward business that the shared verb list
leaves out (it also serves 'would ...' forecasts): 'Clerk to order signs.', 'Police to increase patrols in the area.'."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates


def _actions(text: str) -> list[tuple[str | None, str]]:
    found = extract_candidates(text).actions
    assert all(a.quote in text for a in found)
    return [(a.owner, a.action) for a in found]


@pytest.mark.parametrize(("text", "owner", "work"), [
    ("Members agreed that new signs were needed. Clerk to order signs.\n", "Clerk", "order signs"),
    ("PC Jones reported on burglaries. Police to increase patrols in the area.\n", "Police", "increase patrols in the area"),
    ("The bins at the playing field were discussed.\nCllr Brown to purchase two new bins.\n", "Cllr Brown", "purchase two new bins"),
])
def test_note_form_work_with_a_parish_verb(text: str, owner: str, work: str) -> None:
    assert (owner, work) in _actions(text)


@pytest.mark.parametrize("text", [
    "The cost was due to increase next year.\n",
    "Officers said that burglary would increase over the winter.\n",
    "Councillors to consider at the next meeting.\n",
])
def test_no_note_form_work(text: str) -> None:
    assert _actions(text) == []
