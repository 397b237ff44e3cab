"""Ingest: read plain text, ModernGov HTML or PDF into :class:`Minutes`.

``Minutes.text`` is the *normalised* text (no ``\\r``, no non-breaking or
zero-width spaces, single spaces, at most one blank line in a row; curly
quotes and dashes kept; see :mod:`minutesai.ingest_text`). Every offset in a
result points into it, so
``minutes.text[ev.start:ev.end] == ev.quote`` for verified evidence.

Failures raise :class:`InputError` with one line naming the file and reason.
"""

from __future__ import annotations

import io
import logging
import os
import re
from pathlib import Path

from minutesai.document import AgendaItem, Minutes, lowered
from minutesai.errors import InputError
from minutesai.ingest_text import decode_normalised, drop_running_lines, normalise_text
from minutesai.models import SourceInfo

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".aspx"}
PDF_SUFFIXES = {".pdf"}
_SUPPORTED = ".txt, .md, .html, .htm, .aspx, .pdf"

_MAGIC = [
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (e.g. .docx/.xlsx; save it as PDF or text first)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (save it as PDF or text first)"),
    (b"{\\rtf", "an RTF document (save it as PDF or text first)"),
]

_SUFFIX_RE = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,4}$")


def load_minutes(source: str | Path | bytes | Minutes, *, name: str | None = None) -> Minutes:
    """Load minutes from a path, raw text, bytes, or return a loaded :class:`Minutes` as is.

    A ``str`` without newlines that looks like a file name (has a suffix, or
    exists) is read as a path; any other ``str`` is the minutes text itself.
    ``name`` labels raw text or bytes in results and error messages.
    """
    if isinstance(source, Minutes):
        return source
    if isinstance(source, (bytes, bytearray, memoryview)):
        return _from_bytes(bytes(source), where=name, suffix="", path=name)
    if isinstance(source, Path):
        return _load_path(source)
    if not isinstance(source, str):
        raise InputError(name, f"cannot read minutes from a {type(source).__name__}")
    if _looks_like_url(source):
        raise InputError(source, "URLs are not fetched; download the page or PDF and pass the file")
    if _looks_like_path(source):
        return _load_path(Path(source))
    if _looks_like_html(source[:4096]):
        return _from_html(source, where=name, path=name)
    return _from_text(source, where=name, path=name)


def _looks_like_url(s: str) -> bool:
    return "\n" not in s and bool(re.match(r"https?://\S+$", s.strip()))


_FILE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES | {
    ".doc", ".docx", ".odt", ".rtf", ".csv", ".json", ".xls", ".xlsx", ".png", ".jpg", ".jpeg"}


def _looks_like_path(s: str) -> bool:
    """A one-line string names a file when it exists, ends in a document suffix, or has a
    suffix and no spaces ("see www.example.com" stays text)."""
    if "\n" in s or not s.strip() or len(s) > 1024:
        return False
    try:
        if os.path.exists(s):
            return True
    except (OSError, ValueError):
        return False
    m = _SUFFIX_RE.search(s.strip())
    if m is None:
        return False
    return m.group().lower() in _FILE_SUFFIXES or not re.search(r"\s", s.strip())


def _looks_like_html(head: str) -> bool:
    if "<" not in head:  # (every test below needs one)
        return False
    h = head.lstrip().lower()
    return h.startswith(("<!doctype html", "<html")) or ("<body" in h and "</" in h)


def _load_path(path: Path) -> Minutes:
    where = str(path)
    if not path.exists():
        raise InputError(where, "no such file")
    if path.is_dir():
        raise InputError(where, "is a directory, not a file")
    suffix = path.suffix.lower()
    if suffix and suffix not in TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES:
        raise InputError(where, f"unsupported file type '{suffix}' (expected {_SUPPORTED})")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(where, f"cannot be read ({err.strerror or err})") from None
    return _from_bytes(data, where=where, suffix=suffix, path=where)


