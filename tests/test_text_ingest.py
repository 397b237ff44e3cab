"""Ingest: text encodings, ModernGov HTML pages, PDF, and every kind of bad input."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from minutesai.document import Minutes
from minutesai.errors import InputError
from minutesai.ingest import load_minutes, normalise_text, parse_uk_date

REPO = Path(__file__).resolve().parents[1]
DEV = REPO / "examples" / "corpus" / "dev"
DATA = REPO / "tests" / "data" / "text"
EXAMPLES = REPO / "examples" / "minutes"


def make_pdf(pages: list[str], *, password: str | None = None) -> bytes:
    """A small valid PDF with one text line per input line (Helvetica, WinAnsi)."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    font = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"),
        NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
    })
    font_ref = writer._add_object(font)
    for text in pages:
        page = writer.add_blank_page(612, 792)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font_ref})})
        ops = [b"BT /F1 9 Tf 11 TL 30 770 Td"]
        for line in text.split("\n"):
            raw = line.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            ops.append(b"(" + raw + b") Tj T*")
        ops.append(b"ET")
        stream = DecodedStreamObject()
        stream.set_data(b"\n".join(ops))
        page[NameObject("/Contents")] = writer._add_object(stream)
    if password:
        writer.encrypt(user_password=password, owner_password=password, algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def gold_quotes(name: str) -> list[str]:
    gold = json.loads((DEV / f"{name}.json").read_text(encoding="utf-8"))
    return [it["quote"] for kind in ("actions", "decisions", "figures") for it in gold.get(kind, [])]


# ------------------------------------------------------------------ plain text
@pytest.mark.parametrize("path", sorted(DEV.glob("*.txt")), ids=lambda p: p.stem)
def test_dev_texts_load_normalised_and_keep_every_gold_quote(path: Path) -> None:
    doc = load_minutes(path)
    assert doc.source.path == str(path)
    assert "\r" not in doc.text and "\u00a0" not in doc.text
    assert "  " not in doc.text and "\n\n\n" not in doc.text
    assert doc.text == doc.text.strip()
    quotes = gold_quotes(path.stem)
    assert quotes, "every dev document has gold quotes"
    for quote in quotes:
        assert quote in doc.text, quote


def test_normalisation_keeps_curly_quotes_and_dashes() -> None:
    raw = "Line one\u00a0\u00a0with  “curly” – dash\r\n\r\n\r\n\u00a0\r\nLine\ttwo \u200bend\n"
    assert normalise_text(raw) == "Line one with “curly” – dash\n\nLine two end"


def test_raw_text_string_and_bytes() -> None:
    doc = load_minutes("RESOLVED – That the report be noted.\nAction: Clerk", name="inline")
    assert doc.text.startswith("RESOLVED – That")
    assert doc.source.path == "inline"
    one_line = load_minutes("Burglary fell by 5.3% in the year")  # no newline, no suffix: text
    assert one_line.text == "Burglary fell by 5.3% in the year"
    assert load_minutes("Details are on www.example.gov.uk").text == "Details are on www.example.gov.uk"
    from_bytes = load_minutes(b"Crime fell by 5%.\n")
    assert from_bytes.text == "Crime fell by 5%."


def test_loaded_minutes_are_returned_as_is() -> None:
    doc = Minutes(text="x")
    assert load_minutes(doc) is doc


def test_utf8_bom_is_not_a_fallback(tmp_path: Path) -> None:
    p = tmp_path / "bom.txt"
    p.write_bytes("\ufeffThe Panel noted the report’s findings.".encode())
    doc = load_minutes(p)
    assert doc.text == "The Panel noted the report’s findings."
    assert doc.warnings == []


def test_cp1252_file_is_decoded_and_flagged(tmp_path: Path) -> None:
    text = "The Chair’s report – “burglary” fell by 12%; cost £1.2m."
    p = tmp_path / "windows.txt"
    p.write_bytes(text.encode("cp1252"))
    doc = load_minutes(p)
    assert doc.text == text
    assert doc.warnings == ["decoded as cp1252 (not valid UTF-8)"]


def test_latin1_fallback_when_cp1252_cannot_decode(tmp_path: Path) -> None:
    # 0x81 and 0x9d are undefined in cp1252 but valid latin-1 control characters.
    data = "Café review ".encode("latin-1") + b"\x81" + " £5 noted".encode("latin-1") + b"\x9d"
    p = tmp_path / "latin.txt"
    p.write_bytes(data)
    doc = load_minutes(p)
    assert doc.text == "Café review £5 noted"
    assert doc.warnings == ["decoded as latin-1 (not valid UTF-8)"]


def test_utf16_with_bom(tmp_path: Path) -> None:
    p = tmp_path / "notepad.txt"
    p.write_bytes("Apologies were noted.\n".encode("utf-16"))
    assert load_minutes(p).text == "Apologies were noted."


def test_header_facts_from_minutes_text() -> None:
    doc = load_minutes(DATA / "numbered_minutes.txt")
    assert doc.source.committee == "Safer Neighbourhood Board"
    assert doc.source.meeting_date == "2015-11-30"
    draft = load_minutes("DRAFT\n\nMinutes of the meeting of the Cabinet held on 3 March 2020\n\nNoted.\n")
    assert draft.source.draft is True
    assert draft.source.committee == "Cabinet"


def test_reference_to_previous_meeting_is_not_the_meeting_date() -> None:
    doc = load_minutes(DEV / "hounslow_cpcg_anpr_mopac_2013.txt")
    assert doc.source.meeting_date is None
    assert doc.source.council == "Hounslow Council"


@pytest.mark.parametrize(
    ("written", "iso"),
    [("Friday, 24th January, 2020", "2020-01-24"), ("14/01/2020 - Cabinet", "2020-01-14"),
     ("on 3 Sept 2019", "2019-09-03"), ("no date here", None), ("13/13/2020", None)],
)
def test_parse_uk_date(written: str, iso: str | None) -> None:
    assert parse_uk_date(written) == iso


# ------------------------------------------------------------------------ HTML
def test_agenda_item_page() -> None:
    doc = load_minutes(EXAMPLES / "barnet_q1_q2_performance_2019_agenda_item.html")
    s = doc.source
    assert s.item_title == "Q1 and Q2 Performance Report 2019/20"
    assert s.council == "London Borough of Barnet"
    assert s.committee == "Community Leadership and Libraries Committee"
    assert s.meeting_date == "2020-01-14"
    assert s.draft is False
    text = doc.text
    assert text.startswith("Agenda item\n\nQ1 and Q2 Performance Report 2019/20\n\n")
    for dropped in ("Skip to main content", "Councillors", "Privacy notice", "mgToggle", "display: none"):
        assert dropped not in text
    assert "\nMinutes:\n" in text and "\nResponse:\n" in text
    assert "\nAction: Governance Officer\n" in text
    assert "\n• Were the increased costs at Colindale" in text  # bullet list item kept as its own line
    assert "PDF 180 KB" not in text
    for quote in gold_quotes("barnet_q1_q2_performance_2019"):
        assert quote in text, quote


def test_meeting_page_items_and_facts() -> None:
    doc = load_minutes(EXAMPLES / "hounslow_cpcg_meeting_2012.html")
    s = doc.source
    assert (s.council, s.committee, s.meeting_date) == (
        "Hounslow Council", "Hounslow Community Police Consultative Group", "2012-09-24")
    titles = [(i.number, i.title) for i in doc.items]
    assert titles == [
        (None, "Meeting details"),
        ("1", "Welcome and Apologies for Absence"),
        ("2", "Minutes of the Meeting held on 2nd July 2012 and Matters Arising"),
        ("3", "Update on the activities of the Stop & Search / IAG in Hounslow"),
    ]
    assert doc.items[0].start == 0 and doc.items[-1].end == len(doc.text)
    for a, b in zip(doc.items, doc.items[1:], strict=False):
        assert a.end == b.start
    assert doc.text[doc.items[3].start:].startswith("3. Update on the activities")
    assert "1,284 Stop and Searches" in doc.text[doc.items[3].start : doc.items[3].end]


def test_draft_meeting_page_in_windows_1252() -> None:
    doc = load_minutes(DATA / "draft_meeting_cp1252.html")
    assert doc.source.draft is True
    assert doc.source.committee == "Safer Neighbourhoods Scrutiny Sub-Committee"
    assert doc.source.meeting_date == "2020-03-03"
    assert [i.number for i in doc.items] == [None, "5", "6a", "6b", "7"]
    assert "The Council’s Community Safety Team" in doc.text  # curly quote decoded from cp1252
    assert "view the full minutes text" not in doc.text
    assert "No. | Item" in doc.text  # the table header stays as text, not as an item


def test_issue_page() -> None:
    doc = load_minutes(DATA / "tunbridgewells_issue.html")
    assert doc.source.committee == "Cabinet"
    assert doc.source.meeting_date == "2021-04-15"
    assert doc.source.council == "Tunbridge Wells Borough Council"
    assert "RESOLVED – That Full Council be recommended" in doc.text


def test_html_given_as_a_string_is_parsed() -> None:
    html = (DATA / "thanet_agenda_item.html").read_text(encoding="utf-8")
    doc = load_minutes(html, name="thanet")
    assert doc.source.item_title == "Crime Stats in Thanet"
    assert "<p>" not in doc.text and "Victim based crime was slowly decreasing" in doc.text
    from_bytes = load_minutes(html.encode("utf-8"))  # sniffed as HTML without a suffix
    assert from_bytes.text == doc.text


# ------------------------------------------------------------------------- PDF
def test_pdf_pages_joined_and_running_headers_dropped(tmp_path: Path) -> None:
    body = (DATA / "numbered_minutes.txt").read_text(encoding="utf-8").split("\n")
    header = "Safer Neighbourhood Board - 30 November 2015"
    thirds = [body[:12], body[12:20], body[20:]]
    pages = [ "\n".join([header, *part, f"Page {i + 1} of 3"]) for i, part in enumerate(thirds)]
    p = tmp_path / "minutes.pdf"
    p.write_bytes(make_pdf(pages))
    doc = load_minutes(p)
    assert header not in doc.text and "Page 2 of 3" not in doc.text
    assert "79. CRIME AND DISORDER SPOTLIGHT SESSION" in doc.text
    assert "£900m by 2019-20" in doc.text
    assert doc.source.committee == "Safer Neighbourhood Board"


def test_pdf_bytes_are_detected_without_suffix() -> None:
    doc = load_minutes(make_pdf(["RESOLVED that the report be noted."]), name="upload")
    assert doc.text == "RESOLVED that the report be noted."


# -------------------------------------------------------------------- bad input
def one_line_error(source, **kw) -> str:
    with pytest.raises(InputError) as info:
        load_minutes(source, **kw)
    message = str(info.value)
    assert "\n" not in message
    return message


def test_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert one_line_error(str(missing)) == f"{missing}: no such file"
    assert one_line_error(missing) == f"{missing}: no such file"
    assert one_line_error("Committee minutes 2019.pdf") == "Committee minutes 2019.pdf: no such file"


def test_directory(tmp_path: Path) -> None:
    assert "is a directory" in one_line_error(tmp_path)


def test_empty_and_whitespace_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert one_line_error(empty) == f"{empty}: file is empty"
    blank = tmp_path / "blank.txt"
    blank.write_text(" \n\u00a0\n\t\n", encoding="utf-8")
    assert "no text" in one_line_error(blank)
    assert "no text" in one_line_error("   \n  \n")


def test_png_renamed_txt(tmp_path: Path) -> None:
    p = tmp_path / "minutes.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    assert one_line_error(p) == f"{p}: is a PNG image, not minutes text"


def test_binary_with_nul_bytes(tmp_path: Path) -> None:
    p = tmp_path / "data.txt"
    p.write_bytes(b"abc\x00\x01\x02" * 100)
    assert "binary" in one_line_error(p)


def test_control_character_noise(tmp_path: Path) -> None:
    p = tmp_path / "noise.txt"
    p.write_bytes(bytes(range(1, 9)) * 50 + b"some text")
    assert "control characters" in one_line_error(p)


def test_unsupported_suffix(tmp_path: Path) -> None:
    p = tmp_path / "minutes.docx"
    p.write_bytes(b"PK\x03\x04")
    assert "unsupported file type '.docx'" in one_line_error(p)


def test_navigation_only_html() -> None:
    assert "no minutes text found" in one_line_error(DATA / "nav_only.html")


def test_encrypted_pdf(tmp_path: Path) -> None:
    p = tmp_path / "locked.pdf"
    p.write_bytes(make_pdf(["secret minutes"], password="s3cret"))
    assert one_line_error(p) == f"{p}: PDF is encrypted (a password is needed)"


def test_corrupt_pdf(tmp_path: Path) -> None:
    p = tmp_path / "broken.pdf"
    p.write_bytes(b"%PDF-1.7\n" + b"garbage " * 200)
    assert "is not a readable PDF" in one_line_error(p)


def test_pdf_suffix_without_pdf_content(tmp_path: Path) -> None:
    p = tmp_path / "fake.pdf"
    p.write_text("just text", encoding="utf-8")
    assert "not a PDF file" in one_line_error(p)


def test_pdf_without_text(tmp_path: Path) -> None:
    p = tmp_path / "scan.pdf"
    p.write_bytes(make_pdf([""]))
    assert "no extractable text" in one_line_error(p)


def test_url_is_refused() -> None:
    assert "URLs are not fetched" in one_line_error("https://example.org/mgAi.aspx?ID=1")


@pytest.mark.slow
def test_50mb_text_loads_with_bounded_memory(tmp_path: Path) -> None:
    """Peak memory of loading a 50 MB file stays within a small multiple of its size."""
    p = tmp_path / "big.txt"
    para = (DEV / "barnet_q1_q2_performance_2019.txt").read_bytes()
    with p.open("wb") as fh:
        while fh.tell() < 50_000_000:
            fh.write(para)
    size = p.stat().st_size
    code = (
        "import resource, sys\n"
        "from minutesai.ingest import load_minutes\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        f"doc = load_minutes({str(p)!r})\n"
        "after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(len(doc.text), (after - before) * 1024)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=120)
    length, grown = map(int, out.stdout.split())
    assert length > 0.9 * size
    assert grown < 8 * size, f"peak grew by {grown / 1e6:.0f} MB for a {size / 1e6:.0f} MB file"
