"""Sentences and clauses with character offsets, tuned for council minutes.

pysbd gives good boundaries on prose but runs at about 0.3 MB/s, which alone
would break the 1 MB/s budget, so this is a small regex splitter that knows
the layouts minutes use: one point per line, wrapped PDF lines, list markers
((a), (ii), 1), 2.), bullets, and officer titles with full stops ("Det. Supt.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutesai.engines.offline import scan

_LINE = re.compile(r"[^\n]+")
_LIST_MARKER = re.compile(
    r"""[ \t\u00a0]*(?:
        [•·▪‣◦●\-–—*>]+[ \t\u00a0]*                    # bullets
      | \((?:\d{1,2}|[a-z]|[ivx]{1,6})\)[ \t\u00a0]*   # (a) (ii) (3)
      | (?:\d{1,2}|[a-z]|[ivx]{1,6})[.)](?=[ \t\u00a0])[ \t\u00a0]*  # a) ii. 3)
      | \d{1,2}(?:\.\d{1,2}){1,2}\.?(?=[ \t\u00a0]+[A-Z(•·“"‘'])[ \t\u00a0]*  # 7.1 paragraph numbers
    )""",
    re.VERBOSE,
)
# A sentence ends at . ! ? (plus closing quotes/brackets) followed by space and
# something that can start a sentence.
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*[ \t\u00a0]+(?=[\"'“‘(\[]?[A-Z0-9•·])")
_INLINE_BULLET = re.compile(r"[ \t\u00a0]+[•·▪][ \t\u00a0]+")
_ABBREVIATION_WORDS = """mr mrs ms dr cllr cllrs supt insp sgt det ch st no nos vol eg ie etc approx para paras
fig rd ave co ltd inc vs cf pc dc ds di dci dcs ps ac dac acc cc col gen prof rev hon jan feb mar apr jun
jul aug sep sept oct nov dec est min mins max ref refs cont dept"""
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
_TERMINAL = ".!?:;"
_OPEN_ENDING = re.compile(r"(?<![\w’'-])(?:the|a|an|of|in|to|and|for|on|at|by|with|from|that|was|were|had|has|have|is|are|been|its|their)$")
"""A line that stops on 'the', 'of', 'in' ... was wrapped mid-sentence, whatever the next line starts with."""


@dataclass(slots=True, eq=False)
class Sentence:
    start: int
    end: int
    text: str
    marker: str | None
    """List marker or bullet that opened the line this sentence starts, if any."""
    line_start: bool
    """True when the sentence is the first on its (logical) line."""
    para: int
    """Index of the logical line the sentence belongs to."""


def _logical_lines(text: str) -> list[tuple[int, int]]:
    """Physical lines joined where a PDF wrapped a sentence onto the next line."""
    out: list[list[int]] = []
    for m in _LINE.finditer(text):
        s, e = m.start(), m.end()
        seg = m.group()
        stripped = seg.strip()
        if not stripped:
            continue
        s += len(seg) - len(seg.lstrip())
        e -= len(seg) - len(seg.rstrip())
        if out:
            prev_s, prev_e = out[-1]
            prev_last = text[prev_e - 1]
            first = stripped[0]
            wrapped = first.islower() or first in "(&" or _OPEN_ENDING.search(text, max(prev_s, prev_e - 8), prev_e)
            if prev_last not in _TERMINAL and wrapped and not _LIST_MARKER.match(stripped):
                out[-1][1] = e
                continue
        out.append([s, e])
    return [(s, e) for s, e in out]


def _is_abbreviation(text: str, dot: int) -> bool:
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower().replace(".", "")
    if not word:
        return False
    if len(word) == 1 and text[j].isupper():
        return True  # an initial: "J. Smith"
    return word in _ABBREVIATIONS


def _split_line(text: str, s: int, e: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    cur = s
    line = text[s:e]
    cuts: list[tuple[int, int]] = []
    for m in _BOUNDARY.finditer(line):
        dot = s + m.start()
        if text[dot] == "." and _is_abbreviation(text, dot):
            continue
        cuts.append((s + m.start() + len(m.group().rstrip()), s + m.end()))
    if "•" in line or "·" in line or "▪" in line:
        for m in _INLINE_BULLET.finditer(line):
            cuts.append((s + m.start(), s + m.end()))
    for end_here, next_start in sorted(cuts):
        if end_here > cur:
            pieces.append((cur, end_here))
        cur = max(cur, next_start)
    if cur < e:
        pieces.append((cur, e))
    return pieces


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order; ``text[s.start:s.end] == s.text``."""
    out: list[Sentence] = []
    for para, (ls, le) in enumerate(_logical_lines(text)):
        marker = None
        m = _LIST_MARKER.match(text, ls, le)
        if m and m.end() > ls and m.end() < le:
            marker = text[ls:m.end()].strip() or None
            ls = m.end()
        for i, (s, e) in enumerate(_split_line(text, ls, le)):
            chunk = text[s:e]
            lead = len(chunk) - len(chunk.lstrip())
            s += lead
            if s >= e:
                continue
            out.append(Sentence(s, e, text[s:e], marker if i == 0 else None, i == 0, para))
    return out


_CLAUSE_CUT = re.compile(
    r";\s*|\s+but\s+|,\s*but\s+|\s+whilst\s+|\s+while\s+|,\s*however\s+(?!,)|,\s*although\s+|\s+although\s+"
    r"|\.\s+(?=[A-Z])|\s+which\s+meant\s+(?:that\s+)?"
    r"|(?:(?<=static)|(?<=stable)|(?<=risen)|(?<=fallen)|(?<=increased)|(?<=decreased)|(?<=reduced)|(?<=dropped))"
    r"\s+(?=the\s+(?:number|level|rate|volume|proportion)\s+of\s)",
)
"""... and two unpunctuated ones: "X had risen which meant that Y had dropped", "X remained static the number of Y had risen"."""


def clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses of ``text[start:end]`` split at ';' and contrastive conjunctions."""
    memo: dict[tuple[int, int], list[tuple[int, int]]] = scan.cached(text, "clauses", lambda _: {})
    key = (start, end)
    if key not in memo:
        memo[key] = _clause_spans(text, start, end)
    return list(memo[key])


_CLAUSE_HINTS = (";", " but ", " whilst ", " while ", "however", "although", ". ", " which meant", " the number of", " the level of",
                 " the rate of", " the volume of", " the proportion of")


def _clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    piece = text[start:end]
    if not any(h in piece for h in _CLAUSE_HINTS):
        return [_trim(text, start, end)] if piece.strip(" \t\u00a0,.;:") else []
    spans: list[tuple[int, int]] = []
    cur = start
    for m in _CLAUSE_CUT.finditer(text, start, end):
        if m.start() > cur:
            spans.append((cur, m.start()))
        cur = m.end()
    if cur < end:
        spans.append((cur, end))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip(" \t\u00a0,.;:")]


SUBCLAUSE_CUT = re.compile(
    r",\s+|\s+and\s+|(?<!compared)\s+with\s+(?!regards?\s+to|respect\s+to|injur)|;\s*|\s+whilst\s+|\s+while\s+|\s+–\s+|\s+-\s+"
    r"|\s+\("
)
"""Where a clause holding two figures can be cut between them."""


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\u00a0\n,;:":
        s += 1
    while e > s and text[e - 1] in " \t\u00a0\n,;:":
        e -= 1
    return s, e


def trim_span(text: str, s: int, e: int, strip_period: bool = True) -> tuple[int, int]:
    """Shrink a span past surrounding spaces and punctuation (keeps it verbatim)."""
    s, e = _trim(text, s, e)
    if strip_period:
        while e > s and text[e - 1] in ".;,":
            e -= 1
        if e > s and text[e - 1] == ")" and text.count("(", s, e) < text.count(")", s, e):
            s, e = trim_span(text, s, e - 1)  # "1,922 searches compared with 3,100)": the bracket opened before
    return s, e


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text``, newline excluded."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out