def _from_bytes(data: bytes, *, where: str | None, suffix: str, path: str | None) -> Minutes:
    if not data:
        raise InputError(where, "file is empty")
    if suffix in PDF_SUFFIXES or b"%PDF-" in data[:1024]:
        if b"%PDF-" not in data[:1024]:
            raise InputError(where, "is not a PDF file (no %PDF header)")
        return _from_pdf(data, where=where, path=path)
    check_not_binary(data, where)
    head = data[:4096].decode("utf-8", "replace")
    try:
        if suffix in HTML_SUFFIXES or (suffix == "" and _looks_like_html(head)):
            text, encoding = decode_text(data, charset=_meta_charset(data))
            doc = _from_html(text, where=where, path=path)
        else:
            text, encoding = decode_normalised(data)
            doc = _text_minutes(text, where=where, path=path)
    except UnicodeDecodeError as err:  # only UTF-16 (chosen by its byte-order mark) can fail here
        raise InputError(where, f"is not valid {err.encoding.upper()} text despite its byte-order mark") from None
    if encoding:
        doc.warnings.append(f"decoded as {encoding} (not valid UTF-8)")
    return doc


def check_not_binary(data: bytes, where: str | None) -> None:
    """Raise InputError for images, archives and other non-text bytes."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(where, f"is {what}, not minutes text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return  # UTF-16 with a byte-order mark: NUL bytes are expected
    sample = data[:65536]
    if b"\x00" in sample:
        raise InputError(where, "looks like a binary file (contains NUL bytes), not text")
    controls = sum(sample.count(bytes([b])) for b in range(32) if b not in (9, 10, 12, 13))
    if controls > 0.05 * len(sample):
        raise InputError(where, "looks like a binary file (too many control characters), not text")


def decode_text(data: bytes, *, charset: str | None = None) -> tuple[str, str | None]:
    """Decode bytes; returns (text, fallback encoding used or None for UTF-8)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), None
    if charset:
        try:
            return data.decode(charset), None
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8-sig"), None  # also plain UTF-8
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _meta_charset(data: bytes) -> str | None:
    m = re.search(rb"""<meta[^>]+charset=["']?([\w-]+)""", data[:4096], re.I)
    return m.group(1).decode("ascii", "replace") if m else None


def _from_text(raw: str, *, where: str | None, path: str | None) -> Minutes:
    return _text_minutes(normalise_text(raw), where=where, path=path)


def _text_minutes(text: str, *, where: str | None, path: str | None) -> Minutes:
    if not text:
        raise InputError(where, "contains no text (empty or whitespace only)")
    if text[:6].lower() in ("agenda", "issue ", "issue-"):  # the text of a ModernGov page
        from minutesai.ingest_html import check_moderngov_text

        check_moderngov_text(text, where)
    info = SourceInfo(path=path, **scan_header(text))
    return Minutes(text=text, source=info)


def _from_html(html: str, *, where: str | None, path: str | None) -> Minutes:
    from minutesai.ingest_html import parse_html

    page = parse_html(html, where=where)
    header = scan_header(page.text)
    fields = {k: v for k, v in header.items() if v}
    fields.update({k: v for k, v in page.info.items() if v})
    doc = Minutes(text=page.text, source=SourceInfo(path=path, **fields))
    if len(page.items) >= 2:
        doc.items = [AgendaItem(title=t, start=s, end=e, number=n) for n, t, s, e in page.items]
    return doc


# ----------------------------------------------------------------------- PDF
def _from_pdf(data: bytes, *, where: str | None, path: str | None) -> Minutes:
    pages = extract_pdf_pages(data, where)
    text = normalise_text("\n\n".join(drop_running_lines(pages)))
    if not text:
        raise InputError(where, "PDF has no extractable text (a scanned image? run OCR first)")
    return Minutes(text=text, source=SourceInfo(path=path, **scan_header(text)))


_PYPDF_LOG_SINK = logging.NullHandler()


