"""ModernGov agenda titles that carry their attachment's size ("... as a correct record and authorise the chairman
to sign. pdf icon PDF 238 KB"). A meeting page prints each item's title with a link to its paper; the title is the
agenda's wording, written before the meeting ("To approve the minutes ...", "To receive the report ..."), so it is
not an outcome even when it names one. The outcome is in the minutes under it."""

from __future__ import annotations

import re

from minutesai.engines.offline.guards import compile_guarded
from minutesai.engines.offline.sentences import Sentence

_SIZE_AT_END = compile_guarded(r"(?:pdf\s+icon\s+)?PDF\s+\d[\d,.]*\s*[KM]B\s*\.?\s*$", re.IGNORECASE)


def listing_title_sentences(text: str, sentences: list[Sentence]) -> set[int]:
    """Indices of the sentences that end with a ModernGov attachment size (the item's title line)."""
    if "PDF" not in text:
        return set()
    return {k for k, sent in enumerate(sentences) if "PDF" in sent.text and _SIZE_AT_END.search(sent.text)}
