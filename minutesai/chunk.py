"""Chunk: token-bounded slices of the document with character offsets.

Rules:

* a chunk never crosses an agenda-item boundary, except that consecutive
  small items are packed into one chunk while they fit the budget;
* an item over budget is cut at paragraph ends when possible, else at line,
  sentence and finally word ends; consecutive chunks of a cut item overlap by
  up to ``overlap_tokens`` (whole sentences when they fit, else whole words);
* no chunk holds more than ``max_tokens`` tokens; a run of text with no
  whitespace that alone exceeds the budget raises :class:`ChunkTooLargeError`.

Speed: documents of ``SPAN_COUNT_MIN_CHARS`` or more, with a tokenizer that
offers ``token_char_ends`` (tiktoken + numpy), are encoded ONCE and cut by token
offsets (minutesai/chunk_offsets.py). Otherwise (llama.cpp and other tokenizers,
small documents) every paragraph is encoded once (token counts add up across
paragraph ends, and only over-count by a token or so at sentence/word cuts, so a
chunk's count is the sum of its pieces and never below the real count); oversized
paragraphs are re-measured at the next finer level only.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from minutesai.document import AgendaItem, Chunk, Minutes, trim_span
from minutesai.errors import ChunkTooLargeError
from minutesai.tokens import Tokenizer, count_many

# Boundary kinds, strongest first. A piece ends just after its separator, so
# every piece but the first starts on non-whitespace.
_SEPARATORS = [
    re.compile(r"\n(?:[ \t]*\n)+"),  # paragraph
    re.compile(r"\n"),  # line
    re.compile(r"[.!?;:…][\"'”’)\]]*[ \t]+"),  # sentence
    re.compile(r"[ \t]+"),  # word
]
ITEM_END = -1
_NON_SPACE = re.compile(r"\S")
# A piece longer than this many characters per budget token cannot plausibly
# fit, so it is split without being counted first.
_CHARS_PER_TOKEN_CAP = 12
# Documents at least this long are encoded once and cut by token offsets
# (``token_char_ends``) instead of one encoding per paragraph.
SPAN_COUNT_MIN_CHARS = 200_000
_SPAN_MARGIN = 4


class Unit(NamedTuple):
    start: int
    end: int
    tokens: int
    strength: int
    """Boundary kind at the unit's end: ITEM_END, then 0 (paragraph) … 3 (word)."""


