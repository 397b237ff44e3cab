"""ModernGov HTML pages → minutes text, page facts and agenda-item spans.

Handles the three page kinds described in ``examples/corpus/MODERNGOV.md``:
agenda item pages (mgAi.aspx), meeting pages (ieListDocuments.aspx, a
"No. | Item" table with one row per item) and issue pages (ieIssueDetails).
Navigation, scripts and styles are dropped; headings, "Minutes:" /
"Decision:" blocks, bullet lists and table rows are kept as separate blocks.

selectolax (lexbor backend) parses: it is a C parser, tolerant of the broken
markup council sites serve, needs no lxml, and is much faster than
BeautifulSoup on large meeting pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutesai.errors import InputError

_SKIP_TAGS = {
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
    "head", "nav", "button", "select", "input", "textarea", "option", "img", "video", "audio",
    "map", "footer", "-comment",
}
_PARA_TAGS = {
    "p", "div", "section", "article", "main", "aside", "header", "h1", "h2", "h3", "h4", "h5",
    "h6", "ul", "ol", "table", "blockquote", "pre", "dl", "form", "fieldset", "address",
    "figure", "figcaption", "caption", "hr", "details", "summary", "center",
}
_LINE_TAGS = {"li", "tr", "dt", "dd", "br", "thead", "tbody", "tfoot"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_NAV_HINT = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|breadcrumbs?|menu|skip(?:link)?s?|cookies?|search"
    r"|sidebar|masthead|banner|social|share|footer|print)(?:[\s_-]|$)",
    re.I,
)
_NAV_ROLES = {"navigation", "banner", "contentinfo", "search", "menu", "menubar"}
_ITEM_NUMBER = re.compile(
    r"^(?:item\s+)?(?:\d{1,3}(?:\.\d{1,2})?[a-z]?\.?|\(?[0-9]{1,3}[a-z]?\)"
    r"|[A-Z][A-Za-z&]{0,7}[ .]?\d{1,4}/\d{2,4})$",
    re.I,
)
_FILE_SIZE = re.compile(r"\s*\bPDF\s+\d+(?:\.\d+)?\s*[KMG]B\b", re.I)
_FULL_TEXT_LINK = re.compile(r"view the full (?:minutes|decision)s? text for item", re.I)
_ITEM_MARK = "\ue000"
_WS = re.compile(r"[ \t\r\n\f]+")
# ModernGov's own title classes (mgMainTitleTxt, mgSubTitleTxt, mgAiTitleTxt, mgSubItemTitleTxt,
# mgSectionTitle) hold page and item titles, "Venue:" lines and block labels, never minute text
_MG_TITLE_CLASS = re.compile(r"(?:^|\s)mg\w*Title", re.I)
_MG_MARKERS = "#modgov, [class^=mg], [class*=' mg'], a[href*='mgAi.aspx'], a[href*='ieListDocuments'], a[href*='ieIssueDetails']"


@dataclass
class HtmlPage:
    text: str
    info: dict = field(default_factory=dict)
    items: list[tuple[str | None, str, int, int]] = field(default_factory=list)
    """(number, title, start, end) per agenda item, from the meeting page table."""


class _Walker:
    """Depth-first text extraction with block separators and item markers."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.prose: list[str] = []
        """The same blocks without link, heading and title text (block labels kept): what the
        page says in its own sentences, read by :func:`moderngov_minutes_missing`."""
        self.items: list[tuple[str, str]] = []
        self.prose_words = 0
        self.skip_ids: set[int] = set()

    def _sep(self, sep: str) -> None:
        self.out.append(sep)
        self.prose.append(sep)

    def walk(self, node, in_link: bool = False, in_heading: bool = False) -> None:
        child = node.child
        while child is not None:
            self._visit(child, in_link, in_heading)
            child = child.next

    def _visit(self, node, in_link: bool, in_heading: bool) -> None:
        tag = node.tag
        if tag == "-text":
            text = _WS.sub(" ", node.text_content or "")
            if text.strip():
                self.out.append(text)
                if not in_link and not in_heading:
                    self.prose_words += len(text.split())
                    self.prose.append(text)
                elif _BLOCK_LABEL.match(text.strip()):
                    self.prose.append(text)
            return
        if tag in _SKIP_TAGS or node.mem_id in self.skip_ids or _is_navigation(node):
            return
        if tag == "a" and _FULL_TEXT_LINK.search(node.text() or ""):
            return
        if tag == "tr" and self._item_row(node):
            return
        if tag in ("td", "th"):
            self.out.append(" | " if self.out and not self.out[-1].endswith("\n") else "")
            self.prose.append(" ")
            self.walk(node, in_link, in_heading)
            return
        sep = "\n\n" if tag in _PARA_TAGS else "\n" if tag in _LINE_TAGS else ""
        if sep:
            self._sep(sep)
        if tag == "li":
            self.out.append("• ")
        titled = in_heading or tag in _HEADINGS or bool(_MG_TITLE_CLASS.search((node.attributes or {}).get("class") or ""))
        self.walk(node, in_link or tag == "a", titled)
        if sep and tag != "br":
            self._sep(sep)

    def _item_row(self, row) -> bool:
        """A row of the meeting page's "No. | Item" table becomes its own item block."""
        cells = [c for c in _children(row) if c.tag in ("td", "th")]
        if len(cells) < 2 or all(c.tag == "th" for c in cells):
            return False
        number = _WS.sub(" ", cells[0].text() or "").strip()
        if not _ITEM_NUMBER.match(number):
            return False
        content = cells[1:]
        title_node = content[0].css_first(".mgAiTitleTxt, .mgSubItemTitleTxt, p, a, strong, b")
        title = _clean_title(title_node.text() if title_node is not None else "")
        if title_node is None or not title or len(title) > 200:
            title = _clean_title((content[0].text() or "").strip().split("\n")[0])[:200]
            title_node = None
        self.items.append((number, title))
        self.out.append(f"\n\n{_ITEM_MARK}{number} {title}\n\n")
        self.prose.append(f"\n\n{_ITEM_MARK}\n\n")
        if title_node is not None:
            self.skip_ids.add(title_node.mem_id)
        for cell in content:
            self.walk(cell)
            self._sep("\n\n")
        return True


