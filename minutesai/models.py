"""The result contract: what every engine returns.

JSON field names here are public API. Attribute docstrings become JSON-schema
descriptions (``use_attribute_docstrings``), which is what a model reads.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Unit = Literal["percent", "percentage_points", "count", "rate", "rank", "currency", "other"]
Direction = Literal["increase", "decrease", "no_change", "unknown"]
SentimentLabel = Literal["positive", "negative", "mixed", "neutral"]
MatchKind = Literal["exact", "normalised", "fuzzy", "none"]
ItemKind = Literal["key_point", "action", "decision", "figure", "aspect"]


class _Model(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True, extra="forbid")


class Evidence(_Model):
    """A verbatim quotation from the minutes that supports an item."""

    quote: str
    """Text copied word for word from the minutes."""
    start: int | None = None
    """Character offset where the quote starts in the loaded document text."""
    end: int | None = None
    """Character offset just past the end of the quote in the loaded document text."""
    verified: bool = False
    """True when the quote was found in the source (exactly, after normalisation, or by a bounded fuzzy match)."""
    match: MatchKind = "none"
    """How the quote was located: exact, normalised (whitespace/quotes/dashes), fuzzy, or none."""


class KeyPoint(_Model):
    text: str
    """One informative point made in the meeting, in plain words."""
    evidence: Evidence


class Action(_Model):
    owner: str | None = None
    """Who must act (a person, role or organisation), or null when nobody is named."""
    action: str
    """What they must do."""
    due: str | None = None
    """When it is due, as written (e.g. 'next meeting'), or null."""
    evidence: Evidence


class Decision(_Model):
    text: str
    """What the meeting resolved, agreed, received or noted."""
    evidence: Evidence


class Figure(_Model):
    metric: str
    """The crime type or performance measure the figure is about (e.g. 'burglary', 'total notifiable offences')."""
    value: float | None = None
    """The number as written (a 5.3% decrease has value 5.3); null for a trend stated without a number."""
    unit: Unit = "other"
    """percent, percentage_points, count, rate, rank, currency or other."""
    direction: Direction = "unknown"
    """Direction of change: increase, decrease, no_change or unknown."""
    period: str | None = None
    """The period the figure covers, as written (e.g. 'year ending January 2023'), or null."""
    area: str | None = None
    """The area the figure covers (borough, London, force area), or null."""
    comparator: str | None = None
    """What it is compared with (London average, last year, '130 in 2018/19', 'out of 32 boroughs'), or null."""
    evidence: Evidence


class SentimentAspect(_Model):
    topic: str
    """The aspect of police performance (e.g. 'burglary', 'public confidence')."""
    label: SentimentLabel
    """positive, negative, mixed or neutral, for police performance on this aspect."""
    evidence: Evidence


class PoliceSentiment(_Model):
    label: SentimentLabel = "neutral"
    """Overall stance of the meeting on police performance."""
    score: float = Field(default=0.0, ge=-1.0, le=1.0)
    """-1 (very negative) to 1 (very positive)."""
    rationale: str = ""
    """What drove the label, in one or two sentences."""
    aspects: list[SentimentAspect] = Field(default_factory=list)
    """The statements the label rests on."""


class Usage(_Model):
    calls: int = 0
    """Model calls sent to a provider (cache hits excluded)."""
    prompt_tokens: int = 0
    completion_tokens: int = 0
    retries: int = 0
    """Transient-error retries and validation re-asks."""
    cache_hits: int = 0
    cost_usd: float = 0.0
    """Estimated from the price table; 0 for local and offline engines."""
    wait_seconds: float = 0.0
    """Time spent waiting in backoff and rate limits."""

    def add(self, other: Usage) -> None:
        for name in type(self).model_fields:
            setattr(self, name, getattr(self, name) + getattr(other, name))


class SourceInfo(_Model):
    path: str | None = None
    title: str | None = None
    council: str | None = None
    committee: str | None = None
    meeting_date: str | None = None
    item_title: str | None = None
    draft: bool = False
    """True when the published minutes say they are draft (not yet approved)."""


class UnverifiedItem(_Model):
    """An item an engine produced whose evidence could not be found in the source."""

    kind: ItemKind
    item: dict
    reason: str


class MinutesSummary(_Model):
    source: SourceInfo = Field(default_factory=SourceInfo)
    engine: str
    """Which engine produced this: offline, openai:MODEL, local:MODEL, hybrid:MODEL, replay."""
    summary: str = ""
    key_points: list[KeyPoint] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    decisions: list[Decision] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    police_sentiment: PoliceSentiment = Field(default_factory=PoliceSentiment)
    usage: Usage = Field(default_factory=Usage)
    warnings: list[str] = Field(default_factory=list)
    unverified: list[UnverifiedItem] = Field(default_factory=list)
    grounding_rate: float | None = None
    """Verified items / all items produced (before unverified ones were set aside); null when none."""
    prompt_hash: str | None = None
    """Hash of the prompt templates used, for reproducibility; null for the offline engine."""

    def to_markdown(self) -> str:
        from minutesai.render import render_markdown

        return render_markdown(self)

    def _repr_markdown_(self) -> str:
        return self.to_markdown()

    def to_dataframe(self, kind: str = "figures"):
        """A pandas DataFrame of one kind of item (figures, actions, decisions, key_points,
        aspects, unverified, meetings); needs the ``pandas`` extra."""
        from minutesai.collection import records_to_dataframe, summary_records

        return records_to_dataframe(summary_records(self, kind), kind)

    def _repr_html_(self) -> str:
        from minutesai.render import render_html

        return render_html([self], standalone=False)


class ErrorRecord(_Model):
    """A document that could not be summarised; returned beside successes by summarise_many."""

    document: str
    stage: str
    """ingest, segment, chunk, extract, ground, merge or render."""
    error_type: str
    reason: str
    attempts: int = 0
    last_raw_response: str | None = None
    usage: Usage = Field(default_factory=Usage)
