"""Segment: split a document into agenda items. (Minimal first pass: one item.)"""

from __future__ import annotations

from minutesai.document import AgendaItem, Minutes


def segment(doc: Minutes) -> list[AgendaItem]:
    return [AgendaItem(title=doc.source.item_title or doc.source.title or "", start=0, end=len(doc.text))]
