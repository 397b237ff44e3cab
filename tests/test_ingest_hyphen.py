"""PDF line-end hyphenation in ingest normalisation: broken words joined, real hyphens kept."""

from __future__ import annotations

import pytest

from minutesai.ingest import load_minutes, normalise_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Chief Superin-\ntendent Howells attended.", "Chief Superintendent Howells attended."),
        ("the positive out-\ncome rate for burglary", "the positive outcome rate for burglary"),
        ("tackling anti-\nsocial behaviour", "tackling anti-social behaviour"),
        ("the cross-\nborder series of thefts", "the cross-border series of thefts"),
        ("in 2022-\n23 the figures", "in 2022-\n23 the figures"),
        ("the Anti-\nSocial Behaviour Team", "the Anti-\nSocial Behaviour Team"),
        ("a list:\n-\nnext item", "a list:\n-\nnext item"),
    ],
)
def test_line_end_hyphens(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


def test_loaded_minutes_read_the_joined_word(tmp_path) -> None:
    path = tmp_path / "board.txt"
    path.write_text("Criminal damage was re-\nported to the Superin-\ntendent.\n", encoding="utf-8")
    assert "reported to the Superintendent." in load_minutes(path).text
