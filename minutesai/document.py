"""In-memory representation of loaded minutes, agenda items and chunks.

All offsets are character offsets into ``Minutes.text`` — the normalised text
the user sees (``result.source`` + ``minutes.text[start:end]`` gives the quote).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from minutesai.models import SourceInfo


@dataclass(frozen=True)
class AgendaItem:
    """One agenda item: its title and the span of its text in the document."""

    title: str
    start: int
    end: int
    number: str | None = None


@dataclass
class Minutes:
    """A loaded document. ``text`` is what every offset refers to."""

    text: str
    source: SourceInfo = field(default_factory=SourceInfo)
    items: list[AgendaItem] = field(default_factory=list)
    """Filled by segmentation; empty means 'not segmented yet'."""
    warnings: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.source.path or self.source.title or "<text>"


@dataclass(frozen=True)
class Chunk:
    """A token-bounded slice of the document text."""

    index: int
    start: int
    end: int
    text: str
    tokens: int
    item_title: str | None = None


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` moved inwards past surrounding whitespace (empty span if only whitespace)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_LOWERED: tuple[str, str] | None = None
_LOWERED_MAX_CHARS = 1 << 20


def lowered(text: str) -> str:
    """``text.lower()``, remembered for the last text asked about (up to a megabyte): ingest,
    segment and the instruction check each lower-case the same document text once more otherwise."""
    global _LOWERED
    last = _LOWERED
    if last is not None and last[0] is text:
        return last[1]
    low = text.lower()
    if len(text) <= _LOWERED_MAX_CHARS:
        _LOWERED = (text, low)
    return low
