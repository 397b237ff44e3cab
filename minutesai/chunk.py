"""Chunk: token-bounded slices with char offsets. (Minimal first pass.)"""

from __future__ import annotations

from minutesai.document import Chunk, Minutes
from minutesai.tokens import Tokenizer


def chunk_document(doc: Minutes, *, tokenizer: Tokenizer, max_tokens: int, overlap_tokens: int = 64) -> list[Chunk]:
    chunks = []
    for item in doc.items or []:
        text = doc.text[item.start:item.end]
        chunks.append(Chunk(index=len(chunks), start=item.start, end=item.end, text=text,
                            tokens=tokenizer.count(text), item_title=item.title))
    return chunks