def _children(node):
    child = node.child
    while child is not None:
        yield child
        child = child.next


def _is_navigation(node) -> bool:
    attrs = node.attributes or {}
    if (attrs.get("role") or "").lower() in _NAV_ROLES or "hidden" in attrs:
        return True
    hint = f"{attrs.get('id') or ''} {attrs.get('class') or ''}"
    return bool(hint.strip()) and bool(_NAV_HINT.search(hint))


def _clean_title(text: str) -> str:
    from minutesai.segment import clean_title

    return clean_title(_WS.sub(" ", _FILE_SIZE.sub("", text or "")).strip(" |"))


def parse_html(html: str, *, where: str | None) -> HtmlPage:
    from selectolax.lexbor import LexborHTMLParser

    from minutesai.ingest import normalise_text

    tree = LexborHTMLParser(html)
    page_title = _clean_title(_node_text(tree.css_first("title")))
    info = _page_facts(tree, page_title)
    root = (
        tree.css_first("#modgov")
        or tree.css_first("#mgContent, .mgContent")
        or tree.css_first("main, [role=main]")
        or tree.body
        or tree.root
    )
    walker = _Walker()
    if root is not None:
        walker.walk(root)
    raw = _FILE_SIZE.sub("", "".join(walker.out))
    text = normalise_text(raw)
    if walker.prose_words < 8 or not re.search(r"[A-Za-z]{2,}(?:\W+[A-Za-z]{2,}){5}", text):
        raise InputError(where, "no minutes text found in the HTML page (navigation or links only)")
    if _is_moderngov(tree, text) and moderngov_minutes_missing(normalise_text("".join(walker.prose))):
        raise InputError(where, NO_MINUTES_TEXT)
    text, starts = _take_marks(text)
    items: list[tuple[str | None, str, int, int]] = []
    for i, ((number, title), start) in enumerate(zip(walker.items, starts, strict=False)):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        items.append((number.rstrip("."), title, start, end))
    if items and text[: items[0][2]].strip():
        items.insert(0, (None, "Meeting details", 0, items[0][2]))
    if len(items) == 1 or (not items and _single_item_heading(text)):
        info.setdefault("item_title", _single_item_heading(text) or items[0][1])
    return HtmlPage(text=text, info=info, items=items if len(items) >= 2 else [])


