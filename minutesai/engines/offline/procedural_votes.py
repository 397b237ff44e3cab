"""Stance words in a vote's procedure: "the motion was lost as the two thirds majority was not achieved",
"the meeting was not quorate as a quorum was not reached". "Not achieved" there says how a vote or
meeting went, not how the police performed; stance.py sets such spans aside as procedural."""

from __future__ import annotations

VOTE_PROCEDURE = (
    r"\b(?:(?:two[\s-]thirds|required|necessary|simple|overall|qualified)\s+)?majority\s+(?:\w+\s+){0,2}?not\s+"
    r"(?:achieved|reached|met|obtained|secured)\b"
    r"|\bquorum\s+(?:\w+\s+){0,2}?not\s+(?:achieved|reached|met|present)\b"
)
"""A regex alternative (case-insensitive) for stance._PROCEDURAL."""
VOTE_HINTS = ("majority", "quorum")
"""One of these is in every VOTE_PROCEDURE match (stance._PROCEDURAL_HINTS)."""
