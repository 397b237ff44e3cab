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
from minutesai.engines.offline.guards import guarded

_LIST_MARKER = re.compile(
    r"""[ \t\u00a0]*(?:
        [•·▪‣◦●\-–—*>]+[ \t\u00a0]*                    # bullets
      | \?[\-–—][ \t\u00a0]*(?=[A-Z])                  # "?-  Mrs Shields ...": a bullet glyph the converter wrote as '?'
      | o[ \t\u00a0]+(?=[A-Z0-9(“"‘'£])               # "o Robbery down 49%": a word processor's sub-bullet
      | \((?:\d{1,2}|[a-z]|[ivx]{1,6})\)[ \t\u00a0]*   # (a) (ii) (3)
      | (?:\d{1,2}|[a-z]|[ivx]{1,6})[.)](?=[ \t\u00a0])[ \t\u00a0]*  # a) ii. 3)
      | \d{1,2}(?:\.\d{1,2}){1,2}\.?(?=[ \t\u00a0]+[A-Z(•·“"‘'])[ \t\u00a0]*  # 7.1 paragraph numbers
      | [A-Z]{1,2}\d{1,3}[.)](?=[ \t\u00a0]+[A-Z])[ \t\u00a0]*  # "A11. Democratic Services to ...": a lettered minute number
      | \d{1,2}(?:\.\d{1,2}){1,2}(?=(?!(?:Million|Billion|Thousand)\b)(?:[A-Z][a-z]{2,}|[A-Z]{3,})\b)  # "2.1.2That the Panel ...": PDF text glued
    )""",
    re.VERBOSE,
)
# A sentence ends at . ! ? (plus closing quotes/brackets) followed by space and
# something that can start a sentence.
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?:[ \t\u00a0]+|(?<=\.\?)(?=[A-Z][a-z])|(?<=[a-z]{2}\.)(?=[A-Z][a-z]))"
                       r"(?=[\"'“‘(\[]?[A-Z0-9•·£])")
"""A stop, closing quotes and a space before a capital; or '.?' straight before a capitalised word, where a
converter wrote the non-breaking space after a full stop as '?' ("in neighbourhood policing.?He mentioned"); or a
stop glued to the next sentence where a page's line break was lost ("the legality of the advert.Helen Tharp will"):
a lower-case word, the stop and a capitalised word (abbreviations are ruled out after the match, as for the others)."""
_INLINE_BULLET = re.compile(r"[ \t\u00a0]+[•·▪][ \t\u00a0]+")
_INLINE_STAR = re.compile(r"[.:;!?][ \t\u00a0]+\*[ \t\u00a0]+(?=[A-Z])")
"""A bulleted list flattened into one line with "*" bullets ("as follows: * Robberies: ... * Theft ..."); the
punctuation before and the capital after keep a footnote star ("items marked thus * are") in its sentence."""
_ABBREVIATION_WORDS = """mr mrs ms dr cllr cllrs supt insp sgt det ch st no nos vol eg ie etc approx para paras
fig rd ave co ltd inc vs cf pc dc ds di dci dcs ps ac dac acc cc col gen prof rev hon jan feb mar apr jun
jul aug sep sept oct nov dec est min mins max ref refs cont dept"""
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
_TITLE_WORDS = "mr mrs ms dr cllr cllrs supt insp sgt pc dc ds di dci dcs ps prof rev hon"
_TITLES = frozenset(_TITLE_WORDS.split())
"""Titles that stand before a name; "det" and "ch" are left out: they open a compound rank ("Det. Supt.")."""
_OPENER_WORDS = "The This These Those That It He She They We There Both All Members However Also"
_SENTENCE_OPENERS = frozenset(_OPENER_WORDS.split())
"""Words that open a sentence but never follow an abbreviation inside one ("... etc. The police ...")."""
_NEXT_WORD = re.compile(r"[\"'“‘(\[]?([A-Za-z]+)")
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


_STRIPPED_LINE = re.compile(r"\S(?:[^\n]*\S)?")
"""A physical line without its leading and trailing white space (``\\s`` is what ``str.strip`` strips)."""