def _take_marks(text: str) -> tuple[str, list[int]]:
    """Remove item markers; return the clean text and where each marker was."""
    parts = text.split(_ITEM_MARK)
    starts, pos = [], len(parts[0])
    for part in parts[1:]:
        starts.append(pos)
        pos += len(part)
    return "".join(parts), starts


def _single_item_heading(text: str) -> str | None:
    m = re.match(r"(?:agenda item|issue - items at meetings)\s*(?:[-–:]\s*([^\n]+)|\n+([^\n]+))", text, re.I)
    if not m:
        return None
    return _clean_title(m.group(1) or m.group(2)) or None


def _node_text(node) -> str:
    return (node.text() or "").strip() if node is not None else ""


_COUNCILISH = re.compile(
    r"\b(?:Council|Borough|County|District|Authority|Corporation|City of|Royal Borough)\b"
)
_AGENDA_FOR = re.compile(r"^Agenda for (?P<committee>.+?) on (?P<date>.+?)(?:,\s*\d{1,2}[.:]\d{2}\s*[ap]m)?$", re.I)


def _page_facts(tree, page_title: str) -> dict:
    """Title, council, committee and date stated by the page chrome (title, headers, meta)."""
    info: dict = {}
    segments = [s.strip() for s in re.split(r"\s+[|–—]\s+|\s+-\s+(?=[A-Z])", page_title) if s.strip()]
    council = next((s for s in reversed(segments) if _COUNCILISH.search(s) and len(s) < 80), None)
    if council is None:
        for sel in ('meta[property="og:site_name"]', 'meta[name="author"]', 'meta[name="DC.creator"]'):
            node = tree.css_first(sel)
            content = (node.attributes.get("content") or "").strip() if node is not None else ""
            if content and _COUNCILISH.search(content):
                council = content
                break
    if council is None:
        for node in tree.css("header img[alt], #header img[alt], .header img[alt], header, #header"):
            alt = (node.attributes.get("alt") or "") if node.tag == "img" else _node_text(node)
            m = re.search(r"[A-Z][\w'&. -]{2,60}?\b(?:Council|Borough of [A-Z]\w+)", alt or "")
            if m:
                council = m.group(0).strip()
                break
    if council:
        info["council"] = council
        segments = [s for s in segments if s != council]
    title = " - ".join(s for s in segments if "modern.gov" not in s.lower())
    h1 = _node_text(tree.css_first("#modgov h1, h1"))
    info["title"] = title or _clean_title(h1) or None
    m = _AGENDA_FOR.match(title)
    if m:
        from minutesai.ingest import parse_uk_date

        info["committee"] = m.group("committee").strip()
        info["meeting_date"] = parse_uk_date(m.group("date"))
    if re.search(r"\bdraft minutes\b", f"{page_title} {h1}", re.I):
        info["draft"] = True
    return info


# ------------------------------------------------- ModernGov pages without minutes
NO_MINUTES_TEXT = "the page has no minutes text (only agenda/navigation)"
_PAGE_HEADING = re.compile(
    r"^(?:agenda item|issue\s*-\s*(?:meetings|items at meetings)|issue details|decision details"
    r"|agenda(?:,? (?:decisions )?and (?:draft )?(?:minutes|decisions))?)$",
    re.I,
)
_CONTENT_LABEL = re.compile(r"^(?:minutes|decisions?)\s*:\s*(.*)$", re.I | re.S)
_DOCS_LABEL = re.compile(
    r"^(?:(?:supporting|additional|background|related)\s+(?:documents?|papers)|attachments|documents)\s*:?$", re.I)