def extract_pdf_pages(data: bytes, where: str | None) -> list[str]:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:  # pragma: no cover - pypdf is a dependency
        raise InputError(where, "reading PDF needs pypdf (pip install pypdf)") from None
    # pypdf logs repairs of damaged files ("EOF marker not found") as warnings, which Python
    # prints to stderr when the application set up no logging; our InputError says it in one line.
    # Handlers an application configures still receive them.
    logging.getLogger("pypdf").addHandler(_PYPDF_LOG_SINK)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception as err:  # noqa: BLE001 - e.g. AES without a crypto library
                raise InputError(where, f"PDF is encrypted and cannot be opened ({err})") from None
            if not opened:
                raise InputError(where, "PDF is encrypted (a password is needed)")
        return [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError) as err:
        raise InputError(where, f"is not a readable PDF ({type(err).__name__}: {err})") from None
    except Exception as err:  # noqa: BLE001 - pypdf raises many kinds on corrupt files
        raise InputError(where, f"is not a readable PDF ({type(err).__name__})") from None


# ------------------------------------------------------------- header facts
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
_MONTHS = {m: i for i, m in enumerate(_MONTH_NAMES, 1)}
_DATE_WORDS = re.compile(
    r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9}),?\s+(\d{4})", re.I)
_DATE_NUM = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")


def _month(name: str) -> int | None:
    name = name.lower()
    if name in _MONTHS:
        return _MONTHS[name]
    if len(name) == 3 or name == "sept":
        return next((v for k, v in _MONTHS.items() if k.startswith(name[:3])), None)
    return None


def parse_uk_date(text: str) -> str | None:
    """First UK-style date in ``text`` as ISO 'YYYY-MM-DD' ('24th January, 2020', '24/01/2020')."""
    candidates = []
    for m in _DATE_WORDS.finditer(text):
        month = _month(m.group(2))
        if month:
            candidates.append((m.start(), int(m.group(3)), month, int(m.group(1))))
    for m in _DATE_NUM.finditer(text):
        candidates.append((m.start(), int(m.group(3)), int(m.group(2)), int(m.group(1))))
    for _, year, month, day in sorted(candidates):
        if 1 <= month <= 12 and 1 <= day <= 31 and 1900 < year < 2200:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


_MEETING_LINE = re.compile(r"^Meeting:\s*(?P<date>[^\n]+?)\s+-\s+(?P<committee>[^\n(]+?)\s*(?:\(Item[^)]*\))?$", re.M)
_MINUTES_OF = re.compile(
    r"minutes of (?:the |a )?(?:(?:extraordinary |special |annual )?meeting of (?:the )?)?"
    r"(?P<committee>[^\n]{3,120}?),?\s+held\b(?P<rest>[^\n]{0,200}(?:\n[^\n]{0,120})?)",
    re.I,
)
_COMMITTEE_DATE_LINE = re.compile(
    r"^(?P<committee>[A-Z][^\n]{2,100}?) - (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? (?P<date>[^\n]+)$"
)
_NOT_COMMITTEES = {"meeting", "the meeting", "previous meeting", "last meeting", "the last meeting",
                   "board", "committee", "panel", "group", "forum", "partnership", "council"}
_BODY_LINE = re.compile(
    r"^(?:the\s+)?[A-Z][\w ,&'’()/-]{2,90}\b(?:Committee|Sub-Committee|Panel|Board|Cabinet|Partnership"
    r"|Forum|Group|Executive|Commission)$",
    re.I,
)
_COUNCIL = re.compile(
    r"^(?:the\s+)?(?:(?:London|Royal|Metropolitan)\s+Borough\s+of\s+[A-Z][\w .&'-]+"
    r"|[A-Z][\w .&'-]*\b(?:Borough|County|City|District|Town|Metropolitan)\s+Council"
    r"|(?:City|County|Council)\s+of\s+[A-Z][\w .&'-]+"
    r"|(?!(?:Full|Special|Extraordinary|Annual|Youth|Parish|The)\b)[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+Council)$",
    re.M | re.I,
)
_DRAFT = re.compile(
    r"\bdraft\s+minutes\b|\bminutes\s*\(draft\)|^\s*draft\s*$|\bunconfirmed\s+minutes\b"
    r"|\bsubject\s+to\s+(?:approval|confirmation)\s+at\s+the\s+next\s+meeting\b",
    re.I | re.M,
)