def _wrap_width(spans: list[tuple[int, int]]) -> int:
    """The width text was hard-wrapped at (PDF text, minutes typed with line breaks), or 0 when it was not: most
    lines are then nearly as long as the longest usual line, and few are longer."""
    if len(spans) < 8:
        return 0
    lengths = sorted(e - s for s, e in spans)
    width = lengths[int(len(lengths) * 0.9) - 1]
    if not 40 <= width <= 120:
        return 0
    full = sum(1 for n in lengths if 0.8 * width <= n <= width)
    return width if full >= 0.4 * len(lengths) else 0


def _logical_lines(text: str) -> list[tuple[int, int]]:
    """Physical lines joined where a PDF wrapped a sentence onto the next line."""
    out: list[list[int]] = []
    spans = [m.span() for m in _STRIPPED_LINE.finditer(text)]
    full_line = 0.8 * _wrap_width(spans) or len(text) + 1
    for s, e in spans:
        if out:
            prev = out[-1]
            prev_s, prev_e = prev
            if text[prev_e - 1] not in _TERMINAL:
                first = text[s]
                wrapped = (first.islower() or first in "(&" or _OPEN_ENDING.search(text, max(prev_s, prev_e - 8), prev_e)
                           or prev_e - text.rfind("\n", 0, prev_e) - 1 >= full_line)  # a full line of hard-wrapped text
                if wrapped and not _LIST_MARKER.match(text, s, e):
                    prev[1] = e
                    continue
        out.append([s, e])
    return [(s, e) for s, e in out]


_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS))


def _is_abbreviation(text: str, dot: int) -> bool:
    j = dot
    letters = 0
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
        if text[j] != ".":
            letters += 1
            if letters > _LONGEST_ABBREVIATION:
                return False  # lower-casing never shortens a word: too long for any abbreviation
    word = text[j:dot].lower().replace(".", "")
    if not word:
        return False
    if len(word) == 1 and text[j].isupper():
        return True  # an initial: "J. Smith"
    return word in _ABBREVIATIONS


def _ends_sentence_after_abbreviation(text: str, dot: int, after: int) -> bool:
    """An abbreviation's full stop that also closes the sentence (English never doubles the stop): after "etc.",
    before a pronoun or determiner, or a title ending a sentence before the next sentence's title
    ("... voted for by all Cllrs. Cllr Jago ...")."""
    m = _NEXT_WORD.match(text, after)
    if m is None:
        return False
    following = m.group(1)
    if following in _SENTENCE_OPENERS:
        return True
    before = text[max(0, dot - 6):dot].split()
    word = before[-1].lower().strip(".") if before else ""
    if word == "etc":
        return True
    return word in _TITLES and following.lower() in _TITLES


def _split_line(text: str, s: int, e: int) -> list[tuple[int, int]]:
    return _cut_line(text, s, e, [m.span() for m in _BOUNDARY.finditer(text, s, e)])


