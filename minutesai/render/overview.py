"""Across-meeting views: figures grouped by metric over time, and the action tracker."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from minutesai.render.formatting import normalise_key

if TYPE_CHECKING:
    from minutesai.render.view import MeetingView, Note, Row

SAME_ACTION_SCORE = 85
"""rapidfuzz token_set_ratio at or above which two actions of one owner are the same action."""


@dataclass
class MetricPoint:
    meeting: MeetingView
    row: Row


@dataclass
class MetricGroup:
    metric: str
    points: list[MetricPoint]

    @property
    def meeting_count(self) -> int:
        return len({p.meeting.number for p in self.points})


@dataclass
class TrackedAction:
    owner: str
    action: str
    due: str
    raised: list[MeetingView]
    notes: list[Note]

    @property
    def verified(self) -> bool:
        return all(n.verified for n in self.notes)

    @property
    def times_raised(self) -> int:
        return len({m.number for m in self.raised})


@dataclass
class OwnerGroup:
    owner: str
    actions: list[TrackedAction]


def group_figures(meetings: list[MeetingView]) -> list[MetricGroup]:
    """Figures grouped by metric (case and punctuation ignored), each group in date order.

    Metrics reported at more meetings come first: they are the ones that show a trend."""
    groups: dict[str, MetricGroup] = {}
    for m in meetings:  # meetings are already in date order
        for row in m.figures:
            key = normalise_key(row.metric)
            if key not in groups:
                groups[key] = MetricGroup(metric=row.metric, points=[])
            groups[key].points.append(MetricPoint(m, row))
    return sorted(groups.values(), key=lambda g: (-g.meeting_count, g.metric.casefold()))


def track_actions(meetings: list[MeetingView]) -> list[OwnerGroup]:
    """Actions by owner; one owner's similar actions from different meetings become one entry.

    Minutes rarely record completion, so every action counts as open; an action raised
    again at a later meeting is the signal worth seeing."""
    from rapidfuzz import fuzz

    by_owner: dict[str, OwnerGroup] = {}
    for m in meetings:
        for row in m.actions:
            key = normalise_key(row.owner) or "unassigned"
            group = by_owner.setdefault(key, OwnerGroup(owner=row.owner, actions=[]))
            match = next(
                (t for t in group.actions
                 if m not in t.raised and fuzz.token_set_ratio(t.action, row.text) >= SAME_ACTION_SCORE),
                None,
            )
            if match is None:
                group.actions.append(TrackedAction(row.owner, row.text, row.due, [m], [row.note]))
            else:  # keep the latest wording and due date, remember every meeting
                match.action, match.due = row.text, row.due or match.due
                match.raised.append(m)
                match.notes.append(row.note)
    return sorted(by_owner.values(),
                  key=lambda g: (g.owner == "Unassigned", -len(g.actions), g.owner.casefold()))
