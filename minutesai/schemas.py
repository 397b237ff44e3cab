"""What an extractor returns before grounding: items with a bare ``quote``.

These are the structured-output schemas a language model fills in (map and
reduce steps); the offline engine returns the same shapes. Grounding turns a
``quote`` into a verified :class:`minutesai.models.Evidence` with offsets.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from minutesai.models import Direction, SentimentLabel, Unit


class _Schema(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True, extra="forbid")


class FoundKeyPoint(_Schema):
    text: str
    """One informative point about community safety or police performance, in plain words."""
    quote: str
    """The sentence or clause from the minutes that supports it, copied exactly."""


class FoundAction(_Schema):
    owner: str | None
    """Who must act (person, role or organisation) as named in the minutes, or null."""
    action: str
    """What they committed or were asked to do."""
    due: str | None
    """When, as written (e.g. 'next meeting'), or null."""
    quote: str
    """The words of the minutes that record the commitment, copied exactly."""


class FoundDecision(_Schema):
    text: str
    """What was resolved, agreed, received or noted."""
    quote: str
    """The words of the resolution, copied exactly."""


class FoundFigure(_Schema):
    metric: str
    """The crime type or performance measure (e.g. 'burglary', 'total notifiable offences')."""
    value: float | None
    """The number as written in the quote (5.3 for 'decreased by 5.3%'); null for a trend with no number."""
    unit: Unit
    """percent, percentage_points, count, rate, rank, currency or other."""
    direction: Direction
    """increase, decrease, no_change or unknown."""
    period: str | None
    """Period as written (e.g. 'year ending January 2023'), or null."""
    area: str | None
    """Area as written (borough, London, force area), or null."""
    comparator: str | None
    """What it is compared against, as written, or null."""
    quote: str
    """The words of the minutes stating the figure, copied exactly; must contain the number."""


class FoundAspect(_Schema):
    topic: str
    """The aspect of police performance (e.g. 'burglary', 'public confidence', 'response times')."""
    label: SentimentLabel
    """Stance on police performance for this aspect: positive, negative, mixed or neutral."""
    quote: str
    """The words that show the stance, copied exactly."""


class ChunkFindings(_Schema):
    """Everything found in one chunk of minutes (the map step)."""

    key_points: list[FoundKeyPoint] = Field(default_factory=list)
    actions: list[FoundAction] = Field(default_factory=list)
    decisions: list[FoundDecision] = Field(default_factory=list)
    figures: list[FoundFigure] = Field(default_factory=list)
    sentiment_aspects: list[FoundAspect] = Field(default_factory=list)

    def extend(self, other: ChunkFindings) -> None:
        for name in type(self).model_fields:
            getattr(self, name).extend(getattr(other, name))


class Synthesis(_Schema):
    """The reduce step: a summary and the overall stance, written from merged findings."""

    summary: str
    """A plain summary of the item, at most about 150 words."""
    sentiment_label: SentimentLabel
    """Overall stance of the meeting on police performance."""
    sentiment_score: float = Field(ge=-1.0, le=1.0)
    """-1 (very negative) to 1 (very positive)."""
    sentiment_rationale: str
    """What drove the label, in one or two sentences."""
