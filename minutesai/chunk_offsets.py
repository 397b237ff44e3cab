"""The chunker's fast path: ONE encoding of the document, cut by offsets.

Used by :func:`minutesai.chunk.chunk_document` when the tokenizer offers
``token_char_ends(text)`` (tiktoken with numpy). Token counts of any span come
from two binary searches over the token end offsets, so nothing is re-encoded;
boundaries are searched only in the window where a cut may fall. Same rules as
the generic path (see chunk.py): items packed but never crossed, cuts at the
strongest boundary that keeps the chunk at least half full, overlap of whole
sentences or else whole words.
"""

from __future__ import annotations

import re
from typing import NoReturn

from minutesai.document import AgendaItem, Chunk, trim_span
from minutesai.errors import ChunkTooLargeError

_PARAGRAPH = re.compile(r"\n(?:[ \t]*\n)+")
_SENTENCE = re.compile(r"[.!?;:…][\"'”’)\]]*[ \t]+")
_WORD = re.compile(r"[ \t]+")
_SPACE = re.compile(r"\s+")
_OVERLAP_START = re.compile(r"\n|[.!?;:…][\"'”’)\]]*[ \t]+")
_NON_SPACE = re.compile(r"\S")
# A separator that starts this far before the window is not looked for.
_LOOKBEHIND = 256


class OffsetChunker:
    def __init__(self, text: str, ends, tokenizer, max_tokens: int, budget: int, overlap: int, name: str) -> None:
        self.text = text
        self.ends = ends  # numpy int64: char offset where each token ends
        self.tokenizer = tokenizer
        self.max_tokens = max_tokens  # the user's budget (for messages)
        self.budget = budget  # in-context budget, a margin below max_tokens
        self.overlap = overlap
        self.name = name
        self.chunks: list[Chunk] = []

    # --- token arithmetic -------------------------------------------------
    def _idx(self, pos: int) -> int:
        """How many tokens end at or before char ``pos``."""
        return int(self.ends.searchsorted(pos, side="right"))

    def _end_of(self, token: int) -> int:
        """Char offset where token number ``token`` ends (clamped to the text)."""
        if token < 0:
            return 0
        if token >= len(self.ends):
            return len(self.text)
        return int(self.ends[token])

    # --- driver -----------------------------------------------------------
    def run(self, items: list[AgendaItem]) -> list[Chunk]:
        import numpy as np

        text = self.text
        live = [it for it in items if _NON_SPACE.search(text, it.start, it.end)]
        if not live:
            return []
        bounds = np.array([[it.start, it.end] for it in live], dtype=np.int64)
        upto = self.ends.searchsorted(bounds, side="right")
        totals = (upto[:, 1] - upto[:, 0]).tolist()
        budget = self.budget
        pack: list[AgendaItem] = []
        pack_tokens = 0
        for item, total in zip(live, totals, strict=True):
            if total <= budget:
                if pack and pack_tokens + total > budget:
                    self._emit_pack(pack)
                    pack, pack_tokens = [], 0
                pack.append(item)
                pack_tokens += total
                continue
            if pack:
                self._emit_pack(pack)
                pack, pack_tokens = [], 0
            if total <= self.max_tokens and self._fits_alone(item.start, item.end):
                self._emit_pack([item])
            else:
                self._emit_split(item)
        if pack:
            self._emit_pack(pack)
        return self.chunks

    def _add(self, start: int, end: int, title: str | None) -> None:
        text = self.text
        start, end = trim_span(text, start, end)
        if end <= start:
            return
        self.chunks.append(
            Chunk(index=len(self.chunks), start=start, end=end, text=text[start:end],
                  tokens=self._idx(end) - self._idx(start), item_title=title)
        )

    def _emit_pack(self, pack: list[AgendaItem]) -> None:
        titles: list[str] = []
        for item in pack:
            if item.title and item.title not in titles:
                titles.append(item.title)
        self._add(pack[0].start, pack[-1].end, "; ".join(titles) or None)

    def _emit_split(self, item: AgendaItem) -> None:
        text, budget = self.text, self.budget
        end = item.end
        while end > item.start and text[end - 1].isspace():
            end -= 1
        start, done = item.start, item.start  # done: where the previous chunk was cut
        while True:
            first = self._idx(start)
            left = self._idx(end) - first
            if left <= budget or (left <= self.max_tokens and self._fits_alone(start, end)):
                self._add(start, end, item.title)
                return
            cut = self._cut(start, first, done, end)
            if cut is None and start < done:  # the overlap leaves no room: drop it
                start = done
                continue
            if cut is None:
                self._too_large(start, end)
            self._add(start, cut, item.title)
            if cut >= end:
                return
            start = self._overlap_start(start, cut, end)
            done = cut

    def _fits_alone(self, start: int, end: int) -> bool:
        """Whether text[start:end], stripped and encoded on its own, fits max_tokens
        (asked only when the in-context count is within the safety margin)."""
        return self.tokenizer.count(self.text[start:end].strip()) <= self.max_tokens

    # --- choosing cuts ----------------------------------------------------
    def _cut(self, start: int, first: int, done: int, end: int) -> int | None:
        """Where to end the chunk that starts at ``start``: after the strongest separator
        between the half-full point and the budget limit, latest on ties; else after
        the last whitespace that fits. Always past ``done`` and before ``end``."""
        text = self.text
        limit = min(self._end_of(first + self.budget - 1), end)
        half = max(self._end_of(first + max(1, self.budget // 2) - 1), done + 1)
        if half <= limit:
            lo = max(start, done, half - _LOOKBEHIND)
            para = _last_end(_PARAGRAPH, text, lo, limit, half)
            if para is not None:
                return para
            line = text.rfind("\n", half - 1, limit)
            if line >= 0:
                return line + 1
            for pattern in (_SENTENCE, _WORD):
                cut = _last_end(pattern, text, lo, limit, half)
                if cut is not None:
                    return cut
        return _last_end(_SPACE, text, max(start, done), limit, done + 1)

    def _overlap_start(self, start: int, cut: int, end: int) -> int:
        """Start of the next chunk: ``cut``, or earlier by at most ``overlap`` tokens,
        at a sentence (or line) start when one fits, else at a word start."""
        if self.overlap <= 0 or cut >= end:
            return cut
        text = self.text
        core = cut
        while core > start and text[core - 1].isspace():
            core -= 1
        earliest = max(self._end_of(self._idx(cut) - self.overlap - 1), start + 1)
        if earliest >= core:
            return cut
        for pattern in (_OVERLAP_START, _SPACE):
            m = pattern.search(text, earliest, core)
            if m is not None and m.end() < core:
                return m.end()
        return cut

    def _too_large(self, start: int, end: int) -> NoReturn:
        text = self.text
        run = _NON_SPACE.search(text, start, end)
        lo = run.start() if run else start
        gap = _SPACE.search(text, lo, end)
        hi = gap.start() if gap else end
        tokens = self.tokenizer.count(text[lo:hi])
        raise ChunkTooLargeError(
            f"{self.name}: text at characters {lo}-{hi} has no space to cut at and holds "
            f"{tokens} tokens, more than the chunk budget of {self.max_tokens}; raise the budget "
            "(chunk_tokens / context_window) or clean the input"
        )


def _last_end(pattern: re.Pattern, text: str, lo: int, hi: int, at_least: int) -> int | None:
    """End of the last match of ``pattern`` in text[lo:hi] that ends at or after ``at_least``."""
    best = None
    for m in pattern.finditer(text, lo, hi):
        if m.end() >= at_least:
            best = m.end()
    return best