_BLOCK_LABEL = re.compile(
    r"^(?:minutes|decisions?|(?:supporting|additional|background|related)\s+(?:documents?|papers)"
    r"|attachments|documents)\s*:$",
    re.I,
)
# one-line page facts ModernGov prints around the minutes
_CHROME_LINE = re.compile(
    r"^(?:meeting|venue|contact(?:s| for information)?|wards?(?: affected)?|ward\(s\)|lead (?:officer|member)s?"
    r"|report author|portfolio holders?|decision makers?|decision status|key decision|date|time|webcast"
    r"|item)\s*:",
    re.I,
)
# what the agenda says the item is ("To receive the report of ...", "Presentation by Kent Police")
_AGENDA_LINE = re.compile(
    r"^(?:to (?:receive|consider|note|approve|agree|review|scrutinise|scrutinize|discuss|comment on|hear)\b"
    r"|(?:joint\s+)?(?:report|presentation|verbal (?:report|update)|update)\s+(?:of|by|from)\b)",
    re.I,
)
_WORD = re.compile(r"[^\W\d_]{2,}")


def _is_moderngov(tree, text: str) -> bool:
    return tree.css_first(_MG_MARKERS) is not None or looks_like_moderngov_text(text)


def check_moderngov_text(text: str, where: str | None) -> None:
    """Raise InputError for the plain text of a ModernGov page that holds no minutes."""
    if looks_like_moderngov_text(text) and moderngov_minutes_missing(text):
        raise InputError(where, NO_MINUTES_TEXT)


def looks_like_moderngov_text(text: str) -> bool:
    """Text that opens like a ModernGov agenda item or issue page ("Agenda item", "Issue - meetings")."""
    first = next((line.strip() for line in text[:300].split("\n") if line.strip()), "")
    return bool(first) and first.lower() != "agenda" and bool(_PAGE_HEADING.match(first))


def moderngov_minutes_missing(text: str) -> bool:
    """True when a ModernGov page's text holds nothing but page chrome: headings, the item title,
    "Meeting:"/"Wards:" lines, the agenda's one-line description and document lists.

    When the page has "Minutes:"/"Decision:" blocks, only their text counts (any word is minute
    text: "Noted." is a minute); otherwise a line of four or more words outside a document list
    does. A document list is its label and the bullet or file-size lines under it. Lines of a
    meeting page's items are separated by the item marker."""
    labelled, label_words, free_words = False, 0, 0
    state, after_heading = "free", False
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped == _ITEM_MARK:
            state, after_heading = "free", False
            continue
        line = _FILE_SIZE.sub("", stripped.lstrip("•·-–* ")).replace("pdf icon", "").strip()
        if not line:
            continue
        if state == "docs":
            if stripped[:1] in "•·-–*" or _FILE_SIZE.search(stripped):
                continue
            state = "free"
        title_line, after_heading = after_heading, False
        label = _CONTENT_LABEL.match(line)
        if label:
            labelled, state, line = True, "minutes", label.group(1).strip()
            if not line:
                continue
        elif _DOCS_LABEL.match(line):
            state = "docs"
            continue
        elif _PAGE_HEADING.match(line):
            after_heading = True
            continue
        elif title_line and state == "free":  # the item title printed under the page heading
            continue
        if _CHROME_LINE.match(line) or (_AGENDA_LINE.match(line) and len(line.split()) <= 40):
            continue
        words = len(_WORD.findall(line))
        if state == "minutes":
            label_words += words
        else:
            free_words = max(free_words, words)
    return label_words == 0 if labelled else free_words < 4