def chunk_document(
    doc: Minutes, *, tokenizer: Tokenizer, max_tokens: int, overlap_tokens: int = 64
) -> list[Chunk]:
    """Token-bounded chunks of ``doc`` (offsets into ``doc.text``), in document order."""
    if max_tokens < 1:
        raise ValueError("max_tokens must be at least 1")
    text = doc.text
    items = doc.items or [
        AgendaItem(title=doc.source.item_title or doc.source.title or "", start=0, end=len(text))
    ]
    overlap = max(0, min(overlap_tokens, max_tokens // 4))
    ends_of = getattr(tokenizer, "token_char_ends", None)
    ends = ends_of(text) if ends_of is not None and len(text) >= SPAN_COUNT_MIN_CHARS else None
    if ends is not None:
        from minutesai.chunk_offsets import OffsetChunker

        # In-context counts can be a token or two below a chunk encoded on its own
        # (a first word without its leading space may need more tokens): keep a margin.
        budget = max_tokens - min(_SPAN_MARGIN, max(2, max_tokens // 16), max_tokens - 1)
        return OffsetChunker(text, ends, tokenizer, max_tokens, budget, overlap, doc.name).run(items)
    per_char = getattr(tokenizer, "chars_per_token", None)
    if per_char and len(text) <= max_tokens:
        return _whole_text_chunk(text, items, tokenizer, per_char)
    per_item = _Measurer(text, tokenizer, max_tokens, doc.name).item_units(items)

    builder = _Builder(text, tokenizer, max_tokens, overlap)
    pack: list[tuple[AgendaItem, list[Unit]]] = []
    pack_tokens = 0
    for item, units in zip(items, per_item, strict=True):
        if not units:
            continue
        total = sum(u.tokens for u in units)
        if total <= max_tokens:
            if pack and pack_tokens + total > max_tokens:
                builder.emit_pack(pack)
                pack, pack_tokens = [], 0
            pack.append((item, units))
            pack_tokens += total
            continue
        if pack:
            builder.emit_pack(pack)
            pack, pack_tokens = [], 0
        builder.emit_split(item, units)
    if pack:
        builder.emit_pack(pack)
    return builder.chunks


def _whole_text_chunk(text: str, items: list[AgendaItem], tokenizer: Tokenizer, per_char: int) -> list[Chunk]:
    """What the general path gives when a piece of text counts ``ceil(len / per_char)`` tokens and
    the text has no more characters than the budget: no piece, item or pack can then exceed the
    budget, so all items with text share one chunk. Its count is still the sum of the paragraph
    pieces' counts, worked out from their offsets without cutting the pieces out."""
    measurer = _Measurer(text, tokenizer, 0, "")  # (only its _split is used)
    tokens = 0
    titles: list[str] = []
    first: AgendaItem | None = None
    last: AgendaItem | None = None
    for item in items:
        if not _NON_SPACE.search(text, item.start, item.end):
            continue
        tokens += sum((e - s + per_char - 1) // per_char for s, e, _ in measurer._split(item.start, item.end, 0, ITEM_END))
        first = first or item
        last = item
        if item.title and item.title not in titles:
            titles.append(item.title)
    if first is None or last is None:
        return []
    builder = _Builder(text, tokenizer, 0, 0)  # (only its _add is used)
    builder._add(first.start, last.end, tokens, "; ".join(titles) or None)
    return builder.chunks


class _Measurer:
    """Cuts items into units that each fit the budget and knows their token counts."""

    def __init__(self, text: str, tokenizer: Tokenizer, max_tokens: int, name: str) -> None:
        self.text = text
        self.tokenizer = tokenizer
        self.max_tokens = max_tokens
        self.char_cap = max_tokens * _CHARS_PER_TOKEN_CAP
        self.name = name

    def item_units(self, items: list[AgendaItem]) -> list[list[Unit]]:
        """Units per item; all paragraph pieces are counted in one batch."""
        out: list[list[Unit]] = [[] for _ in items]
        pieces: list[tuple[int, int, int]] = []
        owners: list[int] = []
        for idx, item in enumerate(items):
            if _NON_SPACE.search(self.text, item.start, item.end):
                split = self._split(item.start, item.end, 0, ITEM_END)
                pieces.extend(split)
                owners.extend([idx] * len(split))
        for idx, units in zip(owners, self._measure_each(pieces, 0), strict=True):
            out[idx].extend(units)
        return out

    def _split(self, start: int, end: int, level: int, end_strength: int) -> list[tuple[int, int, int]]:
        """Pieces of text[start:end] cut after each separator of ``level``."""
        text, core_end = self.text, end
        while core_end > start and text[core_end - 1].isspace():  # never cut inside the trailing separator
            core_end -= 1
        cuts = [m.end() for m in _SEPARATORS[level].finditer(self.text, start, core_end) if m.end() < core_end]
        bounds = [start, *cuts, end]
        last = len(bounds) - 2
        return [(bounds[i], bounds[i + 1], end_strength if i == last else level) for i in range(last + 1)]

    def _measure(self, pieces: list[tuple[int, int, int]], level: int) -> list[Unit]:
        """Units for ``pieces``: each piece itself, or finer pieces when over budget."""
        return [u for units in self._measure_each(pieces, level) for u in units]

    def _measure_each(self, pieces: list[tuple[int, int, int]], level: int) -> list[list[Unit]]:
        """Like _measure, counting each piece on its own (no whole-span encoding)."""
        text = self.text
        countable = [i for i, (s, e, _) in enumerate(pieces) if e - s <= self.char_cap]
        counts = count_many(self.tokenizer, [text[pieces[i][0] : pieces[i][1]] for i in countable])
        known = dict(zip(countable, counts, strict=True))
        result: list[list[Unit]] = []
        for i, (s, e, strength) in enumerate(pieces):
            n = known.get(i)
            if n is not None and n <= self.max_tokens:
                result.append([Unit(s, e, n, strength)])
            else:
                result.append(self._refine(s, e, level, strength, n))
        return result

    def _refine(self, start: int, end: int, level: int, strength: int, tokens: int | None) -> list[Unit]:
        for finer in range(level + 1, len(_SEPARATORS)):
            sub = self._split(start, end, finer, strength)
            if len(sub) > 1:
                return self._measure(sub, finer)
        if tokens is None:
            tokens = self.tokenizer.count(self.text[start:end])
        if tokens <= self.max_tokens:
            return [Unit(start, end, tokens, strength)]
        raise ChunkTooLargeError(
            f"{self.name}: text at characters {start}-{end} has no space to cut at and holds "
            f"{tokens} tokens, more than the chunk budget of {self.max_tokens}; raise the budget "
            "(chunk_tokens / context_window) or clean the input"
        )


class _Builder:
    def __init__(self, text: str, tokenizer: Tokenizer, max_tokens: int, overlap: int) -> None:
        self.text = text
        self.tokenizer = tokenizer
        self.max_tokens = max_tokens
        self.overlap = overlap
        self.chunks: list[Chunk] = []

    def _add(self, start: int, end: int, tokens: int, title: str | None) -> None:
        text = self.text
        start, end = trim_span(text, start, end)
        if end <= start:
            return
        self.chunks.append(
            Chunk(index=len(self.chunks), start=start, end=end, text=text[start:end],
                  tokens=tokens, item_title=title)
        )

    def emit_pack(self, pack: list[tuple[AgendaItem, list[Unit]]]) -> None:
        titles: list[str] = []
        for item, _ in pack:
            if item.title and item.title not in titles:
                titles.append(item.title)
        tokens = sum(u.tokens for _, units in pack for u in units)
        start, end = pack[0][1][0].start, pack[-1][1][-1].end
        self._add(start, end, tokens, "; ".join(titles) or None)

    def emit_split(self, item: AgendaItem, units: list[Unit]) -> None:
        budget = self.max_tokens
        idx = 0
        carried: tuple[int, int] | None = None  # (start, tokens) of the overlap
        while idx < len(units):
            start, used = carried if carried else (units[idx].start, 0)
            if carried and used + units[idx].tokens > budget:
                start, used = units[idx].start, 0
            j = idx
            while j < len(units) and used + units[j].tokens <= budget:
                used += units[j].tokens
                j += 1
            cut = self._prefer_strong_boundary(units, idx, j, used) if j < len(units) else j
            tokens = used - sum(u.tokens for u in units[cut:j])
            self._add(start, units[cut - 1].end, tokens, item.title)
            carried = self._overlap_before(units, idx, cut) if cut < len(units) else None
            idx = cut

    def _prefer_strong_boundary(self, units: list[Unit], lo: int, hi: int, used: int) -> int:
        """Among cut points that keep the chunk at least half full, the one at the
        strongest boundary (paragraph over line over sentence over word), latest on ties."""
        best, best_strength = hi, units[hi - 1].strength
        filled = used
        for k in range(hi - 1, lo, -1):  # cut after units[k - 1]
            filled -= units[k].tokens
            if filled * 2 < self.max_tokens:
                break
            if units[k - 1].strength < best_strength:
                best, best_strength = k, units[k - 1].strength
        return best

    def _overlap_before(self, units: list[Unit], lo: int, cut: int) -> tuple[int, int] | None:
        """Start and size of the text repeated at the top of the next chunk."""
        if self.overlap <= 0:
            return None
        acc, k = 0, cut
        while k - 1 > lo and acc + units[k - 1].tokens <= self.overlap:
            acc += units[k - 1].tokens
            k -= 1
        if k < cut:
            return units[k].start, acc
        return self._word_tail(units[cut - 1])

    def _word_tail(self, unit: Unit) -> tuple[int, int] | None:
        """The last words of ``unit`` that fit the overlap budget (a sentence start if one fits)."""
        text, limit = self.text, self.overlap
        span = unit.end - unit.start
        per_token = span / max(unit.tokens, 1)
        pos = max(unit.start + 1, unit.end - int(limit * per_token))
        for _ in range(6):
            sentence = _SEPARATORS[2].search(text, pos, unit.end)
            word = _SEPARATORS[3].search(text, pos, unit.end)
            m = sentence if sentence and sentence.end() < unit.end else word
            if m is None or m.end() >= unit.end:
                return None
            pos = m.end()
            n = self.tokenizer.count(text[pos : unit.end])
            if n <= limit:
                return pos, n
            pos += max(1, int((n - limit) * per_token))
        return None