_CASE_BLIND_ODDITIES = ("ı", "ſ", "İ")
"""The only characters a case-blind regex takes for an ASCII letter while ``str.lower`` does not."""


def _says_draft(head: str, odd: bool | None = None) -> bool:
    """``odd``: whether ``head`` holds one of _CASE_BLIND_ODDITIES, when the caller knows."""
    # Every _DRAFT match holds "draft", "unconfirmed", or "subject" with "approval"/"confirmation":
    # plain substring tests on the lower-cased head rule out most texts before the slow pattern.
    if odd is None:
        odd = any(c in head for c in _CASE_BLIND_ODDITIES)
    if not odd:
        low = lowered(head)
        if "draft" not in low and "unconfirmed" not in low and not (
                "subject" in low and ("approval" in low or "confirmation" in low)):
            return False
    return _DRAFT.search(head) is not None


_BODY_WORDS = ("committee", "panel", "board", "cabinet", "partnership", "forum", "group", "executive",
               "commission")
"""How a _BODY_LINE ends (lower-cased)."""
_COUNCIL_WORDS = ("council", "borough", "city", "county")
"""One of these is in every _COUNCIL match (lower-cased)."""


def scan_header(text: str) -> dict:
    """Facts stated at the top of the minutes: committee, meeting date, council, draft."""
    head = text[:4000]
    odd = any(c in head for c in _CASE_BLIND_ODDITIES)
    out: dict = {"draft": _says_draft(head, odd)}
    first_lines = [stripped for line in head.split("\n", 40)[:40] if (stripped := line.strip())][:8]
    # Lower-cased lines rule out the slow case-blind patterns by plain substring tests; None
    # (always try the pattern) for a line with a character such a pattern equates with an
    # ASCII letter while str.lower does not.
    lows = [None if odd and any(c in line for c in _CASE_BLIND_ODDITIES) else line.lower() for line in first_lines]
    m = _MEETING_LINE.search(head) if "Meeting:" in head else None
    if m:
        out["meeting_date"] = parse_uk_date(m.group("date"))
        out["committee"] = m.group("committee").strip()
    else:
        for line, low in zip(first_lines, lows, strict=True):
            m = (_MINUTES_OF.search(line) if low is None or ("minutes of" in low and "held" in low) else None) or (
                _COMMITTEE_DATE_LINE.match(line) if " - " in line and "day" in line else None)
            if m is None or re.search(r"matters arising|previous|last meeting", line, re.I):
                continue
            committee = re.sub(r"\s+", " ", m.group("committee")).strip(" ,")
            committee = re.sub(r"\s+meeting$", "", committee, flags=re.I)
            if committee.lower() not in _NOT_COMMITTEES:
                out["committee"] = committee
            out["meeting_date"] = parse_uk_date(m.groupdict().get("rest") or m.groupdict().get("date") or "")
            break
    item_page = re.match(r"\s*(?:agenda item|issue\b)", head, re.I) is not None
    for line, low in zip(first_lines, lows, strict=True):
        if ("council" not in out and len(line) <= 80 and (low is None or any(w in low for w in _COUNCIL_WORDS))
                and _COUNCIL.match(line)):
            out["council"] = line
        elif ("committee" not in out and not item_page and (low is None or low.endswith(_BODY_WORDS))
              and _BODY_LINE.match(line) and not line.lower().startswith("minutes")):
            out["committee"] = line
    return {k: v for k, v in out.items() if v is not None}
