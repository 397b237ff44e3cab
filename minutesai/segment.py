"""Segment: split a document into agenda items.

Kinds of input (see ``examples/corpus/MODERNGOV.md``):

* an "Agenda item" page: one item, titled by the heading after "Agenda item";
* an issue page ("Issue - meetings", "Meeting: DATE - COMMITTEE (Item N)"):
  one item per meeting it was discussed at;
* meeting pages and minutes PDFs: items headed by numbers ("3.", "4a",
  "77.", "Item 5"), council minute references ("O&S.68/17", "CSP 12/14"),
  or — when the number column was lost in copying — titles carrying a
  ModernGov file-size tag ("PDF 94 KB") or a time slot ("- 19:00 to 19:05").

Numbered lists inside an item ("1. That the report be noted", "2. The
Treasury had ...") also start with numbers; headings are told apart by shape
(short, no closing punctuation, capitalised, followed by text) and by taking
the best-scoring chain of strictly increasing numbers.

Items cover the text in order without gaps or overlap; text before the first
heading (attendance, venue) becomes a first item titled "Meeting details".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutesai.document import AgendaItem, Minutes, lowered

_SIZE_TAG = r"(?:pdf\s+icon\s+)?PDF\s+\d+(?:\.\d+)?\s*[KMG]B"
_TIME_SLOT = r"-?\s*\d{1,2}[:.]\d{2}\s*(?:to|-|–)\s*\d{1,2}[:.]\d{2}(?:\s*[ap]m)?"
_STRONG_SUFFIX = re.compile(rf"(?:\s+{_SIZE_TAG}|\s*{_TIME_SLOT})\s*$", re.I)

_NUMBERED = re.compile(
    r"^(?:(?:agenda\s+)?item\s+|minute\s+(?:no\.?\s*)?)?(?P<num>\d{1,3}[a-z]?)(?!\d)(?![/.,:]\d)"
    r"(?:\.|:|\)|\s+[-–])?[ \t]+(?P<title>[^\n]{1,220})$",
    re.M | re.I,
)
_NUMBER_ALONE = re.compile(r"^(?:(?:agenda\s+)?item\s+)?(?P<num>\d{1,3}[a-z]?)\.?[ \t]*$", re.M | re.I)
_REF = re.compile(
    r"^(?P<num>[A-Z][A-Za-z&]{0,7}(?:[ .&][A-Z][A-Za-z&]{0,7})?[ .]?\d{1,4}/\d{2,4})"
    r"\b[ \t]*[:.–-]?[ \t]*(?P<title>[^\n]{0,220})$",
    re.M,
)
_UNNUMBERED = re.compile(rf"^(?P<title>[^\n]{{3,220}}?(?:\s+{_SIZE_TAG}|\s*{_TIME_SLOT}))[ \t]*$", re.M | re.I)
_MAY_HAVE_STRONG_SUFFIX = re.compile(r"[Pp][Dd][Ff]|\d[:.]\d\d")
"""In every _UNNUMBERED match (its size tag or time slot): a quick test that skips that slow pattern."""
_SUFFIX_TAIL = re.compile(r"[\s\d.:\-–pdficontamgkbPDFICONTAMGKB\x80-\U0010ffff]*")
"""What a size tag or time slot, and the spaces after it, can be written with (any
non-ASCII character too: case-insensitive matching equates some with ASCII letters)."""
_PDF_SPELLINGS = [p + d + f for p in "Pp" for d in "Dd" for f in "Ff"]
_CLOCK = re.compile(r"[:.]\d\d")
_SINGLE_PAGE = re.compile(r"\A\s*agenda item\s*(?:[-–:][ \t]*(?P<inline>[^\n]+)|\n+(?P<next>[^\n]+))", re.I)
_ISSUE_PAGE = re.compile(r"\A\s*issue\s*[-–]\s*(?:items\s+at\s+)?meetings\b", re.I)
_MEETING_LINE = re.compile(r"^Meeting:[^\n]*\(Item\s+(?P<num>[^)\s]+?)\.?\)[ \t]*$", re.M | re.I)
_NON_SPACE = re.compile(r"\S")
_LEAD_WORDS = re.compile(r"^(?:that|and|or|but|which|who|the\s+\w+\s+(?:had|was|were|is|are|has|have|would|will))\b", re.I)


@dataclass
class _Heading:
    start: int
    number: str | None
    key: tuple[int, str] | None
    title: str
    score: float


def segment(doc: Minutes) -> list[AgendaItem]:
    """Agenda items of ``doc`` in order; also sets ``doc.source.item_title`` for one-item docs."""
    text = doc.text
    single = _single_page_title(text)
    if single is not None:
        return _one_item(doc, single, None)
    if _ISSUE_PAGE.match(text[:300]) or (_may_have_meeting_line(text[:1500]) and _MEETING_LINE.search(text[:1500])
                                         and "no. item" not in text[:3000].lower()):
        items = _issue_items(text)
        if len(items) >= 2:
            return items
        return _one_item(doc, items[0].title if items else None, items[0].number if items else None)
    headings = find_headings(text)
    if len(headings) < 2:
        return _one_item(doc, None, None)
    items = []
    if text[: headings[0].start].strip():
        items.append(AgendaItem(title="Meeting details", start=0, end=headings[0].start))
    else:
        headings[0].start = 0
    for h, nxt in zip(headings, headings[1:] + [None], strict=True):
        end = nxt.start if nxt else len(text)
        items.append(AgendaItem(title=h.title, start=h.start, end=end, number=h.number))
    return items


def _may_have_meeting_line(head: str) -> bool:
    """False when ``head`` cannot hold a _MEETING_LINE match: its "meeting:" and "(item", as
    case-blind matching reads them, are then not in the lower-cased text either (unless a
    dotted or dotless i, which that matching takes for an ASCII i, is there)."""
    if "ı" in head or "İ" in head:
        return True
    low = head.lower()
    return "meeting:" in low and "(item" in low


def _one_item(doc: Minutes, title: str | None, number: str | None) -> list[AgendaItem]:
    if title and not doc.source.item_title:
        doc.source.item_title = title
    title = title or doc.source.item_title or doc.source.title or ""
    return [AgendaItem(title=title, start=0, end=len(doc.text), number=number)]


def clean_title(raw: str) -> str:
    """An item title without file-size tags, time slots, key-decision stars or trailing colons."""
    title = raw.strip()
    if _MAY_HAVE_STRONG_SUFFIX.search(title):  # (no size tag or time slot to remove otherwise)
        for _ in range(2):
            title = _STRONG_SUFFIX.sub("", title).rstrip(" :–-|")
        title = re.sub(rf"\s+{_SIZE_TAG}", "", title, flags=re.I)
    else:
        title = title.rstrip(" :–-|")
    return title.strip().lstrip("*").strip(" :–-|").strip()


def _single_page_title(text: str) -> str | None:
    m = _SINGLE_PAGE.match(text[:2000])
    if not m:
        return None
    return clean_title(m.group("inline") or m.group("next") or "")


def _issue_items(text: str) -> list[AgendaItem]:
    """One item per "Meeting: ... (Item N)" block; the issue heading joins the first."""
    marks = list(_MEETING_LINE.finditer(text))
    items = []
    for i, m in enumerate(marks):
        start = 0 if i == 0 else m.start()
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        number = m.group("num")
        heading = re.search(rf"^\*?{re.escape(number)}\.?[ \t]+([^\n]+)$", text[m.end() : end], re.M)
        title = clean_title(heading.group(1)) if heading else ""
        if not title:
            issue = re.match(r"\A\s*issue[^\n]*\n+([^\n]+)", text, re.I)
            title = clean_title(issue.group(1)) if issue else ""
        items.append(AgendaItem(title=title, start=start, end=end, number=number))
    if not items:
        issue = re.match(r"\A\s*issue[^\n]*\n+([^\n]+)", text, re.I)
        items.append(AgendaItem(title=clean_title(issue.group(1)) if issue else "", start=0, end=len(text)))
    return items


# ------------------------------------------------------------------ headings
_AUX = re.compile(r"\b(?:had|has|have|was|were|is|are|would|will|could|should|did)\b")
_STOP = {"of", "the", "and", "for", "to", "in", "on", "at", "a", "an", "by", "with", "from", "&", "-", "–"}


def _title_shape(raw: str) -> float | None:
    """Score how much ``raw`` looks like an item heading; None when it clearly is not one."""
    strong = bool(_MAY_HAVE_STRONG_SUFFIX.search(raw) and _STRONG_SUFFIX.search(raw))
    t = clean_title(raw)
    words = t.split()
    if not words or len(t) > 200 or len(words) > 20 or not re.search(r"[A-Za-z]{2}", t):
        return None
    first = t.lstrip("*\"'“‘(").strip()
    if not first or first[0].islower() or _LEAD_WORDS.match(first):
        return None
    if t.endswith((";", ",")) or (t.endswith(".") and len(words) > 10):
        return None
    score = 1.0
    content = [w for w in words if w.lower() not in _STOP] or words
    capitals = sum(1 for w in content if w[:1].isupper() or not w[:1].isalpha())
    if t.isupper() or capitals / len(content) >= 0.6:
        score += 1.0
    if t.endswith("."):
        score -= 0.75
    if len(words) <= 10:
        score += 0.5
    if _AUX.search(t) and not t.isupper():
        score -= 1.0
    if strong:
        score += 1.5
    return score


def _context_score(text: str, start: int, end: int) -> float:
    score = 0.0
    if start == 0 or text[max(0, start - 2) : start] == "\n\n":
        score += 1.0
    nxt = text[end : end + 300].lstrip("\n")
    if re.match(r"(?:minutes|decision|resolved|received|noted|agreed)\b", nxt, re.I):
        score += 1.0
    return score


def _key(number: str) -> tuple[int, str]:
    m = re.match(r"(\d+)([a-z]?)", number, re.I)
    return (int(m.group(1)), m.group(2).lower()) if m else (0, "")


class _LineStart:
    """Where a line's first characters match ``first`` (a pattern with no ``^``): searched
    after each newline, which is quicker than a multiline ``^`` tried at every character."""

    def __init__(self, first: str, flags: int = 0) -> None:
        self.first = re.compile(first, flags)
        self.after_newline = re.compile(rf"\n(?:{first})", flags)

    def starts(self, text: str) -> list[int]:
        out = [0] if self.first.match(text) else []
        out.extend(m.start() + 1 for m in self.after_newline.finditer(text))
        return out


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """``pattern.finditer(text)`` for a ``^``-anchored (multiline) pattern that can only match at
    ``starts``: matched there in order, skipping starts inside the previous match."""
    out = []
    pos = 0
    for start in starts:
        if start >= pos:
            m = pattern.match(text, start)
            if m:
                out.append(m)
                pos = m.end()
    return out


_NUMBERED_FIRST = _LineStart(r"[\daAiImM\x80-\U0010ffff]")
"""A _NUMBERED or _NUMBER_ALONE match starts with a digit or with 'agenda', 'item' or 'minute'
(any non-ASCII character too: case-insensitive matching equates some with ASCII letters)."""
_REF_FIRST = _LineStart(r"[A-Z][^\n/]{0,21}/")
"""A _REF match starts with a capital letter and has its slash within 23 characters."""


def _numbered_candidates(text: str) -> list[_Heading]:
    out = []
    starts = _NUMBERED_FIRST.starts(text)
    for m in _matches_at(_NUMBERED, text, starts):
        shape = _title_shape(m.group("title"))
        if shape is None:
            continue
        score = shape + _context_score(text, m.start(), m.end())
        number = m.group("num")
        out.append(_Heading(m.start(), number, _key(number), clean_title(m.group("title")), score))
    for m in _matches_at(_NUMBER_ALONE, text, starts):
        nxt = re.match(r"\n+([^\n]+)", text[m.end() : m.end() + 400])
        if nxt is None:
            continue
        shape = _title_shape(nxt.group(1))
        if shape is None:
            continue
        number = m.group("num")
        score = shape + _context_score(text, m.start(), m.end() + nxt.end())
        out.append(_Heading(m.start(), number, _key(number), clean_title(nxt.group(1)), score))
    return sorted(out, key=lambda h: h.start)


def _best_chain(cands: list[_Heading], window: int = 200) -> list[_Heading]:
    """Highest-scoring subsequence whose numbers strictly increase (gaps cost a little)."""
    best: list[float] = []
    prev: list[int] = []
    for i, c in enumerate(cands):
        best.append(c.score)
        prev.append(-1)
        c_key = c.key
        if c_key is None:  # numbered candidates always carry a key; anything else cannot extend a chain
            continue
        for j in range(max(0, i - window), i):
            p_key = cands[j].key
            if p_key is not None and p_key < c_key:
                gap = c_key[0] - p_key[0] - (0 if c_key[1] else 1)
                value = best[j] + c.score - 0.25 * min(max(gap, 0), 8)
                if value > best[i]:
                    best[i], prev[i] = value, j
    if not best:
        return []
    i = max(range(len(best)), key=best.__getitem__)
    chain = []
    while i >= 0:
        chain.append(cands[i])
        i = prev[i]
    return chain[::-1]


def _with_bodies(headings: list[_Heading], text: str) -> list[_Heading]:
    """Keep headings followed by some text of their own: drops numbered list lines and
    an agenda list printed before the minutes."""
    kept: list[_Heading] = []
    for h, nxt in zip(headings, [*headings[1:], None], strict=False):
        has_body = _two_lines_of_text(text, h.start, nxt.start if nxt else len(text))
        sub_item_follows = bool(nxt and h.key and nxt.key and nxt.key[0] == h.key[0] and nxt.key > h.key)
        if nxt is None or has_body or sub_item_follows:
            kept.append(h)
    return kept


def _two_lines_of_text(text: str, start: int, end: int) -> bool:
    """Whether two lines of ``text[start:end]`` hold something other than whitespace."""
    first = _NON_SPACE.search(text, start, end)
    if first is None:
        return False
    newline = text.find("\n", first.end(), end)
    return newline >= 0 and _NON_SPACE.search(text, newline, end) is not None


def find_headings(text: str) -> list[_Heading]:
    """Agenda-item headings in ``text`` in order (empty when there are fewer than two)."""
    refs = _ref_headings(text)
    candidates = _with_bodies([h for h in _numbered_candidates(text) if h.score >= 1.5], text)
    numbered = _with_bodies(_best_chain(candidates), text)
    strong = []
    for m in _unnumbered_matches(text):
        shape = _title_shape(m.group("title"))
        if shape is not None:
            score = shape + _context_score(text, m.start(), m.end())
            strong.append(_Heading(m.start(), None, None, clean_title(m.group("title")), score))
    families = [f for f in (numbered, refs, _with_bodies(strong, text)) if len(f) >= 2]
    if not families:
        return []
    return max(families, key=lambda f: sum(h.score for h in f))


def _unnumbered_matches(text: str) -> list[re.Match[str]]:
    """``_UNNUMBERED.finditer(text)``, trying only the lines where a match can start.

    A match's suffix holds "pdf" or a clock time ("19.00"); between the end of its title and
    that mark there is only whitespace, a dash or a digit, and after the mark, up to the end
    of its line, only characters a size tag or time slot is written with. So a match starts on the line of such
    a mark (within 220 characters of the line start, the title's limit) or on a line whose end
    lies in that run. Matching at those line starts only, in order and without overlap, gives
    what finditer gives, without the lazy title loop at every line of the text."""
    marks = [m.start() for m in _CLOCK.finditer(text)]
    # (any spelling of "pdf" is "pdf" lower-cased: one lower() and find rule them all out)
    for spelling in _PDF_SPELLINGS if "pdf" in lowered(text) else ():
        i = text.find(spelling)
        while i >= 0:
            marks.append(i)
            i = text.find(spelling, i + 3)
    if not marks:
        return []
    starts: set[int] = set()
    for i in marks:
        line_end = text.find("\n", i)
        if not _SUFFIX_TAIL.fullmatch(text, i, line_end if line_end >= 0 else len(text)):
            continue  # the match ends its line after the mark: a decimal in prose is no suffix
        line = text.rfind("\n", 0, i) + 1
        b = i
        while b > 0 and (text[b - 1].isspace() or text[b - 1] == "-" or text[b - 1].isdigit()):
            b -= 1
        if b - line <= 220:
            starts.add(line)
        newline = text.find("\n", b, i)
        while newline >= 0:
            starts.add(text.rfind("\n", 0, newline) + 1)
            newline = text.find("\n", newline + 1, i)
    out = []
    pos = 0
    for start in sorted(starts):
        if start >= pos:
            m = _UNNUMBERED.match(text, start)
            if m:
                out.append(m)
                pos = m.end()
    return out


def _ref_headings(text: str) -> list[_Heading]:
    """Minute references ("O&S.68/17") sharing the most common prefix; a reference alone
    on its line takes the next line as its title."""
    refs = []
    # a reference starts its line with a capital letter and holds a slash ("O&S.68/17")
    for m in _matches_at(_REF, text, _REF_FIRST.starts(text)):
        title = m.group("title")
        if not title.strip():
            nxt = re.match(r"\n+([^\n]{1,200})", text[m.end() : m.end() + 400])
            title = nxt.group(1) if nxt else ""
        shape = _title_shape(title) if title.strip() else None
        if shape is None:
            continue
        score = 1.0 + shape + _context_score(text, m.start(), m.end())
        refs.append(_Heading(m.start(), m.group("num"), None, clean_title(title), score))
    if len(refs) < 2:
        return []

    def prefix(h: _Heading) -> str:
        return re.sub(r"[\d/ .]+$", "", h.number or "")

    counts: dict[str, int] = {}
    for h in refs:
        counts[prefix(h)] = counts.get(prefix(h), 0) + 1
    common = max(counts, key=counts.__getitem__)
    return [h for h in refs if prefix(h) == common]
