"""How a resolution's numbered sub-items are told apart from what follows the list."""

from __future__ import annotations

import pytest

from minutesai.engines.offline.sub_item_numbers import continues_numbering, marker_rank


@pytest.mark.parametrize(("marker", "rank"), [
    ("1.", ("digit", 1)), ("(3)", ("digit", 3)), ("(ii)", ("roman", 2)), ("a)", ("letter", 1)),
    ("7.5", ("para", 5)), ("•", None), (None, None),
])
def test_marker_rank(marker, rank):
    assert marker_rank(marker) == rank


def test_the_next_number_continues_and_a_jump_does_not():
    assert continues_numbering(("digit", 1), ("digit", 2))
    assert not continues_numbering(("digit", 2), ("digit", 80))  # "80." is the next agenda item
    assert not continues_numbering(("digit", 1), ("para", 2))  # a numbered paragraph of a report
    assert continues_numbering(("letter", 8), ("roman", 9))  # "(i)" after "(h)": read either way
    assert continues_numbering(None, ("digit", 1))
