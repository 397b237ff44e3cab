"""The sentence splitter's one-pass boundary scan splits as a line-by-line scan of copies of the lines does."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from minutesai.engines.offline import sentences as sent
from minutesai.engines.offline.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples/corpus/dev").glob("*.txt"))]
_PIECES = [
    "Crime fell", " by 12%", ".", ". ", "! ", "? ", "...", "?! ", ".” ", ".) ", ".’\u00a0", ". \n", ".\n", "\n", "\n\n", "  ", "\t",
    "\u00a0", "\u2003", "\r", "\x0c", "\u2028", " • ", "•", "· ", "▪ ", "(a) ", "(ii) ", "ii. ", "a) ", "7.1 ", "7.1.2. ",
    "1. ", "- ", "– ", "* ", ": * ", ". * ", "> ", "etc. ", "Cllrs. ", "They ", "Det. Supt. ", "J. Smith", "Cllr. Jones", "e.g. ", "i.e.", "No. 5", "the", " of ",
    " and", "members noted", "The Board", "“Quoted” ", "(see) ", "& ", "Officers", " 2019", "A", "x", "approx. 40",
    "extraordinarily. ", "İ. ", "ΣΣ. Next",
]


def _random_text(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 80)))


def _reference_split(text: str) -> list[tuple]:
    """The splitter as it was: each logical line copied out and scanned on its own."""
    out = []
    for para, (ls, le) in enumerate(_reference_lines(text)):
        marker = None
        m = sent._LIST_MARKER.match(text, ls, le)
        if m and m.end() > ls and m.end() < le:
            marker = text[ls:m.end()].strip() or None
            ls = m.end()
        line = text[ls:le]
        cuts = []
        for b in sent._BOUNDARY.finditer(line):
            dot = ls + b.start()
            if (text[dot] == "." and _reference_abbreviation(text, dot)
                    and not sent._ends_sentence_after_abbreviation(text, dot, ls + b.end())):
                continue
            cuts.append((dot + len(b.group().rstrip()), ls + b.end()))
        if "•" in line or "·" in line or "▪" in line:
            cuts += [(ls + b.start(), ls + b.end()) for b in sent._INLINE_BULLET.finditer(line)]
        if "*" in line:
            cuts += [(ls + b.start() + 1, ls + b.end()) for b in sent._INLINE_STAR.finditer(line)]
        pieces, cur = [], ls
        for end_here, next_start in sorted(cuts):
            if end_here > cur:
                pieces.append((cur, end_here))
            cur = max(cur, next_start)
        if cur < le:
            pieces.append((cur, le))
        for i, (s, e) in enumerate(pieces):
            chunk = text[s:e]
            s += len(chunk) - len(chunk.lstrip())
            if s < e:
                out.append((s, e, text[s:e], marker if i == 0 else None, i == 0, para))
    return out


def _reference_lines(text: str) -> list[list[int]]:
    out: list[list[int]] = []
    for m in re.finditer(r"[^\n]+", text):
        seg = m.group()
        stripped = seg.strip()
        if not stripped:
            continue
        s, e = m.start() + len(seg) - len(seg.lstrip()), m.end() - (len(seg) - len(seg.rstrip()))
        if out:
            prev_s, prev_e = out[-1]
            first = stripped[0]
            wrapped = first.islower() or first in "(&" or sent._OPEN_ENDING.search(text, max(prev_s, prev_e - 8), prev_e)
            if text[prev_e - 1] not in sent._TERMINAL and wrapped and not sent._LIST_MARKER.match(stripped):
                out[-1][1] = e
                continue
        out.append([s, e])
    return out


def _reference_abbreviation(text: str, dot: int) -> bool:
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower().replace(".", "")
    if not word:
        return False
    return (len(word) == 1 and text[j].isupper()) or word in sent._ABBREVIATIONS


def _fields(text: str) -> list[tuple]:
    return [(s.start, s.end, s.text, s.marker, s.line_start, s.para) for s in split_sentences(text)]


@pytest.mark.parametrize("seed", range(150))
def test_random_layouts_split_as_line_by_line(seed):
    text = _random_text(random.Random(seed))
    assert _fields(text) == _reference_split(text), text
    assert [m.span() for m in sent._BOUNDARY.finditer(text)] == sent._boundaries(text)


def test_real_minutes_split_as_line_by_line():
    assert TEXTS
    for text in TEXTS:
        assert _fields(text) == _reference_split(text)


def test_a_boundary_across_a_list_marker_or_a_line_end_falls_back_to_the_line_alone():
    # "7.1. The": the marker's own stop is a boundary of the whole text that ends where the line's text starts
    text = "Intro line.\n7.1. The Board agreed. Members noted it.\nii. Next point! Done"
    assert _fields(text) == _reference_split(text)
    assert [s.marker for s in split_sentences(text)] == [None, "7.1.", None, "ii.", None]