def _cut_line(text: str, s: int, e: int, boundaries: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces of the line ``text[s:e]`` between the sentence ``boundaries`` found in it (``_BOUNDARY`` matches)
    and inline bullets. Neither pattern looks behind its start or past its end, so scanning ``text`` between
    ``s`` and ``e`` finds what scanning a copy of the line finds."""
    cuts: list[tuple[int, int]] = []
    for dot, after in boundaries:
        if text[dot] == "." and _is_abbreviation(text, dot) and not _ends_sentence_after_abbreviation(text, dot, after):
            continue
        gap = text[dot:after].rstrip()
        cuts.append((dot + len(gap) - (gap[-2:] == ".?"), after))  # a '?' for a lost space is not a question mark
    if text.find("•", s, e) >= 0 or text.find("·", s, e) >= 0 or text.find("▪", s, e) >= 0:
        for m in _INLINE_BULLET.finditer(text, s, e):
            cuts.append(m.span())
    if text.find("*", s, e) >= 0:
        for m in _INLINE_STAR.finditer(text, s, e):
            cuts.append((m.start() + 1, m.end()))  # the stop or colon stays with the sentence before
    if not cuts:
        return [(s, e)] if s < e else []
    pieces: list[tuple[int, int]] = []
    cur = s
    for end_here, next_start in sorted(cuts):
        if end_here > cur:
            pieces.append((cur, end_here))
        cur = max(cur, next_start)
    if cur < e:
        pieces.append((cur, e))
    return pieces


def _boundaries(text: str) -> list[tuple[int, int]]:
    """Spans of ``_BOUNDARY.finditer(text)``: every match opens with '.', '!' or '?', so the pattern is tried
    only at those characters (found with ``str.find``), skipping those inside the previous match."""
    stops: list[int] = []
    for ch in ".!?":
        at = text.find(ch)
        while at >= 0:
            stops.append(at)
            at = text.find(ch, at + 1)
    stops.sort()
    found: list[tuple[int, int]] = []
    after = 0
    match = _BOUNDARY.match
    for at in stops:
        if at >= after and (m := match(text, at)) is not None:
            after = m.end()
            found.append((at, after))
    return found


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order; ``text[s.start:s.end] == s.text``."""
    out: list[Sentence] = []
    # One scan of the whole text for sentence boundaries, handed out line by line: a match never holds a
    # line break and never reads past a line's last (non-space) character, so the matches starting in a
    # line are those a scan of the line alone finds, unless one runs across the line's start (after a list
    # marker) or end; such a line is scanned alone.
    found = _boundaries(text)
    n = len(found)
    k = 0
    bullets = "•" in text or "·" in text or "▪" in text or "*" in text
    for para, (ls, le) in enumerate(_logical_lines(text)):
        marker = None
        m = _LIST_MARKER.match(text, ls, le)
        if m and m.end() > ls and m.end() < le:
            marker = text[ls:m.end()].strip() or None
            ls = m.end()
        while k < n and found[k][0] < ls:
            k += 1
        j = k
        while j < n and found[j][0] < le:
            j += 1
        if (k and found[k - 1][1] > ls) or (j > k and found[j - 1][1] > le):
            pieces = _split_line(text, ls, le)
        elif j == k and not bullets:
            pieces = [(ls, le)]
        else:
            pieces = _cut_line(text, ls, le, found[k:j])
        k = j
        first = True
        for s, e in pieces:
            while s < e and text[s].isspace():  # what str.lstrip strips
                s += 1
            if s < e:
                out.append(Sentence(s, e, text[s:e], marker if first else None, first, para))
            first = False
    return out


_CLAUSE_CUT = guarded(re.compile(
    r";\s*|\s+but\s+|,\s*but\s+|\s+whilst\s+|\s+while\s+|,\s*however\s+(?!,)|(?<=ed)\s+however,\s*(?=(?:there|it|this|these|the)\s)|(?<=[\w)])\s+however\s+(?=(?:there|it|this|these|they)\s+(?:has|have|had|was|were|is|are)\b)|,\s*although\s+|\s+although\s+"
    r"|\.\s+(?=[A-Z])|\s+which\s+meant\s+(?:that\s+)?"
    r"|(?:(?<=static)|(?<=stable)|(?<=risen)|(?<=fallen)|(?<=increased)|(?<=decreased)|(?<=reduced)|(?<=dropped))"
    r"\s+(?=the\s+(?:number|level|rate|volume|proportion)\s+of\s)",
), r"[;,.\s]")
"""... and unpunctuated ones: "X had risen which meant that Y had dropped", "X remained static the number of Y had risen",
"X had deteriorated however, there was ...", "(... during this time) however there has been an uplift"; every cut opens with one of ";,." or a space."""


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


SUBCLAUSE_CUT = guarded(re.compile(
    r",\s+|\s+and\s+|(?<!compared)\s+with\s+(?!regards?\s+to|respect\s+to|injur)|;\s*|\s+whilst\s+|\s+while\s+|\s+–\s+|\s+-\s+"
    r"|\s+\("
), r"[;,\s]")
"""Where a clause holding two figures can be cut between them (every cut opens with a comma, a semicolon or a space)."""


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
