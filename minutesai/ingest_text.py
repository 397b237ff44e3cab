"""Text clean-up for ingest: the normalised text every offset points into.

:func:`normalise_text` turns CR/LF line ends into ``\\n``, drops invisible characters
(zero-width, soft hyphens, control characters), makes odd spaces plain, collapses
space runs, joins words broken at a line end by PDF layout, and keeps at most one
blank line in a row. :func:`decode_normalised` does the same block by block while
decoding bytes; :func:`drop_running_lines` removes PDF page numbers and repeated
header/footer lines before the pages are joined.
"""

from __future__ import annotations

import re

_ODD_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\x0b]")
# zero-width characters, soft hyphens, C0 and C1 control characters (C1 appear when
# latin-1 is the fallback encoding)
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f\x80-\x84\x86-\x9f]")
_BREAKS = {"\x0c": "\n\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n\n"}
_ODD_BREAKS = re.compile("[\x0c\x85\u2028\u2029]")
_SPACE_RUN = re.compile(r" {2,}")
_SPACE_AT_BREAK = re.compile(r" \n ?|\n ")
_BLANK_RUN = re.compile(r"\n{3,}")


# A word broken at a line end by PDF layout ("Superin-\ntendent"): joined when the next line goes on in
# lower case. Words that keep their hyphen ("anti-\nsocial", "cross-\nborder") lose only the line break.
_LINE_END_HYPHEN = re.compile(r"\b([A-Za-z]+)-\n(?=[a-z])")
_KEEPS_HYPHEN_WORDS = """anti non self cross multi ex well long short high low part full half all semi co mid one two three four
five six seven eight nine ten year week month day hate knife drug alcohol crime police community drink fire"""
_KEEPS_HYPHEN = frozenset(_KEEPS_HYPHEN_WORDS.split())


def _join_hyphen(m: re.Match[str]) -> str:
    word = m.group(1)
    return word + "-" if word.lower() in _KEEPS_HYPHEN else word


_ANY_ODD = re.compile(f"[{_INVISIBLE.pattern[1:-1]}{_ODD_SPACES.pattern[1:-1]}{_ODD_BREAKS.pattern[1:-1]}]")
"""Any character the three character-class passes below replace: one scan rules them all out."""


def _normalise_block(raw: str) -> str:
    # Each pass runs only when its pattern can match (a plain substring test or one scan
    # says so): most text needs few of them, and a skipped pass gives the same string.
    text = raw.replace("\r\n", "\n").replace("\r", "\n") if "\r" in raw else raw
    if _ANY_ODD.search(text):
        text = _INVISIBLE.sub("", text)
        text = _ODD_SPACES.sub(" ", text)
        text = _ODD_BREAKS.sub(lambda m: _BREAKS[m.group()], text)
    if "  " in text:
        text = _SPACE_RUN.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _SPACE_AT_BREAK.sub("\n", text)
    if "-\n" in text:
        text = _LINE_END_HYPHEN.sub(_join_hyphen, text)
    return _BLANK_RUN.sub("\n\n", text) if "\n\n\n" in text else text


def normalise_text(raw: str) -> str:
    """Whitespace-normalised text. Works on whole strings (a few copies, no per-char lists)."""
    # Stripped first as well as last: text ending in "\n " or "  " would otherwise run a whole
    # pass for what the final strip drops. No pass reaches across the edge of the stripped text
    # (what lies beyond it is whitespace, removed or whitespace after every pass).
    return _normalise_block(raw.strip()).strip()


# A single space between two printable ASCII bytes: no whitespace run crosses it in
# any of the encodings tried, so blocks cut after it normalise exactly like the whole.
_SAFE_CUT = re.compile(rb"[!-~] [!-~]")
_BLOCK_BYTES = 1 << 20


def _byte_blocks(data: bytes):
    pos = 0
    while pos < len(data):
        m = _SAFE_CUT.search(data, pos + _BLOCK_BYTES) if len(data) - pos > 2 * _BLOCK_BYTES else None
        end = m.start() + 2 if m else len(data)
        yield data[pos:end]
        pos = end


def decode_normalised(data: bytes) -> tuple[str, str | None]:
    """Decode and normalise text bytes block by block, so a large file never exists
    as a raw decoded string next to its normalised copy. Returns (text, fallback encoding)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return normalise_text(data.decode("utf-16")), None
    for encoding in ("utf-8", "cp1252", "latin-1"):
        try:
            parts = [_normalise_block(block.decode(encoding)) for block in _byte_blocks(data)]
        except UnicodeDecodeError:
            continue
        text = "".join(parts)
        del parts
        return text.lstrip("\ufeff").strip(), None if encoding == "utf-8" else encoding
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


# ------------------------------------------------- PDF running lines
_PAGE_NO = re.compile(r"^\s*(?:page\s+\d+(?:\s+of\s+\d+)?|-?\s*\d{1,3}\s*-?)\s*$", re.I)


def drop_running_lines(pages: list[str]) -> list[str]:
    """Remove page numbers and header/footer lines repeated on most pages."""
    split = [p.strip("\n").split("\n") for p in pages]
    edges: dict[str, int] = {}
    for lines in split:
        for line in {*(lines[:2]), *(lines[-2:])}:
            key = line.strip()
            if key:
                edges[key] = edges.get(key, 0) + 1
    running = {k for k, n in edges.items() if len(pages) >= 3 and n >= max(3, len(pages) * 0.6)}
    out = []
    for lines in split:
        keep = list(lines)
        for idx in (0, 1, -1, -2):
            if -len(keep) <= idx < len(keep):
                line = keep[idx].strip()
                if line in running or _PAGE_NO.match(line):
                    keep[idx] = ""
        out.append("\n".join(keep))
    return out
