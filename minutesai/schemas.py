"""What an extractor returns before grounding: items with a bare ``quote``.

These are the structured-output schemas a language model fills in (map and
reduce steps); the offline engine returns the same shapes. Grounding turns a
``quote`` into a verified :class:`minutesai.models.Evidence` with offsets.

Field docstrings become the schema descriptions the model reads, and every
prompt sends the schema, so they are kept short and say only what the field
names, types and enums do not; what applies to every field (quotes copied
verbatim, what counts as a figure or an action) is said once, in the map
prompt (``prompts/map.j2``). Class docstrings are for readers of this code and
are left out of the schemas.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, create_model

from minutesai.models import Direction, SentimentLabel, Unit


def _without_class_description(schema: dict[str, Any]) -> None:
    schema.pop("description", None)


class _Schema(BaseModel):
    model_config = ConfigDict(
        use_attribute_docstrings=True, extra="forbid", json_schema_extra=_without_class_description
    )


class FoundKeyPoint(_Schema):
    text: str
    """The point in plain words."""
    quote: str


class FoundAction(_Schema):
    owner: str | None
    """Who is to act, as named."""
    action: str
    """What is to be done."""
    due: str | None
    """When, as written, e.g. 'next meeting'."""
    quote: str


class FoundDecision(_Schema):
    text: str
    """The decision in plain words."""
    quote: str


class FoundFigure(_Schema):
    metric: str
    """Crime type or measure, e.g. 'burglary'."""
    value: float | None
    """The number as written (5.3 for 'down 5.3%'); null for a trend without a number."""
    unit: Unit
    direction: Direction
    period: str | None
    """As written, e.g. 'year to March 2023'."""
    area: str | None
    """As written, e.g. 'the borough'."""
    comparator: str | None
    """What it is compared with, as written."""
    quote: str
    """Must contain the number, if there is one."""


class FoundAspect(_Schema):
    topic: str
    """E.g. 'response times'."""
    label: SentimentLabel
    """How police performance on the topic is judged."""
    quote: str


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
    """Plain English, at most about 150 words, covering the main points, figures, decisions and actions."""
    sentiment_label: SentimentLabel
    """The meeting's stance on police performance (not on crime levels)."""
    sentiment_score: float = Field(ge=-1.0, le=1.0)
    """-1 very negative, 0 neutral, 1 very positive."""
    sentiment_rationale: str
    """One or two sentences on what drove the label."""


def _fields_of(*models: type[BaseModel]) -> dict[str, Any]:
    return {name: (f.annotation, f) for m in models for name, f in m.model_fields.items()}


PackedDocument = create_model(
    "PackedDocument", __base__=_Schema,
    document=(int, Field(description="Which numbered minutes block this answer is for.")),
    **_fields_of(ChunkFindings, Synthesis),
)
"""One document's part of a packed answer: its number, then the map findings and the reduce
fields, with the field models (and so the descriptions) of :class:`ChunkFindings` and
:class:`Synthesis`. Used by ``pack=N`` runs (:mod:`minutesai.packing`)."""

PackedAnswer = create_model("PackedAnswer", __base__=_Schema, documents=(list[PackedDocument], ...))  # type: ignore[valid-type]
"""The answer to one call over several one-chunk documents: one entry per document."""


def packed_parts(part: BaseModel) -> tuple[ChunkFindings, Synthesis]:
    """A :data:`PackedDocument` split into the findings and the synthesis it carries."""
    data = part.model_dump()
    return (ChunkFindings.model_validate({k: data[k] for k in ChunkFindings.model_fields}),
            Synthesis.model_validate({k: data[k] for k in Synthesis.model_fields}))
